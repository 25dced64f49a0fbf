"""`mij note`: the cheapest write path, from arguments or stdin."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import MAX_NOTE_CHARS, MAX_TAG_CHARS
from tests.conftest import Cli


def _entry_files(home: Path) -> list[Path]:
    return sorted((home / "entries").rglob("*.toml")) if (home / "entries").exists() else []


def _saved_id(stdout: str) -> str:
    assert stdout.startswith("Saved your note. (")
    return stdout.strip().rsplit("(", 1)[1].rstrip(")")


def test_note_from_arguments(cli: Cli, paths: Paths) -> None:
    from mi_journal.storage.entries import load_entries

    result = cli(["note", "I", "walked", "past", "the", "bar", "--tag", "evening"])
    assert result.exit_code == 0, result.output
    entry_id = _saved_id(result.stdout)
    loaded = load_entries(paths)
    assert loaded.problems == []
    [entry] = loaded.entries
    assert entry.id == entry_id
    assert entry.text == "I walked past the bar"
    assert entry.kind.value == "note"
    assert entry.tags == ["evening"]
    assert entry.created.tzinfo is not None
    path = paths.entries / entry_id[:4] / entry_id[4:6] / f"{entry_id}.toml"
    assert path.is_file()


def test_note_from_stdin_keeps_lines(cli: Cli, paths: Paths) -> None:
    from mi_journal.storage.entries import load_entries

    text = 'line one\n  "quoted" and \'\'\'triple\'\'\' \\ back\nline three ✨\n'
    result = cli(["note"], input=text)
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    assert entry.text == text.strip("\n")


@pytest.mark.parametrize("args,stdin", [(["note", ""], None), (["note", "   "], None),
                                         (["note"], ""), (["note"], "\n\n  \n")])
def test_empty_note_is_refused_and_nothing_written(
    cli: Cli, journal_home: Path, args, stdin
) -> None:
    result = cli(args, input=stdin)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "mij: there is nothing to save: the note is empty.\n"
    assert _entry_files(journal_home) == []


def test_huge_note_at_the_limit_is_saved(cli: Cli, paths: Paths) -> None:
    from mi_journal.storage.entries import load_entries

    text = ("ü" * 99 + "\n") * (MAX_NOTE_CHARS // 100)
    text = text[:MAX_NOTE_CHARS - 1] + "x"
    assert len(text) == MAX_NOTE_CHARS
    result = cli(["note"], input=text)
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    assert entry.text == text


@pytest.mark.parametrize("text", ["a" * (MAX_NOTE_CHARS + 1), "a" * (MAX_NOTE_CHARS * 5),
                                  "😀" * (MAX_NOTE_CHARS + 1), "ü" * (MAX_NOTE_CHARS * 3)])
def test_note_over_the_limit_is_refused(cli: Cli, journal_home: Path, text: str) -> None:
    result = cli(["note"], input=text)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "at most 200,000 characters" in result.stderr
    assert "Traceback" not in result.output
    assert _entry_files(journal_home) == []


def test_invalid_utf8_on_stdin_is_refused(journal_home: Path) -> None:
    from typer.testing import CliRunner

    from mi_journal.cli.app import app

    result = CliRunner().invoke(app, ["note"], input=b"caf\xe9 \xff\xfe")
    assert result.exit_code == 1
    assert result.stderr == "mij: the note on stdin is not valid UTF-8 text; nothing was saved.\n"
    assert _entry_files(journal_home) == []


def test_note_with_escape_sequences_is_stored_exactly_and_echo_is_inert(
    cli: Cli, paths: Paths
) -> None:
    from mi_journal.storage.entries import load_entries

    text = "before \x1b]0;title\x07 \x1b[2J [bold]x[/bold] {0.__class__} %s%n \u202eevil"
    result = cli(["note", text])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\u202e" not in result.output
    [entry] = load_entries(paths).entries
    assert entry.text == text


def test_two_notes_in_the_same_second_get_two_files(paths: Paths) -> None:
    from mi_journal.journal.notes import add_note

    ids = {add_note(paths, f"note {i}").id for i in range(30)}
    assert len(ids) == 30
    assert len(_entry_files(paths.home)) == 30


def test_add_note_domain_refuses_empty_and_huge(paths: Paths) -> None:
    from mi_journal.journal.notes import add_note

    with pytest.raises(MijError, match="empty"):
        add_note(paths, "\n \n")
    with pytest.raises(MijError, match="at most"):
        add_note(paths, "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(MijError):
        add_note(paths, "lone surrogate \ud800")
    assert _entry_files(paths.home) == []


def test_add_note_does_not_read_other_entries(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """O(1) in the journal size: writing a note never parses existing entries."""
    from mi_journal.journal.notes import add_note
    from mi_journal.storage import entries, tomlfile

    for i in range(5):
        add_note(paths, f"earlier {i}")

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("add_note read an existing file")

    monkeypatch.setattr(tomlfile, "read_model", boom)
    monkeypatch.setattr(entries, "read_model", boom)
    monkeypatch.setattr(entries, "iter_entry_files", boom)
    add_note(paths, "one more")
    assert len(_entry_files(paths.home)) == 6


# --- the quick note applies the Entry model's rules without loading pydantic ---

_ODD_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=None), max_size=60
) | st.sampled_from(["\ud800 lone", "tab\tand\r\nreturns", '"""triple"""', "''' x", "\\u0041"])
_TAGS = st.lists(
    st.text(max_size=3) | st.text(min_size=99, max_size=102) | st.sampled_from(["\udfff", "@C++"]),
    max_size=4,
)


def _model_verdict(text: str, tags: list[str]) -> object:
    """What the pydantic Entry model says of the same note: the Entry, or None if refused."""
    from pydantic import ValidationError

    from mi_journal.storage.models import Entry

    try:
        return Entry.model_validate({
            "id": "20261126-101010-abcdef", "created": datetime(2026, 11, 26, 10, 10, 10,
                                                                   tzinfo=UTC),
            "kind": "note", "text": text.strip("\n"), "tags": sorted(set(tags)),
        })
    except ValidationError:
        return None


@settings(max_examples=300, deadline=None)
@given(text=_ODD_TEXT, tags=_TAGS)
def test_note_record_agrees_with_the_entry_model(text: str, tags: list[str]) -> None:
    from mi_journal.journal.notes import note_record
    from mi_journal.storage.tomlfile import dump_model, dump_record

    created = datetime(2026, 11, 26, 10, 10, 10, tzinfo=UTC)
    assume(text.strip())  # an empty note is refused before any model rule applies
    model = _model_verdict(text, tags)
    try:
        record = note_record(text, tags, created=created)
    except MijError:
        assert model is None, "note_record refused a note the Entry model accepts"
        return
    assert model is not None, "note_record accepted a note the Entry model refuses"
    from mi_journal.storage.models import Entry

    entry = Entry.model_validate(record)
    assert dump_record(record) == dump_model(entry)


@pytest.mark.parametrize(
    ("text", "tags", "accepted"),
    [
        ("x" * MAX_NOTE_CHARS, [], True),
        ("x" * (MAX_NOTE_CHARS + 1), [], False),
        ("\n\nx" + "\n" * 5, [], True),
        ("ok", ["t" * MAX_TAG_CHARS], True),
        ("ok", ["t" * (MAX_TAG_CHARS + 1)], False),
        ("ok", [""], False),
        ("ok", ["\ud83d"], False),
        ("half \udc00 pair", [], False),
    ],
)
def test_note_record_limits_match_the_model(text: str, tags: list[str], accepted: bool) -> None:
    from mi_journal.journal.notes import note_record

    assert (_model_verdict(text, tags) is not None) is accepted
    if accepted:
        assert note_record(text, tags)["text"] == text.strip("\n")
    else:
        with pytest.raises(MijError):
            note_record(text, tags)


def test_quick_note_writes_what_add_note_writes(paths: Paths) -> None:
    """Both note writers leave files that read back as the same entry (apart from id/time)."""
    from mi_journal.journal.notes import add_note, add_quick_note
    from mi_journal.storage.entries import entry_path, read_entry

    text = 'first line\n  second "line" \\ [bold]x[/bold]\n'
    quick = read_entry(entry_path(paths, add_quick_note(paths, text, ["b", "a", "b"])))
    full = add_note(paths, text, ["a", "b"])
    assert quick.model_dump(exclude={"id", "created"}) == full.model_dump(
        exclude={"id", "created"}
    )
    assert quick.tags == ["a", "b"] and quick.text == text.strip("\n")


def test_quick_note_refusal_writes_nothing(cli: Cli, journal_home: Path) -> None:
    result = cli(["note", "-t", "x" * (MAX_TAG_CHARS + 1), "hello"])
    assert result.exit_code == 1
    assert "tag" in result.stderr and "\n" not in result.stderr.strip()
    assert _entry_files(journal_home) == []


def test_note_record_refuses_a_time_without_an_offset() -> None:
    from mi_journal.journal.notes import note_record

    with pytest.raises(ValueError, match="UTC offset"):
        note_record("hello", created=datetime(2026, 11, 26, 10, 0))

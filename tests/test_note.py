"""`mij note`: the cheapest write path, from arguments or stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from mi_journal.errors import MijError
from mi_journal.models import MAX_NOTE_CHARS


def _entry_files(home: Path) -> list[Path]:
    return sorted((home / "entries").rglob("*.toml")) if (home / "entries").exists() else []


def _saved_id(stdout: str) -> str:
    assert stdout.startswith("Saved your note. (")
    return stdout.strip().rsplit("(", 1)[1].rstrip(")")


def test_note_from_arguments(cli, paths) -> None:  # type: ignore[no-untyped-def]
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


def test_note_from_stdin_keeps_lines(cli, paths) -> None:  # type: ignore[no-untyped-def]
    from mi_journal.storage.entries import load_entries

    text = 'line one\n  "quoted" and \'\'\'triple\'\'\' \\ back\nline three ✨\n'
    result = cli(["note"], input=text)
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    assert entry.text == text.strip("\n")


@pytest.mark.parametrize("args,stdin", [(["note", ""], None), (["note", "   "], None),
                                         (["note"], ""), (["note"], "\n\n  \n")])
def test_empty_note_is_refused_and_nothing_written(cli, journal_home: Path, args, stdin) -> None:  # type: ignore[no-untyped-def]
    result = cli(args, input=stdin)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "mij: there is nothing to save: the note is empty.\n"
    assert _entry_files(journal_home) == []


def test_huge_note_at_the_limit_is_saved(cli, paths) -> None:  # type: ignore[no-untyped-def]
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
def test_note_over_the_limit_is_refused(cli, journal_home: Path, text: str) -> None:  # type: ignore[no-untyped-def]
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


def test_note_with_escape_sequences_is_stored_exactly_and_echo_is_inert(cli, paths) -> None:  # type: ignore[no-untyped-def]
    from mi_journal.storage.entries import load_entries

    text = "before \x1b]0;title\x07 \x1b[2J [bold]x[/bold] {0.__class__} %s%n \u202eevil"
    result = cli(["note", text])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\u202e" not in result.output
    [entry] = load_entries(paths).entries
    assert entry.text == text


def test_two_notes_in_the_same_second_get_two_files(paths) -> None:  # type: ignore[no-untyped-def]
    from mi_journal.journal import add_note

    ids = {add_note(paths, f"note {i}").id for i in range(30)}
    assert len(ids) == 30
    assert len(_entry_files(paths.home)) == 30


def test_add_note_domain_refuses_empty_and_huge(paths) -> None:  # type: ignore[no-untyped-def]
    from mi_journal.journal import add_note

    with pytest.raises(MijError, match="empty"):
        add_note(paths, "\n \n")
    with pytest.raises(MijError, match="at most"):
        add_note(paths, "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(MijError):
        add_note(paths, "lone surrogate \ud800")
    assert _entry_files(paths.home) == []


def test_add_note_does_not_read_other_entries(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """O(1) in the journal size: writing a note never parses existing entries."""
    from mi_journal.journal import add_note
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

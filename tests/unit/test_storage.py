"""Storage guarantees: atomic writes, faithful round trips, refusing what it
cannot read safely, and never touching a file it could not read."""

from __future__ import annotations

import errno
import os
import string
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.storage.entries import (
    entry_path,
    iter_entry_files,
    load_entries,
    read_entry,
    replace_entry,
    write_new_entry,
)
from mi_journal.storage.files import atomic_write_bytes
from mi_journal.storage.goals import editing_goals, load_goals
from mi_journal.storage.models import Answer, Entry, Goal, GoalList, GoalNote, Step
from tests.conftest import Cli

# ---------------------------------------------------------------- strategies

NASTY = [
    "\n", "\r\n", "\r", '"', "'", '"""', "'''", "\\", "\\n", "\\u0000", "\x00", "\x1b[2J",
    "\x7f", "\x85", "\u2028", "\u202e", "\ufeff", "😀", "👩‍👩‍👧", "ﬁ", "e\u0301", "\t",
    "${x}", "{0.__class__}", "%s%n", "[bold]", "# not a comment", "key = 1", "[table]",
]
texts = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=30)), max_size=12).map(
    "".join
)
nonempty = texts.filter(lambda s: len(s) >= 1)

# Every fixed offset TOML can hold (hours and minutes), plus UTC.
offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
aware = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                     timezones=offsets)
slug = st.from_regex(r"\A[a-z][a-z0-9-]{0,20}\Z")
goal_id = st.from_regex(r"\A[a-z0-9]{2,16}\Z")


@st.composite
def entry_ids(draw: st.DrawFn) -> str:
    day = draw(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)))
    suffix = draw(st.text(alphabet=string.ascii_lowercase + string.digits, min_size=4,
                          max_size=8))
    return f"{day:%Y%m%d-%H%M%S}-{suffix}"


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    kind = draw(st.sampled_from(["text", "long_text", "scale", "yes_no", "list", "choice"]))
    if draw(st.booleans()):
        return Answer(prompt=draw(slug), question=draw(texts), kind=kind, skipped=True)
    value: object = {
        "text": draw(texts), "long_text": draw(texts), "choice": draw(texts),
        "scale": draw(st.integers(0, 10)), "yes_no": draw(st.booleans()),
        "list": draw(st.lists(texts, max_size=4)),
    }[kind]
    ruler = draw(st.sampled_from([None, "importance", "confidence", "readiness"]))
    return Answer(prompt=draw(slug), question=draw(texts), kind=kind, value=value, ruler=ruler)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    return Entry(
        id=draw(entry_ids()),
        created=draw(aware),
        updated=draw(st.none() | aware),
        kind=draw(st.sampled_from(["interview", "check-in", "note", "import"])),
        pack=draw(st.none() | slug),
        pack_version=draw(st.none() | texts),
        stage=draw(st.sampled_from([None, "engaging", "focusing", "evoking", "planning"])),
        title=draw(st.none() | texts),
        text=draw(st.none() | texts),
        tags=draw(st.lists(nonempty.filter(lambda s: len(s) <= 100), max_size=3)),
        goals=draw(st.lists(goal_id, max_size=3)),
        answers=draw(st.lists(answers(), max_size=4)),
        summary=draw(st.none() | texts),
        source=draw(st.none() | texts),
    )


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    return Goal(
        id=draw(goal_id),
        title=draw(nonempty),
        why=draw(texts),
        status=draw(st.sampled_from(["active", "done", "paused", "set-aside"])),
        steps=[Step(text=t, done=d) for t, d in draw(st.lists(st.tuples(nonempty, st.booleans()),
                                                               max_size=3))],
        created=draw(aware),
        updated=draw(aware),
        target=draw(st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
        notes=[GoalNote(at=a, text=t) for a, t in draw(st.lists(st.tuples(aware, texts),
                                                                  max_size=3))],
    )


goal_lists = st.lists(goals(), max_size=4, unique_by=lambda g: g.id).map(
    lambda items: GoalList(goals=items)
)

ROUND_TRIP = settings(max_examples=150, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture,
                                             HealthCheck.too_slow])


def _fresh(tmp_path: Path) -> Paths:
    import tempfile

    return Paths(home=Path(tempfile.mkdtemp(dir=tmp_path)))


# ---------------------------------------------------------------- round trips


@ROUND_TRIP
@given(entry=entries())
def test_entry_round_trip(tmp_path: Path, entry: Entry) -> None:
    paths = _fresh(tmp_path)
    path = write_new_entry(paths, entry)
    assert path == entry_path(paths, entry.id)
    again = read_entry(path)
    assert again == entry
    assert again.model_dump(mode="json") == entry.model_dump(mode="json")  # offsets kept too
    for answer_in, answer_out in zip(entry.answers, again.answers, strict=True):
        assert answer_in.question == answer_out.question
        assert type(answer_in.value) is type(answer_out.value)


@ROUND_TRIP
@given(goal_list=goal_lists)
def test_goal_list_round_trip(tmp_path: Path, goal_list: GoalList) -> None:
    paths = _fresh(tmp_path)
    with editing_goals(paths) as current:
        current.goals = goal_list.goals
    assert load_goals(paths).model_dump(mode="json") == goal_list.model_dump(mode="json")


@ROUND_TRIP
@given(text=texts.filter(lambda s: s.strip("\n").strip()))
def test_note_text_round_trip(tmp_path: Path, text: str) -> None:
    from mi_journal.journal.notes import add_note

    paths = _fresh(tmp_path)
    entry = add_note(paths, text)
    [loaded] = load_entries(paths).entries
    assert loaded.text == text.strip("\n") == entry.text


@pytest.mark.parametrize("text", [*NASTY, "".join(NASTY), "a\r\nb\r\n", "x\n" * 1000])
def test_each_nasty_fragment_round_trips(paths: Paths, text: str) -> None:
    now = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=timezone(timedelta(hours=5, minutes=45)))
    entry = Entry(id="20260102-030405-abcd", created=now, kind="note", text=text, title=text,
                  answers=[Answer(prompt="p", question=text, kind="text", value=text)])
    assert read_entry(write_new_entry(paths, entry)) == entry


def test_multiline_text_stays_readable_in_an_editor(paths: Paths) -> None:
    entry = Entry(id="20260102-030405-abcd", created=datetime(2026, 1, 2, tzinfo=UTC),
                  kind="note", text="first line\nsecond line")
    raw = write_new_entry(paths, entry).read_text()
    assert "first line\nsecond line" in raw
    assert raw.startswith("schema = 1\n")


# ---------------------------------------------------------------- atomic writes


def test_atomic_write_creates_private_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.toml"
    atomic_write_bytes(target, b"x = 1\n")
    assert target.read_bytes() == b"x = 1\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.toml"]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    atomic_write_bytes(target, b"old" * 1000)
    inode_before = target.stat().st_ino
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_ino != inode_before  # a new file was renamed over it
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


def test_exclusive_write_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    atomic_write_bytes(target, b"first")
    with pytest.raises(FileExistsError):
        atomic_write_bytes(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    target = tmp_path / "f.toml"
    atomic_write_bytes(target, b"precious")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, fail_at, fail)
    with pytest.raises(MijError, match="input/output error; your previous data is unchanged"):
        atomic_write_bytes(target, b"replacement")
    monkeypatch.undo()
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


def test_write_new_entry_takes_a_fresh_name_on_clash(paths: Paths) -> None:
    created = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    first = Entry(id="20260304-050607-aaaa", created=created, kind="note", text="one")
    second = first.model_copy(update={"text": "two"})
    path_one = write_new_entry(paths, first)
    path_two = write_new_entry(paths, second)
    assert path_one != path_two
    assert read_entry(path_one).text == "one"
    assert read_entry(path_two).text == "two"


def test_replace_entry(paths: Paths) -> None:
    entry = Entry(id="20260304-050607-aaaa", created=datetime(2026, 3, 4, tzinfo=UTC),
                  kind="note", text="one")
    path = write_new_entry(paths, entry)
    replace_entry(paths, entry.model_copy(update={"text": "two"}))
    assert read_entry(path).text == "two"
    path.unlink()
    with pytest.raises(MijError, match="no longer exists"):
        replace_entry(paths, entry)
    assert not path.exists()


def test_failed_goal_edit_writes_nothing(paths: Paths) -> None:
    with editing_goals(paths) as current:
        current.goals.append(_goal("aa"))
    before = paths.goals.read_bytes()
    with pytest.raises(RuntimeError), editing_goals(paths) as current:
        current.goals.append(_goal("bb"))
        raise RuntimeError("changed my mind")
    assert paths.goals.read_bytes() == before
    with pytest.raises(Exception), editing_goals(paths) as current:  # noqa: B017
        current.goals.append(_goal("aa"))  # duplicate id: refused before writing
    assert paths.goals.read_bytes() == before


def _goal(goal_id: str) -> Goal:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return Goal(id=goal_id, title=f"goal {goal_id}", created=at, updated=at)


# ---------------------------------------------------------------- newer schema


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _old_mtime(path: Path) -> None:
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def test_newer_entry_schema_is_refused_and_untouched(paths: Paths) -> None:
    entry = Entry(id="20260304-050607-aaaa", created=datetime(2026, 3, 4, tzinfo=UTC),
                  kind="note", text="from the future")
    path = write_new_entry(paths, entry)
    path.write_bytes(path.read_bytes().replace(b"schema = 1", b"schema = 2\nhologram = true"))
    _old_mtime(path)
    before = _snapshot(path)
    with pytest.raises(DataFileError, match=r"newer mi-journal \(schema 2, this one knows 1"):
        read_entry(path)
    result = load_entries(paths)
    assert result.entries == []
    assert [p.path for p in result.problems] == [path]
    with pytest.raises(MijError):
        replace_entry(paths, entry)
    assert _snapshot(path) == before


def test_newer_goals_schema_is_refused_and_never_overwritten(paths: Paths, cli: Cli) -> None:
    paths.home.mkdir(parents=True)
    paths.goals.write_bytes(b"schema = 7\n[[goals]]\nid = 'zz'\nfuture = 1\n")
    _old_mtime(paths.goals)
    before = _snapshot(paths.goals)
    with pytest.raises(DataFileError, match="schema 7"):
        load_goals(paths)
    with pytest.raises(DataFileError), editing_goals(paths) as current:
        current.goals.append(_goal("aa"))
    assert _snapshot(paths.goals) == before


def test_newer_config_schema_is_refused_and_untouched(paths: Paths, cli: Cli) -> None:
    paths.home.mkdir(parents=True)
    paths.config.write_bytes(b"schema = 3\ncrisis_line = 'x'\ntheme = 'dark'\n")
    _old_mtime(paths.config)
    before = _snapshot(paths.config)
    result = cli(["config", "set", "pager", "false"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "newer mi-journal (schema 3" in result.stderr
    assert _snapshot(paths.config) == before


@pytest.mark.parametrize("schema", [b"", b"schema = 'one'\n", b"schema = true\n", b"schema = 0\n"])
def test_missing_or_odd_schema_is_reported(paths: Paths, schema: bytes) -> None:
    paths.home.mkdir(parents=True)
    paths.goals.write_bytes(schema + b"goals = []\n")
    with pytest.raises(DataFileError):
        load_goals(paths)


# ---------------------------------------------------------------- corrupted files


def _good_entries(paths: Paths, count: int) -> list[Path]:
    out = []
    for i in range(count):
        created = datetime(2026, 5, 1, 10, i, 0, tzinfo=UTC)
        out.append(write_new_entry(paths, Entry(id=f"20260501-10{i:02d}00-good", created=created,
                                                kind="note", text=f"entry {i}")))
    return out


BAD_ENTRIES = {
    "syntax": (b'schema = 1\nid = "20260501-103000-badd"\ntext = """never closed\n', "line"),
    "type": (b'schema = 1\nid = "20260501-103000-badd"\ncreated = "yesterday"\nkind = 3\n',
             "created"),
    "unknown-key": (b'schema = 1\nid = "20260501-103000-badd"\ncreated = 2026-05-01T10:30:00Z\n'
                    b'kind = "note"\nmood = "odd"\n', "mood"),
    "naive-date": (b'schema = 1\nid = "20260501-103000-badd"\ncreated = 2026-05-01T10:30:00\n'
                   b'kind = "note"\n', "created"),
    "utf8": (b'schema = 1\ntext = "caf\xe9"\n', "UTF-8"),
    "empty": (b"", "schema"),
    "id-mismatch": (b'schema = 1\nid = "20260501-103000-othr"\ncreated = 2026-05-01T10:30:00Z\n'
                    b'kind = "note"\n', "does not match"),
}


@pytest.mark.parametrize("case", sorted(BAD_ENTRIES))
def test_one_bad_entry_among_good_ones(paths: Paths, case: str, cli: Cli) -> None:
    good = _good_entries(paths, 5)
    raw, hint = BAD_ENTRIES[case]
    bad = good[0].parent / "20260501-103000-badd.toml"
    bad.write_bytes(raw)
    _old_mtime(bad)
    before = _snapshot(bad)
    result = load_entries(paths)
    assert sorted(e.text or "" for e in result.entries) == [f"entry {i}" for i in range(5)]
    [problem] = result.problems
    assert problem.path == bad
    assert str(bad) in problem.message
    assert hint in problem.message
    assert _snapshot(bad) == before
    assert cli([]).exit_code == 0
    assert _snapshot(bad) == before


def test_syntax_error_names_the_line(paths: Paths) -> None:
    _good_entries(paths, 1)
    bad = next(iter(paths.entries.rglob("*.toml"))).parent / "20260501-103000-badd.toml"
    bad.write_bytes(b'schema = 1\nid = "x"\ntags = [1,,2]\n')
    [problem] = load_entries(paths).problems
    assert "line 3" in problem.message


def test_temp_files_are_never_entries(paths: Paths) -> None:
    [good] = _good_entries(paths, 1)
    (good.parent / f".{good.name}.0badc0de.tmp").write_bytes(good.read_bytes())
    (good.parent / ".hidden.toml.tmp").write_bytes(b"junk")
    assert list(iter_entry_files(paths)) == [good]
    result = load_entries(paths)
    assert len(result.entries) == 1 and result.problems == []


# ---------------------------------------------------------------- symlinks


def test_symlinked_goals_file_is_refused(paths: Paths, tmp_path: Path) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_bytes(b"schema = 1\ngoals = []\n")
    paths.home.mkdir(parents=True)
    paths.goals.symlink_to(outside)
    with pytest.raises(MijError, match="symbolic link"):
        load_goals(paths)
    with pytest.raises(MijError, match="symbolic link"), editing_goals(paths) as current:
        current.goals.append(_goal("aa"))
    assert outside.read_bytes() == b"schema = 1\ngoals = []\n"
    assert paths.goals.is_symlink()


def test_symlinked_config_is_refused(paths: Paths, tmp_path: Path, cli: Cli) -> None:
    outside = tmp_path / "outside.toml"
    outside.write_bytes(b"schema = 1\n")
    paths.home.mkdir(parents=True)
    paths.config.symlink_to(outside)
    result = cli(["config", "set", "crisis_line", "x"])
    assert result.exit_code == 1
    assert "symbolic link" in result.stderr
    assert outside.read_bytes() == b"schema = 1\n"


def test_symlinked_entry_file_is_refused(paths: Paths, tmp_path: Path) -> None:
    [good] = _good_entries(paths, 1)
    entry = read_entry(good)
    outside = tmp_path / "outside.toml"
    outside.write_bytes(good.read_bytes())
    before = outside.read_bytes()
    good.unlink()
    good.symlink_to(outside)
    result = load_entries(paths)
    assert result.entries == []
    assert "symbolic link" in result.problems[0].message
    with pytest.raises(MijError, match="symbolic link"):
        replace_entry(paths, entry.model_copy(update={"text": "changed"}))
    assert outside.read_bytes() == before
    assert good.is_symlink()


def test_dangling_symlink_is_refused(paths: Paths, tmp_path: Path) -> None:
    paths.home.mkdir(parents=True)
    target = tmp_path / "would-be-created.toml"
    paths.goals.symlink_to(target)
    with pytest.raises(MijError, match="symbolic link"), editing_goals(paths) as current:
        current.goals.append(_goal("aa"))
    assert not target.exists()


def test_symlinked_entry_folder_is_refused(paths: Paths, tmp_path: Path) -> None:
    """A new entry is never written through a linked year or month folder."""
    from mi_journal.journal.notes import add_note

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    year = datetime.now().strftime("%Y")
    paths.entries.mkdir(parents=True)
    (paths.entries / year).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(MijError, match="symbolic link"):
        add_note(paths, "hello")
    assert list(elsewhere.iterdir()) == []


def test_symlinked_home_is_allowed(tmp_path: Path) -> None:
    """The data folder itself may be a link (e.g. to another disk)."""
    from mi_journal.journal.notes import add_note

    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    paths = Paths(home=link)
    add_note(paths, "through a linked home")
    assert len(load_entries(paths).entries) == 1


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Africa/Monrovia", "Asia/Kolkata"])
def test_odd_historic_offsets_are_stored_as_the_same_instant(paths: Paths, zone: str) -> None:
    """Local mean time offsets have seconds, which TOML cannot hold."""
    from zoneinfo import ZoneInfo

    created = datetime(1890, 6, 1, 12, 0, 0, tzinfo=ZoneInfo(zone))
    entry = Entry(id="18900601-120000-abcd", created=created, kind="import", text="old")
    loaded = read_entry(write_new_entry(paths, entry))
    assert loaded.created == created  # same instant
    assert loaded.created.utcoffset() is not None


def test_new_entries_without_hard_links(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system without hard links, a new entry is still saved, never replacing."""

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    created = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    first = Entry(id="20260304-050607-aaaa", created=created, kind="note", text="one")
    path_one = write_new_entry(paths, first)
    path_two = write_new_entry(paths, first.model_copy(update={"text": "two"}))
    assert path_one != path_two
    assert read_entry(path_one).text == "one" and read_entry(path_two).text == "two"
    assert sorted(p.name for p in path_one.parent.iterdir()) == sorted(
        [path_one.name, path_two.name])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entry_list=st.lists(entries(), max_size=3, unique_by=lambda e: e.id), goal_list=goal_lists)
def test_write_read_export_import_unchanged(tmp_path: Path, entry_list: list[Entry],
                                            goal_list: GoalList) -> None:
    """Issue 6 property: whatever the models accept survives write, read, export, import.

    Uses this file's nastier strategies (escape-looking text, NUL, CR, year 1 to 9999,
    every whole-minute offset) on top of tests/unit/test_export_roundtrip.py.
    """
    from mi_journal.exporting.json_format import render_json
    from mi_journal.exporting.selection import Selection, select
    from mi_journal.importing.own import import_export_file

    source, target = _fresh(tmp_path), _fresh(tmp_path)
    for entry in entry_list:
        write_new_entry(source, entry)
    with editing_goals(source) as current:
        current.goals = goal_list.goals
    at = datetime(2026, 5, 1, tzinfo=UTC)
    exported = source.home / "export.json"
    exported.write_text(render_json(select(source, Selection(), at)), "utf-8")
    import_export_file(target, exported)
    assert sorted(load_entries(target).entries, key=lambda e: e.id) == sorted(
        entry_list, key=lambda e: e.id)
    assert [e.model_dump(mode="json") for e in sorted(load_entries(target).entries,
                                                      key=lambda e: e.id)] == [
        e.model_dump(mode="json") for e in sorted(entry_list, key=lambda e: e.id)]
    assert load_goals(target).model_dump(mode="json") == goal_list.model_dump(mode="json")


@pytest.mark.parametrize("kind", ["fifo", "folder", "swapped-to-link"])
def test_special_files_are_refused_without_waiting(paths: Paths, tmp_path: Path, kind: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO never blocks a read; a file swapped for a link after the check is not followed."""
    from mi_journal.storage.files import read_bytes_limited

    paths.home.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(paths.goals)
    elif kind == "folder":
        paths.goals.mkdir()
    else:
        outside = tmp_path / "outside.toml"
        outside.write_bytes(b"schema = 1\ngoals = []\n")
        paths.goals.write_bytes(b"schema = 1\n")
        real_lstat = os.lstat

        def lstat_then_swap(
            path: str | os.PathLike[str], *args: Any, **kwargs: Any
        ) -> os.stat_result:
            info = real_lstat(path, *args, **kwargs)
            if Path(str(path)) == paths.goals and not paths.goals.is_symlink():
                paths.goals.unlink()
                paths.goals.symlink_to(outside)
            return info

        monkeypatch.setattr(os, "lstat", lstat_then_swap)
    with pytest.raises(MijError, match=r"symbolic link|not a regular file"):
        read_bytes_limited(paths.goals, 1024)
    with pytest.raises(MijError):
        load_goals(paths)


def test_import_style_bulk_writes_refuse_linked_folders(paths: Paths, tmp_path: Path) -> None:
    from mi_journal.storage.files import write_new_files

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    paths.entries.mkdir(parents=True)
    (paths.entries / "2026").symlink_to(elsewhere, target_is_directory=True)
    target = paths.entries / "2026" / "01" / "20260101-000000-abcd.toml"
    with pytest.raises(MijError, match="symbolic link"):
        write_new_files([(target, b"x")], inside=paths.home)
    assert list(elsewhere.iterdir()) == []
    other = paths.entries / "2025" / "01" / "20250101-000000-abcd.toml"
    assert write_new_files([(other, b"y")], inside=paths.home) == [True]
    assert other.read_bytes() == b"y"

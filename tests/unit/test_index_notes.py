"""`mij note` hands its new note to the index at once (index/adding.py), so the next
read has nothing to parse; the row must be exactly the one a read would build."""

from __future__ import annotations

import os
import sqlite3
import time
import tomllib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.index import index_path, open_index, refresh_index
from mi_journal.index import refresh as refresh_mod
from mi_journal.index.adding import add_written_note
from mi_journal.index.rows import note_row, row_for
from mi_journal.journal.notes import add_quick_note, note_record
from mi_journal.storage.models import Entry
from mi_journal.storage.tomlfile import dump_record
from tests.conftest import Cli

_ZONES = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                          timezone(timedelta(hours=-8)), timezone(timedelta(0), "GMT")])
_TEXT = st.text(min_size=1, max_size=120).filter(lambda t: t.strip("\n").strip())
_TAGS = st.lists(st.text(min_size=1, max_size=12).filter(str.strip), max_size=3)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, tags=_TAGS, zone=_ZONES, micro=st.sampled_from([0, 1, 999_999]))
def test_note_row_is_the_row_a_read_builds(text: str, tags: list[str], zone: timezone,
                                           micro: int) -> None:
    try:
        record = note_record(text, tags,
                             created=datetime(2026, 3, 1, 8, 30, 5, micro, tzinfo=zone))
    except MijError:  # refused notes are test_note.py's business
        return
    stored = tomllib.loads(dump_record(record).decode("utf-8"))  # as read back from the file
    expected = row_for("2026/03/x.toml", "2026/03", -1, 123, Entry.model_validate(stored))
    assert note_row("2026/03/x.toml", "2026/03", -1, 123, stored) == expected


def _age(paths: Paths) -> None:
    past = time.time() - 10
    for root, dirs, files in os.walk(paths.entries):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (past, past))


def test_a_quick_note_is_in_the_index_before_the_next_read(paths: Paths,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    first = add_quick_note(paths, "first note")
    refresh_index(paths)  # the index exists from now on
    second = add_quick_note(paths, "a walk by the lighthouse", ["Walks"])

    def no_parsing(*args, **kwargs):
        raise AssertionError("the note was parsed again")

    monkeypatch.setattr(refresh_mod, "_parse_job", no_parsing)
    with open_index(paths) as ix:
        assert [row.id for row in ix.query()] == [second, first]
        assert [row.id for row in ix.search(["lighthouse"])] == [second]
        assert ix.report.added == 0
    _age(paths)  # once its time can be trusted, the row is simply marked settled
    with open_index(paths) as ix:
        assert [row.id for row in ix.query()] == [second, first]
    db = sqlite3.connect(index_path(paths))
    assert db.execute("SELECT count(*) FROM entries WHERE mtime_ns = -1").fetchone()[0] == 0
    db.close()


def test_a_change_in_the_same_clock_tick_is_still_seen(paths: Paths) -> None:
    refresh_index(paths)
    entry_id = add_quick_note(paths, "before the change")
    [path] = [p for p in paths.entries.rglob("*.toml") if p.stem == entry_id]
    stat = path.stat()
    path.write_text(path.read_text().replace("before", "after!"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time, same size
    with open_index(paths) as ix:
        assert [row.preview for row in ix.query()] == ["after! the change"]


def test_nothing_happens_without_an_index_or_with_a_busy_or_foreign_one(paths: Paths) -> None:
    entry_id = add_quick_note(paths, "no index yet")
    assert not index_path(paths).exists()  # not created by a note
    refresh_index(paths)
    holder = sqlite3.connect(index_path(paths), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another mij is writing the index
    started = time.monotonic()
    busy_id = add_quick_note(paths, "while busy")
    assert time.monotonic() - started < 5  # never waits for the index
    holder.execute("ROLLBACK")
    holder.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")  # another version
    holder.close()
    [path] = [p for p in paths.entries.rglob("*.toml") if p.stem == busy_id]
    assert not add_written_note(paths, path)
    with open_index(paths) as ix:  # rebuilt by the read, with every note
        assert sorted(row.id for row in ix.query()) == sorted([entry_id, busy_id])


def test_only_notes_are_taken(paths: Paths, tmp_path: Path) -> None:
    refresh_index(paths)
    entry_id = add_quick_note(paths, "a note")
    [path] = [p for p in paths.entries.rglob("*.toml") if p.stem == entry_id]
    path.write_text(path.read_text().replace('kind = "note"', 'kind = "check-in"'))
    assert not add_written_note(paths, path)
    broken = path.with_name("20260101-000000-zzzzzz.toml")
    broken.write_text("not toml [")
    assert not add_written_note(paths, broken)


@pytest.mark.parametrize("tags", [[], ["x"]])
def test_the_cli_note_goes_into_the_index(cli: Cli, paths: Paths, tags: list[str]) -> None:
    add_quick_note(paths, "an earlier note")
    refresh_index(paths)
    args = ["note", *[f"--tag={t}" for t in tags], "hello", "there"]
    assert cli(args).exit_code == 0
    db = sqlite3.connect(index_path(paths))
    assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    db.close()


def test_a_cache_that_cannot_be_looked_at_never_fails_the_note(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The note is saved before the index is told: no error from the index may
    reach the person (they would type the note again)."""
    import mi_journal.index.adding as adding

    class Unreadable:
        def is_file(self) -> bool:
            raise PermissionError(13, "Permission denied", "cache/index.sqlite3")

    monkeypatch.setattr(adding, "index_path", lambda paths_: Unreadable())
    result = cli(["note", "saved", "anyway"])
    assert result.exit_code == 0 and result.stdout.startswith("Saved your note.")
    assert len(list(paths.entries.rglob("*.toml"))) == 1


def test_the_digest_is_of_the_bytes_that_were_parsed(paths: Paths,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A same-size change right after the note's bytes were read is still seen."""
    add_quick_note(paths, "seed")
    refresh_index(paths)
    real_loads = tomllib.loads
    changed: list[Path] = []

    def loads_then_change(text: str):
        data = real_loads(text)
        found = [p for p in paths.entries.rglob("*.toml") if p.stem == data.get("id")]
        if data.get("text") == "before the change" and found and not changed:
            [path] = found  # written: this is the index reading it back
            stat = path.stat()
            path.write_text(text.replace("before", "AFTER!"))
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            changed.append(path)
        return data

    monkeypatch.setattr(tomllib, "loads", loads_then_change)
    add_quick_note(paths, "before the change")
    monkeypatch.setattr(tomllib, "loads", real_loads)
    assert changed
    with open_index(paths) as ix:
        assert sorted(row.preview for row in ix.query()) == ["AFTER! the change", "seed"]


def test_a_file_whose_id_is_not_its_name_is_left_to_the_next_read(paths: Paths) -> None:
    from mi_journal.storage.entries import write_new_record

    add_quick_note(paths, "seed")
    refresh_index(paths)
    path = write_new_record(paths, note_record("renamed"))  # not handed to the index
    other = path.with_name("20200101-000000-qqqqqq.toml")
    path.rename(other)
    assert not add_written_note(paths, other)
    with open_index(paths) as ix:  # the read reports it, as for any such file
        assert [p.path for p in ix.report.problems] == [other]

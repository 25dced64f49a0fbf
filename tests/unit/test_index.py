"""The derived index: search rules, and consistency with the files whatever happens to them."""

from __future__ import annotations

import concurrent.futures
import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import mi_journal.index.database as database_mod
import mi_journal.index.opening as opening_mod
import mi_journal.index.refresh as refresh_mod
from mi_journal.core.paths import Paths
from mi_journal.index import (
    EntryFilter,
    index_path,
    iter_entries,
    matches,
    normalize,
    open_index,
    parse_query,
    rebuild_index,
    refresh_index,
)
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, Stage


def make_entry(paths: Paths, text: str = "", *, days_ago: int = 0, kind: EntryKind = EntryKind.note,
               tags: list[str] | None = None, pack: str | None = None,
               stage: Stage | None = None, goals: list[str] | None = None,
               answers: list[Answer] | None = None, summary: str | None = None) -> Entry:
    created = datetime(2026, 3, 15, 12, 0, tzinfo=UTC) - timedelta(days=days_ago)
    entry = Entry(id=new_entry_id(created), created=created, kind=kind, text=text or None,
                  tags=tags or [], pack=pack, stage=stage, goals=goals or [],
                  answers=answers or [], summary=summary)
    path = write_new_entry(paths, entry)
    return entry.model_copy(update={"id": path.stem})


def ids(rows) -> list[str]:
    return [row.id for row in rows]


def age_files(paths: Paths, seconds: int = 10) -> None:
    """Make every file and folder look older than the racy window, as in real use."""
    past = time.time() - seconds
    for root, dirs, files in os.walk(paths.entries):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (past, past))
    os.utime(paths.entries, (past, past))


# --- search rules ------------------------------------------------------------


def test_normalize_folds_case_and_accents() -> None:
    assert normalize("Café ÉTÉ Straße Ångström") == "cafe ete strasse angstrom"
    assert normalize("ﬁne") == "fine"


def test_query_words_prefix_and_phrases() -> None:
    text = normalize("I want to feel rested in the mornings, not drinking on weeknights")
    assert matches(text, parse_query(["drink"]))
    assert matches(text, parse_query(["FEEL", "Rested"]))
    assert matches(text, parse_query(['"feel rested"']))
    assert matches(text, parse_query(["feel rested"]))
    assert not matches(text, parse_query(['"rested feel"']))
    assert not matches(text, parse_query(["rink"]))
    assert not matches(text, parse_query(['"feel rest"']))


def test_query_with_nothing_to_search_is_a_usage_problem() -> None:
    from mi_journal.core.errors import UsageProblem

    with pytest.raises(UsageProblem):
        parse_query(["!!!", '""'])


# --- building, filters, search through the index ----------------------------------


def test_index_lists_newest_first_and_filters(paths: Paths) -> None:
    old = make_entry(paths, "an old note", days_ago=10, tags=["Work"])
    mid = make_entry(paths, "", days_ago=5, kind=EntryKind.interview, pack="values",
                     stage=Stage.evoking, goals=["ab12"],
                     answers=[Answer(prompt="why", question="Why?", kind=AnswerKind.text,
                                     value="my kids"),
                              Answer(prompt="imp", question="How important?",
                                     kind=AnswerKind.scale, value=7,
                                     ruler=Ruler.importance)])
    new = make_entry(paths, "today's note", days_ago=0, tags=["sleep"])
    with open_index(paths) as ix:
        assert ids(ix.query()) == [new.id, mid.id, old.id]
        assert ids(ix.query(limit=1)) == [new.id]
        assert ids(ix.query(EntryFilter(tag="work"))) == [old.id]
        assert ids(ix.query(EntryFilter(stage="evoking"))) == [mid.id]
        assert ids(ix.query(EntryFilter(pack="values"))) == [mid.id]
        assert ids(ix.query(EntryFilter(goal="ab12"))) == [mid.id]
        day = datetime(2026, 3, 15).date()
        assert ids(ix.query(EntryFilter(since=day - timedelta(days=5)))) == [new.id, mid.id]
        assert ids(ix.query(EntryFilter(until=day - timedelta(days=5)))) == [mid.id, old.id]
        row = ix.query(EntryFilter(stage="evoking"))[0]
        assert row.rulers == [("importance", 7)]
        assert row.preview == "my kids"
        assert ix.ruler_readings()[0][2:] == ("importance", 7)
        assert ids(ix.search(["kids"])) == [mid.id]
        assert ids(ix.search(["SLEEP"])) == [new.id]  # tags are searchable


def test_search_unicode_accents_and_scripts(paths: Paths) -> None:
    cafe = make_entry(paths, "Un CAFÉ à Zürich, c'était l'été", days_ago=3)
    greek = make_entry(paths, "Καλημέρα κόσμε", days_ago=2)
    cjk = make_entry(paths, "今日はとても良い日でした", days_ago=1)
    emoji = make_entry(paths, "walked 🚶 by the sea", days_ago=0)
    with open_index(paths) as ix:
        assert ids(ix.search(["cafe", "zurich"])) == [cafe.id]
        assert ids(ix.search(["ÉTÉ"])) == [cafe.id]
        assert ids(ix.search(["καλημερα"])) == [greek.id]
        assert ids(ix.search(["良い日"])) == [cjk.id]
        assert ids(ix.search(["sea"])) == [emoji.id]
        assert ix.search(["tokyo"]) == []


def test_fallback_without_fts_gives_the_same_answers(paths: Paths,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    make_entry(paths, "Feeling rested after a café", days_ago=1)
    make_entry(paths, "Weeknight drinking, rested less", days_ago=0)
    queries = [["rest"], ['"feeling rested"'], ["cafe"], ["drink", "rested"], ["nothing"]]
    with open_index(paths) as ix:
        assert ix.fts
        expected = [ids(ix.search(q)) for q in queries]
    index_path(paths).unlink()
    monkeypatch.setattr(database_mod, "_fts5_available", lambda db: False)
    with open_index(paths) as ix:
        assert not ix.fts
        assert [ids(ix.search(q)) for q in queries] == expected
    assert expected[0] and expected[1] and not expected[4]


# --- consistency with the files ----------------------------------------------


def test_new_changed_and_removed_files_are_picked_up(paths: Paths) -> None:
    first = make_entry(paths, "first words", days_ago=40)
    second = make_entry(paths, "second words", days_ago=1)
    age_files(paths)
    assert refresh_index(paths).total == 2
    # A hand edit in place (same folder mtime), and a hand deletion.
    path = paths.entries / first.id[:4] / first.id[4:6] / f"{first.id}.toml"
    path.write_text(path.read_text().replace("first words", "changed by hand"))
    age_files(paths)
    os.unlink(paths.entries / second.id[:4] / second.id[4:6] / f"{second.id}.toml")
    report = refresh_index(paths)
    assert (report.updated, report.removed, report.total) == (1, 1, 1)
    with open_index(paths) as ix:
        assert ids(ix.search(["changed"])) == [first.id]
        assert ix.search(["first"]) == []
        assert ix.search(["second"]) == []


def test_large_journal_checks_changed_folders(paths: Paths,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refresh_mod, "FULL_CHECK_MAX", 0)
    # Only the newest month is always compared (0 would mean every month: `[-0:]`).
    monkeypatch.setattr(refresh_mod, "ALWAYS_CHECKED_MONTHS", 1)
    old = make_entry(paths, "old words", days_ago=90)
    age_files(paths)
    refresh_index(paths)
    added = make_entry(paths, "added later", days_ago=0)
    report = refresh_index(paths)
    assert report.added == 1
    with open_index(paths) as ix:
        assert ids(ix.query()) == [added.id, old.id]
    # A save by rename (how mi-journal, sync tools and many editors write) is seen.
    path = paths.entries / old.id[:4] / old.id[4:6] / f"{old.id}.toml"
    temp = path.with_name(".x.tmp")
    temp.write_text(path.read_text().replace("old words", "renamed in"))
    os.replace(temp, path)
    with open_index(paths) as ix:
        assert ids(ix.search(["renamed"])) == [old.id]
    # `full=True` (reindex) also catches in-place edits in untouched folders.
    age_files(paths)
    refresh_index(paths)
    size = path.stat().st_size
    path.write_text(path.read_text().replace("renamed in", "inplace ed"))
    assert path.stat().st_size == size
    past = time.time() - 5
    os.utime(path, (past, past))
    assert refresh_index(paths).updated == 0  # Large journal: an untouched folder is skipped.
    assert refresh_index(paths, full=True).updated == 1
    with open_index(paths) as ix:
        assert ids(ix.search(["inplace"])) == [old.id]


def test_unreadable_files_are_reported_and_left_out(paths: Paths) -> None:
    good = make_entry(paths, "good one")
    folder = paths.entries / good.id[:4] / good.id[4:6]
    bad = folder / "20260315-120000-zzzzzz.toml"
    bad.write_text('schema = 1\nid = "20260315-120000-zzzzzz"\ncreated = \n')
    wrong = folder / "20260315-120001-yyyyyy.toml"
    wrong.write_text(good_text(folder / f"{good.id}.toml"))  # id does not match name
    report = refresh_index(paths)
    assert report.total == 1
    reported = sorted(Path(str(p.path)).name for p in report.problems)
    assert reported == sorted([bad.name, wrong.name])
    assert any("line 3" in str(p) for p in report.problems)
    assert bad.read_text().endswith("created = \n")  # never touched
    # Still reported on the next read, and gone once fixed.
    assert len(refresh_index(paths).problems) == 2
    bad.unlink()
    wrong.unlink()
    assert refresh_index(paths).problems == []


def good_text(path: Path) -> str:
    return path.read_text()


def test_deleted_index_is_rebuilt(paths: Paths) -> None:
    entry = make_entry(paths, "keep me")
    refresh_index(paths)
    index_path(paths).unlink()
    report = refresh_index(paths)
    assert report.rebuilt and report.total == 1
    with open_index(paths) as ix:
        assert ids(ix.search(["keep"])) == [entry.id]


@pytest.mark.parametrize("damage", ["garbage", "truncate", "foreign"])
def test_corrupt_index_is_rebuilt(paths: Paths, damage: str) -> None:
    entry = make_entry(paths, "still here")
    refresh_index(paths)
    target = index_path(paths)
    if damage == "garbage":
        target.write_bytes(b"this is not a database" * 500)
    elif damage == "truncate":
        data = target.read_bytes()
        target.write_bytes(data[: len(data) // 3])
    else:
        target.unlink()
        db = sqlite3.connect(target)
        db.execute("CREATE TABLE something (x)")
        db.commit()
        db.close()
    with open_index(paths) as ix:
        assert ids(ix.search(["still"])) == [entry.id]
        assert ix.count() == 1


def test_index_file_is_private(paths: Paths) -> None:
    make_entry(paths, "private")
    os.umask(0o022)
    refresh_index(paths)
    assert (index_path(paths).stat().st_mode & 0o777) == 0o600
    assert (paths.cache.stat().st_mode & 0o777) == 0o700


def test_unwritable_cache_falls_back_to_memory(paths: Paths,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    entry = make_entry(paths, "in memory")

    def refuse(_paths):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(opening_mod, "connect_file", refuse)
    with open_index(paths) as ix:
        assert ids(ix.search(["memory"])) == [entry.id]
    assert not index_path(paths).exists()


def test_rebuild_and_duplicate_ids(paths: Paths) -> None:
    entry = make_entry(paths, "only once", days_ago=0)
    source = paths.entries / entry.id[:4] / entry.id[4:6] / f"{entry.id}.toml"
    other = paths.entries / "2020" / "01"
    other.mkdir(parents=True)
    (other / source.name).write_bytes(source.read_bytes())
    report = rebuild_index(paths)
    assert report.rebuilt and report.total == 1
    assert len(report.problems) == 1 and "already holds" in str(report.problems[0])


def test_iter_entries_gives_full_entries(paths: Paths) -> None:
    a = make_entry(paths, "a", days_ago=2, tags=["x"])
    b = make_entry(paths, "b", days_ago=1)
    assert [e.id for e in iter_entries(paths)] == [b.id, a.id]
    assert [e.id for e in iter_entries(paths, EntryFilter(tag="x"))] == [a.id]
    assert [e.id for e in iter_entries(paths, newest_first=False)] == [a.id, b.id]


def test_big_batches_are_parsed_in_parallel_with_the_same_result(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(12):
        make_entry(paths, f"entry number{number}", days_ago=number, tags=[f"t{number}"])
    bad = paths.entries / "2026" / "03" / "20260301-000000-qqqqqq.toml"
    bad.write_text("not toml at all [")
    serial = refresh_index(paths, full=True)
    with open_index(paths) as ix:
        expected = [row.as_json() for row in ix.query()]
    index_path(paths).unlink()
    monkeypatch.setattr(refresh_mod, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    pools: list[object] = []

    class CountedPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            pools.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountedPool)
    parallel = refresh_index(paths)
    assert pools == [3]  # The batch really went to worker processes, one per CPU.
    with open_index(paths) as ix:
        assert [row.as_json() for row in ix.query()] == expected
    assert parallel.total == serial.total == 12
    assert [str(p) for p in parallel.problems] == [str(p) for p in serial.problems]


def test_concurrent_first_reads_all_succeed(paths: Paths, journal_home: Path) -> None:
    import json
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    for number in range(30):
        make_entry(paths, f"entry {number}", days_ago=number)
    env = subprocess_env(journal_home)
    runs = [subprocess.Popen([*mij_command(), "list", "--json"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert len(json.loads(out)) == 30
        assert err == ""


def test_a_big_build_is_announced(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(3):
        make_entry(paths, f"entry {number}", days_ago=number)
    age_files(paths)
    heard: list[int] = []
    monkeypatch.setattr(refresh_mod, "NOTICE_MIN_FILES", 3)
    with open_index(paths, notice=heard.append):
        pass
    assert heard == [3]
    with open_index(paths, notice=heard.append):
        pass  # Nothing new to parse: nothing said.
    assert heard == [3]


# --- many files at once: the full-text table is filled in one pass ---------------


def _fts_ids(paths: Paths, word: str) -> list[str]:
    """Ask the FTS table itself (not the fallback) which entries hold `word`."""
    db = sqlite3.connect(index_path(paths))
    try:
        found = db.execute(
            "SELECT e.id FROM fts JOIN entries e ON e.rowid = fts.rowid WHERE fts MATCH ? "
            "ORDER BY e.id", (word,)).fetchall()
        triggers = {row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        db.close()
    assert set(database_mod.FTS_TRIGGERS) <= triggers  # back after every bulk fill
    return [row[0] for row in found]


def test_bulk_fill_and_row_by_row_updates_agree(paths: Paths,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refresh_mod, "BULK_FTS_MIN_FILES", 4)
    first = [make_entry(paths, f"lighthouse walk {n}", days_ago=n) for n in range(6)]
    assert refresh_mod._bulk_fts(_open_db(paths), True, 6)  # an empty table: bulk
    report = refresh_index(paths)
    assert report.added == 6
    assert _fts_ids(paths, "lighthouse") == sorted(e.id for e in first)
    # A small change goes row by row through the triggers.
    late = make_entry(paths, "a lighthouse at dusk", days_ago=20)
    (paths.entries / "2026" / "03" / f"{first[0].id}.toml").unlink()
    age_files(paths)
    assert not refresh_mod._bulk_fts(_open_db(paths), True, 2)
    refresh_index(paths, full=True)
    assert _fts_ids(paths, "lighthouse") == sorted([late.id] + [e.id for e in first[1:]])
    # Most of the table changes at once (a sync): bulk again, deletions included.
    for entry in first[1:]:
        path = next(paths.entries.rglob(f"{entry.id}.toml"))
        path.write_text(path.read_text().replace("lighthouse", "harbour"))
    age_files(paths)
    refresh_index(paths, full=True)
    assert _fts_ids(paths, "lighthouse") == [late.id]
    assert _fts_ids(paths, "harbour") == sorted(e.id for e in first[1:])
    with open_index(paths) as ix:
        assert ids(ix.search(["harbour"])) == [e.id for e in first[1:]]


def test_interrupted_bulk_fill_leaves_the_index_as_it_was(paths: Paths,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refresh_mod, "BULK_FTS_MIN_FILES", 2)
    kept = make_entry(paths, "lighthouse one", days_ago=9)
    refresh_index(paths)
    for n in range(4):
        make_entry(paths, f"lighthouse more {n}", days_ago=n)
    assert refresh_mod._bulk_fts(_open_db(paths), True, 4)  # These four go in one pass.
    real_upsert = refresh_mod.upsert_row
    calls = []

    def upsert_then_stop(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_upsert(*args, **kwargs)

    monkeypatch.setattr(refresh_mod, "upsert_row", upsert_then_stop)
    with pytest.raises(KeyboardInterrupt):
        refresh_index(paths)
    assert _fts_ids(paths, "lighthouse") == [kept.id]  # rolled back, triggers intact
    monkeypatch.setattr(refresh_mod, "upsert_row", real_upsert)
    assert refresh_index(paths).total == 5
    assert len(_fts_ids(paths, "lighthouse")) == 5


def _open_db(paths: Paths):
    db = sqlite3.connect(index_path(paths)) if index_path(paths).exists() else sqlite3.connect(
        ":memory:")
    if not index_path(paths).exists():
        db.executescript(database_mod._SCHEMA_SQL)
    return db


# --- a journal on a read-only disk (a backup, a mounted archive) can still be read -----


def test_a_read_only_index_file_falls_back_to_reading_the_files(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache exists but cannot be written (read-only mount): reads still work."""
    first = make_entry(paths, "kept on the backup disk", days_ago=2)
    refresh_index(paths)
    later = make_entry(paths, "written after the index", days_ago=1)  # the index must change

    def read_only_connect(paths_):
        uri = index_path(paths_).as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, isolation_level=None), False

    def cannot_build(paths_, notice) -> None:
        raise OSError(30, "Read-only file system", str(paths_.cache))

    monkeypatch.setattr(opening_mod, "connect_file", read_only_connect)
    monkeypatch.setattr(opening_mod, "_build_and_swap", cannot_build)
    before = index_path(paths).read_bytes()
    with open_index(paths) as ix:
        assert ids(ix.query()) == [later.id, first.id]
        assert ids(ix.search(["backup"])) == [first.id]
        assert ix.report.rebuilt  # built in memory for this run
    assert index_path(paths).read_bytes() == before


def test_cannot_write_tells_disk_problems_from_damage() -> None:
    from mi_journal.index.opening import _cannot_write

    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert _cannot_write(readonly)
    assert not _cannot_write(sqlite3.DatabaseError("file is not a database"))


def test_an_index_missing_its_full_text_triggers_is_rebuilt(paths: Paths) -> None:
    entry = make_entry(paths, "lighthouse walk", days_ago=1)
    refresh_index(paths)
    db = sqlite3.connect(index_path(paths))
    db.execute("DROP TRIGGER entries_ai")  # as a bulk fill cut off by a power cut would leave it
    db.commit()
    db.close()
    later = make_entry(paths, "lighthouse again", days_ago=0)
    with open_index(paths) as ix:
        assert ix.report.rebuilt
        assert ids(ix.search(["lighthouse"])) == [later.id, entry.id]
    assert len(_fts_ids(paths, "lighthouse")) == 2


def test_a_read_only_index_file_in_a_writable_cache_is_replaced(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a backup: the folder can be changed, so the index is built again on disk
    (once), instead of in memory on every run."""
    first = make_entry(paths, "first", days_ago=2)
    refresh_index(paths)
    later = make_entry(paths, "later", days_ago=1)
    real_connect = database_mod.connect_file
    calls: list[int] = []

    def read_only_once(paths_):
        calls.append(1)
        if len(calls) == 1:
            uri = index_path(paths_).as_uri() + "?mode=ro"
            return sqlite3.connect(uri, uri=True, isolation_level=None), False
        return real_connect(paths_)

    monkeypatch.setattr(opening_mod, "connect_file", read_only_once)
    with open_index(paths) as ix:
        assert ids(ix.query()) == [later.id, first.id]
        assert ix.db.execute("PRAGMA database_list").fetchone()[2] == str(index_path(paths))
    assert len(calls) == 2  # rebuilt on disk, not in memory
    with open_index(paths) as ix:
        assert not ix.report.rebuilt and ids(ix.query()) == [later.id, first.id]


def test_no_room_for_the_index_still_lets_the_journal_be_read(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_entry(paths, "still readable", days_ago=1)

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    real_refresh = refresh_mod.refresh_database

    def refresh_on_disk_only(paths_, db, *args, **kwargs):
        if db.execute("PRAGMA database_list").fetchone()[2]:
            full()
        return real_refresh(paths_, db, *args, **kwargs)

    refresh_index(paths)  # an index with the entry in it, before the disk fills up
    kept = index_path(paths).read_bytes()
    monkeypatch.setattr(opening_mod, "refresh_database", refresh_on_disk_only)
    with open_index(paths) as ix:
        assert ids(ix.query()) == [entry.id]
        assert ix.db.execute("PRAGMA database_list").fetchone()[2] == ""  # in memory
    assert index_path(paths).read_bytes() == kept  # not thrown away for lack of room


def test_a_deleted_or_edited_entrys_words_leave_the_index_file(paths: Paths) -> None:
    """walk6 (privacy): after `mij delete` the words were still in cache/index.sqlite3
    (FTS5 keeps a deleted row's words in older segments; SQLite leaves freed pages
    as they were) until `mij reindex`. The index forgets them at the delete itself,
    and an edit that removes a word removes it from the file at the next refresh."""
    from mi_journal.journal.changes import delete_entry
    from mi_journal.storage.entries import replace_entry

    kept = make_entry(paths, "words kept here")
    for number in range(5):
        make_entry(paths, f"ordinary note {number}", days_ago=number + 1)
    secret = make_entry(paths, "private words quokkaxylophone here", days_ago=9)
    edited = make_entry(paths, "first draft zebracornflake wording", days_ago=10)
    refresh_index(paths)
    raw = index_path(paths).read_bytes()
    assert b"quokkaxylophone" in raw and b"zebracornflake" in raw
    [path] = paths.entries.glob(f"*/*/{secret.id}.toml")
    delete_entry(paths, path)
    assert b"quokkaxylophone" not in index_path(paths).read_bytes()
    replace_entry(paths, edited.model_copy(update={"text": "second draft wording"}))
    refresh_index(paths)
    raw = index_path(paths).read_bytes()
    assert b"zebracornflake" not in raw and b"kept here" in raw
    with open_index(paths) as ix:
        assert [e.id for e in ix.search(parse_query(["second"]), EntryFilter())] == [edited.id]
        assert ix.search(parse_query(["quokkaxylophone"]), EntryFilter()) == []
    assert kept.id

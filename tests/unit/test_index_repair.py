"""The index never hangs, never keeps a lock it does not use, and mends itself
(issue 14, items 5, 6 and 7): worker processes die with their parent, odd files
(FIFOs) where the index or an entry should be are never waited on, and any
SQLite error on the index is treated as a damaged cache and rebuilt once."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from mi_journal.core.paths import Paths
from mi_journal.index import index_path, open_index, rebuild_index, refresh_index
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Entry, EntryKind
from tests.conftest import Cli, mij_command, subprocess_env

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, fork and /proc")


def make_entry(paths: Paths, text: str, *, days_ago: int = 0) -> Entry:
    created = datetime(2026, 3, 15, 12, 0, tzinfo=UTC) - timedelta(days=days_ago)
    entry = Entry(id=new_entry_id(created), created=created, kind=EntryKind.note, text=text)
    path = write_new_entry(paths, entry)
    return entry.model_copy(update={"id": path.stem})


def run_mij(home: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run mij as its own process; a hang fails with the command named, not by the
    test's own timeout."""
    try:
        return subprocess.run([*mij_command(), *args], env=subprocess_env(home),
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"mij {' '.join(args)} hung (no answer within {timeout} s)")


# --- item 6: nothing that is not a regular file is ever waited on --------------------


def test_a_fresh_fifo_named_like_an_entry_does_not_hang_list(paths: Paths,
                                                             journal_home: Path) -> None:
    entry = make_entry(paths, "next to a pipe")
    refresh_index(paths)
    fifo = paths.entries / "2026" / "03" / "20260315-130000-fffff2.toml"
    os.mkfifo(fifo, 0o600)  # just made: within the racy window, so its bytes get a digest
    result = run_mij(journal_home, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert [row["id"] for row in json.loads(result.stdout)] == [entry.id]
    assert fifo.name in result.stderr and "not a regular file" in result.stderr
    # The index lock was not left held: another read works at once.
    assert run_mij(journal_home, "search", "pipe").returncode == 0


def test_digest_never_waits_on_a_fifo(tmp_path: Path) -> None:
    from mi_journal.index.refresh import _digest

    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo, 0o600)
    assert _digest(str(fifo), 0) is None
    regular = tmp_path / "y.toml"
    regular.write_bytes(b"abc")
    assert _digest(str(regular), 3) is not None


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("command", [["list"], ["search", "pipe"], ["doctor"],
                                     ["doctor", "--fix"], ["reindex"]])
def test_a_fifo_beside_the_index_does_not_hang(paths: Paths, journal_home: Path, suffix: str,
                                               command: list[str]) -> None:
    entry = make_entry(paths, "pipe dream")
    refresh_index(paths)
    fifo = Path(f"{index_path(paths)}{suffix}")
    os.mkfifo(fifo, 0o600)
    result = run_mij(journal_home, *command)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    if command[0] in ("list", "search"):
        assert entry.id[:8] in result.stdout or entry.id in result.stdout
    if command == ["doctor"]:
        assert "not a regular file" in result.stdout + result.stderr
    if command[0] in ("list", "search", "reindex") or command == ["doctor", "--fix"]:
        # Only derived data lives there: the odd file is gone and the index works again.
        assert not os.path.lexists(fifo)
        assert run_mij(journal_home, "list").returncode == 0


# --- item 5: index workers die with their parent and hold no lock of their own -------

_WORKER_SCRIPT = textwrap.dedent("""
    import os, sys, time
    import mi_journal.index.refresh as refresh
    from mi_journal.index import refresh_index
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.locking import locked

    report = sys.argv[1]
    refresh.PARALLEL_MIN_FILES = 2
    refresh.os.cpu_count = lambda: 2
    real_parse = refresh._parse_job

    def slow_parse(job):
        lock_fds = []
        for name in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{name}")
            except OSError:
                continue
            if target.endswith(".lock"):
                lock_fds.append(target)
        with open(f"{report}/{os.getpid()}", "w") as out:
            out.write("\\n".join(lock_fds))
        time.sleep(60)
        return real_parse(job)

    refresh._parse_job = slow_parse
    paths = get_paths()
    with locked(paths.locks, "goals"):
        refresh_index(paths)
""")


def _children(parent: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_index_workers_die_with_their_parent_and_never_hold_its_locks(
        paths: Paths, journal_home: Path, tmp_path: Path, how: int) -> None:
    from mi_journal.storage.locking import lock_path_for, try_lock, unlock

    for number in range(6):
        make_entry(paths, f"entry {number}", days_ago=number)
    report = tmp_path / "workers"
    report.mkdir()
    parent = subprocess.Popen([sys.executable, "-c", _WORKER_SCRIPT, str(report)],
                              env=subprocess_env(journal_home), stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(report.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)  # let the worker finish writing its report
        busy = [int(p.name) for p in report.iterdir()]
        assert busy, "the batch did not reach worker processes"
        for worker in busy:  # no worker holds a lock it does not use
            assert (report / str(worker)).read_text() == ""
        workers = _children(parent.pid)
        assert set(busy) <= set(workers) and len(workers) == 2
        os.kill(parent.pid, how)  # the parent alone, not its process group
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers), "workers outlived their parent"
        fd = try_lock(lock_path_for(paths.locks, "goals"))  # goals can be changed again
        unlock(fd)
    finally:
        for pid in [int(p.name) for p in report.iterdir()] + _children(parent.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait()


def test_a_forked_child_never_inherits_a_held_lock(paths: Paths) -> None:
    from mi_journal.storage.locking import locked

    with locked(paths.locks, "goals"):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child reports through the pipe
            held = []
            for name in os.listdir("/proc/self/fd"):
                try:
                    if os.readlink(f"/proc/self/fd/{name}").endswith(".lock"):
                        held.append(name)
                except OSError:
                    pass
            os.write(write_end, str(len(held)).encode())
            os._exit(0)
        os.close(write_end)
        answer = os.read(read_end, 100)
        os.close(read_end)
        os.waitpid(pid, 0)
    assert answer == b"0"


# --- item 7: any SQLite error on the index is a damaged cache, mended once ----------


def _damage_page_of(paths: Paths, table: str) -> None:
    """Write garbage over the first page of `table` in the index file."""
    import sqlite3

    db = sqlite3.connect(index_path(paths))
    page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with open(index_path(paths), "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xa5" * size)


@pytest.mark.parametrize("table", ["fts_config", "fts_data", "fts_idx", "docs"])
def test_damaged_index_pages_are_mended_on_search(paths: Paths, journal_home: Path, cli: Cli,
                                                  table: str) -> None:
    entry = make_entry(paths, "harbour lights at dusk")
    make_entry(paths, "another evening", days_ago=1)
    refresh_index(paths)
    _damage_page_of(paths, table)
    result = cli(["search", "harbour"])
    assert result.exit_code == 0, result.output
    assert entry.id[:8] in result.output or entry.id in result.output
    export = cli(["export", "--format", "json"])
    assert export.exit_code == 0 and "harbour lights" in export.output
    with open_index(paths) as ix:  # mended on disk, not only answered this once
        assert [row.id for row in ix.search(["harbour"])] == [entry.id]
        assert ix.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_index_truncated_during_a_query_still_answers(paths: Paths) -> None:
    entries = [make_entry(paths, f"river stone {n}", days_ago=n) for n in range(40)]
    refresh_index(paths)
    with open_index(paths) as ix:
        assert len(ix.query()) == 40
        size = index_path(paths).stat().st_size
        os.truncate(index_path(paths), size // 3)
        assert [row.id for row in ix.search(["river"])] == [e.id for e in entries]
        assert ix.count() == 40
        assert len(list(ix.entry_json())) == 40
    with open_index(paths) as ix:
        assert ix.count() == 40


def test_a_rebuild_builds_a_new_file_and_swaps_it_in(paths: Paths) -> None:
    entry = make_entry(paths, "swapped whole")
    refresh_index(paths)
    before = index_path(paths).stat().st_ino
    with open_index(paths) as reader:  # a reader of the old file is not disturbed
        rebuild_index(paths)
        assert index_path(paths).stat().st_ino != before
        assert [row.id for row in reader.query()] == [entry.id]
    leftovers = [p.name for p in paths.cache.iterdir() if p.name not in ("index.sqlite3", "locks")]
    assert leftovers == []
    with open_index(paths) as ix:
        assert not ix.report.rebuilt and [row.id for row in ix.query()] == [entry.id]


def test_a_writer_of_a_replaced_file_moves_to_the_new_one(paths: Paths) -> None:
    """A refresh that opened the old file before a swap never writes to it (its
    rollback journal, named after the path, would be taken for the new file's)."""
    import mi_journal.index.opening as opening_mod
    import mi_journal.index.refresh as refresh_mod

    first = make_entry(paths, "first", days_ago=2)
    refresh_index(paths)
    later = make_entry(paths, "later", days_ago=1)
    real_plan = refresh_mod._plan
    swapped: list[int] = []

    def plan_then_swap(*args, **kwargs):
        plan = real_plan(*args, **kwargs)
        if not swapped:
            swapped.append(1)
            opening_mod._rebuild(paths, None).close()  # another mij rebuilds meanwhile
        return plan

    refresh_mod._plan = plan_then_swap
    try:
        with open_index(paths) as ix:
            assert [row.id for row in ix.query()] == [later.id, first.id]
    finally:
        refresh_mod._plan = real_plan
    assert not os.path.exists(f"{index_path(paths)}-journal")


def test_while_another_mends_the_index_a_read_answers_from_the_files(paths: Paths) -> None:
    from mi_journal.storage.locking import locked

    entry = make_entry(paths, "answered meanwhile")
    refresh_index(paths)
    index_path(paths).write_bytes(b"not a database at all" * 300)
    with locked(paths.locks, "index"):  # a rebuild is in progress elsewhere
        with open_index(paths) as ix:
            assert [row.id for row in ix.search(["meanwhile"])] == [entry.id]
            assert ix.db.execute("PRAGMA database_list").fetchone()[2] == ""  # in memory
        assert index_path(paths).read_bytes().startswith(b"not a database")  # left to it
    with open_index(paths) as ix:  # the next read, with the lock free, mends it
        assert ix.db.execute("PRAGMA database_list").fetchone()[2] == str(index_path(paths))
        assert [row.id for row in ix.query()] == [entry.id]


def test_reindexes_at_once_with_a_search_alongside_all_succeed(paths: Paths,
                                                               journal_home: Path) -> None:
    for number in range(300):
        make_entry(paths, f"meadow walk {number}", days_ago=number % 200)
    refresh_index(paths)
    env = subprocess_env(journal_home)
    for _ in range(3):
        runs = [subprocess.Popen([*mij_command(), *args], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
                for args in (["reindex"], ["reindex"], ["reindex"],
                             ["search", "meadow", "--json"], ["list", "--json"])]
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert run.returncode == 0, (run.args, err)
            assert "unexpected" not in err
            if "--json" in cast(list[str], run.args):
                assert len(json.loads(out)) == 300
    with open_index(paths) as ix:
        assert ix.count() == 300


# --- item 6, continued: what an editor leaves behind is never waited on --------------

_FIFO_EDITOR = "import os, sys\nos.unlink(sys.argv[1])\nos.mkfifo(sys.argv[1], 0o600)\n"


@pytest.fixture
def fifo_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    script = tmp_path / "fifo_editor.py"
    script.write_text(_FIFO_EDITOR)
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"'{sys.executable}' '{script}'")


def test_an_editor_that_leaves_a_fifo_does_not_hang_goals_edit(cli: Cli, paths: Paths,
                                                               fifo_editor) -> None:
    added = cli(["goals", "add", "Walk more"])
    assert added.exit_code == 0, added.output
    from mi_journal.storage.goals import load_goals

    goal = load_goals(paths).goals[0]
    result = cli(["goals", "edit", goal.id])
    assert result.exit_code == 1 and "not a regular file" in result.output
    assert load_goals(paths).goals[0].title == "Walk more"


def test_an_editor_that_leaves_a_fifo_gives_no_answer(paths: Paths, fifo_editor) -> None:
    from mi_journal.cli.interview_ui import edit_text

    assert edit_text(paths, "draft answer") is None

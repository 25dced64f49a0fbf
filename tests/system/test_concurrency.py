"""Many processes writing at once lose nothing; a dead lock holder never
blocks; a live one makes others wait, then give up with a clear message."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.storage.entries import load_entries
from mi_journal.storage.goals import load_goals
from mi_journal.storage.locking import locked
from tests.conftest import mij_command, subprocess_env
from tests.system._writers import ALL_OPS, Checker, Reported, parse_report, start_writer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes")


def _run_many(home: Path, processes: int, writes: int) -> None:
    """Every process adds notes, interview entries, goals (editing the previous
    one), packs and tags on its own notes, all at the same moment."""
    procs = [start_writer(home, f"p{n}", count=writes, bulk=5, ops=ALL_OPS,
                          MIJ_LOCK_TIMEOUT="120")
             for n in range(processes)]
    want = Reported()
    per_kind = writes // len(ALL_OPS)
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
        assert err == b"", err.decode()
        assert out.endswith(b"DONE\n")
        got = parse_report(out)
        assert len(got.notes) == len(got.interviews) == len(got.goals) == per_kind
        assert len(got.tags) == per_kind
        want.merge(got)
    paths = Paths(home=home)
    loaded = load_entries(paths)
    assert loaded.problems == []
    assert {entry.id for entry in loaded.entries} == want.notes | want.interviews
    assert len(loaded.entries) == 2 * processes * per_kind
    goal_list = load_goals(paths)
    assert {goal.id for goal in goal_list.goals} == want.goals
    assert len(goal_list.goals) == processes * per_kind
    # Every goal but the last was edited by the next writer that came along.
    edited = [goal for goal in goal_list.goals if goal.why.startswith("edited by")]
    assert len(edited) == len(goal_list.goals) - 1
    tags = {entry.id: set(entry.tags) for entry in loaded.entries}
    assert all(tag in tags[entry_id] for entry_id, tag in want.tags)
    checker = Checker(paths)
    checker.want = want
    checker.check()


def test_eight_processes_at_once(journal_home: Path) -> None:
    _run_many(journal_home, processes=8, writes=20)


@pytest.mark.stress
@pytest.mark.timeout(3600)
def test_twenty_processes_at_once(journal_home: Path) -> None:
    _run_many(journal_home, processes=20, writes=40)


def test_cli_notes_and_config_from_many_processes(journal_home: Path) -> None:
    env = subprocess_env(journal_home)
    procs = [subprocess.Popen([*mij_command(), "note", f"note {n}"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(8)]
    procs += [subprocess.Popen([*mij_command(), "config", "set", "crisis_line", f"line {n}"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
              for n in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    loaded = load_entries(Paths(home=journal_home))
    assert sorted(e.text or "" for e in loaded.entries) == sorted(f"note {n}" for n in range(8))


HOLDER = """
import sys, time
from mi_journal.core.paths import get_paths
from mi_journal.storage.locking import locked
with locked(get_paths().locks, sys.argv[1]):
    print("HELD", flush=True)
    time.sleep(600)
"""


def _hold(home: Path, name: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, name], env=subprocess_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "HELD\n", proc.stderr.read() if proc.stderr else ""
    return proc


def test_lock_of_a_killed_holder_does_not_block(journal_home: Path) -> None:
    paths = Paths(home=journal_home)
    holder = _hold(journal_home, "goals")
    try:
        with pytest.raises(MijError), locked(paths.locks, "goals", timeout=0.2):
            pass  # still held: proves the holder really had it
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert (paths.locks / "goals.lock").exists()  # the file stays; the kernel lock went
    started = time.monotonic()
    with locked(paths.locks, "goals", timeout=5):
        pass
    assert time.monotonic() - started < 1.0


def test_waiting_beyond_the_timeout_gives_a_clear_message(
    journal_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = Paths(home=journal_home)
    holder = _hold(journal_home, "config")
    try:
        monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "0.5")
        started = time.monotonic()
        with pytest.raises(MijError) as caught, locked(paths.locks, "config"):
            pass
        assert 0.4 < time.monotonic() - started < 5
        assert caught.value.message == (
            "another mi-journal is still working on config (waited 0.5 s); "
            "please try again in a moment."
        )
        done = subprocess.run([*mij_command(), "config", "set", "pager", "false"],
                              env=subprocess_env(journal_home, MIJ_LOCK_TIMEOUT="0.5"),
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        assert done.stderr == ("mij: another mi-journal is still working on config "
                               "(waited 0.5 s); please try again in a moment.\n")
        assert not paths.config.exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)


def test_bad_timeout_setting_falls_back_to_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.storage.locking import DEFAULT_TIMEOUT, lock_timeout

    for bad in ("soon", "-1", "inf", "nan", "-inf"):
        monkeypatch.setenv("MIJ_LOCK_TIMEOUT", bad)
        assert lock_timeout() == DEFAULT_TIMEOUT
    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "2.5")
    assert lock_timeout() == 2.5


def test_notes_need_no_lock(journal_home: Path) -> None:
    """A note is a new file of its own: it is saved even while goals are locked."""
    from mi_journal.journal.notes import add_note

    holder = _hold(journal_home, "goals")
    try:
        entry = add_note(Paths(home=journal_home), "while goals are busy")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert entry.text == "while goals are busy"


def test_a_lock_file_replaced_while_waiting_is_locked_again(
    journal_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the lock file is removed (by `mij doctor --fix`) while a process waits
    on it, that process locks the new file instead of the removed one, so two
    processes can never both hold the lock."""
    import fcntl

    from mi_journal.storage import locking

    lock_dir = journal_home / "locks"
    lock_dir.mkdir(parents=True)
    path = locking.lock_path_for(lock_dir, "goals")
    path.touch()
    real_flock = fcntl.flock
    calls: list[int] = []

    def flock_then_replace(fd: int, operation: int) -> None:
        real_flock(fd, operation)
        calls.append(fd)
        if len(calls) == 1:  # the file this process opened disappears meanwhile
            os.unlink(path)
            path.touch()

    monkeypatch.setattr(fcntl, "flock", flock_then_replace)
    fd = locking.try_lock(path)
    try:
        assert len(calls) == 2
        assert os.path.samestat(os.fstat(fd), os.stat(path))
    finally:
        locking.unlock(fd)
    # And a held lock is really exclusive across descriptors.
    monkeypatch.undo()
    first = locking.try_lock(path)
    try:
        with pytest.raises(locking.LockBusy):
            locking.try_lock(path)
    finally:
        locking.unlock(first)
    locking.unlock(locking.try_lock(path))

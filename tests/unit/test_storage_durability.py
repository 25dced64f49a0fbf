"""Tests that would notice (issue 14, item 11): every fsync a save promises is made,
in the right order; each layer of the symlink defence holds on its own; locks leak
nothing while waiting, are close-on-exec, and honour MIJ_LOCK_TIMEOUT=0; size
messages name the right limit; pack conditions' negative cases."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.storage.files import (
    atomic_write_bytes,
    atomic_writer,
    ensure_private_dir,
    read_bytes_limited,
    remove_file,
    write_new_files,
)
from tests.conftest import Cli

# --- durability: the syncs are made, file before rename, folder after -----------------


class SyncLog:
    """Records os.fsync (as 'file' or 'folder' and the path), os.sync, and renames."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str]] = []
        real_fsync, real_replace, real_link = os.fsync, os.replace, os.link

        self.sizes: list[int] = []  # of each file when it was synced

        def fsync(fd: int) -> None:
            info = os.fstat(fd)
            kind = "folder" if stat.S_ISDIR(info.st_mode) else "file"
            where = os.readlink(f"/proc/self/fd/{fd}") if sys.platform == "linux" else "?"
            self.events.append((f"fsync {kind}", where))
            if kind == "file":
                self.sizes.append(info.st_size)
            real_fsync(fd)

        def replace(src, dst) -> None:
            self.events.append(("rename", str(dst)))
            real_replace(src, dst)

        def link(src, dst) -> None:
            self.events.append(("rename", str(dst)))
            real_link(src, dst)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "link", link)
        monkeypatch.setattr(os, "sync", lambda: self.events.append(("sync", "")))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


@pytest.mark.parametrize("exclusive", [False, True])
def test_a_save_syncs_the_file_then_renames_then_syncs_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exclusive: bool) -> None:
    log = SyncLog(monkeypatch)
    target = tmp_path / "folder" / "entry.toml"
    atomic_write_bytes(target, b"kept", exclusive=exclusive)
    assert log.kinds() == ["fsync file", "rename", "fsync folder"]
    assert log.events[2][1] == str(target.parent)
    assert target.read_bytes() == b"kept"


def test_a_removal_syncs_the_folder_after_the_unlink(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pack.toml"
    target.write_bytes(b"x")
    log = SyncLog(monkeypatch)
    remove_file(target)
    assert not target.exists()
    assert log.events == [("fsync folder", str(tmp_path) if sys.platform == "linux" else "?")]
    with pytest.raises(FileNotFoundError):
        remove_file(target)  # the caller words what is missing


def test_the_export_writer_syncs_its_file_and_folder(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    log = SyncLog(monkeypatch)
    target = tmp_path / "export.json"
    with atomic_writer(target) as out:
        out.write(b"[1, 2]")
    assert log.kinds() == ["fsync file", "rename", "fsync folder"]
    assert log.sizes == [6]  # everything written was in the file when it was synced
    assert target.read_bytes() == b"[1, 2]"


def test_bulk_writes_elsewhere_sync_each_file_and_leave_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where one sync() is not the barrier (not Linux), each file is fsynced before
    any is named; either way no temporary name is left behind."""
    monkeypatch.setattr(sys, "platform", "darwin")
    log = SyncLog(monkeypatch)
    items = [(tmp_path / "a" / f"{n}.toml", f"entry {n}".encode()) for n in range(3)]
    assert write_new_files(items) == [True] * 3
    kinds = log.kinds()
    assert "sync" not in kinds
    assert kinds[:3] == ["fsync file"] * 3 and kinds[3:6] == ["rename"] * 3
    assert sorted(log.sizes) == [7, 7, 7]
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["0.toml", "1.toml", "2.toml"]


def test_the_export_command_syncs_what_it_writes(cli: Cli, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["note", "for the record"]).exit_code == 0
    log = SyncLog(monkeypatch)
    target = tmp_path / "out.json"
    assert cli(["export", "-o", str(target)]).exit_code == 0
    synced = [where for kind, where in log.events if kind == "fsync file"]
    assert any(Path(where).parent == tmp_path for where in synced)  # the temp file, before
    assert ("fsync folder", str(tmp_path)) in log.events


def test_bulk_writes_are_made_durable_before_any_gets_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = SyncLog(monkeypatch)
    items = [(tmp_path / "a" / f"{n}.toml", f"entry {n}".encode()) for n in range(3)]
    items.append((tmp_path / "b" / "x.toml", b"other folder"))
    assert write_new_files(items) == [True] * 4
    kinds = log.kinds()
    barrier = "sync" if sys.platform.startswith("linux") else "fsync file"
    assert kinds.index(barrier) < kinds.index("rename")  # durable first, then named
    assert kinds.count("rename") == 4
    folders = sorted(where for kind, where in log.events if kind == "fsync folder")
    assert folders == [str(tmp_path / "a"), str(tmp_path / "b")]
    last_rename = max(i for i, kind in enumerate(kinds) if kind == "rename")
    assert all(i > last_rename for i, kind in enumerate(kinds) if kind == "fsync folder")


def test_an_import_syncs_before_naming_and_syncs_each_folder(
        cli: Cli, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    for text in ("imported one", "imported two"):
        assert cli(["note", text]).exit_code == 0
    source = tmp_path / "in.json"
    assert cli(["export", "-o", str(source)]).exit_code == 0
    shutil.rmtree(paths.entries)
    log = SyncLog(monkeypatch)
    result = cli(["import", str(source)])
    assert result.exit_code == 0, result.output
    kinds = log.kinds()
    assert "sync" in kinds and kinds.index("sync") < kinds.index("rename")
    assert any(kind == "fsync folder" and Path(where).parent.parent == paths.entries
               for kind, where in log.events)


# --- symlinks: each layer of defence on its own ---------------------------------------


def test_ensure_private_dir_refuses_a_linked_folder(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir()
    link = tmp_path / "drafts"
    link.symlink_to(real)
    with pytest.raises(MijError, match="symbolic link"):
        ensure_private_dir(link)


def test_a_save_into_a_linked_folder_is_refused_by_the_folder_check(tmp_path: Path) -> None:
    """The file itself is no link, so only ensure_private_dir stands in the way."""
    real = tmp_path / "elsewhere"
    real.mkdir()
    (tmp_path / "drafts").symlink_to(real)
    with pytest.raises(MijError, match="symbolic link"):
        atomic_write_bytes(tmp_path / "drafts" / "draft.toml", b"answers")
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("exclusive", [False, True])
def test_a_save_over_a_linked_file_is_refused_by_the_file_check(tmp_path: Path,
                                                                exclusive: bool) -> None:
    """The folder is real, so only refuse_symlink in _temp_beside stands in the way."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours")
    link = tmp_path / "goals.toml"
    link.symlink_to(victim)
    with pytest.raises((MijError, FileExistsError)):
        atomic_write_bytes(link, b"replaced", exclusive=exclusive)
    assert link.is_symlink() and victim.read_bytes() == b"not yours"
    with pytest.raises(MijError, match="symbolic link"), atomic_writer(link) as out:
        out.write(b"replaced")
    assert link.is_symlink() and victim.read_bytes() == b"not yours"


def test_a_bulk_write_refuses_a_linked_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours")
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "a.toml").symlink_to(victim)
    with pytest.raises(MijError, match="symbolic link"):
        write_new_files([(tmp_path / "e" / "a.toml", b"x")])
    assert victim.read_bytes() == b"not yours"


def _linked_folder(link: Path, outside: Path) -> Path:
    outside.mkdir()
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside, target_is_directory=True)
    return outside


def test_an_edit_is_never_kept_through_a_linked_drafts_folder(
    cli: Cli, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept edits go to drafts/edits/: a linked drafts/ is refused there too, not only
    for drafts themselves (the folder check looks at the last folder of a path only)."""
    from mi_journal.goals.editing import keep_goal_edit
    from mi_journal.journal.changes import start_edit
    from mi_journal.journal.notes import add_note

    note = add_note(paths, "words that stay in the journal")
    outside = _linked_folder(paths.drafts, tmp_path / "shared")
    with pytest.raises(MijError, match="symbolic link"):
        start_edit(paths, note.id)
    with pytest.raises(MijError, match="symbolic link"):
        keep_goal_edit(paths, "g1", "my own goal")
    monkeypatch.setenv("VISUAL", "true")
    result = cli(["edit", note.id])
    assert result.exit_code == 1 and "symbolic link" in result.stderr
    assert list(outside.rglob("*")) == []


def test_an_answer_is_never_edited_through_a_linked_cache(paths: Paths, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.cli.interview_ui import edit_text

    monkeypatch.setenv("VISUAL", "true")
    paths.home.mkdir(parents=True)
    outside = _linked_folder(paths.cache, tmp_path / "shared")
    with pytest.raises(MijError, match="symbolic link"):
        edit_text(paths, "an answer being written")
    assert list(outside.rglob("*")) == []


# --- size limits: the message names the limit it applied ------------------------------


@pytest.mark.parametrize("mib", [1, 2, 16])
def test_the_too_large_message_names_the_limit(tmp_path: Path, mib: int) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"x" * (mib * 1024 * 1024 + 1))
    with pytest.raises(MijError, match=f"larger than {mib} MiB"):
        read_bytes_limited(big, mib * 1024 * 1024)
    exact = tmp_path / "exact.toml"
    exact.write_bytes(b"x" * (mib * 1024 * 1024))
    assert len(read_bytes_limited(exact, mib * 1024 * 1024)) == mib * 1024 * 1024


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size is checked again on the bytes read, with the same words."""
    grown = tmp_path / "grown.toml"
    grown.write_bytes(b"y" * (3 * 1024 * 1024))
    real_lstat = os.lstat

    def small_lstat(path, *args, **kwargs):
        info = real_lstat(path, *args, **kwargs)
        if str(path) == str(grown):
            return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))
        return info

    monkeypatch.setattr(os, "lstat", small_lstat)
    with pytest.raises(MijError, match="larger than 2 MiB"):
        read_bytes_limited(grown, 2 * 1024 * 1024)


# --- locks ---------------------------------------------------------------------------


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd")
def test_waiting_for_a_lock_leaks_no_descriptor(paths: Paths) -> None:
    from mi_journal.storage.locking import LockTimeout, locked

    with locked(paths.locks, "goals"):
        before = _open_fds()
        with pytest.raises(LockTimeout), locked(paths.locks, "goals", timeout=0.3):
            pass  # about 15 polls
        assert _open_fds() == before
    assert _open_fds() == before - 1


def test_a_lock_descriptor_is_closed_on_exec(paths: Paths) -> None:
    import fcntl

    from mi_journal.storage.locking import lock_path_for, try_lock, unlock

    paths.locks.mkdir(parents=True, mode=0o700)
    fd = try_lock(lock_path_for(paths.locks, "goals"))
    try:
        assert fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
    finally:
        unlock(fd)


@pytest.mark.parametrize(("value", "expected"), [("0", 0.0), ("2.5", 2.5), ("-1", 30.0),
                                                 ("inf", 30.0), ("nan", 30.0), ("soon", 30.0)])
def test_lock_timeout_reads_the_setting(monkeypatch: pytest.MonkeyPatch, value: str,
                                        expected: float) -> None:
    from mi_journal.storage.locking import DEFAULT_TIMEOUT, lock_timeout

    assert DEFAULT_TIMEOUT == 30.0
    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", value)
    assert lock_timeout() == expected


def test_lock_timeout_zero_gives_up_at_once(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.storage.locking import LockTimeout, locked

    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "0")
    with locked(paths.locks, "goals"):
        started = time.monotonic()
        with pytest.raises(LockTimeout, match=r"waited 0 s"), locked(paths.locks, "goals"):
            pass
        assert time.monotonic() - started < 1.0


def test_a_free_lock_is_taken_even_with_timeout_zero(paths: Paths,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.storage.locking import locked

    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "0")
    with locked(paths.locks, "goals"):
        pass


# --- pack conditions: the negative cases ---------------------------------------------


def test_not_equals_and_includes_both_ways() -> None:
    from mi_journal.packs.conditions import conditions_hold
    from mi_journal.packs.model import Condition

    differs = Condition(prompt="c", not_equals="no")
    assert conditions_hold(differs, {"c": "yes"})
    assert not conditions_hold(differs, {"c": "no"})
    assert conditions_hold(Condition(prompt="b", not_equals=1), {"b": True})  # not the same type
    assert not conditions_hold(differs, {})  # no answer: a value test cannot hold
    includes = Condition(prompt="m", includes="health")
    assert conditions_hold(includes, {"m": ["money", "health"]})
    assert not conditions_hold(includes, {"m": ["money"]})
    assert not conditions_hold(includes, {"m": "health"})  # a text, not a list of choices
    assert not conditions_hold(includes, {})
    assert not conditions_hold(Condition(prompt="c", one_of=["a", "b"]), {"c": "z"})
    assert not conditions_hold(Condition(prompt="r", at_most=3), {"r": 4})
    assert conditions_hold(Condition(prompt="r", at_most=3), {"r": 3})
    assert not conditions_hold(Condition(prompt="r", at_least=2), {"r": "2"})
    assert conditions_hold(Condition(prompt="r", answered=True), {"r": 0})
    assert not conditions_hold(Condition(prompt="r", answered=True), {})
    assert not conditions_hold(Condition(prompt="r", answered=False, equals=1), {})
    assert conditions_hold(None, {})


# --- locks: what the mutation run found unchecked ------------------------------------


def test_a_linked_lock_file_is_refused_not_followed(paths: Paths, tmp_path: Path) -> None:
    from mi_journal.storage.locking import held_at_once, lock_path_for, locked

    paths.locks.mkdir(parents=True, mode=0o700)
    victim = tmp_path / "victim"
    victim.write_bytes(b"")
    lock_path_for(paths.locks, "goals").symlink_to(victim)
    with pytest.raises(MijError, match="symbolic link"), locked(paths.locks, "goals", timeout=5):
        pass
    lock_path_for(paths.locks, "draft-x").symlink_to(victim)
    with pytest.raises(MijError, match="symbolic link"), held_at_once(paths.locks, "draft-x"):
        pass


def test_an_existing_lock_file_is_made_private(paths: Paths) -> None:
    from mi_journal.storage.locking import lock_path_for, locked

    paths.locks.mkdir(parents=True, mode=0o700)
    path = lock_path_for(paths.locks, "goals")
    path.write_bytes(b"")
    path.chmod(0o644)
    with locked(paths.locks, "goals"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_lock_file_replaced_while_locking_is_locked_anew(paths: Paths,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """doctor --fix may remove an unused lock file just as it is taken: the holder
    must lock the file that now has the name, and close the other."""
    import fcntl

    import mi_journal.storage.locking as locking_mod

    paths.locks.mkdir(parents=True, mode=0o700)
    path = locking_mod.lock_path_for(paths.locks, "goals")
    real_flock = fcntl.flock
    swaps: list[int] = []

    def flock_then_swap(fd: int, operation: int) -> None:
        real_flock(fd, operation)
        if not swaps:
            swaps.append(fd)
            os.unlink(path)
            path.write_bytes(b"")

    before = _open_fds()
    monkeypatch.setattr(fcntl, "flock", flock_then_swap)
    fd = locking_mod.try_lock(path)
    try:
        assert os.path.samestat(os.fstat(fd), os.stat(path))
        assert _open_fds() == before + 1  # the first descriptor was closed
    finally:
        locking_mod.unlock(fd)
    assert not locking_mod._HELD


def test_held_locks_are_tracked_and_forgotten(paths: Paths) -> None:
    import mi_journal.storage.locking as locking_mod

    with locking_mod.locked(paths.locks, "goals"):
        assert len(locking_mod._HELD) == 1
    assert not locking_mod._HELD
    locking_mod._HELD.add(12345)
    try:
        locking_mod._drop_inherited_locks()  # as in a forked child
        assert not locking_mod._HELD
    finally:
        locking_mod._HELD.discard(12345)


def test_a_waiter_gets_the_lock_once_it_is_free(paths: Paths) -> None:
    import threading

    from mi_journal.storage.locking import lock_path_for, locked, try_lock, unlock

    paths.locks.mkdir(parents=True, mode=0o700)
    fd = try_lock(lock_path_for(paths.locks, "goals"))
    threading.Timer(0.3, unlock, args=(fd,)).start()
    started = time.monotonic()
    with locked(paths.locks, "goals", timeout=10):
        waited = time.monotonic() - started
    assert 0.2 < waited < 5


def test_a_waiter_polls_instead_of_spinning(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    import mi_journal.storage.locking as locking_mod

    attempts: list[int] = []
    real = locking_mod.try_lock

    def counted(path, **kwargs):
        attempts.append(1)
        return real(path, **kwargs)

    with locking_mod.locked(paths.locks, "goals"):
        monkeypatch.setattr(locking_mod, "try_lock", counted)
        with pytest.raises(locking_mod.LockTimeout), locking_mod.locked(
                paths.locks, "goals", timeout=0.2):
            pass
    assert 2 <= len(attempts) <= 0.2 / locking_mod.POLL_SECONDS + 3


def test_held_at_once_makes_its_folder_and_cleans_up(journal_home: Path, paths: Paths) -> None:
    from mi_journal.storage.locking import (
        LockBusy,
        held_at_once,
        lock_path_for,
        try_lock,
        unlock,
    )

    assert not paths.locks.exists()
    before = _open_fds()
    with held_at_once(paths.locks, "draft-a"):
        assert lock_path_for(paths.locks, "draft-a").exists()
        with pytest.raises(LockBusy), held_at_once(paths.locks, "draft-a"):
            pass
    assert not lock_path_for(paths.locks, "draft-a").exists()  # no lock file piles up
    assert _open_fds() == before
    unlock(try_lock(lock_path_for(paths.locks, "draft-a")))  # free again


@pytest.fixture
def no_flock(monkeypatch: pytest.MonkeyPatch):
    """Locking as on a system without fcntl (Windows): through filelock."""
    import filelock  # noqa: F401  (loaded first: it keeps its own locking)

    monkeypatch.setitem(sys.modules, "fcntl", None)


def test_the_fallback_lock_excludes_times_out_and_is_released(paths: Paths, no_flock) -> None:
    from mi_journal.storage.locking import LockBusy, LockTimeout, held_at_once, locked

    with locked(paths.locks, "goals"):
        with pytest.raises(LockTimeout), locked(paths.locks, "goals", timeout=0.1):
            pass
        with held_at_once(paths.locks, "draft-b"):
            started = time.monotonic()
            with pytest.raises(LockBusy), held_at_once(paths.locks, "draft-b"):
                pass
            assert time.monotonic() - started < 0.5  # told at once, not after a wait
    with locked(paths.locks, "goals", timeout=0):
        pass
    with held_at_once(paths.locks, "draft-b"):
        pass


def test_the_fallback_lock_explains_a_lock_it_cannot_open(paths: Paths, no_flock) -> None:
    from mi_journal.storage.locking import held_at_once, lock_path_for, locked

    paths.locks.mkdir(parents=True, mode=0o700)
    lock_path_for(paths.locks, "goals").mkdir()
    lock_path_for(paths.locks, "draft-c").mkdir()
    with pytest.raises(MijError, match="could not lock"), locked(paths.locks, "goals", timeout=1):
        pass
    with pytest.raises(MijError, match="could not lock"), held_at_once(paths.locks, "draft-c"):
        pass

"""A cross-process lock around every read-modify-write of a shared file.

Locks are kernel locks (`flock` on a file in cache/locks), so a holder that
dies releases its lock at once; a waiter gives up after a timeout with a clear
message instead of hanging. After taking the lock, the holder checks that the
lock file's name still points to the file it locked: if `mij doctor --fix`
removed an unused lock file meanwhile, the lock is taken again on the new file,
so two programs can never both believe they hold it. Where `flock` does not
exist (Windows), filelock provides the same interface.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mi_journal.core.errors import MijError
from mi_journal.storage.files import FILE_MODE, ensure_private_dir, os_error_reason

DEFAULT_TIMEOUT = 30.0
POLL_SECONDS = 0.02
LOCK_SUFFIX = ".lock"


def lock_timeout() -> float:
    """Seconds to wait for a lock: MIJ_LOCK_TIMEOUT if it is a sane number.

    Negative or infinite values would mean "wait forever", so they fall back to
    the default: waiting always ends.
    """
    try:
        value = float(os.environ.get("MIJ_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    if not math.isfinite(value) or value < 0:
        return DEFAULT_TIMEOUT
    return value


# Descriptors of the locks this process holds. A forked child (the index's
# worker processes) closes its copies at once: it never uses them, and a copy
# would keep the lock held for as long as the child lives, even after this
# process has died. (Closing a copy does not release the parent's lock; only
# the last descriptor of the lock does.)
_HELD: set[int] = set()


def _drop_inherited_locks() -> None:
    for fd in _HELD:
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


def lock_path_for(lock_dir: Path, name: str) -> Path:
    return lock_dir / f"{name}{LOCK_SUFFIX}"


class LockTimeout(MijError):
    """`locked` waited its time and another process still holds the lock."""


class LockBusy(Exception):
    """The lock is held by another process (internal to storage and doctor)."""


def try_lock(path: Path, *, create: bool = True) -> int:
    """Take the lock at `path` without waiting; returns the open descriptor.

    Raises LockBusy if another process holds it, OSError if it cannot be opened
    (FileNotFoundError if it does not exist and `create` is false).
    """
    import fcntl

    while True:
        flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        if create:
            flags |= os.O_CREAT
        fd = os.open(path, flags, FILE_MODE)
        try:
            with contextlib.suppress(OSError):
                os.fchmod(fd, FILE_MODE)  # 0600 whatever the umask (even 0777)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise LockBusy(str(path)) from None
            try:
                current = os.stat(path, follow_symlinks=False)
            except FileNotFoundError:
                current = None
            if current is not None and os.path.samestat(current, os.fstat(fd)):
                _HELD.add(fd)
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # The file was replaced or removed while we waited: lock the new one.


def unlock(fd: int) -> None:
    # Closing the descriptor releases the flock.
    _HELD.discard(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def _busy_message(name: str, wait: float) -> str:
    return (
        f"another mi-journal is still working on {name} (waited {wait:g} s); "
        "please try again in a moment."
    )


@contextmanager
def locked(lock_dir: Path, name: str, timeout: float | None = None) -> Iterator[None]:
    ensure_private_dir(lock_dir)
    path = lock_path_for(lock_dir, name)
    wait = lock_timeout() if timeout is None else timeout
    try:
        import fcntl  # noqa: F401
    except ImportError:
        with _filelock(path, name, wait):
            yield
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = try_lock(path)
            break
        except LockBusy:
            if time.monotonic() >= deadline:
                raise LockTimeout(_busy_message(name, wait)) from None
            time.sleep(POLL_SECONDS)
        except OSError as exc:
            raise MijError(_lock_problem(path, exc)) from None
    try:
        yield
    finally:
        unlock(fd)


@contextmanager
def held_at_once(lock_dir: Path, name: str) -> Iterator[None]:
    """Hold the lock `name` for as long as the block runs, or raise LockBusy at once.

    For things one program works on for minutes (a draft being answered): a second
    program is told straight away instead of waiting. The lock file is removed on
    release (while still held, so a waiter that opened it re-locks the new one, as
    `try_lock` checks), so one lock per draft does not pile up.
    """
    ensure_private_dir(lock_dir)
    path = lock_path_for(lock_dir, name)
    try:
        import fcntl  # noqa: F401
    except ImportError:
        with _filelock_at_once(path):
            yield
        return
    try:
        fd = try_lock(path)
    except OSError as exc:
        raise MijError(_lock_problem(path, exc)) from None
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        unlock(fd)


@contextmanager
def _filelock_at_once(path: Path) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path), mode=FILE_MODE)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise LockBusy(str(path)) from None
    except OSError as exc:
        raise MijError(_lock_problem(path, exc)) from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _filelock(path: Path, name: str, wait: float) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path), mode=FILE_MODE)
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise LockTimeout(_busy_message(name, wait)) from None
    except OSError as exc:
        raise MijError(_lock_problem(path, exc)) from None
    try:
        yield
    finally:
        lock.release()


def _lock_problem(path: Path, exc: OSError) -> str:
    """Why a lock could not be taken, in the words every other disk message uses."""
    return f"could not lock {path}: {os_error_reason(exc)}; nothing was changed."

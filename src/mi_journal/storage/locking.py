"""A cross-process lock around every read-modify-write of a shared file.

Locks are kernel locks (via filelock), so a holder that dies releases its lock
at once; a waiter gives up after a timeout with a clear message instead of
hanging.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mi_journal.errors import MijError
from mi_journal.storage.files import FILE_MODE, ensure_private_dir

DEFAULT_TIMEOUT = 30.0


def lock_timeout() -> float:
    """Seconds to wait for a lock: MIJ_LOCK_TIMEOUT if it is a sane number.

    Negative or infinite values would mean "wait forever" to filelock, so they
    fall back to the default: waiting always ends.
    """
    try:
        value = float(os.environ.get("MIJ_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    if not math.isfinite(value) or value < 0:
        return DEFAULT_TIMEOUT
    return value


@contextmanager
def locked(lock_dir: Path, name: str, timeout: float | None = None) -> Iterator[None]:
    from filelock import FileLock, Timeout

    ensure_private_dir(lock_dir)
    lock_path = lock_dir / f"{name}.lock"
    lock = FileLock(str(lock_path), mode=FILE_MODE)
    wait = lock_timeout() if timeout is None else timeout
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise MijError(
            f"another mi-journal is still working on {name} (waited {wait:g} s); "
            "please try again in a moment."
        ) from None
    except OSError as exc:
        raise MijError(f"could not lock {lock_path}: {exc.strerror}") from None
    try:
        yield
    finally:
        lock.release()

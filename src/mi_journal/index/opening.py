"""Opening the index: `open_index` and the calls built on it.

If the database is missing, from another schema, or damaged (any
``sqlite3.Error`` other than "locked", when opening it or later in a query), a
new one is built from the files in a file of its own and swapped in atomically,
once, under the index lock (`_mend`); while another process holds that lock,
this run answers from the files. `mij reindex` does the same (`_rebuild`),
waiting its turn. If the cache folder or the index file cannot be written (a journal
on a read-only disk or backup), or the journal has no entries folder yet, an
in-memory index is used for that run. Several processes may read
and refresh at once (SQLite locking; creation is idempotent); one that cannot
get the write lock within `BUSY_SECONDS` raises `IndexBusy` (a MijError).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.index.database import (
    BUSY_SECONDS,
    IndexBusy,
    IndexReplaced,
    clear_odd_companions,
    connect_file,
    connect_tracked,
    index_path,
    is_busy,
    prepare_schema,
)
from mi_journal.index.queries import Index
from mi_journal.index.refresh import Notice, parse_entry, refresh_database
from mi_journal.index.rows import EntryFilter, IndexReport
from mi_journal.messages import index as index_msg

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry


INDEX_LOCK = "index"


def _open(paths: Paths, full: bool, notice: Notice | None = None) -> Index:
    """The index file, brought up to date; mended once if it is damaged."""
    import sqlite3

    for _ in range(3):
        try:
            if not paths.entries.is_dir():
                # Nothing to index: do not create folders just to read.
                raise FileNotFoundError(paths.entries)
            db, created = connect_file(paths)
        except (OSError, sqlite3.Error, MijError):
            return _in_memory(paths, notice)
        try:
            fts = prepare_schema(db, created)
            report = refresh_database(paths, db, full, fts, notice)
            report.rebuilt = created
            return Index(paths, db, fts, report, mend=_mender(paths))
        except IndexReplaced:
            db.close()  # a rebuild swapped a new file in meanwhile: open that one
            continue
        except sqlite3.Error as exc:
            db.close()
            if is_busy(exc):
                raise IndexBusy(index_msg.INDEX_BUSY) from None
            if _cannot_write(exc) and (_no_room(exc) or not os.access(paths.cache, os.W_OK)):
                # The cache cannot take the index (a read-only disk or backup, no room,
                # no permission): this run reads the files, so the journal can be read.
                return _in_memory(paths, notice)
            # Damaged, from another version, or read-only in a folder we may change.
            return _mend(paths, full, notice, _inode(db))
        except BaseException:
            db.close()
            raise
    return _in_memory(paths, notice)


def _inode(db: object) -> tuple[int, int] | None:
    opened = getattr(db, "opened", None)
    return None if opened is None else opened[1]


def _current_inode(paths: Paths) -> tuple[int, int] | None:
    try:
        info = os.stat(index_path(paths))
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _mend(paths: Paths, full: bool, notice: Notice | None,
          damaged: tuple[int, int] | None) -> Index:
    """Rebuild a damaged index once, under the index lock, and open the new file.

    If another mij holds the lock (it is mending or rebuilding the index right
    now), this run answers from the files instead of waiting. If the file was
    already replaced since it was found damaged, the new one is simply used.
    """
    import sqlite3

    from mi_journal.storage.locking import locked

    try:
        with locked(paths.locks, INDEX_LOCK, timeout=0):
            if damaged is None or _current_inode(paths) == damaged:
                _build_and_swap(paths, notice)
            return _open_built(paths, full, notice)
    except (OSError, MijError, sqlite3.Error):
        # Busy elsewhere, or the cache cannot take a new file: read the files.
        return _in_memory(paths, notice)


def _open_built(paths: Paths, full: bool, notice: Notice | None) -> Index:
    """Open the index just built; if even that cannot be used, read the files."""
    import sqlite3

    try:
        db, _ = connect_file(paths)
    except (OSError, MijError, sqlite3.Error):
        return _in_memory(paths, notice)
    try:
        fts = prepare_schema(db, False)
        report = refresh_database(paths, db, full, fts, notice)
    except (IndexReplaced, sqlite3.Error):
        db.close()
        return _in_memory(paths, notice)
    except BaseException:
        db.close()
        raise
    report.rebuilt = True
    return Index(paths, db, fts, report, mend=_mender(paths))


def _mender(paths: Paths) -> Callable[[Index], Index]:
    """What an open index calls when a query meets an SQLite error (a page damaged
    since it was opened, the file cut short): a mended index to ask again."""
    def mend(broken: Index) -> Index:
        return _mend(paths, False, None, _inode(broken.db))
    return mend


def _build_and_swap(paths: Paths, notice: Notice | None) -> None:
    """Build a whole new index in a file of its own, then swap it in atomically.

    Nobody else knows the new file while it is built, so concurrent rebuilds and
    readers never see half of one (deleting the file under another process's
    feet gave "no such table" and I/O errors). Readers of the old file go on
    reading it; writers of it notice the swap before writing (`begin_write`).
    """
    from mi_journal.storage.files import ensure_private_dir, sweep_temp_files, temp_name_for

    target = index_path(paths)
    ensure_private_dir(paths.cache)
    sweep_temp_files(paths.cache)  # a build a killed mij left (over a minute old)
    temp = temp_name_for(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_CLOEXEC", 0), 0o600)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o600)  # whatever the umask
    os.close(fd)
    try:
        db = connect_tracked(temp, BUSY_SECONDS)
        try:
            fts = prepare_schema(db, True)
            refresh_database(paths, db, True, fts, notice)
        finally:
            db.close()
        _swap_in(temp, target)
    finally:
        for suffix in ("", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{suffix}")


def _swap_in(temp: Path, target: Path) -> None:
    """Give the new index file the index's name.

    The old file is held with an exclusive SQLite lock while its name is taken:
    a writer still at work on it finishes first, and a rollback journal a
    crashed writer left is played back into the old file (not into the new one,
    which would take that journal, named after the path, for its own). A file
    too damaged to be locked loses its journal instead.
    """
    import sqlite3

    old: sqlite3.Connection | None = None
    if target.is_file() and not target.is_symlink():
        try:
            clear_odd_companions(target)  # never a FIFO for SQLite to wait on
            old = sqlite3.connect(str(target), timeout=BUSY_SECONDS, isolation_level=None)
            old.execute("BEGIN EXCLUSIVE")
        except (sqlite3.Error, OSError) as exc:
            if old is not None:
                old.close()
                old = None
            if is_busy(exc):
                raise IndexBusy(index_msg.INDEX_BUSY) from None
    if old is None:
        for suffix in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")
    try:
        os.replace(temp, target)
    finally:
        if old is not None:
            with contextlib.suppress(sqlite3.Error):
                old.execute("ROLLBACK")
            old.close()


def _rebuild(paths: Paths, notice: Notice | None) -> Index:
    """Build the index anew from the files (mij reindex, doctor --fix), waiting for
    another rebuild to finish first; each swaps in a whole new file. Asked for by
    the person, so a cache that cannot take it is an error (OSError or MijError),
    not a quiet read of the files."""
    import sqlite3

    from mi_journal.storage.locking import LockTimeout, locked

    if not paths.entries.is_dir():
        return _in_memory(paths, notice)
    try:
        with locked(paths.locks, INDEX_LOCK, timeout=BUSY_SECONDS):
            _build_and_swap(paths, notice)
            return _open_built(paths, True, notice)
    except LockTimeout:
        raise IndexBusy(index_msg.INDEX_BUSY_REBUILDING) from None
    except sqlite3.Error as exc:  # OSError and MijError say for themselves what went wrong
        raise MijError(index_msg.index_not_rebuilt_at(index_path(paths), exc)) from None


def _in_memory(paths: Paths, notice: Notice | None) -> Index:
    """An index for this run only, built from the files (the cache cannot be used)."""
    import sqlite3

    db = sqlite3.connect(":memory:", isolation_level=None)
    fts = prepare_schema(db, True)
    report = refresh_database(paths, db, True, fts, notice)
    report.rebuilt = True
    return Index(paths, db, fts, report)


def _cannot_write(exc: Exception) -> bool:
    """SQLite refused a write because of the file or disk, not its content."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    text = str(exc)
    return name.startswith(_CANNOT_WRITE) or "readonly" in text or "disk is full" in text


_CANNOT_WRITE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_FULL")


def _no_room(exc: Exception) -> bool:
    """The disk is full: keep the index as it is (most of it is still right) and
    read the files this time, rather than throw it away."""
    return str(getattr(exc, "sqlite_errorname", "")) == "SQLITE_FULL" or "disk is full" in str(exc)


def open_index(paths: Paths, *, full: bool = False, notice: Notice | None = None) -> Index:
    """The index, brought up to date with the files; close it (or use `with`).

    `notice(n)` is called before parsing when `n` >= NOTICE_MIN_FILES files need
    it (a first build), so a caller can tell the person why this read is slow.
    """
    return _open(paths, full, notice=notice)


def refresh_index(paths: Paths, *, full: bool = False) -> IndexReport:
    """Bring the index up to date and say what changed."""
    with open_index(paths, full=full) as ix:
        return ix.report


def rebuild_index(paths: Paths, notice: Notice | None = None) -> IndexReport:
    """Throw the index away and build it again from the files."""
    with _rebuild(paths, notice) as ix:
        ix.report.rebuilt = True
        return ix.report


def iter_entries(paths: Paths, filters: EntryFilter | None = None,
                 newest_first: bool = True) -> Iterator[Entry]:
    """Full entries matching `filters`, read from their files (for export and the like)."""
    with open_index(paths) as ix:
        rows = ix.query(filters)
    if not newest_first:
        rows.reverse()
    for row in rows:
        try:
            yield parse_entry(row.path)
        except (DataFileError, FileNotFoundError):
            continue

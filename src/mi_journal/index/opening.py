"""Opening the index: `open_index` and the calls built on it.

If the database is missing, from another schema, or corrupt (any
``sqlite3.DatabaseError`` other than "locked"), it is deleted and rebuilt from
the files. If the cache folder or the index file cannot be written (a journal
on a read-only disk or backup), or the journal has no entries folder yet, an
in-memory index is used for that run. Several processes may read
and refresh at once (SQLite locking; creation is idempotent); one that cannot
get the write lock within `BUSY_SECONDS` raises `IndexBusy` (a MijError).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mi_journal.errors import DataFileError, MijError
from mi_journal.index.database import (
    IndexBusy,
    _connect_file,
    _prepare,
    _remove_database,
    index_path,
)
from mi_journal.index.queries import Index
from mi_journal.index.refresh import Notice, _parse, _refresh
from mi_journal.index.rows import EntryFilter, IndexReport
from mi_journal.paths import Paths

if TYPE_CHECKING:
    from mi_journal.models import Entry


def _open(paths: Paths, full: bool, rebuild: bool, notice: Notice | None = None) -> Index:
    import sqlite3

    if rebuild:
        _remove_database(index_path(paths))
    for attempt in range(2):
        try:
            if not paths.entries.is_dir():
                # Nothing to index: do not create folders just to read.
                raise FileNotFoundError(paths.entries)
            db, created = _connect_file(paths)
        except (OSError, sqlite3.Error, MijError):
            return _in_memory(paths, notice)
        try:
            fts = _prepare(db, created)
            report = _refresh(paths, db, full, fts, notice)
            report.rebuilt = created or rebuild or attempt > 0
            return Index(paths, db, fts, report)
        except sqlite3.DatabaseError as exc:
            db.close()
            if isinstance(exc, sqlite3.OperationalError) and (
                "locked" in str(exc) or "busy" in str(exc)
            ):
                raise IndexBusy("another mi-journal is still updating the search index; "
                                "please try again in a moment.") from None
            if _cannot_write(exc) and (attempt or _no_room(exc)
                                       or not os.access(paths.cache, os.W_OK)):
                # The cache cannot take the index (a read-only disk or backup, no room,
                # no permission): this run reads the files, so the journal can be read.
                return _in_memory(paths, notice)
            if attempt:
                raise MijError(f"could not rebuild the search index at {index_path(paths)}; "
                               "you might delete the cache folder and try again.") from None
            try:  # Damaged, from another version, or read-only in a folder we may change.
                _remove_database(index_path(paths))
            except OSError:
                return _in_memory(paths, notice)
        except BaseException:
            db.close()
            raise
    raise AssertionError("unreachable")


def _in_memory(paths: Paths, notice: Notice | None) -> Index:
    """An index for this run only, built from the files (the cache cannot be used)."""
    import sqlite3

    db = sqlite3.connect(":memory:", isolation_level=None)
    fts = _prepare(db, True)
    report = _refresh(paths, db, True, fts, notice)
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
    return _open(paths, full, rebuild=False, notice=notice)


def refresh_index(paths: Paths, *, full: bool = False) -> IndexReport:
    """Bring the index up to date and say what changed."""
    with open_index(paths, full=full) as ix:
        return ix.report


def rebuild_index(paths: Paths, notice: Notice | None = None) -> IndexReport:
    """Throw the index away and build it again from the files."""
    with _open(paths, True, rebuild=True, notice=notice) as ix:
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
            yield _parse(row.path)
        except (DataFileError, FileNotFoundError):
            continue

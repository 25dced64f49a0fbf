"""Opening the index: `open_index` and the calls built on it.

If the database is missing, from another schema, or corrupt (any
``sqlite3.DatabaseError`` other than "locked"), it is deleted and rebuilt from
the files. If the cache folder cannot be written, or the journal has no entries
folder yet, an in-memory index is used for that run. Several processes may read
and refresh at once (SQLite locking; creation is idempotent); one that cannot
get the write lock within `BUSY_SECONDS` raises `IndexBusy` (a MijError).
"""

from __future__ import annotations

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
            db = sqlite3.connect(":memory:", isolation_level=None)
            fts = _prepare(db, True)
            report = _refresh(paths, db, True, fts, notice)
            report.rebuilt = True
            return Index(paths, db, fts, report)
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
            if attempt:
                raise MijError(f"could not rebuild the search index at {index_path(paths)}; "
                               "you might delete the cache folder and try again.") from None
            _remove_database(index_path(paths))
        except BaseException:
            db.close()
            raise
    raise AssertionError("unreachable")


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

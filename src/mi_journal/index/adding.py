"""Telling the index about a note mi-journal has just written.

A read normally finds a new file by itself and parses it, which means loading
pydantic (about 0.1 s). `mij note` already knows the note is valid, so it
hands the index the row at once; the next `mij list` then has nothing to parse.
Best effort only: if the index is missing, busy, from another version or
damaged, nothing happens, and the next read picks the file up as usual.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.index.database import (
    IndexReplaced,
    begin_write,
    connect_tracked,
    index_path,
    prepare_schema,
)
from mi_journal.index.refresh import DIGEST_MAX_BYTES, RACY_SECONDS, upsert_row
from mi_journal.index.rows import note_row


def add_written_note(paths: Paths, path: Path) -> bool:
    """Index the note file at `path` (just written by mi-journal); True if it was.

    Never raises for anything the disk or the index may do: the note is saved
    already, and the index is only a cache the next read can bring up to date.
    """
    database = index_path(paths)
    try:
        if not database.is_file() or database.is_symlink():
            return False  # no index yet: the first read builds it, with this note
        row = _row_of_written_note(paths, path)
    except (OSError, ValueError, KeyError, TypeError):  # changed or gone meanwhile
        return False
    return row is not None and _insert(database, row)


def _row_of_written_note(paths: Paths, path: Path) -> tuple[object, ...] | None:
    import hashlib
    import tomllib

    from mi_journal.storage.files import open_regular_file

    with os.fdopen(open_regular_file(path), "rb") as handle:
        data = handle.read(DIGEST_MAX_BYTES + 1)
        info = os.fstat(handle.fileno())  # the time and size of the bytes just read
    if len(data) > DIGEST_MAX_BYTES or len(data) != info.st_size:
        return None
    try:
        stored = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if (stored.get("kind"), stored.get("schema"), stored.get("id")) != ("note", 1, path.stem):
        return None
    rel_path = path.relative_to(paths.entries)
    # Just written, so its time is too recent to trust by itself: keep a digest of
    # the bytes parsed, as a read does, so a change in the same clock tick is seen.
    racy = info.st_mtime_ns >= time.time_ns() - RACY_SECONDS * 1_000_000_000
    mtime = -1 if racy else info.st_mtime_ns
    digest = hashlib.blake2b(data, digest_size=16).hexdigest() if racy else None
    return (*note_row(rel_path.as_posix(), rel_path.parent.as_posix(), mtime, len(data),
                      stored), digest)


def _insert(database: Path, row: tuple[object, ...]) -> bool:
    import sqlite3

    try:
        db = connect_tracked(database, 0)
    except sqlite3.Error:
        return False
    try:
        prepare_schema(db, False)  # raises for an index of another schema, or without triggers
        begin_write(db)
        try:
            added = upsert_row(db, row, [], known=False)
            db.execute("COMMIT" if added else "ROLLBACK")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return added
    except (sqlite3.Error, MijError, OSError, IndexReplaced):
        return False
    finally:
        db.close()

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

from mi_journal.errors import MijError
from mi_journal.index.database import INDEX_SCHEMA, _begin_write, _prepare, index_path
from mi_journal.index.refresh import RACY_SECONDS, _digest, _upsert
from mi_journal.index.rows import note_row
from mi_journal.paths import Paths


def add_written_note(paths: Paths, path: Path) -> bool:
    """Index the note file at `path` (just written by mi-journal); True if it was."""
    database = index_path(paths)
    if not database.is_file() or database.is_symlink():
        return False  # no index yet: the first read builds it, with this note
    import sqlite3
    import tomllib
    try:
        info = os.lstat(path)
        with open(path, "rb") as handle:
            data = handle.read()
        stored = tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    if stored.get("kind") != "note" or stored.get("schema") != 1:
        return False
    rel_path = path.relative_to(paths.entries)
    folder = rel_path.parent.as_posix()
    # Just written, so its time is too recent to trust by itself: keep a digest of
    # the bytes, as a read does, so a change in the same clock tick is still seen.
    racy = info.st_mtime_ns >= time.time_ns() - RACY_SECONDS * 1_000_000_000
    mtime = -1 if racy else info.st_mtime_ns
    digest = _digest(str(path), info.st_size) if racy else None
    row = (*note_row(rel_path.as_posix(), folder, mtime, info.st_size, stored), digest)
    try:
        db = sqlite3.connect(str(database), timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        _prepare(db, False)
        found = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if found is None or found[0] != str(INDEX_SCHEMA):
            return False
        _begin_write(db)
        try:
            added = _upsert(db, row, [], known=False)
            db.execute("COMMIT" if added else "ROLLBACK")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return added
    except (sqlite3.Error, MijError):
        return False
    finally:
        db.close()

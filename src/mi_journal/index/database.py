"""The SQLite file itself: its schema and full-text triggers, where it lives
(``cache/index.sqlite3``, 0600 in a 0700 folder), and opening, creating,
checking and deleting it.

`prepare_schema` raises ``sqlite3.DatabaseError`` for a file that is not a usable
index (another schema, corrupt); the caller deletes it and builds again.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.index.search_text import SearchTerm, matches
from mi_journal.messages import index as index_msg

if TYPE_CHECKING:
    import sqlite3

# 7: ruler readings, and change talk read once (reflect/stored_talk.py). A WITHOUT ROWID
# table keeps its key's columns first: SQLite 3.40's quick_check misreads one whose
# key is declared in another order (it reported NULLs that were not there).
# 8: change talk summed by week over an index of its own; 9: by pack; 10: ruler totals by day
INDEX_SCHEMA = 10
INDEX_NAME = "index.sqlite3"
BUSY_SECONDS = 120


# Entry ids whose date or time may not be real (month 13, 31 April, 29 February...):
# the few rows `journal.journal_status` checks one by one (a partial index finds them).
ODD_ID_SQL = (
    "(substr(id, 5, 2) NOT BETWEEN '01' AND '12' OR substr(id, 7, 2) NOT BETWEEN '01' AND '28'"
    " AND NOT (substr(id, 7, 2) IN ('29', '30') AND substr(id, 5, 2) != '02')"
    " AND NOT (substr(id, 7, 2) = '31' AND substr(id, 5, 2) IN"
    " ('01', '03', '05', '07', '08', '10', '12'))"
    " OR substr(id, 10, 2) > '23' OR substr(id, 12, 2) > '59' OR substr(id, 14, 2) > '59')"
)

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS folders (rel TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    rel TEXT PRIMARY KEY, folder TEXT NOT NULL, id TEXT NOT NULL UNIQUE,
    mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
    created TEXT NOT NULL, created_ts REAL NOT NULL, day TEXT NOT NULL,
    kind TEXT NOT NULL, pack TEXT, stage TEXT, tags TEXT NOT NULL, goals TEXT NOT NULL,
    rulers TEXT NOT NULL, title TEXT, search TEXT NOT NULL, preview TEXT NOT NULL,
    tag_keys TEXT NOT NULL, goal_keys TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_by_time ON entries (created_ts DESC, id DESC);
CREATE INDEX IF NOT EXISTS entries_by_folder ON entries (folder);
CREATE INDEX IF NOT EXISTS entries_by_pack ON entries (pack) WHERE pack IS NOT NULL;
CREATE TABLE IF NOT EXISTS problems (
    rel TEXT PRIMARY KEY, folder TEXT NOT NULL, mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL, message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS problems_by_folder ON problems (folder);
CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS goals_cache (stamp TEXT NOT NULL, lines TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS racy (rel TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS entries_docs_ad AFTER DELETE ON entries BEGIN
    DELETE FROM docs WHERE id = old.rowid;
    DELETE FROM racy WHERE rel = old.rel;
END;
CREATE TABLE IF NOT EXISTS kept (name TEXT PRIMARY KEY, stamp TEXT NOT NULL,
                                 value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS readings (
    entry INTEGER NOT NULL, seq INTEGER NOT NULL, created_ts REAL NOT NULL,
    day TEXT NOT NULL, ruler TEXT NOT NULL, value INTEGER NOT NULL,
    PRIMARY KEY (entry, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS readings_by_ruler ON readings (ruler, created_ts);
CREATE INDEX IF NOT EXISTS readings_by_day ON readings (day, ruler, value);
-- Each day's readings of each ruler summed, kept by the triggers below as readings come
-- and go (an entry's readings go with its row), so `mij trends` reads a row a day.
CREATE TABLE IF NOT EXISTS ruler_days (
    day TEXT NOT NULL, ruler TEXT NOT NULL, total INTEGER NOT NULL, many INTEGER NOT NULL,
    low INTEGER NOT NULL, high INTEGER NOT NULL, PRIMARY KEY (day, ruler)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS readings_days_ai AFTER INSERT ON readings BEGIN
    INSERT INTO ruler_days VALUES (new.day, new.ruler, new.value, 1, new.value, new.value)
    ON CONFLICT (day, ruler) DO UPDATE SET total = total + excluded.total,
        many = many + 1, low = min(low, excluded.low), high = max(high, excluded.high);
END;
CREATE TRIGGER IF NOT EXISTS readings_days_ad AFTER DELETE ON readings BEGIN
    UPDATE ruler_days SET total = total - old.value, many = many - 1,
        low = coalesce((SELECT min(value) FROM readings
                        WHERE day = old.day AND ruler = old.ruler), 0),
        high = coalesce((SELECT max(value) FROM readings
                         WHERE day = old.day AND ruler = old.ruler), 0)
        WHERE day = old.day AND ruler = old.ruler;
    DELETE FROM ruler_days WHERE day = old.day AND ruler = old.ruler AND many <= 0;
END;
CREATE TABLE IF NOT EXISTS talk (
    entry INTEGER PRIMARY KEY, day TEXT NOT NULL, week TEXT NOT NULL,
    statements INTEGER NOT NULL, change INTEGER NOT NULL, sustain INTEGER NOT NULL,
    crisis INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS talk_by_week ON talk (week, day, statements, change, sustain, crisis);
CREATE TABLE IF NOT EXISTS quotes (
    entry INTEGER NOT NULL, seq INTEGER NOT NULL, created_ts REAL NOT NULL,
    eid TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    text TEXT NOT NULL, cues TEXT NOT NULL, PRIMARY KEY (entry, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quotes_by_key ON quotes (key, created_ts, eid, seq);
CREATE TABLE IF NOT EXISTS quote_words (
    entry INTEGER NOT NULL, seq INTEGER NOT NULL, word TEXT NOT NULL, stem TEXT NOT NULL,
    PRIMARY KEY (entry, seq, word)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS entries_derived_ad AFTER DELETE ON entries BEGIN
    DELETE FROM readings WHERE entry = old.rowid;
    DELETE FROM talk WHERE entry = old.rowid;
    DELETE FROM quotes WHERE entry = old.rowid;
    DELETE FROM quote_words WHERE entry = old.rowid;
END;
"""
_SCHEMA_SQL += f"CREATE INDEX IF NOT EXISTS entries_odd_ids ON entries (id) WHERE {ODD_ID_SQL};\n"

FTS_TRIGGERS = {
    "entries_ai": """CREATE TRIGGER IF NOT EXISTS entries_ai AFTER INSERT ON entries BEGIN
    INSERT INTO fts(rowid, search) VALUES (new.rowid, new.search);
END;""",
    "entries_ad": """CREATE TRIGGER IF NOT EXISTS entries_ad AFTER DELETE ON entries BEGIN
    INSERT INTO fts(fts, rowid, search) VALUES ('delete', old.rowid, old.search);
END;""",
    "entries_au": """CREATE TRIGGER IF NOT EXISTS entries_au AFTER UPDATE ON entries BEGIN
    INSERT INTO fts(fts, rowid, search) VALUES ('delete', old.rowid, old.search);
    INSERT INTO fts(rowid, search) VALUES (new.rowid, new.search);
END;""",
}
_FTS_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    search, content='entries', content_rowid='rowid',
    tokenize="unicode61 remove_diacritics 2"
);
""" + "\n".join(FTS_TRIGGERS.values()) + "\n"


def index_path(paths: Paths) -> Path:
    return paths.cache / INDEX_NAME


def _fts5_available(db: sqlite3.Connection) -> bool:
    try:
        options = {row[0] for row in db.execute("PRAGMA compile_options")}
    except Exception:
        return False
    return "ENABLE_FTS5" in options


# The files SQLite keeps beside the database and opens by itself, without
# O_NONBLOCK: a FIFO there would make every read wait forever.
_COMPANIONS = ("-journal", "-wal", "-shm")


def odd_files_beside(path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it that exist but are not
    regular files (a FIFO, a folder, a link, a device)."""
    import stat

    odd: list[Path] = []
    for suffix in ("", *_COMPANIONS):
        where = Path(f"{path}{suffix}")
        try:
            info = os.lstat(where)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(info.st_mode):
            odd.append(where)
    return odd


def clear_odd_companions(path: Path) -> None:
    """Remove anything beside the database that is not a regular file. The cache
    holds only derived data; OSError if it cannot be removed (the caller then
    reads the files instead)."""
    for odd in odd_files_beside(path):
        if odd != path:
            os.unlink(odd)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            os.unlink(f"{path}{suffix}")


def connect_file(paths: Paths) -> tuple[sqlite3.Connection, bool]:
    """Open (creating 0600 in a 0700 folder if needed) the database; True if it is new."""
    import stat

    path = index_path(paths)
    try:
        info: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        info = None
    created = False
    if info is None:
        from mi_journal.storage.files import ensure_private_dir

        ensure_private_dir(paths.cache)
        with contextlib.suppress(FileExistsError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)  # whatever the umask
            os.close(fd)
            created = True
    elif not stat.S_ISREG(info.st_mode):
        raise MijError(index_msg.index_not_regular(path))
    elif info.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    clear_odd_companions(path)
    return connect_tracked(path, BUSY_SECONDS), created


def connect_tracked(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection to the index file at `path` that remembers which file it opened
    (device and inode, taken just before), so a writer can tell when a rebuild
    has since swapped another file in (see `begin_write`)."""
    import sqlite3

    try:
        info = os.stat(path)
        inode: tuple[int, int] | None = (info.st_dev, info.st_ino)
    except OSError:
        inode = None
    db = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                         factory=_tracked_class())
    db.opened = (path, inode)  # type: ignore[attr-defined]
    return db


@functools.cache
def _tracked_class() -> type[sqlite3.Connection]:
    import sqlite3

    class TrackedConnection(sqlite3.Connection):
        opened: tuple[Path, tuple[int, int] | None] | None = None

    return TrackedConnection


class IndexReplaced(Exception):
    """A rebuild swapped a new index file in after this connection opened the old
    one: open the new one (internal to the index package)."""


def still_current(db: sqlite3.Connection) -> bool:
    """Whether the file this connection opened is still the one at its path."""
    opened = getattr(db, "opened", None)
    if opened is None:  # in memory, or a file opened some other way
        return True
    path, inode = opened
    try:
        info = os.stat(path)
    except OSError:
        return False
    return bool(inode == (info.st_dev, info.st_ino))


def prepare_schema(db: sqlite3.Connection, fresh: bool) -> bool:
    """Make sure the schema is ours; returns whether FTS5 is in use.

    Raises sqlite3.DatabaseError if the file is not a usable index.
    """
    import sqlite3

    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=OFF")  # Derived data: a crash just means a rebuild.
    # A deleted or edited entry's words must not linger in the cache's free space.
    db.execute("PRAGMA secure_delete=ON")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables:
        version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if version is None or version[0] != str(INDEX_SCHEMA):
            raise sqlite3.DatabaseError("index schema differs")
        fts = db.execute("SELECT value FROM meta WHERE key='fts'").fetchone()
        use_fts = fts is not None and fts[0] == "1"
        if use_fts:
            triggers = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type='trigger'")}
            if not triggers.issuperset(FTS_TRIGGERS):
                # A bulk fill cut off without its rollback (say, by a power cut, as the
                # index is written without syncing): search would go stale unseen.
                raise sqlite3.DatabaseError("index full-text triggers missing")
        return use_fts
    use_fts = _fts5_available(db)
    # Both values are our own constants, never input.
    # IF NOT EXISTS / OR IGNORE: two processes creating the index at once both succeed.
    meta = (f"INSERT OR IGNORE INTO meta VALUES ('schema', '{INDEX_SCHEMA}'), "  # noqa: S608
            f"('fts', '{1 if use_fts else 0}');")
    try:
        db.executescript("BEGIN IMMEDIATE;" + _SCHEMA_SQL + (_FTS_SQL if use_fts else "")
                         + meta + "COMMIT;")
    except BaseException:
        with contextlib.suppress(Exception):
            db.execute("ROLLBACK")
        raise
    return use_fts


def register_functions(db: sqlite3.Connection) -> None:
    def match_function(text: str, query: str) -> int:
        terms = [SearchTerm(tuple(t["words"]), t["phrase"]) for t in json.loads(query)]
        return 1 if matches(text, terms) else 0

    db.create_function("mij_match", 2, match_function, deterministic=True)


class IndexBusy(MijError):
    """Another mij holds the index for longer than we can wait."""


def begin_write(db: sqlite3.Connection) -> None:
    import sqlite3

    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise IndexBusy(index_msg.INDEX_BUSY) from None
        raise
    if not still_current(db):
        # Nothing is written yet, so no rollback journal exists. Writing now would
        # make one under the path's name, which the new file would take for its own.
        db.execute("ROLLBACK")
        raise IndexReplaced


def is_busy(exc: Exception) -> bool:
    """SQLite could not get a lock in time: another mij is at work, nothing is damaged."""
    import sqlite3

    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))

"""A derived index of the journal, kept in the cache folder, so reading stays fast.

The TOML files under ``entries/`` are the truth. This module keeps an SQLite
database (``cache/index.sqlite3``, 0600 in a 0700 folder) with one row per
entry: id, path, the file's mtime_ns and size, created, kind, pack, stage,
tags, goals, rulers, a normalized searchable text (casefolded, accents
stripped) and a short preview; and, in a table of its own, the entry's
canonical JSON text (exactly the line `mij export --format json` writes for
it), so exports need not read every file again. Nothing is ever lost by
deleting it.

Keeping it up to date
---------------------
Every read calls `refresh_index` (directly or through `open_index`). It walks
``entries/YYYY/MM`` with ``os.scandir`` and compares what is on disk with the
index: new and changed files (mtime_ns + size differ) are parsed and upserted,
vanished ones removed, and files that cannot be read are remembered as
problems (reported on every read until fixed, never parsed again while
unchanged). Writers (``mij note``, interviews) never touch the index, so adding
an entry costs the same at any journal size; the next read picks it up.

Which files are compared: every file, when the journal holds at most
`FULL_CHECK_MAX` entries. Above that, stat-ing every file on every read would
cost more than the whole query, so only month folders whose own mtime changed
are compared file by file (a folder's mtime changes whenever a file in it is
created, removed or renamed: every save by mi-journal, sync tools, editors that
save by renaming), plus always the two newest month folders. An in-place hand
edit of an older file in a large journal is picked up by ``mij reindex``.
Times within `RACY_SECONDS` of the scan are never trusted (a change in the same
clock tick would otherwise go unseen); such files and folders are looked at
again on the next read. For such a file the index keeps a digest of the bytes
it parsed (taken before parsing): while the file's bytes still match, it is
not parsed again, and once its time is settled the row is simply marked so.

If the database is missing, from another schema, or corrupt (any
``sqlite3.DatabaseError`` other than "locked"), it is deleted and rebuilt from
the files. If the cache folder cannot be written, or the journal has no entries
folder yet, an in-memory index is used for that run. Several processes may read
and refresh at once (SQLite locking; creation is idempotent); one that cannot
get the write lock within `BUSY_SECONDS` raises `IndexBusy` (a MijError). A first build
of many files parses them in parallel worker processes (Linux, 2+ CPUs) and
streams the rows into one transaction, so memory stays flat.

Search uses SQLite FTS5 when the library has it (``unicode61`` tokens over the
normalized text); otherwise a Python matcher over the same normalized column
gives the same results, only slower.

API for other features
----------------------
- ``refresh_index(paths, full=False) -> IndexReport``: bring the index up to date.
- ``rebuild_index(paths) -> IndexReport``: delete and build from scratch.
- ``open_index(paths) -> Index`` (a context manager): a refreshed index;
  ``ix.report`` says what the refresh found.
  - ``ix.query(EntryFilter(...), limit=None) -> list[IndexedEntry]`` newest first.
  - ``ix.search(query, EntryFilter(...), limit=None) -> list[IndexedEntry]``.
  - ``ix.resolve(ref) -> IndexedEntry`` for a full id, a unique prefix or
    suffix, or ``last``.
  - ``ix.count() -> int``, ``ix.ruler_readings() -> list[(created, id, ruler, value)]``.
  - ``ix.cached_goals(stamp)`` / ``ix.remember_goals(stamp, lines)``: the goals'
    export lines, kept for one state (stat stamp) of the goals file.
  - ``ix.entry_json(EntryFilter(...)) -> Iterator[str]``: each matching entry's
    canonical JSON, ordered by id, read in batches (memory stays flat). For
    exports, open the index with ``full=True`` so every file is compared.
- ``iter_entries(paths, EntryFilter(...), newest_first=True) -> Iterator[Entry]``:
  full entries read from their files, in index order (unreadable ones skipped;
  they are in ``refresh_index(paths).problems``).
- ``IndexedEntry`` fields: id, path, created (aware datetime), kind, pack, stage,
  tags, goals, rulers ([(ruler, value)]), title, preview; ``as_json()`` is the
  documented ``mij list --json`` object. ``EntryFilter`` fields: since, until
  (dates, inclusive, the entry's own local date), stage, pack, goal, tag
  (see `tag_key`), kind.
- ``normalize(text)`` and ``parse_query(words)`` are the search rules.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.errors import DataFileError, MijError, UsageProblem
from mi_journal.paths import Paths

if TYPE_CHECKING:
    import sqlite3

    from mi_journal.models import Entry

INDEX_SCHEMA = 5
INDEX_NAME = "index.sqlite3"
FULL_CHECK_MAX = 5_000
ALWAYS_CHECKED_MONTHS = 2
RACY_SECONDS = 2
PREVIEW_CHARS = 80
PARALLEL_MIN_FILES = 2_000
# Fill the full-text table in one pass when at least this many files changed.
BULK_FTS_MIN_FILES = 500
PARALLEL_MAX_WORKERS = 4
NOTICE_MIN_FILES = 2_000
BUSY_SECONDS = 120
DIGEST_MAX_BYTES = 4 * 1024 * 1024
EXPORT_BATCH = 1_000
_TEMP_SUFFIX = ".tmp"
_TOKEN = re.compile(r"[^\W_]+")


# --- text rules --------------------------------------------------------------


def normalize(text: str) -> str:
    """Casefold and strip accents: 'Café ÉTÉ' and 'cafe ete' compare equal."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def tag_key(tag: str) -> str:
    """Tags compare without case, accents or a leading # or @ (jrnl's tags keep their @)."""
    return normalize(tag.strip()).lstrip("#@").strip()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


@dataclass(frozen=True)
class SearchTerm:
    """One word (matches words that start with it) or a phrase (exact words in order)."""

    words: tuple[str, ...]
    phrase: bool


_QUOTED = re.compile(r'"([^"]*)"|(\S+)')


def parse_query(parts: Sequence[str]) -> list[SearchTerm]:
    """Turn the words typed after `mij search` into terms; all must match.

    `"like this"` (quotes typed inside one argument) and an argument holding
    spaces (quoted for the shell) are phrases. A word that contains
    punctuation ("e-mail") is a phrase of its parts.
    """
    terms: list[SearchTerm] = []
    for part in parts:
        if '"' in part:
            pieces = [(m.group(1), True) if m.group(1) is not None else (m.group(2), False)
                      for m in _QUOTED.finditer(part)]
        else:
            pieces = [(part, len(part.split()) > 1)]
        for text, quoted in pieces:
            words = tuple(tokens(text.replace('"', " ")))
            if not words:
                continue
            terms.append(SearchTerm(words=words, phrase=quoted or len(words) > 1))
    if not terms:
        raise UsageProblem("there is nothing to search for: give a word or a \"phrase\".")
    return terms


def _fts_query(terms: Sequence[SearchTerm]) -> str:
    parts = []
    for term in terms:
        if term.phrase:
            parts.append('"' + " ".join(term.words) + '"')
        else:
            parts.append(f'"{term.words[0]}"*')
    return " AND ".join(parts)


def _term_pattern(term: SearchTerm) -> re.Pattern[str]:
    start = r"(?<![^\W_])"
    if not term.phrase:
        return re.compile(start + re.escape(term.words[0]))
    body = r"[\W_]+".join(re.escape(word) for word in term.words)
    return re.compile(start + body + r"(?![^\W_])")


def matches(normalized_text: str, terms: Sequence[SearchTerm]) -> bool:
    """The search rule in Python: the same answers as the FTS5 query."""
    return all(_term_pattern(term).search(normalized_text) for term in terms)


def _needs_substring_search(terms: Sequence[SearchTerm]) -> bool:
    """Scripts written without spaces (CJK) form long tokens; search inside them."""
    return any(
        unicodedata.east_asian_width(ch) in ("W", "F")
        for term in terms for word in term.words for ch in word
    )


# --- what the index stores ---------------------------------------------------


@dataclass(frozen=True)
class IndexedEntry:
    id: str
    path: Path
    created: datetime
    kind: str
    pack: str | None
    stage: str | None
    tags: list[str]
    goals: list[str]
    rulers: list[tuple[str, int]]
    title: str | None
    preview: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created.isoformat(),
            "kind": self.kind,
            "pack": self.pack,
            "stage": self.stage,
            "tags": list(self.tags),
            "goals": list(self.goals),
            "rulers": {name: value for name, value in self.rulers},
            "title": self.title,
            "preview": self.preview,
            "path": str(self.path),
        }


@dataclass(frozen=True)
class EntryFilter:
    """Filters shared by list, search, export and trends. Dates are inclusive,
    compared with the entry's own local date."""

    since: date | None = None
    until: date | None = None
    stage: str | None = None
    pack: str | None = None
    goal: str | None = None
    tag: str | None = None
    kind: str | None = None


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    total: int = 0
    rebuilt: bool = False
    problems: list[DataFileError] = field(default_factory=list)


def _entry_texts(entry: Entry) -> list[str]:
    texts: list[str] = []
    for value in (entry.title, entry.text):
        if value:
            texts.append(value)
    for answer in entry.answers:
        answered = answer.value
        if isinstance(answered, str):
            texts.append(answered)
        elif isinstance(answered, list):
            texts.extend(str(item) for item in answered)
    if entry.summary:
        texts.append(entry.summary)
    texts.extend(entry.tags)
    return texts


def preview_of(entry: Entry) -> str:
    candidates: list[str | None] = [entry.title, entry.text, entry.summary]
    for answer in entry.answers:
        if isinstance(answer.value, str) and answer.kind.value in ("text", "long_text"):
            candidates.append(answer.value)
    for text in candidates:
        if text and text.strip():
            flat = " ".join(text.split())
            return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"
    return ""


def _row_for(rel: str, folder: str, mtime_ns: int, size: int, entry: Entry) -> tuple[Any, ...]:
    """The `entries` row for one entry, then (last) its canonical JSON for `docs`."""
    from mi_journal.exporting.json_format import entry_json

    rulers = [
        [answer.ruler.value, answer.value]
        for answer in entry.answers
        if answer.ruler is not None and isinstance(answer.value, int)
        and not isinstance(answer.value, bool)
    ]
    created = entry.created
    return (
        rel, folder, entry.id, mtime_ns, size,
        created.isoformat(), created.timestamp(), created.date().isoformat(),
        entry.kind.value, entry.pack, entry.stage.value if entry.stage else None,
        json.dumps(entry.tags, ensure_ascii=False), json.dumps(entry.goals),
        json.dumps(rulers), entry.title,
        normalize("\n".join(_entry_texts(entry))), preview_of(entry),
        "\x1f" + "\x1f".join(tag_key(tag) for tag in entry.tags) + "\x1f",
        "\x1f" + "\x1f".join(entry.goals) + "\x1f",
        entry_json(entry),
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
"""

_FTS_TRIGGERS = {
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
""" + "\n".join(_FTS_TRIGGERS.values()) + "\n"

_COLUMNS = "id, rel, created, kind, pack, stage, tags, goals, rulers, title, preview"
_SELECT_COLUMNS = ", ".join("e." + name.strip() for name in _COLUMNS.split(","))


# --- opening, creating, recovering -------------------------------------------


def index_path(paths: Paths) -> Path:
    return paths.cache / INDEX_NAME


def _fts5_available(db: sqlite3.Connection) -> bool:
    try:
        options = {row[0] for row in db.execute("PRAGMA compile_options")}
    except Exception:
        return False
    return "ENABLE_FTS5" in options


def _remove_database(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            os.unlink(f"{path}{suffix}")


def _connect_file(paths: Paths) -> tuple[sqlite3.Connection, bool]:
    """Open (creating 0600 in a 0700 folder if needed) the database; True if it is new."""
    import sqlite3
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
        raise MijError(f"{path} is not a regular file; mi-journal will not use it.")
    elif info.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    db = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None)
    return db, created


def _prepare(db: sqlite3.Connection, fresh: bool) -> bool:
    """Make sure the schema is ours; returns whether FTS5 is in use.

    Raises sqlite3.DatabaseError if the file is not a usable index.
    """
    import sqlite3

    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=OFF")  # Derived data: a crash just means a rebuild.
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables:
        version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if version is None or version[0] != str(INDEX_SCHEMA):
            raise sqlite3.DatabaseError("index schema differs")
        fts = db.execute("SELECT value FROM meta WHERE key='fts'").fetchone()
        return fts is not None and fts[0] == "1"
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


def _register_functions(db: sqlite3.Connection) -> None:
    def match_function(text: str, query: str) -> int:
        terms = [SearchTerm(tuple(t["words"]), t["phrase"]) for t in json.loads(query)]
        return 1 if matches(text, terms) else 0

    db.create_function("mij_match", 2, match_function, deterministic=True)


class Index:
    """A refreshed index; use `with open_index(paths) as ix:`."""

    def __init__(self, paths: Paths, db: sqlite3.Connection, fts: bool, report: IndexReport):
        self.paths = paths
        self.db = db
        self.fts = fts
        self.report = report
        _register_functions(db)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- queries ---

    def _row(self, row: Sequence[Any]) -> IndexedEntry:
        (entry_id, rel, created, kind, pack, stage, tags, goals, rulers, title, preview) = row
        return IndexedEntry(
            id=entry_id, path=self.paths.entries / rel,
            created=datetime.fromisoformat(created), kind=kind, pack=pack, stage=stage,
            tags=json.loads(tags), goals=json.loads(goals),
            rulers=[(name, value) for name, value in json.loads(rulers)],
            title=title, preview=preview,
        )

    def _where(self, filters: EntryFilter) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if filters.since is not None:
            clauses.append("e.day >= ?")
            params.append(filters.since.isoformat())
        if filters.until is not None:
            clauses.append("e.day <= ?")
            params.append(filters.until.isoformat())
        for column, value in (("stage", filters.stage), ("pack", filters.pack),
                              ("kind", filters.kind)):
            if value is not None:
                clauses.append(f"e.{column} = ?")
                params.append(value)
        if filters.tag is not None:
            clauses.append("instr(e.tag_keys, ?) > 0")
            params.append("\x1f" + tag_key(filters.tag) + "\x1f")
        if filters.goal is not None:
            clauses.append("instr(e.goal_keys, ?) > 0")
            params.append("\x1f" + filters.goal.strip() + "\x1f")
        return clauses, params

    def _select(self, clauses: list[str], params: list[Any], limit: int | None,
                join: str = "") -> list[IndexedEntry]:
        # Only fixed column names and clauses are joined; values are parameters.
        sql = f"SELECT {_SELECT_COLUMNS} FROM entries e"  # noqa: S608
        sql += join
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY e.created_ts DESC, e.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, max(limit, 0)]
        return [self._row(row) for row in self.db.execute(sql, params)]

    def query(self, filters: EntryFilter | None = None,
              limit: int | None = None) -> list[IndexedEntry]:
        """Entries matching `filters`, newest first."""
        clauses, params = self._where(filters or EntryFilter())
        return self._select(clauses, params, limit)

    def search(self, words: Sequence[str] | Sequence[SearchTerm],
               filters: EntryFilter | None = None,
               limit: int | None = None) -> list[IndexedEntry]:
        """Entries whose text matches every term, newest first."""
        terms = [w for w in words if isinstance(w, SearchTerm)]
        if len(terms) != len(words):
            terms = parse_query([w for w in words if isinstance(w, str)])
        clauses, params = self._where(filters or EntryFilter())
        if self.fts and not _needs_substring_search(terms):
            join = " JOIN fts ON fts.rowid = e.rowid"
            clauses.insert(0, "fts MATCH ?")
            params.insert(0, _fts_query(terms))
            return self._select(clauses, params, limit, join)
        if _needs_substring_search(terms):
            # Scripts without spaces make long tokens: look for each word anywhere.
            for word in (word for term in terms for word in term.words):
                clauses.append("instr(e.search, ?) > 0")
                params.append(word)
            return self._select(clauses, params, limit)
        clauses.append("mij_match(e.search, ?)")
        params.append(json.dumps([{"words": list(t.words), "phrase": t.phrase} for t in terms]))
        return self._select(clauses, params, limit)

    def resolve(self, reference: str) -> IndexedEntry:
        """A full id, a unique prefix or suffix of one, or `last`."""
        ref = reference.strip()
        if ref.lower() == "last":
            rows = self.query(limit=1)
            if not rows:
                raise MijError("there are no entries yet.")
            return rows[0]
        from mi_journal.storage.entries import find_entry_path

        path = find_entry_path(self.paths, ref)
        rows = self._select(["e.id = ?"], [path.stem], 1)
        if rows:
            return rows[0]
        for problem in self.report.problems:
            if Path(str(problem.path)).stem == path.stem:
                raise MijError(str(problem))
        raise MijError(f"no entry with id {path.stem}.")

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM entries").fetchone()[0])

    def cached_goals(self, stamp: str) -> list[str] | None:
        """The goals' export lines remembered for a goals file with this `stamp`."""
        row = self.db.execute("SELECT lines FROM goals_cache WHERE stamp = ?",
                              (stamp,)).fetchone()
        return None if row is None else list(json.loads(row[0]))

    def remember_goals(self, stamp: str, lines: list[str]) -> None:
        """Keep the goals' export lines for `stamp`; skipped if the index is busy."""
        import sqlite3

        try:
            self.db.execute("PRAGMA busy_timeout = 0")
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM goals_cache")
            self.db.execute("INSERT INTO goals_cache VALUES (?, ?)", (stamp, json.dumps(lines)))
            self.db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")

    def entry_json(self, filters: EntryFilter | None = None,
                   batch: int = EXPORT_BATCH) -> Iterator[str]:
        """The canonical JSON of each matching entry, ordered by id.

        Read `batch` rows at a time, each batch its own statement, so neither
        memory nor a read lock is held for the whole export (a slow reader of
        the output never keeps other mij processes from updating the index).
        """
        clauses, params = self._where(filters or EntryFilter())
        clauses.append("e.id > ?")
        # Only fixed column names and clauses are joined; values are parameters.
        sql = ("SELECT e.id, e.rel, d.json FROM entries e "  # noqa: S608
               "LEFT JOIN docs d ON d.id = e.rowid WHERE " + " AND ".join(clauses)
               + " ORDER BY e.id LIMIT ?")
        after = ""
        while True:
            rows = self.db.execute(sql, [*params, after, batch]).fetchall()
            for entry_id, rel, text in rows:
                after = entry_id
                if text is None:  # Not expected; the file still says what to write.
                    from mi_journal.exporting.json_format import entry_json

                    try:
                        text = entry_json(_parse(self.paths.entries / rel))
                    except (DataFileError, FileNotFoundError):
                        continue
                yield text
            if len(rows) < batch:
                return

    def entry_json_by_id(self, ids: Sequence[str]) -> dict[str, str]:
        """The canonical JSON (as `entry_json`) of each entry in `ids` the index holds."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            # Only placeholders are joined; the ids are parameters.
            sql = ("SELECT e.id, d.json FROM entries e JOIN docs d ON d.id = e.rowid "  # noqa: S608
                   "WHERE e.id IN (" + ",".join("?" * len(chunk)) + ")")
            found.update(self.db.execute(sql, chunk).fetchall())
        return found

    def ruler_readings(self, filters: EntryFilter | None = None
                       ) -> list[tuple[datetime, str, str, int]]:
        """(created, entry id, ruler, value) for every ruler answer, oldest first."""
        clauses, params = self._where(filters or EntryFilter())
        clauses.append("e.rulers != '[]'")
        sql = "SELECT e.created, e.id, e.rulers FROM entries e WHERE "
        sql += " AND ".join(clauses)
        sql += " ORDER BY e.created_ts, e.id"
        out: list[tuple[datetime, str, str, int]] = []
        for created, entry_id, rulers in self.db.execute(sql, params):
            when = datetime.fromisoformat(created)
            out.extend((when, entry_id, name, value) for name, value in json.loads(rulers))
        return out


# --- refreshing ----------------------------------------------------------------


@dataclass
class _Scan:
    folders: dict[str, int]
    folder_paths: dict[str, str]


def _scan_folders(root: Path) -> _Scan:
    """Month folders (entries/YYYY/MM) and their mtimes; links are not followed."""
    scan = _Scan(folders={}, folder_paths={})
    try:
        years = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return scan
    for year in years:
        if not year.is_dir(follow_symlinks=False):
            continue
        try:
            months = list(os.scandir(year.path))
        except OSError:
            continue
        for month in months:
            if not month.is_dir(follow_symlinks=False):
                continue
            try:
                mtime = month.stat(follow_symlinks=False).st_mtime_ns
            except OSError:
                continue
            rel = f"{year.name}/{month.name}"
            scan.folders[rel] = mtime
            scan.folder_paths[rel] = month.path
    return scan


def _is_entry_name(name: str) -> bool:
    return name.endswith(".toml") and not (name.startswith(".") and name.endswith(_TEMP_SUFFIX))


def _parse(path: Path) -> Entry:
    from mi_journal.storage.entries import read_entry

    try:
        return read_entry(path)
    except DataFileError:
        raise
    except MijError as problem:
        raise DataFileError(path, problem.message) from None


@dataclass(frozen=True)
class _Job:
    rel: str
    folder: str
    path: str
    mtime: int
    size: int
    known: bool


def _digest(path: str, size: int) -> str | None:
    """A digest of a file's bytes (links not followed), or None."""
    import hashlib

    if size > DIGEST_MAX_BYTES:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(DIGEST_MAX_BYTES + 1)
    except OSError:
        return None
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _parse_job(job: _Job) -> tuple[_Job, tuple[Any, ...] | None, str | None]:
    """(job, index row, None) or (job, None, problem) or (job, None, None) if gone.

    The row ends with the entry's JSON and, for a file whose time is too recent to
    trust, a digest of its bytes taken before parsing (so a later change shows).
    """
    digest = _digest(job.path, job.size) if job.mtime == -1 else None
    try:
        entry = _parse(Path(job.path))
    except DataFileError as problem:
        return job, None, problem.detail
    except FileNotFoundError:
        return job, None, None
    return job, (*_row_for(job.rel, job.folder, job.mtime, job.size, entry), digest), None


def _parse_jobs(jobs: list[_Job]) -> Iterator[tuple[_Job, tuple[Any, ...] | None, str | None]]:
    """Parse changed files in order; a big batch (a first build) is shared out over
    the CPUs. Results stream out, so memory stays flat at any journal size."""
    workers = min(os.cpu_count() or 1, PARALLEL_MAX_WORKERS)
    if len(jobs) < PARALLEL_MIN_FILES or workers < 2 or sys.platform != "linux":
        yield from (_parse_job(job) for job in jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Load what the workers need before forking, so each does not import it again.
    import mi_journal.models
    import mi_journal.storage.entries  # noqa: F401

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_parse_job, jobs, chunksize=256)


Notice = Callable[[int], None]


@dataclass
class _Plan:
    jobs: list[_Job]
    gone: list[str]
    vanished: list[str]
    folder_marks: list[tuple[str, int]]
    settled: list[tuple[int, str]] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.jobs or self.gone or self.vanished or self.folder_marks
                    or self.settled)


def _plan(paths: Paths, db: sqlite3.Connection, full: bool) -> _Plan:
    """Compare the files with the index: what to parse, drop and remember."""
    started = time.time_ns()
    racy_after = started - RACY_SECONDS * 1_000_000_000
    scan = _scan_folders(paths.entries)
    stored = dict(db.execute("SELECT rel, mtime_ns FROM folders").fetchall())
    known_count = db.execute("SELECT (SELECT count(*) FROM entries) + "
                             "(SELECT count(*) FROM problems)").fetchone()[0]
    check_all = full or known_count <= FULL_CHECK_MAX
    newest = set(sorted(scan.folders)[-ALWAYS_CHECKED_MONTHS:])
    to_check = [rel for rel, mtime in scan.folders.items()
                if check_all or rel in newest or stored.get(rel) != mtime]
    vanished = [rel for rel in stored if rel not in scan.folders]
    digests = dict(db.execute("SELECT rel, digest FROM racy").fetchall())
    settled: list[tuple[int, str]] = []

    gone: list[str] = []
    folder_marks: list[tuple[str, int]] = []
    jobs: list[_Job] = []
    for folder in sorted(to_check):
        known: dict[str, tuple[int, int]] = {}
        for rel, mtime, size in db.execute(
            "SELECT rel, mtime_ns, size FROM entries WHERE folder = ? UNION ALL "
            "SELECT rel, mtime_ns, size FROM problems WHERE folder = ?", (folder, folder)
        ):
            known[rel] = (mtime, size)
        try:
            items = list(os.scandir(scan.folder_paths[folder]))
        except OSError:
            items = []
        seen: set[str] = set()
        for item in items:
            if not _is_entry_name(item.name):
                continue
            rel = f"{folder}/{item.name}"
            try:
                info = item.stat(follow_symlinks=False)
            except OSError:
                continue
            seen.add(rel)
            mtime = info.st_mtime_ns if info.st_mtime_ns < racy_after else -1
            if known.get(rel) == (mtime, info.st_size) and mtime != -1:
                continue
            if (known.get(rel) == (-1, info.st_size) and rel in digests
                    and _digest(item.path, info.st_size) == digests[rel]):
                # Parsed while its time was too recent; the bytes are the same.
                if mtime != -1:
                    settled.append((mtime, rel))
                continue
            jobs.append(_Job(rel, folder, item.path, mtime, info.st_size, rel in known))
        gone.extend(rel for rel in known if rel not in seen)
        mark = scan.folders[folder] if scan.folders[folder] < racy_after else -1
        if stored.get(folder) != mark or mark == -1:
            folder_marks.append((folder, mark))

    return _Plan(jobs, gone, vanished, folder_marks, settled)


def _bulk_fts(db: sqlite3.Connection, fts: bool, changes: int) -> bool:
    """Whether to fill the full-text table in one pass at the end instead of row by row.

    Row-by-row triggers cost about three times the rest of an insert; one
    rebuild reads every row, so it pays only when much of the table changes
    (a first build, an import, a sync that brought many files).
    """
    if not fts or changes < BULK_FTS_MIN_FILES:
        return False
    rows = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    return changes * 2 >= rows


def _refresh(paths: Paths, db: sqlite3.Connection, full: bool, fts: bool,
             notice: Notice | None = None) -> IndexReport:
    import sqlite3

    report = IndexReport()
    bad: list[tuple[str, str, int, int, str]] = []
    plan = _plan(paths, db, full)
    if not plan.empty():
        # Plan again under the write lock: another mij may have done the work meanwhile.
        _begin_write(db)
        try:
            plan = _plan(paths, db, full)
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        if plan.empty():
            db.execute("ROLLBACK")
    jobs, gone, vanished, folder_marks = plan.jobs, plan.gone, plan.vanished, plan.folder_marks
    if notice is not None and len(jobs) >= NOTICE_MIN_FILES:
        notice(len(jobs))
    if not plan.empty():
        try:
            bulk = _bulk_fts(db, fts, len(jobs) + len(gone))
            if bulk:  # Dropped and made again inside this transaction: all or nothing.
                for name in _FTS_TRIGGERS:
                    db.execute(f"DROP TRIGGER IF EXISTS {name}")
            for folder in vanished:
                report.removed += db.execute("DELETE FROM entries WHERE folder = ?",
                                             (folder,)).rowcount
                db.execute("DELETE FROM problems WHERE folder = ?", (folder,))
                db.execute("DELETE FROM folders WHERE rel = ?", (folder,))
            for rel in gone:
                report.removed += db.execute("DELETE FROM entries WHERE rel = ?", (rel,)).rowcount
                db.execute("DELETE FROM problems WHERE rel = ?", (rel,))
            for job, row, detail in _parse_jobs(jobs):
                if row is not None:
                    if _upsert(db, row, bad, job.known):
                        report.updated += job.known
                        report.added += not job.known
                elif detail is not None:
                    bad.append((job.rel, job.folder, job.mtime, job.size, detail))
                elif job.known:  # Removed while we looked.
                    report.removed += db.execute("DELETE FROM entries WHERE rel = ?",
                                                 (job.rel,)).rowcount
                    db.execute("DELETE FROM problems WHERE rel = ?", (job.rel,))
            for rel, folder, mtime, size, message in bad:
                db.execute("DELETE FROM entries WHERE rel = ?", (rel,))
                db.execute("INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?, ?)",
                           (rel, folder, mtime, size, message))
            db.executemany("INSERT OR REPLACE INTO folders VALUES (?, ?)", folder_marks)
            db.executemany("UPDATE entries SET mtime_ns = ? WHERE rel = ?", plan.settled)
            db.executemany("DELETE FROM racy WHERE rel = ?", [(rel,) for _, rel in plan.settled])
            if bulk:
                db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
                for statement in _FTS_TRIGGERS.values():
                    db.execute(statement)
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
    report.total = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    report.problems = [
        DataFileError(paths.entries / rel, message)
        for rel, message in db.execute("SELECT rel, message FROM problems ORDER BY rel")
    ]
    return report


def _upsert(db: sqlite3.Connection, row: tuple[Any, ...],
            bad: list[tuple[str, str, int, int, str]], known: bool) -> bool:
    """Insert or replace one row; a file not `known` has no row or problem yet."""
    import sqlite3

    *columns, doc, digest = row
    placeholders = ", ".join("?" * len(columns))
    try:
        if known:
            db.execute("DELETE FROM problems WHERE rel = ?", (row[0],))
            db.execute("DELETE FROM entries WHERE rel = ?", (row[0],))
        cursor = db.execute(f"INSERT INTO entries VALUES ({placeholders})", columns)  # noqa: S608
        db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?)", (cursor.lastrowid, doc))
        if digest is not None:
            db.execute("INSERT OR REPLACE INTO racy VALUES (?, ?)", (row[0], digest))
        return True
    except sqlite3.IntegrityError:
        other = db.execute("SELECT rel FROM entries WHERE id = ?", (row[2],)).fetchone()
        where = other[0] if other else "another file"
        bad.append((row[0], row[1], row[3], row[4],
                    f"another file ({where}) already holds entry {row[2]}"))
        return False


class IndexBusy(MijError):
    """Another mij holds the index for longer than we can wait."""


def _begin_write(db: sqlite3.Connection) -> None:
    import sqlite3

    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise IndexBusy("another mi-journal is still updating the search index; "
                            "please try again in a moment.") from None
        raise


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

"""Reading a refreshed index: `Index` and its queries (list, search, resolve,
counts, ruler readings, the cached export JSON and goal lines)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Generator, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.index.database import (
    BUSY_SECONDS,
    IndexBusy,
    index_path,
    is_busy,
    register_functions,
    still_current,
)
from mi_journal.index.refresh import parse_entry
from mi_journal.index.rows import EntryFilter, IndexedEntry, IndexReport
from mi_journal.index.search_text import (
    SearchTerm,
    fts_query,
    needs_substring_search,
    parse_query,
    tag_key,
)
from mi_journal.messages import index as index_msg
from mi_journal.messages import journal as journal_msg
from mi_journal.messages import storage as storage_msg

if TYPE_CHECKING:
    import sqlite3

EXPORT_BATCH = 1_000

_COLUMNS = "id, rel, created, kind, pack, stage, tags, goals, rulers, title, preview"
_SELECT_COLUMNS = ", ".join("e." + name.strip() for name in _COLUMNS.split(","))


def file_stamp(path: Path) -> str | None:
    """A regular file's state (times, size, inode) when it is old enough to trust
    (`RACY_SECONDS`), for values kept with `Index.keep_value`; None otherwise."""
    import os
    import stat
    import time

    from mi_journal.index.refresh import RACY_SECONDS

    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    if max(info.st_mtime_ns, info.st_ctime_ns) >= time.time_ns() - RACY_SECONDS * 1_000_000_000:
        return None
    return f"{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_size}:{info.st_ino}"


class Index:
    """A refreshed index; use `with open_index(paths) as ix:`. Every query goes
    through `_fetch`, which mends a damaged index and asks again."""

    def __init__(self, paths: Paths, db: sqlite3.Connection, fts: bool, report: IndexReport,
                 mend: Callable[[Index], Index] | None = None):
        self.paths = paths
        self.db = db
        self.fts = fts
        self.report = report
        self._mend = mend
        register_functions(db)

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Run one query. An SQLite error other than "busy" means the cache is
        damaged (pages hurt since it was opened, the file cut short): it is
        mended once (or this run reads the files) and the query asked again."""
        import sqlite3

        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            if is_busy(exc):
                raise IndexBusy(index_msg.INDEX_BUSY) from None
            if self._mend is None:
                raise MijError(index_msg.index_unreadable(index_path(self.paths))) from None
        self.close()  # first: a statement it left open must not hold the old file
        mended = self._mend(self)
        self.db, self.fts, self._mend = mended.db, mended.fts, None
        self.report.rebuilt = True
        return self._fetch(sql, params)

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
        return [self._row(row) for row in self._fetch(sql, params)]

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
        if self.fts and not needs_substring_search(terms):
            join = " JOIN fts ON fts.rowid = e.rowid"
            clauses.insert(0, "fts MATCH ?")
            params.insert(0, fts_query(terms))
            return self._select(clauses, params, limit, join)
        if needs_substring_search(terms):
            # Scripts without spaces make long tokens: look for each word anywhere.
            for word in (word for term in terms for word in term.words):
                clauses.append("instr(e.search, ?) > 0")
                params.append(word)
            return self._select(clauses, params, limit)
        clauses.append("mij_match(e.search, ?)")
        params.append(json.dumps([{"words": list(t.words), "phrase": t.phrase} for t in terms]))
        return self._select(clauses, params, limit)

    def match_texts(self, ids: Sequence[str], words: Sequence[SearchTerm]
                    ) -> dict[str, tuple[str, str | None]]:
        """For each entry in `ids`: its stored JSON, and its searched text with FTS5's
        highlight markers (snippets.OPEN / CLOSE) around each match (None without FTS5)."""
        from mi_journal.index.snippets import CLOSE, OPEN

        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        use_fts = self.fts and not needs_substring_search(words)
        # Only placeholders are joined; the ids and the query are parameters.
        if use_fts:
            sql = ("SELECT e.id, d.json, highlight(fts, 0, ?, ?) FROM fts "  # noqa: S608
                   "JOIN entries e ON e.rowid = fts.rowid JOIN docs d ON d.id = e.rowid "
                   f"WHERE fts MATCH ? AND e.id IN ({marks})")
            params: list[Any] = [OPEN, CLOSE, fts_query(words), *wanted]
        else:
            sql = ("SELECT e.id, d.json, NULL FROM entries e "  # noqa: S608
                   f"JOIN docs d ON d.id = e.rowid WHERE e.id IN ({marks})")
            params = list(wanted)
        return {entry_id: (document, marked)
                for entry_id, document, marked in self._fetch(sql, params)}

    def resolve(self, reference: str) -> IndexedEntry:
        """A full id, a unique prefix or suffix of one, or `last`."""
        ref = reference.strip()
        if ref.lower() == "last":
            rows = self.query(limit=1)
            if not rows:
                raise MijError(journal_msg.NO_ENTRIES_YET)
            return rows[0]
        from mi_journal.storage.entries import find_entry_path

        rows = self._select(["e.id = ?"], [ref], 1)  # a full id, wherever its file is
        if rows:
            return rows[0]
        path = find_entry_path(self.paths, ref)
        rows = self._select(["e.id = ?"], [path.stem], 1)
        if rows:
            return rows[0]
        for problem in self.report.problems:
            if Path(str(problem.path)).stem == path.stem:
                raise MijError(str(problem))
        raise MijError(storage_msg.no_entry_with_id(path.stem))

    def path_of(self, entry_id: str) -> Path | None:
        """Where the file of entry `entry_id` is, whichever folder it is in (also
        for a file that cannot be read), or None."""
        rows = self._fetch("SELECT rel FROM entries WHERE id = ? UNION ALL "
                           "SELECT rel FROM problems WHERE rel LIKE ? ESCAPE '\\'",
                           (entry_id, "%/" + entry_id.replace("_", "\\_") + ".toml"))
        return self.paths.entries / rows[0][0] if rows else None

    def current_json(self, entry: IndexedEntry) -> str | None:
        """The canonical JSON the index keeps of `entry`, if its file is still the one
        that was indexed (same time and size, the refresh's own rule, and old enough
        to trust by them: `RACY_SECONDS`); None when the file must be read again."""
        import os
        import time

        from mi_journal.index.refresh import RACY_SECONDS

        rows = self._fetch("SELECT e.mtime_ns, e.size, d.json FROM entries e "
                           "JOIN docs d ON d.id = e.rowid WHERE e.id = ?", (entry.id,))
        if not rows:
            return None
        mtime, size, text = rows[0]
        try:
            info = os.lstat(entry.path)
        except OSError:
            return None
        settled = time.time_ns() - RACY_SECONDS * 1_000_000_000
        if mtime == -1 or (info.st_mtime_ns, info.st_size) != (mtime, size) \
                or info.st_mtime_ns >= settled:
            return None
        return str(text)

    def count(self) -> int:
        return int(self._fetch("SELECT count(*) FROM entries")[0][0])

    def cached_goals(self, stamp: str) -> list[str] | None:
        """The goals' export lines remembered for a goals file with this `stamp`."""
        rows = self._fetch("SELECT lines FROM goals_cache WHERE stamp = ?", (stamp,))
        return None if not rows else list(json.loads(rows[0][0]))

    def remember_goals(self, stamp: str, lines: list[str]) -> None:
        """Keep the goals' export lines for `stamp`; skipped if the index is busy."""
        self._write_if_free(
            ("DELETE FROM goals_cache", ()),
            ("INSERT INTO goals_cache VALUES (?, ?)", (stamp, json.dumps(lines))),
        )

    def _write_if_free(self, *statements: tuple[str, tuple[Any, ...]]) -> None:
        """Run `statements` in one transaction, or not at all if the index is busy just
        now or was replaced by a rebuild: what they keep is only a shortcut."""
        import sqlite3

        try:
            self.db.execute("PRAGMA busy_timeout = 0")
            self.db.execute("BEGIN IMMEDIATE")
            if not still_current(self.db):  # a rebuild swapped a new file in: leave it
                raise sqlite3.OperationalError("index file replaced")
            for sql, params in statements:
                self.db.execute(sql, params)
            self.db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")

    def rulers_newest_first(
        self, kinds: Sequence[str]
    ) -> Generator[tuple[str, str | None, str, str], None, None]:
        """Kind, stage, time and rulers (JSON) of the entries of these kinds, newest
        first (by id), read only as far as the caller goes; closing the iterator ends
        the statement, so the connection can write again."""
        marks = ",".join("?" * len(kinds))
        cursor = self.db.execute(
            f"SELECT kind, stage, created, rulers FROM entries WHERE kind IN ({marks}) "  # noqa: S608
            "ORDER BY id DESC", tuple(kinds))
        try:
            yield from cursor
        finally:
            cursor.close()

    def kept_for_file(self, name: str, path: Path, work_out: Callable[[], str | None],
                      depends_on: str = "") -> str | None:
        """`work_out()`, kept under `name` while the file at `path` (and `depends_on`, a
        digest of whatever else the value is worked out from) stays the same. A file
        too fresh to trust by its state (`file_stamp`) gets the value worked out and
        not kept; so does a None."""
        stamp = file_stamp(path)
        if stamp is not None:
            stamp += depends_on
            kept = self.kept_value(name, stamp)
            if kept is not None:
                return kept
        value = work_out()
        if stamp is not None and value is not None:
            self.keep_value(name, stamp, value)
        return value

    def kept_value(self, name: str, stamp: str) -> str | None:
        """What `keep_value` kept under `name` for this `stamp` (say, a file's state)."""
        rows = self._fetch("SELECT value FROM kept WHERE name = ? AND stamp = ?", (name, stamp))
        return None if not rows else str(rows[0][0])

    def keep_value(self, name: str, stamp: str, value: str) -> None:
        """Keep `value` under `name` for `stamp`; skipped if the index is busy."""
        self._write_if_free(
            ("INSERT OR REPLACE INTO kept VALUES (?, ?, ?)", (name, stamp, value)),
        )

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
            rows = self._fetch(sql, [*params, after, batch])
            for entry_id, rel, text in rows:
                after = entry_id
                if text is None:  # Not expected; the file still says what to write.
                    from mi_journal.storage.record_json import entry_json

                    try:
                        text = entry_json(parse_entry(self.paths.entries / rel))
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
            found.update(self._fetch(sql, chunk))
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
        for created, entry_id, rulers in self._fetch(sql, params):
            when = datetime.fromisoformat(created)
            out.extend((when, entry_id, name, value) for name, value in json.loads(rulers))
        return out

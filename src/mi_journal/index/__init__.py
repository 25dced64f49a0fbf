"""A derived index of the journal, kept in the cache folder, so reading stays fast.

The TOML files under ``entries/`` are the truth. This package keeps an SQLite
database (``cache/index.sqlite3``, 0600 in a 0700 folder) with one row per
entry: id, path, the file's mtime_ns and size, created, kind, pack, stage,
tags, goals, rulers, a normalized searchable text (casefolded, accents
stripped) and a short preview; and, in a table of its own, the entry's
canonical JSON text (exactly the line `mij export --format json` writes for
it), so exports need not read every file again. Nothing is ever lost by
deleting it. Every read brings it up to date with the files first.

Where things are
----------------
- ``search_text``: the search rules in pure text (`normalize`, `tag_key`,
  `parse_query`, `matches`); no SQLite.
- ``rows``: what one entry becomes in the index, and the records read back
  (`IndexedEntry`, `EntryFilter`, `IndexReport`, `preview_of`).
- ``database``: the SQLite file: schema, full-text triggers, `index_path`,
  creating, checking and deleting it, `IndexBusy`.
- ``refresh``: comparing the files with the index and bringing it up to date
  (which files are compared, racy times, parallel parsing); its tunables
  (`FULL_CHECK_MAX`, `RACY_SECONDS`, ...) live there.
- ``queries``: `Index`, a refreshed index and its queries.
- ``opening``: `open_index`, `refresh_index`, `rebuild_index`, `iter_entries`,
  and recovering from a missing, foreign or corrupt file.

Import from ``mi_journal.index``; a test that changes a module's constant or
function patches the submodule that uses it (the package only re-exports).
A name the parts share is public (no leading underscore); a leading underscore
means private to its own file.

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

from mi_journal.index.database import IndexBusy, index_path
from mi_journal.index.opening import iter_entries, open_index, rebuild_index, refresh_index
from mi_journal.index.queries import Index
from mi_journal.index.refresh import RACY_SECONDS, Notice
from mi_journal.index.rows import EntryFilter, IndexedEntry, IndexReport, preview_of
from mi_journal.index.search_text import (
    SearchTerm,
    matches,
    normalize,
    parse_query,
    tag_key,
    tokens,
)

__all__ = [
    "RACY_SECONDS",
    "EntryFilter",
    "Index",
    "IndexBusy",
    "IndexReport",
    "IndexedEntry",
    "Notice",
    "SearchTerm",
    "index_path",
    "iter_entries",
    "matches",
    "normalize",
    "open_index",
    "parse_query",
    "preview_of",
    "rebuild_index",
    "refresh_index",
    "tag_key",
    "tokens",
]

"""The person's change talk, read once per entry and kept in the index.

`mij reflect` used to tag every sentence of the whole journal on every run. Here
each entry is read once (`fill_talk`): its own words are screened for crisis
language and tagged exactly as `mij reflect` does (`summaries.talk_of`), and the index
keeps, per entry, how many statements it holds (change, sustain) and how many of
its texts had crisis words left out (`talk`), and every quotable change-talk
statement (`quotes`, with its words for the recurring reasons in `quote_words`).
Nothing with crisis words ever reaches `quotes`: the screen runs before tagging,
as in the full path.

These rows belong to the entry's row: when a file changes, its row is replaced
and the trigger `entries_derived_ad` (index/database.py) drops them, so the entry
is read again on the next `reflect`. They are filled lazily, by the first reader
that needs them, so that writing a note or listing never loads the tagger. The
tagger and the crisis detector may change between versions: `talk_fingerprint`
digests their files, and stored talk from another fingerprint is dropped and read
again (safety first: a detector that now knows more words must see every entry).

`reflection_from_index` answers `build_reflection` from these tables with SQL
(counts, weeks, dedupe, grouping, themes), so its cost hardly grows with the
journal. tests/unit/test_index_served.py checks that both give the same result.

The tables are the index's (index/database.py: `talk`, `quotes`, `quote_words`);
the reading lives here, in reflect/, because the index sits below the tagger and
the crisis detector and never imports them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.reflect.summaries import QUOTES_PER_KIND, build_reflection, hidden_keys

if TYPE_CHECKING:
    import sqlite3

    from mi_journal.core.errors import DataFileError
    from mi_journal.core.paths import Paths
    from mi_journal.index import Index
    from mi_journal.reflect.summaries import Quote, Reflection
    from mi_journal.storage.models import Entry

FILL_BATCH = 1_000
NOTICE_MIN_ENTRIES = 2_000
_FINGERPRINT_KEY = "talk"
# Counts every change fill_talk makes to the stored talk (meta table); see `talk_state`.
_VERSION_KEY = "talk version"
_KEPT_AS = "reflection"


@functools.cache
def talk_fingerprint() -> str:
    """A digest of every file that decides what is change talk or crisis language
    (the change-talk package, the crisis detector and its data, reflect's reading
    of an entry, this module): stored talk is only trusted for the same digest."""
    package = Path(__file__).resolve().parent.parent
    files: list[Path] = []
    for folder in ("changetalk", "crisis"):
        where = package / folder
        if where.is_dir():
            files.extend(p for p in where.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts)
    for name in ("reflect/summaries.py", "reflect/stored_talk.py"):
        if (package / name).is_file():
            files.append(package / name)
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(files):
        digest.update(str(path.relative_to(package)).encode("utf-8", "surrogateescape"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _rows_for(rowid: int, entry: Entry, created_ts: float
              ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The `talk` row, the `quotes` rows and the `quote_words` rows of one entry."""
    from mi_journal.changetalk import CHANGE, SUSTAIN
    from mi_journal.changetalk.select import dedupe_key
    from mi_journal.reflect.summaries import THEME_KINDS, quote_words, talk_of

    day = entry.created.date()
    statements = change = sustain = crisis = 0
    quotes: list[tuple[Any, ...]] = []
    words: list[tuple[Any, ...]] = []
    for tagged_list, quoted, left_out in talk_of(entry):
        crisis += left_out
        for tagged in tagged_list:
            statements += 1
            change += tagged.label == CHANGE
            sustain += tagged.label == SUSTAIN
        for tagged in quoted:  # whole pieces (`changetalk.select.piece_quotes`)
            if tagged.kind is None:
                continue
            key = dedupe_key(tagged.text)
            if not key:
                continue
            seq = len(quotes)
            quotes.append((rowid, seq, created_ts, entry.id, day.isoformat(), tagged.kind, key,
                           tagged.text.strip(), json.dumps(list(tagged.cues))))
            if tagged.kind in THEME_KINDS:
                words.extend((rowid, seq, word, stem)
                             for word, stem in quote_words(tagged.text.strip()))
    talk = (rowid, day.isoformat(), _week_start(day).isoformat(), statements, change, sustain,
            crisis)
    return talk, quotes, words


# (rowid, rel, created_ts, the entry's JSON, mtime_ns, size) of an entry to read
Pending = tuple[int, str, float, str | None, int, int]
Rows = tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _untagged(db: sqlite3.Connection, after: int, batch: int) -> list[Pending]:
    return db.execute(
        "SELECT e.rowid, e.rel, e.created_ts, d.json, e.mtime_ns, e.size FROM entries e "
        "LEFT JOIN docs d ON d.id = e.rowid "
        "WHERE e.rowid > ? AND NOT EXISTS (SELECT 1 FROM talk t WHERE t.entry = e.rowid) "
        "ORDER BY e.rowid LIMIT ?", (after, batch)).fetchall()


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def fill_talk(db: sqlite3.Connection, entries_folder: Path,
              notice: Callable[[int], None] | None = None) -> int:
    """Read the change talk of every entry the index has not read yet, and keep it;
    returns how many entries were read. Talk stored under another fingerprint is
    dropped first. Each batch is its own transaction (a stop loses nothing)."""
    from mi_journal.index.database import begin_write

    fingerprint = talk_fingerprint()
    stored = db.execute("SELECT value FROM meta WHERE key = ?", (_FINGERPRINT_KEY,)).fetchone()
    if stored is None or stored[0] != fingerprint:
        begin_write(db)
        try:
            for table in ("talk", "quotes", "quote_words"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                       (_FINGERPRINT_KEY, fingerprint))
            _count_a_change(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    # Talk rows exist only beside their entry's row (the trigger drops them with it),
    # so equal counts mean every entry has been read.
    missing = _count(db, "entries") - _count(db, "talk")
    if missing <= 0:
        return 0
    if notice is not None and missing >= NOTICE_MIN_ENTRIES:
        notice(missing)
    with _reader(entries_folder, missing) as read:
        return _fill(db, read)


def _count_a_change(db: sqlite3.Connection) -> None:
    """Within fill_talk's transaction: one more change to the stored talk."""
    db.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT (key) DO UPDATE "
               "SET value = CAST(value AS INTEGER) + 1", (_VERSION_KEY,))


def talk_state(db: sqlite3.Connection) -> str:
    """A mark that differs whenever the stored talk (and so the reflection) differs.

    Rows are added only by fill_talk, which counts each change it makes (adding or
    dropping rows); besides, rows go only with their entry's row (the index's trigger),
    which lowers their number. So (changes counted, rows held) never comes back to an
    earlier pair with other rows: growing again needs fill_talk, which counts."""
    found = db.execute("SELECT value FROM meta WHERE key = ?", (_VERSION_KEY,)).fetchone()
    return f"{found[0] if found else 0}:{_count(db, 'talk')}"


def _fill(db: sqlite3.Connection, read: Callable[[list[Pending]], list[Rows]]) -> int:
    from mi_journal.index.database import begin_write

    done = after = 0
    while True:
        pending = _untagged(db, after, FILL_BATCH)
        if not pending:
            return done
        after = pending[-1][0]
        made = read(pending)
        begin_write(db)
        try:
            for (rowid, rel, _, _, mtime, size), (talk, quotes, words) in zip(
                    pending, made, strict=True):
                # A row replaced meanwhile (another process) gets its own talk later.
                if db.execute("SELECT 1 FROM entries WHERE rowid = ? AND rel = ? AND "
                              "mtime_ns = ? AND size = ?", (rowid, rel, mtime, size)).fetchone():
                    db.execute("INSERT OR REPLACE INTO talk VALUES (?, ?, ?, ?, ?, ?, ?)", talk)
                    db.executemany("INSERT OR REPLACE INTO quotes VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
                    db.executemany("INSERT OR REPLACE INTO quote_words VALUES (?, ?, ?, ?)",
                                   words)
            _count_a_change(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        done += len(made)
        if len(pending) < FILL_BATCH:
            return done


def _read_one(job: tuple[Path, Pending]) -> Rows:
    entries_folder, (rowid, rel, created_ts, document, _, _) = job
    from mi_journal.index.refresh import entry_from

    entry = entry_from(entries_folder / rel, document)
    if entry is None:  # gone or unreadable since it was indexed: nothing to say
        return (rowid, "", "", 0, 0, 0, 0), [], []
    return _rows_for(rowid, entry, created_ts)


@contextlib.contextmanager
def _reader(entries_folder: Path, missing: int
            ) -> Iterator[Callable[[list[Pending]], list[Rows]]]:
    """Reads batches of entries: in this process, or, for many (a first `reflect`
    after a big import), shared out over the CPUs as the index's first build is."""
    from mi_journal.index.refresh import PARALLEL_MAX_WORKERS, PARALLEL_MIN_FILES, die_with_parent

    workers = min(os.cpu_count() or 1, PARALLEL_MAX_WORKERS)
    if missing < PARALLEL_MIN_FILES or workers < 2 or sys.platform != "linux":
        yield lambda pending: [_read_one((entries_folder, job)) for job in pending]
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Build the word lists and the crisis patterns before forking, not once per worker.
    from mi_journal.changetalk import tag_statement

    tag_statement("I want to warm up.")
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        yield lambda pending: list(pool.map(
            _read_one, [(entries_folder, job) for job in pending], chunksize=25))


# --- answering `mij reflect` from the index ------------------------------------------


def _chosen_table(db: sqlite3.Connection, since: date | None, hidden: frozenset[str]) -> int:
    """temp.chosen: the quotes `summaries._collect` keeps: the first saying of each
    wording in the period (by time, then id, then place in the entry), none set aside.
    Returns how many wordings were left out as set aside.

    The first saying comes from the index on (key, time): the earliest time per
    wording, and among sayings at that very time the least id and place. SQLite picks
    them (one row per wording, however often it was said)."""
    in_period = "" if since is None else " WHERE day >= ?"
    params = () if since is None else (since.isoformat(),)
    db.execute("DROP TABLE IF EXISTS temp.set_aside")
    db.execute("CREATE TEMP TABLE set_aside (key TEXT PRIMARY KEY) WITHOUT ROWID")
    db.executemany("INSERT OR IGNORE INTO temp.set_aside VALUES (?)", ((key,) for key in hidden))
    db.execute("DROP TABLE IF EXISTS temp.firsts")
    db.execute(
        "CREATE TEMP TABLE firsts AS SELECT key, entry, seq FROM (SELECT q.key, q.entry, "  # noqa: S608
        "q.seq, row_number() OVER (PARTITION BY q.key ORDER BY q.eid, q.seq) AS n FROM "
        f"(SELECT key, min(created_ts) AS ts FROM quotes{in_period} GROUP BY key) m "
        "JOIN quotes q ON q.key = m.key AND q.created_ts = m.ts) WHERE n = 1", params)
    set_aside = db.execute("SELECT count(*) FROM temp.firsts WHERE key IN "
                           "(SELECT key FROM temp.set_aside)").fetchone()[0]
    db.execute("DROP TABLE IF EXISTS temp.chosen")
    db.execute(
        "CREATE TEMP TABLE chosen AS SELECT q.entry, q.seq, q.created_ts, q.eid, q.day, "
        "q.kind, q.key, q.text, q.cues, row_number() OVER (ORDER BY q.created_ts, q.eid, "
        "q.seq) AS ord FROM temp.firsts f JOIN quotes q ON q.entry = f.entry AND q.seq = f.seq "
        "WHERE f.key NOT IN (SELECT key FROM temp.set_aside)")
    return int(set_aside)


def _quote(row: tuple[Any, ...]) -> Quote:
    from mi_journal.reflect.summaries import Quote

    text, kind, entry_id, day, cues, key = row
    return Quote(text, kind, entry_id, date.fromisoformat(day), tuple(json.loads(cues)), key)


_QUOTE_COLUMNS = "text, kind, eid, day, cues, key"
_ORDER = "created_ts, eid, seq"


def reflection_from_index(db: sqlite3.Connection, since: date | None, per_kind: int,
                          hidden: frozenset[str]) -> Reflection:
    """`reflect.build_reflection` over the index's stored talk (see the module doc)."""
    from mi_journal.changetalk import KINDS_CHANGE, MOBILIZING
    from mi_journal.reflect.summaries import (
        RECENT_DAYS,
        STRONGEST_LIMIT,
        THEME_KINDS,
        THEME_LIMIT,
        KindGroup,
        Reflection,
        Theme,
        WeekTally,
    )

    reflection = Reflection(since=since)
    reflection.entries = db.execute(
        "SELECT count(*) FROM entries" if since is None else
        "SELECT count(*) FROM entries WHERE day >= ?",
        () if since is None else (since.isoformat(),)).fetchone()[0]
    weeks = _week_totals(db, since)
    reflection.statements = sum(week[0] for week in weeks.values())
    reflection.change = sum(week[1] for week in weeks.values())
    reflection.sustain = sum(week[2] for week in weeks.values())
    reflection.crisis_left_out = sum(week[3] for week in weeks.values())
    reflection.hidden = _chosen_table(db, since, hidden)
    rank = {kind: index for index, kind in enumerate(KINDS_CHANGE)}
    rank_sql = "CASE kind " + " ".join(f"WHEN '{k}' THEN {i}" for k, i in rank.items()) + " END"
    mobilizing = ", ".join(f"'{kind}'" for kind in MOBILIZING)
    totals = dict(db.execute("SELECT kind, count(*) FROM temp.chosen GROUP BY kind").fetchall())
    by_kind: dict[str, list[Quote]] = {}
    for row in db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM (SELECT *, row_number() OVER (PARTITION BY kind "  # noqa: S608
            f"ORDER BY day DESC, {_ORDER}) AS n FROM temp.chosen) WHERE n <= ? "
            f"ORDER BY kind, n", (max(per_kind, 0),)):
        by_kind.setdefault(row[1], []).append(_quote(row))
    reflection.groups = [KindGroup(kind, tuple(by_kind.get(kind, ())), totals[kind])
                         for kind in KINDS_CHANGE if totals.get(kind)]
    latest = db.execute("SELECT max(day) FROM temp.chosen").fetchone()[0]
    if latest is not None:
        after = (date.fromisoformat(latest) - timedelta(days=RECENT_DAYS)).isoformat()
        reflection.strongest = [_quote(row) for row in db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM temp.chosen WHERE day > ? "  # noqa: S608
            f"ORDER BY kind NOT IN ({mobilizing}), day DESC, {rank_sql}, {_ORDER} LIMIT ?",
            (after, STRONGEST_LIMIT))]
    reflection.themes = _themes(db, THEME_KINDS, THEME_LIMIT, Theme)
    reflection.weeks = _weeks(weeks, since, WeekTally)
    return reflection


def _themes(db: sqlite3.Connection, kinds: tuple[str, ...], limit: int,
            theme: Any) -> list[Any]:
    """`summaries._themes` over the chosen quotes' stored words: per stem, how many
    quotes hold it, its most frequent form (the first said, among equals) and its
    latest quote (the last said, among quotes of the same day). SQLite ranks the
    stems; only the words of the few shown are read here."""
    marks = ", ".join("?" * len(kinds))
    words = ("SELECT w.stem, w.word, c.ord, c.day FROM temp.chosen c JOIN quote_words w "  # noqa: S608
             f"ON w.entry = c.entry AND w.seq = c.seq WHERE c.kind IN ({marks})")
    ranked = db.execute(
        f"SELECT stem, count(DISTINCT ord) AS n FROM ({words}) GROUP BY stem "  # noqa: S608
        "HAVING n >= 2 ORDER BY n DESC, stem LIMIT ?", (*kinds, max(limit, 0))).fetchall()
    if not ranked:
        return []
    forms: dict[str, dict[str, int]] = {stem: {} for stem, _ in ranked}  # first said first
    examples: dict[str, tuple[str, int]] = {}
    for stem, word, ord_, day in db.execute(  # in the order the quotes were said
            f"SELECT * FROM ({words}) WHERE stem IN ({', '.join('?' * len(ranked))}) "  # noqa: S608
            "ORDER BY ord, word", (*kinds, *(stem for stem, _ in ranked))):
        seen = forms[stem]
        seen[word] = seen.get(word, 0) + 1
        if stem not in examples or (day, ord_) >= examples[stem]:
            examples[stem] = (day, ord_)
    themes = []
    for stem, count in ranked:
        word = max(forms[stem], key=forms[stem].__getitem__)  # the first of the most said
        example = db.execute(f"SELECT {_QUOTE_COLUMNS} FROM temp.chosen WHERE ord = ?",  # noqa: S608
                             (examples[stem][1],)).fetchone()
        themes.append(theme(word=word, count=count, example=_quote(example)))
    return themes


def _week_totals(db: sqlite3.Connection, since: date | None
                 ) -> dict[str, tuple[int, int, int, int]]:
    """Per week (its Monday): statements, change, sustain, texts with crisis left out;
    summed over the index on weeks, not the table."""
    return {week: (int(statements), int(change), int(sustain), int(crisis))
            for week, statements, change, sustain, crisis in db.execute(
                "SELECT week, total(statements), total(change), total(sustain), "
                "total(crisis) FROM talk WHERE day >= ? GROUP BY week",
                (since.isoformat() if since else "",))}


def _weeks(totals: dict[str, tuple[int, int, int, int]], since: date | None,
           tally: Any) -> list[Any]:
    """Weeks from the first with a statement (or `since`) to the last with one."""
    counts = {date.fromisoformat(week): (change, sustain)
              for week, (statements, change, sustain, _) in totals.items() if statements > 0}
    if not counts:
        return []
    first = _week_start(since) if since else min(counts)
    last = max(counts)
    weeks = []
    start = first
    while start <= last:
        change, sustain = counts.get(start, (0, 0))
        weeks.append(tally(start, change, sustain))
        start += timedelta(days=7)
    return weeks


def journal_reflection(
    paths: Paths, since: date | None = None, per_kind: int = QUOTES_PER_KIND,
    notice: Callable[[int], None] | None = None,
) -> tuple[Reflection, list[DataFileError]]:
    """`build_reflection` over the whole journal, and the entry files that could not
    be read. Served from the index, which reads each entry's change talk once and
    keeps it (reflect/stored_talk.py); if the index cannot be used just now, every entry is
    read and tagged as before."""
    import sqlite3

    from mi_journal.index import IndexBusy, open_index

    try:
        with open_index(paths) as index:
            problems = list(index.report.problems)
            hidden = kept_hidden_keys(paths, index)
            fill_talk(index.db, paths.entries, notice)
            return _kept_reflection(index, since, per_kind, hidden), problems
    except (sqlite3.Error, IndexBusy):
        from mi_journal.storage.entries import load_entries

        loaded = load_entries(paths)
        return (build_reflection(loaded.entries, since, per_kind, hidden_keys(paths)),
                loaded.problems)


def _kept_reflection(index: Index, since: date | None, per_kind: int,
                     hidden: frozenset[str]) -> Reflection:
    """`reflection_from_index`, kept in the index while the stored talk (`talk_state`),
    the quotes set aside, the period, the program and the talk fingerprint stay the
    same: sums over every week and wording then cost nothing at any size."""
    from mi_journal import __version__

    set_aside = hashlib.blake2b("\n".join(sorted(hidden)).encode("utf-8", "surrogatepass"),
                                digest_size=16).hexdigest()
    stamp = "|".join((talk_state(index.db), str(since), str(per_kind), set_aside,
                      talk_fingerprint(), __version__))
    kept = index.kept_value(_KEPT_AS, stamp)
    if kept is not None:
        return reflection_from_record(json.loads(kept))
    reflection = reflection_from_index(index.db, since, per_kind, hidden)
    index.keep_value(_KEPT_AS, stamp, json.dumps(reflection_record(reflection)))
    return reflection


def reflection_record(reflection: Reflection) -> dict[str, Any]:
    """Every field of a Reflection as JSON data (`reflection_from_record` reads it back)."""
    def quote(q: Quote) -> list[Any]:
        return [q.text, q.kind, q.entry_id, q.day.isoformat(), list(q.cues), q.key]

    return {
        "since": reflection.since.isoformat() if reflection.since else None,
        "entries": reflection.entries, "statements": reflection.statements,
        "change": reflection.change, "sustain": reflection.sustain,
        "hidden": reflection.hidden, "crisis_left_out": reflection.crisis_left_out,
        "strongest": [quote(q) for q in reflection.strongest],
        "groups": [[g.kind, [quote(q) for q in g.quotes], g.total] for g in reflection.groups],
        "themes": [[t.word, t.count, quote(t.example)] for t in reflection.themes],
        "weeks": [[w.start.isoformat(), w.change, w.sustain] for w in reflection.weeks],
    }


def reflection_from_record(record: dict[str, Any]) -> Reflection:
    from mi_journal.reflect.summaries import KindGroup, Quote, Reflection, Theme, WeekTally

    def quote(item: list[Any]) -> Quote:
        text, kind, entry_id, day, cues, key = item
        return Quote(text, kind, entry_id, date.fromisoformat(day), tuple(cues), key)

    since = record["since"]
    return Reflection(
        since=date.fromisoformat(since) if since else None,
        entries=record["entries"], statements=record["statements"], change=record["change"],
        sustain=record["sustain"], hidden=record["hidden"],
        crisis_left_out=record["crisis_left_out"],
        strongest=[quote(q) for q in record["strongest"]],
        groups=[KindGroup(kind, tuple(quote(q) for q in quotes), total)
                for kind, quotes, total in record["groups"]],
        themes=[Theme(word, count, quote(example)) for word, count, example in record["themes"]],
        weeks=[WeekTally(date.fromisoformat(start), change, sustain)
               for start, change, sustain in record["weeks"]],
    )


def kept_hidden_keys(paths: Paths, index: Index) -> frozenset[str]:
    """`hidden_keys`, kept in the index while reflect-hidden.toml and the change-talk
    rules stay the same (working out the keys loads the tagger's word lists)."""
    import json

    if not os.path.lexists(paths.hidden_quotes):
        return frozenset()  # as `load_hidden` says of a missing file: none
    kept = index.kept_for_file("hidden quotes", paths.hidden_quotes,
                               lambda: json.dumps(sorted(hidden_keys(paths))),
                               depends_on=":" + talk_fingerprint())
    return frozenset(json.loads(kept or "[]"))

"""Keeping the index up to date with the files.

The TOML files under ``entries/`` are the truth. Every read calls `refresh_database`
(through `open_index`). It walks ``entries/YYYY/MM`` with ``os.scandir`` and
compares what is on disk with the index: new and changed files (mtime_ns + size
differ) are parsed and upserted, vanished ones removed, and files that cannot be
read are remembered as problems (reported on every read until fixed, never
parsed again while unchanged). Writers never wait for the index: interviews
leave it alone (the next read picks the file up), and a note hands its row over
right away when the index is there and free (index/adding.py), so adding an
entry costs the same at any journal size.

Which files are compared: every file, when the journal holds at most
`FULL_CHECK_MAX` entries. Above that, stat-ing every file on every read would
cost more than the whole query, so only month folders whose own mtime changed
are compared file by file (a folder's mtime changes whenever a file in it is
created, removed or renamed: every save by mi-journal, sync tools, editors that
save by renaming), plus always the two month folders changed most recently (by
their mtime, not their name: a journal may hold entries dated in the future),
which hold the entries a person is most likely to edit in place by hand. An
in-place hand edit of a file in any other folder of a large journal is picked
up by ``mij reindex``.
Times within `RACY_SECONDS` of the scan are never trusted (a change in the same
clock tick would otherwise go unseen); such files and folders are looked at
again on the next read. For such a file the index keeps a digest of the bytes
it parsed (taken before parsing): while the file's bytes still match, it is
not parsed again, and once its time is settled the row is simply marked so.

A first build of many files parses them in parallel worker processes (Linux,
2+ CPUs) and streams the rows into one transaction, so memory stays flat.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.index.database import FTS_TRIGGERS, begin_write
from mi_journal.index.rows import SEARCH_COLUMN, IndexReport, row_for
from mi_journal.storage.entries import spelled_name
from mi_journal.storage.sync import is_cloud_placeholder, placeholder_target

if TYPE_CHECKING:
    import sqlite3

    from mi_journal.storage.models import Entry

FULL_CHECK_MAX = 5_000
ALWAYS_CHECKED_MONTHS = 2
RACY_SECONDS = 2
PARALLEL_MIN_FILES = 2_000
# Fill the full-text table in one pass when at least this many files changed.
BULK_FTS_MIN_FILES = 500
PARALLEL_MAX_WORKERS = 4
NOTICE_MIN_FILES = 2_000
DIGEST_MAX_BYTES = 4 * 1024 * 1024
_TEMP_SUFFIX = ".tmp"


@dataclass
class _Scan:
    folders: dict[str, int]
    folder_paths: dict[str, str]
    # Folders whose names cannot be used (see storage.entries.spelled_name): each is
    # one problem of its own, not looked into.
    odd: set[str] = field(default_factory=set)


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
            # Index keys are spelled names: a name that is not UTF-8 cannot be stored.
            rel = f"{spelled_name(year.name)}/{spelled_name(month.name)}"
            scan.folders[rel] = mtime
            scan.folder_paths[rel] = month.path
            if rel != f"{year.name}/{month.name}":
                scan.odd.add(rel)
    return scan


def _is_entry_name(name: str) -> bool:
    """An entry file, or a sync tool's placeholder for one (reported when parsed)."""
    if not name.startswith("."):  # every entry's own name: no placeholder, no temp file
        return name.endswith(".toml")
    if is_cloud_placeholder(name):
        return placeholder_target(name).endswith(".toml")
    return name.endswith(".toml") and not name.endswith(_TEMP_SUFFIX)


def parse_entry(path: Path) -> Entry:
    from mi_journal.storage.entries import read_entry

    try:
        return read_entry(path)
    except DataFileError:
        raise
    except MijError as problem:
        raise DataFileError(path, problem.message) from None


def entry_from(path: Path, document: str | None) -> Entry | None:
    """The entry from the index's JSON copy (`document`, when it is still current), else
    read from its file; None when the file is gone or cannot be read."""
    if document is not None:
        from mi_journal.storage.models import Entry

        return Entry.model_validate_json(document)
    try:
        return parse_entry(path)
    except (MijError, OSError):
        return None


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
    from mi_journal.storage.files import open_regular_file

    try:
        fd = open_regular_file(path)
    except OSError:
        return None  # gone, a link, or not a regular file (a FIFO is never waited on)
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
        entry = parse_entry(Path(job.path))
    except DataFileError as problem:
        return job, None, problem.detail
    except FileNotFoundError:
        return job, None, None
    return job, (*row_for(job.rel, job.folder, job.mtime, job.size, entry), digest), None


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
    import mi_journal.storage.entries
    import mi_journal.storage.models  # noqa: F401

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        yield from pool.map(_parse_job, jobs, chunksize=256)


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a worker: be killed as soon as the process that started it dies.

    Otherwise a parent killed mid-build (kill -9, or a signal to its PID alone)
    leaves the workers waiting on their queue for good, holding its pipes. The
    workers are forked from the main thread (the fork start method spawns them
    all in the thread that submits), whose end is the process's end. Locks held
    by the parent are closed at fork (storage.locking), so none lives on here.
    """
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


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
    # The folders changed most recently, by their own mtime, not the newest by
    # name: entries dated in the future would otherwise crowd out today's.
    newest = set(sorted(scan.folders, key=lambda rel: (scan.folders[rel], rel))
                 [-ALWAYS_CHECKED_MONTHS:])
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
        if folder in scan.odd:
            # Reported as one problem (parsing it says why), never looked into.
            mark = scan.folders[folder]
            if known.get(folder) != (mark, 0):
                jobs.append(_Job(folder, folder, scan.folder_paths[folder], mark, 0,
                                 folder in known))
            gone.extend(rel for rel in known if rel != folder)
            folder_marks.append((folder, mark))
            continue
        try:
            items = list(os.scandir(scan.folder_paths[folder]))
        except OSError:
            items = []
        seen: set[str] = set()
        for item in items:
            if not _is_entry_name(item.name):
                continue
            rel = f"{folder}/{spelled_name(item.name)}"
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


def refresh_database(paths: Paths, db: sqlite3.Connection, full: bool, fts: bool,
             notice: Notice | None = None) -> IndexReport:
    import sqlite3

    report = IndexReport()
    bad: list[tuple[str, str, int, int, str]] = []
    plan = _plan(paths, db, full)
    if not plan.empty():
        # Plan again under the write lock: another mij may have done the work meanwhile.
        begin_write(db)
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
                for name in FTS_TRIGGERS:
                    db.execute(f"DROP TRIGGER IF EXISTS {name}")
            for folder in vanished:
                report.removed += db.execute("DELETE FROM entries WHERE folder = ?",
                                             (folder,)).rowcount
                db.execute("DELETE FROM problems WHERE folder = ?", (folder,))
                db.execute("DELETE FROM folders WHERE rel = ?", (folder,))
            for rel in gone:
                report.removed += db.execute("DELETE FROM entries WHERE rel = ?", (rel,)).rowcount
                db.execute("DELETE FROM problems WHERE rel = ?", (rel,))
            words_dropped = False
            for job, row, detail in _parse_jobs(jobs):
                if row is not None:
                    if job.known and not bulk and not words_dropped:
                        words_dropped = _drops_words(db, job.rel, row[SEARCH_COLUMN])
                    if upsert_row(db, row, bad, job.known):
                        report.updated += job.known
                        report.added += not job.known
                elif detail is not None:
                    bad.append((job.rel, job.folder, job.mtime, job.size, detail))
                elif job.known:  # Removed while we looked.
                    report.removed += db.execute("DELETE FROM entries WHERE rel = ?",
                                                 (job.rel,)).rowcount
                    db.execute("DELETE FROM problems WHERE rel = ?", (job.rel,))
            for rel, folder, mtime, size, message in bad:
                words_dropped |= db.execute("DELETE FROM entries WHERE rel = ?",
                                            (rel,)).rowcount > 0
                db.execute("INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?, ?)",
                           (rel, folder, mtime, size, message))
            db.executemany("INSERT OR REPLACE INTO folders VALUES (?, ?)", folder_marks)
            db.executemany("UPDATE entries SET mtime_ns = ? WHERE rel = ?", plan.settled)
            db.executemany("DELETE FROM racy WHERE rel = ?", [(rel,) for _, rel in plan.settled])
            if bulk:
                db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
                for statement in FTS_TRIGGERS.values():
                    db.execute(statement)
            elif fts and (report.removed or words_dropped):
                # FTS5 only marks a row's words deleted; its older segments keep them
                # until merged. Words deleted from the journal must leave the cache now
                # (secure_delete zeroes the rest). Costs a rewrite of the full-text
                # table (about 2 s of CPU at 10,000 entries), so only when words went.
                db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
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


def _drops_words(db: sqlite3.Connection, rel: str, search: str) -> bool:
    """Whether the indexed text of `rel` holds a word its new text no longer does."""
    old = db.execute("SELECT search FROM entries WHERE rel = ?", (rel,)).fetchone()
    return old is not None and not set(old[0].split()) <= set(search.split())


def upsert_row(db: sqlite3.Connection, row: tuple[Any, ...],
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
        if columns[13] != "[]":  # the rulers, one row each, for trends and suggest
            db.executemany("INSERT INTO readings VALUES (?, ?, ?, ?, ?, ?)", [
                (cursor.lastrowid, seq, columns[6], columns[7], name, value)
                for seq, (name, value) in enumerate(json.loads(columns[13]))])
        if digest is not None:
            db.execute("INSERT OR REPLACE INTO racy VALUES (?, ?)", (row[0], digest))
        return True
    except sqlite3.IntegrityError:
        other = db.execute("SELECT rel FROM entries WHERE id = ?", (row[2],)).fetchone()
        where = other[0] if other else "another file"
        bad.append((row[0], row[1], row[3], row[4],
                    f"another file ({where}) already holds entry {row[2]}"))
        return False

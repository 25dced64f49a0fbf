"""`mij doctor`: an honest look at the data folder, and a careful tidy-up.

The check reads; it never changes anything. It also lists edits kept in
drafts/edits/ when a save was refused. The fix only removes what
mi-journal itself leaves behind (temporary files of interrupted saves, unused
lock files) and rebuilds the derived search index if there is one. It never
rewrites, moves or deletes a file that holds the person's writing: those are
reported with their path and what is wrong, for the person to decide.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mi_journal.core.errors import DataFileError, MijError, NewerSchema
from mi_journal.core.paths import Paths
from mi_journal.messages import doctor as doctor_msg
from mi_journal.storage.files import STALE_TEMP_SECONDS, stale_temp_files

# Kinds of finding, in the order they are shown.
PERMISSIONS = "permissions"
UNREADABLE = "unreadable"
NEWER_SCHEMA = "newer schema"
LINK = "link"
NAME = "name"
SYNC = "sync leftover"
TEMP = "temporary file"
LOCK = "lock"
INDEX = "index"
KEPT_EDIT = "kept edit"
KINDS = (UNREADABLE, NEWER_SCHEMA, SYNC, NAME, PERMISSIONS, LINK, TEMP, LOCK, INDEX, KEPT_EDIT)


@dataclass(frozen=True)
class Finding:
    kind: str
    path: Path
    detail: str
    fixable: bool = False  # `--fix` may remove / rebuild it
    problem: bool = True  # False: worth knowing, nothing wrong


@dataclass
class DoctorReport:
    home: Path
    exists: bool = True
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # what was read fine
    fixed: list[Finding] = field(default_factory=list)
    fix_failures: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.problem]

    @property
    def fixable(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.fixable]


# --- walking the data folder ---------------------------------------------------------


# Every path under the data folder (itself first, its own stat following a link; the
# rest not following links): (path, name, stat). One walk serves every check.
Walked = list[tuple[str, str, os.stat_result]]


def _walk(home: Path) -> Walked:
    """Every path under `home` (itself included), links reported but not followed.
    Plain strings: a large journal has a hundred thousand of them."""
    try:
        walked: Walked = [(str(home), home.name, os.stat(home))]
    except OSError:
        return []
    stack = [str(home)]
    while stack:
        folder = stack.pop()
        try:
            # In the folder's own order: the findings are sorted at the end.
            items = list(os.scandir(folder))
        except OSError:
            continue
        for item in items:
            try:
                info = item.stat(follow_symlinks=False)
            except OSError:
                continue
            walked.append((item.path, item.name, info))
            if stat.S_ISDIR(info.st_mode):
                stack.append(item.path)
    return walked


def _check_tree(paths: Paths, report: DoctorReport, walked: Walked) -> None:
    from mi_journal.storage.entries import odd_name_detail, spelled_name

    home = str(paths.home)
    for where, name, info in walked:
        mode = stat.S_IMODE(info.st_mode)
        if where != home and spelled_name(name) != name:
            report.findings.append(Finding(NAME, Path(where), odd_name_detail(name)))
        if stat.S_ISLNK(info.st_mode):
            if where != home:
                report.findings.append(Finding(LINK, Path(where), doctor_msg.LINK_NOT_FOLLOWED))
            continue
        if stat.S_ISDIR(info.st_mode) and mode & 0o077:
            report.findings.append(Finding(PERMISSIONS, Path(where), doctor_msg.folder_open(mode)))
        elif stat.S_ISREG(info.st_mode) and mode & 0o077:
            report.findings.append(Finding(PERMISSIONS, Path(where), doctor_msg.file_open(mode)))


def _check_temp_files(paths: Paths, report: DoctorReport, walked: Walked) -> None:
    """`stale_temp_files` of every folder in the walk (each file under the data folder
    is in a folder the walk looked into)."""
    import time

    from mi_journal.storage.files import is_stale_temp

    limit = time.time() - STALE_TEMP_SECONDS
    for where, name, info in walked[1:]:
        if is_stale_temp(name, info, limit):
            temp = Path(where)
            report.findings.append(Finding(TEMP, temp, _temp_detail(temp), fixable=True))
    for journal in _build_journals(paths):
        report.findings.append(
            Finding(TEMP, journal, doctor_msg.INDEX_BUILD_LEFTOVER, fixable=True))


def _build_journals(paths: Paths) -> list[Path]:
    """SQLite's rollback journals beside a search-index build a killed mij left in
    cache/ (`.index.sqlite3.<8 hex>.tmp-journal`), untouched for a minute: derived data
    only. Nothing else is ever matched: only that folder, only the index's own name."""
    import re

    name = re.escape(_index_file(paths).name)
    pattern = re.compile(rf"^\.{name}\.[0-9a-f]{{8}}\.tmp-journal$")
    return sorted(stale_temp_files(paths.cache, STALE_TEMP_SECONDS, names=pattern))


def _temp_detail(temp: Path) -> str:
    """What is true of this leftover: whether the file it was saving exists."""
    target = temp.with_name(temp.name[1:-len(".01234567.tmp")])
    if os.path.lexists(target):
        return doctor_msg.temp_of_saved_file(target.name)
    return doctor_msg.temp_of_unsaved_file(target.name)


def _check_kept_edits(paths: Paths, report: DoctorReport) -> None:
    """Edits kept when they could not be saved: the person's words, listed, never removed."""
    from mi_journal.journal.changes import kept_edits

    for path in kept_edits(paths):
        report.findings.append(Finding(KEPT_EDIT, path, doctor_msg.KEPT_EDIT, problem=False))


# --- files that hold the person's data ------------------------------------------------


def _problem(problem: MijError, fallback: Path) -> Finding:
    path = problem.path if isinstance(problem, DataFileError) else fallback
    detail = problem.detail if isinstance(problem, DataFileError) else problem.message
    kind = NEWER_SCHEMA if isinstance(problem, NewerSchema) else UNREADABLE
    return Finding(kind, Path(str(path)), doctor_msg.left_as_it_is(detail))


def _indexed_files(paths: Paths) -> dict[str, tuple[int, int]]:
    """{rel: (mtime_ns, size)} of the entry files this version's index parsed without
    trouble, read without changing anything; empty when it cannot be read."""
    import sqlite3

    from mi_journal.index.database import INDEX_SCHEMA, odd_files_beside

    path = _index_file(paths)
    if not os.path.lexists(path) or odd_files_beside(path):
        return {}  # (SQLite would wait forever on a FIFO beside it)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if version is None or version[0] != str(INDEX_SCHEMA):
                return {}
            return {rel: (mtime, size) for rel, mtime, size in
                    db.execute("SELECT rel, mtime_ns, size FROM entries")}
        finally:
            db.close()
    except sqlite3.Error:
        return {}


def _entry_files(paths: Paths, walked: Walked
                 ) -> Iterator[tuple[str, os.stat_result | None]]:
    """`entry_file_names`, each with what the walk saw of it, taken from the walk (one
    look at each file, not two). An entries folder that is a link (which the walk does
    not follow, and `entry_file_names` reads through) is listed again."""
    from mi_journal.storage.entries import entry_file_names, is_entry_file_name, odd_name_in

    if paths.entries.is_symlink():
        yield from ((where, None) for where in entry_file_names(paths))
        return
    prefix = str(paths.entries) + "/"
    odd: set[str] = set()  # month folders named so they cannot be used: one problem each
    for where, name, info in walked:
        if not where.startswith(prefix):
            continue
        depth = where.count("/", len(prefix))
        if depth == 1 and stat.S_ISDIR(info.st_mode):  # a month folder (YYYY/MM)
            if odd_name_in(Path(where), 2) is not None:
                odd.add(where)
                yield where, info
        elif depth == 2 and where[:len(where) - len(name) - 1] not in odd \
                and is_entry_file_name(name):
            yield where, info


def _check_entries(paths: Paths, report: DoctorReport, walked: Walked
                   ) -> tuple[set[str], set[str]]:
    """Read every entry file, as `load_entries` does, except those the index parsed
    without trouble and that have not changed since (same time and size, by the
    index's own rule, and older than a racy moment): those read fine by definition.
    Returns every entry file's name relative to entries/, spelled as the index does,
    and the names of those that read fine (the "entries" counted)."""
    import time

    from mi_journal.index import RACY_SECONDS
    from mi_journal.storage.entries import (
        CloudOnly,
        OddName,
        read_entry,
        spelled_name,
    )

    indexed = _indexed_files(paths)
    settled = time.time_ns() - RACY_SECONDS * 1_000_000_000
    root = len(str(paths.entries)) + 1
    on_disk: set[str] = set()
    readable: set[str] = set()
    problems: list[DataFileError] = []
    for where, info in _entry_files(paths, walked):
        rel = where[root:]
        if not (rel.isascii() and rel.isprintable()):
            rel = "/".join(spelled_name(part) for part in rel.split("/"))
        on_disk.add(rel)
        if (info is not None and stat.S_ISREG(info.st_mode) and info.st_mtime_ns < settled
                and indexed.get(rel) == (info.st_mtime_ns, info.st_size)):
            readable.add(rel)
            continue
        path = Path(where)
        try:
            read_entry(path)
        except DataFileError as unreadable:
            problems.append(unreadable)
            continue
        except MijError as unreadable:
            problems.append(DataFileError(path, unreadable.message))
            continue
        readable.add(rel)
    report.counts["entries"] = len(readable)
    for problem in problems:
        if isinstance(problem, CloudOnly):
            report.findings.append(Finding(SYNC, Path(str(problem.path)), problem.detail))
        elif not isinstance(problem, OddName):  # named once, by the walk over every name
            report.findings.append(_problem(problem, paths.entries))
    return on_disk, readable


def _check_single(report: DoctorReport, name: str, path: Path, load: Callable[[], object]) -> None:
    if not os.path.lexists(path):
        return
    try:
        load()
    except MijError as problem:
        report.findings.append(_problem(problem, path))
        return
    except FileNotFoundError:
        return
    report.counts[name] = 1


def _check_goals_and_config(paths: Paths, report: DoctorReport) -> None:
    from mi_journal.messages import storage as storage_msg
    from mi_journal.storage.config import load_config
    from mi_journal.storage.goals import load_goals
    from mi_journal.storage.sync import is_cloud_placeholder, leftovers_of

    for original in (paths.goals, paths.config):
        for leftover in leftovers_of(original):
            detail = (storage_msg.cloud_only(original.name) if is_cloud_placeholder(leftover.name)
                      else storage_msg.sync_copy(leftover.name, original.name))
            report.findings.append(Finding(SYNC, leftover, detail))

    _check_single(report, "goals file", paths.goals, lambda: load_goals(paths))
    _check_single(report, "settings file", paths.config, lambda: load_config(paths))
    from mi_journal.storage.hidden import load_hidden

    _check_single(report, "set-aside quotes", paths.hidden_quotes, lambda: load_hidden(paths))


def _check_drafts_and_packs(paths: Paths, report: DoctorReport) -> None:
    if paths.drafts.is_dir():
        from mi_journal.interview.drafts import list_drafts

        listing = list_drafts(paths)
        report.counts["drafts"] = len(listing.drafts)
        for problem in listing.problems:
            report.findings.append(_problem(problem, paths.drafts))
    if paths.packs.is_dir():
        from mi_journal.packs.registry import list_packs

        packs = list_packs(paths)
        report.counts["installed packs"] = sum(
            1 for entry in packs.packs if entry.source == "installed")
        for pack_problem in packs.problems:
            message = str(pack_problem)
            report.findings.append(Finding(UNREADABLE, paths.packs, message))


# --- locks ---------------------------------------------------------------------------


def _lock_files(paths: Paths) -> list[Path]:
    from mi_journal.storage.locking import LOCK_SUFFIX

    try:
        items = sorted(os.scandir(paths.locks), key=lambda item: item.name)
    except OSError:
        return []
    return [Path(item.path) for item in items
            if item.name.endswith(LOCK_SUFFIX) and item.is_file(follow_symlinks=False)]


def _check_locks(paths: Paths, report: DoctorReport) -> None:
    """Locks held right now, as a note. An unused lock file is what every save leaves
    behind and costs nothing, so it is not listed; `--fix` still removes it."""
    from mi_journal.storage.locking import LockBusy, try_lock, unlock

    for path in _lock_files(paths):
        try:
            fd = try_lock(path, create=False)
        except LockBusy:
            report.findings.append(Finding(LOCK, path, doctor_msg.LOCK_HELD, problem=False))
            continue
        except (OSError, ImportError):
            continue
        unlock(fd)


def _unused_locks(paths: Paths) -> list[Finding]:
    from mi_journal.storage.locking import LockBusy, try_lock, unlock

    unused = []
    for path in _lock_files(paths):
        try:
            fd = try_lock(path, create=False)
        except (LockBusy, OSError, ImportError):
            continue
        unlock(fd)
        unused.append(Finding(LOCK, path, doctor_msg.LOCK_UNUSED, fixable=True, problem=False))
    return unused


# --- the derived index ---------------------------------------------------------------


def _index_file(paths: Paths) -> Path:
    from mi_journal.index import index_path

    return index_path(paths)


def _check_index(paths: Paths, report: DoctorReport, on_disk: set[str],
                 readable: set[str]) -> None:
    """Compare the index with the entry files (`on_disk`, as `_check_entries` named
    them; `readable`, those that read fine), reading the database only. The figures
    add up: entries = entries in the search index + not yet indexed."""
    import sqlite3

    from mi_journal.index.database import odd_files_beside

    path = _index_file(paths)
    if not os.path.lexists(path):
        return
    odd = odd_files_beside(path)
    if odd:  # SQLite would wait forever on a FIFO there: never opened
        report.findings.append(Finding(INDEX, odd[0], doctor_msg.INDEX_NOT_REGULAR, fixable=True))
        return
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            entries = {row[0] for row in db.execute("SELECT rel FROM entries")}
            known = entries | {row[0] for row in db.execute("SELECT rel FROM problems")}
        finally:
            db.close()
    except sqlite3.Error:
        report.findings.append(Finding(INDEX, path, doctor_msg.INDEX_UNREADABLE, fixable=True))
        return
    # A file the index last saw as unreadable and that reads fine now (mended by hand)
    # is not yet indexed, as a new one is: counted there, the figures did not add up
    # ("entries: 11", "in the search index: 9", "1 not yet indexed").
    missing = len(readable - entries)
    extra = len(known - on_disk)
    if missing or extra:
        report.findings.append(Finding(INDEX, path, doctor_msg.index_out_of_step(missing, extra),
                                       fixable=True, problem=False))
    report.counts["entries in the search index"] = len(entries & readable)


# --- the public functions ------------------------------------------------------------


def check(paths: Paths) -> DoctorReport:
    """Look at everything in the data folder; change nothing."""
    report = DoctorReport(home=paths.home)
    if not os.path.lexists(paths.home):
        report.exists = False
        return report
    if not paths.home.is_dir():
        report.findings.append(Finding(UNREADABLE, paths.home, doctor_msg.HOME_NOT_A_FOLDER))
        return report
    walked = _walk(paths.home)
    _check_tree(paths, report, walked)
    on_disk, readable = _check_entries(paths, report, walked)
    _check_goals_and_config(paths, report)
    _check_drafts_and_packs(paths, report)
    _check_temp_files(paths, report, walked)
    _check_kept_edits(paths, report)
    _check_locks(paths, report)
    _check_index(paths, report, on_disk, readable)
    report.findings.sort(key=lambda f: (KINDS.index(f.kind), str(f.path)))
    return report


def _remove_temp(paths: Paths, path: Path) -> None:
    # Checked again right before removal: still one of our temp names, still old.
    if path not in stale_temp_files(path.parent, STALE_TEMP_SECONDS) and (
            path not in _build_journals(paths)):
        raise MijError(doctor_msg.changed_since_checked(path))
    os.unlink(path)


def _remove_lock(path: Path) -> None:
    from mi_journal.storage.locking import LockBusy, try_lock, unlock

    try:
        fd = try_lock(path, create=False)  # Held by us while it goes: nobody else can.
    except LockBusy:
        raise MijError(doctor_msg.in_use_left_alone(path)) from None
    try:
        os.unlink(path)
    finally:
        unlock(fd)


def _rebuild_index(paths: Paths) -> None:
    from mi_journal.index import rebuild_index

    rebuild_index(paths)


def _reason(exc: OSError | MijError) -> str:
    return exc.message if isinstance(exc, MijError) else (exc.strerror or str(exc))


def fix(paths: Paths) -> DoctorReport:
    """Remove orphaned temp files and stale locks, rebuild the index; then check again.

    Only what `check` found is reported as tidied: true leftovers. Lock files nobody
    holds (what every save leaves) are removed, and an index in step with the entry
    files is rebuilt, without a word: neither was left over (after a plain `mij
    reindex`, "an unused lock file, removed" and "rebuilt" read as if something was)."""
    before = check(paths)
    fixed: list[Finding] = []
    failures: list[Finding] = []
    fixable = before.fixable
    for finding in fixable:
        try:
            if finding.kind == TEMP:
                _remove_temp(paths, finding.path)
            elif finding.kind == LOCK:
                _remove_lock(finding.path)
            elif finding.kind == INDEX:
                _rebuild_index(paths)
            else:  # pragma: no cover - only the kinds above are ever fixable
                continue
        except FileNotFoundError:
            pass  # Already gone: nothing left to do.
        except (OSError, MijError) as exc:
            failures.append(Finding(finding.kind, finding.path, _reason(exc)))
            continue
        fixed.append(finding)
    if os.path.lexists(_index_file(paths)) and not any(f.kind == INDEX for f in fixable):
        try:
            _rebuild_index(paths)
        except (OSError, MijError) as exc:
            failures.append(Finding(INDEX, _index_file(paths), _reason(exc)))
    for lock in _unused_locks(paths):  # after the rebuild, which takes the index's lock
        with contextlib.suppress(OSError, MijError):
            _remove_lock(lock.path)
    after = check(paths)
    after.fixed = fixed
    after.fix_failures = failures
    return after

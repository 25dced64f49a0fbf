"""Which entries and goals an export holds: the one place exports read the journal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths

if TYPE_CHECKING:
    from mi_journal.exporting.pack_report import PackReport
    from mi_journal.index import EntryFilter, Index
    from mi_journal.storage.models import Entry, Goal, Stage


@dataclass(frozen=True)
class Selection:
    """Filters chosen on the command line; None means no filter."""

    since: date | None = None
    until: date | None = None
    pack: str | None = None
    stage: Stage | None = None
    tag: str | None = None
    include_goals: bool = True
    # Readable formats only: the person's own change talk, when they ask for it.
    change_talk: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "pack": self.pack,
            "stage": self.stage.value if self.stage else None,
            "tag": self.tag,
            "goals": self.include_goals,
        }


@dataclass
class Selected:
    entries: list[Entry]
    goals: list[Goal]
    exported: datetime
    selection: Selection
    problems: list[DataFileError] = field(default_factory=list)
    # With --pack: the report's header (the pack's title; for homework, its progress).
    pack_report: PackReport | None = None
    # Quotes the person set aside (`mij reflect hide`): left out of the change-talk section.
    hidden_quotes: frozenset[str] = frozenset()
    # Entry files that could not be read, by name (below entries/): the report says so.
    left_out: list[str] = field(default_factory=list)
    # The person's own help line (config), printed first with the help lines at the end
    # of a readable export that holds a crisis mark.
    crisis_line: str = ""


def left_out_names(paths: Paths, problems: list[DataFileError]) -> list[str]:
    """The unreadable entry files' names below the entries folder ("2026/12/<id>.toml"):
    enough to find them, without the person's home folder or any of their text."""
    from pathlib import Path

    names = []
    for problem in problems:
        path = Path(str(problem.path))
        try:
            names.append(path.relative_to(paths.entries).as_posix())
        except ValueError:
            names.append(path.name)
    return names


def _entry_filter(selection: Selection) -> EntryFilter:
    from mi_journal.index import EntryFilter

    return EntryFilter(
        since=selection.since,
        until=selection.until,
        stage=selection.stage.value if selection.stage else None,
        pack=selection.pack,
        tag=selection.tag,
    )


def _goals(paths: Paths, selection: Selection) -> list[Goal]:
    from mi_journal.core.errors import DataFileError
    from mi_journal.messages.export import export_goals_unreadable
    from mi_journal.storage.goals import load_goals

    if not selection.include_goals:
        return []
    try:
        return list(load_goals(paths).goals)
    except DataFileError as exc:
        # The goals file is left as it is; the person may still export the entries.
        raise DataFileError(exc.path, export_goals_unreadable(exc.detail)) from None


def pack_is_known(paths: Paths, pack: str, index: Index) -> bool:
    """True when `pack` names a pack one can use (built-in or installed) or the
    pack of any entry in the journal (also one since removed), in any period."""
    from mi_journal.index import EntryFilter
    from mi_journal.packs.authoring import SLUG

    if not SLUG.fullmatch(pack):
        return False  # Every pack id, and so every entry's pack, is a slug.
    if index.query(EntryFilter(pack=pack), limit=1):
        return True
    from mi_journal.packs.registry import builtin_pack_ids, installed_pack_path, list_packs

    installed = installed_pack_path(paths, pack)
    if pack in builtin_pack_ids() or (installed.is_file() and not installed.is_symlink()):
        return True
    # An installed file whose name is not its pack's id: only now read every pack.
    return any(item.pack.id == pack for item in list_packs(paths).packs)


def check_pack_known(paths: Paths, pack: str | None, index: Index) -> None:
    """Raise MijError for a `--pack` that names no pack at all (most likely a typo),
    before anything is written; a known pack with no entries in the period is fine."""
    if pack is None or pack_is_known(paths, pack, index):
        return
    from mi_journal.messages.export import export_unknown_pack

    raise MijError(export_unknown_pack(pack))


def select(paths: Paths, selection: Selection, exported: datetime | None = None) -> Selected:
    """The entries matching `selection`, sorted by id, and the goals if wanted.

    Filters go through the derived index, so they mean the same as in `mij list`
    (tags ignore case and accents). Every entry file is compared with the index
    first (a full refresh), so the entries are exactly what the files hold; they
    are rebuilt from the index's JSON copy, which is much quicker than reading
    TOML. Entry files that cannot be read are listed in `problems`, never
    skipped silently.
    """
    from mi_journal.index import EntryFilter, open_index
    from mi_journal.storage.models import Entry, now

    goals = _goals(paths, selection)
    with open_index(paths, full=True) as index:
        check_pack_known(paths, selection.pack, index)
        problems = list(index.report.problems)
        entries = [Entry.model_validate_json(text)
                   for text in index.entry_json(_entry_filter(selection))]
        pack_entries = entries
        narrowed = (selection.since, selection.until, selection.stage, selection.tag)
        if selection.pack is not None and any(value is not None for value in narrowed):
            # Progress counts every entry of the pack, whatever the other filters.
            pack_entries = [Entry.model_validate_json(text)
                            for text in index.entry_json(EntryFilter(pack=selection.pack))]
    when = exported or now()
    header = None
    if selection.pack is not None:
        from mi_journal.exporting.pack_report import pack_report

        header = pack_report(paths, selection.pack, pack_entries, when.date())
    hidden: frozenset[str] = frozenset()
    if selection.change_talk:
        from mi_journal.reflect.summaries import hidden_keys

        hidden = hidden_keys(paths)
    return Selected(entries, goals, when, selection, problems, header, hidden,
                    left_out_names(paths, problems), _own_line(paths))


def _own_line(paths: Paths) -> str:
    """The crisis line the person set, for the help lines on paper; a settings file that
    cannot be read is told by every command that needs it, and the export still carries
    the United States lines and findahelpline.com."""
    from mi_journal.storage.config import load_config

    try:
        return load_config(paths).crisis_line
    except MijError:
        return ""


@dataclass
class JsonSelection:
    """What a streamed JSON export writes: read `entry_lines` while the index is open."""

    entry_lines: Iterator[str]
    goal_lines: list[str]
    problems: list[DataFileError]
    exported: datetime
    selection: Selection
    left_out: list[str] = field(default_factory=list)


@contextmanager
def open_json_selection(paths: Paths, selection: Selection,
                        exported: datetime | None = None) -> Iterator[JsonSelection]:
    """The JSON export's pieces, entries streamed from the index (never all in memory).

    `with open_json_selection(paths, selection) as chosen:` then hand
    `chosen.entry_lines` to `json_format.write_json` inside the block.
    """
    from mi_journal.index import open_index

    with open_index(paths, full=True) as index:
        check_pack_known(paths, selection.pack, index)
        goal_lines = _goal_lines(paths, selection, index)
        # The local time, aware (models.now(), without loading the models).
        when = exported or datetime.now().astimezone()
        problems = list(index.report.problems)
        yield JsonSelection(index.entry_json(_entry_filter(selection)), goal_lines,
                            problems, when, selection, left_out_names(paths, problems))


def _goal_lines(paths: Paths, selection: Selection, index: Index) -> list[str]:
    """The goals' export lines; the index remembers them for an unchanged goals file,
    so a JSON export needs neither the TOML parser nor the models."""
    import os
    import stat
    import time

    from mi_journal.index import RACY_SECONDS

    if not selection.include_goals:
        return []
    try:
        info = os.lstat(paths.goals)
    except FileNotFoundError:
        from mi_journal.storage.sync import placeholder_for

        if os.path.lexists(placeholder_for(paths.goals)):  # refused, as load_goals does
            from mi_journal.core.errors import MijError
            from mi_journal.messages.storage import goals_in_cloud_only

            raise MijError(goals_in_cloud_only(str(placeholder_for(paths.goals)))) from None
        return []  # No goals yet.
    stamp = None
    if stat.S_ISREG(info.st_mode):
        stamp = f"{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_size}:{info.st_ino}"
        cached = index.cached_goals(stamp)
        if cached is not None:
            return cached
    from mi_journal.storage.record_json import goal_json

    lines = [goal_json(goal) for goal in _goals(paths, selection)]
    settled = time.time_ns() - RACY_SECONDS * 1_000_000_000
    if stamp is not None and max(info.st_mtime_ns, info.st_ctime_ns) < settled:
        index.remember_goals(stamp, lines)
    return lines

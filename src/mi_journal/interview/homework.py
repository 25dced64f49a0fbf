"""Homework: packs a counsellor handed over with an `[assignment]` table.

For each such pack: how many entries of that pack were written since the start
(progress, e.g. 3 of 7), whether one is hoped for today, and, once the due date
has passed with room left, a kind word instead of a count against the person.

Rules (documented in prompts/README.md, "Homework"):
- hoped for in all (`expected`): `times`; else 1 for once; for daily/weekly with
  start and due, one per day/week from start to due inclusive; else 1.
- an entry counts when its `pack` is the pack's id and it was written on or after
  `start` (any time, when there is no start). Late entries count too.
- "for today": the assignment has started, is not complete, and nothing was written
  yet in the current period (today for daily, the current 7-day block from start
  for weekly, ever for once).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal, Protocol

from mi_journal.core.paths import Paths
from mi_journal.packs.summaries import PackSummary, Terms, summary_of

if TYPE_CHECKING:
    from mi_journal.index import Index
    from mi_journal.packs.errors import PackError
    from mi_journal.packs.model import Pack

Status = Literal["upcoming", "due-today", "waiting", "room-left", "done"]


@dataclass(frozen=True)
class Homework:
    pack_id: str
    title: str
    assignment: Terms
    done: int
    expected: int
    done_this_period: bool
    status: Status

    @property
    def due_today(self) -> bool:
        return self.status in ("due-today", "room-left") and not self.done_this_period

    @property
    def progress(self) -> str:
        return f"{min(self.done, self.expected)} of {self.expected}"

    def as_dict(self) -> dict[str, object]:
        a = self.assignment
        return {
            "pack": self.pack_id,
            "title": self.title,
            "assigned_by": a.assigned_by,
            "note": a.note,
            "frequency": a.frequency,
            "start": a.start.isoformat() if a.start else None,
            "due": a.due.isoformat() if a.due else None,
            "done": self.done,
            "expected": self.expected,
            "status": self.status,
            "due_today": self.due_today,
        }


def expected_total(assignment: Counted) -> int:
    if assignment.times is not None:
        return assignment.times
    if assignment.frequency == "once" or assignment.start is None or assignment.due is None:
        return 1
    days = (assignment.due - assignment.start).days
    return days + 1 if assignment.frequency == "daily" else days // 7 + 1


def _period_start(assignment: Counted, today: date) -> date | None:
    """First day of the current period; None for "once" (the whole assignment)."""
    if assignment.frequency == "daily":
        return today
    if assignment.frequency == "weekly":
        anchor = assignment.start or (today - timedelta(days=today.weekday()))
        return today - timedelta(days=(today - anchor).days % 7)
    return None


class Counted(Protocol):
    """What the counting needs of an assignment (its `Terms`, or the pack model's)."""

    @property
    def frequency(self) -> str: ...

    @property
    def start(self) -> date | None: ...

    @property
    def due(self) -> date | None: ...

    @property
    def times(self) -> int | None: ...


class Written(Protocol):
    """What progress needs of an entry (an `Entry`, or the index's `IndexedEntry`)."""

    @property
    def pack(self) -> str | None: ...

    @property
    def created(self) -> datetime: ...


def progress_for(pack: PackSummary | Pack, entries: Iterable[Written], today: date) -> Homework:
    """The homework progress of `pack` (with an assignment), loaded or summarised."""
    if not isinstance(pack, PackSummary):
        pack = summary_of(pack)
    assignment = pack.assignment
    assert assignment is not None
    days = sorted(
        entry.created.astimezone().date() for entry in entries
        if entry.pack == pack.id
        and (assignment.start is None or entry.created.astimezone().date() >= assignment.start)
    )
    done = len(days)
    expected = expected_total(assignment)
    period = _period_start(assignment, today)
    done_this_period = bool(days) and (period is None or days[-1] >= period)
    status: Status
    if done >= expected:
        status = "done"
    elif assignment.start is not None and today < assignment.start:
        status = "upcoming"
    elif assignment.due is not None and today > assignment.due:
        status = "room-left"
    elif done_this_period:
        status = "waiting"
    else:
        status = "due-today"
    return Homework(pack.id, pack.title, assignment, done, expected, done_this_period, status)


def assigned_packs(paths: Paths, index: Index | None = None) -> list[PackSummary]:
    """The packs with an `[assignment]` (packs that cannot be read are left out)."""
    return _assigned(paths, index)[0]


def _assigned(paths: Paths, index: Index | None) -> tuple[list[PackSummary], list[PackError]]:
    from mi_journal.packs.summaries import summaries_in

    summaries = summaries_in(paths, index)
    return ([pack for pack in summaries.packs if pack.assignment is not None],
            summaries.problems)


def homework_list(paths: Paths, today: date | None = None) -> list[Homework]:
    """Every assigned pack with its progress (packs that cannot be read are left out)."""
    return homework_listing(paths, today).items


@dataclass(frozen=True)
class HomeworkListing:
    items: list[Homework]
    # Pack files that could not be read: the list says so rather than drop them unseen.
    problems: list[PackError]


def homework_listing(paths: Paths, today: date | None = None) -> HomeworkListing:
    """Every assigned pack with its progress, and the pack files that could not be read;
    entries are read only if there is homework. Both come from the index (or, if it
    cannot be used just now, from the files)."""
    import sqlite3

    from mi_journal.index import EntryFilter, IndexBusy, open_index

    entries: list[Written]
    try:
        with open_index(paths) as index:
            packs, problems = _assigned(paths, index)
            entries = [entry for pack in packs
                       for entry in index.query(EntryFilter(pack=pack.id))]
    except (sqlite3.Error, IndexBusy):
        packs, problems = _assigned(paths, None)
        entries = _entries_from_files(paths) if packs else []
    when = today if today is not None else date.today()
    return HomeworkListing([progress_for(pack, entries, when) for pack in packs], problems)


def _entries_from_files(paths: Paths) -> list[Written]:
    from mi_journal.storage.entries import load_entries

    return list(load_entries(paths).entries)


def due_today(paths: Paths, today: date | None = None) -> list[Homework]:
    """What the home screen shows: homework one might do today."""
    return [item for item in homework_list(paths, today) if item.due_today]


def find_homework(paths: Paths, pack_id: str) -> Pack:
    from mi_journal.core.errors import MijError
    from mi_journal.messages import homework as homework_msg
    from mi_journal.packs.registry import find_pack

    pack = find_pack(paths, pack_id.strip()).pack
    if pack.assignment is None:
        raise MijError(homework_msg.homework_not_assigned(pack.id))
    return pack


def assigned_prompts(pack: Pack) -> list[str] | None:
    """The prompt ids the assignment asks for (None: the whole pack)."""
    return pack.assigned_prompt_ids()

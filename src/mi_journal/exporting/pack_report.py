"""What a report of one pack (`mij export --pack ID`) says about itself in its header:
the pack's title and, for homework, who assigned it, the period and the progress.

Progress is counted as `mij homework` counts it (homework.progress_for), over every
entry of the pack, whatever date filters the report itself uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mi_journal.core.paths import Paths
from mi_journal.storage.models import Entry


@dataclass(frozen=True)
class HeaderFact:
    label: str
    value: str


@dataclass(frozen=True)
class PackReport:
    pack_id: str
    title: str
    is_homework: bool
    facts: list[HeaderFact]


def _title_from_entries(pack_id: str, entries: Iterable[Entry]) -> str:
    """A removed pack's title, as its latest entry kept it (else its id)."""
    titles = [entry.title for entry in entries if entry.pack == pack_id and entry.title]
    return titles[-1] if titles else pack_id


def pack_report(paths: Paths, pack_id: str, pack_entries: list[Entry], today: date) -> PackReport:
    """The header of a report of `pack_id`; `pack_entries`: all its entries, oldest first."""
    from mi_journal.core.errors import MijError
    from mi_journal.interview.homework import progress_for
    from mi_journal.messages.export import export_homework_period, export_homework_progress
    from mi_journal.packs.registry import find_pack

    try:
        pack = find_pack(paths, pack_id).pack
    except MijError:  # Removed since (its entries stay), or a file that no longer reads.
        return PackReport(pack_id, _title_from_entries(pack_id, pack_entries), False, [])
    assignment = pack.assignment
    if assignment is None:
        return PackReport(pack_id, pack.pack.title, False, [])
    progress = progress_for(pack, pack_entries, today)
    facts = []
    if assignment.assigned_by:
        facts.append(HeaderFact("Assigned by", assignment.assigned_by))
    start = assignment.start.isoformat() if assignment.start else None
    due = assignment.due.isoformat() if assignment.due else None
    facts.append(HeaderFact("Period", export_homework_period(start, due, assignment.frequency)))
    facts.append(HeaderFact("Progress", export_homework_progress(progress.done,
                                                                 progress.expected)))
    return PackReport(pack_id, pack.pack.title, True, facts)

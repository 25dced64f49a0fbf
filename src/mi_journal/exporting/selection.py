"""Which entries and goals an export holds: the one place exports read the journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mi_journal.errors import DataFileError
from mi_journal.models import Entry, Goal, Stage
from mi_journal.paths import Paths


@dataclass(frozen=True)
class Selection:
    """Filters chosen on the command line; None means no filter."""

    since: date | None = None
    until: date | None = None
    pack: str | None = None
    stage: Stage | None = None
    tag: str | None = None
    include_goals: bool = True

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


def matches(entry: Entry, selection: Selection) -> bool:
    day = entry.created.date()
    if selection.since is not None and day < selection.since:
        return False
    if selection.until is not None and day > selection.until:
        return False
    if selection.pack is not None and entry.pack != selection.pack:
        return False
    if selection.stage is not None and entry.stage is not selection.stage:
        return False
    wanted = selection.tag
    return wanted is None or wanted.casefold() in (tag.casefold() for tag in entry.tags)


def select(paths: Paths, selection: Selection, exported: datetime | None = None) -> Selected:
    """The entries matching `selection`, sorted by id, and the goals if wanted.

    Entry files that cannot be read are listed in `problems`, never skipped silently.
    """
    from mi_journal.models import now
    from mi_journal.storage.entries import load_entries
    from mi_journal.storage.goals import load_goals

    loaded = load_entries(paths)
    entries = sorted(
        (entry for entry in loaded.entries if matches(entry, selection)),
        key=lambda entry: entry.id,
    )
    goals = list(load_goals(paths).goals) if selection.include_goals else []
    return Selected(entries, goals, exported or now(), selection, loaded.problems)

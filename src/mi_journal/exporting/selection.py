"""Which entries and goals an export holds: the one place exports read the journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mi_journal.errors import DataFileError, MijError
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


def select(paths: Paths, selection: Selection, exported: datetime | None = None) -> Selected:
    """The entries matching `selection`, sorted by id, and the goals if wanted.

    Filters go through the derived index, so they mean the same as in `mij list`
    (tags ignore case and accents). Entry files that cannot be read are listed
    in `problems`, never skipped silently.
    """
    from mi_journal.index import EntryFilter, open_index
    from mi_journal.models import now
    from mi_journal.storage.entries import read_entry
    from mi_journal.storage.goals import load_goals

    goals = list(load_goals(paths).goals) if selection.include_goals else []
    wanted = EntryFilter(
        since=selection.since,
        until=selection.until,
        stage=selection.stage.value if selection.stage else None,
        pack=selection.pack,
        tag=selection.tag,
    )
    with open_index(paths) as index:
        rows = index.query(wanted)
        problems = list(index.report.problems)
    entries: list[Entry] = []
    for row in sorted(rows, key=lambda row: row.id):
        try:
            entries.append(read_entry(row.path))
        except DataFileError as problem:
            problems.append(problem)
        except MijError as problem:
            problems.append(DataFileError(row.path, problem.message))
        except FileNotFoundError:
            continue  # Removed since the index was refreshed.
    return Selected(entries, goals, exported or now(), selection, problems)

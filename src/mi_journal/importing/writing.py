"""Writing validated imports: entries by id (present means skip), goals merged by id."""

from __future__ import annotations

from dataclasses import dataclass

from mi_journal.models import Entry, Goal
from mi_journal.paths import Paths


@dataclass(frozen=True)
class Prepared:
    entry: Entry
    data: bytes


@dataclass(frozen=True)
class ImportCounts:
    added: int
    present: int
    goals_added: int = 0
    goals_present: int = 0


def prepare(entry: Entry) -> bytes:
    """The entry's file bytes, checked now so a bad one stops the import before any write."""
    from mi_journal.errors import MijError
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, dump_model

    data = dump_model(entry)
    if len(data) > MAX_DATA_FILE_BYTES:
        raise MijError(f"it would be larger than {MAX_DATA_FILE_BYTES // (1024 * 1024)} MiB")
    return data


def write_entries(paths: Paths, prepared: list[Prepared]) -> tuple[int, int]:
    """Write each entry under its own id; an id already in the journal is left alone."""
    from mi_journal.storage.entries import entry_path
    from mi_journal.storage.files import atomic_write_bytes

    added = present = 0
    for item in prepared:
        target = entry_path(paths, item.entry.id)
        try:
            atomic_write_bytes(target, item.data, exclusive=True)
        except FileExistsError:
            present += 1
        else:
            added += 1
    return added, present


def write_import(paths: Paths, prepared: list[Prepared], goals: list[Goal]) -> ImportCounts:
    """Entries first, then goals, both under the goals lock when there are goals.

    goals.toml is read before any entry is written, so a broken goal file stops
    the import with nothing changed.
    """
    if not goals:
        added, present = write_entries(paths, prepared)
        return ImportCounts(added, present)
    from mi_journal.storage.goals import editing_goals

    with editing_goals(paths) as saved:
        added, present = write_entries(paths, prepared)
        known = {goal.id for goal in saved.goals}
        new = [goal for goal in goals if goal.id not in known]
        saved.goals = [*saved.goals, *new]
    return ImportCounts(added, present, len(new), len(goals) - len(new))

"""Writing validated imports: entries by id (present means skip), goals merged by id.

Every entry not yet in the journal is turned into its file bytes (and checked
to store faithfully) before the first write, so a problem anywhere stops the
import with nothing written. Entries already present are not even re-encoded,
which keeps a repeated import quick.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from mi_journal.models import Entry, Goal
from mi_journal.paths import Paths


@dataclass(frozen=True)
class Pending:
    """A validated entry and where it came from in the file, for messages."""

    entry: Entry
    where: str


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
    """The entry's file bytes; raises MijError if they could not be stored or read back."""
    from mi_journal.errors import MijError
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, dump_model

    data = dump_model(entry)
    if len(data) > MAX_DATA_FILE_BYTES:
        raise MijError(f"it would be larger than {MAX_DATA_FILE_BYTES // (1024 * 1024)} MiB")
    return data


def prepare_new(paths: Paths, source: object, pending: list[Pending]) -> tuple[list[Prepared], int]:
    """File bytes for each entry whose id is not in the journal (nor earlier in the file)."""
    from mi_journal.errors import MijError
    from mi_journal.importing.reading import ImportProblem
    from mi_journal.storage.entries import entry_path

    seen: set[str] = set()
    prepared: list[Prepared] = []
    present = 0
    for item in pending:
        entry_id = item.entry.id
        if entry_id in seen or os.path.lexists(entry_path(paths, entry_id)):
            present += 1
            continue
        seen.add(entry_id)
        try:
            prepared.append(Prepared(item.entry, prepare(item.entry)))
        except MijError as exc:
            raise ImportProblem(source, f"{item.where}: {exc.message}") from None
    return prepared, present


def write_entries(paths: Paths, prepared: list[Prepared]) -> tuple[int, int]:
    """Write each entry under its own id; an id that appeared meanwhile is left alone."""
    from mi_journal.storage.entries import entry_path
    from mi_journal.storage.files import write_new_files

    created = write_new_files(
        [(entry_path(paths, item.entry.id), item.data) for item in prepared], inside=paths.home
    )
    added = sum(created)
    return added, len(created) - added


def write_import(
    paths: Paths, source: object, pending: list[Pending], goals: list[Goal]
) -> ImportCounts:
    """Entries first, then goals, both under the goals lock when there are goals.

    goals.toml is read before any entry is written, so a broken goal file stops
    the import with nothing changed.
    """
    if not goals:
        prepared, skipped = prepare_new(paths, source, pending)
        added, present = write_entries(paths, prepared)
        return ImportCounts(added, present + skipped)
    from mi_journal.storage.goals import editing_goals

    with editing_goals(paths) as saved:
        prepared, skipped = prepare_new(paths, source, pending)
        added, present = write_entries(paths, prepared)
        known = {goal.id for goal in saved.goals}
        new = [goal for goal in goals if goal.id not in known]
        saved.goals = [*saved.goals, *new]
    return ImportCounts(added, present + skipped, len(new), len(goals) - len(new))

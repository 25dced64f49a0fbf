"""Writing validated imports: entries by id (present means skip), goals merged by id.

Every entry not yet in the journal is turned into its file bytes (and checked
to store faithfully) before the first write, so a problem anywhere stops the
import with nothing written. Entries already present are not even re-encoded,
which keeps a repeated import quick: they are compared with the index's JSON
copy of the local entry (the text `mij export` writes), so the counts can say
how many were here with different content. Nothing local is ever replaced.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from mi_journal.core.paths import Paths
from mi_journal.messages import importing as importing_msg
from mi_journal.storage.models import Entry, Goal


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
    """`present`: already here and the same. `differing`: already here (same id) with
    different content; the local version was kept. The same for goals."""

    added: int
    present: int
    goals_added: int = 0
    goals_present: int = 0
    differing: int = 0
    goals_differing: int = 0
    crisis_words: bool = False  # some added entry holds words that suggest danger
    left_out: tuple[str, ...] = ()  # entry files the export says it could not read


def prepare(entry: Entry) -> bytes:
    """The entry's file bytes; raises MijError if they could not be stored or read back."""
    from mi_journal.core.errors import MijError
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, dump_model

    data = dump_model(entry)
    if len(data) > MAX_DATA_FILE_BYTES:
        raise MijError(importing_msg.entry_too_large(MAX_DATA_FILE_BYTES // (1024 * 1024)))
    return data


@dataclass
class Sorted:
    """The file's entries: to write, already here (to compare), repeated in the file."""

    prepared: list[Prepared]
    here: list[Entry]
    repeated: int
    elsewhere: int = 0  # a jrnl entry already imported under another id (another time zone)


def prepare_new(paths: Paths, source: object, pending: list[Pending]) -> Sorted:
    """File bytes for each entry whose id is not in the journal (nor earlier in the file)."""
    from mi_journal.core.errors import MijError
    from mi_journal.importing.reading import ImportProblem
    from mi_journal.storage.entries import entry_path

    seen: set[str] = set()
    result = Sorted([], [], 0)
    by_suffix: dict[str, list[str]] | None = None
    for item in pending:
        entry_id = item.entry.id
        if entry_id in seen:
            result.repeated += 1
            continue
        seen.add(entry_id)
        if os.path.lexists(entry_path(paths, entry_id)):
            result.here.append(item.entry)
            continue
        if (item.entry.source or "").startswith(JRNL_SOURCE):
            if by_suffix is None:
                by_suffix = _ids_by_suffix(paths)
            if _imported_as_other_id(paths, item.entry, by_suffix):
                result.elsewhere += 1
                continue
        try:
            result.prepared.append(Prepared(item.entry, prepare(item.entry)))
        except MijError as exc:
            raise ImportProblem(source, f"{item.where}: {exc.message}") from None
    return result


JRNL_SOURCE = "jrnl:"


def _ids_by_suffix(paths: Paths) -> dict[str, list[str]]:
    """Entry ids by their random part, from file names alone (no file is read)."""
    from mi_journal.storage.entries import iter_entry_files

    found: dict[str, list[str]] = {}
    for path in iter_entry_files(paths):
        found.setdefault(path.stem.rsplit("-", 1)[-1], []).append(path.stem)
    return found


def _imported_as_other_id(paths: Paths, entry: Entry, by_suffix: dict[str, list[str]]) -> bool:
    """A jrnl entry's id holds its local time when first imported, and the rest is
    from its content: imported again under another time zone, the time part
    differs. The same `source` under the same random part is the same entry."""
    from mi_journal.core.errors import MijError
    from mi_journal.storage.entries import entry_path, read_entry

    for other in by_suffix.get(entry.id.rsplit("-", 1)[-1], []):
        try:
            if read_entry(entry_path(paths, other)).source == entry.source:
                return True
        except (MijError, OSError):
            continue
    return False


def count_differing(paths: Paths, here: list[Entry]) -> int:
    """How many of `here` (entries whose id is already in the journal) differ from
    the local entry. A local file that cannot be read counts as differing: it is
    kept, as every local file is."""
    if not here:
        return 0
    from mi_journal.storage.record_json import entry_json

    local = _local_json(paths, [entry.id for entry in here])
    return sum(1 for entry in here if not _same(local.get(entry.id), entry_json(entry), entry))


def _same(local: str | None, imported: str, entry: Entry) -> bool:
    """Whether the local entry's export line is the imported one's. For a jrnl entry,
    whose time is a wall-clock time read in this computer's zone, the same wall time
    under another UTC offset (imported again after moving zones) is the same."""
    if local is None or local == imported:
        return local is not None
    if not (entry.source or "").startswith(JRNL_SOURCE):
        return False
    import json

    def wall_time(line: str) -> dict[str, object]:
        data = json.loads(line)
        data["created"] = str(data.get("created", ""))[:19]  # YYYY-MM-DDTHH:MM:SS
        return dict(data)

    return wall_time(local) == wall_time(imported)


def _local_json(paths: Paths, ids: list[str]) -> dict[str, str]:
    from mi_journal.index import IndexBusy, open_index

    try:
        with open_index(paths, full=True) as index:
            return index.entry_json_by_id(ids)
    except IndexBusy:
        pass  # Another mij is updating the index: read the files instead.
    from mi_journal.core.errors import DataFileError
    from mi_journal.storage.entries import entry_path, read_entry
    from mi_journal.storage.record_json import entry_json

    found: dict[str, str] = {}
    for entry_id in ids:
        try:
            found[entry_id] = entry_json(read_entry(entry_path(paths, entry_id)))
        except (DataFileError, FileNotFoundError):
            continue
    return found


def _goal_differs(local: Goal, imported: Goal) -> bool:
    return local.model_dump(mode="json") != imported.model_dump(mode="json")


def write_entries(paths: Paths, prepared: list[Prepared]) -> tuple[int, int]:
    """Write each entry under its own id; an id that appeared meanwhile is left alone."""
    from mi_journal.storage.entries import entry_path
    from mi_journal.storage.files import write_new_files

    created = write_new_files(
        [(entry_path(paths, item.entry.id), item.data) for item in prepared], inside=paths.home
    )
    added = sum(created)
    return added, len(created) - added


def _import_entries(
    paths: Paths, source: object, pending: list[Pending]
) -> tuple[int, int, int, bool]:
    """Write the new entries: (added, already present and the same, present but different,
    whether an added entry holds crisis words)."""
    chosen = prepare_new(paths, source, pending)
    differing = count_differing(paths, chosen.here)
    added, raced = write_entries(paths, chosen.prepared)
    present = len(chosen.here) - differing + chosen.repeated + chosen.elsewhere + raced
    crisis = added > 0 and holds_crisis_words(item.entry for item in chosen.prepared)
    return added, present, differing, crisis


def holds_crisis_words(entries: Iterable[Entry]) -> bool:
    """Whether any of these entries holds, in the person's own words, words that
    suggest danger (the import then says so in one quiet line)."""
    from mi_journal.crisis.entries import entry_sounds_like_crisis

    return any(entry_sounds_like_crisis(entry) for entry in entries)


def write_import(
    paths: Paths, source: object, pending: list[Pending], goals: list[Goal]
) -> ImportCounts:
    """Entries first, then goals, both under the goals lock when there are goals.

    goals.toml is read before any entry is written, so a broken goal file stops
    the import with nothing changed.
    """
    if not goals:
        added, present, differing, crisis = _import_entries(paths, source, pending)
        return ImportCounts(added, present, differing=differing, crisis_words=crisis)
    from mi_journal.storage.goals import editing_goals

    with editing_goals(paths) as saved:
        added, present, differing, crisis = _import_entries(paths, source, pending)
        known = {goal.id: goal for goal in saved.goals}
        new = [goal for goal in goals if goal.id not in known]
        goals_differing = sum(1 for goal in goals
                              if goal.id in known and _goal_differs(known[goal.id], goal))
        saved.goals = [*saved.goals, *new]
    return ImportCounts(added, present, len(new), len(goals) - len(new) - goals_differing,
                        differing, goals_differing, crisis)

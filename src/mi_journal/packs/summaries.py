"""What `mij pack list` and `mij homework` need of each pack, served by the index.

A pack file is read and checked (packs/loader.py, with pydantic) only when it changed:
the index keeps its summary (id, title, version, stages, prompt count, description,
and an `[assignment]`'s terms) beside the file's state (`Index.kept_for_file`). A file
that does not read is read again on every call, so its problem is reported with its
path and line each time, exactly as packs/registry.py's `list_packs` reports it; the
packs listed, their order and which one wins for an id are `list_packs`'s too (tests
hold the two equal).

Standard library (and the index) only: the common path loads no pydantic.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.paths import Paths
from mi_journal.packs.sources import Source, builtin_sources, installed_files

if TYPE_CHECKING:
    from mi_journal.index import Index
    from mi_journal.packs.errors import PackError
    from mi_journal.packs.model import Pack



@dataclass(frozen=True)
class Terms:
    """An `[assignment]` as homework counts it (see packs/model.py's Assignment)."""

    assigned_by: str
    note: str
    frequency: str
    start: date | None
    due: date | None
    times: int | None


@dataclass(frozen=True)
class PackSummary:
    id: str
    title: str
    version: str
    description: str
    stages: tuple[str, ...]
    prompts: int
    assignment: Terms | None
    source: Source
    location: str

    def as_row(self) -> dict[str, Any]:
        """The pack as `mij pack list --json` lists it."""
        return {"id": self.id, "title": self.title, "version": self.version,
                "source": self.source, "stages": list(self.stages), "prompts": self.prompts,
                "description": self.description}


@dataclass
class Summaries:
    packs: list[PackSummary]
    problems: list[PackError]


def summary_of(pack: Pack, source: Source = "built-in", location: str = "") -> PackSummary:
    """A loaded pack's summary (where it came from, if that matters)."""
    return _from_record(_record(pack), source, location)


def pack_summaries(paths: Paths) -> Summaries:
    """Every usable pack, installed ones overriding built-ins, sorted by id; the files
    that cannot be read as problems (built-in ones first)."""
    import sqlite3

    from mi_journal.index import IndexBusy, open_index

    try:
        with open_index(paths) as index:
            return summaries_in(paths, index)
    except (sqlite3.Error, IndexBusy):
        return summaries_in(paths, None)


def summaries_in(paths: Paths, index: Index | None) -> Summaries:
    """`pack_summaries` with an index already open (None: every file is read)."""
    from mi_journal import __version__
    from mi_journal.packs.errors import PackError

    by_id: dict[str, PackSummary] = {}
    problems: list[PackError] = []

    def kept(location: str, path: Path | None, read: Callable[[], Pack]) -> str:
        def work_out() -> str:
            return json.dumps(_record(read()))

        if index is None or path is None:
            return work_out()
        found = index.kept_for_file(f"pack {location}", path, work_out,
                                    depends_on=f":{__version__}")
        assert found is not None
        return found

    for pack_id, (location, item) in sorted(builtin_sources().items()):
        try:
            record = kept(location, item if isinstance(item, Path) else None,
                          partial(_load_bytes, item, location))
        except PackError as exc:
            problems.append(exc)
            continue
        by_id[pack_id] = _from_record(json.loads(record), "built-in", location)
    for path in installed_files(paths):
        try:
            record = kept(str(path), path, partial(_load_file, path))
        except PackError as exc:
            problems.append(exc)
            continue
        summary = _from_record(json.loads(record), "installed", str(path))
        by_id[summary.id] = summary
    return Summaries(sorted(by_id.values(), key=lambda summary: summary.id), problems)


def _load_bytes(item: Any, location: str) -> Pack:
    from mi_journal.packs.loader import load_pack_bytes

    return load_pack_bytes(item.read_bytes(), location)


def _load_file(path: Path) -> Pack:
    from mi_journal.packs.loader import load_pack_file

    return load_pack_file(path)


def _record(pack: Pack) -> dict[str, Any]:
    assignment = pack.assignment
    terms = None if assignment is None else {
        "assigned_by": assignment.assigned_by, "note": assignment.note,
        "frequency": assignment.frequency,
        "start": assignment.start.isoformat() if assignment.start else None,
        "due": assignment.due.isoformat() if assignment.due else None,
        "times": assignment.times,
    }
    return {"id": pack.id, "title": pack.pack.title, "version": pack.pack.version,
            "description": pack.pack.description,
            "stages": [stage.value for stage in pack.stages], "prompts": len(pack.prompts),
            "assignment": terms}


def _from_record(record: dict[str, Any], source: Source, location: str) -> PackSummary:
    terms = record["assignment"]
    assignment = None if terms is None else Terms(
        assigned_by=terms["assigned_by"], note=terms["note"], frequency=terms["frequency"],
        start=date.fromisoformat(terms["start"]) if terms["start"] else None,
        due=date.fromisoformat(terms["due"]) if terms["due"] else None,
        times=terms["times"],
    )
    return PackSummary(id=record["id"], title=record["title"], version=record["version"],
                       description=record["description"], stages=tuple(record["stages"]),
                       prompts=record["prompts"], assignment=assignment, source=source,
                       location=location)

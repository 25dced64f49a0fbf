"""What `mij pack list` and `mij homework` need of each pack, served by the index.

A pack file is read and checked (packs/loader.py, with pydantic) only when it changed:
the index keeps its summary (id, title, version, stages, prompt count, description,
and an `[assignment]`'s terms) beside the file's state (`Index.kept_for_file`). A file
that does not read is read again on every call, so its problem is reported with its
path and line each time, exactly as packs/registry.py's `list_packs` reports it; both
walk the packs with packs/sources.py's `walk`, so the packs listed, their order and
which one wins for an id are one answer (tests hold the two equal).

Standard library (and the index) only: the common path loads no pydantic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.paths import Paths
from mi_journal.packs.sources import Source, Walked, walk

if TYPE_CHECKING:
    from mi_journal.index import Index
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


Summaries = Walked[PackSummary]


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

    def summary(source: Source, location: str, item: Traversable) -> PackSummary:
        def work_out() -> str:
            from mi_journal.packs.loader import load_found

            return json.dumps(_record(load_found(source, location, item)))

        if index is None or not isinstance(item, Path):
            record = work_out()
        else:
            found = index.kept_for_file(f"pack {location}", item, work_out,
                                        depends_on=f":{__version__}")
            assert found is not None
            record = found
        return _from_record(json.loads(record), source, location)

    return walk(paths, summary, lambda found: found.id)


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

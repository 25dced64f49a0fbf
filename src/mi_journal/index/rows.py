"""What the index stores and gives back: one row per entry, made from the entry,
and the records read from it (`IndexedEntry`, `EntryFilter`, `IndexReport`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError
from mi_journal.index.search_text import normalize, tag_key

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry

PREVIEW_CHARS = 160  # rows are cut to the terminal's width when shown


@dataclass(frozen=True)
class IndexedEntry:
    id: str
    path: Path
    created: datetime
    kind: str
    pack: str | None
    stage: str | None
    tags: list[str]
    goals: list[str]
    rulers: list[tuple[str, int]]
    title: str | None
    preview: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created.isoformat(),
            "kind": self.kind,
            "pack": self.pack,
            "stage": self.stage,
            "tags": list(self.tags),
            "goals": list(self.goals),
            "rulers": {name: value for name, value in self.rulers},
            "title": self.title,
            "preview": self.preview,
            "path": str(self.path),
        }


@dataclass(frozen=True)
class EntryFilter:
    """Filters shared by list, search, export and trends. Dates are inclusive,
    compared with the entry's own local date."""

    since: date | None = None
    until: date | None = None
    stage: str | None = None
    pack: str | None = None
    goal: str | None = None
    tag: str | None = None
    kind: str | None = None


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    total: int = 0
    rebuilt: bool = False
    problems: list[DataFileError] = field(default_factory=list)


def entry_texts(entry: Entry) -> list[str]:
    texts: list[str] = []
    for value in (entry.title, entry.text):
        if value:
            texts.append(value)
    for answer in entry.answers:
        answered = answer.value
        if isinstance(answered, str):
            texts.append(answered)
        elif isinstance(answered, list):
            texts.extend(str(item) for item in answered)
    if entry.summary:
        texts.append(entry.summary)
    texts.extend(entry.tags)
    return texts


def preview_of(entry: Entry) -> str:
    """The words a list row shows: for an interview, its most telling answer (the
    longest one in the person's own words) rather than the pack's title, which every
    entry of that pack shares; otherwise the title or the text."""
    candidates: list[str | None] = [entry.title, entry.text, entry.summary]
    written = [answer.value for answer in entry.answers
               if not answer.skipped and isinstance(answer.value, str)
               and answer.kind.value in ("text", "long_text") and answer.value.strip()]
    if written:
        telling = max(written, key=lambda text: len(text.split()))  # the first of the longest
        candidates = [telling, entry.text, entry.title, entry.summary]
    return _first_preview(candidates)


def _first_preview(candidates: list[str | None]) -> str:
    for text in candidates:
        if text and text.strip():
            flat = " ".join(text.split())
            return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"
    return ""


def row_for(rel: str, folder: str, mtime_ns: int, size: int, entry: Entry) -> tuple[Any, ...]:
    """The `entries` row for one entry, then (last) its canonical JSON for `docs`."""
    from mi_journal.storage.record_json import entry_json

    rulers = [[ruler.value, value] for ruler, value in entry.ruler_readings()]
    return _row(
        rel, folder, mtime_ns, size, entry.id, entry.created, entry.kind.value, entry.pack,
        entry.stage.value if entry.stage else None, entry.tags, entry.goals, rulers,
        entry.title, entry_texts(entry), preview_of(entry), entry_json(entry),
    )


def note_row(rel: str, folder: str, mtime_ns: int, size: int,
             stored: dict[str, Any]) -> tuple[Any, ...]:
    """`row_for` for a note as read back from its file (a plain dict), without
    loading pydantic: what `mij note` hands the index right after writing.

    tests/unit/test_index_notes.py checks on generated notes that this equals
    `row_for(Entry.model_validate(stored))`.
    """
    from mi_journal.core.textsafe import safe_json

    created: datetime = stored["created"]
    text: str = stored["text"]
    tags: list[str] = stored["tags"]
    stamp = created.isoformat()
    document = {
        "schema": stored["schema"], "id": stored["id"],
        "created": stamp[:-6] + "Z" if stamp.endswith("+00:00") else stamp,
        "updated": None, "kind": "note", "pack": None, "pack_version": None, "stage": None,
        "title": None, "text": text, "tags": tags, "goals": [], "answers": [],
        "summary": None, "source": None,
    }
    return _row(
        rel, folder, mtime_ns, size, stored["id"], created, "note", None, None, tags, [], [],
        None, [text, *tags], _first_preview([None, text, None]),
        safe_json(document, indent=None),
    )


SEARCH_COLUMN = 15  # where `_row` puts the searchable text


def _row(rel: str, folder: str, mtime_ns: int, size: int, entry_id: str, created: datetime,
         kind: str, pack: str | None, stage: str | None, tags: list[str], goals: list[str],
         rulers: list[list[Any]], title: str | None, texts: list[str], preview: str,
         document: str) -> tuple[Any, ...]:
    """The columns of `entries` in their order, then the export line for `docs`."""
    return (
        rel, folder, entry_id, mtime_ns, size,
        created.isoformat(), created.timestamp(), created.date().isoformat(),
        kind, pack, stage,
        json.dumps(tags, ensure_ascii=False), json.dumps(goals), json.dumps(rulers), title,
        normalize("\n".join(texts)), preview,
        "\x1f" + "\x1f".join(tag_key(tag) for tag in tags) + "\x1f",
        "\x1f" + "\x1f".join(goals) + "\x1f",
        document,
    )

"""The complete, lossless JSON export (documented in the README).

    {"format": "mi-journal-export", "schema": 1, "exported": "<ISO time>",
     "selection": {...filters used...},
     "left_out": ["2026/12/<id>.toml", ...],  # only when entry files could not be read
     "entries": [<entry>, ...],   # sorted by id, every stored field
     "goals": [<goal>, ...]}      # in saved order; [] with --no-goals

Each entry's line is `entry_json(entry)`. The index keeps that exact text for
every entry, so `mij export` streams it without reading the files again;
`render_json` (from models) and `write_json` (from any lines) write the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mi_journal.storage.record_json import compact_json, entry_json, goal_json

if TYPE_CHECKING:
    from mi_journal.exporting.selection import Selected, Selection

EXPORT_FORMAT = "mi-journal-export"
EXPORT_SCHEMA = 1


def export_document(selected: Selected) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "schema": EXPORT_SCHEMA,
        "exported": selected.exported.isoformat(),
        "selection": selected.selection.as_json(),
        **({"left_out": list(selected.left_out)} if selected.left_out else {}),
        "entries": [entry.model_dump(mode="json", by_alias=True) for entry in selected.entries],
        "goals": [goal.model_dump(mode="json", by_alias=True) for goal in selected.goals],
    }


def _write_items(write: Callable[[str], object], key: str, items: Iterable[str],
                 last: bool) -> int:
    end = "\n" if last else ",\n"
    count = 0
    for item in items:
        write((f'  "{key}": [\n    ' if count == 0 else ",\n    ") + item)
        count += 1
    write(f'  "{key}": []{end}' if count == 0 else f"\n  ]{end}")
    return count


def write_json(write: Callable[[str], object], exported: datetime, selection: Selection,
               entry_lines: Iterable[str], goal_lines: Iterable[str],
               left_out: Sequence[str] = ()) -> int:
    """Write the export piece by piece through `write`; returns how many entries.

    The head indented, then one entry (and one goal) per line: big journals
    stream out quickly and compare easily. Control, escape and bidi characters
    are \\u escapes. `entry_lines` are `entry_json` texts, already sorted by id.
    `left_out` names entry files that could not be read; the key is written only
    then, so a whole journal's export is as it always was.
    """
    head: list[tuple[str, Any]] = [
        ("format", EXPORT_FORMAT), ("schema", EXPORT_SCHEMA),
        ("exported", exported.isoformat()), ("selection", selection.as_json())]
    if left_out:
        head.append(("left_out", list(left_out)))
    write("{\n" + "".join(f"  {json.dumps(key)}: {compact_json(value)},\n" for key, value in head))
    count = _write_items(write, "entries", entry_lines, last=False)
    _write_items(write, "goals", goal_lines, last=True)
    write("}\n")
    return count


def render_json(selected: Selected) -> str:
    """The whole export as one string (from entry models; `mij export` streams instead)."""
    parts: list[str] = []
    write_json(parts.append, selected.exported, selected.selection,
               (entry_json(entry) for entry in selected.entries),
               (goal_json(goal) for goal in selected.goals), selected.left_out)
    return "".join(parts)

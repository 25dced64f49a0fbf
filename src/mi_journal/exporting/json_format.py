"""The complete, lossless JSON export (documented in the README).

    {"format": "mi-journal-export", "schema": 1, "exported": "<ISO time>",
     "selection": {...filters used...},
     "entries": [<entry>, ...],   # sorted by id, every stored field
     "goals": [<goal>, ...]}      # in saved order; [] with --no-goals
"""

from __future__ import annotations

from typing import Any

from mi_journal.exporting.selection import Selected

EXPORT_FORMAT = "mi-journal-export"
EXPORT_SCHEMA = 1


def export_document(selected: Selected) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "schema": EXPORT_SCHEMA,
        "exported": selected.exported.isoformat(),
        "selection": selected.selection.as_json(),
        "entries": [entry.model_dump(mode="json", by_alias=True) for entry in selected.entries],
        "goals": [goal.model_dump(mode="json", by_alias=True) for goal in selected.goals],
    }


def render_json(selected: Selected) -> str:
    """Pretty JSON, UTF-8; control, escape and bidi characters as \\u escapes."""
    from mi_journal.textsafe import safe_json

    return safe_json(export_document(selected)) + "\n"

"""The complete, lossless JSON export (documented in the README).

    {"format": "mi-journal-export", "schema": 1, "exported": "<ISO time>",
     "selection": {...filters used...},
     "entries": [<entry>, ...],   # sorted by id, every stored field
     "goals": [<goal>, ...]}      # in saved order; [] with --no-goals
"""

from __future__ import annotations

import json
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


def _compact(item: Any) -> str:
    from mi_journal.textsafe import safe_json

    return safe_json(item, indent=None)


def render_json(selected: Selected) -> str:
    """UTF-8 JSON: the head indented, then one entry (and one goal) per line.

    One item per line keeps big journals quick to write (the C encoder) and
    easy to compare. Control, escape and bidi characters become \\u escapes.
    """
    document = export_document(selected)
    lines = ["{"]
    for key in ("format", "schema", "exported", "selection"):
        lines.append(f"  {json.dumps(key)}: {_compact(document[key])},")
    for key in ("entries", "goals"):
        items = document[key]
        if not items:
            lines.append(f'  "{key}": []' + ("," if key == "entries" else ""))
            continue
        lines.append(f'  "{key}": [')
        lines.append(",\n".join("    " + _compact(item) for item in items))
        lines.append("  ]" + ("," if key == "entries" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"

"""The canonical JSON form of a stored record: one line per entry or goal.

The export writes these lines and the index keeps each entry's, so `mij export`
streams them without reading the files again (see exporting/json_format.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry, Goal


def _compact(item: Any) -> str:
    from mi_journal.core.textsafe import safe_json

    return safe_json(item, indent=None)


def entry_json(entry: Entry) -> str:
    """One entry as the single line the export holds for it (no indent, no newline)."""
    return _compact(entry.model_dump(mode="json", by_alias=True))


def goal_json(goal: Goal) -> str:
    return _compact(goal.model_dump(mode="json", by_alias=True))

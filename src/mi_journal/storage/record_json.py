"""The canonical JSON form of a stored record: one line per entry or goal.

The export writes these lines and the index keeps each entry's, so `mij export`
streams them without reading the files again (see exporting/json_format.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry, Goal


def compact_json(item: Any) -> str:
    """`item` as one line of JSON, unsafe characters as \\u escapes (see textsafe)."""
    from mi_journal.core.textsafe import safe_json

    return safe_json(item, indent=None)


def entry_record(entry: Entry) -> dict[str, Any]:
    """One entry in its canonical JSON form, as a dict: what `entry_json` writes, what
    the index keeps, and what `mij show` prints an entry from."""
    return entry.model_dump(mode="json", by_alias=True)


def entry_json(entry: Entry) -> str:
    """One entry as the single line the export holds for it (no indent, no newline)."""
    return compact_json(entry_record(entry))


def goal_json(goal: Goal) -> str:
    return compact_json(goal.model_dump(mode="json", by_alias=True))

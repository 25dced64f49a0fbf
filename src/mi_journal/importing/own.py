"""Importing mi-journal's own JSON export (see exporting/json_format.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.paths import Paths
from mi_journal.importing.reading import ImportProblem, read_json_file
from mi_journal.importing.writing import ImportCounts, Pending, write_import
from mi_journal.messages import importing as importing_msg
from mi_journal.messages import storage as storage_msg
from mi_journal.storage.models import Entry, Goal

if TYPE_CHECKING:
    from mi_journal.exporting.selection import Selected

_KNOWN_KEYS = {"format", "schema", "exported", "selection", "left_out", "entries", "goals"}
# A name below entries/ ("2026/12/<id>.toml") is far shorter; longer is not ours.
_LEFT_OUT_NAME_MAX = 1000


def _where(kind: str, index: int, item: Any) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    if isinstance(ident, str) and len(ident) <= 40:
        return f"{kind}[{index}] (id {ident!r})"
    return f"{kind}[{index}]"


def _check_top(path: object, data: Any) -> None:
    from mi_journal.exporting.json_format import EXPORT_FORMAT, EXPORT_SCHEMA

    if not isinstance(data, dict):
        raise ImportProblem(path, importing_msg.EXPORT_NOT_AN_OBJECT)
    if data.get("format") != EXPORT_FORMAT:
        hint = ""
        if "format" not in data and "entries" in data and "tags" in data:
            hint = importing_msg.LOOKS_LIKE_JRNL
        raise ImportProblem(path, importing_msg.export_format_missing(EXPORT_FORMAT, hint))
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ImportProblem(path, importing_msg.EXPORT_SCHEMA_MISSING)
    if schema > EXPORT_SCHEMA:
        raise ImportProblem(path, importing_msg.export_schema_newer(schema, EXPORT_SCHEMA))
    if schema < 1:
        raise ImportProblem(path, storage_msg.schema_unknown(schema))
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise ImportProblem(path, importing_msg.unknown_top_key(unknown[0]))
    if not isinstance(data.get("entries"), list):
        raise ImportProblem(path, importing_msg.ENTRIES_NOT_A_LIST)
    if not isinstance(data.get("goals", []), list):
        raise ImportProblem(path, importing_msg.GOALS_NOT_A_LIST)
    left_out = data.get("left_out", [])
    if not isinstance(left_out, list) or not all(
            isinstance(name, str) and 0 < len(name) <= _LEFT_OUT_NAME_MAX for name in left_out):
        raise ImportProblem(path, importing_msg.LEFT_OUT_NOT_NAMES)


def left_out_of(data: dict[str, Any]) -> list[str]:
    """The entry files an export records as left out (unreadable when it was made),
    made inert: names, never text; nothing to import, only to say."""
    from mi_journal.core.textsafe import inert

    return [inert(name) for name in data.get("left_out", [])]


def parse_export(path: object, data: Any) -> tuple[list[Pending], list[Goal]]:
    """Validate a whole export; the first problem stops everything, naming where it is."""
    from pydantic import ValidationError

    from mi_journal.storage.tomlfile import describe_validation

    _check_top(path, data)
    pending: list[Pending] = []
    seen: set[str] = set()
    for index, item in enumerate(data["entries"]):
        where = _where("entries", index, item)
        try:
            entry = Entry.model_validate(item)
            if entry.id in seen:
                raise ImportProblem(path, importing_msg.id_twice(where))
            seen.add(entry.id)
            pending.append(Pending(entry, where))
        except ValidationError as exc:
            raise ImportProblem(path, f"{where}: {describe_validation(exc)}") from None
    goals: list[Goal] = []
    goal_ids: set[str] = set()
    for index, item in enumerate(data.get("goals", [])):
        where = _where("goals", index, item)
        try:
            goal = Goal.model_validate(item)
        except ValidationError as exc:
            raise ImportProblem(path, f"{where}: {describe_validation(exc)}") from None
        if goal.id in goal_ids:
            raise ImportProblem(path, importing_msg.id_twice(where))
        goal_ids.add(goal.id)
        goals.append(goal)
    return pending, goals


def import_export_file(paths: Paths, path: Path) -> ImportCounts:
    """Import our own JSON export: all of it or, if any part is invalid, none of it."""
    from dataclasses import replace

    data = read_json_file(path)
    pending, goals = parse_export(path, data)
    counts = write_import(paths, path, pending, goals)
    return replace(counts, left_out=tuple(left_out_of(data)))


def read_export_file(path: Path) -> Selected:
    """An export file, fully validated, as something the readable formats can render.

    Nothing is written: this is how `mij view` shows a file without importing it.
    """
    from datetime import datetime

    from mi_journal.exporting.selection import Selected, Selection
    from mi_journal.storage.models import now

    data = read_json_file(path)
    pending, goals = parse_export(path, data)
    exported = now()
    stamp = data.get("exported")
    if isinstance(stamp, str):
        try:
            parsed = datetime.fromisoformat(stamp)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            exported = parsed
    entries = sorted((item.entry for item in pending), key=lambda entry: entry.id)
    return Selected(entries, goals, exported, Selection(include_goals=bool(goals)),
                    left_out=left_out_of(data))

"""Importing jrnl's `--format json` export.

    {"tags": {"@tag": count, ...},
     "entries": [{"title": str, "body": str, "date": "YYYY-MM-DD", "time": "HH:MM",
                  "tags": ["@tag", ...], "starred": bool, ...}, ...]}

Each jrnl entry becomes one entry of kind `import` whose text is jrnl's full
text, title + "\\n" + body, exactly (just the title when the body is empty).
The date and time are local wall-clock time, given the local offset for that
date. Tags are kept exactly as jrnl wrote them ("@work"); a starred entry also
gets the tag "starred". `source` is "jrnl:" + a SHA-256 of (date, time, title,
body) and the id is derived from the same hash, so importing the same file
again adds nothing. Identical entries in one file are all kept: the second has
the source "jrnl:<hash>#2" (its id derived from that), the third "#3", and so
on, while the first keeps the plain hash (and so the id earlier imports gave
it). Unknown extra keys (uuid, creator, ...) are ignored.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mi_journal.core.paths import Paths
from mi_journal.importing.reading import ImportProblem, read_json_file
from mi_journal.importing.writing import JRNL_SOURCE, ImportCounts, Pending, write_import
from mi_journal.messages import importing as importing_msg
from mi_journal.storage.models import Entry, EntryKind

STARRED_TAG = "starred"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class JrnlEntry:
    title: str
    body: str
    date: str
    time: str
    tags: tuple[str, ...]
    starred: bool


def fingerprint(item: JrnlEntry) -> str:
    """SHA-256 of date, time, title and body (not tags: jrnl's tag order is not stable)."""
    canonical = json.dumps([item.date, item.time, item.title, item.body], ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def occurrence_key(digest: str, occurrence: int) -> str:
    """The first of identical entries keeps the plain digest; the n-th gets "#n"."""
    return digest if occurrence <= 1 else f"{digest}#{occurrence}"


def full_text(item: JrnlEntry) -> str:
    return f"{item.title}\n{item.body}" if item.body else item.title


def local_time(item: JrnlEntry) -> datetime:
    """The naive jrnl date and time, with this computer's offset for that date."""
    parts = item.time.split(":")
    naive = datetime.strptime(item.date, "%Y-%m-%d").replace(
        hour=int(parts[0]), minute=int(parts[1]), second=int(parts[2]) if len(parts) > 2 else 0
    )
    # The offset this computer has at that moment, on jrnl's own wall-clock time. In
    # the hour skipped when clocks go forward, astimezone() alone would move the
    # time back an hour (02:30 -> 01:30); the wall time written in jrnl is kept.
    return naive.replace(tzinfo=naive.astimezone().tzinfo)


def entry_id(created: datetime, digest: str) -> str:
    suffix = "".join(_ID_ALPHABET[int(digest[i : i + 2], 16) % 32] for i in range(0, 16, 2))
    return f"{created:%Y%m%d-%H%M%S}-{suffix}"


def _field(raw: dict[str, Any], name: str, kind: type, default: Any = None) -> Any:
    if name not in raw:
        if default is not None:
            return default
        raise ValueError(importing_msg.jrnl_key_missing(name))
    value = raw[name]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(importing_msg.jrnl_key_type(name, kind.__name__))
    return value


def read_jrnl_entry(raw: Any) -> JrnlEntry:
    """One entry of a jrnl export; a ValueError says what is wrong, the caller says where."""
    if not isinstance(raw, dict):
        raise ValueError(importing_msg.JRNL_NOT_AN_OBJECT)
    title = _field(raw, "title", str)
    body = _field(raw, "body", str)
    date = _field(raw, "date", str)
    time = _field(raw, "time", str)
    tags = _field(raw, "tags", list, default=[])
    starred = _field(raw, "starred", bool, default=False)
    if not _DATE.match(date):
        raise ValueError(importing_msg.jrnl_date_shape(date[:20]))
    if not _TIME.match(time):
        raise ValueError(importing_msg.jrnl_time_shape(time[:20]))
    for index, tag in enumerate(tags):
        if not isinstance(tag, str) or not tag:
            raise ValueError(importing_msg.jrnl_tag_empty(index))
    return JrnlEntry(title, body, date, time, tuple(tags), starred)


def to_entry(item: JrnlEntry, occurrence: int = 1) -> Entry:
    """`occurrence` counts identical entries (same fingerprint) in one file, from 1."""
    key = occurrence_key(fingerprint(item), occurrence)
    digest = key if occurrence <= 1 else hashlib.sha256(key.encode("ascii")).hexdigest()
    try:
        created = local_time(item)
    except (ValueError, OverflowError, OSError):
        when = f"{item.date} {item.time}"
        raise ValueError(importing_msg.jrnl_not_on_calendar(when)) from None
    tags = set(item.tags)
    if item.starred:
        tags.add(STARRED_TAG)
    return Entry(
        id=entry_id(created, digest),
        created=created,
        kind=EntryKind.imported,
        text=full_text(item),
        tags=sorted(tags),
        source=JRNL_SOURCE + key,
    )


def parse_jrnl(path: object, data: Any) -> list[Pending]:
    """Validate every jrnl entry; the first problem stops the whole import."""
    from pydantic import ValidationError

    from mi_journal.storage.tomlfile import describe_validation

    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportProblem(path, importing_msg.NOT_A_JRNL_EXPORT)
    if "format" in data and data.get("format") == "mi-journal-export":
        raise ImportProblem(path, importing_msg.IS_OWN_EXPORT)
    pending: list[Pending] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["entries"]):
        where = f"entries[{index}]"
        try:
            item = read_jrnl_entry(raw)
            base = fingerprint(item)
            seen[base] = seen.get(base, 0) + 1
            entry = to_entry(item, seen[base])
            pending.append(Pending(entry, where))
        except ValidationError as exc:
            raise ImportProblem(path, f"{where}: {describe_validation(exc)}") from None
        except ValueError as exc:
            raise ImportProblem(path, f"{where}: {exc}") from None
    return pending


def import_jrnl_file(paths: Paths, path: Path) -> ImportCounts:
    return write_import(paths, path, parse_jrnl(path, read_json_file(path)), [])

"""Journal-level actions that are not interviews: quick notes and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mi_journal.errors import MijError
from mi_journal.models import ENTRY_ID_RE, MAX_NOTE_CHARS, Entry, EntryKind, now
from mi_journal.paths import Paths
from mi_journal.storage.entries import iter_entry_files, new_entry_id, write_new_entry


def add_note(paths: Paths, text: str, tags: list[str] | None = None) -> Entry:
    """Save a free-text note as its own entry. Cost does not grow with the journal."""
    from pydantic import ValidationError

    from mi_journal.storage.tomlfile import describe_validation

    text = text.strip("\n")
    if not text.strip():
        raise MijError("there is nothing to save: the note is empty.")
    if len(text) > MAX_NOTE_CHARS:
        raise MijError(f"a note may hold at most {MAX_NOTE_CHARS:,} characters; nothing was saved.")
    created = now()
    try:
        entry = Entry(
            id=new_entry_id(created),
            created=created,
            kind=EntryKind.note,
            text=text,
            tags=sorted(set(tags or [])),
        )
    except ValidationError as exc:
        raise MijError(f"the note could not be saved: {describe_validation(exc)}") from None
    path = write_new_entry(paths, entry)
    return entry.model_copy(update={"id": path.stem})


@dataclass(frozen=True)
class JournalStatus:
    entry_count: int
    latest: datetime | None


def journal_status(paths: Paths) -> JournalStatus:
    """Count entries from file names alone, without parsing them.

    Only names shaped like entry ids, with a real date and time, count (a stray
    `notes.toml` or `20261399-...` is reported by the commands that read
    entries, not here), so `latest` is set whenever `entry_count` is not 0.
    """
    count = 0
    latest: datetime | None = None
    for path in iter_entry_files(paths):
        if not ENTRY_ID_RE.match(path.stem):
            continue
        try:
            when = datetime.strptime(path.stem[:15], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        count += 1
        if latest is None or when > latest:
            latest = when
    return JournalStatus(entry_count=count, latest=latest)

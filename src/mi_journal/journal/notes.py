"""Journal-level actions that are not interviews: quick notes and status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.dates import now
from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import (
    ENTRY_ID_RE,
    ENTRY_SCHEMA,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    NOTE_TEXT_RULE,
    SURROGATE_PROBLEM,
    TAG_RULE,
    EntryKind,
)
from mi_journal.messages import journal as journal_msg
from mi_journal.storage.entries import (
    iter_entry_files,
    new_entry_id,
    write_new_entry,
    write_new_record,
)

if TYPE_CHECKING:
    import sqlite3

    from mi_journal.storage.models import Entry


def note_record(
    text: str, tags: Iterable[str] = (), *, created: datetime | None = None
) -> dict[str, Any]:
    """A new note in its stored form (what `Entry.model_dump` gives), or a MijError.

    Applies to a note the rules the Entry model declares its text and tags with
    (core/vocabulary's `NOTE_TEXT_RULE` and `TAG_RULE`), so that `mij note` need not
    load pydantic; tests check on generated text that both accept and refuse the same
    notes and write the same bytes.
    """
    text = text.strip("\n")
    if not text.strip():  # a note's own rule: the Entry model allows an empty text
        raise MijError(journal_msg.NOTE_IS_EMPTY)
    tag_list = sorted(set(tags))
    text_problems = NOTE_TEXT_RULE.problems(text)
    tag_problems = frozenset().union(*(TAG_RULE.problems(tag) for tag in tag_list))
    if "long" in text_problems:
        raise MijError(journal_msg.note_too_long(MAX_NOTE_CHARS))
    if "surrogates" in text_problems | tag_problems:
        raise MijError(journal_msg.note_not_saved(SURROGATE_PROBLEM))
    if tag_problems:
        raise MijError(journal_msg.note_tag_length(MAX_TAG_CHARS))
    if created is None:
        created = now()
    elif created.utcoffset() is None:
        raise ValueError(journal_msg.NOTE_TIME_NEEDS_OFFSET)  # a caller's mistake

    return {
        "schema": ENTRY_SCHEMA,
        "id": new_entry_id(created),
        "created": created,
        "kind": EntryKind.note.value,
        "text": text,
        "tags": tag_list,
        "goals": [],
        "answers": [],
    }


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as typed after `--tag`, read the way `mij tag` reads them.

    Spaces around a tag and a leading `#` are dropped (`#work` and ` work ` are
    the tag `work`), repeats are kept once, in the order given; a tag left empty
    (`""`, `"   "`, `"#"`) is a MijError, never saved as a blank tag.
    """
    from mi_journal.messages.journal import note_tag_empty

    cleaned: list[str] = []
    for raw in tags:
        tag = raw.strip().lstrip("#").strip()
        if not tag:
            raise MijError(note_tag_empty(raw))
        if tag not in cleaned:
            cleaned.append(tag)
    return cleaned


def add_note(paths: Paths, text: str, tags: Iterable[str] = ()) -> Entry:
    """Save a free-text note as its own entry. Cost does not grow with the journal."""
    from pydantic import ValidationError

    from mi_journal.storage.models import Entry
    from mi_journal.storage.tomlfile import describe_validation

    try:
        entry = Entry.model_validate(note_record(text, tags))
    except ValidationError as exc:
        raise MijError(journal_msg.note_not_saved(describe_validation(exc))) from None
    path = write_new_entry(paths, entry)
    _tell_the_index(paths, path)
    return entry.model_copy(update={"id": path.stem})


def add_quick_note(paths: Paths, text: str, tags: Iterable[str] = ()) -> str:
    """`add_note` without loading pydantic, for `mij note`; returns the new entry's id."""
    path = write_new_record(paths, note_record(text, tags))
    _tell_the_index(paths, path)
    return path.stem


def _tell_the_index(paths: Paths, path: Path) -> None:
    """So the next read need not parse the note (best effort; see index/adding.py)."""
    from mi_journal.index.adding import add_written_note

    add_written_note(paths, path)


@dataclass(frozen=True)
class JournalStatus:
    entry_count: int
    latest: datetime | None


def journal_status(paths: Paths) -> JournalStatus:
    """Count entries from file names alone, without parsing them.

    Only names shaped like entry ids, with a real date and time, count (a stray
    `notes.toml` or `20261399-...` is reported by the commands that read
    entries, not here), so `latest` is set whenever `entry_count` is not 0.
    The names come from the index (every entry file is in it, readable or not);
    if it cannot be used just now, from the folders.
    """
    import sqlite3

    from mi_journal.index import IndexBusy, open_index

    try:
        with open_index(paths) as index:
            return _status_from_index(index.db)
    except (sqlite3.Error, IndexBusy):
        return _status_of_names(path.stem for path in iter_entry_files(paths))


def _entry_time(name: str) -> datetime | None:
    if not ENTRY_ID_RE.match(name):
        return None
    try:
        return datetime.strptime(name[:15], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def _status_of_names(names: Iterable[str]) -> JournalStatus:
    count = 0
    latest: datetime | None = None
    for name in names:
        when = _entry_time(name)
        if when is None:
            continue
        count += 1
        if latest is None or when > latest:
            latest = when
    return JournalStatus(entry_count=count, latest=latest)


def _status_from_index(db: sqlite3.Connection) -> JournalStatus:
    """Every entries row is named like an id (its file name is its id); only the few
    ids whose date may not be real (`ODD_ID_SQL`) and the files that could not be
    read (the `problems`) are looked at one by one."""
    from mi_journal.index.database import ODD_ID_SQL

    total = int(db.execute("SELECT count(*) FROM entries").fetchone()[0])
    odd = [row[0] for row in db.execute(f"SELECT id FROM entries WHERE {ODD_ID_SQL}")]  # noqa: S608
    unreadable = [Path(row[0]).stem for row in db.execute("SELECT rel FROM problems")]
    status = _status_of_names(unreadable)
    count = total - sum(1 for name in odd if _entry_time(name) is None) + status.entry_count
    latest = status.latest
    for (name,) in db.execute("SELECT id FROM entries ORDER BY id DESC"):
        when = _entry_time(name)
        if when is not None:  # the first real one is the newest
            latest = when if latest is None or when > latest else latest
            break
    return JournalStatus(entry_count=count, latest=latest)


# Entries read for `recent_painful_entry`: more than anyone writes in two days, a bound
# so a journal bulk-imported with today's dates never makes the home screen slow.
_RECENT_READ = 50


def recent_painful_entry(paths: Paths, within: timedelta) -> bool:
    """Whether any entry written in the last `within` holds crisis wording in the
    person's own words (`crisis.entries`), not only the newest: a note about toast
    written after a painful one does not make the painful one go away. Entries are
    read from the index's copy; a file is parsed only when it changed since."""
    from mi_journal.crisis.entries import entry_sounds_like_crisis
    from mi_journal.index import open_index
    from mi_journal.index.refresh import entry_from
    from mi_journal.index.rows import EntryFilter

    cutoff = now() - within
    with open_index(paths) as index:
        rows = [row for row in index.query(EntryFilter(since=cutoff.date()), _RECENT_READ)
                if row.created >= cutoff]
        kept = [(row, index.current_json(row)) for row in rows]
    for row, document in kept:
        try:
            entry = entry_from(row.path, document)
        except ValueError:  # a copy that no longer reads: as an unreadable file
            continue
        # An unreadable entry (None) is reported by the commands that read entries.
        if entry is not None and entry_sounds_like_crisis(entry):
            return True
    return False


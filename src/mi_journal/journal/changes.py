"""Looking back through the journal: filters, list lines, tags, edits and deletion.

Reading goes through the derived index (`mi_journal.index`); changes go to the
entry files with the storage layer's atomic writes, and the next read brings
the index up to date. Nothing here knows about the terminal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.index import IndexedEntry
from mi_journal.messages import index as index_msg
from mi_journal.messages import journal as journal_msg
from mi_journal.messages import storage as storage_msg

if TYPE_CHECKING:
    from mi_journal.index import IndexReport, Notice
    from mi_journal.storage.models import Answer, Entry

def kind_label(row: IndexedEntry) -> str:
    # The built-in stage packs share their stage's name: say it once. A check-in is no
    # stage's work (an older file keeps the stage most answers came from), so none is named.
    stage = None if row.kind == "check-in" else row.stage
    details = list(dict.fromkeys(part for part in (row.pack, stage) if part))
    return f"{row.kind} ({', '.join(details)})" if details else row.kind


NARROW_ROW = 100  # below this many columns, rows leave more room for the words
SHORT_ID = 6  # the random end of an id: `show`, `edit` and `delete` take it too


def list_parts(row: IndexedEntry, width: int | None = None
               ) -> tuple[list[str], str, list[str]]:
    """One entry's row in its parts: [id, local date and time, kind], the preview, the
    tags (as shown). On a narrow screen: the id's random end, the date and the kind
    alone, so the person's words still show."""
    if width is not None and width < NARROW_ROW:
        head = [row.id[-SHORT_ID:], row.created.strftime("%Y-%m-%d"), row.kind]
    else:
        head = [row.id, row.created.strftime("%Y-%m-%d %H:%M"), kind_label(row)]
    return head, row.preview or "", [_shown_tag(tag) for tag in row.tags]


def list_line(row: IndexedEntry, width: int | None = None) -> str:
    """One entry on one line: id, local date and time, kind, preview, tags."""
    head, preview, tags = list_parts(row, width)
    return "  ".join(part for part in (*head, preview, " ".join(tags)) if part)


def _shown_tag(tag: str) -> str:
    """#tag, or the tag as written when it already carries jrnl's @ or #."""
    from mi_journal.messages.journal import tag_shown

    return tag_shown(tag)


def json_rows(rows: list[IndexedEntry]) -> list[dict[str, object]]:
    return [row.as_json() for row in rows]


# --- reading one entry -----------------------------------------------------------


def find_entry(paths: Paths, reference: str) -> tuple[Path, Entry]:
    """The file and the entry for a full id, a unique prefix or suffix, or `last`."""
    from mi_journal.storage.entries import find_entry_path

    if reference.strip().lower() == "last":
        path, entry, _ = find_last_entry(paths)
        return path, entry
    try:
        path = find_entry_path(paths, reference)
    except MijError:
        # A full id whose file is not in its own month folder (moved by hand, or
        # by a sync tool): the index knows where every entry file is.
        found = _indexed_path(paths, reference.strip())
        if found is None:
            raise
        path = found
    return path, _read_found(path)


def _indexed_path(paths: Paths, entry_id: str) -> Path | None:
    from mi_journal.core.vocabulary import ENTRY_ID_RE
    from mi_journal.index import open_index

    if not ENTRY_ID_RE.match(entry_id):
        return None
    with open_index(paths) as ix:
        return ix.path_of(entry_id)


def find_last_entry(paths: Paths) -> tuple[Path, Entry, list[DataFileError]]:
    """The newest entry that can be read, and the entry files newer than it that
    could not (so `show last` can say it passed over them)."""
    from mi_journal.index import open_index

    with open_index(paths) as ix:
        path = ix.resolve("last").path
        problems = ix.report.problems
    entry = _read_found(path)
    return path, entry, _passed_over(problems, entry.id)


def find_last_record(paths: Paths) -> tuple[Path, dict[str, Any], list[DataFileError]]:
    """`find_last_entry` with the entry in its canonical JSON form, as the index keeps
    it: the file is read (and checked) again only if it changed since it was indexed."""
    import json

    from mi_journal.index import open_index

    with open_index(paths) as ix:
        row = ix.resolve("last")
        problems = ix.report.problems
        kept = ix.current_json(row)
    if kept is not None:
        record: dict[str, Any] = json.loads(kept)
    else:
        from mi_journal.storage.record_json import entry_record

        record = entry_record(_read_found(row.path))
    return row.path, record, _passed_over(problems, record["id"])


def _passed_over(problems: list[DataFileError], entry_id: str) -> list[DataFileError]:
    """The unreadable entry files whose names sort after `entry_id` (newer entries)."""
    from mi_journal.core.vocabulary import ENTRY_ID_RE

    stems = [(Path(str(problem.path)).stem, problem) for problem in problems]
    return [problem for stem, problem in stems if ENTRY_ID_RE.match(stem) and stem > entry_id]


def _read_found(path: Path) -> Entry:
    from mi_journal.storage.entries import read_entry

    try:
        return read_entry(path)
    except FileNotFoundError:
        raise MijError(storage_msg.entry_gone(path.stem)) from None
    except DataFileError as problem:
        from mi_journal.messages.journal import entry_unreadable_hint

        raise DataFileError(path, entry_unreadable_hint(problem.detail)) from None


def answer_text(answer: Answer) -> str:
    """An answer as a person would read it."""
    return shown_answer(answer.model_dump(mode="json", by_alias=True))


def shown_answer(answer: Mapping[str, Any]) -> str:
    """`answer_text` of an answer in its canonical JSON form (as the index keeps it)."""
    value = answer.get("value")
    if answer.get("skipped") or value is None:
        return "(skipped)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value} / 10" if answer.get("ruler") is not None \
            or answer.get("kind") == "scale" else str(value)
    if isinstance(value, list):
        return "\n".join(f"- {item}" for item in value) if value else "(none)"
    return str(value)


# --- tags -------------------------------------------------------------------


@dataclass(frozen=True)
class TagChange:
    added: list[str]
    removed: list[str]
    tags: list[str]


def parse_tag_changes(changes: list[str]) -> tuple[list[str], list[str]]:
    """`+tag` or `tag` adds, `-tag` removes; a leading # is dropped."""
    add: list[str] = []
    remove: list[str] = []
    for raw in changes:
        text = raw.strip()
        target = add
        if text.startswith(("+", "-")):
            target = remove if text[0] == "-" else add
            text = text[1:].strip()
        text = text.lstrip("#").strip()
        if not text:
            raise UsageProblem(journal_msg.tag_change_unclear(raw))
        if len(text) > 100:
            raise UsageProblem(journal_msg.TAG_TOO_LONG)
        target.append(text)
    if not add and not remove:
        raise UsageProblem(journal_msg.TAG_CHANGE_NEEDED)
    return add, remove


def tag_entry(paths: Paths, reference: str, changes: list[str]) -> tuple[str, TagChange]:
    """Add and remove tags on one entry; returns its id and what changed."""
    from mi_journal.index import tag_key
    from mi_journal.storage.entries import replace_entry
    from mi_journal.storage.locking import locked
    from mi_journal.storage.models import now

    add, remove = parse_tag_changes(changes)
    _, entry = find_entry(paths, reference)
    with locked(paths.locks, f"entry-{entry.id}"):
        path, entry = find_entry(paths, entry.id)
        removing = {tag_key(tag) for tag in remove}
        kept = [tag for tag in entry.tags if tag_key(tag) not in removing]
        removed = [tag for tag in entry.tags if tag_key(tag) in removing]
        known = {tag_key(tag) for tag in kept}
        added: list[str] = []
        for tag in add:
            if tag_key(tag) not in known:
                kept.append(tag)
                known.add(tag_key(tag))
                added.append(tag)
        if added or removed:
            replace_entry(paths, entry.model_copy(update={"tags": kept, "updated": now()}),
                          path=path)
    return entry.id, TagChange(added=added, removed=removed, tags=kept)


# --- deleting -----------------------------------------------------------------------


def delete_entry(paths: Paths, path: Path) -> tuple[Path, ...]:
    """Remove the entry's file, and its words from the index at once (not at the next
    read); a folder that cannot be changed (read-only, no permission) is one MijError
    that says the entry is still there. Returns the edits of it kept in drafts/edits/:
    the person's words, which the program never removes, so the person is told."""
    import contextlib
    import sqlite3

    from mi_journal.index import refresh_index
    from mi_journal.storage.entries import delete_entry_file
    from mi_journal.storage.files import os_error_reason

    try:
        delete_entry_file(path)
    except OSError as exc:
        reason = os_error_reason(exc)
        raise MijError(journal_msg.entry_not_deleted(path.stem, path, reason)) from None
    # The cache is only a copy: if it cannot be brought up to date now (busy,
    # unwritable), the next read does it, and the entry is deleted either way.
    with contextlib.suppress(MijError, OSError, sqlite3.Error):
        refresh_index(paths)
    return kept_edits_of(paths, path.stem)


def rebuild_search_index(paths: Paths, notice: Notice | None = None) -> IndexReport:
    """`mij reindex`: build the index again; a cache folder that cannot be changed is
    one MijError (the entries themselves are never touched)."""
    from mi_journal.index import index_path, rebuild_index
    from mi_journal.storage.files import os_error_reason

    try:
        return rebuild_index(paths, notice=notice)
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else index_path(paths)
        raise MijError(index_msg.index_not_rebuilt(where, os_error_reason(exc))) from None


# --- editing ------------------------------------------------------------------------


@dataclass(frozen=True)
class EditSession:
    """The entry being edited, the bytes it had, and the private copy the editor opens."""

    path: Path
    original: Entry
    original_bytes: bytes
    draft: Path
    # Edits of this entry kept earlier because they could not be saved (walk5: opening the
    # entry again showed the original with no word of them, so the text looked lost).
    earlier: tuple[Path, ...] = ()


def kept_edits(paths: Paths) -> list[Path]:
    """Every edit kept in drafts/edits/ because it could not be saved, by name (regular
    files only, never temp files): the person's words, never removed by the program."""
    from mi_journal.storage.files import is_temp_file

    try:
        items = sorted(os.scandir(paths.edits), key=lambda item: item.name)
    except OSError:
        return []
    return [Path(item.path) for item in items
            if item.is_file(follow_symlinks=False) and not is_temp_file(Path(item.path))]


def kept_edits_of(paths: Paths, entry_id: str) -> tuple[Path, ...]:
    """The edits of `entry_id` kept in drafts/edits/, oldest first."""
    return tuple(path for path in kept_edits(paths)
                 if path.name.startswith(f"{entry_id}-") and path.suffix == ".toml")


def start_edit(paths: Paths, reference: str) -> EditSession:
    """Copy the entry to a private draft file (0600) for the editor.

    The copy lives in drafts/edits/, not in the cache (which is safe to delete): if
    the save is refused, it is where the person's edit is kept. Its name is new each
    time, so an earlier kept edit of the same entry is never written over.
    """
    import secrets

    from mi_journal.storage.files import (
        atomic_write_bytes,
        read_bytes_limited,
        refuse_linked_folders,
    )
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

    path, entry = find_entry(paths, reference)
    raw = read_bytes_limited(path, MAX_DATA_FILE_BYTES)
    earlier = kept_edits_of(paths, entry.id)
    draft = paths.edits / f"{entry.id}-{secrets.token_hex(3)}.toml"
    refuse_linked_folders(draft, paths.home)  # neither drafts/ nor edits/ is a link
    atomic_write_bytes(draft, raw, exclusive=True)
    return EditSession(path=path, original=entry, original_bytes=raw, draft=draft,
                       earlier=earlier)


@dataclass(frozen=True)
class EditedEntry:
    """A checked edit: the entry, and the bytes to save (the person's own text,
    comments and layout included, whenever it reads back as exactly this entry)."""

    entry: Entry
    data: bytes

    @property
    def id(self) -> str:
        return self.entry.id


def check_edit(session: EditSession, raw: bytes) -> EditedEntry | None:
    """The edited entry, or None if nothing changed. Raises DataFileError
    (naming the draft file and the problem) if it does not validate."""
    from mi_journal.storage.models import now
    from mi_journal.storage.tomlfile import dump_model

    if raw == session.original_bytes:
        return None
    edited = _entry_from(session.draft, raw)
    if edited.id != session.original.id:
        raise DataFileError(session.draft, journal_msg.edit_id_must_stay(session.original.id))
    if edited.created != session.original.created:
        raise DataFileError(
            session.draft, journal_msg.edit_created_must_stay(session.original.created.isoformat())
        )
    stamped = edited.model_copy(update={"updated": now()})
    typed = _as_typed(session.draft, raw, edited.updated is not None, stamped)
    if typed is None and edited.model_dump() == session.original.model_dump():
        return None  # only spacing changed, and it could not be kept anyway
    return EditedEntry(stamped, typed if typed is not None else dump_model(stamped))


def _key_line(name: str) -> re.Pattern[str]:
    """A top-level `name = value` line: bare or quoted key, its value, an optional
    comment and the carriage return of a CRLF file, each kept apart."""
    key = f"(?:{name}|\"{name}\"|'{name}')"
    return re.compile(rf"^([ \t]*{key}[ \t]*=[ \t]*)([^\r\n#]*?)([ \t]*#[^\r\n]*)?(\r?)$",
                      re.MULTILINE)


_UPDATED_LINE = _key_line("updated")
_CREATED_LINE = _key_line("created")


def _as_typed(draft: Path, raw: bytes, has_updated: bool, entry: Entry) -> bytes | None:
    """The person's edited text with only its `updated` value set, if that reads
    back as exactly `entry`; else None (the entry is then saved re-written)."""
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, dump_record

    text = raw.decode("utf-8")
    value = dump_record({"updated": entry.updated}).decode("utf-8").split("=", 1)[1].strip()
    # The first line that looks right may sit inside a multi-line string: try a few.
    for match in list((_UPDATED_LINE if has_updated else _CREATED_LINE).finditer(text))[:5]:
        lead, _, comment, cr = match.groups()
        if has_updated:
            line = f"{lead}{value}{comment or ''}{cr}"
        else:
            line = f"{match.group(0)}\nupdated = {value}{cr}"
        data = f"{text[: match.start()]}{line}{text[match.end():]}".encode()
        if len(data) <= MAX_DATA_FILE_BYTES and _reads_as(draft, data, entry):
            return data
    return None


def _reads_as(draft: Path, data: bytes, entry: Entry) -> bool:
    try:
        return _entry_from(draft, data).model_dump() == entry.model_dump()
    except DataFileError:
        return False


def _entry_from(draft: Path, raw: bytes) -> Entry:
    """The entry an edited draft holds, read as an entry file is read."""
    from mi_journal.core.vocabulary import ENTRY_SCHEMA
    from mi_journal.storage.models import Entry
    from mi_journal.storage.tomlfile import model_from_bytes

    return model_from_bytes(draft, raw, Entry, "entry", ENTRY_SCHEMA)


def save_edit(paths: Paths, session: EditSession, edited: EditedEntry) -> Path:
    """Replace the entry file atomically, unless it changed while being edited."""
    from mi_journal.storage.entries import replace_entry
    from mi_journal.storage.files import read_bytes_limited
    from mi_journal.storage.locking import locked
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

    with locked(paths.locks, f"entry-{edited.id}"):
        try:
            current = read_bytes_limited(session.path, MAX_DATA_FILE_BYTES)
        except FileNotFoundError:
            removed = journal_msg.entry_removed_while_editing(edited.id, session.draft)
            raise MijError(removed) from None
        if current != session.original_bytes:
            raise MijError(journal_msg.entry_changed_while_editing(edited.id, session.draft))
        return replace_entry(paths, edited.entry, data=edited.data, path=session.path)


def keep_edit(session: EditSession, raw: bytes) -> Path:
    """Keep the person's edited text where the editor left it (drafts/edits/), written
    again atomically and 0600 whatever the editor did to the file; returns where."""
    from mi_journal.storage.files import atomic_write_bytes

    atomic_write_bytes(session.draft, raw)
    return session.draft


def discard_draft(session: EditSession) -> None:
    import contextlib

    with contextlib.suppress(FileNotFoundError):
        os.unlink(session.draft)

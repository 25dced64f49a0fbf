"""Journal entries: one TOML file each under entries/YYYY/MM/.

File names are the entry id: local creation time plus a random suffix, so two
devices syncing the same folder never write the same file. Adding an entry
touches only its own new file, so it costs the same at any journal size.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import ENTRY_ID_RE, ENTRY_SCHEMA
from mi_journal.messages import storage as storage_msg
from mi_journal.storage.files import TEMP_SUFFIX, atomic_write_bytes, refuse_linked_folders
from mi_journal.storage.locking import locked
from mi_journal.storage.sync import is_cloud_placeholder, placeholder_target
from mi_journal.storage.tomlfile import (
    MAX_DATA_FILE_BYTES,
    TooLargeToStore,
    dump_model,
    dump_record,
    read_model,
    stored_record,
)

if TYPE_CHECKING:  # writing a quick note must not wait for pydantic to load
    from mi_journal.storage.models import Entry

_SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


def new_entry_id(created: datetime) -> str:
    suffix = "".join(secrets.choice(_SUFFIX_ALPHABET) for _ in range(6))
    return f"{created:%Y%m%d-%H%M%S}-{suffix}"


def entry_path(paths: Paths, entry_id: str) -> Path:
    if not ENTRY_ID_RE.match(entry_id):
        raise MijError(storage_msg.not_an_entry_id(entry_id))
    return paths.entries / entry_id[:4] / entry_id[4:6] / f"{entry_id}.toml"


def _refuse_linked_folders(paths: Paths, target: Path) -> None:
    """Entry folders inside the data folder are never followed through a link.

    (The data folder itself may be a link, e.g. to another disk.)
    """
    refuse_linked_folders(target, paths.home)


def write_new_entry(paths: Paths, entry: Entry) -> Path:
    """Write a new entry file; a clash of ids gets a fresh suffix, never a replace."""
    return write_new_record(paths, stored_record(entry))


def write_new_record(paths: Paths, record: dict[str, Any]) -> Path:
    """Write a new entry from its stored form: the dict `Entry.model_dump` gives.

    Only `write_new_entry` and the quick note (whose records tests check against
    the Entry model) call this.
    """
    for _ in range(20):
        target = entry_path(paths, record["id"])
        _refuse_linked_folders(paths, target)
        try:
            atomic_write_bytes(target, dump_record(record), exclusive=True, sweep=True)
            return target
        except FileExistsError:
            record = {**record, "id": new_entry_id(record["created"])}
    raise MijError(storage_msg.NO_FREE_ENTRY_NAME)


def replace_entry(paths: Paths, entry: Entry, *, data: bytes | None = None,
                  path: Path | None = None) -> Path:
    """Save a changed entry over its file, under a lock.

    The file on disk must still be one this program can read: a broken file or
    one written by a newer mi-journal is refused, never overwritten. `data`, if
    given, is what to write: bytes the caller has checked read back as `entry`.
    `path` is where the entry was found (a file moved by hand to another month
    folder stays there); by default, the place its id gives.
    """
    target = entry_path(paths, entry.id) if path is None else path
    if target.stem != entry.id or not target.is_relative_to(paths.entries):
        raise MijError(storage_msg.not_the_entry_file(target, entry.id))
    _refuse_linked_folders(paths, target)
    with locked(paths.locks, "entries"):
        if not os.path.lexists(target):
            raise MijError(storage_msg.entry_gone(entry.id))
        read_entry(target)
        try:
            data = dump_model(entry) if data is None else data
        except TooLargeToStore:
            data = None
        if data is None or len(data) > MAX_DATA_FILE_BYTES:  # it could not be read back
            raise MijError(storage_msg.entry_too_large(entry.id, MAX_DATA_FILE_BYTES))
        atomic_write_bytes(target, data, sweep=True)
    return target


# --- names on disk that cannot be used -------------------------------------------------


def spelled_name(name: str) -> str:
    """A file or folder name as text that can be shown and stored anywhere.

    Bytes that are not UTF-8 (kept by Python as lone surrogates) become `\\xNN`, as
    do control characters (C0, DEL, C1); any other name is returned unchanged.
    """
    if name.isascii() and name.isprintable():
        return name
    out: list[str] = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


def spelled_path(path: Path) -> Path:
    return Path(*(spelled_name(part) for part in path.parts)) if path.parts else path


def shell_quoted_name(name: str) -> str:
    """The name as bash's $'...' quoting, so a rename command can be typed as shown."""
    out: list[str] = []
    for ch in name:
        if ch in "\\'":
            out.append("\\" + ch)
        else:
            out.append(spelled_name(ch))
    return "$'" + "".join(out) + "'"


def odd_name_in(path: Path, depth: int = 3) -> str | None:
    """The first of the last `depth` parts of `path` (YYYY/MM/file) that cannot be used."""
    for part in path.parts[-depth:]:
        if spelled_name(part) != part:
            return part
    return None


def odd_name_detail(name: str) -> str:
    return storage_msg.odd_name(spelled_name(name), shell_quoted_name(name))


class OddName(DataFileError):
    """A name under entries/ that cannot be used (not UTF-8, or a control character)."""


class CloudOnly(DataFileError):
    """A sync tool's placeholder for an entry kept in the cloud only (`.<id>.toml.icloud`)."""


def read_entry(path: Path) -> Entry:
    from mi_journal.storage.models import Entry

    odd = odd_name_in(path)
    if odd is not None:
        # Its name cannot be shown or stored as text: reported, spelled out, never read.
        raise OddName(spelled_path(path), odd_name_detail(odd))
    if is_cloud_placeholder(path.name):
        raise CloudOnly(path, storage_msg.cloud_only(placeholder_target(path.name)))
    entry = read_model(path, Entry, "entry", ENTRY_SCHEMA)
    if path.stem != entry.id:
        raise DataFileError(path, storage_msg.id_not_file_name(entry.id))
    return entry


def iter_entry_files(paths: Paths) -> Iterator[Path]:
    """Every entry file, in id (= time) order, skipping temporary files.

    A month folder whose name cannot be used (see `spelled_name`) is yielded
    itself, not looked into, so that reading it reports it once.
    """
    return (Path(where) for where in entry_file_names(paths))


def entry_file_names(paths: Paths) -> Iterator[str]:
    """`iter_entry_files` as plain strings: a large journal has a hundred thousand."""
    root = paths.entries
    if not root.is_dir():
        return
    for year in sorted(os.scandir(root), key=lambda item: item.name):
        if not year.is_dir(follow_symlinks=False):
            continue
        for month in sorted(os.scandir(year.path), key=lambda item: item.name):
            if not month.is_dir(follow_symlinks=False):
                continue
            if odd_name_in(Path(month.path), 2) is not None:
                yield month.path
                continue
            folder = month.path
            names = sorted(item.name for item in os.scandir(folder))
            for name in names:
                if is_entry_file_name(name):
                    yield f"{folder}/{name}"


def is_entry_file_name(name: str) -> bool:
    """Whether a name in a month folder is an entry file's: `*.toml` (not our temp
    files), or a sync tool's placeholder for one (reading it says the entry is
    elsewhere)."""
    return (name.endswith(".toml") and not (name.startswith(".") and name.endswith(TEMP_SUFFIX))
            ) or (is_cloud_placeholder(name) and placeholder_target(name).endswith(".toml"))


@dataclass
class LoadResult:
    entries: list[Entry] = field(default_factory=list)
    problems: list[DataFileError] = field(default_factory=list)


def load_entries(paths: Paths) -> LoadResult:
    """Read every entry; a file that cannot be read is reported, never touched."""
    result = LoadResult()
    for path in iter_entry_files(paths):
        try:
            result.entries.append(read_entry(path))
        except DataFileError as problem:
            result.problems.append(problem)
        except MijError as problem:
            result.problems.append(DataFileError(path, problem.message))
    return result


def find_entry_path(paths: Paths, reference: str) -> Path:
    """Resolve a full id, or an unambiguous prefix or suffix of one (at least 4 characters)."""
    reference = reference.strip()
    if ENTRY_ID_RE.match(reference):
        path = entry_path(paths, reference)
        if path.exists():
            return path
        raise MijError(storage_msg.no_entry_with_id(reference))
    if len(reference) < 4 or not all(ch.isalnum() or ch == "-" for ch in reference):
        raise MijError(storage_msg.entry_reference_not_an_id(reference))
    matches = [p for p in iter_entry_files(paths) if p.stem.startswith(reference)]
    if not matches:
        matches = [p for p in iter_entry_files(paths) if p.stem.endswith(reference)]
    if not matches:
        raise MijError(storage_msg.entry_no_match(reference))
    if len(matches) > 1:
        raise MijError(storage_msg.entry_ambiguous(reference, len(matches)))
    return matches[0]


def delete_entry_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)

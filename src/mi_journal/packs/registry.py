"""Reading packs: the built-in ones shipped with the program, and the person's own
(found by packs/sources.py). Installed packs take precedence over a built-in pack of
the same id (installing one needs --replace).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.messages import packs as packs_msg
from mi_journal.packs.loader import PackError, load_pack_bytes, load_pack_file
from mi_journal.packs.model import Pack
from mi_journal.packs.sources import Source, builtin_sources, installed_files


@dataclass(frozen=True)
class PackEntry:
    pack: Pack
    source: Source
    location: str


def _builtin_files() -> dict[str, tuple[str, bytes]]:
    """Pack id (file stem) -> (location, raw bytes) for every built-in pack."""
    return {pack_id: (location, item.read_bytes())
            for pack_id, (location, item) in builtin_sources().items()}


def builtin_pack_ids() -> list[str]:
    return sorted(_builtin_files())


def load_builtin(pack_id: str) -> Pack:
    files = _builtin_files()
    if pack_id not in files:
        raise MijError(packs_msg.no_such_builtin_pack(pack_id))
    location, raw = files[pack_id]
    return load_pack_bytes(raw, location)


def installed_pack_path(paths: Paths, pack_id: str) -> Path:
    return paths.packs / f"{pack_id}.toml"


@dataclass
class PackListing:
    packs: list[PackEntry]
    problems: list[PackError]


def list_packs(paths: Paths) -> PackListing:
    """Every usable pack, installed ones overriding built-ins; broken files reported."""
    by_id: dict[str, PackEntry] = {}
    problems: list[PackError] = []
    for pack_id, (location, raw) in sorted(_builtin_files().items()):
        try:
            by_id[pack_id] = PackEntry(load_pack_bytes(raw, location), "built-in", location)
        except PackError as exc:
            problems.append(exc)
    for path in installed_files(paths):
        try:
            pack = load_pack_file(path)
        except PackError as exc:
            problems.append(exc)
            continue
        by_id[pack.id] = PackEntry(pack, "installed", str(path))
    return PackListing(sorted(by_id.values(), key=lambda e: e.pack.id), problems)


def find_pack(paths: Paths, pack_id: str) -> PackEntry:
    installed = installed_pack_path(paths, pack_id)
    if installed.is_file() and not installed.is_symlink():
        return PackEntry(load_pack_file(installed), "installed", str(installed))
    files = _builtin_files()
    if pack_id in files:
        location, raw = files[pack_id]
        return PackEntry(load_pack_bytes(raw, location), "built-in", location)
    known = ", ".join(entry.pack.id for entry in list_packs(paths).packs)
    raise MijError(packs_msg.no_such_pack(pack_id, known))

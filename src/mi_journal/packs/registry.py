"""Reading packs: the built-in ones shipped with the program, and the person's own
(found by packs/sources.py). Installed packs take precedence over a built-in pack of
the same id (installing one needs --replace).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.messages import packs as packs_msg
from mi_journal.packs.loader import load_found, load_pack_bytes, load_pack_file
from mi_journal.packs.model import Pack
from mi_journal.packs.sources import Source, Walked, builtin_sources, walk


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


PackListing = Walked[PackEntry]


def list_packs(paths: Paths) -> PackListing:
    """Every usable pack, installed ones overriding built-ins; broken files reported."""
    return walk(paths, _entry, lambda entry: entry.pack.id)


def _entry(source: Source, location: str, item: Traversable) -> PackEntry:
    return PackEntry(load_found(source, location, item), source, location)


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

"""`mij pack add` / `mij pack remove`: the person's own packs in the data folder.

A pack is validated fully before anything is written, then copied byte for byte
(comments included) to `packs/<id>.toml` with an atomic replace, under a lock.
Removing a pack deletes only that file: entries written with it stay as they are,
because every entry keeps each question exactly as it was asked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mi_journal.core.errors import FileTooLarge, MijError
from mi_journal.core.paths import Paths
from mi_journal.messages import common as common_msg
from mi_journal.messages import packs as packs_msg
from mi_journal.packs.authoring import check_pack_id
from mi_journal.packs.loader import PackError, load_pack_bytes
from mi_journal.packs.model import MAX_PACK_BYTES, Pack
from mi_journal.packs.registry import builtin_pack_ids, installed_pack_path

LOCK_NAME = "packs"


@dataclass(frozen=True)
class Installed:
    pack: Pack
    path: Path
    replaced: bool


def _read(file: Path) -> bytes:
    from mi_journal.storage.files import read_bytes_limited

    try:
        return read_bytes_limited(file, MAX_PACK_BYTES)
    except FileNotFoundError:
        raise PackError(str(file), common_msg.NO_SUCH_FILE) from None
    except FileTooLarge:
        raise PackError(str(file), packs_msg.PACK_TOO_LARGE) from None


def clash(paths: Paths, pack_id: str) -> str | None:
    """"installed" or "built-in" when `pack_id` is taken, else None."""
    target = installed_pack_path(paths, pack_id)
    if os.path.lexists(target):
        return "installed"
    if pack_id in builtin_pack_ids():
        return "built-in"
    return None


def install_pack(paths: Paths, file: Path, *, replace: bool = False) -> Installed:
    """Validate `file` and install it as `packs/<id>.toml`; nothing is written on error."""
    from mi_journal.storage.files import atomic_write_bytes, ensure_private_dir
    from mi_journal.storage.locking import locked

    raw = _read(file)
    pack = load_pack_bytes(raw, str(file))
    check_pack_id(pack.id)
    target = installed_pack_path(paths, pack.id)
    ensure_private_dir(paths.packs)
    with locked(paths.locks, LOCK_NAME):
        taken = clash(paths, pack.id)
        if taken is not None and not replace:
            raise MijError(packs_msg.pack_clash(pack.id, taken))
        if target.is_symlink() or (os.path.lexists(target) and not target.is_file()):
            raise MijError(packs_msg.pack_file_not_regular(target))
        atomic_write_bytes(target, raw)
    return Installed(pack, target, taken is not None)


def remove_pack(paths: Paths, pack_id: str) -> bool:
    """Remove an installed pack; True when a built-in pack of that id takes over again."""
    from mi_journal.storage.files import remove_file
    from mi_journal.storage.locking import locked

    check_pack_id(pack_id)
    target = installed_pack_path(paths, pack_id)
    builtin = pack_id in builtin_pack_ids()
    if not os.path.lexists(target):
        raise MijError(packs_msg.pack_not_installed(pack_id, builtin))
    if target.is_symlink() or not target.is_file():
        raise MijError(packs_msg.pack_file_not_regular(target))
    with locked(paths.locks, LOCK_NAME):
        try:
            remove_file(target)
        except FileNotFoundError:
            raise MijError(packs_msg.pack_not_installed(pack_id, builtin)) from None
        except OSError as exc:
            raise MijError(packs_msg.pack_not_removed(target, exc.strerror or exc)) from None
    return builtin

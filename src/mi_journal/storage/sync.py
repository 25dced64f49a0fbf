"""What sync tools leave beside the journal: conflict copies and cloud-only placeholders.

mi-journal reads `goals.toml`, `config.toml` and `entries/YYYY/MM/<id>.toml` only. A
sync tool that meets two versions of a file keeps both, naming the other one
`goals (Sam's conflicted copy 2026-12-01).toml` (Dropbox), `goals.sync-conflict-...toml`
(Syncthing) or `goals 2.toml` (iCloud); iCloud may also move a file to the cloud
and leave a placeholder `.goals.toml.icloud` in its place. None of these is read,
and none may pass unseen: this module finds them, for the commands to report.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

CLOUD_SUFFIX = ".icloud"
# What a sync tool puts between a file's stem and its ".toml" in a copy's name.
_COPY_MIDDLE = re.compile(
    r"(?i)^(?:\s*\(.*\)"  # " (conflicted copy 2026-12-01)", " (1)"
    r"|\.sync-conflict-.*"  # Syncthing
    r"|\s+\d+"  # iCloud's " 2"
    r"|[ ._-].*conflict.*)$"  # other tools' "-conflict-..." spellings
)


def is_cloud_placeholder(name: str) -> bool:
    """`.<name>.icloud`: the file itself is in the cloud only, not on this computer."""
    return name.startswith(".") and name.endswith(CLOUD_SUFFIX) and len(name) > 8


def placeholder_target(name: str) -> str:
    """The name of the file a placeholder stands for."""
    return name[1 : -len(CLOUD_SUFFIX)]


def placeholder_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{CLOUD_SUFFIX}")


def copies_of(path: Path, names: Iterable[str] | None = None) -> list[Path]:
    """Sync tools' copies of `path` in its folder (given `names`, or read from disk)."""
    stem, suffix = path.stem, path.suffix
    if names is None:
        try:
            names = os.listdir(path.parent)
        except OSError:
            return []
    found = [
        name for name in names
        if name != path.name and name.startswith(stem) and name.endswith(suffix)
        and _COPY_MIDDLE.match(name[len(stem): len(name) - len(suffix)])
    ]
    return [path.with_name(name) for name in sorted(found)]


def leftovers_of(path: Path) -> list[Path]:
    """Copies of `path`, and its placeholder if the file is in the cloud only."""
    found = copies_of(path)
    placeholder = placeholder_for(path)
    if os.path.lexists(placeholder):
        found.append(placeholder)
    return found


def copy_notes(original: Path) -> list[str]:
    """One line for each sync tool's copy of `original`, saying it is not read."""
    from mi_journal.messages import storage as storage_msg

    return [storage_msg.sync_copy(copy.name, original.name) for copy in copies_of(original)]

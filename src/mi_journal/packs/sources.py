"""Where packs are: the built-in ones shipped with the program, and the person's own.

Built-in packs live in the wheel at `mi_journal/prompts` (found through
importlib.resources); in a source checkout they are the top-level `prompts/`.
Installed packs live in the data folder's `packs/` as `<id>.toml`.

Standard library only: finding the files loads no pack model (packs/registry.py
reads them; packs/summaries.py serves what `pack list` and `homework` need). Both
go through `walk`, the one place that says which pack wins for an id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from mi_journal.core.paths import Paths

if TYPE_CHECKING:
    from mi_journal.packs.errors import PackError

# Where a pack came from, as listings say it.
Source = Literal["built-in", "installed"]
# What a caller of `walk` makes of each pack file (a loaded pack, a kept summary).
Read = TypeVar("Read")


def builtin_sources() -> dict[str, tuple[str, Traversable]]:
    """Pack id (file stem) -> (location, file) for every built-in pack."""
    from importlib import resources

    found: dict[str, tuple[str, Traversable]] = {}
    root = resources.files("mi_journal").joinpath("prompts")
    if root.is_dir():
        for item in root.iterdir():
            if item.name.endswith(".toml") and item.is_file():
                found[item.name[:-5]] = (f"built-in:{item.name}", item)
        return found
    checkout = Path(__file__).resolve().parents[3] / "prompts"
    if checkout.is_dir():
        for path in sorted(checkout.glob("*.toml")):
            found[path.stem] = (f"built-in:{path.name}", path)
    return found


def installed_files(paths: Paths) -> list[Path]:
    """The person's installed packs, by name (hidden files and links left out)."""
    if not paths.packs.is_dir():
        return []
    return sorted(
        path for path in paths.packs.glob("*.toml")
        if not path.name.startswith(".") and path.is_file() and not path.is_symlink()
    )


@dataclass
class Walked(Generic[Read]):
    """What `walk` read: one result per pack id, sorted by id, and the problems."""

    packs: list[Read]
    problems: list[PackError]


def walk(paths: Paths, read: Callable[[Source, str, Traversable], Read],
         id_of: Callable[[Read], str]) -> Walked[Read]:
    """Every pack, read by `read(source, location, file)`: the built-in ones (by file
    stem), then the installed ones, each overriding a built-in of the same id; sorted
    by id. A file `read` cannot use (it raises PackError), or an installed file not
    named after its pack's id, is a problem, kept in this order (built-in ones first),
    and its pack is left out.

    `mij pack list`, `homework` (packs/summaries.py, through the index) and every
    command that needs the packs themselves (packs/registry.py) walk them here, so
    which packs are listed, their order and which one wins for an id are one answer.
    """
    from mi_journal.messages import packs as packs_msg
    from mi_journal.packs.errors import PackError

    by_id: dict[str, Read] = {}
    problems: list[PackError] = []
    for pack_id, (location, item) in sorted(builtin_sources().items()):
        try:
            by_id[pack_id] = read("built-in", location, item)
        except PackError as exc:
            problems.append(exc)
    for path in installed_files(paths):
        try:
            found = read("installed", str(path), path)
        except PackError as exc:
            problems.append(exc)
            continue
        pack_id = id_of(found)
        if pack_id != path.stem:
            # Commands find an installed pack by its file name, so a hand-copied file
            # named otherwise would be listed here yet never be the one that runs.
            problems.append(PackError(str(path), packs_msg.installed_name_differs(
                pack_id, path.name)))
            continue
        by_id[pack_id] = found
    return Walked(sorted(by_id.values(), key=id_of), problems)

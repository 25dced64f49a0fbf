"""Where packs are: the built-in ones shipped with the program, and the person's own.

Built-in packs live in the wheel at `mi_journal/prompts` (found through
importlib.resources); in a source checkout they are the top-level `prompts/`.
Installed packs live in the data folder's `packs/` as `<id>.toml`.

Standard library only: finding the files loads no pack model (packs/registry.py
reads them; packs/summaries.py serves what `pack list` and `homework` need).
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from mi_journal.core.paths import Paths

# Where a pack came from, as listings say it.
Source = Literal["built-in", "installed"]


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

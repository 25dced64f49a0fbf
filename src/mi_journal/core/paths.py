"""Where everything lives. Every path is resolved here, at call time.

`MI_JOURNAL_HOME` overrides the data folder (tests always set it); otherwise
platformdirs gives the person's per-user data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "MI_JOURNAL_HOME"


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def entries(self) -> Path:
        return self.home / "entries"

    @property
    def goals(self) -> Path:
        return self.home / "goals.toml"

    @property
    def config(self) -> Path:
        return self.home / "config.toml"

    @property
    def hidden_quotes(self) -> Path:
        """Quotes the person set aside with `mij reflect hide`."""
        return self.home / "reflect-hidden.toml"

    @property
    def packs(self) -> Path:
        return self.home / "packs"

    @property
    def drafts(self) -> Path:
        return self.home / "drafts"

    @property
    def edits(self) -> Path:
        """Edits kept when they could not be saved (a refused `mij edit` or goal edit)."""
        return self.drafts / "edits"

    @property
    def cache(self) -> Path:
        return self.home / "cache"

    @property
    def locks(self) -> Path:
        return self.cache / "locks"

    def as_dict(self) -> dict[str, Path]:
        return {
            "data": self.home,
            "entries": self.entries,
            "goals": self.goals,
            "config": self.config,
            "packs": self.packs,
            "drafts": self.drafts,
            "cache": self.cache,
        }


def data_home() -> Path:
    override = os.environ.get(HOME_ENV)
    if override is not None and not override.strip():
        # Set but empty (often a shell variable that was never filled): falling back to
        # the default folder would quietly read and write someone's real journal.
        from mi_journal.core.errors import UsageProblem
        from mi_journal.messages import config as config_msg

        raise UsageProblem(config_msg.DATA_FOLDER_SETTING_EMPTY)
    if override:
        return Path(override).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_path("mi-journal"))


def get_paths(*, checked: bool = True) -> Paths:
    """The single resolver of every path the program reads or writes.

    A data folder that exists but is not a folder (a typo in MI_JOURNAL_HOME,
    say) is refused at once, rather than read as an empty journal; `mij doctor`
    asks with `checked=False` so that it can report on it in full.
    """
    home = data_home()
    if checked and os.path.exists(home) and not os.path.isdir(home):
        from mi_journal.core.errors import MijError
        from mi_journal.messages import config as config_msg

        raise MijError(config_msg.data_folder_not_a_folder(home))
    return Paths(home=home)

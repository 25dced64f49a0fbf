"""The goal list: one goals.toml, changed only under a cross-process lock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import GOALS_SCHEMA
from mi_journal.storage.files import atomic_write_bytes
from mi_journal.storage.locking import locked
from mi_journal.storage.models import GoalList
from mi_journal.storage.tomlfile import dump_model, read_model


def load_goals(paths: Paths) -> GoalList:
    """The saved goals; a missing file is an empty list, a broken one an error."""
    if not paths.goals.exists() and not paths.goals.is_symlink():
        from mi_journal.storage.sync import placeholder_for

        if os.path.lexists(placeholder_for(paths.goals)):
            # In the cloud only: an empty list now would start a second goals file.
            from mi_journal.messages import storage as storage_msg

            raise MijError(storage_msg.goals_in_cloud_only(str(placeholder_for(paths.goals))))
        return GoalList()
    return read_model(paths.goals, GoalList, "goals", GOALS_SCHEMA)


@contextmanager
def editing_goals(paths: Paths) -> Iterator[GoalList]:
    """Read, let the caller change, and save the goal list as one locked step.

    If the caller raises, nothing is written. If the file cannot be read, it is
    reported and never overwritten.
    """
    with locked(paths.locks, "goals"):
        goals = load_goals(paths)
        yield goals
        GoalList.model_validate(goals.model_dump(by_alias=True))
        atomic_write_bytes(paths.goals, dump_model(goals), sweep=True)

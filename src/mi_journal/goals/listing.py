"""The goal list as `mij goals` shows it, served by the index.

goals.toml is read and checked (goals/editing.py, with pydantic) only when it changed:
the index keeps the list, in the documented JSON shape of `goal_to_dict`, beside the
file's state (`Index.kept_for_file`). A file that does not read is read again on every
call, so its problem is reported with its path and line each time, as before.

Standard library (and the index) only: the common path loads no pydantic.
"""

from __future__ import annotations

import json
from typing import Any

from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import GOALS_SHOWN_BY_DEFAULT

# What the index keeps the list under. The program's version is part of the file's
# stamp, so a new version (which may shape the list differently) works it out again.
_KEPT_AS = "goal list"
_NAMED_BY_ID_AS = "goal titles named by id"


def goal_records(paths: Paths) -> list[dict[str, Any]]:
    """Every goal as `goal_to_dict` gives it, in the list's order (active first, then
    paused, done, set aside; oldest first within each)."""
    import sqlite3

    from mi_journal import __version__
    from mi_journal.index import IndexBusy, open_index

    try:
        with open_index(paths) as index:
            kept = index.kept_for_file(_KEPT_AS, paths.goals, lambda: _worked_out(paths),
                                       depends_on=f":{__version__}")
    except (sqlite3.Error, IndexBusy):
        kept = _worked_out(paths)
    assert kept is not None
    records: list[dict[str, Any]] = json.loads(kept)
    return records


def titles_named_by_id(paths: Paths, records: list[dict[str, Any]]) -> set[str]:
    """The ids of the goals in `records` (`goal_records`) whose title the list names by
    id only (`crisis.entries.goal_title_named_by_id`). The verdict on each title is kept
    in the index beside the goals file's state and the detector's fingerprint: the
    detector (about 0.2 s to load) runs only when either changed, so `mij goals` stays
    as fast as it was. Kept by title, so a title not among them (the file changed in
    between) is read there and then, never taken as cleared."""
    import sqlite3

    from mi_journal.crisis.entries import detector_fingerprint, goal_title_named_by_id
    from mi_journal.index import IndexBusy, open_index

    titles = sorted({record["title"] for record in records})

    def work_out() -> str:
        return json.dumps({title: goal_title_named_by_id(title) for title in titles},
                          ensure_ascii=False)

    try:
        with open_index(paths) as index:
            kept = index.kept_for_file(_NAMED_BY_ID_AS, paths.goals, work_out,
                                       depends_on=f":{detector_fingerprint()}")
    except (sqlite3.Error, IndexBusy):
        kept = work_out()
    verdicts: dict[str, bool] = json.loads(kept) if kept is not None else {}
    named: set[str] = set()
    for record in records:
        verdict = verdicts.get(record["title"])
        if verdict is None:
            verdict = goal_title_named_by_id(record["title"])
        if verdict:
            named.add(record["id"])
    return named


def _worked_out(paths: Paths) -> str:
    from mi_journal.goals.editing import goal_to_dict, list_goals

    return json.dumps([goal_to_dict(goal) for goal in list_goals(paths, include_all=True)])


def shown(records: list[dict[str, Any]], include_all: bool = False) -> list[dict[str, Any]]:
    """The goals `mij goals` lists: active and paused ones (all with `include_all`)."""
    return [record for record in records
            if include_all or record["status"] in GOALS_SHOWN_BY_DEFAULT]


def hidden(records: list[dict[str, Any]]) -> int:
    """How many goals the list leaves out without --all (done or set aside)."""
    return sum(1 for record in records if record["status"] not in GOALS_SHOWN_BY_DEFAULT)

"""The next-stage suggestion: a documented, deterministic rule over the history.

Only a suggestion: the person may always pick any stage or pack. The rule
(also in README.md, "Interviews"), first match wins:

1. No interview or check-in entry yet -> `engaging`.
2. No direction chosen yet -> `focusing`: no focusing interview, no evoking or
   planning interview (each asks for a focus: the person named one there), and no
   active goal. A person with a change plan and goals is past focusing.
3. The latest importance ruler is 6 or lower -> `evoking` (what matters, and why).
4. The latest confidence ruler is 6 or lower -> the `confidence` pack (strengths,
   past successes, what helped before, small first tries, support): low confidence
   is met by building confidence, not by more reasons.
5. No evoking interview in the last 14 days -> `evoking`.
6. The latest importance and confidence rulers given are 7 or higher and there is
   no active goal -> `planning`.
7. Otherwise -> the daily check-in (`checkin`).

Rulers come from any interview or check-in (the latest reading of each counts);
notes and imported entries are not part of the rule. Entries are read newest
first and the scan stops as soon as the answer is known.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from mi_journal.core.dates import now
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import EntryKind, Ruler, Stage
from mi_journal.messages import suggest as suggest_msg

if TYPE_CHECKING:
    from mi_journal.index import Index
    from mi_journal.storage.models import Entry

EVOKING_WITHIN = timedelta(days=14)
LOW_RULER = 6
CHECKIN = "checkin"
CONFIDENCE = "confidence"


class Suggestion(NamedTuple):
    target: str  # a stage name, or the pack id "checkin" or "confidence"
    reason: str


@dataclass
class History:
    """What the rule needs to know, gathered from entries newest first."""

    any_interview: bool = False
    focusing: bool = False
    later_stage: bool = False  # an evoking or planning interview: a focus was named there
    recent_evoking: bool = False
    rulers: dict[Ruler, int] = field(default_factory=dict)

    @property
    def has_direction(self) -> bool:
        """A focus was chosen in an interview (goals, the other sign, are read apart)."""
        return self.focusing or self.later_stage


class Seen(NamedTuple):
    """What the rule reads of one entry: the index holds it, so `suggest_next` need
    not parse a file (see `_seen_in_index`)."""

    kind: str
    stage: str | None
    created: datetime
    rulers: list[tuple[str, int]]  # (ruler, value) in answer order, whole numbers only


def _seen(entry: Entry) -> Seen:
    rulers = [(ruler.value, value) for ruler, value in entry.ruler_readings()]
    return Seen(entry.kind.value, entry.stage.value if entry.stage else None, entry.created,
                rulers)


def gather(entries_newest_first: Iterable[Entry], at: datetime) -> History:
    return gather_seen((_seen(entry) for entry in entries_newest_first), at)


def gather_seen(newest_first: Iterable[Seen], at: datetime) -> History:
    history = History()
    since = at - EVOKING_WITHIN
    wanted = (Ruler.importance.value, Ruler.confidence.value)
    for entry in newest_first:
        if entry.kind not in (EntryKind.interview.value, EntryKind.checkin.value):
            continue
        history.any_interview = True
        if entry.kind == EntryKind.interview.value:
            if entry.stage == Stage.focusing.value:
                history.focusing = True
            if entry.stage in (Stage.evoking.value, Stage.planning.value):
                history.later_stage = True
            if entry.stage == Stage.evoking.value and entry.created >= since:
                history.recent_evoking = True
        for ruler, value in reversed(entry.rulers):
            if ruler in wanted and Ruler(ruler) not in history.rulers:
                history.rulers[Ruler(ruler)] = value
        older = entry.created < since
        if history.has_direction and all(Ruler(r) in history.rulers for r in wanted) and (
            history.recent_evoking or older
        ):
            break
    return history


def decide(history: History, active_goals: int | None) -> Suggestion:
    """The rule itself; `active_goals` None means the goal list could not be read."""
    if not history.any_interview:
        return Suggestion(Stage.engaging.value, suggest_msg.SUGGEST_ENGAGING)
    if not history.has_direction and not active_goals:
        return Suggestion(Stage.focusing.value, suggest_msg.SUGGEST_FOCUSING)
    importance = history.rulers.get(Ruler.importance)
    if importance is not None and importance <= LOW_RULER:
        return Suggestion(Stage.evoking.value, suggest_msg.suggest_evoking_low(importance))
    confidence = history.rulers.get(Ruler.confidence)
    if confidence is not None and confidence <= LOW_RULER:
        return Suggestion(CONFIDENCE, suggest_msg.suggest_confidence_low(confidence))
    if not history.recent_evoking:
        return Suggestion(Stage.evoking.value, suggest_msg.SUGGEST_EVOKING_RECENT)
    if history.rulers and active_goals == 0:
        return Suggestion(Stage.planning.value, suggest_msg.SUGGEST_PLANNING)
    return Suggestion(CHECKIN, suggest_msg.SUGGEST_CHECKIN)


def entries_newest_first(paths: Paths) -> Iterable[Entry]:
    from mi_journal.core.errors import MijError
    from mi_journal.storage.entries import iter_entry_files, read_entry

    for path in sorted(iter_entry_files(paths), key=lambda p: p.stem, reverse=True):
        try:
            yield read_entry(path)
        except MijError:
            continue  # An unreadable file is reported by the commands that list entries.


def _active_goal_count(paths: Paths) -> int | None:
    from mi_journal.core.errors import MijError
    from mi_journal.storage.goals import load_goals
    from mi_journal.storage.models import GoalStatus

    try:
        return sum(1 for goal in load_goals(paths).goals if goal.status is GoalStatus.active)
    except MijError:
        return None


def _seen_in_index(rows: Iterable[tuple[str, str | None, str, str]]) -> Iterator[Seen]:
    import json

    for kind, stage, created, rulers in rows:
        yield Seen(kind, stage, datetime.fromisoformat(created),
                   [(name, value) for name, value in json.loads(rulers)])


def suggest_next(paths: Paths, at: datetime | None = None) -> Suggestion:
    """The suggested next stage (or the check-in) with a one-line reason.

    Read from the index, newest first (by id, as the files are named), only as far
    as the rule needs; if the index cannot be used just now, from the files."""
    import sqlite3

    from mi_journal.index import IndexBusy, open_index

    when = at or now()
    try:
        with open_index(paths) as index:
            rows = index.rulers_newest_first((EntryKind.interview.value,
                                              EntryKind.checkin.value))
            history = gather_seen(_seen_in_index(rows), when)
            rows.close()  # a half-read statement would keep the count below from being kept
            goals = (_kept_active_goal_count(paths, index) if _needs_goals(history)
                     else None)
    except (sqlite3.Error, IndexBusy):
        history = gather(entries_newest_first(paths), when)
        goals = _active_goal_count(paths) if _needs_goals(history) else None
    return decide(history, goals)


def _needs_goals(history: History) -> bool:
    """The goal list counts for rule 2 (goals show a direction) and rule 6."""
    return bool(history.rulers) or (history.any_interview and not history.has_direction)


def _kept_active_goal_count(paths: Paths, index: Index) -> int | None:
    """`_active_goal_count`, kept in the index while goals.toml stays the same."""

    def work_out() -> str | None:
        count = _active_goal_count(paths)
        return None if count is None else str(count)

    kept = index.kept_for_file("active goals", paths.goals, work_out)
    return None if kept is None else int(kept)

"""The next-stage suggestion: a documented, deterministic rule over the history.

Only a suggestion: the person may always pick any stage or pack. The rule
(also in README.md, "Interviews"), first match wins:

1. No interview or check-in entry yet -> `engaging`.
2. No focusing interview yet -> `focusing`.
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

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from mi_journal.core.paths import Paths
from mi_journal.messages import suggest as suggest_msg
from mi_journal.storage.models import Entry, EntryKind, Ruler, Stage, now

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
    recent_evoking: bool = False
    rulers: dict[Ruler, int] = field(default_factory=dict)


def gather(entries_newest_first: Iterable[Entry], at: datetime) -> History:
    history = History()
    since = at - EVOKING_WITHIN
    wanted = (Ruler.importance, Ruler.confidence)
    for entry in entries_newest_first:
        if entry.kind not in (EntryKind.interview, EntryKind.checkin):
            continue
        history.any_interview = True
        if entry.kind is EntryKind.interview:
            if entry.stage is Stage.focusing:
                history.focusing = True
            if entry.stage is Stage.evoking and entry.created >= since:
                history.recent_evoking = True
        for answer in reversed(entry.answers):
            if (
                answer.ruler in wanted
                and answer.ruler not in history.rulers
                and not answer.skipped
                and isinstance(answer.value, int)
                and not isinstance(answer.value, bool)
            ):
                history.rulers[answer.ruler] = answer.value
        older = entry.created < since
        if history.focusing and all(r in history.rulers for r in wanted) and (
            history.recent_evoking or older
        ):
            break
    return history


def decide(history: History, active_goals: int | None) -> Suggestion:
    """The rule itself; `active_goals` None means the goal list could not be read."""
    if not history.any_interview:
        return Suggestion(Stage.engaging.value, suggest_msg.SUGGEST_ENGAGING)
    if not history.focusing:
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


def suggest_next(paths: Paths, at: datetime | None = None) -> Suggestion:
    """The suggested next stage (or the check-in) with a one-line reason."""
    history = gather(entries_newest_first(paths), at or now())
    goals = _active_goal_count(paths) if history.rulers else None
    return decide(history, goals)

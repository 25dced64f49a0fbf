"""Whether a saved entry, or a goal, holds crisis wording in the person's own words (a
negated "I'm not suicidal" is not): where entries and goals are shown or brought in
again, the home screen, md/html exports and `mij import` say so. One detector call
(`mentions_crisis`) for both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry, Goal


def _any_mentions_crisis(texts: Iterable[str]) -> bool:
    from mi_journal.crisis.detect import mentions_crisis

    return any(mentions_crisis(text) for text in texts)


def entry_sounds_like_crisis(entry: Entry) -> bool:
    from mi_journal.storage.models import own_words

    return _any_mentions_crisis(text for text, _ in own_words(entry))


def goal_words(goal: Goal) -> list[str]:
    """The goal's own text, in the person's words: title, why, steps and notes."""
    return [goal.title, goal.why, *(step.text for step in goal.steps),
            *(note.text for note in goal.notes)]


def goal_sounds_like_crisis(goal: Goal) -> bool:
    """This goal's own text holds crisis words (a negated "I'm not suicidal" does not):
    where it is shown, a gentle line says where the help lines are, and an export marks
    it as it marks such an entry."""
    return _any_mentions_crisis(goal_words(goal))


def goal_touches_crisis(goal: Goal) -> bool:
    """Crisis words anywhere in the goal's own text, even negated, or despair that names
    nothing (`touches_crisis`): its title is then never quoted back as something to
    work toward (`mij goals review` says "this goal")."""
    from mi_journal.crisis.detect import touches_crisis

    return any(touches_crisis(text) for text in goal_words(goal))

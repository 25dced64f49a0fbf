"""Whether a saved entry, or a goal, holds crisis wording in the person's own words (a
negated "I'm not suicidal" is not): where entries and goals are shown or brought in
again, the home screen, md/html exports and `mij import` say so. One detector call
(`mentions_crisis`) for both."""

from __future__ import annotations

import functools
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


def goal_title_named_by_id(title: str) -> bool:
    """Where goals are listed or named in passing (the home menu, `mij goals list`), a
    title holding crisis words, even negated (`touches_crisis`), is named by the goal's
    id, never quoted; `mij goals show ID` shows the goal's words in full."""
    from mi_journal.crisis.detect import touches_crisis

    return touches_crisis(title)


@functools.cache
def detector_fingerprint() -> str:
    """A digest of the detector's own files (code, phrase lists, weights), so a verdict
    kept for a text (`goals.listing.titles_named_by_id`) is trusted only while they
    are the same. About 2 ms: the files are read, not imported."""
    import hashlib
    from pathlib import Path

    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(Path(__file__).resolve().parent.iterdir()):
        if path.is_file():
            digest.update(path.name.encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    return digest.hexdigest()

"""Whether a saved entry holds crisis wording in the person's own words (a negated
"I'm not suicidal" is not): where entries are shown or brought in again, the home
screen after a painful entry, md/html exports and `mij import` say so."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry


def entry_sounds_like_crisis(entry: Entry) -> bool:
    from mi_journal.crisis.detect import mentions_crisis
    from mi_journal.storage.models import own_words

    return any(mentions_crisis(text) for text, _ in own_words(entry))

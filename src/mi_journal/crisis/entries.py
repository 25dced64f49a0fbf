"""Whether a saved entry holds crisis wording: its text and free answers read by the
detector (a negated "I'm not suicidal" is not). Used where an entry as a whole is
shown again: the home screen after a painful entry, and md/html exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mi_journal.storage.models import Entry


def entry_sounds_like_crisis(entry: Entry) -> bool:
    from mi_journal.crisis.detect import detect_crisis

    texts = [entry.text] if entry.text else []
    for answer in entry.answers:
        if isinstance(answer.value, str):
            texts.append(answer.value)
        elif isinstance(answer.value, list):
            texts.extend(item for item in answer.value if isinstance(item, str))
    return any(detect_crisis(words) is not None for words in texts)

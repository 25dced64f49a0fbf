"""Pick the person's strongest change talk from their answers."""

from __future__ import annotations

from collections.abc import Iterable

from mi_journal.changetalk.lexicon import KINDS_CHANGE
from mi_journal.changetalk.tagger import CHANGE, SUSTAIN, Tagged, normalise, tag_text

_RANK = {kind: index for index, kind in enumerate(KINDS_CHANGE)}


def dedupe_key(text: str) -> str:
    return " ".join("".join(ch for ch in normalise(text) if ch.isalnum() or ch == " ").split())


def strongest_change_talk(texts: Iterable[str], limit: int = 5) -> list[Tagged]:
    """Change-talk statements, mobilizing (commitment, activation, taking steps)
    before preparatory (desire, ability, reasons, need), first said first within a
    kind, each wording once. Sustain and neutral talk are never returned."""
    found: list[tuple[int, int, Tagged]] = []
    seen: set[str] = set()
    order = 0
    for text in texts:
        for tagged in tag_text(text):
            if not quotable(tagged):
                continue
            key = dedupe_key(tagged.text)
            if not key or key in seen:
                continue
            seen.add(key)
            found.append((_RANK.get(tagged.kind or "", len(_RANK)), order, tagged))
            order += 1
    found.sort(key=lambda item: (item[0], item[1]))
    return [tagged for _, _, tagged in found[: max(limit, 0)]]


def quotable(tagged: Tagged, label: str = CHANGE) -> bool:
    """Change (or sustain) talk that may be quoted back as such: the rules found it.
    The statistical part alone decides labels and counts, never a quote: a wrong
    reflection is worse than a missed one."""
    return tagged.label == label and any(not cue.startswith("model:") for cue in tagged.cues)


def is_sustain_talk(text: str) -> bool:
    """True when the text leans toward the status quo and holds no change talk,
    so a summary can mention it only briefly."""
    labels = {tagged.label for tagged in tag_text(text)}
    return SUSTAIN in labels and CHANGE not in labels

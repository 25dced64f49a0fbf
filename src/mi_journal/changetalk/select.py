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
        if without_crisis([text], text)[1]:
            continue  # crisis words: nothing of this text is reflected back
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


def without_crisis(pieces: list[str], whole: str) -> tuple[list[str], bool]:
    """The one place crisis language is kept out of anything reflected back
    (summaries, `mij reflect`, exports): `pieces` of `whole`, and whether anything
    was left out. When `whole` (one answer, one note) holds crisis language, none
    of it is kept: a sentence beside it ("I want to stop.") may mean something
    else there, and safety wins over a missed quote. A piece with crisis words that
    do not show the lines (negated: "I'm not suicidal.") is left out on its own."""
    from mi_journal.interview.crisis import mentions_crisis, touches_crisis

    if mentions_crisis(whole):
        return [], True
    kept = [piece for piece in pieces if not touches_crisis(piece)]
    return kept, len(kept) != len(pieces)


def quote_ref(text: str) -> str:
    """A short, stable reference to a quote, for `mij reflect hide`."""
    import hashlib

    return hashlib.sha1(dedupe_key(text).encode("utf-8"), usedforsecurity=False).hexdigest()[:6]


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

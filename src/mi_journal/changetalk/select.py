"""Pick the person's strongest change talk from their answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mi_journal.changetalk.lexicon import KINDS_CHANGE
from mi_journal.changetalk.tagger import (
    CHANGE,
    SUSTAIN,
    Tagged,
    _tag_cleared,
    normalise,
    split_statements,
    tag_text,
)

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
        kept, left_out = screen([text], text)
        if left_out:
            continue  # crisis words: nothing of this text is reflected back
        for tagged in (tagged for cleared in kept for tagged in tag_cleared(cleared)):
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


@dataclass(frozen=True)
class Cleared:
    """A piece of the person's text that the crisis check has read and cleared, with
    its sentences: none of them, nor the piece as a whole, holds crisis words (not
    even negated). Only `screen` makes one, so `tag_cleared` tags its sentences
    without reading them for crisis words a second time."""

    text: str
    sentences: tuple[str, ...]


def screen(pieces: list[str], whole: str) -> tuple[list[Cleared], bool]:
    """The one place crisis language is kept out of anything reflected back
    (summaries, `mij reflect`, exports): the `pieces` of `whole` that may be
    reflected, and whether anything was left out. When `whole` (one answer, one
    note) holds crisis language, none of it is kept: a sentence beside it ("I want
    to stop.") may mean something else there, and safety wins over a missed quote.
    A piece with crisis words that do not show the lines (negated: "I'm not
    suicidal.") is left out on its own. Each sentence is read once; a piece of
    several sentences is also read whole, as a crisis phrase may span the break."""
    from mi_journal.interview.crisis import mentions_crisis, touches_crisis

    if mentions_crisis(whole):
        return [], True
    kept: list[Cleared] = []
    for piece in pieces:
        sentences = tuple(split_statements(piece)) or (piece,)
        if any(touches_crisis(sentence) for sentence in sentences):
            continue
        if len(sentences) > 1 and touches_crisis(piece):
            continue
        kept.append(Cleared(piece, sentences))
    return kept, len(kept) != len(pieces)


def without_crisis(pieces: list[str], whole: str) -> tuple[list[str], bool]:
    """`screen`, as plain texts: the pieces kept, and whether anything was left out."""
    kept, left_out = screen(pieces, whole)
    return [cleared.text for cleared in kept], left_out


def tag_cleared(cleared: Cleared, question: str | None = None,
                language: str = "en") -> list[Tagged]:
    """`tag_text` for a piece `screen` cleared: its sentences, each labelled, without
    a second crisis check (the one in `screen` decided)."""
    return [_tag_cleared(sentence, language, question) for sentence in cleared.sentences]


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

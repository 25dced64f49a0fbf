"""Pick the person's strongest change talk from their answers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mi_journal.changetalk.lexicon import KINDS_CHANGE
from mi_journal.changetalk.tagger import (
    CARRIED_CUE,
    CHANGE,
    SUSTAIN,
    Tagged,
    _tag_cleared,
    normalise,
    read_with_before,
    split_statements,
    tag_text,
)

_RANK = {kind: index for index, kind in enumerate(KINDS_CHANGE)}

# A sentence that starts like this leans on the one before it.
_LEANS = re.compile(
    r"^(that|this|it|which|so|and|but|because|then|those|these|they|still|even so|also|too"
    r"|plus|or|if so|same)\b", re.IGNORECASE)
# A short sentence that ends pointing back ("I hate that.") leans on the one before too.
_POINTS_BACK = re.compile(r"\b(that|this|it|them|those)\W*$", re.IGNORECASE)
_POINTING_WORDS = 5
_VERBLESS_WORDS = 3  # "Her finding me." is a fragment: it goes with its neighbour


def leans_back(sentence: str) -> bool:
    """True when `sentence` leans on the one before ("That scares me.", "And ...")."""
    return bool(_LEANS.match(sentence)) or (
        len(sentence.split()) <= _POINTING_WORDS and bool(_POINTS_BACK.search(sentence)))


def is_fragment(piece: str) -> bool:
    """A short piece without a subject of its own: it belongs with a neighbour."""
    words = piece.split()
    return len(words) <= _VERBLESS_WORDS and not re.match(r"(?i)^(i|i'm|i've|i'll|we)\b", piece)


def pieces(text: str) -> list[str]:
    """The sentences of `text` joined into whole pieces, as they are quoted: a sentence
    that leans on the one before ("That scares me.", "and i want to be around for the
    kids", also after a line break) goes with it, and a short fragment without a subject
    ("Mostly the kids.") with its neighbour."""
    found: list[str] = []
    for sentence in split_statements(text):
        if found and (leans_back(sentence) or is_fragment(found[-1])):
            found[-1] = f"{found[-1]} {sentence}"
        else:
            found.append(sentence)
    if len(found) > 1 and is_fragment(found[-1]):
        found[-2:] = [f"{found[-2]} {found[-1]}"]
    return found


def piece_quotes(cleared: Cleared, tagged: list[Tagged]) -> list[Tagged]:
    """What of a piece `screen` cleared (see `pieces`) may be quoted back as change talk,
    `tagged` being its sentences as `tag_cleared` read them. A piece with change talk the
    rules found is quoted whole, with the kind and cues of its strongest such sentence. When
    it holds sustain talk the rules found too (never quoted back), only its first sentence
    may be quoted, on its own, if that is the change talk and no fragment: a sentence that
    leans on another ("... It helps me relax though.", "But I want to stop.") is never quoted
    without it. A piece of one sentence is that sentence's own reading."""
    change = [t for t in tagged if quotable(t) and t.kind is not None]
    if not change:
        return []
    if len(tagged) == 1:
        return change
    if any(quotable(t, SUSTAIN) for t in tagged):
        first = tagged[0]
        return [first] if first in change and not is_fragment(first.text) else []
    best = min(change, key=lambda t: _RANK.get(t.kind or "", len(_RANK)))
    return [replace(best, text=cleared.text)]


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
    reflected, and whether anything was left out. `pieces` are sentences of `whole`
    in order, or runs of them joined by a space. When `whole` (one answer, one note)
    holds crisis language, each sentence is decided on its own
    (`_beside_crisis`): only those that stand alone are kept, and safety wins on any
    doubt. A piece with crisis words that do not show the lines (negated: "I'm not
    suicidal.") is left out on its own. Each sentence is read once; a piece of
    several sentences is also read whole, as a crisis phrase may span the break."""
    from mi_journal.crisis.detect import mentions_crisis, touches_crisis

    if mentions_crisis(whole):
        return _beside_crisis(pieces, whole), True
    kept: list[Cleared] = []
    for piece in pieces:
        sentences = tuple(split_statements(piece)) or (piece,)
        if any(touches_crisis(sentence) for sentence in sentences):
            continue
        if len(sentences) > 1 and touches_crisis(piece):
            continue
        kept.append(Cleared(piece, sentences))
    return kept, len(kept) != len(pieces)


# --- an answer that showed the help lines ---------------------------------------------
# Its crisis sentences are never quoted, not even beside others. Another sentence of it
# may be, but only when it stands alone: "I'm going to do it tonight.", "I want to stop."
# or "I'm ready." read alone is change talk, and beside crisis words it may mean the
# crisis. So a sentence is kept only when nothing ties it to the crisis, it refers to
# nothing outside itself, and it is change talk (found by the rules) that says what it
# is about. Whatever is in doubt is left out: a missed reflection costs little, a crisis
# plan handed back as the person's plan for change costs a great deal.

# Words that may point outside the sentence (to the crisis sentence, or to the means):
# "it", "them", "all of it", "everything", "life". "That" is left out even as a
# conjunction, and "be there for" is the one idiom let through.
_REFERS_OUTSIDE = re.compile(
    r"\b(it|its|this|that|these|those|they|them|their|there|then|here|he|she|him|her|his"
    r"|one|such|same|everything|everyone|everybody|anything|anyone|nothing|nobody|all"
    r"|life|living|world|forever|gone|away|over|end|ended|ending|done)\b")
_IDIOMS_LET_THROUGH = re.compile(r"\bbe there for\b")
# Words that name no object of a change ("I want to stop tonight", "for good").
_NO_OBJECT = frozenset((
    "now", "today", "tonight", "tomorrow", "soon", "again", "anymore", "already", "finally",
    "ever", "good", "for", "at", "by", "on", "in", "to", "the", "a", "an", "and", "or", "of",
    "with", "once", "last", "next", "first", "morning", "night", "week", "weekend", "day",
    "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "really", "just"))
_WORD = re.compile(r"[a-z0-9'-]+")
_PHRASE_WORDS = 3  # a fixed phrase of change talk says what it is about ("i want my ...")


def _beside_crisis(pieces: list[str], whole: str) -> list[Cleared]:
    """The pieces of an answer with crisis language that stand alone (see above)."""
    from mi_journal.crisis.detect import touches_crisis

    sentences = split_statements(whole)
    spans = _spans(pieces, sentences)
    if spans is None:  # the pieces are not this answer's sentences: in doubt, nothing
        return []
    alone = _standing_alone(sentences)
    kept = [Cleared(piece, tuple(sentences[start:end]))
            for piece, (start, end) in zip(pieces, spans, strict=True)
            if all(alone[start:end]) and not (end - start > 1 and touches_crisis(piece))]
    # The kept words read together must be clear too (a phrase across what was left out).
    if kept and touches_crisis(" ".join(cleared.text for cleared in kept)):
        return []
    return kept


def _spans(pieces: list[str], sentences: list[str]) -> list[tuple[int, int]] | None:
    """For each piece, the run of `sentences` it is made of; None if they do not line up."""
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in pieces:
        flat, end, joined = " ".join(piece.split()), start, ""
        while end < len(sentences) and len(joined) < len(flat):
            joined = f"{joined} {sentences[end]}".lstrip()
            end += 1
        if joined != flat:
            return None
        spans.append((start, end))
        start = end
    return spans


def _standing_alone(sentences: list[str]) -> list[bool]:
    from mi_journal.crisis.detect import touches_crisis

    out = [touches_crisis(sentence) for sentence in sentences]
    for number in range(len(sentences) - 1):  # a crisis phrase across the break
        pair = f"{sentences[number]} {sentences[number + 1]}"
        if not (out[number] or out[number + 1]) and touches_crisis(pair):
            out[number] = out[number + 1] = True
    if not any(out):  # heard only in the whole answer: no sentence can be trusted
        return [False] * len(sentences)
    # As the summary joins them: a sentence leaning back, or a fragment, goes with the
    # one before; a fragment that does not lean back, with the next. (Read once: the
    # loop below only spreads "out" along these ties.)
    tied = [number for number in range(1, len(sentences))
            if leans_back(sentences[number]) or is_fragment(sentences[number])
            or (is_fragment(sentences[number - 1]) and not leans_back(sentences[number - 1]))]
    changed = True
    while changed:  # tied to a sentence that is out, either way round: out too
        changed = False
        for number in tied:
            if out[number - 1] != out[number]:
                out[number - 1] = out[number] = True
                changed = True
    return [not left and _says_what_it_is_about(sentence)
            for sentence, left in zip(sentences, out, strict=True)]


def stands_alone(piece: str) -> bool:
    """For a piece `screen` cleared: every sentence of it is change talk that names what
    it is about and points nowhere outside itself, the test a sentence beside crisis
    words must pass. Also the test for words written after an answer showed the help
    lines (`interview.summary`): the detector may have missed them."""
    sentences = split_statements(piece) or [piece]
    return all(_says_what_it_is_about(sentence) for sentence in sentences)


def _says_what_it_is_about(sentence: str) -> bool:
    """Change talk, found by the rules, that names its own object and points nowhere else."""
    norm = normalise(sentence)
    if _REFERS_OUTSIDE.search(_IDIOMS_LET_THROUGH.sub(" ", norm)):
        return False
    tagged = _tag_cleared(sentence, "en", None)  # read for crisis words just before
    if not quotable(tagged):
        return False
    return any(_names_its_object(cue, norm) for cue in tagged.cues)


def _names_its_object(cue: str, norm: str) -> bool:
    kind, _, detail = cue.partition(":")
    if kind not in _RANK:  # the model's cue, a "yes" to the question, a take-back
        return False
    if "status quo:" in detail:  # the behaviour itself: "I will not drink tonight"
        return True
    if "change target:" not in detail:  # a phrase, or a frame with no target ("am ready")
        return len(detail.split(",")[0].split()) >= _PHRASE_WORDS
    target = detail.split("change target:", 1)[1].split(",")[0].strip()
    after = norm.split(target, 1)[1] if target and target in norm else ""
    named = target.split() + [w for w in _WORD.findall(after) if w not in _NO_OBJECT]
    return len(named) >= 2  # "stop drinking", "call my sponsor"; never "stop", "quit"


def without_crisis(pieces: list[str], whole: str) -> tuple[list[str], bool]:
    """`screen`, as plain texts: the pieces kept, and whether anything was left out."""
    kept, left_out = screen(pieces, whole)
    return [cleared.text for cleared in kept], left_out


def tag_cleared(cleared: Cleared, question: str | None = None,
                language: str = "en", evoked: bool = True) -> list[Tagged]:
    """`tag_text` for a piece `screen` cleared: its sentences, each labelled, without
    a second crisis check (the one in `screen` decided). `evoked=False` when the
    whole answer waves the question off (`tagger.waves_off`)."""
    tagged: list[Tagged] = []
    for sentence in cleared.sentences:
        found = _tag_cleared(sentence, language, question, evoked)
        tagged.append(read_with_before(found, tagged[-1] if tagged else None, language, question))
    return tagged


def quote_ref(text: str) -> str:
    """A short, stable reference to a quote, for `mij reflect hide`."""
    return key_ref(dedupe_key(text))


def key_ref(key: str) -> str:
    """`quote_ref` of a quote whose `dedupe_key` is `key`."""
    import hashlib

    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:6]


def quotable(tagged: Tagged, label: str = CHANGE) -> bool:
    """Change (or sustain) talk that may be quoted back as such: the rules found it.
    The statistical part alone decides labels and counts, never a quote: a wrong
    reflection is worse than a missed one."""
    return tagged.label == label and any(not cue.startswith("model:") for cue in tagged.cues) \
        and not any(cue.startswith(CARRIED_CUE) for cue in tagged.cues)


def is_sustain_talk(text: str) -> bool:
    """True when the text leans toward the status quo and holds no change talk,
    so a summary can mention it only briefly."""
    labels = {tagged.label for tagged in tag_text(text)}
    return SUSTAIN in labels and CHANGE not in labels

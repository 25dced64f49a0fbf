"""The question as context: an answer to an open question that evokes change talk.

"What might be better if you drank less?" "Mornings would be calmer." The answer holds
no cue word of its own; read with its question, an MI coder hears a reason for change.
When the question (its own words, never a pack id: counsellors write packs too) is an
open question of a kind that evokes change talk (what would be better, what worries
you about..., how could you..., why is it important..., what will you do...), an answer
that plainly answers it takes that kind: it must hold what the question asks for (a
good the change brings, a worry or something at stake, an action toward the change, a
past success), and nothing that waves it off ("Nothing would change.", "Probably
nothing.", "I don't know"), laughs it off, turns toward the habit ("I'd be bored out of
my mind.", "Less money for beer"), or tells the past. A question that evokes sustain
talk ("What do you like about drinking?", "What worries you about cutting down?") is
never read as evoking change. Precision first: every list only narrows. The tagger asks
this only where its rules found nothing at all (no cue, no settled neutral such as
someone else's words, a hedge or a hypothetical), and crisis words were screened out
before (`tagger.tag_statement`).

The word lists are data in the language's cue module (`cues_en.EVOKING_QUESTIONS` and
the names after it); a language without them has no such rule.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mi_journal.changetalk.lexicon import LANGUAGES

CUE_PREFIX = "answers the question:"


@dataclass(frozen=True)
class _Evoking:
    sustain: re.Pattern[str] | None
    questions: tuple[tuple[str, str, re.Pattern[str]], ...]
    dismissal: re.Pattern[str]
    answers: dict[str, tuple[re.Pattern[str], ...]]
    against: re.Pattern[str]
    not_now: re.Pattern[str]
    max_words: int


@dataclass(frozen=True)
class Evoked:
    """What an open question asks for: the kind of change talk it evokes, what its
    answer must hold, and the words of the question that decided."""

    kind: str
    wants: str
    asked: str


def _any(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fragment})" for fragment in fragments))


@cache
def _evoking(language: str) -> _Evoking | None:
    module_name = LANGUAGES.get(language)
    if module_name is None:
        return None
    data = importlib.import_module(module_name)
    questions = getattr(data, "EVOKING_QUESTIONS", ())
    if not questions:
        return None
    answers = dict(data.EVOKED_ANSWERS)
    answers["reason"] = (*answers["benefit"], *answers["concern"])
    return _Evoking(
        sustain=_any(data.EVOKES_SUSTAIN) if data.EVOKES_SUSTAIN else None,
        questions=tuple((kind, wants, re.compile(p)) for kind, wants, p in questions),
        dismissal=_any(data.EVOKED_DISMISSAL),
        answers={name: tuple(map(re.compile, found)) for name, found in answers.items()},
        against=_any(data.EVOKED_AGAINST),
        not_now=_any(data.EVOKED_NOT_NOW),
        max_words=int(data.EVOKED_MAX_WORDS),
    )


@lru_cache(maxsize=512)
def evoked_by(norm_question: str, language: str = "en") -> Evoked | None:
    """What the (normalised) question asks for, or None when it evokes no change talk
    (a closed question, a question that evokes sustain talk, any other question)."""
    rules = _evoking(language)
    if rules is None or not norm_question:
        return None
    if rules.sustain is not None and rules.sustain.search(norm_question):
        return None
    for kind, wants, pattern in rules.questions:
        found = pattern.search(norm_question)
        if found:
            return Evoked(kind, wants, found.group(0))
    return None


def turns_away(norm_answer: str, language: str = "en") -> bool:
    """True when the (normalised) sentence waves the question off ("Nothing, really.",
    "I don't know") or turns toward the habit ("I'd miss it"): said anywhere in an
    answer, no other sentence of it is read as answering the question."""
    rules = _evoking(language)
    return rules is not None and bool(
        rules.dismissal.search(norm_answer) or rules.against.search(norm_answer))


# Past and present are allowed for these: a worry, something at stake, a past success.
_ANY_TENSE = ("concern", "ability")


def answer_cue(norm_answer: str, evoked: Evoked, language: str = "en") -> str | None:
    """The cue when the (normalised) answer plainly answers the question, else None."""
    rules = _evoking(language)
    if rules is None or not norm_answer:
        return None
    if len(norm_answer.split()) > rules.max_words:
        return None
    if rules.dismissal.search(norm_answer) or rules.against.search(norm_answer):
        return None
    wants = ("benefit", "concern") if evoked.wants == "reason" else (evoked.wants,)
    if evoked.wants == "ability":
        wants = ("ability", "action")
    elif evoked.wants == "desire":
        wants = ("desire", "benefit")  # a good wished for
    for name in wants:  # the first list that holds, then its first pattern (the strongest)
        found = next((hit for hit in (p.search(norm_answer) for p in rules.answers.get(name, ()))
                      if hit is not None), None)
        if found is None:
            continue
        if name not in _ANY_TENSE and rules.not_now.search(norm_answer):
            continue
        return (f"{evoked.kind}, {CUE_PREFIX}{evoked.asked}, "
                f"{name}:{found.group(0).strip()}")
    return None

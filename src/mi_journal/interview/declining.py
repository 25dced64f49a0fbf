"""Answers that decline or are unsure: "nothing for now", "not sure", "idk", "pass".

The person may decline any question (MI's autonomy). Such an answer is their answer
and is kept, but it is never handed back as if it named something: a question that
would quote it ("What makes "nothing for now" the thing to look at now?") is not
asked, it is never offered again as the focus, never offered as a goal, and it is
not read back as a strength. One small list, used by the interview engine, the
summary and the focus carried over from earlier entries.

Only a whole answer counts: "not sure how to stop" is an answer, "not sure" is not.
A little filler around the core is allowed ("um, not sure tbh", "Nothing for now.",
"I dunno really").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mi_journal.packs.model import Prompt

# The whole answer, lower-cased, trimmed of punctuation and of the filler below.
DECLINING: frozenset[str] = frozenset({
    "nothing", "nothing much", "nothing really", "nothing at all", "nothing in particular",
    "not sure", "unsure", "no idea", "no clue", "not really", "not now", "not today",
    "idk", "dunno", "i dunno", "i don't know", "i dont know", "i do not know", "don't know",
    "dont know", "pass", "skip", "none", "no", "nope", "nah", "n/a", "na", "no thanks",
})

# Words around the core that do not change what it says.
_LEADING = re.compile(
    r"^(?:(?:um+|uh+|hmm+|er+|erm|well|oh|honestly|really|i'?m|i am)[\s,]+)+")
_TRAILING = re.compile(
    r"(?:[\s,]+(?:tbh|to be honest|honestly|really|i guess|yet|for now|right now|"
    r"at the moment|atm|for the moment|today|thanks|thank you|sorry|lol))+$")
_EDGES = " \t\n.,!?…;:-–—'\"“”‘’()"


def _forms(text: str) -> set[str]:
    """The answer, and what is left as filler is peeled off it in turns
    ("Um, not sure yet, tbh." -> "not sure yet, tbh" -> "not sure")."""
    flat = " ".join(text.replace("\u2019", "'").split()).lower().strip(_EDGES)
    forms = {flat}
    previous = None
    while previous != flat:
        previous = flat
        flat = _LEADING.sub("", flat).strip(_EDGES)
        forms.add(flat)
        flat = _TRAILING.sub("", flat).strip(_EDGES)
        forms.add(flat)
    return forms


def declines(value: object) -> bool:
    """True when a free-text answer (or every item of a list answer) declines or is unsure.

    Numbers, yes/no and picks from a list are never read as declining: they are choices.
    """
    if isinstance(value, str):
        return bool(value.strip()) and not _forms(value).isdisjoint(DECLINING)
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return all(declines(item) for item in value)
    return False


# A pick from a list that says "not now" in its own words ("keeping things as they are
# for now", "think it over some more"; "not sure yet" and "nothing for now" decline).
_NOT_NOW_PICK = re.compile(r"\bas (?:they|it) (?:are|is)\b|\bthink(?:ing)? it over\b",
                           re.IGNORECASE)


def picks_not_now(value: object) -> bool:
    """True when a choice picked from a list says "not now" or "not sure"."""
    return isinstance(value, str) and bool(
        _NOT_NOW_PICK.search(value) or not _forms(value).isdisjoint(DECLINING))


_FREE_TEXT = ("text", "long_text", "list")


def topic_prompts(prompts: Iterable[Prompt]) -> set[str]:
    """The required free-text prompts whose answer later questions quote (`{focus}`).

    Declining one of these leaves nothing for the rest to be about: the interview
    closes there, kindly (`interview.engine`, `interview.summary`).
    """
    from mi_journal.packs.template import references

    listed = list(prompts)
    quoted = {ref.prompt for prompt in listed for ref in references(prompt.text)}
    return {prompt.id for prompt in listed
            if prompt.id in quoted and not prompt.optional and prompt.kind.value in _FREE_TEXT}


def is_free_text(prompt: Prompt) -> bool:
    return prompt.kind.value in _FREE_TEXT

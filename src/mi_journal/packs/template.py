"""Placeholders in prompt text, parsed by hand: never str.format, never eval.

Syntax:
  {id}      the person's earlier answer to prompt `id` (a list reads "A, B and C";
            more than five items: "A, B, C and 3 more")
  {id:-N}   a scale answer minus N, clamped to that scale's min..max
  {id:+N}   a scale answer plus N, clamped likewise
  {{ }}     literal braces

A quoted answer longer than MAX_QUOTED_CHARS, and a whole question longer than
MAX_RENDERED_CHARS, is shortened with an ellipsis. A quoted answer's own closing
full stop or exclamation mark is dropped (one of them; "?" and "…" are kept), so
it does not end a sentence in the middle of the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mi_journal.messages import packs as packs_msg

# A question quotes at most this much of one earlier answer, and is at most this long
# in all: it stays readable, and an entry (which keeps each question as asked) stays
# far below the size mi-journal reads back, however often a pack repeats `{id}`.
MAX_QUOTED_CHARS = 300
MAX_RENDERED_CHARS = 4_000
ELLIPSIS = "\u2026"

_REF = re.compile(r"^([a-z][a-z0-9-]{0,63})(?::([+-])(\d{1,4}))?$")


class TemplateSyntaxError(ValueError):
    def __init__(self, message: str, inner: str | None = None) -> None:
        super().__init__(message)
        self.inner = inner  # what stood between the braces, when it is not a placeholder


@dataclass(frozen=True)
class Ref:
    prompt: str
    offset: int = 0
    shifted: bool = False


Piece = str | Ref


def parse_template(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            if text.startswith("{{", i):
                literal.append("{")
                i += 2
                continue
            end = text.find("}", i + 1)
            if end == -1:
                raise TemplateSyntaxError(packs_msg.BRACE_NEVER_CLOSED)
            inner = text[i + 1 : end].strip()
            match = _REF.match(inner)
            if not match:
                raise TemplateSyntaxError(packs_msg.not_a_placeholder(inner), inner)
            if literal:
                pieces.append("".join(literal))
                literal = []
            sign, amount = match.group(2), match.group(3)
            offset = 0 if sign is None else int(amount) * (-1 if sign == "-" else 1)
            pieces.append(Ref(match.group(1), offset, sign is not None))
            i = end + 1
        elif ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise TemplateSyntaxError(packs_msg.BRACE_NEVER_OPENED)
        else:
            literal.append(ch)
            i += 1
    if literal:
        pieces.append("".join(literal))
    return pieces


def references(text: str) -> list[Ref]:
    return [piece for piece in parse_template(text) if isinstance(piece, Ref)]


def show_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


# In a sentence a list reads as a list: "Jo and Dave", "A, B and C"; a long one is
# shortened ("A, B, C and 3 more") so the question stays short. Five are still shown
# in full: a question that hands back the five values someone just picked and asks
# "which of these" must not hide two of them. Per pack language;
# a language not listed here gets the items joined with commas, in full.
LIST_WORDS = {"en": ("and", "more")}
LIST_SHOWN_IN_FULL = 5
LIST_SHORTENED_TO = 3


def quote_list(items: list[str], language: str = "en") -> str:
    words = LIST_WORDS.get(language.split("-")[0].lower())
    if words is None or len(items) < 2:
        return ", ".join(items)
    conjunction, more = words
    if len(items) > LIST_SHOWN_IN_FULL:
        rest = len(items) - LIST_SHORTENED_TO
        return f"{', '.join(items[:LIST_SHORTENED_TO])} {conjunction} {rest} {more}"
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def render(
    text: str,
    answers: Mapping[str, object],
    scale_bounds: Mapping[str, tuple[int, int]],
    language: str = "en",
) -> str | None:
    """Fill placeholders from `answers`; None when a referenced answer is missing."""
    out: list[str] = []
    for piece in parse_template(text):
        if isinstance(piece, str):
            out.append(piece)
            continue
        value = answers.get(piece.prompt)
        if value is None:
            return None
        if piece.shifted:
            if not isinstance(value, int) or isinstance(value, bool):
                return None
            low, high = scale_bounds.get(piece.prompt, (value, value))
            value = min(high, max(low, value + piece.offset))
        if isinstance(value, list):
            text = quote_list([str(item) for item in value], language)
        else:
            text = show_value(value)
        out.append(_shortened(in_sentence(text), MAX_QUOTED_CHARS))
    return _shortened("".join(out), MAX_RENDERED_CHARS)


def in_sentence(quoted: str) -> str:
    """An answer as it reads inside a question: its one closing "." or "!" left off
    ('...around "off heroin for good.", how confident...' read as two sentences).
    An ellipsis ("...", "…") and a question mark stay: they say something."""
    text = quoted.rstrip()
    if text.endswith("!") or (text.endswith(".") and not text.endswith("..")):
        text = text[:-1].rstrip()
    return text or quoted


def _shortened(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + ELLIPSIS

"""Where a search matched, in the person's own words: a few words of context around
the first match, with every match marked.

The index searches a normalized copy of the text (no case, no accents); FTS5's
`highlight()` says where the matches are in that copy. Normalizing goes one
character at a time, so each match maps back to the words as they were written.
Without FTS5 (or for scripts without spaces) the same rules are applied in Python.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mi_journal.index.search_text import (
    SearchTerm,
    needs_substring_search,
    normalize,
    term_pattern,
)

# Markers FTS5 puts around each match; noncharacters, never typed by a person.
OPEN = "\U0010fffe"
CLOSE = "\U0010ffff"
CONTEXT_WORDS = 6  # words shown before the first match


@dataclass(frozen=True)
class Snippet:
    """Pieces of one line of the person's text: (text, matched), in order; `cut_before`
    / `cut_after` say whether text was left out on either side."""

    pieces: tuple[tuple[str, bool], ...]
    cut_before: bool
    cut_after: bool


def document_texts(document: dict[str, Any]) -> list[str]:
    """The texts search looks in, in the index's order (see rows.entry_texts), from an
    entry's stored JSON."""
    texts: list[str] = []
    for key in ("title", "text"):
        value = document.get(key)
        if isinstance(value, str) and value:
            texts.append(value)
    for answer in document.get("answers") or []:
        value = answer.get("value") if isinstance(answer, dict) else None
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            texts.extend(str(item) for item in value)
    summary = document.get("summary")
    if isinstance(summary, str) and summary:
        texts.append(summary)
    texts.extend(str(tag) for tag in document.get("tags") or [])
    return texts


def spans_in_highlight(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without FTS5's markers, and where each marked match starts and ends."""
    spans: list[tuple[int, int]] = []
    removed = 0
    at = marked.find(OPEN)
    while at >= 0:
        close = marked.find(CLOSE, at)
        if close < 0:
            break
        spans.append((at - removed, close - removed - 1))
        removed += 2
        at = marked.find(OPEN, close)
    return marked.replace(OPEN, "").replace(CLOSE, ""), spans


def spans_by_rule(normalized: str, terms: Sequence[SearchTerm]) -> list[tuple[int, int]]:
    """Match spans found with the search rules in Python (search_text.matches)."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        if needs_substring_search([term]):  # as the index does for these scripts
            pattern = re.compile("|".join(re.escape(word) for word in term.words))
        else:
            pattern = term_pattern(term)
        for found in pattern.finditer(normalized):
            end = found.end()
            if not term.phrase:  # a word matches words that start with it: mark the word
                while end < len(normalized) and (normalized[end].isalnum()):
                    end += 1
            spans.append((found.start(), end))
    return sorted(set(spans))


@functools.lru_cache(maxsize=4096)
def _folded(ch: str) -> str:
    return normalize(ch)


def _offsets(original: str) -> tuple[str, list[int]]:
    """The normalized text, and for each of its characters the index of the original
    character it came from. ASCII runs map one to one (done a run at a time); other
    characters one by one, since normalizing may drop them (accents) or grow them."""
    if original.isascii():
        return original.lower(), list(range(len(original)))
    pieces: list[str] = []
    origin: list[int] = []
    for run in _RUNS.finditer(original):
        start, text = run.start(), run.group()
        if text.isascii():
            pieces.append(text.lower())
            origin.extend(range(start, start + len(text)))
            continue
        for index, ch in enumerate(text, start):
            folded = _folded(ch)
            pieces.append(folded)
            origin.extend([index] * len(folded))
    return "".join(pieces), origin


_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def snippet(document: dict[str, Any] | str | None, terms: Sequence[SearchTerm],
            highlighted: str | None = None) -> Snippet | None:
    """The context of the first match in the entry's own words, or None if none is found.

    `highlighted` is FTS5's highlight() of the normalized text, when there is one.
    """
    if isinstance(document, str):
        try:
            document = json.loads(document)
        except ValueError:
            return None
    if not isinstance(document, dict):
        return None
    texts = document_texts(document)
    parts = [normalize(text) for text in texts]  # normalizing goes character by character
    normalized = "\n".join(parts)
    spans: list[tuple[int, int]] = []
    if highlighted is not None:
        plain, spans = spans_in_highlight(highlighted)
        if plain != normalized:  # not the text it was indexed from: use the rules instead
            spans = []
    if not spans:
        spans = spans_by_rule(normalized, terms)
    if not spans:
        return None
    # The text the first match is in, mapped back to its own characters (only that
    # one: a long journal entry is not walked character by character in Python).
    offset = index = 0
    while index < len(parts) - 1 and spans[0][0] > offset + len(parts[index]):
        offset += len(parts[index]) + 1
        index += 1
    original = texts[index]
    folded, origin = _offsets(original)
    if folded != parts[index]:
        return None
    inside = [(start - offset, end - offset) for start, end in spans
              if offset <= start and end - offset <= len(folded) and end > start]
    if not inside:
        return None
    marks = [(origin[start], origin[end - 1] + 1) for start, end in inside]
    first_start, first_end = marks[0]
    line_start = original.rfind("\n", 0, first_start) + 1
    line_end = original.find("\n", first_end)
    line_end = len(original) if line_end < 0 else line_end
    before = original[line_start:first_start].split()
    context = before[-CONTEXT_WORDS:]
    start = first_start
    if context:
        start = original.rfind(context[0], line_start, first_start)
    pieces: list[tuple[str, bool]] = []
    at = start
    for mark_start, mark_end in marks:
        if mark_start < at or mark_start >= line_end:
            continue
        if mark_start > at:
            pieces.append((original[at:mark_start], False))
        pieces.append((original[mark_start:min(mark_end, line_end)], True))
        at = min(mark_end, line_end)
    if at < line_end:
        pieces.append((original[at:line_end], False))
    flat = tuple((" ".join(text.split()) if not matched else text, matched)
                 for text, matched in pieces)
    # Keep single spaces where the text had them between pieces.
    spaced = tuple((_keep_edges(raw, text), matched)
                   for (raw, matched), (text, _) in zip(pieces, flat, strict=True))
    return Snippet(spaced, cut_before=start > line_start, cut_after=False)


def _keep_edges(raw: str, flat: str) -> str:
    if not flat:
        return " " if raw else ""
    return (" " if raw[:1].isspace() else "") + flat + (" " if raw[-1:].isspace() else "")

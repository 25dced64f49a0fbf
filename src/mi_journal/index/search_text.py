"""The search rules, in pure text: how words are normalized, how a query is read,
and how an entry's text matches it (the same answers as the FTS5 query).

Search uses SQLite FTS5 when the library has it (``unicode61`` tokens over the
normalized text); otherwise a Python matcher over the same normalized column
gives the same results, only slower. No SQLite here: only the rules both share.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from mi_journal.core.errors import UsageProblem
from mi_journal.core.textsafe import is_wide
from mi_journal.messages import journal as journal_msg

_TOKEN = re.compile(r"[^\W_]+")


def normalize(text: str) -> str:
    """Casefold and strip accents: 'Café ÉTÉ' and 'cafe ete' compare equal."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def tag_key(tag: str) -> str:
    """Tags compare without case, accents or a leading # or @ (jrnl's tags keep their @)."""
    return normalize(tag.strip()).lstrip("#@").strip()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


@dataclass(frozen=True)
class SearchTerm:
    """One word (matches words that start with it) or a phrase (exact words in order)."""

    words: tuple[str, ...]
    phrase: bool


_QUOTED = re.compile(r'"([^"]*)"|(\S+)')


def parse_query(parts: Sequence[str]) -> list[SearchTerm]:
    """Turn the words typed after `mij search` into terms; all must match.

    `"like this"` (quotes typed inside one argument) and an argument holding
    spaces (quoted for the shell) are phrases. A word that contains
    punctuation ("e-mail") is a phrase of its parts.
    """
    terms: list[SearchTerm] = []
    for part in parts:
        if '"' in part:
            pieces = [(m.group(1), True) if m.group(1) is not None else (m.group(2), False)
                      for m in _QUOTED.finditer(part)]
        else:
            pieces = [(part, len(part.split()) > 1)]
        for text, quoted in pieces:
            words = tuple(tokens(text.replace('"', " ")))
            if not words:
                continue
            terms.append(SearchTerm(words=words, phrase=quoted or len(words) > 1))
    if not terms:
        raise UsageProblem(journal_msg.NOTHING_TO_SEARCH)
    return terms


def fts_query(terms: Sequence[SearchTerm]) -> str:
    parts = []
    for term in terms:
        if term.phrase:
            parts.append('"' + " ".join(term.words) + '"')
        else:
            parts.append(f'"{term.words[0]}"*')
    return " AND ".join(parts)


def term_pattern(term: SearchTerm) -> re.Pattern[str]:
    start = r"(?<![^\W_])"
    if not term.phrase:
        return re.compile(start + re.escape(term.words[0]))
    body = r"[\W_]+".join(re.escape(word) for word in term.words)
    return re.compile(start + body + r"(?![^\W_])")


def matches(normalized_text: str, terms: Sequence[SearchTerm]) -> bool:
    """The search rule in Python: the same answers as the FTS5 query."""
    return all(term_pattern(term).search(normalized_text) for term in terms)


def needs_substring_search(terms: Sequence[SearchTerm]) -> bool:
    """Scripts written without spaces (CJK) form long tokens; search inside them."""
    return any(is_wide(ch) for term in terms for word in term.words for ch in word)

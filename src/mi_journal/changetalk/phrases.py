"""Find which phrase lists match a clause, faster than one regex search per list.

A phrase list is an alternation searched from every word boundary; Python's `re`
tries every alternative at every position. Most alternatives start with a whole,
literal word ("i hate", "something has to give"): those are grouped by that word
and tried only where a word of the clause *is* that word. The rest (a lookbehind,
an optional start, a word that may be longer: "costs?") are searched as before.
The answer is exactly what `re.search` on the whole list gives: the leftmost
position any alternative matches is found first, and the full list's own
`match` at that position decides the matched text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from mi_journal.changetalk.quick import word_alternation

_WORD = re.compile(r"\w+")
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # joined, a number would change
_LITERAL = re.compile(r"([a-z]+)(s\?)?(?= )")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each unescaped character from `start` with the parenthesis depth after it."""
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield index, char, depth
        index += 1


def _close(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the one at `start`, or -1."""
    return next((index for index, char, depth in _structure(pattern, start)
                 if char == ")" and depth == 0), -1)


def _top_level(pattern: str) -> list[str]:
    """The branches of an alternation, split at `|` outside parentheses."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(pattern)], strict=True)
    return [pattern[left + 1 : right] for left, right in bounds]


def first_words(fragment: str) -> frozenset[str] | None:
    """The whole words one of which every match of `fragment` starts with, or None
    when that cannot be told simply (then the fragment is searched as before).

    A word counts only when the fragment has a space right after it, so the text's
    word at that place is exactly that word; a plural "s?" gives both forms; a
    leading group gives the first words of each branch (and, when the group is
    optional, of what follows it); a lookbehind is skipped (it is still checked
    when the fragment is tried)."""
    branches = _top_level(fragment)
    if len(branches) > 1:
        return _union([first_words(branch) for branch in branches])
    while fragment.startswith(("(?<!", "(?<=")):
        end = _close(fragment, 0)
        if end < 0:
            return None
        fragment = fragment[end + 1:]
    literal = _LITERAL.match(fragment)
    if literal:
        word, plural = literal.group(1), literal.group(2)
        return frozenset({word, word + "s"}) if plural else frozenset({word})
    opening = 3 if fragment.startswith("(?:") else 1
    if not fragment.startswith("(") or (opening == 1 and fragment.startswith("(?")):
        return None
    end = _close(fragment, 0)
    if end < 0:
        return None
    rest = fragment[end + 1:]
    if rest[:1] in ("*", "+", "{"):
        return None
    optional = rest[:1] == "?"
    if optional:
        rest = rest[1:]
    found = [first_words(branch + rest) for branch in _top_level(fragment[opening:end])]
    if optional:
        found.append(first_words(rest))
    return _union(found)


def _union(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
    words: set[str] = set()
    for part in parts:
        if part is None:
            return None
        words |= part
    return frozenset(words)


@dataclass(frozen=True)
class _List:
    name: str
    whole_source: str
    rest: re.Pattern[str] | None


_Candidates = tuple[tuple[int, re.Pattern[str]], ...]


class _Compiled(dict[str, _Candidates]):
    """The fragments of each key as one pattern per list, compiled when the key is first
    looked up: a run that never meets a word pays nothing for its patterns (start-up)."""

    def __init__(self, sources: dict[str, tuple[tuple[int, str], ...]]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, key: str) -> _Candidates:
        found = tuple((number, re.compile(source)) for number, source in self.sources.get(key, ()))
        self[key] = found
        return found


@dataclass(frozen=True)
class PhraseIndex:
    """Several named phrase lists, each an alternation of regex fragments."""

    lists: tuple[_List, ...]
    by_word: _Compiled
    # Fragments that start with two plain words ("i hate ...", "i am ..."), by the two
    # words: a common first word ("i") then tries only the fragments its next word fits.
    by_pair: _Compiled
    pair_words: frozenset[str]
    # Every list's fragments that are not indexed by word, at once: where it finds nothing,
    # no list's own `rest` is searched (None: search each, as when it cannot be joined).
    any_rest: re.Pattern[str] | None
    # The words `by_word` or `pair_words` holds, each as a whole word: the clause's other
    # words are passed over in C instead of looked up one by one.
    indexed_word: re.Pattern[str]
    # Each list's whole alternation, compiled when the list first matches a text.
    wholes: dict[int, re.Pattern[str]] = field(default_factory=dict)

    def whole(self, number: int) -> re.Pattern[str]:
        """List `number` as one pattern: what `re.search` of the whole list gives."""
        found = self.wholes.get(number)
        if found is None:
            found = self.wholes[number] = re.compile(self.lists[number].whole_source)
        return found

    def search(self, text: str) -> list[tuple[str, re.Match[str]]]:
        """(name, match) for every list that matches `text`, in list order; each
        match is the one `re.search` of that whole list would give."""
        first: dict[int, int] = {}
        by_word = self.by_word
        by_pair = self.by_pair
        pair_words = self.pair_words
        for word in self.indexed_word.finditer(text):
            found_word = word.group(0)
            candidates = by_word[found_word]  # every word found here is a key of one
            if found_word in pair_words:
                after = word.end()
                if text[after:after + 1] == " ":
                    following = _WORD.match(text, after + 1)
                    if following is not None:
                        paired = f"{found_word} {following.group(0)}"
                        if paired in by_pair.sources:
                            candidates = candidates + by_pair[paired]
            if not candidates:
                continue
            start = word.start()
            for number, pattern in candidates:
                if number not in first and pattern.match(text, start):
                    first[number] = start
        with_rest = self.any_rest is None or self.any_rest.search(text) is not None
        if not first and not with_rest:
            return []
        found: list[tuple[str, re.Match[str]]] = []
        for number, listed in enumerate(self.lists):
            position = first.get(number)
            if with_rest and listed.rest is not None:
                other = listed.rest.search(text)
                if other is not None and (position is None or other.start() < position):
                    position = other.start()
            if position is None:
                continue
            match = self.whole(number).match(text, position)
            if match is not None:
                found.append((listed.name, match))
        return found


def _second_words(fragment: str) -> tuple[str, frozenset[str]] | None:
    """("i", {"hate", "love"}) for a fragment that starts with a plain word, a space and
    then one of the given whole words ("i (hate|love) ..."); None when it does not, or
    when not every match need start so ("waking up|i regret": a "|" outside parentheses;
    "i ?am": the space itself optional)."""
    literal = re.match(r"([a-z]+) (?![?*+{])", fragment)
    if literal is None or len(_top_level(fragment)) > 1:
        return None
    second = first_words(fragment[literal.end():])
    return (literal.group(1), second) if second else None


def build_index(tables: list[tuple[str, tuple[str, ...]]]) -> PhraseIndex:
    lists: list[_List] = []
    grouped: dict[str, list[tuple[int, list[str]]]] = {}
    for number, (name, fragments) in enumerate(tables):
        rest: list[str] = []
        for fragment in fragments:
            pair = _second_words(fragment)
            if pair is not None:
                for second in pair[1]:
                    entries = grouped.setdefault(f"{pair[0]} {second}", [])
                    if not entries or entries[-1][0] != number:
                        entries.append((number, []))
                    entries[-1][1].append(fragment)
                continue
            words = first_words(fragment)
            if words is None:
                rest.append(fragment)
                continue
            for word in words:
                entries = grouped.setdefault(word, [])
                if not entries or entries[-1][0] != number:
                    entries.append((number, []))
                entries[-1][1].append(fragment)
        alternation = "|".join(f"(?:{fragment})" for fragment in fragments)
        rest_pattern = (re.compile(r"\b(?:" + "|".join(f"(?:{f})" for f in rest) + ")")
                        if rest else None)
        lists.append(_List(name, r"\b(?:" + alternation + ")", rest_pattern))
    sources = {
        key: tuple((number, "|".join(f"(?:{f})" for f in fragments))
                   for number, fragments in entries)
        for key, entries in grouped.items()
    }
    by_word = _Compiled({key: value for key, value in sources.items() if " " not in key})
    by_pair = _Compiled({key: value for key, value in sources.items() if " " in key})
    pair_words = frozenset(key.split(" ")[0] for key in by_pair.sources)
    rests = [listed.rest.pattern for listed in lists if listed.rest is not None]
    joinable = rests and not any(_BACK_REFERENCE.search(rest) or "(?P" in rest for rest in rests)
    any_rest = re.compile("|".join(f"(?:{rest})" for rest in rests)) if joinable else None
    return PhraseIndex(tuple(lists), by_word, by_pair, pair_words, any_rest,
                       _whole_words(set(by_word.sources) | pair_words))


def _whole_words(words: set[str]) -> re.Pattern[str]:
    """Where a whole word of `words` stands: the same places, and the same words, as the
    maximal runs of `\\w+` that are one of them (`_WORD`), since the match can neither
    start nor end inside a run."""
    alternation = word_alternation(sorted(words)) if words else "(?!)"
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")

"""Faster forms of the cue patterns that find exactly what the plain forms find.

Python's `re` tries a pattern at every position of a text, and a long alternation tries
each of its branches there. Most positions cannot start a match at all: a cue list whose
every match begins with one of a few letters ("if i ...", "in an ideal world", "would be
nice") is gated by a look-ahead for those letters, so at every other position one class
test fails instead of every branch. The letters are read from the pattern's source (a
superset where unsure: a look-around or a word boundary is skipped, an optional part adds
what may follow it); where they cannot be told (a class such as \\w, any character, a
pattern that may match nothing, a flag), the pattern is left as it is. The gate takes
nothing away: a match begins with a letter in the gate's class, so it is found at the
same place, by the same branch, with the same groups.

The source is read here by hand, not with `re`'s own parser: that costs as much as
compiling the pattern again, and start-up matters more than a few lists.
"""

from __future__ import annotations

import re

_Trie = dict[str, "_Trie"]
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_LOOK_AROUND = ("(?=", "(?!", "(?<=", "(?<!")
_WIDEST_RANGE = 64  # a class range wider than this is not spelled out
_PLAIN_RUN = re.compile(r"[^\\\[\]()|?*+{}.^$]+")
_QUANTIFIERS = ("?", "*", "+", "{")
_STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()]")


class _Unknown(Exception):
    """The source holds something these few rules do not read."""


class _Reader:
    """Reads a pattern's source once, left to right (each character once, so a long list
    costs no more than its length): for an alternation, the letters a match may begin with
    and whether it may match nothing; and the plain characters of its top sequence."""

    def __init__(self, source: str, groups_read: bool = True) -> None:
        self.source = source
        self.index = 0
        # Inside a look-around (or any group, when not `groups_read`) the letters do not
        # count: what these rules do not read there is only passed over.
        self.passing = 0
        self.groups_read = groups_read
        self.closing: dict[int, int] | None = None  # "(" -> its ")", found when first asked

    def close_of(self, opening: int) -> int:
        """Where the group opening at `opening` ends (escapes and classes passed over)."""
        if self.closing is None:
            self.closing, open_at = {}, []
            for found in _STRUCTURE.finditer(self.source):
                if found.group() == "(":
                    open_at.append(found.start())
                elif found.group() == ")" and open_at:
                    self.closing[open_at.pop()] = found.start()
        if opening not in self.closing:
            raise _Unknown
        return self.closing[opening]

    def alternation(self) -> tuple[frozenset[str], bool]:
        found: set[str] = set()
        any_empty = False
        while True:
            letters, empty, _ = self.sequence()
            found |= letters
            any_empty = any_empty or empty
            if self.source[self.index:self.index + 1] != "|":
                return frozenset(found), any_empty
            self.index += 1

    def sequence(self) -> tuple[frozenset[str], bool, list[str]]:
        """Up to the next "|" or ")" at this depth: its first letters, whether it may be
        empty, and the plain characters that every match of it holds (outside groups)."""
        found: set[str] = set()
        empty = True
        needed: list[str] = []
        passing = self.passing
        while self.index < len(self.source) and self.source[self.index] not in "|)":
            letters, single, optional = self.atom()
            if empty:
                found |= letters
                empty = optional
                if not empty:  # the first letters are known: the rest is passed over
                    self.passing += 1
            if single is not None and not optional:
                needed.append(single)
        self.passing = passing
        return frozenset(found), empty, needed

    def atom(self) -> tuple[frozenset[str], str | None, bool]:
        source, index = self.source, self.index
        char = source[index]
        single: str | None = None
        empty = False
        letters: frozenset[str]
        run = _PLAIN_RUN.match(source, index)
        if run is not None and run.end() - index > 1:
            # Plain characters read at once; the last one is left for the next atom when
            # a quantifier follows it ("meetings?": "s" alone is optional).
            end = run.end() - (source[run.end():run.end() + 1] in _QUANTIFIERS)
            self.index = end
            return frozenset(char), char, False
        if char == "\\":
            escaped = source[index + 1:index + 2]
            if escaped in _ZERO_WIDTH_ESCAPES:
                letters, empty = frozenset(), True
            elif escaped and not escaped.isalnum():
                letters, single = frozenset(escaped), escaped
            elif self.passing:
                letters = frozenset()
            else:
                raise _Unknown  # \w, \d, \s, a back-reference ...
            self.index = index + 2
        elif char in "^$":
            letters, empty, self.index = frozenset(), True, index + 1
        elif char == "(":
            letters, empty = self.group()
        elif char == "[":
            close = _class_end(source, index)
            letters = frozenset() if self.passing else _class_letters(source[index + 1:close])
            self.index = close + 1
        elif char == "." and self.passing:
            letters, self.index = frozenset(), index + 1
        elif char in ".*+?{":
            raise _Unknown
        else:
            letters, single, self.index = frozenset(char), char, index + 1
        optional = self.quantifier()
        return letters, single, optional or empty

    def group(self) -> tuple[frozenset[str], bool]:
        source, index = self.source, self.index
        around = source.startswith(_LOOK_AROUND, index)
        if self.passing and (around or not source.startswith("(?", index)
                             or source.startswith(("(?:", "(?P<"), index)):
            self.index = self.close_of(index) + 1  # what it holds does not count here
            return (frozenset(), True) if around else (frozenset(), False)
        if around:
            self.index = index + (4 if source[index + 2] == "<" else 3)
        elif source.startswith("(?:", index):
            self.index = index + 3
        elif source.startswith("(?P<", index):
            self.index = source.index(">", index) + 1
        elif source.startswith("(?", index):
            raise _Unknown  # a flag, a condition, a named back-reference
        else:
            self.index = index + 1
        passed = around or not self.groups_read
        self.passing += passed
        letters, empty = self.alternation()
        self.passing -= passed
        if source[self.index:self.index + 1] != ")":
            raise _Unknown
        self.index += 1
        return (frozenset(), True) if around else (letters, empty)

    def quantifier(self) -> bool:
        """Whether the atom just read may be left out ("?", "*", "{0,"); reads past the
        quantifier and a lazy or possessive mark."""
        source, index = self.source, self.index
        char = source[index:index + 1]
        if char in ("?", "*", "+"):
            optional, index = char != "+", index + 1
        elif char == "{":
            end = source.find("}", index)
            if end < 0:
                raise _Unknown
            optional, index = source[index + 1:end].split(",")[0] in ("", "0"), end + 1
        else:
            return False
        if source[index:index + 1] in ("?", "+"):
            index += 1
        self.index = index
        return optional


def _class_end(source: str, start: int) -> int:
    """Index of the "]" closing the class that opens at `start`."""
    index = start + 1
    if source[index:index + 1] == "^":
        index += 1
    if source[index:index + 1] == "]":
        index += 1
    while index < len(source):
        if source[index] == "\\":
            index += 2
            continue
        if source[index] == "]":
            return index
        index += 1
    raise _Unknown


def _class_letters(body: str) -> frozenset[str]:
    if body.startswith("^") or "\\" in body or not body:
        raise _Unknown
    letters: set[str] = set()
    index = 0
    while index < len(body):
        if body[index + 1:index + 2] == "-" and index + 2 < len(body):
            low, high = ord(body[index]), ord(body[index + 2])
            if high - low > _WIDEST_RANGE:
                raise _Unknown
            letters.update(map(chr, range(low, high + 1)))
            index += 3
        else:
            letters.add(body[index])
            index += 1
    return frozenset(letters)


def first_letters(source: str) -> frozenset[str] | None:
    """The characters every match of `source` begins with (a superset), or None when that
    cannot be told or the pattern may match the empty text."""
    reader = _Reader(source)
    try:
        letters, empty = reader.alternation()
    except (_Unknown, IndexError, ValueError):
        return None
    if reader.index != len(source):  # a ")" with no "(": not read here
        return None
    return None if empty or not letters else letters


def needed_letter(source: str) -> str | None:
    """A character every match of `source` holds (one outside any alternative or optional
    part: the hyphen of "\\b(\\w+)-+ "), or None when none can be told."""
    reader = _Reader(source, groups_read=False)
    try:
        _, _, needed = reader.sequence()
    except (_Unknown, IndexError, ValueError):
        return None
    if reader.index != len(source):  # an alternation at the top, or an odd ")"
        return None
    return needed[0] if needed else None


def gated(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, behind a look-ahead for the letters a match can begin with."""
    letters = first_letters(source)
    if letters is None:
        return re.compile(source)
    allowed = "".join(re.escape(letter) for letter in sorted(letters))
    return re.compile(f"(?=[{allowed}])(?:{source})")


def word_alternation(words: dict[str, str] | list[str] | tuple[str, ...]) -> str:
    """Plain strings as one alternation written as a tree of their letters ("can(?:'t|not)"):
    `re` then reads a shared beginning once instead of trying each string. Where a string
    is a beginning of another, both stay (the shorter is tried last); so, followed by a test
    that no word character comes next, it finds the string a plain alternation finds."""
    from mi_journal.core.lettertree import letter_tree

    tree = letter_tree(words)

    def source(node: _Trie) -> str:
        branches = [re.escape(char) + source(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return source(tree)

"""The quicker forms of the cue patterns (changetalk/quick.py) find exactly what the plain
forms find: the same place, the same text, the same groups."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import cast

import pytest

from mi_journal.changetalk import cues_en
from mi_journal.changetalk.lexicon import _alternation, _word_form, lexicon
from mi_journal.changetalk.quick import first_letters, gated, needed_letter, word_alternation
from mi_journal.changetalk.tagger import _clauses, normalise

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted([*DATA.glob("changetalk/*.jsonl"), *DATA.glob("evoked/*.jsonl")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts += [value for key in ("text", "question") if (value := row.get(key))]
    texts += ["", " ", "i", "if", "if only", "if i did not", "i- i want", "wake-up call",
              "Yeah right, I'll quit.", "I can't, I won't; not now - no", "12 days off",
              "IF I DIDN'T", "i\u2019m gonna", "'cause", "cant stop", "i'd've"]
    return texts


@pytest.fixture(scope="module")
def readings() -> list[str]:
    lex = lexicon()
    texts = _texts()
    norms = [normalise(text, lex) for text in texts]
    lowered = [text.lower() for text in texts]
    clauses = [clause for norm in norms for clause in _clauses(norm, lex)]
    return lowered + norms + clauses


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group(0), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", [
    "CHANGE_TARGETS", "HYPOTHETICAL", "LAPSE", "HABIT_WORRY", "SARCASM", "FUTURE_TIME",
    "CLAUSE_BREAKS", "SUSTAIN",
])
def test_a_gated_list_finds_what_the_plain_list_finds(name: str, readings: list[str]) -> None:
    if name == "CHANGE_TARGETS":
        source = (r"\b(?:(?P<change>" + _alternation(cues_en.CHANGE_TARGETS) + r")|(?P<status>"
                  + _alternation(cues_en.STATUS_QUO_TARGETS) + r"))\b")
    elif name == "SUSTAIN":
        source = r"\b(?:" + _alternation(cues_en.SUSTAIN_PHRASES[""]) + r")"
    else:
        value = getattr(cues_en, name)
        source = value if isinstance(value, str) else _alternation(value)
    plain, quick = re.compile(source), gated(source)
    assert quick.pattern != source, "no gate: the test would prove nothing"
    for text in readings:
        assert _found(quick, text) == _found(plain, text), text
        assert quick.split(text) == plain.split(text), text


def test_the_letters_a_match_begins_with() -> None:
    assert first_letters(r"\bif (i|only)\b|\bin an ideal world") == frozenset("i")
    assert first_letters(r"(?<!not )\bhad (one|a)") == frozenset("h")
    assert first_letters(r"(un)?happy|sad") == frozenset("uhs")  # an optional start adds more
    assert first_letters(r"(a|)b") == frozenset("ab")  # so does a part that may be empty
    assert first_letters(r"[a-c]x|q") == frozenset("abcq")
    assert first_letters(r" ?; ?|,? but ") == frozenset(" ;,")
    for unknown in (r"\w+ing", r"(\d+|two) days", r"a?", r".x", r"(?i)abc", r"(?i:a)b",
                    r"[^a]b", r"(a)?\1", r"(?P=x)", r"[\s.]x"):
        assert first_letters(unknown) is None, unknown
    assert gated(r"\w+").pattern == r"\w+"  # nothing to gate on: left as it is


def _oracle(source: str) -> frozenset[str] | None:
    """The letters from re's own parse of the pattern (the program reads the source by
    hand, which is quicker; this is slower and surer)."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def sequence(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
        found: set[str] = set()
        for op, argument in items:
            letters, empty = item(op, argument)
            if letters is None:
                return None, False
            found |= letters
            if not empty:
                return found, False
        return found, True

    def item(op: object, argument: object) -> tuple[set[str] | None, bool]:
        if op is sre.LITERAL:
            return {chr(argument)}, False  # type: ignore[arg-type]
        if op is sre.IN:
            letters: set[str] = set()
            for kind, value in argument:  # type: ignore[attr-defined]
                if kind is sre.LITERAL:
                    letters.add(chr(value))
                elif kind is sre.RANGE:
                    letters.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False
            return letters, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return set(), True
        if op is sre.SUBPATTERN:
            return sequence(argument[-1])  # type: ignore[index]
        if op is sre.BRANCH:
            union: set[str] = set()
            empty = False
            for branch in argument[1]:  # type: ignore[index]
                branch_letters, may_be_empty = sequence(branch)
                if branch_letters is None:
                    return None, False
                union |= branch_letters
                empty = empty or may_be_empty
            return union, empty
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _, body = cast("tuple[int, int, list[tuple[object, object]]]", argument)
            body_letters, body_empty = sequence(body)
            return (None, False) if body_letters is None else (body_letters,
                                                              body_empty or least == 0)
        return None, False

    letters, empty = sequence(_parser.parse(source).data)
    return None if letters is None or empty or not letters else frozenset(letters)


def _every_source() -> list[str]:
    sources: list[str] = []
    for value in vars(cues_en).values():
        if isinstance(value, str):
            sources.append(value)
        elif isinstance(value, tuple):
            sources += [v if isinstance(v, str) else v[0] for v in value]
        elif isinstance(value, dict):
            for fragments in value.values():
                if isinstance(fragments, tuple):
                    sources += [f for f in fragments if isinstance(f, str)]
    lex = lexicon()
    for value in vars(lex).values():
        if isinstance(value, re.Pattern):
            sources.append(value.pattern)
    good = []
    for source in sources:
        try:
            re.compile(source)
        except re.error:
            continue
        good.append(source)
    return good


def test_the_letters_read_by_hand_hold_every_letter_re_reads() -> None:
    sources = _every_source()
    told = 0
    for source in sources:
        mine, surer = first_letters(source), _oracle(source)
        if mine is not None:
            told += 1
            assert surer is not None and surer <= mine, source
    assert told > 100, "the hand reading tells almost nothing: the test proves little"


def test_a_letter_every_match_holds() -> None:
    assert needed_letter(r"\b(\w+)-+ (?=\1\b)") == "-"
    assert needed_letter(r"(a|b)c") == "c"
    assert needed_letter(r"x?y") == "y"
    for none in (r"a|b", r"a*", r"[ab]", r"(?i)abc", r"(\w+ )?"):
        assert needed_letter(none) is None, none
    lex = lexicon()
    # the hyphen form is only tried on a text with a hyphen, "w/o" on one with a "w"
    assert lex.phrase_forms_rest_needs == ("-", "w")
    assert normalise("made it through monday w/o drinking.", lex) == (
        "made it through monday without drinking.")
    assert normalise("I- I want to stop", lex) == "i want to stop"


def test_the_word_forms_as_a_tree_find_what_the_plain_list_finds(readings: list[str]) -> None:
    forms = cues_en.WORD_FORMS
    plain = re.compile(r"(?<![\w'])(?:"
                       + "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
                       + r")(?![\w'])")
    quick = _word_form(forms)
    assert quick.pattern != plain.pattern
    extra = [" ".join(forms), "".join(forms), "x".join(forms), "'".join(forms)]
    for text in [*readings, *extra]:
        assert _found(quick, text) == _found(plain, text), text
    words = word_alternation(["can", "can't", "cannot", "ca"])
    tree = re.compile(r"(?<!\w)(?:" + words + r")(?!\w)")
    assert [m.group(0) for m in tree.finditer("ca can can't cannot cann")] == [
        "ca", "can", "can't", "cannot"]

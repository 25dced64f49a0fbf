"""The crisis detector's quick paths read every text exactly as the full reading does.

Three things make it fast, and none may change an output: the gates (a list's pattern is
read only when the text holds one of the list's gate words, `crisis/gates.py`), the plain
form of each pattern (quick to compile) before its grouped form (quick to read), and the
general gate as one letter tree. Each is proved where it can be (the gate words with
Python's regex parser, the first letters the grouping relies on likewise) and every
committed text is read all three ways here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from mi_journal.crisis import detect, words
from tests.eval import crisis_gates
from tests.eval.crisis_outputs import committed_texts

_LISTS = (words.SUICIDE, words.SELF_HARM, words.OVERDOSE, words.GUARDS)


def test_the_gates_are_made_for_the_current_phrases_and_proved() -> None:
    """Fails after a phrase list changed: the list is then read with the general gate
    (slower, never different) until `python tests/eval/crisis_gates.py --write`."""
    assert crisis_gates.check() == []


def test_a_stale_gate_is_not_used() -> None:
    from mi_journal.crisis.gates import GATES

    stored = dict(GATES)
    changed = (words.SUICIDE[1:], stored["suicide"][1])
    assert crisis_gates.digest(changed[0]) != stored["suicide"][0]
    detect._gate.cache_clear()
    try:
        original = detect._LISTS[detect.SUICIDE]
        detect._LISTS[detect.SUICIDE] = changed[0]
        assert detect._gate(detect.SUICIDE) is None
        assert detect._gate_opens(detect.SUICIDE, " nothing at all")
    finally:
        detect._LISTS[detect.SUICIDE] = original
        detect._gate.cache_clear()
    assert detect._gate(detect.SUICIDE) is not None
    assert not detect._gate_opens(detect.SUICIDE, " nothing at all")


def test_the_gate_reads_a_word_after_an_apostrophe_as_a_word() -> None:
    # "@" and "'" stay in normalised text, and the pattern's \b sees a word after them.
    plain = detect.normalise("I'm going to @kill myself")
    assert "@kill" in plain
    assert detect.detect_crisis("I'm going to @kill myself") is not None


@pytest.mark.parametrize("phrases", _LISTS, ids=["suicide", "self_harm", "overdose", "guards"])
def test_first_letters_agree_with_the_regex_parser(phrases: tuple[str, ...]) -> None:
    """The grouped pattern tries a phrase only at a word beginning with one of its first
    letters; the plain one tries it everywhere. They agree only if no match of a phrase
    can begin with another character, which Python's own parser confirms here."""
    from re import _parser as parser  # type: ignore[attr-defined]

    for phrase in phrases:
        body = phrase.removeprefix("\\b")
        letters = detect._first_letters(body)
        if letters is None:
            continue
        first, may_be_empty = crisis_gates._first_chars(list(parser.parse(body)))
        assert first is not None and not may_be_empty and first <= letters, phrase


def _outputs(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        found = detect.detect_crisis(text)
        hits = [(hit.category, hit.phrase, hit.negated, hit.other, hit.start, hit.end)
                for hit in detect._read(text)]
        out.append(json.dumps([found and (found.categories, found.phrases),
                               detect.touches_crisis(text), hits]))
    return out


def _bench_statements() -> list[str]:
    from tests.unit.test_changetalk_outputs import bench_varied

    return bench_varied()(committed_texts(), 3_000)


@pytest.mark.timeout(180)
def test_every_quick_path_reads_as_the_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = committed_texts()
    texts += [text.upper() for text in texts[:500]] + _bench_statements()

    def read(group_after: int, gates: bool, core_check: bool = True) -> list[str]:
        fresh: dict[str, Any] = {name: detect._Compiled(phrases)
                                 for name, phrases in detect._LISTS.items()}
        monkeypatch.setattr(detect, "_COMPILED", fresh)
        monkeypatch.setattr(detect, "_GROUP_AFTER", group_after)
        if not gates:
            monkeypatch.setattr(detect, "_gate_opens", lambda name, text: True)
        if not core_check:
            monkeypatch.setattr(detect, "_may_hold_core", lambda plain: True)
        detect._read_short.cache_clear()
        found = _outputs(texts)
        monkeypatch.undo()
        detect._read_short.cache_clear()
        return found

    # grouped patterns, every list read, the model asked about every text: the reading before
    full = read(0, gates=False, core_check=False)
    assert read(0, gates=True) == full
    assert read(10**9, gates=True) == full  # plain patterns
    assert read(1_000, gates=True) == full  # plain, then grouped
    assert sum(1 for line in full if '"suicide"' in line) > 1_000  # the texts do hold crisis
    assert sum(1 for line in full if "model p=" in line) > 100  # and the model speaks


def test_a_text_without_core_words_has_no_window_the_model_reads() -> None:
    from mi_journal.crisis import model as crisis_model

    texts = committed_texts()
    closed = 0
    for text in texts + [text.upper() for text in texts]:
        plain = detect.normalise(text)
        if detect._may_hold_core(plain):
            continue
        closed += 1
        for _, _, tokens in crisis_model.windows(plain):
            assert crisis_model.gated_features(tokens) is None, text
    assert closed > 1_000  # most of the change-talk statements

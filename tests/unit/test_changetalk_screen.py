"""The crisis check reads each sentence reflected back once (`changetalk.select.screen`),
and what it does not clear is never tagged or quoted as change talk."""

from __future__ import annotations

from collections import Counter

import pytest

from mi_journal.changetalk.select import screen, strongest_change_talk, tag_cleared
from mi_journal.crisis import detect as crisis
from mi_journal.interview.summary import quotable_units


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()
    real = crisis.touches_crisis

    def counting(text: str) -> bool:
        counted[text] += 1
        return real(text)

    monkeypatch.setattr(crisis, "touches_crisis", counting)
    return counted


def test_the_summary_reads_each_sentence_for_crisis_words_once(reads: Counter[str]) -> None:
    sentences = ["I will call the clinic tomorrow.", "My mornings are always foggy.",
                 "I want to sleep better."]
    units, left_out = quotable_units(" ".join(sentences), "What would be better?")
    assert not left_out and units[0].label == "change" and len(units) == 3
    assert reads == Counter(dict.fromkeys(sentences, 1))


def test_reflect_and_strongest_read_each_sentence_once(reads: Counter[str]) -> None:
    found = strongest_change_talk(["I will walk every day. I want to cut down."])
    assert [tagged.text for tagged in found] == ["I will walk every day.", "I want to cut down."]
    # each sentence once; the text whole once more, as a phrase may span the break
    assert reads == Counter({"I will walk every day.": 1, "I want to cut down.": 1,
                             "I will walk every day. I want to cut down.": 1})


def test_a_piece_with_a_negated_crisis_sentence_is_never_cleared() -> None:
    pieces = ["I'm not suicidal. That is not it.", "I will call the clinic tomorrow."]
    kept, left_out = screen(pieces, " ".join(pieces))
    assert left_out and [cleared.text for cleared in kept] == ["I will call the clinic tomorrow."]
    assert [t.label for c in kept for t in tag_cleared(c)] == ["change"]
    assert not any(t.crisis for c in kept for t in tag_cleared(c))


def test_an_answer_that_shows_the_lines_clears_only_what_stands_alone() -> None:
    kept, left_out = screen(["I want to die.", "I will stop drinking.", "I will do it."],
                            "I want to die. I will stop drinking. I will do it.")
    assert left_out and [cleared.text for cleared in kept] == ["I will stop drinking."]
    assert screen(["I want to die.", "I want to stop."], "I want to die. I want to stop.") == (
        [], True)

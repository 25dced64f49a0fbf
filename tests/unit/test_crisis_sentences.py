"""An answer that shows the help lines is decided sentence by sentence.

Before, such an answer was left out whole, so change talk in its other sentences was
lost ("Some nights I want to die. I want to stop drinking so I can see my kids grow up."
gave the summary, `mij reflect` and the export nothing). Now the crisis sentence is never
quoted, not even beside others; a sentence that stands on its own and names what it is
about may be; anything in doubt is left out: a sentence tied to the crisis one ("That
scares me." after it, or one the crisis sentence leans on), one that points outside
itself ("I'm going to do it tonight."), and change talk that does not say what it is
about ("I want to stop.", "I'm ready.").
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from mi_journal.changetalk.select import screen
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import reflect as reflect_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.storage.entries import load_entries

CRISIS = "Some nights I want to die."
KEPT = ("I want to stop drinking so I can see my kids grow up.",
        "I will call my sponsor tomorrow.")
ANSWER = f"{CRISIS} {KEPT[0]} {KEPT[1]}"
# Each in an answer beside CRISIS: never quoted.
IN_DOUBT = (
    "That scares me.",  # leans on the crisis sentence
    "I am going to do it tonight.",  # "it" may be the crisis
    "I want to stop.",  # stop what? here it may mean living
    "I'm ready.",
    "I want to quit everything.",
    "And I will stop drinking.",  # joined to the crisis sentence
)


def kept_texts(pieces: list[str], whole: str) -> list[str]:
    kept, _ = screen(pieces, whole)
    return [cleared.text for cleared in kept]


def test_screen_keeps_the_sentences_that_stand_alone() -> None:
    sentences = [CRISIS, *KEPT]
    kept, left_out = screen(sentences, ANSWER)
    assert left_out
    assert [cleared.text for cleared in kept] == list(KEPT)


@pytest.mark.parametrize("doubtful", IN_DOUBT)
def test_screen_leaves_out_what_is_in_doubt(doubtful: str) -> None:
    sentences = [CRISIS, doubtful, KEPT[1]]
    assert kept_texts(sentences, " ".join(sentences)) == [KEPT[1]]


def test_a_sentence_the_crisis_one_leans_on_is_left_out_too() -> None:
    before = "I will stop drinking on Friday."
    crisis = "Because everyone would be better off without me."
    sentences = [before, crisis, KEPT[1]]
    assert kept_texts(sentences, " ".join(sentences)) == [KEPT[1]]


def test_a_crisis_phrase_across_two_sentences_leaves_both_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A detector that hears a phrase only across the break (none of the real one's
    phrases was found to do that): both sentences go, the others stay."""
    from mi_journal.crisis import detect as crisis

    pair = ["I will stop drinking on Friday.", "I will see my doctor on Monday."]
    heard = " ".join(pair)
    monkeypatch.setattr(crisis, "touches_crisis", lambda text: heard in text)
    monkeypatch.setattr(crisis, "mentions_crisis", lambda text: heard in text)
    sentences = [KEPT[1], *pair]
    assert kept_texts(sentences, " ".join(sentences)) == [KEPT[1]]
    # Without the pair heard together, both would have been kept.
    monkeypatch.setattr(crisis, "touches_crisis", lambda text: CRISIS in text)
    monkeypatch.setattr(crisis, "mentions_crisis", lambda text: CRISIS in text)
    sentences = [CRISIS, KEPT[1], *pair]
    assert kept_texts(sentences, " ".join(sentences)) == [KEPT[1], *pair]


def test_when_the_kept_words_still_read_as_crisis_nothing_is_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.crisis import detect as crisis

    whole = f"{KEPT[0]} {CRISIS} {KEPT[1]}"
    real = crisis.touches_crisis
    # Heard only in the kept words read together, never in a sentence or pair alone.
    monkeypatch.setattr(crisis, "touches_crisis",
                        lambda text: real(text) or text == f"{KEPT[0]} {KEPT[1]}")
    assert kept_texts([KEPT[0], CRISIS, KEPT[1]], whole) == []


def test_summary_pieces_that_lean_together_are_kept_or_left_out_whole() -> None:
    from mi_journal.interview.summary import quotable_units

    units, crisis = quotable_units(f"{KEPT[0]} {CRISIS} That scares me.", "What else?")
    assert crisis
    assert [unit.text for unit in units] == [KEPT[0]]


def test_a_text_without_crisis_words_is_unchanged() -> None:
    sentences = ["I want to stop.", "That scares me.", "I'm ready."]
    assert kept_texts(sentences, " ".join(sentences)) == sentences


# --- through the CLI: summary, reflect, md/html --change-talk ----------------------------


def _evoking(cli: Any, answer: str) -> str:
    answers = {"focus": "drinking", "importance": 7, "confidence": 5, "better": answer}
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert crisis_msg.CRISIS_HEADING in result.stdout  # the help lines were shown
    return str(result.stdout)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_summary_reflect_and_exports_keep_the_other_sentences(cli: Any, paths: Any) -> None:
    doubtful = " ".join(IN_DOUBT[:3])
    _evoking(cli, f"{ANSWER} {CRISIS} {doubtful}")
    [entry] = load_entries(paths).entries
    summary = entry.summary or ""
    for text in KEPT:
        assert f"\u201c{text}\u201d" in summary
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT in summary.splitlines()
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    for text in KEPT:
        assert text in shown.stdout
    assert _flat(reflect_msg.REFLECT_CRISIS_LEFT_OUT) in _flat(shown.stdout)
    sections = {}
    for fmt, marker in (("md", "## Entries"), ("html", "<h2>Entries</h2>")):
        exported = cli(["export", "--format", fmt, "--change-talk"])
        assert exported.exit_code == 0
        sections[fmt] = exported.stdout.split(marker)[0]
        for text in KEPT:
            assert text in sections[fmt], fmt
    for out in (summary, shown.stdout, *sections.values()):
        flat = _flat(out)
        assert "want to die" not in flat
        for text in IN_DOUBT[:3]:
            assert text not in flat

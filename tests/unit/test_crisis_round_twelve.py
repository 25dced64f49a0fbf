"""Round twelve (crisis16): the model retrained with holdout16 and holdout17, everyday speech
weighed three times as much, concepts for understated wording, threshold 0.72; one rule kept
what round eleven's model found (README, "Crisis wording", round twelve)."""

from __future__ import annotations

import pytest

from mi_journal.crisis import model as crisis_model
from mi_journal.crisis.detect import detect_crisis, normalise, touches_crisis
from tests.eval import crisis_train


def test_the_shipped_weights_are_trained_on_holdout16_and_holdout17() -> None:
    about = crisis_model.WEIGHTS.read_text(encoding="utf-8")[:600]
    assert "holdout16" in about and "holdout17" in about
    assert crisis_train.ANNOMI_WEIGHT == 3.0
    assert crisis_model.load().threshold == 0.72


@pytest.mark.parametrize(("words", "concept"), [
    ("updated the beneficiary on the policy", "plan"),
    ("a clean exit", "death"),
    ("pull out in front of the lorry", "means"),
    ("i have started writing the note", "farewell"),
])
def test_understated_words_hold_their_concept(words: str, concept: str) -> None:
    assert concept in crisis_model.concepts(normalise(words).split(" "))


@pytest.mark.parametrize("text", ["i cant go on anymore", "I can't go on any longer.",
                                  "I just can't carry on anymore"])
def test_not_going_on_any_longer_shows_the_lines(text: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None and finding.categories == ("suicide",), text


@pytest.mark.parametrize("text", ["I can't go on like this anymore",
                                  "I can't carry on any longer, the drinking has to stop",
                                  "I can't go on about it anymore, let's talk about work"])
def test_not_going_on_like_this_stays_ordinary(text: str) -> None:
    assert detect_crisis(text) is None, text
    assert not touches_crisis(text), text


@pytest.mark.parametrize("text", ["took too much on at work and now I'm scared I'll burn out",
                                  "burnt out on overtime and mad about it",
                                  "I'm burned out again."])
def test_burn_out_is_exhaustion(text: str) -> None:
    assert detect_crisis(text) is None, text


@pytest.mark.parametrize("text", ["I burn myself with a lighter when it gets bad",
                                  "I burned my arm with a cigarette. Burnt out."])
def test_a_burn_still_shows_the_lines(text: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None and "self_harm" in finding.categories, text

"""Round eleven: the model's gate also opens on plan and intent words, and the leave-one-set-out
script reads windows exactly as the detector does (README, "Crisis wording", round eleven)."""

from __future__ import annotations

import pytest

from mi_journal.crisis import model as crisis_model
from mi_journal.crisis.detect import detect_crisis, normalise
from tests.eval import crisis_loso, crisis_train


def test_plan_and_intent_open_the_gate() -> None:
    assert crisis_model.has_core(["bias", "k:plan"])
    assert crisis_model.has_core(["bias", "k:intent"])
    assert not crisis_model.has_core(["bias", "k:self", "k:quantity", "k:change"])


@pytest.mark.parametrize("text", [
    # a plan said with no word of death, harm or a means: the gate used to close on it
    "Already decided how and when. Saturday, while everyone is away.",
    "I've worked out how and which night, it won't be long.",
])
def test_a_plan_with_no_death_word_is_read_by_the_model(text: str) -> None:
    plain = normalise(text)
    core_before = crisis_loso.ROUND_TEN_CORE
    windows = [crisis_model.features(tokens) for _, _, tokens in crisis_model.windows(plain)]
    assert not any(set(names) & core_before for names in windows)  # closed before
    finding = detect_crisis(text)
    assert finding is not None and finding.phrases[0].startswith("model p=")


@pytest.mark.parametrize("text", [
    "I've decided to take the bus to work.",
    "I mean it, I'm going to the gym on Monday.",
    "Picked a date for the wedding, we've decided on June.",
    "Looked up train times for Saturday, we're going to see my nan.",
    "I made my decision, I'm taking the job in Bristol.",
    "Day 12. I've got to start looking after myself.",
    "I haven't decided anything yet, 30 days sober.",
    "Worked 12 hours, decided to skip the pub after.",
    "Not joking, the cat opened the fridge by himself.",
    "Cancelled the gym and signed up for swimming instead.",
])
def test_everyday_plans_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_the_loso_windows_are_the_detectors() -> None:
    """crisis_loso's window reading crosses the threshold exactly when the detector's model
    speaks, so its figures are the detector's."""
    model = crisis_model.load()
    rows = crisis_train.load_set("holdout12") + crisis_train.load_set("dev")[:120]
    for row in rows:
        text = str(row["text"])
        found = crisis_train.model_says(model, text) is not None
        windows = crisis_loso.read_windows(model, text)
        assert crisis_loso.gate_shipped(windows, model.threshold) == found, text

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


# Everyday plans and change talk with the plan words, written as a check after the first
# round-eleven weights (9b22d87) alarmed on "I think I've decided to go back to college."
# (p=0.89) and three more here; the training lines written then (training_only_round11b)
# copy none of them.
PLAN_WORDS_EVERYDAY = [
    "I think I've decided to go back to college.",
    'I think I need to look after myself more.',
    "I've decided I think.",
    "I think it's time to decide.",
    "I think I've decided to tell my doctor about the drinking.",
    "I've decided to stop drinking on weeknights.",
    'I decided to call my sponsor after work.',
    "After the party I decided I'm done with vodka.",
    "I think I'm going to plan my week better.",
    "I've made my decision, I'm going to the meeting on Tuesday.",
    "I looked up meetings near me, there's one on Thursday.",
    "I think I'll look up a counsellor this week.",
    "I've worked out how much I spend on wine every month.",
    "I mean it this time, I'm cutting down.",
    'I think I mean it this time.',
    "I've decided to give away my old bottles of whisky.",
    "I think I'll give away the beer in the fridge.",
    "I've been planning to quit for a while, I think.",
    'I think the plan is to stop by Friday.',
    'Tonight is the night I tell my wife I want to stop drinking.',
    "I've picked a date to quit smoking: the first of March.",
    "I think I've got everything I need to start.",
    'I researched rehab programmes today.',
    'I googled how to cut down safely.',
    "I think I'm getting ready to change.",
    "I haven't decided yet but I think I want to stop.",
    "After a lot of thinking I've decided to quit.",
    'My plan for after work: walk the dog, no pub.',
    "I think I'll stop after this weekend.",
    "I'm not joking, I want to get sober.",
]


@pytest.mark.parametrize("text", PLAN_WORDS_EVERYDAY)
def test_change_talk_with_plan_words_stays_quiet(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_a_year_is_not_a_quantity() -> None:
    assert "quantity" in crisis_model.concepts(["took", "40"])
    assert "quantity" not in crisis_model.concepts(["back", "in", "2019"])

"""The word-vector experiment (tests/eval/crisis_embed.py) reads windows as the detector does."""

from __future__ import annotations

import json
from pathlib import Path

from mi_journal.crisis import model as crisis_model
from tests.eval import crisis_embed, crisis_train

DATA = Path(__file__).resolve().parents[1] / "data" / "crisis"


def test_window_score_agrees_with_the_detector() -> None:
    """The experiment's score reaches the threshold exactly when the model, as the detector
    asks it (negations and guards first), finds crisis wording: so its figures at every
    threshold are the detector's figures."""
    model = crisis_model.load()
    with (DATA / "holdout12.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    texts += ["I'm not suicidal, I just want to sleep for a week.",
              "I'm going to take my life back from alcohol."]
    for text in texts:
        found = crisis_train.model_says(model, text) is not None
        assert (crisis_embed.window_score(model, text) >= model.threshold) == found, text


def test_lexicon_groups_and_near_concepts_are_read_then_put_back() -> None:
    table = {"futile": (["a7", "b70"], ["hopeless"])}
    try:
        crisis_embed.use(table)
        names = crisis_model.features(["it", "is", "futile"])
        assert {"e:a7", "e:b70", "k:hopeless"} <= set(names)
        negated = crisis_model.features(["not", "futile"])
        assert "e:~a7" in negated
        assert crisis_model.gated_features(["all", "futile"]) is not None
    finally:
        crisis_embed.use(None)
    names = crisis_model.features(["it", "is", "futile"])
    assert not any(name.startswith("e:") for name in names)
    assert "k:hopeless" not in names

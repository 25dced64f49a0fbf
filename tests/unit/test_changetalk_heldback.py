"""The tagger on real MI talk it was never tuned or trained on (AnnoMI held-back
transcripts, tests/eval/changetalk_eval/split.json). Figures are computed from the data
here, not stored: they must stay at or above what the README reports. Skipped when
the AnnoMI files are not on this machine (they are not in the repository)."""

from __future__ import annotations

import pytest

from tests.eval.changetalk_eval import annomi
from tests.eval.changetalk_eval.metrics import evaluate

# 0.429 as first measured; 0.427 since the crisis check's round seven screens one more
# held-back utterance (a sustain-talk one); 0.430 / 0.635 / 0.195 since the misread rules
# of December 5 and the weights retrained on dev with them (the ninth look; see README,
# "Change talk": one utterance fewer found as change, fewer wrongly called change); 0.429
# (0.4294) since crisis round twelve (crisis16) no longer flags a held-back utterance as a
# crisis ("he came up with this ... it's the only thing"): that false alarm had made it
# neutral, its gold label, and the tagger alone calls it sustain.
REPORTED_MACRO_F1 = 0.429
REPORTED_CHANGE_PRECISION = 0.635
REPORTED_CHANGE_RECALL = 0.195

needs_data = pytest.mark.skipif(annomi.data_dir() is None, reason="AnnoMI data not here")


def _tag(text: str, question: str) -> tuple[str, tuple[str, ...]]:
    from mi_journal.changetalk import tag_statement

    tagged = tag_statement(text, question=question or None)
    return tagged.label, tagged.cues


def test_split_is_by_transcript_and_fixed() -> None:
    ids = annomi.split_ids()
    assert not set(ids["dev"]) & set(ids["test"])
    assert len(ids["dev"]) + len(ids["test"]) == 84
    assert len(ids["test"]) == 28


@needs_data
def test_split_file_is_what_the_seed_makes() -> None:
    data = annomi.data_dir()
    assert data is not None  # needs_data
    made = annomi.make_split(data)
    assert (made["dev"], made["test"]) == (annomi.split_ids()["dev"], annomi.split_ids()["test"])


@needs_data
@pytest.mark.timeout(300)
def test_heldback_figures_stay_at_least_as_reported() -> None:
    rows = [(u.text, u.question, u.label) for u in annomi.load("test")]
    assert len(rows) == 1149
    result = evaluate(rows, _tag)
    assert result.macro_f1 >= REPORTED_MACRO_F1 - 0.0005
    precision, recall, _, _ = result.scores("change")
    assert precision >= REPORTED_CHANGE_PRECISION - 0.0005
    assert recall >= REPORTED_CHANGE_RECALL - 0.0005


@needs_data
def test_weights_never_saw_heldback_text() -> None:
    """The shipped weights hold word features only from dev: a word pair that occurs
    only in held-back transcripts cannot be among them."""
    from mi_journal.changetalk import model
    from mi_journal.changetalk.tagger import normalise

    fitted = model.load("en")
    assert fitted is not None
    dev_pairs = {f"b:{a} {b}" for u in annomi.load("dev")
                 for a, b in zip(model.tokens(normalise(u.text)),
                                 model.tokens(normalise(u.text))[1:], strict=False)}
    test_only = {f"b:{a} {b}" for u in annomi.load("test")
                 for a, b in zip(model.tokens(normalise(u.text)),
                                 model.tokens(normalise(u.text))[1:], strict=False)} - dev_pairs
    assert test_only
    assert not test_only & set(fitted.weights)


@needs_data
@pytest.mark.timeout(600)
def test_shipped_weights_are_what_the_training_script_makes_from_dev() -> None:
    """No hand-edited weights: the training script, run on the dev transcripts only,
    gives exactly the shipped file (thresholds included)."""
    import json

    from tests.eval.changetalk_eval import train

    shipped = json.loads(train.OUT.read_text(encoding="utf-8"))
    assert train.build(verbose=False) == shipped

"""The statistical part of the tagger: a small logistic regression over words.

Pure Python, no dependency: the weights are plain data in `weights_en.json`
(trained on AnnoMI dev transcripts by `tests/eval/changetalk_eval/train.py`; the data
itself is not shipped). It reads the statement's words, word pairs and the words
just after a negation, the rules' own reading (their label, kind and the reasons
they gave), and the words of the question the statement answers. The label it gives
comes with the words that pushed it most, so a reader can still see why.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

CLASSES = ("change", "sustain", "neutral")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_BRACKETS = re.compile(r"\[[^\]]*\]")
_QUESTION_WORDS = 40  # the end of the therapist's turn carries the question
_CUES_SHOWN = 3
_NEGATIONS = frozenset({"not", "never", "no", "nothing", "nobody", "nor", "cannot"})
_NEGATION_SPAN = 3
_NEUTRAL_REASON = re.compile(r"^(?:neutral(?:, |:))?([a-z' -]+?)[:]")


@dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, float, float]]
    change_threshold: float  # change on the model's word alone
    sustain_threshold: float
    rule_change_threshold: float = 0.0  # change the rules found, unless the model doubts it


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float
    cues: tuple[str, ...]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_BRACKETS.sub(" ", text))


def _length_bucket(count: int) -> str:
    for limit, name in ((1, "1"), (3, "2-3"), (8, "4-8"), (20, "9-20")):
        if count <= limit:
            return name
    return "21+"


def _negated_words(words: list[str]) -> list[str]:
    """Words within a few words after a negation ("not", "never", "no", "nothing"):
    "i do not want to stop" gives "n:want", "n:to", "n:stop"."""
    out: list[str] = []
    left = 0
    for word in words:
        if word in _NEGATIONS:
            left = _NEGATION_SPAN
        elif left:
            out.append(f"n:{word}")
            left -= 1
    return out


def features(
    norm_text: str, norm_question: str, rule_label: str, rule_kind: str | None,
    rule_cues: tuple[str, ...],
) -> dict[str, float]:
    """Feature names of one statement and their values; `norm_*` are normalised (see
    tagger.normalise). Words, word pairs and negated words count 1/sqrt(number of
    words), so a long statement does not pile up evidence (and certainty) word by
    word; the question's words likewise; the rules' reading counts 1."""
    words = tokens(norm_text)
    out = dict.fromkeys(("bias", f"len:{_length_bucket(len(words))}", f"r:{rule_label}"), 1.0)
    if rule_kind:
        out[f"rk:{rule_label}:{rule_kind}"] = 1.0
    for cue in rule_cues:
        reason = _NEUTRAL_REASON.match(cue)
        if reason:
            out[f"rc:{reason.group(1)}"] = 1.0
    share = 1 / math.sqrt(max(len(words), 1))
    # dict.update adds the new names in order and leaves a name seen before where it is,
    # as assigning them one by one does
    out.update(dict.fromkeys(["w:" + word for word in words], share))
    out.update(dict.fromkeys([f"b:{first} {second}" for first, second in pairwise(words)],
                             share))
    if not _NEGATIONS.isdisjoint(words):
        for negated in _negated_words(words):
            out[negated] = share
    if norm_question:
        asked = tokens(norm_question)[-_QUESTION_WORDS:]
        asked_share = 1 / math.sqrt(max(len(asked), 1))
        out.update(dict.fromkeys((f"q:{word}" for word in asked), asked_share))
        if len(words) <= 3:
            out.update(dict.fromkeys((f"qs:{word}" for word in asked), asked_share))
        if norm_question.rstrip().endswith("?"):
            out["q?"] = 1.0
    return out


def scores(model: Model, found: dict[str, float]) -> tuple[float, float, float]:
    return _softmax(_totals(model, found)[0])


def _totals(
    model: Model, found: dict[str, float],
) -> tuple[list[float], list[tuple[str, float, tuple[float, float, float]]]]:
    """Each class's summed evidence, and the features the model knows (name, value, weight)."""
    change = sustain = neutral = 0.0  # summed in the features' order, as always
    known = []
    weight_of = model.weights.get
    for name, value in found.items():
        weight = weight_of(name)
        if weight is not None:
            for_change, for_sustain, for_neutral = weight
            change += for_change * value
            sustain += for_sustain * value
            neutral += for_neutral * value
            known.append((name, value, weight))
    return [change, sustain, neutral], known


def _softmax(totals: list[float]) -> tuple[float, float, float]:
    top = max(totals)
    exps = [math.exp(value - top) for value in totals]
    whole = sum(exps)
    return exps[0] / whole, exps[1] / whole, exps[2] / whole


def decide(
    model: Model, probs: tuple[float, float, float], rule_label: str = "neutral",
    change_allowed: bool = True,
) -> str:
    """Precision first: change talk the rules found (unless the model doubts it below
    `rule_change_threshold`; 0 in the shipped weights: the rules' change talk stands), or
    change the model is sure of; then sustain above its threshold; else neutral.
    Where the rules saw sustain talk, irony, a hypothetical, a take-back, someone
    else's words or a question, the model cannot make it change talk."""
    if rule_label.startswith("settled "):
        return rule_label.removeprefix("settled ")
    if change_allowed and (
        (rule_label == "change" and probs[0] >= model.rule_change_threshold)
        or (rule_label == "neutral" and probs[0] >= model.change_threshold)
    ):
        return "change"
    if probs[1] >= model.sustain_threshold:
        return "sustain"
    return "neutral"


def predict(
    model: Model, found: dict[str, float], rule_label: str, change_allowed: bool
) -> Prediction:
    totals, known = _totals(model, found)
    probs = _softmax(totals)
    label = decide(model, probs, rule_label, change_allowed)
    column = CLASSES.index(label)
    one, other = [k for k in range(3) if k != column]
    # How far each feature lifts the label above the strongest other class.
    pushes = []
    for name, value, weight in known:
        first, second = weight[one], weight[other]
        # max(first, second) without the call: the same value (the first when equal)
        push = (weight[column] - (first if first >= second else second)) * value
        if push > 0 and name != "bias":
            pushes.append((push, name))
    # The same as heapq.nlargest (documented so), quicker on a few dozen items.
    words = [name for _, name in sorted(pushes, reverse=True)[:_CUES_SHOWN]]
    cue = f"model:{label} p={probs[column]:.2f}" + (f" ({', '.join(words)})" if words else "")
    return Prediction(label, probs[column], (cue,))


def from_data(data: dict[str, object]) -> Model:
    raw = data["weights"]
    assert isinstance(raw, dict)
    weights = {str(k): (float(v[0]), float(v[1]), float(v[2])) for k, v in raw.items()}
    thresholds = data["thresholds"]
    assert isinstance(thresholds, dict)
    return Model(weights, float(thresholds["change"]), float(thresholds["sustain"]),
                 float(thresholds["rule_change"]))


@cache
def load(language: str = "en") -> Model | None:
    """The shipped model for a language, or None when there is none. Read beside this
    module, as the crisis model's weights are (importlib.resources would bring in
    zipfile, tempfile and more on every `mij reflect tag`: about 8 ms of start-up)."""
    try:
        text = Path(__file__).with_name(f"weights_{language}.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return from_data(json.loads(text))

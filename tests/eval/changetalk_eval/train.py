"""Train the statistical part of the change-talk tagger on AnnoMI *dev* transcripts only.

    python -m tests.eval.changetalk_eval.train   # writes src/mi_journal/changetalk/weights_en.json

Multinomial logistic regression (AdaGrad, L2), pure Python. The decision thresholds
(precision first for change talk) are chosen on out-of-fold predictions: dev is cut into
folds by transcript, each fold is predicted by a model trained on the others. The held-back
test transcripts are never read here. How the settings below were chosen, and what they
give out of fold: `python -m tests.eval.changetalk_eval.cv` (README, "How well it works").
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from mi_journal.changetalk import model as ctmodel
from mi_journal.changetalk.tagger import (
    change_allowed,
    normalise,
    rule_statement,
    settled,
)
from tests.eval.changetalk_eval import annomi

OUT = Path(__file__).resolve().parents[3] / "src" / "mi_journal" / "changetalk" / "weights_en.json"
SEED = 7
FOLDS = 5
EPOCHS = 15
RATE = 0.03  # a small step, many passes: chosen by cross-validation (cv.py), less overconfident
L2 = 3e-3
# How much a training example of each class (change, sustain, neutral) counts. Equal: a
# heavier sustain class (2.0: out-of-fold macro-F1 about 0.01 higher, within the noise of the
# fold seeds) lifts every sentence's sustain probability, so the sustain floor below no longer
# means what it says ("we went to the lake and stuff" then reads as sustain talk).
CLASS_WEIGHTS = (1.0, 1.0, 1.0)
MIN_COUNT = 2
PRUNE = 0.02
MIN_CHANGE_PRECISION = 0.60  # out of fold on dev; 0.80 holds nowhere with any recall (cv.py)
CLASS_INDEX = {name: index for index, name in enumerate(ctmodel.CLASSES)}


Row = tuple[dict[str, float], int]


def featurise(utterance: annomi.Utterance) -> tuple[dict[str, float], tuple[str, bool]]:
    rules = rule_statement(utterance.text, question=utterance.question or None)
    found = ctmodel.features(normalise(utterance.text), normalise(utterance.question),
                             rules.label, rules.kind, rules.cues)
    found = dict(sorted(found.items()))  # a fixed order
    if settled(rules.label, rules.kind, rules.cues):
        return found, ("settled " + rules.label, False)
    return found, (rules.label, change_allowed(rules.cues, rules.label))


def train(rows: list[Row], seed: int = SEED) -> dict[str, list[float]]:
    counts = Counter(name for found, _ in rows for name in found)
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            found, gold = rows[index]
            weight = CLASS_WEIGHTS[gold]
            items = [(n, v) for n, v in found.items() if counts[n] >= MIN_COUNT]
            totals = [0.0, 0.0, 0.0]
            for name, value in items:
                w = weights.setdefault(name, [0.0, 0.0, 0.0])
                for k in range(3):
                    totals[k] += w[k] * value
            top = max(totals)
            exps = [math.exp(t - top) for t in totals]
            whole = sum(exps)
            for name, value in items:
                w = weights[name]
                g2 = squares.setdefault(name, [1e-6, 1e-6, 1e-6])
                for k in range(3):
                    grad = weight * (exps[k] / whole - (k == gold)) * value + L2 * w[k]
                    g2[k] += grad * grad
                    w[k] -= RATE * grad / math.sqrt(g2[k])
    return weights


def as_model(weights: dict[str, list[float]], change: float, sustain: float) -> ctmodel.Model:
    return ctmodel.Model({k: (v[0], v[1], v[2]) for k, v in weights.items()}, change, sustain)


Rule = tuple[str, bool]  # the rules' label ("settled ..." when final), change allowed
# The rules' change talk stands: the model may not doubt it (it did, and turned a past
# success, "something has to give" or "the hangovers are making me miss work" into neutral
# or sustain talk; these are what a summary quotes back).
RULE_CHANGE_GRID = [0.0]
CHANGE_GRID = [x / 100 for x in range(30, 100, 2)] + [1.01]  # 1.01: never on the model alone
# Sustain talk only where the model gives it at least 0.35: lower, everyday sentences ("I
# stopped at the store.") read as sustain talk (tests/unit/test_changetalk.py).
SUSTAIN_GRID = [x / 100 for x in range(35, 80, 3)]


@dataclass(frozen=True)
class Choice:
    macro_f1: float
    change: float  # thresholds, as in ctmodel.Model
    sustain: float
    rule_change: float
    change_precision: float
    change_recall: float


def _scores(confusion: list[list[int]]) -> tuple[float, float, float]:
    """Macro-F1, change precision (1.0 when nothing is called change), change recall."""
    f1s = []
    for k in range(3):
        tp = confusion[k][k]
        said = sum(confusion[g][k] for g in range(3))
        real = sum(confusion[k])
        precision = tp / said if said else 0.0
        recall = tp / real if real else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    said_change = sum(confusion[g][0] for g in range(3))
    precision = confusion[0][0] / said_change if said_change else 1.0
    real_change = sum(confusion[0])
    return sum(f1s) / 3, precision, confusion[0][0] / real_change if real_change else 0.0


def settings(
    gold: list[int], probs: list[tuple[float, float, float]], rules: list[Rule],
) -> list[Choice]:
    """Every setting of the grid, scored: what ctmodel.decide gives with it."""
    out = []
    neutral, sustain = CLASS_INDEX["neutral"], CLASS_INDEX["sustain"]
    for rule_change in RULE_CHANGE_GRID:
        for change in CHANGE_GRID:
            fixed = [[0, 0, 0] for _ in range(3)]
            open_rows: list[tuple[float, int]] = []
            model = ctmodel.Model({}, change, 1.01, rule_change)
            for g, p, (label, allowed) in zip(gold, probs, rules, strict=True):
                decided = ctmodel.decide(model, p, label, allowed)
                if decided == "neutral" and not label.startswith("settled "):
                    open_rows.append((p[1], g))  # sustain or neutral, by its threshold
                else:
                    fixed[g][CLASS_INDEX[decided]] += 1
            open_rows.sort(reverse=True)
            for threshold in SUSTAIN_GRID:
                confusion = [row[:] for row in fixed]
                for p_sustain, g in open_rows:
                    confusion[g][sustain if p_sustain >= threshold else neutral] += 1
                macro, precision, recall = _scores(confusion)
                out.append(Choice(macro, change, threshold, rule_change, precision, recall))
    return out


def choose_thresholds(
    gold: list[int], probs: list[tuple[float, float, float]], rules: list[Rule],
    floor: float = MIN_CHANGE_PRECISION,
) -> Choice | None:
    """The setting with the best macro-F1 whose change precision is at least `floor`
    (None when no setting holds it)."""
    best: Choice | None = None
    for choice in settings(gold, probs, rules):
        if choice.change_precision >= floor and (best is None or choice.macro_f1 > best.macro_f1):
            best = choice
    return best


def out_of_fold(
    rows: list[Row], transcripts: list[str], folds: int = FOLDS, seed: int = SEED,
) -> list[tuple[float, float, float]]:
    """Each row predicted by a model trained on the other folds (cut by transcript)."""
    order = sorted(set(transcripts), key=int)
    random.Random(seed).shuffle(order)
    fold_of = {t: i % folds for i, t in enumerate(order)}
    probs: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(rows)
    for fold in range(folds):
        inside = [r for r, t in zip(rows, transcripts, strict=True) if fold_of[t] != fold]
        fitted = as_model(train(inside), 0.5, 0.5)
        for index, t in enumerate(transcripts):
            if fold_of[t] == fold:
                probs[index] = ctmodel.scores(fitted, rows[index][0])
    return probs


def dev_rows() -> tuple[list[Row], list[Rule], list[str]]:
    utterances = annomi.load("dev")
    featurised = [featurise(u) for u in utterances]
    rows = [(found, CLASS_INDEX[u.label]) for (found, _), u in zip(featurised, utterances,
                                                                   strict=True)]
    return rows, [rule for _, rule in featurised], [u.transcript for u in utterances]


def build(verbose: bool = True) -> dict[str, Any]:
    """The weights file's content, made from the dev transcripts only."""
    rows, rules, transcripts = dev_rows()
    probs = out_of_fold(rows, transcripts)
    choice = choose_thresholds([g for _, g in rows], probs, rules)
    if choice is None:
        raise SystemExit(f"no setting holds change precision {MIN_CHANGE_PRECISION} out of fold")
    if verbose:
        print(f"out-of-fold on dev: macro-F1 {choice.macro_f1:.3f}, change precision "
              f"{choice.change_precision:.3f}, recall {choice.change_recall:.3f} at change >= "
              f"{choice.change:.2f}, sustain >= {choice.sustain:.2f}, change the rules found >= "
              f"{choice.rule_change:.2f}")
    weights = train(rows)
    kept = {
        name: [round(x, 3) for x in w] for name, w in sorted(weights.items())
        if max(w) - min(w) >= PRUNE
    }
    return {
        "about": "change-talk weights; trained on AnnoMI dev transcripts by "
                 "tests/eval/changetalk_eval/train.py (see tests/eval/changetalk_eval/split.json)",
        "classes": list(ctmodel.CLASSES),
        "thresholds": {"change": choice.change, "sustain": choice.sustain,
                       "rule_change": choice.rule_change},
        "weights": kept,
    }


def main() -> int:
    data = build()
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(data['weights'])} features, "
          f"{OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

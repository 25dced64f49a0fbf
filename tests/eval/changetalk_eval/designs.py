"""Other designs for the tagger's statistical part, judged by nested cross-validation on
the AnnoMI *dev* transcripts only (the held-back ones are never read). None beat the
shipped design beyond the noise of the fold seeds, so none ships (README, "How well it
works (measured)", round four). Kept so the figures there can be re-run:

    python -m tests.eval.changetalk_eval.designs              # every design, 3 fold seeds
    python -m tests.eval.changetalk_eval.designs context nb   # some of them
    python -m tests.eval.changetalk_eval.designs --quick      # one fold seed

The protocol is cv.py's: 5 outer folds by transcript; in each, the thresholds are chosen
on 4-fold out-of-fold predictions inside the other four (best macro-F1 at a floor of
change precision), a model trained on those four tags the fifth; means over fold seeds
7, 11, 13. "shipped" reproduces cv.py's table. Designs that read the conversation use
only earlier client utterances of the same transcript and the model's own probabilities
for them, never their gold labels (at inference a journal has the person's earlier
sentences, not labels). "nb" and "two-stage" need scikit-learn (`pip install -e
".[train]"`); the others are pure Python.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from mi_journal.changetalk import model as ctmodel
from mi_journal.changetalk.tagger import normalise, split_statements
from tests.eval.changetalk_eval import annomi, train
from tests.eval.changetalk_eval.cv import per_class

FLOORS = (0.0, 0.6, 0.7, 0.8)
SEEDS = (7, 11, 13)
OUTER = 5
INNER = 4
Probs = tuple[float, float, float]


class Dev:
    """The dev client utterances, read by the rules once, with each one's previous client
    utterance in the same transcript (-1 for the first)."""

    def __init__(self) -> None:
        self.utterances = annomi.load("dev")
        featurised = [train.featurise(u) for u in self.utterances]
        self.features = [found for found, _ in featurised]
        self.rules = [rule for _, rule in featurised]
        self.gold = [train.CLASS_INDEX[u.label] for u in self.utterances]
        self.transcript = [u.transcript for u in self.utterances]
        self.previous = [
            i - 1 if i and self.transcript[i - 1] == self.transcript[i] else -1
            for i in range(len(self.utterances))
        ]
        self._sentences: list[list[dict[str, float]]] | None = None
        self._reflections: list[tuple[str, dict[str, float], int]] | None = None

    def sentences(self) -> list[list[dict[str, float]]]:
        """Features of each sentence of an utterance of several (empty for one)."""
        if self._sentences is None:
            self._sentences = [
                [train.featurise(annomi.Utterance(u.transcript, s, u.label, u.question))[0]
                 for s in split_statements(u.text)] if len(split_statements(u.text)) > 1 else []
                for u in self.utterances
            ]
        return self._sentences

    def reflections(self) -> list[tuple[str, dict[str, float], int]]:
        """The therapist's reflections in dev, "you" turned into "I", each labelled with
        the talk type of the client utterance it follows (a noisy paraphrase of it)."""
        if self._reflections is None:
            self._reflections = list(_reflections())
        return self._reflections


_SWAP = {"you": "I", "your": "my", "yourself": "myself", "you're": "I'm", "you've": "I've",
         "you'd": "I'd", "you'll": "I'll"}
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


def _reflections() -> Iterable[tuple[str, dict[str, float], int]]:
    folder = annomi.data_dir()
    assert folder is not None
    dev = set(annomi.split_ids()["dev"])
    rows = [row for row in annomi._rows(folder) if row["transcript_id"] in dev]
    rows.sort(key=lambda row: (int(row["transcript_id"]), int(row["utterance_id"])))
    before: dict[str, str] | None = None
    for row in rows:
        if row["interlocutor"] == "client":
            before = row
            continue
        if (row["main_therapist_behaviour"] == "reflection" and before is not None
                and before["transcript_id"] == row["transcript_id"]
                and before["client_talk_type"] in train.CLASS_INDEX):
            text = _WORD.sub(lambda m: _SWAP.get(m.group(0).lower().replace("\u2019", "'"),
                                                 m.group(0)), row["utterance_text"])
            label = before["client_talk_type"]
            found, _ = train.featurise(annomi.Utterance(row["transcript_id"], text, label, ""))
            yield row["transcript_id"], found, train.CLASS_INDEX[label]


def fold_of(transcripts: Iterable[str], folds: int, seed: int) -> dict[str, int]:
    order = sorted(set(transcripts), key=int)
    random.Random(seed).shuffle(order)
    return {t: i % folds for i, t in enumerate(order)}


# Learners: fit(features, gold) then predict(features) -> probabilities (change, sustain,
# neutral).
class Logistic:
    """The shipped trainer (train.train), with class weights if given."""

    def __init__(self, class_weights: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> None:
        self.class_weights = class_weights

    def fit(self, rows: list[dict[str, float]], gold: list[int]) -> Logistic:
        kept = train.CLASS_WEIGHTS
        train.CLASS_WEIGHTS = self.class_weights
        try:
            self.fitted = train.as_model(train.train(list(zip(rows, gold, strict=True))),
                                         0.5, 0.5)
        finally:
            train.CLASS_WEIGHTS = kept
        return self

    def predict(self, rows: list[dict[str, float]]) -> list[Probs]:
        return [ctmodel.scores(self.fitted, found) for found in rows]


class Averaged(Logistic):
    """The shipped trainer run with five shuffling seeds, the weights averaged (a name
    missing from a run counts 0 there): one model of the same size, less tied to the order
    its examples were read in."""

    SEEDS = (7, 8, 9, 10, 11)

    def fit(self, rows: list[dict[str, float]], gold: list[int]) -> Averaged:
        paired = list(zip(rows, gold, strict=True))
        runs = [train.train(paired, seed) for seed in self.SEEDS]
        names = sorted({name for run in runs for name in run})
        share = 1 / len(runs)
        averaged = {
            name: [sum(run.get(name, [0.0, 0.0, 0.0])[k] for run in runs) * share
                   for k in range(3)]
            for name in names
        }
        self.fitted = train.as_model(averaged, 0.5, 0.5)
        return self


def _matrix(rows: list[dict[str, float]]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer

    counts = Counter(name for found in rows for name in found)
    vectors = DictVectorizer()
    kept = [{k: v for k, v in found.items() if counts[k] >= train.MIN_COUNT} for found in rows]
    return vectors, vectors.fit_transform(kept).tocsr()


class NaiveBayesLogistic:
    """NBSVM-style: per class, each feature scaled by its naive-Bayes log-count ratio
    (that class against the rest), a one-against-rest logistic regression on them."""

    def fit(self, rows: list[dict[str, float]], gold: list[int]) -> NaiveBayesLogistic:
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        self.vectors, matrix = _matrix(rows)
        present = matrix.copy()
        present.data = (present.data > 0).astype(float)
        y = np.array(gold)
        self.ratios, self.models = [], []
        for k in range(3):
            p = 1 + present[y == k].sum(0)
            q = 1 + present[y != k].sum(0)
            ratio = np.asarray(np.log((p / p.sum()) / (q / q.sum()))).ravel()
            self.ratios.append(ratio)
            self.models.append(LogisticRegression(max_iter=2000).fit(
                matrix.multiply(ratio).tocsr(), (y == k).astype(int)))
        return self

    def predict(self, rows: list[dict[str, float]]) -> list[Probs]:
        import numpy as np

        matrix = self.vectors.transform(rows).tocsr()
        each = np.column_stack([m.predict_proba(matrix.multiply(r).tocsr())[:, 1]
                                for m, r in zip(self.models, self.ratios, strict=True)])
        each = each / each.sum(1, keepdims=True)
        return [(float(a), float(b), float(c)) for a, b, c in each]


class TwoStage:
    """Neutral or not (every utterance), then change or sustain (the others), each a
    class-balanced logistic regression; p(change) = p(not neutral) p(change | not)."""

    def fit(self, rows: list[dict[str, float]], gold: list[int]) -> TwoStage:
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        self.vectors, matrix = _matrix(rows)
        y = np.array(gold)
        neutral = train.CLASS_INDEX["neutral"]
        self.talk = LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced").fit(
            matrix, (y != neutral).astype(int))
        self.side = LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced").fit(
            matrix[y != neutral], (y[y != neutral] == 0).astype(int))
        return self

    def predict(self, rows: list[dict[str, float]]) -> list[Probs]:
        matrix = self.vectors.transform(rows)
        talk = self.talk.predict_proba(matrix)[:, 1]
        change = self.side.predict_proba(matrix)[:, 1]
        return [(float(t * c), float(t * (1 - c)), float(1 - t))
                for t, c in zip(talk, change, strict=True)]


# Designs: fit(dev, indices) then predict(dev, indices) -> {index: probabilities}.
class Plain:
    """One learner over each utterance's own features (the shipped design with Logistic)."""

    def __init__(self, learner: Callable[[], Any]) -> None:
        self.learner = learner

    def fit(self, dev: Dev, idx: list[int]) -> Plain:
        self.model = self.learner().fit([dev.features[i] for i in idx], [dev.gold[i] for i in idx])
        return self

    def predict(self, dev: Dev, idx: list[int]) -> dict[int, Probs]:
        return dict(zip(idx, self.model.predict([dev.features[i] for i in idx]), strict=True))


class WithReflections(Plain):
    """Plain, with the therapist's reflections of the training transcripts as more examples."""

    def fit(self, dev: Dev, idx: list[int]) -> WithReflections:
        inside = {dev.transcript[i] for i in idx}
        extra = [(found, gold) for t, found, gold in dev.reflections() if t in inside]
        rows = [dev.features[i] for i in idx] + [found for found, _ in extra]
        self.model = self.learner().fit(rows, [dev.gold[i] for i in idx] + [g for _, g in extra])
        return self


class SentenceMax(Plain):
    """Plain, but an utterance of several sentences also takes half the way to its most
    change-like (and most sustain-like) sentence of four words or more."""

    def predict(self, dev: Dev, idx: list[int]) -> dict[int, Probs]:
        out = super().predict(dev, idx)
        sentences = dev.sentences()
        for i in idx:
            parts = [f for f in sentences[i] if sum(k.startswith("w:") for k in f) >= 4]
            if parts:
                each = self.model.predict(parts)
                whole = out[i]
                change = max(whole[0], (whole[0] + max(p[0] for p in each)) / 2)
                sustain = max(whole[1], (whole[1] + max(p[1] for p in each)) / 2)
                out[i] = (change, sustain, max(0.0, 1 - change - sustain))
        return out


class CharGrams(Plain):
    """Plain, with the letter groups of each word as more features ("c:quit" for the
    four letters at each place of " quitting "), each counting 1/sqrt(number of groups):
    word forms the training utterances never held in full ("cutting" / "cut", "drinker")
    still share evidence. Pure Python at inference, as the shipped model."""

    def _rows(self, dev: Dev, idx: list[int]) -> list[dict[str, float]]:
        if not hasattr(dev, "_grams"):
            grams = []
            for u in dev.utterances:
                words = ctmodel.tokens(normalise(u.text))
                found = [f"c:{padded[k:k + 4]}" for word in words
                         for padded in (f" {word} ",) for k in range(len(padded) - 3)]
                share = 1 / max(len(found), 1) ** 0.5
                grams.append(dict.fromkeys(found, share))
            dev._grams = grams  # type: ignore[attr-defined]
        return [{**dev.features[i], **dev._grams[i]} for i in idx]  # type: ignore[attr-defined]

    def fit(self, dev: Dev, idx: list[int]) -> CharGrams:
        self.model = self.learner().fit(self._rows(dev, idx), [dev.gold[i] for i in idx])
        return self

    def predict(self, dev: Dev, idx: list[int]) -> dict[int, Probs]:
        return dict(zip(idx, self.model.predict(self._rows(dev, idx)), strict=True))


def _context(dev: Dev, i: int, first: dict[int, Probs]) -> dict[str, float]:
    """What the conversation so far says, from the model's own earlier probabilities: the
    previous client utterance's, a running mean (each step back counts 0.6 as much) and the
    rules' label of the previous one."""
    j = dev.previous[i]
    if j < 0:
        return {"c:first": 1.0}
    out = {"c:prev_change": first[j][0], "c:prev_sustain": first[j][1],
           f"c:prev_rule:{dev.rules[j][0]}": 1.0}
    sums, weight, share, k = [0.0, 0.0], 0.0, 1.0, j
    while k >= 0 and share > 0.05:
        sums = [sums[0] + share * first[k][0], sums[1] + share * first[k][1]]
        weight += share
        share *= 0.6
        k = dev.previous[k]
    out["c:run_change"], out["c:run_sustain"] = sums[0] / weight, sums[1] / weight
    return out


class Context:
    """Two steps: the shipped model, then a second one over the same features plus the
    conversation so far (`_context`). Inside training the first step's probabilities for
    earlier utterances come out of fold, as they would on transcripts it never saw."""

    def fit(self, dev: Dev, idx: list[int]) -> Context:
        first = out_of_fold(dev, lambda: Plain(Logistic), idx, INNER, 3)
        self.first = Plain(Logistic).fit(dev, idx)
        rows = [{**dev.features[i], **_context(dev, i, first)} for i in idx]
        self.second = Logistic().fit(rows, [dev.gold[i] for i in idx])
        return self

    def predict(self, dev: Dev, idx: list[int]) -> dict[int, Probs]:
        first = self.first.predict(dev, idx)
        rows = [{**dev.features[i], **_context(dev, i, first)} for i in idx]
        return dict(zip(idx, self.second.predict(rows), strict=True))


class Filtered(Plain):
    """Talk type is sticky: forward filtering over each transcript's client utterances
    (earlier ones only), with the model's probabilities as evidence and the transitions
    between talk types counted in the training transcripts; `alpha` weighs the context."""

    def __init__(self, learner: Callable[[], Any], alpha: float) -> None:
        super().__init__(learner)
        self.alpha = alpha

    def fit(self, dev: Dev, idx: list[int]) -> Filtered:
        super().fit(dev, idx)
        counts = [[1.0] * 3 for _ in range(3)]
        start, prior = [1.0] * 3, [1.0] * 3
        for i in idx:
            prior[dev.gold[i]] += 1
            j = dev.previous[i]
            if j >= 0:
                counts[dev.gold[j]][dev.gold[i]] += 1
            else:
                start[dev.gold[i]] += 1
        self.moves = [[x / sum(row) for x in row] for row in counts]
        self.start = [x / sum(start) for x in start]
        self.prior = [x / sum(prior) for x in prior]
        return self

    def predict(self, dev: Dev, idx: list[int]) -> dict[int, Probs]:
        raw = super().predict(dev, idx)
        out: dict[int, Probs] = {}
        for i in sorted(idx):
            j = dev.previous[i]
            expected = self.start if j not in out else [
                sum(out[j][a] * self.moves[a][k] for a in range(3)) for k in range(3)]
            lifted = [raw[i][k] * (expected[k] / self.prior[k]) ** self.alpha for k in range(3)]
            whole = sum(lifted)
            out[i] = (lifted[0] / whole, lifted[1] / whole, lifted[2] / whole)
        return out


def out_of_fold(dev: Dev, make: Callable[[], Any], idx: list[int], folds: int,
                seed: int) -> dict[int, Probs]:
    fold = fold_of((dev.transcript[i] for i in idx), folds, seed)
    out: dict[int, Probs] = {}
    for f in range(folds):
        inside = [i for i in idx if fold[dev.transcript[i]] != f]
        outside = [i for i in idx if fold[dev.transcript[i]] == f]
        out.update(make().fit(dev, inside).predict(dev, outside))
    return out


# Decisions. "shipped" is ctmodel.decide (the rules' settled labels and change talk stand).
# "model doubts the rules": the model decides every utterance, the rules' vetoes (irony, a
# hypothetical, a take-back, someone else's words, a question ...) still keep change out.
def _free(change: float, sustain: float, probs: Probs, rule: train.Rule) -> str:
    label, allowed = rule
    if allowed and probs[0] >= change and label != "settled sustain":
        return "change"
    return "sustain" if probs[1] >= sustain else "neutral"


def _free_settings(gold: list[int], probs: list[Probs],
                   rules: list[train.Rule]) -> list[train.Choice]:
    out = []
    for change in train.CHANGE_GRID:
        for sustain in train.SUSTAIN_GRID:
            confusion = [[0, 0, 0] for _ in range(3)]
            for g, p, rule in zip(gold, probs, rules, strict=True):
                confusion[g][train.CLASS_INDEX[_free(change, sustain, p, rule)]] += 1
            macro, precision, recall = train._scores(confusion)
            out.append(train.Choice(macro, change, sustain, 0.0, precision, recall))
    return out


def nested(dev: Dev, make: Callable[[], Any], seed: int,
           free: bool = False) -> dict[float, list[list[int]]]:
    """Confusion (rows gold, columns predicted) per floor, as cv.nested counts it."""
    fold = fold_of(dev.transcript, OUTER, seed)
    confusion = {floor: [[0, 0, 0] for _ in range(3)] for floor in FLOORS}
    everything = range(len(dev.gold))
    for f in range(OUTER):
        inside = [i for i in everything if fold[dev.transcript[i]] != f]
        outside = [i for i in everything if fold[dev.transcript[i]] == f]
        inner = out_of_fold(dev, make, inside, INNER, seed + 100)
        score = _free_settings if free else train.settings
        grid = score([dev.gold[i] for i in inside], [inner[i] for i in inside],
                     [dev.rules[i] for i in inside])
        probs = make().fit(dev, inside).predict(dev, outside)
        for floor in FLOORS:
            held = [c for c in grid if c.change_precision >= floor]
            best = max(held, key=lambda c: c.macro_f1) if held else None
            for i in outside:
                if free:
                    decided = _free(best.change, best.sustain, probs[i], dev.rules[i]) if best \
                        else _free(1.01, 0.5, probs[i], dev.rules[i])
                else:
                    chosen = ctmodel.Model({}, best.change, best.sustain, best.rule_change) \
                        if best else ctmodel.Model({}, 1.01, 0.5, 1.01)
                    decided = ctmodel.decide(chosen, probs[i], *dev.rules[i])
                confusion[floor][dev.gold[i]][train.CLASS_INDEX[decided]] += 1
    return confusion


DESIGNS: dict[str, tuple[Callable[[], Any], bool]] = {
    "shipped": (lambda: Plain(Logistic), False),
    "context": (Context, False),
    "filtered-0.5": (lambda: Filtered(Logistic, 0.5), False),
    "filtered-1": (lambda: Filtered(Logistic, 1.0), False),
    "reflections": (lambda: WithReflections(Logistic), False),
    "class-weights": (lambda: Plain(lambda: Logistic((1.5, 2.0, 1.0))), False),
    "sentence-max": (lambda: SentenceMax(Logistic), False),
    "nb": (lambda: Plain(NaiveBayesLogistic), False),
    "two-stage": (lambda: Plain(TwoStage), False),
    "model-doubts-rules": (lambda: Plain(Logistic), True),
    "char-grams": (lambda: CharGrams(Logistic), False),
    "averaged": (lambda: Plain(Averaged), False),
}


def main(argv: list[str]) -> int:
    seeds = SEEDS[:1] if "--quick" in argv else SEEDS
    names = [a for a in argv if not a.startswith("-")] or list(DESIGNS)
    unknown = [n for n in names if n not in DESIGNS]
    if unknown:
        print(f"unknown design(s): {', '.join(unknown)}; known: {', '.join(DESIGNS)}",
              file=sys.stderr)
        return 2
    dev = Dev()
    print(f"AnnoMI dev: {len(dev.gold)} client utterances; nested CV, means over seeds "
          f"{', '.join(map(str, seeds))}: macro-F1 / change precision / change recall / "
          "sustain F1 at each floor on change precision")
    for name in names:
        make, free = DESIGNS[name]
        found: dict[float, list[list[float]]] = {floor: [] for floor in FLOORS}
        for seed in seeds:
            for floor, confusion in nested(dev, make, seed, free).items():
                scores = per_class(confusion)
                found[floor].append([sum(s[2] for s in scores) / 3, scores[0][0],
                                     scores[0][1], scores[1][2]])
        cells = []
        for floor in FLOORS:
            mean = [sum(row[k] for row in found[floor]) / len(found[floor]) for k in range(4)]
            cells.append(f"{floor:.1f}: {mean[0]:.3f} {mean[1]:.3f} {mean[2]:.3f} {mean[3]:.3f}")
        print(f"{name:<19} " + " | ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Cross-validation on the AnnoMI *dev* transcripts only: how the tagger's statistical
settings were chosen, and what they are expected to give on transcripts never seen.

    python -m tests.eval.changetalk_eval.cv            # nested estimate + trade-off curve
    python -m tests.eval.changetalk_eval.cv --quick    # one repetition instead of three

Nested, grouped by transcript: dev is cut into 5 outer folds; for each, the thresholds
are chosen (as `train.build` chooses them, at a floor of change precision) on 4-fold
out-of-fold predictions inside the other 4 outer folds, a model is trained on those, and
the outer fold is tagged with it. So the figures count the choice of thresholds too, not
only the weights. Repeated with three fold seeds, since 56 transcripts make a noisy
estimate. Where no setting holds a floor inside, the model adds no change talk in that
fold (only the rules' settled change talk stays). The held-back transcripts are never read.

The trade-off curve is simpler (one 5-fold out-of-fold pass, seed as in train.py): for
each threshold on the model's change probability, the best macro-F1 over the other two
thresholds, and change precision and recall there.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from mi_journal.changetalk import model as ctmodel
from tests.eval.changetalk_eval import train

FLOORS = (0.0, 0.6, 0.7, 0.8)
SEEDS = (7, 11, 13)
OUTER = 5
INNER = 4
LABELS = ctmodel.CLASSES


def _fold_of(transcripts: list[str], folds: int, seed: int) -> dict[str, int]:
    order = sorted(set(transcripts), key=int)
    random.Random(seed).shuffle(order)
    return {t: i % folds for i, t in enumerate(order)}


def nested(
    rows: list[train.Row], rules: list[train.Rule], transcripts: list[str], seed: int,
) -> dict[float, list[list[int]]]:
    """Confusion (rows gold, columns predicted) per floor, over all of dev."""
    fold_of = _fold_of(transcripts, OUTER, seed)
    confusion = {floor: [[0, 0, 0] for _ in range(3)] for floor in FLOORS}
    for fold in range(OUTER):
        inside = [i for i, t in enumerate(transcripts) if fold_of[t] != fold]
        outside = [i for i, t in enumerate(transcripts) if fold_of[t] == fold]
        inner_rows = [rows[i] for i in inside]
        probs = train.out_of_fold(inner_rows, [transcripts[i] for i in inside], INNER,
                                  seed + 100)
        grid = train.settings([g for _, g in inner_rows], probs, [rules[i] for i in inside])
        fitted = train.as_model(train.train(inner_rows), 0.5, 0.5)
        for floor in FLOORS:
            held = [c for c in grid if c.change_precision >= floor]
            if held:
                best = max(held, key=lambda c: c.macro_f1)  # the first best, as train does
                best = next(c for c in held if c.macro_f1 == best.macro_f1)
                model = ctmodel.Model({}, best.change, best.sustain, best.rule_change)
            else:
                model = ctmodel.Model({}, 1.01, 0.5, 1.01)
            for i in outside:
                label, allowed = rules[i]
                decided = ctmodel.decide(model, ctmodel.scores(fitted, rows[i][0]), label,
                                         allowed)
                confusion[floor][rows[i][1]][train.CLASS_INDEX[decided]] += 1
    return confusion


def per_class(confusion: list[list[int]]) -> list[tuple[float, float, float]]:
    out = []
    for k in range(3):
        said = sum(confusion[g][k] for g in range(3))
        real = sum(confusion[k])
        p = confusion[k][k] / said if said else 0.0
        r = confusion[k][k] / real if real else 0.0
        out.append((p, r, 2 * p * r / (p + r) if p + r else 0.0))
    return out


def main(argv: list[str]) -> int:
    seeds = SEEDS[:1] if "--quick" in argv else SEEDS
    rows, rules, transcripts = train.dev_rows()
    print(f"AnnoMI dev: {len(rows)} client utterances, {len(set(transcripts))} transcripts")
    print("nested cross-validation (5 outer folds by transcript, thresholds chosen on 4 inner)")
    print(f"{'floor':>5} {'seed':>4} {'macro-F1':>8} {'chg P':>6} {'chg R':>6} {'chg F1':>6}"
          f" {'sus F1':>6} {'neu F1':>6}")
    totals: dict[float, list[tuple[float, float, float, float]]] = {f: [] for f in FLOORS}
    for seed in seeds:
        for floor, confusion in nested(rows, rules, transcripts, seed).items():
            scores = per_class(confusion)
            macro = sum(s[2] for s in scores) / 3
            totals[floor].append((macro, scores[0][0], scores[0][1], scores[0][2]))
            print(f"{floor:>5.2f} {seed:>4} {macro:>8.3f} {scores[0][0]:>6.3f} "
                  f"{scores[0][1]:>6.3f} {scores[0][2]:>6.3f} {scores[1][2]:>6.3f} "
                  f"{scores[2][2]:>6.3f}", flush=True)
    print("mean over seeds")
    for floor, found in totals.items():
        mean = [sum(x[k] for x in found) / len(found) for k in range(4)]
        print(f"  floor {floor:.2f}: macro-F1 {mean[0]:.3f}, change precision {mean[1]:.3f},"
              f" recall {mean[2]:.3f}, F1 {mean[3]:.3f}")
    print("trade-off (one out-of-fold pass, seed", train.SEED, "): change threshold, best macro-F1"
          " over the other two, change precision and recall there")
    probs = train.out_of_fold(rows, transcripts)
    grid = train.settings([g for _, g in rows], probs, rules)
    for change in train.CHANGE_GRID[::3]:
        at = [c for c in grid if c.change == change]
        best = max(at, key=lambda c: c.macro_f1)
        print(f"  change >= {change:.2f}: macro-F1 {best.macro_f1:.3f}, precision "
              f"{best.change_precision:.3f}, recall {best.change_recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Accuracy of the closed-question rule on labelled questions.

    python tests/eval/eval_closed_questions.py                    # our own set, test split
    python tests/eval/eval_closed_questions.py --split dev --errors
    python tests/eval/eval_closed_questions.py --set annomi       # AnnoMI, held-back transcripts
    python tests/eval/eval_closed_questions.py --set annomi --split dev --errors
    python tests/eval/eval_closed_questions.py --set annomi --split dev --folds 5 [--logistic]

Two sets:
- `own` (tests/data/questions/): questions written for this project, MITI-style labels
  (tests/data/questions/README.md), split by a hash of the text;
- `annomi` (tests/data/questions/annomi/): real therapist questions from AnnoMI, labelled
  open/closed by its expert annotators, split by transcript before the rule was tuned
  (see extract.py there). The rule was tuned on `dev` only; `test` is the held-back part.

Prints accuracy, precision and recall for "closed", and with --errors every question the
rule gets wrong with the form it read ("amount question", "inversion", ...).
--folds K (AnnoMI dev only) cross-validates inside dev: K folds grouped by transcript
(largest transcripts first, each to the fold with fewest questions so far), the rule's
accuracy on each fold and overall; --logistic also trains a logistic regression over the
rule's reading (closed_question_logistic.py) on the other folds and scores it on each. --errors is
refused on a held-back split unless --look-at-held-back is given, so that looking at it
is a decision and not an accident.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "questions"
FOLDERS = {"own": DATA, "annomi": DATA / "annomi"}


def load(split: str, dataset: str = "own") -> list[dict[str, str]]:
    with open(FOLDERS[dataset] / f"{split}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(rows: list[dict[str, str]]) -> dict[str, float]:
    from mi_journal.packs.questions import is_closed_question

    tp = fp = fn = tn = 0
    for row in rows:
        predicted = is_closed_question(row["text"])
        actual = row["label"] == "closed"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
    total = len(rows)
    return {
        "n": total,
        "accuracy": (tp + tn) / total if total else 0.0,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
    }


def transcript_folds(rows: list[dict[str, str]], k: int) -> list[set[str]]:
    """K groups of transcripts of about equal size; no transcript in two folds."""
    sizes = Counter(row["transcript"] for row in rows)
    folds: list[set[str]] = [set() for _ in range(k)]
    counts = [0] * k
    for transcript in sorted(
        sizes, key=lambda t: (-sizes[t], hashlib.sha256(t.encode()).hexdigest())
    ):
        smallest = counts.index(min(counts))
        folds[smallest].add(transcript)
        counts[smallest] += sizes[transcript]
    return folds


def cross_validate(rows: list[dict[str, str]], k: int, logistic: bool) -> list[str]:
    from mi_journal.packs.questions import is_closed_question

    lines = []
    right = {"rule": 0, "logistic": 0}
    per_fold: dict[str, list[float]] = {"rule": [], "logistic": []}
    for number, fold in enumerate(transcript_folds(rows, k), 1):
        held = [row for row in rows if row["transcript"] in fold]
        truth = [row["label"] == "closed" for row in held]
        guesses = {"rule": [is_closed_question(row["text"]) for row in held]}
        if logistic:
            from tests.eval import closed_question_logistic as model

            rest = [row for row in rows if row["transcript"] not in fold]
            weights = model.train([r["text"] for r in rest], [r["label"] == "closed" for r in rest])
            guesses["logistic"] = [model.predict(weights, row["text"]) for row in held]
        parts = []
        for name, guessed in guesses.items():
            hits = sum(g == t for g, t in zip(guessed, truth, strict=True))
            right[name] += hits
            per_fold[name].append(hits / len(held))
            parts.append(f"{name} {hits / len(held):.3f}")
        lines.append(f"  fold {number}: n={len(held)} transcripts={len(fold)} " + " ".join(parts))
    for name in guesses:
        scores = per_fold[name]
        lines.append(
            f"{name}: cross-validated accuracy={right[name] / len(rows):.3f} "
            f"(folds {min(scores):.3f} to {max(scores):.3f}, sd {statistics.stdev(scores):.3f})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", dest="dataset", choices=tuple(FOLDERS), default="own")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--errors", action="store_true", help="list misclassified questions")
    parser.add_argument("--look-at-held-back", action="store_true",
                        help="allow --errors on the test split")
    parser.add_argument("--folds", type=int, default=0,
                        help="cross-validate on AnnoMI dev, folds grouped by transcript")
    parser.add_argument("--logistic", action="store_true",
                        help="with --folds: also a logistic regression over the rule's reading")
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev" and not args.look_at_held_back:
        parser.error("--errors shows the held-back questions; tune on --split dev")
    if args.folds and (args.dataset, args.split) != ("annomi", "dev"):
        parser.error("--folds cross-validates inside AnnoMI dev: --set annomi --split dev")
    if args.folds == 1 or args.folds < 0 or (args.logistic and not args.folds):
        parser.error("--folds needs 2 or more; --logistic needs --folds")
    rows = (load("dev", args.dataset) + load("test", args.dataset) if args.split == "all"
            else load(args.split, args.dataset))
    scores = evaluate(rows)
    print(
        f"{args.dataset} {args.split}: n={scores['n']:.0f} accuracy={scores['accuracy']:.3f} "
        f"precision(closed)={scores['precision']:.3f} recall(closed)={scores['recall']:.3f}"
    )
    if args.folds:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        print("\n".join(cross_validate(rows, args.folds, args.logistic)))
    if args.errors:
        from mi_journal.packs.questions import read_prompt

        for row in rows:
            reading = read_prompt(row["text"])
            if (reading.verdict == "closed") != (row["label"] == "closed"):
                print(f"  want {row['label']:6} got {reading.verdict:6} ({reading.form}) "
                      f"{row['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

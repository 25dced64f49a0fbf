"""Accuracy of the closed-question rule on labelled questions.

    python tests/eval_closed_questions.py                    # our own set, test split
    python tests/eval_closed_questions.py --split dev --errors
    python tests/eval_closed_questions.py --set annomi       # AnnoMI, held-back transcripts
    python tests/eval_closed_questions.py --set annomi --split dev --errors

Two sets:
- `own` (tests/data/questions/): questions written for this project, MITI-style labels
  (tests/data/questions/README.md), split by a hash of the text;
- `annomi` (tests/data/questions/annomi/): real therapist questions from AnnoMI, labelled
  open/closed by its expert annotators, split by transcript before the rule was tuned
  (see extract.py there). The rule was tuned on `dev` only; `test` is the held-back part.

Prints accuracy, precision and recall for "closed", and with --errors every question the
rule gets wrong with the form it read ("amount question", "inversion", ...). --errors is
refused on a held-back split unless --look-at-held-back is given, so that looking at it
is a decision and not an accident.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "questions"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", dest="dataset", choices=tuple(FOLDERS), default="own")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--errors", action="store_true", help="list misclassified questions")
    parser.add_argument("--look-at-held-back", action="store_true",
                        help="allow --errors on the test split")
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev" and not args.look_at_held_back:
        parser.error("--errors shows the held-back questions; tune on --split dev")
    rows = (load("dev", args.dataset) + load("test", args.dataset) if args.split == "all"
            else load(args.split, args.dataset))
    scores = evaluate(rows)
    print(
        f"{args.dataset} {args.split}: n={scores['n']:.0f} accuracy={scores['accuracy']:.3f} "
        f"precision(closed)={scores['precision']:.3f} recall(closed)={scores['recall']:.3f}"
    )
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

"""Accuracy of the closed-question rule on the labelled questions in tests/data/questions/.

    python tests/eval_closed_questions.py            # the test split
    python tests/eval_closed_questions.py --split dev --errors

Labels follow tests/data/questions/README.md (MITI style: a question answerable with
yes/no, or asking for one fact or a small range of answers, is closed). Prints accuracy,
precision and recall for "closed", and with --errors every question the rule gets wrong
with the form the rule read ("amount question", "inversion", ...).
Tune on dev; run the test split only to report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "questions"


def load(split: str) -> list[dict[str, str]]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as handle:
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--errors", action="store_true", help="list misclassified questions")
    args = parser.parse_args(argv)
    rows = load("dev") + load("test") if args.split == "all" else load(args.split)
    scores = evaluate(rows)
    print(
        f"{args.split}: n={scores['n']:.0f} accuracy={scores['accuracy']:.3f} "
        f"precision(closed)={scores['precision']:.3f} recall(closed)={scores['recall']:.3f}"
    )
    if args.errors:
        from mi_journal.packs.questions import read_prompt

        for row in rows:
            reading = read_prompt(row["text"])
            if (reading.verdict == "closed") != (row["label"] == "closed"):
                print(f"  want {row['label']:6} got {reading.verdict:6} ({reading.form}) "
                      f"[{row['form']}] {row['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

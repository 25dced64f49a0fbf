"""Measure the change-talk tagger on our labelled statements.

    python tests/eval_changetalk.py             # the held-out test split
    python tests/eval_changetalk.py dev --errors  # the dev split, with every mistake

Prints per-class precision, recall and F1, macro-F1 over change / sustain /
neutral, the confusion matrix, and per-kind accuracy for change talk. Tune
only against dev; the test split is for reporting.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mi_journal.changetalk import tag_statement

DATA = Path(__file__).resolve().parent / "data" / "changetalk"
LABELS = ("change", "sustain", "neutral")


def load(split: str) -> list[dict[str, object]]:
    path = DATA / f"{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(rows: list[dict[str, object]]) -> dict[str, object]:
    confusion: Counter[tuple[str, str]] = Counter()
    kind_total: Counter[str] = Counter()
    kind_right: Counter[str] = Counter()
    mistakes = []
    for row in rows:
        gold = str(row["label"])
        tagged = tag_statement(str(row["text"]))
        confusion[(gold, tagged.label)] += 1
        if gold != tagged.label:
            mistakes.append((gold, row.get("kind"), tagged))
        if gold == "change":
            kind = str(row["kind"])
            kind_total[kind] += 1
            if tagged.label == "change" and tagged.kind == kind:
                kind_right[kind] += 1
    scores = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(confusion[(g, label)] for g in LABELS)
        actual = sum(confusion[(label, p)] for p in LABELS)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = (precision, recall, f1, actual)
    macro = sum(s[2] for s in scores.values()) / len(LABELS)
    return {
        "confusion": confusion, "scores": scores, "macro_f1": macro,
        "kind_total": kind_total, "kind_right": kind_right, "mistakes": mistakes,
        "n": len(rows),
    }


def report(split: str, result: dict[str, object], show_errors: bool) -> None:
    scores: dict[str, tuple[float, float, float, int]] = result["scores"]  # type: ignore[assignment]
    confusion: Counter[tuple[str, str]] = result["confusion"]  # type: ignore[assignment]
    print(f"split: {split} ({result['n']} statements)")
    print(f"{'class':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>5}")
    for label, (p, r, f, n) in scores.items():
        print(f"{label:<9} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>5}")
    print(f"macro-F1 {result['macro_f1']:.3f}")
    print()
    print("confusion (rows gold, columns predicted)")
    print(f"{'':<9}" + "".join(f"{p:>9}" for p in LABELS))
    for gold in LABELS:
        print(f"{gold:<9}" + "".join(f"{confusion[(gold, p)]:>9}" for p in LABELS))
    print()
    kind_total: Counter[str] = result["kind_total"]  # type: ignore[assignment]
    kind_right: Counter[str] = result["kind_right"]  # type: ignore[assignment]
    print("change talk, right label and kind, per kind")
    for kind in sorted(kind_total):
        print(f"  {kind:<13} {kind_right[kind]:>3}/{kind_total[kind]:<3}"
              f" {kind_right[kind] / kind_total[kind]:.2f}")
    if show_errors:
        print()
        for gold, kind, tagged in result["mistakes"]:  # type: ignore[attr-defined]
            print(f"[{gold}/{kind} -> {tagged.label}/{tagged.kind}] {tagged.text}")
            print(f"    cues: {list(tagged.cues)}")


def main(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-")), "test")
    report(split, evaluate(load(split)), "--errors" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

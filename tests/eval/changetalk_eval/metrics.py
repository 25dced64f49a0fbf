"""Per-class precision, recall, F1 and macro-F1 of the tagger on labelled statements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

LABELS = ("change", "sustain", "neutral")


@dataclass
class Result:
    n: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    mistakes: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)

    def scores(self, label: str) -> tuple[float, float, float, int]:
        tp = self.confusion[(label, label)]
        predicted = sum(self.confusion[(g, label)] for g in LABELS)
        actual = sum(self.confusion[(label, p)] for p in LABELS)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, actual

    @property
    def macro_f1(self) -> float:
        return sum(self.scores(label)[2] for label in LABELS) / len(LABELS)

    @property
    def accuracy(self) -> float:
        return sum(self.confusion[(x, x)] for x in LABELS) / self.n if self.n else 0.0


def evaluate(
    rows: Iterable[tuple[str, str, str]],
    tag: Callable[[str, str], tuple[str, tuple[str, ...]]],
) -> Result:
    """rows: (text, question, gold label); tag(text, question) -> (label, cues)."""
    result = Result()
    for text, question, gold in rows:
        label, cues = tag(text, question)
        result.n += 1
        result.confusion[(gold, label)] += 1
        if label != gold:
            result.mistakes.append((gold, label, text, cues))
    return result


def report(title: str, result: Result) -> list[str]:
    lines = [f"{title} ({result.n} statements)",
             f"{'class':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>5}"]
    for label in LABELS:
        p, r, f, n = result.scores(label)
        lines.append(f"{label:<9} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>5}")
    lines.append(f"macro-F1 {result.macro_f1:.3f}   accuracy {result.accuracy:.3f}")
    lines.append("confusion (rows gold, columns predicted)")
    lines.append(f"{'':<9}" + "".join(f"{p:>9}" for p in LABELS))
    for gold in LABELS:
        lines.append(f"{gold:<9}" + "".join(f"{result.confusion[(gold, p)]:>9}" for p in LABELS))
    return lines

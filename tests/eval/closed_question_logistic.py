"""A logistic regression over the closed-question rule's reading, for comparison only.

`eval_closed_questions.py --folds K --logistic` trains it inside each fold of AnnoMI dev
(folds grouped by transcript) and scores it on the fold left out, beside the plain rule.
It learns how much to trust each form the rule reads ("declarative question",
"amount question", ...) and a few cues AnnoMI's coders might weigh differently from the
rule ("anything else", "it sounds like ...?", "how confident ...", a tag "right?", an
"or" between options, a sentence cut off). Pure Python: batch gradient descent with
AdaGrad steps and an L2 penalty. It did not beat the rule in cross-validation, so the
lint does not use it (README, "How well closed-question works").
"""

from __future__ import annotations

import math
import re

from mi_journal.packs import questions

CUES = {
    "or between options": r"\b\w+ or \w+",
    "ends on or": r"\bor\s*(?:something|not|what)?\s*\??$",
    "tag": r"\b(?:right|yeah|okay|ok|correct|is that right)\s*\?$",
    "anything else": r"\banything\s+else\b",
    "reflection lead": r"^(?:so|and|okay|yeah)?[, ]*(?:it sounds like|sounds like|it seems|"
    r"seems like|so you|you're|you are|you feel|you think|you've)",
    "how + degree": r"\bhow (?:confident|important|serious|ready|interested|likely|motivated|"
    r"willing|worried|concerned|committed|sure|open)\b",
    "do you mind": r"\b(?:do|would) you mind\b",
    "do you think": r"\bdo you think\b",
    "wonder": r"\bwonder",
    "is there any": r"\bis there (?:any|some)",
    "what kind of": r"\bwhat (?:kind|sort|type)s? of\b",
    "cut off": r"(?:-|\u2014)\s*$",
    "scale": r"\bscale\b|\bout of (?:10|ten)\b|\bnumber\b",
}
_CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in CUES.items()}


def features(text: str) -> list[str]:
    """The rule's reading of the deciding sentence, its verdict with each cue, its shape."""
    sentences = questions._split_sentences(questions._normalise(text))
    readings = [(s, questions.read_sentence(s)) for s in sentences]
    asked = [(s, r) for s, r in readings if r.verdict != "none"]
    sentence, reading = asked[-1] if asked else (
        sentences[-1] if sentences else "", questions.Reading("none", "statement"))
    found = ["bias", f"form={reading.form}"]
    found += [f"{name}|{reading.verdict}" for name, rx in _CUES.items() if rx.search(sentence)]
    found.append(f"questions={min(sum(s.rstrip().endswith('?') for s in sentences), 3)}")
    found.append(f"sentences={min(len(sentences), 4)}")
    return found


def train(texts: list[str], closed: list[bool], l2: float = 2.0,
          steps: int = 300) -> dict[str, float]:
    rows = [features(text) for text in texts]
    names = sorted({name for row in rows for name in row})
    index = {name: i for i, name in enumerate(names)}
    rows_ix = [[index[name] for name in row] for row in rows]
    weights = [0.0] * len(names)
    squared = [1e-8] * len(names)
    n = len(rows_ix)
    for _ in range(steps):
        gradient = [0.0] * len(names)
        for row, label in zip(rows_ix, closed, strict=True):
            z = max(-30.0, min(30.0, sum(weights[i] for i in row)))
            error = 1 / (1 + math.exp(-z)) - label
            for i in row:
                gradient[i] += error
        for i, name in enumerate(names):
            g = gradient[i] / n + (0.0 if name == "bias" else l2 / n * weights[i])
            squared[i] += g * g
            weights[i] -= 0.5 * g / math.sqrt(squared[i])
    return dict(zip(names, weights, strict=True))


def predict(weights: dict[str, float], text: str) -> bool:
    return sum(weights.get(name, 0.0) for name in features(text)) > 0

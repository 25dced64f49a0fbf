"""How far AnnoMI's coders agree on open / closed, on the dev transcripts only.

    python tests/data/questions/annomi/agreement.py /path/to/AnnoMI-full-train.csv

AnnoMI codes a whole therapist utterance, not a sentence: one `question_subtype`
(open / closed) for an utterance that may hold several sentences and several questions.
Most transcripts were coded by one annotator; a few were coded by ten, and their
utterances appear once per annotator in AnnoMI-full (extract.py keeps the majority label
and leaves ties out). On those utterances this script measures how far one expert
coder agrees with another, which bounds what any rule can score against labels that are
mostly one coder's:

- pairwise agreement: every pair of coders who both coded the utterance as a question;
  kappa from it, with the chance agreement from the pooled rate of "closed";
- one coder against the majority of the *others* (a tie counted as half), the fair
  comparison for a rule scored against one coder's label;
- the ceiling: a predictor that knew each utterance's majority label, scored against a
  coder picked at random (the mean share of the larger side), with a 95% bootstrap
  interval over utterances;
- the closed-question rule against every coding of those utterances, and, on the
  transcripts one coder coded alone, the rule's accuracy per coder.

It reads only the transcripts extract.py puts in dev: the held-back ones are for the one
report, not for studying.
"""

from __future__ import annotations

import csv
import itertools
import random
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

Key = tuple[int, int]


def _held_back_rule() -> Callable[[str], bool]:
    """extract.py's split, read from beside this file (no change to sys.path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "annomi_extract", Path(__file__).resolve().parent / "extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule: Callable[[str], bool] = module.held_back
    return rule


held_back = _held_back_rule()


def read_dev(csv_path: Path) -> tuple[dict[Key, list[tuple[str, str]]], dict[Key, str]]:
    """Every therapist utterance of a dev transcript: (annotator, subtype) codings, text."""
    codings: dict[Key, list[tuple[str, str]]] = defaultdict(list)
    texts: dict[Key, str] = {}
    with open(csv_path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["interlocutor"] != "therapist" or held_back(row["transcript_id"]):
                continue
            key = (int(row["transcript_id"]), int(row["utterance_id"]))
            codings[key].append((row["annotator_id"], row["question_subtype"]))
            texts[key] = row["utterance_text"]
    return codings, texts


def question_labels(codings: list[tuple[str, str]]) -> list[str]:
    return [subtype for _, subtype in codings if subtype in ("open", "closed")]


def agreement(
    codings: dict[Key, list[tuple[str, str]]], texts: dict[Key, str],
    is_closed: Callable[[str], bool] | None = None, seed: int = 0,
) -> dict[str, float]:
    shared = {key: labels for key, coded in codings.items()
              if len(coded) > 1 and (labels := question_labels(coded))}
    several = {key: labels for key, labels in shared.items() if len(labels) > 1}
    pairs = [pair for labels in several.values()
             for pair in itertools.combinations(labels, 2)]
    agreeing = sum(a == b for a, b in pairs)
    closed_rate = sum(label == "closed" for pair in pairs for label in pair) / (2 * len(pairs))
    chance = closed_rate ** 2 + (1 - closed_rate) ** 2
    with_others = 0.0
    codings_counted = 0
    for labels in several.values():
        for index, label in enumerate(labels):
            others = labels[:index] + labels[index + 1:]
            closed = others.count("closed")
            codings_counted += 1
            if closed * 2 == len(others):
                with_others += 0.5
            else:
                with_others += label == ("closed" if closed * 2 > len(others) else "open")

    def ceiling(keys: list[Key]) -> float:
        return statistics.mean(
            max(several[k].count("closed"), several[k].count("open")) / len(several[k])
            for k in keys)

    keys = sorted(several)
    rng = random.Random(seed)
    resampled = sorted(ceiling([rng.choice(keys) for _ in keys]) for _ in range(2000))
    result = {
        "utterances coded by several annotators": len([k for k in codings if len(codings[k]) > 1]),
        "of them coded as a question by someone": len(shared),
        "by two or more as a question": len(several),
        "codings": codings_counted,
        "pairs": len(pairs),
        "pairwise agreement": agreeing / len(pairs),
        "kappa": (agreeing / len(pairs) - chance) / (1 - chance),
        "coder vs majority of the others": with_others / codings_counted,
        "ceiling (majority known, one coder's label)": ceiling(keys),
        "ceiling 95% low": resampled[50],
        "ceiling 95% high": resampled[1949],
    }
    if is_closed is not None:
        right = sum(labels.count("closed" if is_closed(texts[k]) else "open")
                    for k, labels in several.items())
        result["rule vs every coding"] = right / codings_counted
    return result


def rule_by_coder(
    codings: dict[Key, list[tuple[str, str]]], texts: dict[Key, str],
    is_closed: Callable[[str], bool],
) -> dict[str, tuple[int, int]]:
    """The rule against each coder, on utterances that coder coded alone: (right, total)."""
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, coded in codings.items():
        if len(coded) != 1 or coded[0][1] not in ("open", "closed"):
            continue
        annotator, label = coded[0]
        scores[annotator][0] += is_closed(texts[key]) == (label == "closed")
        scores[annotator][1] += 1
    return {annotator: (right, total) for annotator, (right, total) in sorted(scores.items())}


def main(argv: list[str]) -> int:
    from mi_journal.packs.questions import is_closed_question

    codings, texts = read_dev(Path(argv[1]))
    for name, value in agreement(codings, texts, is_closed_question).items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")
    for annotator, (right, total) in rule_by_coder(codings, texts, is_closed_question).items():
        print(f"rule vs coder {annotator} (coded alone): {right / total:.3f} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Measure the crisis detector on our labelled set, and on real client speech.

    python tests/eval/eval_crisis.py               # the held-out test split
    python tests/eval/eval_crisis.py dev --errors  # the dev split, with every mistake
    python tests/eval/eval_crisis.py annomi        # flags on AnnoMI client utterances

On the set: recall (crisis phrasings that show the help lines), false alarms
(phrasings that must not alarm but do), and how often the category is right.
Tune only against dev; the test split is for reporting.

AnnoMI (../shared/data/annomi, real MI conversations) has no crisis labels, so
it is a sanity check on real speech: every client utterance the detector flags
is printed, to be read by a person for false alarms.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TypedDict

from mi_journal.crisis.detect import detect_crisis

DATA = Path(__file__).resolve().parents[1] / "data" / "crisis"
ANNOMI = Path(os.environ.get("ANNOMI_DIR", "/work/shared/data/annomi"))
RECALL_TARGET = 0.97
FALSE_ALARM_TARGET = 0.05


def load(split: str) -> list[dict[str, object]]:
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def group_of(row: dict[str, object]) -> str:
    """The kind of phrasing: "group" in our sets, "style" in holdout4 (written blind)."""
    return str(row.get("group", row.get("style", "")))


class Figures(TypedDict):
    n: int
    crisis: int
    safe: int
    recall: float
    false_alarm_rate: float
    category_right: float
    missed: list[dict[str, object]]
    false_alarms: list[tuple[dict[str, object], tuple[str, ...]]]
    wrong_category: list[tuple[dict[str, object], tuple[str, ...]]]
    by_group: Counter[tuple[bool, str]]
    right_by_group: Counter[tuple[bool, str]]


def evaluate(rows: list[dict[str, object]]) -> Figures:
    missed: list[dict[str, object]] = []
    false_alarms: list[tuple[dict[str, object], tuple[str, ...]]] = []
    wrong_category: list[tuple[dict[str, object], tuple[str, ...]]] = []
    by_group: Counter[tuple[bool, str]] = Counter()
    right_by_group: Counter[tuple[bool, str]] = Counter()
    for row in rows:
        text, expected = str(row["text"]), bool(row["crisis"])
        finding = detect_crisis(text)
        key = (expected, group_of(row))
        by_group[key] += 1
        if (finding is not None) == expected:
            right_by_group[key] += 1
        if expected and finding is None:
            missed.append(row)
        elif not expected and finding is not None:
            false_alarms.append((row, finding.categories))
        elif expected and finding is not None and row["category"] not in finding.categories:
            wrong_category.append((row, finding.categories))
    crisis = sum(1 for row in rows if row["crisis"])
    safe = len(rows) - crisis
    return {
        "n": len(rows), "crisis": crisis, "safe": safe,
        "recall": (crisis - len(missed)) / crisis if crisis else 1.0,
        "false_alarm_rate": len(false_alarms) / safe if safe else 0.0,
        "category_right": (crisis - len(missed) - len(wrong_category)) / crisis if crisis else 1.0,
        "missed": missed, "false_alarms": false_alarms, "wrong_category": wrong_category,
        "by_group": by_group, "right_by_group": right_by_group,
    }


def report(split: str, show_errors: bool) -> int:
    result = evaluate(load(split))
    print(f"split: {split} ({result['n']} phrasings: {result['crisis']} crisis, "
          f"{result['safe']} must not alarm)")
    print(f"recall:        {result['recall']:.3f}  (target >= {RECALL_TARGET})")
    print(f"false alarms:  {result['false_alarm_rate']:.3f}  "
          f"({len(result['false_alarms'])} of {result['safe']}; target <= {FALSE_ALARM_TARGET})")
    print(f"category right (of all crisis phrasings): {result['category_right']:.3f}")
    print("by kind of phrasing (right / all):")
    by_group: Counter[tuple[bool, str]] = result["by_group"]
    right: Counter[tuple[bool, str]] = result["right_by_group"]
    for (expected, group), total in sorted(by_group.items(), key=lambda i: (not i[0][0], i[0][1])):
        side = "crisis" if expected else "no alarm"
        print(f"  {side:8} {group:13} {right[(expected, group)]:3} / {total}")
    if show_errors:
        for row in result["missed"]:
            print(f"MISSED [{row['category']}/{group_of(row)}] {row['text']}")
        for row, categories in result["false_alarms"]:
            print(f"FALSE ALARM [{group_of(row)}] {row['text']}  -> {categories}")
        for row, categories in result["wrong_category"]:
            print(f"CATEGORY [{row['category']}] {row['text']}  -> {categories}")
    ok = (result["recall"] >= RECALL_TARGET
          and result["false_alarm_rate"] <= FALSE_ALARM_TARGET)
    return 0 if ok else 1


def annomi_utterances() -> list[tuple[str, str]]:
    """(transcript id, utterance) for every client utterance of the stored AnnoMI part."""
    path = ANNOMI / "AnnoMI-simple-train.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["transcript_id"], row["utterance_text"]) for row in csv.DictReader(handle)
                if row["interlocutor"] == "client"]


def _held_back_transcripts() -> set[str]:
    """AnnoMI's test transcripts (tests/eval/changetalk_eval/split.json): the crisis model
    trains on the dev transcripts' speech as everyday text, never on these."""
    split = Path(__file__).resolve().parent / "changetalk_eval" / "split.json"
    return set(json.loads(split.read_text(encoding="utf-8"))["test"])


def report_annomi() -> int:
    utterances = annomi_utterances()
    flagged = [(tid, text, finding.categories) for tid, text in utterances
               if (finding := detect_crisis(text)) is not None]
    transcripts = len({tid for tid, _ in utterances})
    print(f"AnnoMI client utterances: {len(utterances)} in {transcripts} transcripts")
    print(f"flagged: {len(flagged)} ({len(flagged) / len(utterances):.2%})")
    held_back = _held_back_transcripts()
    for tid, text, categories in flagged:
        part = "held back" if tid in held_back else "dev"
        print(f"  [{tid}, {part}] {','.join(categories)}: {' '.join(text.split())}")
    back = [row for row in utterances if row[0] in held_back]
    print(f"in the held-back transcripts (never trained on): "
          f"{sum(1 for tid, _, _ in flagged if tid in held_back)} of {len(back)} flagged")
    return 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    split = args[0] if args else "test"
    if split == "annomi":
        return report_annomi()
    return report(split, "--errors" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

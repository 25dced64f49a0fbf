"""Extract AnnoMI's labelled therapist questions into dev.jsonl and test.jsonl.

    python tests/data/questions/annomi/extract.py /path/to/AnnoMI-full-train.csv

AnnoMI (Wu et al., ICASSP 2022; Future Internet 15(3):110, 2023; public domain) codes
every therapist utterance that contains a question as `open` or `closed`
(`question_subtype`). One row per question utterance: `text`, `label`, `transcript`.
An utterance coded by several annotators takes the majority label; a tie is left out.

The split is by transcript, never by utterance, so no conversation is in both halves:
a transcript is held back (test.jsonl) when sha256("annomi-<transcript_id>") as an
integer, mod 10, is below 4. It was fixed before the rule was tuned on dev.jsonl;
test.jsonl is only run to report.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def held_back(transcript_id: str) -> bool:
    digest = hashlib.sha256(f"annomi-{transcript_id}".encode()).hexdigest()
    return int(digest, 16) % 10 < 4


def extract(csv_path: Path) -> dict[str, list[dict[str, str]]]:
    labels: dict[tuple[int, int], list[str]] = defaultdict(list)
    texts: dict[tuple[int, int], str] = {}
    with open(csv_path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["interlocutor"] != "therapist" or row["question_subtype"] not in (
                "open", "closed"
            ):
                continue
            key = (int(row["transcript_id"]), int(row["utterance_id"]))
            labels[key].append(row["question_subtype"])
            texts[key] = row["utterance_text"]
    splits: dict[str, list[dict[str, str]]] = {"dev": [], "test": []}
    for key in sorted(labels):
        votes = labels[key]
        closed = votes.count("closed")
        if closed * 2 == len(votes):
            continue  # a tie between annotators
        label = "closed" if closed * 2 > len(votes) else "open"
        split = "test" if held_back(str(key[0])) else "dev"
        splits[split].append(
            {"text": texts[key], "label": label, "transcript": str(key[0])}
        )
    return splits


def main(argv: list[str]) -> int:
    splits = extract(Path(argv[1]))
    for name, rows in splits.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        transcripts = len({row["transcript"] for row in rows})
        closed = sum(row["label"] == "closed" for row in rows)
        print(f"{name}: {len(rows)} questions from {transcripts} transcripts, {closed} closed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

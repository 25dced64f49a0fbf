"""Measure the change-talk tagger on real MI talk (AnnoMI) and on our own sentences.

    python tests/eval/eval_changetalk.py               # AnnoMI held-back transcripts (report these)
    python tests/eval/eval_changetalk.py dev --errors  # AnnoMI dev transcripts, every mistake
    python tests/eval/eval_changetalk.py own           # our own labelled sentences (dev + test)
    python tests/eval/eval_changetalk.py tricky        # tricky sentences: none may read as change
    python tests/eval/eval_changetalk.py evoked-dev    # our answers to evoking questions (tune)
    python tests/eval/eval_changetalk.py evoked-test   # the same, held back (run once, report)
    python tests/eval/eval_changetalk.py misreads-dev  # our misreads of December 5 (tune)
    python tests/eval/eval_changetalk.py misreads-test # the same kinds, held back (report)
    python tests/eval/eval_changetalk.py misreads2-dev  # misreads of the second walk-through (tune)
    python tests/eval/eval_changetalk.py misreads2-test # the same kinds, held back (report)
    python tests/eval/eval_changetalk.py misreads3-dev  # misreads of walk6, December 5 (tune)
    python tests/eval/eval_changetalk.py misreads3-test # the same kinds, held back (report)

Each AnnoMI client utterance is tagged with the therapist's turn before it as its
question, as `mij reflect tag` does for {"text", "question"} lines. Tune only on dev.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.eval.changetalk_eval import annomi
from tests.eval.changetalk_eval.metrics import Result, evaluate, report

if TYPE_CHECKING:
    from mi_journal.changetalk import Tagged

OWN = Path(__file__).resolve().parents[1] / "data" / "changetalk"
EVOKED = Path(__file__).resolve().parents[1] / "data" / "evoked"
MISREADS = Path(__file__).resolve().parents[1] / "data" / "misreads"
MISREADS2 = Path(__file__).resolve().parents[1] / "data" / "misreads2"
MISREAD_FOLDERS = {"misreads": MISREADS, "misreads2": MISREADS2,
                   "misreads3": Path(__file__).resolve().parents[1] / "data" / "misreads3"}
MISREAD_PARTS = tuple(f"{name}-" for name in MISREAD_FOLDERS)


def _tag(text: str, question: str) -> tuple[str, tuple[str, ...]]:
    from mi_journal.changetalk import tag_statement

    tagged = tag_statement(text, question=question or None)
    return tagged.label, tagged.cues


def tag_row(row: dict[str, str]) -> Tagged:
    """A misread row's reading: its text alone, or (with `before`) as the last sentence
    of the two, read in order (`tag_text`: a sentence that only points back)."""
    from mi_journal.changetalk import tag_statement, tag_text

    if row.get("before"):
        return tag_text(f"{row['before']} {row['text']}", question=row.get("question"))[-1]
    return tag_statement(row["text"], question=row.get("question"))


def own_rows(name: str) -> list[tuple[str, str, str]]:
    with (OWN / f"{name}.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [(row["text"], row.get("question", ""), row["label"]) for row in rows]


def evoked_rows(name: str) -> list[dict[str, str]]:
    with (EVOKED / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evoked_kinds(name: str) -> tuple[int, int, int, int]:
    """Of the answers labelled change and tagged change, how many carry the labelled
    kind; of the answers the question-as-context rule decided, how many are labelled
    change."""
    from mi_journal.changetalk import tag_statement
    from mi_journal.changetalk.evoked import CUE_PREFIX

    found = right = decided = decided_right = 0
    for row in evoked_rows(name):
        tagged = tag_statement(row["text"], question=row["question"])
        if any(CUE_PREFIX in cue for cue in tagged.cues):
            decided += 1
            decided_right += row["label"] == "change"
        if row["label"] == "change" and tagged.label == "change":
            found += 1
            right += tagged.kind == row["kind"]
    return right, found, decided_right, decided


def misread_rows(part: str) -> list[dict[str, str]]:
    """`misreads-dev` -> tests/data/misreads/dev.jsonl, `misreads2-test` -> misreads2/..."""
    folder, name = part.split("-", 1)
    path = MISREAD_FOLDERS[folder] / f"{name}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def misread_kinds(part: str) -> list[tuple[str, str, str | None]]:
    """Rows labelled change with a kind and tagged change: (text, labelled, tagged) where
    the tagger put a mobilizing kind on talk labelled preparatory (a heading that claims
    too much: "What you said you will do" over a reason)."""
    from mi_journal.changetalk.lexicon import MOBILIZING

    wrong: list[tuple[str, str, str | None]] = []
    for row in misread_rows(part):
        tagged = tag_row(row)
        if row["label"] == "change" and tagged.label == "change" and row.get("kind") \
                and tagged.kind in MOBILIZING and row["kind"] not in MOBILIZING:
            wrong.append((row["text"], row["kind"], tagged.kind))
    return wrong


def run(part: str) -> Result:
    if part.startswith("evoked-"):
        rows = [(r["text"], r["question"], r["label"]) for r in evoked_rows(part[7:])]
    elif part.startswith(MISREAD_PARTS):
        read = [tag_row(row) for row in misread_rows(part)]
        rows = [(row["text"], str(number), row["label"])
                for number, row in enumerate(misread_rows(part))]
        return evaluate(rows, lambda _, number: (read[int(number)].label,
                                                 read[int(number)].cues))
    elif part in ("dev", "test"):
        rows = [(u.text, u.question, u.label) for u in annomi.load(part)]
    elif part == "own":
        rows = own_rows("dev") + own_rows("test")
    else:
        rows = own_rows(part)
    return evaluate(rows, _tag)


def main(argv: list[str]) -> int:
    part = next((a for a in argv if not a.startswith("-")), "test")
    if part in ("dev", "test") and annomi.data_dir() is None:
        print("AnnoMI data not found: set MIJ_ANNOMI_DIR to the folder with "
              f"{annomi.FILE}", file=sys.stderr)
        return 2
    result = run(part)
    title = {"test": "AnnoMI held-back transcripts", "dev": "AnnoMI dev transcripts"}.get(
        part, f"own sentences: {part}")
    print("\n".join(report(title, result)))
    if "--errors" in argv:
        for gold, label, text, cues in result.mistakes:
            print(f"[{gold} -> {label}] {' '.join(text.split())[:300]}")
            print(f"    cues: {list(cues)}")
    if part.startswith("evoked-"):
        right, found, decided_right, decided = evoked_kinds(part[7:])
        print(f"kind as labelled, of the change talk found: {right}/{found}")
        print(f"decided by the question-as-context rule: {decided}, labelled change: "
              f"{decided_right}")
    if part.startswith(MISREAD_PARTS):
        wrong_way = [m for m in result.mistakes
                     if m[1] == "change" or (m[0] == "neutral" and m[1] == "sustain")]
        print(f"read the wrong way (not change read as change, or neutral as sustain): "
              f"{len(wrong_way)}")
        print(f"change talk missed: {sum(m[0] == 'change' for m in result.mistakes)}")
        for gold, label, text, _ in result.mistakes:
            print(f"  [{gold} -> {label}] {text}")
        claims = misread_kinds(part)
        print(f"preparatory change talk given a mobilizing kind: {len(claims)}")
        for text, labelled, tagged_kind in claims:
            print(f"  [{labelled} -> {tagged_kind}] {text}")
    if part == "tricky":
        wrong = [m for m in result.mistakes if m[1] == "change"]
        print(f"tricky sentences read as change: {len(wrong)}")
        return 1 if wrong else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

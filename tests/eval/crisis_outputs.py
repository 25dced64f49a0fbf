"""Every crisis-detector output, one line per text, to compare two versions byte for byte.

A change made for speed must not change a single output. Run this in both work trees
(the one before and the one after) and compare the files:

    python tests/eval/crisis_outputs.py > /tmp/before.txt     # in the old tree
    python tests/eval/crisis_outputs.py > /tmp/after.txt      # in the new tree
    cmp /tmp/before.txt /tmp/after.txt

Texts: every committed crisis set and change-talk set, each of their texts sentence by
sentence and two sentences at a time (as a summary reads an answer), in capitals and
with curly apostrophes, the two benchmarks' 10,000 statements each, and the AnnoMI
utterances when the data is there (read only to compare, never to tune). Each line:
the categories and phrases `detect_crisis` gives, `touches_crisis`, and every hit
(category, phrase, negated, about someone else, span) the detector read.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ANNOMI = Path("/work/shared/data/annomi/AnnoMI-simple-train.csv")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def committed_texts() -> list[str]:
    texts: list[str] = []
    for folder in ("crisis", "changetalk"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.jsonl")):
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8")
                      .splitlines() if line.strip()]
    return texts


def bench_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    import changetalk  # type: ignore[import-not-found]
    import crisis  # type: ignore[import-not-found]

    return list(crisis.statements(10_000)) + list(changetalk.statements(10_000))


def texts() -> Iterator[str]:
    base = committed_texts()
    if ANNOMI.is_file():
        with ANNOMI.open(encoding="utf-8", newline="") as handle:
            base += [row["utterance_text"] for row in csv.DictReader(handle)]
    yield from base
    for text in base:
        parts = [part for part in _SENTENCE_END.split(text) if part.strip()]
        if len(parts) > 1:
            yield from parts
            yield from (" ".join(parts[i:i + 2]) for i in range(len(parts) - 1))
    yield from (text.upper() for text in base)
    yield from (text.replace("'", "\u2019") for text in base)
    yield from bench_texts()


def line(text: str) -> str:
    from mi_journal.crisis import detect

    found = detect.detect_crisis(text)
    hits = [(hit.category, hit.phrase, hit.negated, hit.other, hit.start, hit.end)
            for hit in detect._read(text)]
    return json.dumps([found.categories if found else None, found.phrases if found else None,
                       detect.touches_crisis(text), hits])


def main() -> None:
    out = sys.stdout
    for text in texts():
        out.write(line(text) + "\n")


if __name__ == "__main__":
    main()

"""AnnoMI client utterances, split by transcript into dev (tuning, training) and test (held back).

The split is `split.json` next to this file: transcript ids per part, made once with
`python -m tests.eval.changetalk_eval.annomi --make-split` (seed 20261204) *before* any rule
or weight was tuned on the data. Only dev is ever looked at while tuning; test is run to
report. The data itself is not in this repository (nor in the package): it is read from
`$MIJ_ANNOMI_DIR`, else from a `shared/data/annomi` folder above the repository.
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "split.json"
SEED = 20261204
TEST_SHARE = 1 / 3
FILE = "AnnoMI-simple-train.csv"


@dataclass(frozen=True)
class Utterance:
    transcript: str
    text: str
    label: str  # change / neutral / sustain
    question: str  # the therapist's turn just before ("" if none)


def data_dir() -> Path | None:
    """Where the AnnoMI CSV files are, or None when they are not on this machine."""
    configured = os.environ.get("MIJ_ANNOMI_DIR")
    if configured:
        path = Path(configured)
        return path if (path / FILE).is_file() else None
    for parent in HERE.parents:
        candidate = parent / "shared" / "data" / "annomi"
        if (candidate / FILE).is_file():
            return candidate
    return None


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def make_split(folder: Path) -> dict[str, object]:
    ids = sorted({row["transcript_id"] for row in _rows(folder)}, key=int)
    random.Random(SEED).shuffle(ids)
    cut = round(len(ids) * TEST_SHARE)
    return {
        "seed": SEED,
        "source": FILE,
        "note": "transcript ids; test is held back: never tuned or trained on",
        "test": sorted(ids[:cut], key=int),
        "dev": sorted(ids[cut:], key=int),
    }


def split_ids() -> dict[str, list[str]]:
    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    return {"dev": list(data["dev"]), "test": list(data["test"])}


def load(part: str, folder: Path | None = None) -> list[Utterance]:
    """The client utterances of one part ("dev" or "test"), each with the
    therapist's turn before it as its question."""
    folder = folder or data_dir()
    if folder is None:
        raise FileNotFoundError("AnnoMI data not found; set MIJ_ANNOMI_DIR")
    wanted = set(split_ids()[part])
    rows = [row for row in _rows(folder) if row["transcript_id"] in wanted]
    rows.sort(key=lambda row: (int(row["transcript_id"]), int(row["utterance_id"])))
    out: list[Utterance] = []
    previous: dict[str, str] = {}
    for row in rows:
        transcript = row["transcript_id"]
        text = row["utterance_text"].strip()
        if row["interlocutor"] == "therapist":
            previous[transcript] = text
            continue
        label = row["client_talk_type"]
        if label in ("change", "neutral", "sustain") and text:
            out.append(Utterance(transcript, text, label, previous.get(transcript, "")))
    return out


if __name__ == "__main__":
    if "--make-split" in sys.argv:
        found = data_dir()
        if found is None:
            sys.exit("AnnoMI data not found; set MIJ_ANNOMI_DIR")
        SPLIT.write_text(json.dumps(make_split(found), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SPLIT}")

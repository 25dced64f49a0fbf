"""Where the question-as-context rule (`changetalk/evoked.py`) decides, on AnnoMI dev.

    python -m tests.eval.changetalk_eval.evoked_fires [--show] [--part test]

Each dev client utterance is tagged with the therapist's turn before it as its question
(as eval_changetalk.py does); the rule decides an utterance when its cue is among the
tagged cues. Reports how many it decided and how many of those the experts labelled
change (its precision on real talk), the model's change talk it set aside (an answer
that waves the question off), and the dev figures with and without it. Tune on dev
only; `--part test` reads the held-back transcripts, for the one look the README reports.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from mi_journal.changetalk import tagger
from mi_journal.changetalk.evoked import CUE_PREFIX
from mi_journal.changetalk.tagger import WAVED_OFF_CUE
from tests.eval.changetalk_eval import annomi
from tests.eval.changetalk_eval.metrics import evaluate, report


def _tag(text: str, question: str) -> tuple[str, tuple[str, ...]]:
    found = tagger.tag_statement(text, question=question or None)
    return found.label, found.cues


def main(argv: list[str]) -> int:
    if annomi.data_dir() is None:
        print("AnnoMI data not found: set MIJ_ANNOMI_DIR", file=sys.stderr)
        return 2
    part = argv[argv.index("--part") + 1] if "--part" in argv else "dev"
    utterances = annomi.load(part)
    fired: Counter[str] = Counter()
    vetoed: Counter[str] = Counter()
    for u in utterances:
        found = tagger.tag_statement(u.text, question=u.question or None)
        if WAVED_OFF_CUE in found.cues:
            vetoed[u.label] += 1
            if "--show" in argv:
                print(f"[{u.label}] waved off, not change: {' '.join(u.text.split())[:200]}")
        if any(CUE_PREFIX in cue for cue in found.cues):
            fired[u.label] += 1
            if "--show" in argv:
                print(f"[{u.label}] Q: ...{' '.join(u.question.split())[-120:]}")
                print(f"    A: {' '.join(u.text.split())[:200]}")
                print(f"    {found.kind}: {found.cues[0]}")
    total = sum(fired.values())
    print(f"AnnoMI {part}: the rule decided {total} of {len(utterances)} client utterances; "
          f"experts' labels: {dict(fired)}; the model's change talk set aside as waving "
          f"off an evoking question: {sum(vetoed.values())}, experts' labels: {dict(vetoed)}")
    rows = [(u.text, u.question, u.label) for u in utterances]
    print("\n".join(report(f"AnnoMI {part}, with the rule", evaluate(rows, _tag))))
    original = tagger._evoked_reading
    tagger._evoked_reading = lambda *args: (None, False)
    try:
        print("\n".join(report(f"AnnoMI {part}, without it", evaluate(rows, _tag))))
    finally:
        tagger._evoked_reading = original
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

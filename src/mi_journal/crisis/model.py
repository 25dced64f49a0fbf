"""The crisis detector's statistical part: a small logistic regression, OR-ed with the rules.

The phrase rules (`crisis_words.py`) catch what they were written for and miss
wording nobody wrote down (see README, "Crisis wording"). This part reads the same
normalised text as word features and guesses whether a sentence is crisis
wording it has not seen, so a new way of saying "I don't want to be here" is not
lost because no phrase names it.

Pure Python, no dependency: the weights are plain data in `crisis_weights.json`,
made by `tests/eval/crisis_train.py` from the labelled crisis sets named on its command
line (and AnnoMI dev transcripts as everyday speech); the data is not shipped.
Two linear models over the same features: one says crisis or not (one weight per
feature, so a sentence costs a few dictionary look-ups), the other, asked only
when the first says crisis, says which category. Each finding names the words
that pushed it most, so a reader can still see why.

Features of one window of text (a sentence, or two in a row): its words, word
pairs, words in the reach of a negation marked as such ("i do not want to live" is read
as "i do not ~want ~to ~live" until punctuation or "but", so "want to live" alone
does not weigh like its negation), the letters of each word in fours (a misspelt
"wnat" still shares "<wna" with "want"), and the concepts the words hold
(`crisis_words.CONCEPTS`: "zopiclone" is a substance, "the multi storey" a means)
with every pair of them, so new wording still lands near known wording.
"""

from __future__ import annotations

import heapq
import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations, pairwise, repeat
from pathlib import Path

from mi_journal.crisis import words as crisis_words

CATEGORIES = ("suicide", "self_harm", "overdose", "other_person")
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":"})
_LONG_SENTENCE = 16  # words; a longer sentence is also read clause by clause
_PUNCTUATION = frozenset({".", "!", "?", ";", ":", ","})
_NEGATIONS = frozenset({"not", "never", "no", "nothing", "nobody", "without", "nor"})
_SCOPE_ENDS = frozenset({"but", "though", "although", "yet", "except", "however"})
_CUES_SHOWN = 3
LETTERS = True
WEIGHTS = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Model:
    crisis: dict[str, float]  # feature -> weight toward crisis (bias under "bias")
    category: tuple[dict[str, float], ...]  # one feature -> weight table per CATEGORIES
    threshold: float  # probability of crisis from which a window counts


@dataclass(frozen=True)
class Guess:
    probability: float
    category: str
    cues: tuple[str, ...]


@cache
def _concepts() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Phrase (one to four words) -> its concepts, and the first words of the longer ones."""
    table: dict[str, list[str]] = {}
    for concept, phrases in crisis_words.CONCEPTS.items():
        for phrase in phrases:
            table.setdefault(phrase, []).append(concept)
    starts = frozenset(phrase.split(" ")[0] for phrase in table if " " in phrase)
    return {phrase: tuple(dict.fromkeys(found)) for phrase, found in table.items()}, starts


def concepts(words: list[str]) -> set[str]:
    """The concepts the words hold (see crisis_words.CONCEPTS)."""
    table, starts = _concepts()
    found: set[str] = set()
    for index, word in enumerate(words):
        hit = table.get(word)
        if hit:
            found.update(hit)
        elif word.isdigit() and 2 <= len(word) <= 3:  # "had 40", "took like 30 of them";
            # not four digits or more: a year ("back in 2019") or a number, not a count
            found.add("quantity")
        if word in starts:
            for size in (2, 3, 4):
                hit = table.get(" ".join(words[index:index + size]))
                if hit:
                    found.update(hit)
    return found


@lru_cache(maxsize=16384)
def _word_names(word: str, mark: str) -> tuple[str, ...]:
    """A word's own features: itself (marked when negated) and its letters in fours."""
    return (f"w:{mark}", *_letters(word)) if LETTERS else (f"w:{mark}",)


@lru_cache(maxsize=16384)
def _letters(word: str) -> tuple[str, ...]:
    padded = f"<{word}>"
    if len(padded) <= 4:
        return (f"c:{padded}",)
    return tuple(f"c:{padded[i:i + 4]}" for i in range(len(padded) - 3))


def _marked(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The words with "|" for punctuation, and the same with words in the reach of a
    negation marked "~"."""
    words: list[str] = []
    marked: list[str] = []
    negated = False
    for token in tokens:
        if token in _PUNCTUATION:
            negated = False
            words.append("|")
            marked.append("|")
            continue
        if token in _SCOPE_ENDS:
            negated = False
        words.append(token)
        marked.append("~" + token if negated else token)
        if token in _NEGATIONS:
            negated = True
    return words, marked


def features(tokens: list[str]) -> list[str]:
    """Feature names of one window: `tokens` are normalised words and punctuation."""
    names = _features(tokens, gated=False)
    assert names is not None
    return names


def gated_features(tokens: list[str]) -> list[str] | None:
    """The features of a window that holds a crisis concept (see has_core), else None:
    the model does not read a window without one, so it need not be scored."""
    return _features(tokens, gated=True)


def _features(tokens: list[str], gated: bool) -> list[str] | None:
    words, marked = _marked(tokens)
    held = sorted(concepts(words))
    concept_names = [f"k:{concept}" for concept in held]
    concept_names += [f"kk:{a} {b}" for a, b in combinations(held, 2)]
    if gated and not has_core(concept_names):
        return None
    out = ["bias", *concept_names]
    for word, mark in zip(words, marked, strict=True):
        if word != "|":
            out.extend(_word_names(word, mark))
    for first, second in pairwise(marked):
        if first != "|" or second != "|":
            out.append(f"b:{first} {second}")
    return out


def windows(plain: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, tokens) of each window of normalised text: every two sentences in a
    row, or the one sentence there is; and in a long sentence, every two of its clauses
    in a row too ("had tea, did the homework, put a wash on, and ..."), so the words that
    matter are not lost among many others. Offsets are characters in `plain`."""
    sentences = _pieces(plain, 0, _SENTENCE_ENDS)
    out = _pairs(sentences)
    for start, end, tokens in sentences:
        if sum(1 for token in tokens if token not in _PUNCTUATION) > _LONG_SENTENCE:
            clauses = _pieces(plain[start:end], start, _CLAUSE_ENDS)
            if len(clauses) > 2:
                out += _pairs(clauses)
    return out


def _pairs(pieces: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    if len(pieces) <= 1:
        return pieces
    return [(a[0], b[1], a[2] + b[2]) for a, b in pairwise(pieces)]


def _pieces(text: str, offset: int, ends: frozenset[str]) -> list[tuple[int, int, list[str]]]:
    """Runs of tokens that each end at one of `ends` (punctuation alone joins the run
    before it)."""
    pieces: list[tuple[int, int, list[str]]] = []
    start, position = 0, 0
    current: list[str] = []
    for token in text.split(" "):
        if not current:
            start = position
        current.append(token)
        position += len(token) + 1
        if token in ends:
            if pieces and all(t in _PUNCTUATION for t in current):
                last = pieces[-1]
                pieces[-1] = (last[0], offset + position - 1, last[2] + current)
            else:
                pieces.append((offset + start, offset + position - 1, current))
            current = []
    if current and any(token not in _PUNCTUATION for token in current):
        pieces.append((offset + start, offset + position - 1, current))
    return pieces


# The model speaks only about a window that holds one of these concepts (or a pair
# below): a sentence with no word of death, harm, a means, an overdose, hopelessness,
# being gone, a burden, a plan or intent is not read as crisis however its other words
# weigh. "plan" and "intent" since round eleven ("already decided how and when"; judged
# by leaving one set out, README "Crisis wording"); the threshold rose to 0.70 with them
# (0.72 since round twelve).
_CORE = frozenset({"k:death", "k:harm", "k:means", "k:symptom", "k:burden", "k:hopeless",
                   "k:absence", "k:final", "k:sleep", "k:tool", "k:contact", "k:farewell",
                   "k:plan", "k:intent"})
_CORE_PAIRS = frozenset({"kk:ingest substance", "kk:quantity substance",
                         "kk:ingest quantity"})


def has_core(names: list[str]) -> bool:
    """True when the feature names hold a crisis concept (or a pair of them)."""
    return any(name in _CORE or name in _CORE_PAIRS for name in names)


def crisis_probability(model: Model, names: list[str]) -> float:
    total = sum(map(model.crisis.get, names, repeat(0.0)))
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def guess(model: Model, names: list[str], probability: float) -> Guess:
    """The category and the words that pushed toward crisis most."""
    totals = [sum(map(column.get, names, repeat(0.0))) for column in model.category]
    category = CATEGORIES[max(range(len(CATEGORIES)), key=totals.__getitem__)]
    weights = model.crisis
    pushed = heapq.nlargest(_CUES_SHOWN, {
        (weight, name) for name in names
        if name[0] != "c" and name != "bias" and (weight := weights.get(name, 0.0)) > 0})
    shown = [_cue(name) for _, name in pushed]
    cue = f"model p={probability:.2f}" + (f" ({', '.join(shown)})" if shown else "")
    return Guess(probability, category, (cue,))


def _cue(name: str) -> str:
    """A feature name as a reader would say it: "not want", "want to", "[self+death]"."""
    kind, _, text = name.partition(":")
    text = text.replace("~", "not ").replace("|", "/")
    if kind == "k":
        return f"[{text}]"
    if kind == "kk":
        return "[" + text.replace(" ", "+") + "]"
    return text


def from_data(data: dict[str, object]) -> Model:
    crisis = data["crisis"]
    category = data["category"]
    assert isinstance(crisis, dict) and isinstance(category, dict)
    return Model(
        crisis={str(k): float(v) for k, v in crisis.items()},
        category=tuple({str(k): float(v[column]) for k, v in category.items() if v[column]}
                       for column in range(len(CATEGORIES))),
        threshold=float(str(data["threshold"])),
    )


@cache
def load() -> Model:
    """The shipped weights, read once per process (about 10 ms)."""
    return from_data(json.loads(WEIGHTS.read_text(encoding="utf-8")))

"""The crisis detector's gates per list of phrases (`crisis/gates.py`): made and proved here.

A list's big pattern is read only when the text holds one of the list's gate strings.
That is safe only if every possible match of every phrase of the list holds one of
them: `crisis_anchors.requirements` reads each phrase with Python's regex parser and
gives sets of literal strings of which every match holds at least one; for each
phrase, one such set is chosen, and each of its strings gives one word of it (the
word rarest in everyday speech, with the spaces around it that the string has). A
word of a string is a substring of it, so a text holding the string holds the word.

The gate reads " " + the normalised text with "'", "@" and "$" read as spaces (`detect.
_GATE_TEXT`): a phrase starts at a word (its pattern tests \\b first), and in that text
every word starts after a space, which the strings' leading space stands for.

    python tests/eval/crisis_gates.py           # check the stored gates against the phrases
    python tests/eval/crisis_gates.py --write   # make them again (after the phrases changed)

Rarity is counted on our own change-talk statements and on the AnnoMI dev transcripts
(speed only: which word to test, never what a text means), so the gates close on most
everyday text. A list whose phrases changed since the gates were made is read with the
general gate (`words.ANCHORS`) until they are made again: slower, never different.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:  # run as a script: `tests.eval` is found from the root
    sys.path.insert(0, str(ROOT))

from mi_journal.crisis import detect, words  # noqa: E402
from mi_journal.crisis.gates import GATES  # noqa: E402
from tests.eval.crisis_anchors import MID, requirements  # noqa: E402

TARGET = ROOT / "src" / "mi_journal" / "crisis" / "gates.py"
ANNOMI = Path("/work/shared/data/annomi/AnnoMI-simple-train.csv")
SPLIT = Path(__file__).resolve().parent / "changetalk_eval" / "split.json"
LISTS = {"suicide": words.SUICIDE, "self_harm": words.SELF_HARM,
         "overdose": words.OVERDOSE, "guards": words.GUARDS}
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def digest(phrases: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(phrases).encode("utf-8")).hexdigest()[:16]


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a match can begin with (None: any), and whether it can be empty."""
    out: set[str] = set()
    for op, arg in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            return out | {chr(arg)}, False
        if op is C.IN:
            for kind, value in arg:
                if kind is C.LITERAL:
                    out.add(chr(value))
                elif kind is C.RANGE:
                    out |= {chr(c) for c in range(value[0], value[1] + 1)}
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN or op is C.BRANCH:
            empty = False
            for branch in ([arg[3]] if op is C.SUBPATTERN else arg[1]):
                found, can_be_empty = _first_chars(list(branch))
                if found is None:
                    return None, False
                out |= found
                empty |= can_be_empty
            if not empty:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            found, can_be_empty = _first_chars(list(arg[2]))
            if found is None:
                return None, False
            out |= found
            if arg[0] >= 1 and not can_be_empty:
                return out, False
            continue
        return None, False
    return out, True


def phrase_requirements(phrase: str) -> list[frozenset[str]]:
    """Sets of strings every match holds one of; a string beginning with a space begins
    at a word. Only a phrase every match of which begins with a word character begins at
    a word (the pattern's \\b before it may otherwise stand at the end of a word)."""
    parsed = list(P.parse(phrase.removeprefix("\\b")))
    first, empty = _first_chars(parsed)
    at_word = first is not None and not empty and first <= _WORD_CHARS
    return requirements(parsed, start=" " if at_word else MID)


def _gate_text(text: str) -> str:
    return " " + text.translate(detect._GATE_TEXT)


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "changetalk").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8")
                  .splitlines() if line.strip()]
    if ANNOMI.is_file():
        dev = set(json.loads(SPLIT.read_text(encoding="utf-8"))["dev"])
        with ANNOMI.open(encoding="utf-8", newline="") as handle:
            texts += [row["utterance_text"] for row in csv.DictReader(handle)
                      if row["transcript_id"] in dev]
    return [_gate_text(detect.normalise(text)) for text in texts]


class _Rarity:
    """How often a gate word occurs in the corpus (a proxy: how often the gate opens)."""

    def __init__(self, texts: list[str]) -> None:
        self.tokens = Counter(token for text in texts for token in text.split())
        self.ordered = sorted(self.tokens)
        self.joined = "\n".join(text + " " for text in texts)
        self.cache: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        if word not in self.cache:
            self.cache[word] = self._count(word)
        return self.cache[word]

    def _count(self, word: str) -> int:
        core = word.strip(" ")
        if word.startswith(" ") and word.endswith(" ") and " " not in core:
            return self.tokens[core]
        if word.startswith(" ") and " " not in core:  # a word that begins so
            low = bisect.bisect_left(self.ordered, core)
            high = bisect.bisect_left(self.ordered, core + "\uffff")
            return sum(self.tokens[token] for token in self.ordered[low:high])
        return self.joined.count(word)


def _words_of(string: str) -> list[str]:
    """Runs of one to three words of a requirement string, each with the spaces around
    it that the string has (a word cut off at the string's start or end may be part of
    a longer word in the text, so it is taken without the space there)."""
    text = string.replace(MID, "\x01").translate(detect._GATE_TEXT)
    parts = text.split(" ")
    out = []
    for first in range(len(parts)):
        for last in range(first, min(first + 3, len(parts))):
            run = " ".join(parts[first:last + 1]).lstrip("\x01")
            if len(run.replace(" ", "")) < 3 or not run.strip(" "):
                continue
            before = " " if first > 0 else ""
            after = " " if last < len(parts) - 1 else ""
            out.append(before + run + after)
    return out or [text.replace("\x01", "")]


def gate_words(phrases: tuple[str, ...], rarity: _Rarity) -> tuple[str, ...] | None:
    """One word for each string of one requirement set per phrase (the set whose words
    open the gate least often), or None when a phrase has no requirement."""
    chosen: set[str] = set()
    for phrase in phrases:
        best: tuple[int, list[str]] | None = None
        for req in phrase_requirements(phrase):
            picked = [min(_words_of(string),
                          key=lambda word: (rarity(word), word not in chosen, len(word)))
                      for string in req]
            cost = sum(rarity(word) for word in set(picked) - chosen)
            if best is None or cost < best[0]:
                best = (cost, picked)
        if best is None:
            return None
        chosen.update(best[1])
    return tuple(sorted(chosen))


def proved(phrases: tuple[str, ...], gate: tuple[str, ...]) -> list[str]:
    """The phrases for which no requirement set has every string holding a gate word."""
    return [phrase for phrase in phrases if not any(
        all(any(word in string.replace(MID, "").translate(detect._GATE_TEXT)
                for word in gate) for string in req)
        for req in phrase_requirements(phrase))]


def check() -> list[str]:
    """What is wrong with the stored gates: a list without its gate, a digest that no
    longer matches its phrases (only slower), a gate that does not prove its phrases."""
    problems = []
    for name, phrases in LISTS.items():
        stored = GATES.get(name)
        if stored is None or stored[0] != digest(phrases):
            problems.append(f"{name}: phrases changed since the gate was made (slower, not "
                            "wrong): python tests/eval/crisis_gates.py --write")
            continue
        problems += [f"{name}: not covered: {phrase[:80]}" for phrase in proved(phrases,
                                                                                 stored[1])]
    return problems


def write() -> None:
    rarity = _Rarity(_corpus())
    lines = [
        '"""Gate words of the crisis phrase lists, made by tests/eval/crisis_gates.py (run',
        "it again with --write after changing a list; do not edit by hand).",
        "",
        "Every possible match of a list's phrases holds one of its words (proved there with",
        "Python's regex parser), so a text holding none of them is not read with that list.",
        "Each list is stored with a digest of its phrases: a list changed since is read with",
        'the general gate (`words.ANCHORS`) instead, never with a gate that no longer fits."""',
        "",
        "from __future__ import annotations",
        "",
        "GATES: dict[str, tuple[str, tuple[str, ...]]] = {",
    ]
    for name, phrases in LISTS.items():
        gate = gate_words(phrases, rarity)
        if gate is None:
            continue
        assert not proved(phrases, gate), name
        lines.append(f'    "{name}": ("{digest(phrases)}", (')
        row = "       "
        for word in gate:
            item = f" {json.dumps(word)},"
            if len(row) + len(item) > 95:
                lines.append(row)
                row = "       "
            row += item
        lines.append(row)
        lines.append("    )),")
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")


def main() -> int:
    if sys.argv[1:] == ["--write"]:
        write()
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print("gates OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

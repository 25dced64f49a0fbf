"""Which words every match of a crisis phrase must hold: the proof behind the
detector's quick gate (`crisis_words.ANCHORS`).

The detector reads a text with its full patterns only if the normalised text
holds one of the anchors (a plain substring test: most texts hold none, and so
never pay for compiling or running the patterns). That is safe only if every
possible match of every phrase contains an anchor. This module reads each
phrase with Python's own regex parser and works out, for each, sets of literal
strings of which every match must contain at least one; `uncovered()` lists the
phrases for which no such set is covered by the anchors.

    python tests/eval/crisis_anchors.py     # phrases not covered, and what would cover them
"""

from __future__ import annotations

from itertools import product

# Python's own regex parser: private, so not in typeshed (the public sre_* names are
# deprecated). What it returns is untyped tuples, read here as Any.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from mi_journal.crisis import words

LIMIT = 400  # a finite set of strings larger than this is not expanded
Req = frozenset[str]


def _finite(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string the parsed pattern can match, if they are few and literal."""
    out = {""}
    for op, arg in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            out = {s + chr(arg) for s in out}
        elif op is C.SUBPATTERN:
            inner = _finite(list(arg[3]))
            if inner is None:
                return None
            out = {a + b for a, b in product(out, inner)}
        elif op is C.BRANCH:
            found: set[str] = set()
            for branch in arg[1]:
                inner = _finite(list(branch))
                if inner is None:
                    return None
                found |= inner
            out = {a + b for a, b in product(out, found)}
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[1] == 1:
            inner = _finite(list(arg[2]))
            if inner is None:
                return None
            if arg[0] == 0:
                inner = inner | {""}
            out = {a + b for a, b in product(out, inner)}
        else:
            return None
        if len(out) > LIMIT:
            return None
    return out


MID = "\x00"  # a string that may begin inside a word: " word" anchors do not count there


def _ends_with_space(op: Any, arg: Any) -> bool:
    """Whether every match of this element ends with a space (so what follows begins a
    word), e.g. `(?:\\w+ ){0,3}`; an element that may match nothing must be preceded
    by a space too (the caller checks that)."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        body = list(arg[2])
        return bool(body) and body[-1] == (C.LITERAL, ord(" "))
    return False


def requirements(items: list[tuple[Any, Any]], start: str = MID) -> list[Req]:
    """Sets of strings: every match holds at least one string of each set. A string
    that begins where a word begins starts with a space (the gate reads " " + text)."""
    found: list[Req] = []
    run: set[str] = {start}

    def flush() -> None:
        nonlocal run
        if run and all(len(s.strip(" " + MID)) >= 3 for s in run):
            found.append(frozenset(run))
        run = {MID}

    for op, arg in items:
        if op is C.AT and arg is C.AT_BOUNDARY and run == {MID}:
            run = {" "}  # \\b before a word: in normalised text a space comes before it
            continue
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue
        piece = _finite([(op, arg)])
        if piece is not None and len(run) * len(piece) <= LIMIT:
            run = {a + b for a, b in product(run, piece)}
            continue
        after_space = _ends_with_space(op, arg) and all(s.endswith(" ") for s in run)
        flush()
        if after_space:
            run = {" "}
        if op is C.SUBPATTERN:
            found += requirements(list(arg[3]))
        elif op is C.BRANCH:
            per_branch = [requirements(list(branch)) for branch in arg[1]]
            if all(per_branch):
                best = [max(reqs, key=lambda r: min(len(s) for s in r)) for reqs in per_branch]
                found.append(frozenset().union(*best))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
            found += requirements(list(arg[2]))
    flush()
    return found


def phrase_requirements(phrase: str) -> list[Req]:
    """Every phrase begins at a word (the patterns test \\b before them)."""
    return requirements(list(P.parse(phrase.removeprefix("\\b"))), start=" ")


def covered(req: Req, anchors: tuple[str, ...]) -> bool:
    """Every string of the set holds an anchor: if a match holds one, the gate opens."""
    return all(any(anchor in s for anchor in anchors) for s in req)


def uncovered(anchors: tuple[str, ...] = words.ANCHORS) -> list[tuple[str, list[Req]]]:
    out = []
    for phrase in words.SUICIDE + words.SELF_HARM + words.OVERDOSE:
        reqs = phrase_requirements(phrase)
        if not any(covered(req, anchors) for req in reqs):
            out.append((phrase, reqs))
    return out


def main() -> None:
    missing = uncovered()
    for phrase, reqs in missing:
        print(f"NOT COVERED: {phrase[:90]}")
        for req in sorted(reqs, key=lambda r: -min(len(s) for s in r))[:3]:
            shown = sorted(s.replace(MID, "~") for s in req)
            print(f"    one of: {shown[:8]}{' ...' if len(req) > 8 else ''}")
    print(f"{len(missing)} phrases not covered by {len(words.ANCHORS)} anchors")


if __name__ == "__main__":
    main()

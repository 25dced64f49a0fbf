"""Labelled phrasings made into many distinct statements, for the benchmarks.

Each text is repeated with a small tail and a number, so no two statements are the
same: the crisis detector and the tagger keep small caches of texts they have just
read, and a benchmark of cache hits would measure nothing.
"""

from __future__ import annotations

_TAILS = ("", " honestly", ", you know", " I think", " this week", " again", " lately")


def varied(base: list[str], count: int) -> list[str]:
    out: list[str] = []
    index = 0
    while len(out) < count:
        text = base[index % len(base)]
        tail = _TAILS[(index // len(base)) % len(_TAILS)]
        out.append(text.rstrip(".!?") + tail + f" ({index})")
        index += 1
    return out

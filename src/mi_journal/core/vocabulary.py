"""Sizes, id shapes and text rules shared by the stored models and the quick note.

Kept apart from models.py so that the quick `mij note` path can apply the same
rules without importing pydantic (about 0.1 s of start-up); tests check that
both agree on every input.
"""

from __future__ import annotations

import re
from typing import Final

ENTRY_SCHEMA: Final = 1
GOALS_SCHEMA: Final = 1
CONFIG_SCHEMA: Final = 1
HIDDEN_QUOTES_SCHEMA: Final = 1

MAX_ANSWER_CHARS: Final = 20_000
MAX_NOTE_CHARS: Final = 200_000
MAX_TAG_CHARS: Final = 100

ENTRY_ID_RE: Final = re.compile(r"^\d{8}-\d{6}-[a-z0-9]{4,8}$")
SURROGATE_PROBLEM: Final = (
    "the text has bytes that are not valid UTF-8 (an unpaired surrogate), which cannot be "
    "stored; you might check the terminal's or the file's encoding"
)


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    """Lone surrogates are the only Python strings that cannot be written as UTF-8."""
    # Checked for every stored string on every read: keep the common case in C.
    return not text.isascii() and _SURROGATE.search(text) is not None

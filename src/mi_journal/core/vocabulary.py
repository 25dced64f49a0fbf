"""The journal's shared vocabulary: stage names, entry kinds, sizes, id shapes and the
text rule every stored string follows.

One module, standard library only, so that every part can use the same words and
numbers at no start-up cost: the stored models (storage/models.py) build on it, and
so do the paths that never load pydantic: the list filters (journal/filters.py), the
home screen's stage order and the quick `mij note` (journal/notes.py), whose rules
tests hold equal to the Entry model's on generated notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Stage(StrEnum):
    """The four processes of Motivational Interviewing, in their order."""

    engaging = "engaging"
    focusing = "focusing"
    evoking = "evoking"
    planning = "planning"


class Ruler(StrEnum):
    """The three rulers a person may answer from 0 to 10."""

    importance = "importance"
    confidence = "confidence"
    readiness = "readiness"


class GoalStatus(StrEnum):
    active = "active"
    done = "done"
    paused = "paused"
    set_aside = "set-aside"


# The goal list's order, and the statuses it shows without --all.
GOAL_STATUS_ORDER: Final = (GoalStatus.active, GoalStatus.paused, GoalStatus.done,
                            GoalStatus.set_aside)
GOALS_SHOWN_BY_DEFAULT: Final = frozenset({GoalStatus.active, GoalStatus.paused})


def goal_status_label(status: str) -> str:
    """A status as a person reads it ("set aside", not "set-aside")."""
    return "set aside" if status == GoalStatus.set_aside else GoalStatus(status).value


class EntryKind(StrEnum):
    interview = "interview"
    checkin = "check-in"
    note = "note"
    imported = "import"


STAGE_NAMES: Final[tuple[str, ...]] = tuple(stage.value for stage in Stage)
ENTRY_KIND_NAMES: Final[tuple[str, ...]] = tuple(kind.value for kind in EntryKind)

ENTRY_SCHEMA: Final = 1
GOALS_SCHEMA: Final = 1
CONFIG_SCHEMA: Final = 1
HIDDEN_QUOTES_SCHEMA: Final = 1

MAX_ANSWER_CHARS: Final = 20_000
MAX_NOTE_CHARS: Final = 200_000
MIN_TAG_CHARS: Final = 1
MAX_TAG_CHARS: Final = 100

ENTRY_ID_RE: Final = re.compile(r"^\d{8}-\d{6}-[a-z0-9]{4,8}$")
SURROGATE_PROBLEM: Final = (
    "the text has bytes that are not valid UTF-8 (an unpaired surrogate), which cannot be "
    "stored; you might check the terminal's or the file's encoding"
)


@dataclass(frozen=True)
class TextRule:
    """What a stored string must be: from `min_chars` to `max_chars` characters (None:
    no upper bound), and no unpaired surrogate (`has_surrogates`). storage/models.py
    declares its fields from these rules, and the quick note (journal/notes.py) checks
    a note with the same ones, so neither keeps a copy of the other's."""

    min_chars: int = 0
    max_chars: int | None = None

    def problems(self, value: str) -> frozenset[str]:
        """What is wrong with `value` under the rule: "short", "long", "surrogates"
        (empty when it follows the rule)."""
        found = set()
        if len(value) < self.min_chars:
            found.add("short")
        if self.max_chars is not None and len(value) > self.max_chars:
            found.add("long")
        if has_surrogates(value):
            found.add("surrogates")
        return frozenset(found)


# The rules of a stored tag and of an entry's free text.
TAG_RULE: Final = TextRule(min_chars=MIN_TAG_CHARS, max_chars=MAX_TAG_CHARS)
NOTE_TEXT_RULE: Final = TextRule(max_chars=MAX_NOTE_CHARS)

_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    """Lone surrogates are the only Python strings that cannot be written as UTF-8."""
    # Checked for every stored string on every read: keep the common case in C.
    return not text.isascii() and _SURROGATE.search(text) is not None

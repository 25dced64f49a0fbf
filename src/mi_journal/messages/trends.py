"""`mij trends`: the rulers over time."""

from __future__ import annotations

from collections.abc import Iterable

from mi_journal.messages.common import option_takes

TRENDS_NONE = (
    "No ruler readings yet. When an interview or check-in asks how important, how confident "
    "or how ready you feel (0-10), your answers will gather here over time."
)
TRENDS_NONE_SINCE = (
    "No ruler readings in that period. `mij trends` without --since shows all of them."
)
TRENDS_ONE_READING = (
    "One reading so far. Each new one adds a point, so you can watch how things move."
)


def trends_heading(unit: str) -> str:
    return (
        f"Your rulers over time (0-10, one column per {unit}, at the {unit}'s average, "
        "halves rounded up; a column with no mark had no reading)"
    )


TRENDS_FILE_SKIPPED = "left out of this chart (the file is unchanged):"


def ruler_not_taken(rulers: Iterable[str], given: str) -> str:
    return option_takes("--ruler", rulers, given)

"""Dates the person typed that cannot be read."""

from __future__ import annotations


def date_not_understood(text: str, *, future: bool) -> str:
    examples = "today, tomorrow, +7d, 2w" if future else "today, yesterday, 7d, 2w"
    return f"{text!r} is not a date I can read; you might use YYYY-MM-DD or words like {examples}."


def date_not_on_calendar(text: str) -> str:
    return f"{text!r} is not a date on the calendar; please check the month and day."


def date_out_of_range(text: str) -> str:
    return f"{text!r} reaches outside the years this journal can hold (1 to 9999)."

"""Dates typed by a person: mi_journal.core.dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mi_journal.core.dates import parse_date, parse_since
from mi_journal.core.errors import MijError, UsageProblem

TODAY = date(2026, 1, 31)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("2026-03-01", True, date(2026, 3, 1)),
        ("2026-03-01", False, date(2026, 3, 1)),
        ("  2024-02-29 ", True, date(2024, 2, 29)),
        ("today", True, TODAY),
        ("Today", False, TODAY),
        ("now", False, TODAY),
        ("tomorrow", True, date(2026, 2, 1)),
        ("yesterday", False, date(2026, 1, 30)),
        ("+7d", True, date(2026, 2, 7)),
        ("7d", True, date(2026, 2, 7)),
        ("7d", False, date(2026, 1, 24)),
        ("+7d", False, date(2026, 2, 7)),
        ("-7d", True, date(2026, 1, 24)),
        ("0d", False, TODAY),
        ("2w", False, date(2026, 1, 17)),
        ("2 weeks", True, date(2026, 2, 14)),
        ("3 days ago", True, date(2026, 1, 28)),
        ("1 day", True, date(2026, 2, 1)),
        ("1m", True, date(2026, 2, 28)),  # Jan 31 + 1 month: last day of February
        ("1 month ago", True, date(2025, 12, 31)),
        ("13m", False, date(2024, 12, 31)),
        ("1y", False, date(2025, 1, 31)),
        ("+2 years", True, date(2028, 1, 31)),
    ],
)
def test_parse_date_accepts(text: str, future: bool, expected: date) -> None:
    assert parse_date(text, future=future, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "soon", "next week", "2026/03/01", "01-03-2026", "2026-3-1", "7", "7x",
     "d", "+", "+7d ago", "20260301", "2026-W01-1", "7 d d", "１２d"],
)
def test_parse_date_refuses_with_one_line(text: str) -> None:
    with pytest.raises(UsageProblem) as info:
        parse_date(text, future=True, today=TODAY)
    message = str(info.value)
    assert "\n" not in message
    assert "YYYY-MM-DD" in message
    assert "tomorrow" in message  # examples fit the direction asked for


def test_past_examples_name_yesterday() -> None:
    with pytest.raises(UsageProblem, match="yesterday"):
        parse_since("last tuesday", today=TODAY)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01"])
def test_impossible_calendar_dates(text: str) -> None:
    with pytest.raises(UsageProblem, match="not a date on the calendar"):
        parse_date(text, future=True, today=TODAY)


@pytest.mark.parametrize("text", ["-999999d", "999999y", "+999999w"])
def test_offsets_out_of_range_are_errors_not_crashes(text: str) -> None:
    with pytest.raises(MijError, match="outside the years"):
        parse_date(text, future=True, today=TODAY)


def test_parse_since_points_back() -> None:
    assert parse_since("7d", today=TODAY) == TODAY - timedelta(days=7)
    assert parse_since("today", today=TODAY) == TODAY
    assert parse_since("2025-12-25", today=TODAY) == date(2025, 12, 25)


def test_default_today_is_the_real_today() -> None:
    assert parse_date("today", future=True) == date.today()
    assert parse_since("1d") == date.today() - timedelta(days=1)

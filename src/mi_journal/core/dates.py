"""Dates typed by a person: ISO dates, a few words, and day/week/month/year offsets.

    parse_date("2026-03-01", future=True)   -> 2026-03-01
    parse_date("tomorrow", future=True)     -> today + 1 day
    parse_date("+7d", future=True)          -> today + 7 days
    parse_date("7d", future=True)           -> today + 7 days  (a bare offset points forward)
    parse_date("7d", future=False)          -> today - 7 days  (a bare offset points back)
    parse_date("-2w", future=True)          -> today - 14 days (an explicit sign always wins)
    parse_date("3 weeks ago", future=True)  -> today - 21 days ("ago" always points back)
    parse_since("yesterday")                -> today - 1 day

Words: today, tomorrow, yesterday (also "now"). Units: d/day(s), w/wk/week(s),
m/mo/month(s), y/yr/year(s). Months and years keep the day of the month and
fall back to the month's last day when it does not exist (Jan 31 + 1m = Feb 28/29).

Anything else raises `UsageProblem` with a one-line message naming what is
accepted. No locale-dependent parsing, no guessing of day/month order.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from mi_journal.core.errors import UsageProblem

_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_OFFSET = re.compile(
    r"^(?P<sign>[+-])?\s*(?P<n>[0-9]{1,6})\s*"
    r"(?P<unit>d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)"
    r"(?P<ago>\s+ago)?$"
)
_WORDS = {"today": 0, "now": 0, "tomorrow": 1, "yesterday": -1}


def parse_date(text: str, *, future: bool, today: date | None = None) -> date:
    """The date meant by `text`. `future` says which way a bare offset ("7d") points."""
    base = today if today is not None else date.today()
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        raise UsageProblem(_bad(text, future))
    if cleaned in _WORDS:
        return base + timedelta(days=_WORDS[cleaned])
    iso = _ISO.match(cleaned)
    if iso:
        return _iso_date(text, iso, future)
    offset = _OFFSET.match(cleaned)
    if offset:
        return _apply_offset(text, base, offset, future)
    raise UsageProblem(_bad(text, future))


def parse_since(text: str, *, today: date | None = None) -> date:
    """A start date looking back: ISO, today, yesterday, 7d, 2w, 3m, 1y."""
    return parse_date(text, future=False, today=today)


def _iso_date(text: str, match: re.Match[str], future: bool) -> date:
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        from mi_journal.messages.dates import date_not_on_calendar

        raise UsageProblem(date_not_on_calendar(text)) from None


def _apply_offset(text: str, base: date, match: re.Match[str], future: bool) -> date:
    amount = int(match["n"])
    if match["ago"] or match["sign"] == "-":
        direction = -1
    elif match["sign"] == "+":
        direction = 1
    else:
        direction = 1 if future else -1
    if match["ago"] and match["sign"] == "+":
        raise UsageProblem(_bad(text, future))
    unit = match["unit"][0]
    try:
        if unit == "d":
            return base + timedelta(days=direction * amount)
        if unit == "w":
            return base + timedelta(weeks=direction * amount)
        months = amount * (12 if unit == "y" else 1)
        return _add_months(base, direction * months)
    except (OverflowError, ValueError):
        from mi_journal.messages.dates import date_out_of_range

        raise UsageProblem(date_out_of_range(text)) from None


def _add_months(base: date, months: int) -> date:
    index = base.year * 12 + (base.month - 1) + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(base.day, last))


def _bad(text: str, future: bool) -> str:
    from mi_journal.messages.dates import date_not_understood

    return date_not_understood(text, future=future)


def now() -> datetime:
    """The current local time, timezone-aware."""
    return datetime.now().astimezone()

"""The importance, confidence and readiness rulers over time.

A ruler reading is an answer with `ruler` set and a whole-number value, dated
at its entry's creation time. Readings are grouped into calendar buckets (day,
week, month or year) chosen so the whole span fits the space available; an
empty bucket is a gap, never a zero.

This module knows nothing of the terminal: it returns numbers and plain text
(a unicode sparkline and a character grid) that the CLI colours and prints.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from mi_journal.core.vocabulary import Ruler

if TYPE_CHECKING:
    from mi_journal.core.paths import Paths
    from mi_journal.storage.models import Entry

Unit = Literal["day", "week", "month", "year"]
UNITS: tuple[Unit, ...] = ("day", "week", "month", "year")
RULER_MIN = 0
RULER_MAX = 10
SPARK_BLOCKS = "▁▂▃▄▅▆▇█"
HOME_SPARK_READINGS = 12


@dataclass(frozen=True)
class Reading:
    """One ruler answer: which ruler, the number given, and when."""

    at: datetime
    ruler: Ruler
    value: int
    entry_id: str


@dataclass(frozen=True)
class Bucket:
    """One calendar period; a ruler missing from `means` had no reading in it."""

    start: date
    means: dict[Ruler, float] = field(default_factory=dict)
    counts: dict[Ruler, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Trend:
    unit: Unit
    rulers: tuple[Ruler, ...]
    readings: list[Reading]
    buckets: list[Bucket]


# --- reading the data -------------------------------------------------------


def readings_from_entries(
    entries: Iterable[Entry],
    rulers: Sequence[Ruler] | None = None,
    since: date | None = None,
) -> list[Reading]:
    """Every ruler reading in `entries`, oldest first."""
    wanted = set(rulers) if rulers else set(Ruler)
    found: list[Reading] = []
    for entry in entries:
        if since is not None and entry.created.date() < since:
            continue
        found.extend(Reading(entry.created, ruler, value, entry.id)
                     for ruler, value in entry.ruler_readings() if ruler in wanted)
    found.sort(key=lambda reading: (reading.at, reading.entry_id))
    return found


def load_readings(
    paths: Paths, rulers: Sequence[Ruler] | None = None, since: date | None = None
) -> list[Reading]:
    """The single place trends read the journal from: the derived index."""
    return read_readings(paths, rulers, since)[0]


def read_readings(
    paths: Paths, rulers: Sequence[Ruler] | None = None, since: date | None = None
) -> tuple[list[Reading], list[str]]:
    """The readings, and one line per entry file that could not be read (its path,
    line and why), so that `mij trends` can say what the chart leaves out."""
    from mi_journal.index import EntryFilter, open_index

    wanted = set(rulers) if rulers else set(Ruler)
    with open_index(paths) as index:
        rows = index.ruler_readings(EntryFilter(since=since))
        problems = [" ".join(str(problem).split()) for problem in index.report.problems]
    found = [
        Reading(created, Ruler(name), value, entry_id)
        for created, entry_id, name, value in rows
        if name in Ruler.__members__ and Ruler(name) in wanted
    ]
    found.sort(key=lambda reading: (reading.at, reading.entry_id))
    return found, problems


@dataclass(frozen=True)
class Chart:
    """What `mij trends` prints: the buckets, and per ruler its summary, worked out
    by the index (`chart_from_index`) without a Reading per answer."""

    trend: Trend  # its `readings` are left empty
    summaries: list[RulerSummary]
    count: int  # readings in all


def chart_from_index(
    paths: Paths, rulers: Sequence[Ruler] | None = None, since: date | None = None,
    max_columns: int = 60,
) -> tuple[Chart, list[str]]:
    """`build_trend` and `summarise` over the index's ruler readings, from what the
    index keeps summed day by day (`ruler_days`: one row per day and ruler, kept up to
    date as readings come and go): SQLite sums those rows per ruler and per bucket shown,
    so Python handles a few rows whatever the journal's size. Also one line per entry
    file that could not be read.
    `--json` lists every reading and uses `read_readings`."""
    from mi_journal.index import open_index

    chosen = tuple(rulers) if rulers else tuple(Ruler)
    names = [ruler.value for ruler in chosen]
    start = since.isoformat() if since else ""
    with open_index(paths) as index:
        problems = [" ".join(str(problem).split()) for problem in index.report.problems]
        db = index.db
        marks = ", ".join("?" * len(names))
        where = f"ruler IN ({marks}) AND day >= ?"
        spans = db.execute(
            "SELECT ruler, sum(many), min(low), max(high), min(day), max(day) "  # noqa: S608
            f"FROM ruler_days WHERE {where} GROUP BY ruler", (*names, start)).fetchall()
        if not spans:
            return Chart(Trend("day", chosen, [], []), [], 0), problems
        ranges = {Ruler(name): (many, low, high) for name, many, low, high, _, _ in spans}
        first = date.fromisoformat(min(span[4] for span in spans))
        last = date.fromisoformat(max(span[5] for span in spans))
        unit = choose_unit(first, last, max_columns)
        starts = [bucket_start(first, unit)]
        end = bucket_start(last, unit)
        while starts[-1] < end:
            starts.append(next_bucket(starts[-1], unit))
        if len(starts) > max_columns > 0:
            starts = starts[-max_columns:]
        # Only the buckets shown are summed; the days before them count in `ranges` only.
        shown = max(start, starts[0].isoformat())
        sums: dict[date, dict[Ruler, tuple[int, int]]] = {}
        for key, name, total, many in db.execute(
                f"SELECT {_BUCKET_SQL[unit]} AS bucket, ruler, sum(total), sum(many) "  # noqa: S608
                f"FROM ruler_days WHERE {where} GROUP BY bucket, ruler ORDER BY bucket, ruler",
                (*names, shown)):
            sums.setdefault(date.fromisoformat(key), {})[Ruler(name)] = (total, many)
        ends = {ruler: _ends(db, ruler, where, (*names, start)) for ruler in chosen
                if ruler in ranges}
    buckets: list[Bucket] = []
    for at in starts:
        got = sums.get(at, {})
        buckets.append(Bucket(at, {ruler: total / many for ruler, (total, many) in got.items()},
                              {ruler: many for ruler, (_, many) in got.items()}))
    summaries = [RulerSummary(ruler, ranges[ruler][0], *ends[ruler], ranges[ruler][1],
                              ranges[ruler][2]) for ruler in chosen if ruler in ranges]
    return Chart(Trend(unit, chosen, [], buckets), summaries,
                 sum(many for many, _, _ in ranges.values())), problems


# The first day of a day's bucket, as `bucket_start` gives it, in SQLite (days are ISO
# dates; 'weekday 1' moves forward to a Monday, so six days back first).
_BUCKET_SQL: dict[Unit, str] = {
    "day": "day",
    "week": "date(day, '-6 days', 'weekday 1')",
    "month": "substr(day, 1, 8) || '01'",
    "year": "substr(day, 1, 5) || '01-01'",
}


def _ends(db: Any, ruler: Ruler, where: str, params: tuple[Any, ...]) -> tuple[Reading, Reading]:
    """A ruler's first and latest readings (by time, then entry id, then place in the
    entry, as `read_readings` orders them), found through the index on (ruler, time)."""
    ends = []
    for pick, order in (("min", ""), ("max", " DESC")):
        row = db.execute(
            f"SELECT e.created, e.id, r.value FROM readings r JOIN entries e "  # noqa: S608
            f"ON e.rowid = r.entry WHERE r.ruler = ? AND r.day >= ? AND r.created_ts = "
            f"(SELECT {pick}(created_ts) FROM readings WHERE {where} AND ruler = ?) "
            f"ORDER BY e.id{order}, r.seq{order} LIMIT 1",
            (ruler.value, params[-1], *params, ruler.value)).fetchone()
        ends.append(Reading(datetime.fromisoformat(row[0]), ruler, row[2], row[1]))
    return ends[0], ends[1]


# --- grouping ---------------------------------------------------------------


def bucket_start(day: date, unit: Unit) -> date:
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_bucket(start: date, unit: Unit) -> date:
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bucket_count(first: date, last: date, unit: Unit) -> int:
    """How many buckets of `unit` cover first..last (both included)."""
    a, b = bucket_start(first, unit), bucket_start(last, unit)
    if unit == "day":
        return (b - a).days + 1
    if unit == "week":
        return (b - a).days // 7 + 1
    if unit == "month":
        return (b.year - a.year) * 12 + b.month - a.month + 1
    return b.year - a.year + 1


def choose_unit(first: date, last: date, max_columns: int) -> Unit:
    """The finest unit whose buckets for first..last fit in `max_columns`."""
    for unit in UNITS:
        if bucket_count(first, last, unit) <= max(1, max_columns):
            return unit
    return "year"


def build_trend(
    readings: Sequence[Reading],
    rulers: Sequence[Ruler] | None = None,
    max_columns: int = 60,
    unit: Unit | None = None,
) -> Trend:
    """Group readings into consecutive buckets, gaps included, oldest first.

    With more buckets than `max_columns` even by year, only the latest
    `max_columns` buckets are kept.
    """
    chosen = tuple(rulers) if rulers else tuple(Ruler)
    picked = [reading for reading in readings if reading.ruler in chosen]
    if not picked:
        return Trend(unit or "day", chosen, [], [])
    days = [reading.at.date() for reading in picked]
    first, last = min(days), max(days)
    unit = unit or choose_unit(first, last, max_columns)
    sums: dict[date, dict[Ruler, list[int]]] = {}
    for reading, day in zip(picked, days, strict=True):
        slot = sums.setdefault(bucket_start(day, unit), {})
        slot.setdefault(reading.ruler, []).append(reading.value)
    buckets: list[Bucket] = []
    start, end = bucket_start(first, unit), bucket_start(last, unit)
    while start <= end:
        slot = sums.get(start, {})
        buckets.append(
            Bucket(
                start,
                {ruler: sum(values) / len(values) for ruler, values in slot.items()},
                {ruler: len(values) for ruler, values in slot.items()},
            )
        )
        start = next_bucket(start, unit)
    if len(buckets) > max_columns > 0:
        buckets = buckets[-max_columns:]
    return Trend(unit, chosen, list(picked), buckets)


def bucket_label(start: date, unit: Unit) -> str:
    if unit == "month":
        return f"{start:%Y-%m}"
    if unit == "year":
        return f"{start:%Y}"
    return start.isoformat()


# --- plain-text shapes ------------------------------------------------------


def sparkline(
    values: Sequence[float | None], low: float | None = None, high: float | None = None
) -> str:
    """One unicode block per value (▁ lowest … █ highest); None is a space (a gap).

    `low`/`high` fix the scale (rulers use 0 and 10); by default the values'
    own minimum and maximum are used.
    """
    present = [value for value in values if value is not None]
    if not present:
        return " " * len(values)
    bottom = min(present) if low is None else low
    top = max(present) if high is None else high
    steps = len(SPARK_BLOCKS) - 1
    out = []
    for value in values:
        if value is None:
            out.append(" ")
            continue
        if top <= bottom:
            out.append(SPARK_BLOCKS[steps // 2])
            continue
        share = (min(max(value, bottom), top) - bottom) / (top - bottom)
        out.append(SPARK_BLOCKS[round(share * steps)])
    return "".join(out)


def _nearest(mean: float) -> int:
    """Halves up (4.5 -> 5), as a person reads an average; round() would take 4.5 to 4
    and 5.5 to 6 (to even), so the same half could sit a step lower or higher."""
    return math.floor(mean + 0.5)


def grid(trend: Trend) -> list[list[tuple[Ruler, ...]]]:
    """Rows from 10 down to 0, one column per bucket: the rulers at that height."""
    rows: list[list[tuple[Ruler, ...]]] = []
    for level in range(RULER_MAX, RULER_MIN - 1, -1):
        row = []
        for bucket in trend.buckets:
            here = tuple(
                ruler
                for ruler in trend.rulers
                if ruler in bucket.means and _nearest(bucket.means[ruler]) == level
            )
            row.append(here)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class RulerSummary:
    ruler: Ruler
    count: int
    first: Reading
    latest: Reading
    lowest: int
    highest: int


def summarise(trend: Trend) -> list[RulerSummary]:
    out = []
    for ruler in trend.rulers:
        mine = [reading for reading in trend.readings if reading.ruler is ruler]
        if not mine:
            continue
        values = [reading.value for reading in mine]
        out.append(RulerSummary(ruler, len(mine), mine[0], mine[-1], min(values), max(values)))
    return out


def trend_json(trend: Trend, since: date | None) -> dict[str, Any]:
    """The documented `mij trends --json` shape."""
    series: dict[str, list[dict[str, Any]]] = {}
    for ruler in trend.rulers:
        series[ruler.value] = [
            {
                "start": bucket.start.isoformat(),
                "mean": round(bucket.means[ruler], 2),
                "count": bucket.counts[ruler],
            }
            for bucket in trend.buckets
            if ruler in bucket.means
        ]
    return {
        "rulers": [ruler.value for ruler in trend.rulers],
        "since": since.isoformat() if since else None,
        "unit": trend.unit,
        "readings": [
            {
                "at": reading.at.isoformat(),
                "ruler": reading.ruler.value,
                "value": reading.value,
                "entry": reading.entry_id,
            }
            for reading in trend.readings
        ],
        "series": series,
    }


def home_sparkline(paths: Paths) -> str | None:
    """One line for the home screen, e.g. "importance ▃▅▇ 8 · confidence ▂▄ 5".

    Each ruler shows its last few readings on the 0-10 scale and the latest
    number. None when there are no readings yet, or when they cannot be read
    just now (the home screen then says nothing; `mij trends` would explain).
    """
    from mi_journal.core.errors import MijError

    try:
        readings = load_readings(paths)
    except MijError:
        return None
    if not readings:
        return None
    parts = []
    for ruler in Ruler:
        values = [reading.value for reading in readings if reading.ruler is ruler]
        if values:
            recent = values[-HOME_SPARK_READINGS:]
            parts.append(
                f"{ruler.value} {sparkline(recent, RULER_MIN, RULER_MAX)} {recent[-1]}"
            )
    return " · ".join(parts)

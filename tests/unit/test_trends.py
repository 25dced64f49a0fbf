"""Trends: ruler readings over time, buckets, gaps, sparkline, and `mij trends`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.reflect.trends import (
    Reading,
    bucket_count,
    build_trend,
    choose_unit,
    grid,
    home_sparkline,
    load_readings,
    readings_from_entries,
    sparkline,
    trend_json,
)
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler
from tests.conftest import Cli

TZ = timezone(timedelta(hours=2))


def ruler_entry(when: datetime, suffix: str, **values: int) -> Entry:
    answers = [
        Answer(prompt="hello", question="How are you?", kind=AnswerKind.text, value="fine"),
    ]
    for name, value in values.items():
        answers.append(
            Answer(
                prompt=f"{name}-ruler",
                question=f"How {name}? (0-10)",
                kind=AnswerKind.scale,
                value=value,
                ruler=Ruler(name),
            )
        )
    return Entry(
        id=f"{when:%Y%m%d-%H%M%S}-{suffix}",
        created=when,
        kind=EntryKind.checkin,
        answers=answers,
    )


def reading(day: date, ruler: Ruler, value: int) -> Reading:
    return Reading(datetime(day.year, day.month, day.day, 12, tzinfo=TZ), ruler, value, "x")


# --- domain -----------------------------------------------------------------


def test_readings_skip_non_rulers_skipped_and_non_numbers() -> None:
    when = datetime(2026, 3, 1, 9, 30, tzinfo=TZ)
    entry = ruler_entry(when, "aaaa", importance=7)
    entry.answers.append(
        Answer(prompt="conf", question="q", kind=AnswerKind.scale, skipped=True,
               ruler=Ruler.confidence)
    )
    entry.answers.append(Answer(prompt="plain", question="q", kind=AnswerKind.scale, value=3))
    found = readings_from_entries([entry])
    assert found == [Reading(when, Ruler.importance, 7, entry.id)]


def test_readings_filter_by_ruler_and_since() -> None:
    early = ruler_entry(datetime(2026, 1, 1, 8, tzinfo=TZ), "aaaa", importance=2, confidence=3)
    late = ruler_entry(datetime(2026, 2, 1, 8, tzinfo=TZ), "bbbb", importance=5, confidence=6)
    found = readings_from_entries([late, early], [Ruler.confidence], date(2026, 1, 15))
    assert [(r.ruler, r.value) for r in found] == [(Ruler.confidence, 6)]
    both = readings_from_entries([late, early])
    assert [r.value for r in both] == [2, 3, 5, 6]  # oldest first


def test_units_follow_the_span() -> None:
    start = date(2026, 1, 1)
    assert choose_unit(start, start, 60) == "day"
    assert choose_unit(start, start + timedelta(days=40), 60) == "day"
    assert choose_unit(start, start + timedelta(days=200), 60) == "week"
    assert choose_unit(start, start + timedelta(days=3 * 365), 60) == "month"
    assert choose_unit(start, start + timedelta(days=30 * 365), 60) == "year"
    assert bucket_count(date(2025, 12, 31), date(2026, 1, 1), "year") == 2
    assert bucket_count(date(2025, 11, 30), date(2026, 2, 1), "month") == 4


def test_no_readings_gives_an_empty_trend() -> None:
    trend = build_trend([])
    assert trend.buckets == [] and trend.readings == []
    assert trend_json(trend, None)["readings"] == []


def test_one_reading_is_one_bucket() -> None:
    trend = build_trend([reading(date(2026, 5, 5), Ruler.readiness, 4)])
    assert trend.unit == "day"
    assert len(trend.buckets) == 1
    assert trend.buckets[0].means == {Ruler.readiness: 4}
    rows = grid(trend)
    assert len(rows) == 11
    assert rows[10 - 4] == [(Ruler.readiness,)]
    assert all(row == [()] for i, row in enumerate(rows) if i != 6)


def test_gaps_stay_empty_and_means_average() -> None:
    day = date(2026, 5, 1)
    readings = [
        reading(day, Ruler.importance, 4),
        reading(day, Ruler.importance, 7),
        reading(day + timedelta(days=4), Ruler.importance, 9),
    ]
    trend = build_trend(readings, [Ruler.importance])
    assert [b.start for b in trend.buckets] == [day + timedelta(days=i) for i in range(5)]
    assert trend.buckets[0].means == {Ruler.importance: 5.5}
    assert trend.buckets[0].counts == {Ruler.importance: 2}
    assert [b.means for b in trend.buckets[1:4]] == [{}, {}, {}]
    series = trend_json(trend, day)["series"]["importance"]
    assert [s["start"] for s in series] == ["2026-05-01", "2026-05-05"]


def test_years_of_data_fit_the_width() -> None:
    start = date(2019, 1, 1)
    readings = [
        reading(start + timedelta(days=d), Ruler(r), (d // 30 + i) % 11)
        for d in range(0, 6 * 365, 3)
        for i, r in enumerate(("importance", "confidence", "readiness"))
    ]
    trend = build_trend(readings, max_columns=80)
    assert trend.unit == "month"
    assert len(trend.buckets) == 72
    assert trend.buckets[0].start == date(2019, 1, 1)
    wide = build_trend(readings, max_columns=5)
    assert wide.unit == "year" and len(wide.buckets) == 5  # the latest five years


def test_sparkline() -> None:
    assert sparkline([]) == ""
    assert sparkline([0, 10], 0, 10) == "▁█"
    assert sparkline([0, 5, None, 10], 0, 10) == "▁▅ █"
    assert sparkline([3, 3, 3]) == "▄▄▄"
    assert sparkline([1, 2, 3]) == "▁▅█"
    assert sparkline([None, None]) == "  "
    assert sparkline([-4, 99], 0, 10) == "▁█"


def test_home_sparkline(paths: Paths) -> None:
    assert home_sparkline(paths) is None
    for i, value in enumerate([2, 5, 8]):
        when = datetime(2026, 4, 1 + i, 9, tzinfo=TZ)
        write_new_entry(paths, ruler_entry(when, f"h{i}aa", importance=value, readiness=10 - i))
    line = home_sparkline(paths)
    assert line == "importance ▂▅▇ 8 · readiness █▇▇ 8"
    assert len(load_readings(paths)) == 6


# --- CLI --------------------------------------------------------------------


def test_cli_with_no_readings_is_kind(cli: Cli) -> None:
    result = cli(["trends"])
    assert result.exit_code == 0
    assert "No ruler readings yet" in result.output
    result = cli(["trends", "--since", "7d"])
    assert "No ruler readings in that period" in result.output


def test_cli_chart_and_json(cli: Cli, paths: Paths) -> None:
    base = datetime(2026, 1, 5, 20, tzinfo=TZ)
    write_new_entry(paths, ruler_entry(base, "aaaa", importance=3, confidence=3))
    write_new_entry(
        paths, ruler_entry(base + timedelta(days=10), "bbbb", importance=8, confidence=5)
    )
    result = cli(["trends"])
    assert result.exit_code == 0, result.output
    assert "●" in result.output and "▲" in result.output
    assert "◆" in result.output  # both rulers at 3 on the first day
    assert "2026-01-05" in result.output and "2026-01-15" in result.output
    data = json.loads(cli(["trends", "--json"]).output)
    assert data["unit"] == "day"
    assert [r["value"] for r in data["readings"]] == [3, 3, 8, 5]
    data = json.loads(cli(["trends", "--json", "--ruler", "confidence"]).output)
    assert data["rulers"] == ["confidence"]
    assert [r["value"] for r in data["readings"]] == [3, 5]
    data = json.loads(cli(["trends", "--json", "--since", "2026-01-10"]).output)
    assert [r["value"] for r in data["readings"]] == [8, 5]


def test_cli_legend_names_only_what_the_chart_draws(cli: Cli, paths: Paths) -> None:
    base = datetime(2026, 1, 5, 20, tzinfo=TZ)
    write_new_entry(paths, ruler_entry(base, "aaaa", importance=4, readiness=1))
    legend = next(line for line in cli(["trends"]).output.splitlines() if "● importance" in line)
    assert "● importance" in legend and "■ readiness" in legend
    assert "confidence" not in legend and "same height" not in legend
    # Three rulers, two at one height: at 60 columns the legend wraps, never inside an item.
    write_new_entry(paths, ruler_entry(base + timedelta(days=3), "bbbb", importance=7,
                                       confidence=7, readiness=2))
    result = cli(["trends"], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = next(n for n, line in enumerate(lines) if "● importance" in line)
    legend_lines = lines[start:start + 2]
    assert all(len(line) <= 60 for line in legend_lines)
    joined = "\n".join(legend_lines)
    for item in ("● importance", "▲ confidence", "■ readiness", "◆ same height"):
        assert item in joined


def test_cli_one_reading(cli: Cli, paths: Paths) -> None:
    write_new_entry(paths, ruler_entry(datetime(2026, 1, 5, tzinfo=TZ), "aaaa", readiness=6))
    result = cli(["trends", "-r", "readiness"])
    assert result.exit_code == 0
    assert "■" in result.output
    assert "One reading so far" in result.output


@pytest.mark.parametrize("bad", [["--ruler", "courage"], ["--since", "someday"]])
def test_cli_bad_options(cli: Cli, bad) -> None:
    result = cli(["trends", *bad])
    assert result.exit_code == 2


def test_index_readings_match_the_files(paths: Paths) -> None:
    from mi_journal.storage.entries import load_entries

    base = datetime(2026, 2, 1, 7, tzinfo=TZ)
    for i in range(6):
        values = {"importance": i, "readiness": 10 - i} if i % 2 else {"confidence": i}
        write_new_entry(paths, ruler_entry(base + timedelta(days=3 * i), f"m{i}aa", **values))
    expected = readings_from_entries(load_entries(paths).entries)
    assert load_readings(paths) == expected
    since = date(2026, 2, 8)
    assert load_readings(paths, [Ruler.readiness], since) == readings_from_entries(
        load_entries(paths).entries, [Ruler.readiness], since
    )


def test_home_sparkline_stays_quiet_when_the_index_cannot_be_read(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mi_journal.index
    from mi_journal.core.errors import MijError

    def broken(*args: object, **kwargs: object) -> None:
        raise MijError("could not rebuild the search index")

    monkeypatch.setattr(mi_journal.index, "open_index", broken)
    assert home_sparkline(paths) is None


def test_cli_lines_have_no_trailing_spaces(cli: Cli, paths: Paths, journal_home: Path) -> None:
    """`mij trends > file` had trailing spaces: each chart row's blank filler after its last
    mark, and the summary table's padded last column."""
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    base = datetime(2026, 1, 5, 20, tzinfo=TZ)
    write_new_entry(paths, ruler_entry(base, "aaaa", importance=3, confidence=4))
    write_new_entry(paths, ruler_entry(base + timedelta(days=2), "bbbb", importance=7,
                                       confidence=10, readiness=6))
    for env in ({}, {"COLUMNS": "60"}, {"COLUMNS": "100"}):
        lines = cli(["trends"], env=env).stdout.splitlines()
        assert [line for line in lines if line != line.rstrip()] == []
        assert any(line.startswith("10 │") for line in lines)  # the chart is there
        [heading] = [line for line in lines if line.startswith("ruler")]
        assert heading.split() == ["ruler", "readings", "first", "latest", "range"]
        [row] = [line for line in lines if line.startswith("confidence ")]
        assert row.split() == ["confidence", "2", "4", "(2026-01-05)", "10", "(2026-01-07)",
                               "4-10"]
        assert row.index("4-10") == heading.index("range")  # still in columns
    piped = subprocess.run([*mij_command(), "trends"], capture_output=True, text=True,
                           env=subprocess_env(journal_home), timeout=60, check=True)
    assert [line for line in piped.stdout.splitlines() if line != line.rstrip()] == []


def test_a_half_is_drawn_a_step_up_both_ways() -> None:
    """4.5 and 5.5 are both drawn a step up (round() takes halves to even: 4.5 -> 4)."""
    day = date(2026, 5, 1)
    readings = [reading(day, Ruler.importance, 5), reading(day, Ruler.importance, 4),
                reading(day, Ruler.confidence, 5), reading(day, Ruler.confidence, 6)]
    trend = build_trend(readings)
    rows = grid(trend)
    assert rows[10 - 5] == [(Ruler.importance,)]
    assert rows[10 - 6] == [(Ruler.confidence,)]


def test_cli_says_a_column_is_the_days_average(cli: Cli, paths: Paths) -> None:
    base = datetime(2026, 1, 5, 9, tzinfo=TZ)
    write_new_entry(paths, ruler_entry(base, "aaaa", importance=5, confidence=3))
    write_new_entry(paths, ruler_entry(base + timedelta(hours=8), "bbbb", importance=4,
                                       confidence=5))
    result = cli(["trends"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "the day's average" in result.output
    # importance 4.5 and confidence 4 on one day: drawn apart, not as "the same height"
    assert "◆" not in result.output

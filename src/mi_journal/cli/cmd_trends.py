"""`mij trends`: the importance, confidence and readiness rulers over time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.declare import Option
from mi_journal.cli.render import say
from mi_journal.messages import trends as trends_msg

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.cli.declare import Registry
    from mi_journal.core.vocabulary import Ruler
    from mi_journal.reflect.trends import Chart, Trend

_AXIS_WIDTH = 4  # "10 │"
_STYLES = {"importance": "magenta", "confidence": "cyan", "readiness": "yellow"}
_MARKS = {"importance": "●", "confidence": "▲", "readiness": "■"}
_OVERLAP = "◆"


def register(app: Registry) -> None:
    app.command(
        "trends", short_help="Your importance, confidence and readiness rulers over time."
    )(trends_command)


def trends_command(
    ruler: str = Option(
        None, "--ruler", "-r", help="Only one ruler: importance, confidence or readiness."
    ),
    since: str = Option(
        None, "--since", help="Start date: 2026-03-01, yesterday, 7d, 3m, 1y."
    ),
    as_json: bool = Option(False, "--json", help="Print the readings as JSON."),
) -> None:
    """Your importance, confidence and readiness rulers over time, as a chart."""
    from mi_journal.cli.render import console, print_json
    from mi_journal.core.dates import parse_since
    from mi_journal.core.errors import UsageProblem
    from mi_journal.core.paths import get_paths
    from mi_journal.core.vocabulary import Ruler
    from mi_journal.reflect.trends import build_trend, chart_from_index, read_readings, trend_json

    rulers = list(Ruler)
    if ruler is not None:
        try:
            rulers = [Ruler(ruler.strip().lower())]
        except ValueError:
            names = [r.value for r in Ruler]
            raise UsageProblem(trends_msg.ruler_not_taken(names, ruler)) from None
    start = parse_since(since) if since is not None else None
    out = console()
    columns = max(10, min(out.width, 200) - _AXIS_WIDTH - 2)
    if as_json:  # every reading is listed
        readings, problems = read_readings(get_paths(), rulers, start)
        _warn_unreadable(problems)
        print_json(trend_json(build_trend(readings, rulers, max_columns=columns), start))
        return
    chart, problems = chart_from_index(get_paths(), rulers, start, max_columns=columns)
    _warn_unreadable(problems)
    _print_trend(out, chart, since is not None, columns)


def _warn_unreadable(problems: list[str]) -> None:
    """One line per entry file the chart leaves out, on stderr; the file is untouched."""
    from mi_journal.cli.exits import print_error
    from mi_journal.messages.trends import TRENDS_FILE_SKIPPED

    for problem in problems:  # wrapped between words on a terminal, whole to a file
        print_error(f"{TRENDS_FILE_SKIPPED} {problem}")


def _print_trend(out: Console, chart: Chart, filtered: bool, columns: int) -> None:

    trend = chart.trend
    if not chart.count:
        say(out, trends_msg.TRENDS_NONE_SINCE if filtered else trends_msg.TRENDS_NONE)
        return
    say(out, trends_msg.trends_heading(trend.unit), "bold")
    out.print()
    _print_chart(out, trend, columns)
    out.print()
    _print_summary(out, chart)
    if chart.count == 1:
        out.print()
        say(out, trends_msg.TRENDS_ONE_READING, "dim")


def _print_chart(out: Console, trend: Trend, columns: int) -> None:
    from rich.text import Text

    from mi_journal.reflect.trends import RULER_MAX, bucket_label, grid

    rows = grid(trend)
    cell = max(1, min(4, columns // max(1, len(trend.buckets))))
    width = len(trend.buckets) * cell
    for index, row in enumerate(rows):
        level = RULER_MAX - index
        filler = "·" if level % 5 == 0 else " "
        line = Text(f"{level:>2} │" if level % 5 == 0 else "   │", style="dim")
        for here in row:
            if not here:
                line.append(filler * cell, style="dim")
                continue
            if len(here) == 1:
                line.append(_MARKS[here[0].value], style=_STYLES[here[0].value])
            else:
                line.append(_OVERLAP, style="bold")
            line.append(filler * (cell - 1), style="dim")
        line.rstrip()  # a row's blank filler after its last mark: no trailing spaces in a file
        out.print(line, no_wrap=True, overflow="crop")
    out.print(Text("   └" + "─" * width, style="dim"), no_wrap=True, overflow="crop")
    first = bucket_label(trend.buckets[0].start, trend.unit)
    last = bucket_label(trend.buckets[-1].start, trend.unit)
    gap = width - len(first) - len(last)
    if len(trend.buckets) == 1:
        axis = f"    {first}"
    elif gap >= 1:
        axis = "    " + first + " " * gap + last
    else:
        axis = f"    {first} … {last}"
    out.print(Text(axis, style="dim"), no_wrap=True, overflow="crop")
    _print_legend(out, trend, rows)


def _print_legend(out: Console, trend: Trend, rows: list[list[tuple[Ruler, ...]]]) -> None:
    """The marks the chart shows, and only those: a ruler with no reading in it, or
    "same height" when no two rulers meet, would send the eye looking for nothing.
    Each mark stays on one line with its name."""
    from rich.text import Text

    from mi_journal.cli.render import say_text

    cells = [here for row in rows for here in row]
    drawn = {ruler for here in cells for ruler in here}
    items = [(_MARKS[ruler.value], ruler.value, _STYLES[ruler.value])
             for ruler in trend.rulers if ruler in drawn]
    if any(len(here) > 1 for here in cells):
        items.append((_OVERLAP, "same height", "bold"))
    legend = Text("    ")
    for number, (mark, name, style) in enumerate(items):
        legend.append(mark, style=style)
        legend.append(f" {name}" + ("   " if number < len(items) - 1 else ""))
    say_text(out, legend, hang=4, keep=[f"{mark} {name}" for mark, name, _ in items])


def _print_summary(out: Console, chart: Chart) -> None:
    """One row per ruler, in columns two spaces apart; the last column is not padded
    (rich's Table padded it, leaving trailing spaces in `mij trends > file`)."""
    from mi_journal.cli.render import print_column_rows

    rows: list[tuple[str, ...]] = [("ruler", "readings", "first", "latest", "range")]
    rows += [(item.ruler.value, str(item.count),
              f"{item.first.value} ({item.first.at:%Y-%m-%d})",
              f"{item.latest.value} ({item.latest.at:%Y-%m-%d})",
              f"{item.lowest}-{item.highest}") for item in chart.summaries]
    print_column_rows(out, rows)

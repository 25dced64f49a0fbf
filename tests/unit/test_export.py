"""`mij export`: json (complete), md (to read), html (self-contained, escaped)."""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.html_format import render_html, text
from mi_journal.exporting.json_format import render_json
from mi_journal.exporting.markdown import render_markdown
from mi_journal.exporting.selection import Selected, Selection, select
from mi_journal.storage.models import Entry, Stage
from tests.conftest import Cli
from tests.export_helpers import sample_entries, write_sample

FIXED = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def ids(selected: Selected) -> list[str]:
    return [entry.id for entry in selected.entries]


# --- selection --------------------------------------------------------------


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (Selection(), ["aaaa", "bbbb", "cccc"]),
        (Selection(since=date(2026, 3, 9)), ["bbbb", "cccc"]),
        (Selection(until=date(2026, 3, 2)), ["aaaa"]),  # the whole day is included
        (Selection(since=date(2026, 3, 3), until=date(2026, 3, 31)), ["bbbb"]),
        (Selection(pack="daily"), ["bbbb"]),
        (Selection(stage=Stage.evoking), ["aaaa"]),
        (Selection(tag="FAMILY"), ["aaaa"]),
        (Selection(tag="nope"), []),
    ],
)
def test_selection_filters(paths: Paths, selection, expected) -> None:
    write_sample(paths)
    assert [i[-4:] for i in ids(select(paths, selection))] == expected


def test_goals_can_be_left_out(paths: Paths) -> None:
    write_sample(paths)
    assert [g.id for g in select(paths, Selection()).goals] == ["ab", "cd"]
    assert select(paths, Selection(include_goals=False)).goals == []


# --- json -------------------------------------------------------------------


def test_json_document_is_complete(paths: Paths) -> None:
    write_sample(paths)
    doc = json.loads(render_json(select(paths, Selection(), FIXED)))
    assert doc["format"] == "mi-journal-export" and doc["schema"] == 1
    assert doc["exported"] == "2026-05-01T10:00:00+00:00"
    assert doc["selection"]["goals"] is True
    entries = [Entry.model_validate(item) for item in doc["entries"]]
    assert entries == sample_entries()
    assert doc["goals"][0]["id"] == "ab" and doc["goals"][0]["target"] == "2026-06-01"


def test_json_has_no_raw_control_or_bidi_characters(paths: Paths) -> None:
    write_sample(paths)
    out = render_json(select(paths, Selection(), FIXED))
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\u001b" in out and "\\u202e" in out


# --- markdown ---------------------------------------------------------------


def test_markdown_reads_well(paths: Paths) -> None:
    write_sample(paths)
    md = render_markdown(select(paths, Selection(), FIXED))
    assert md.startswith("# My mi-journal\n")
    assert "## Goals" in md and "- [x] Tell my sister" in md
    assert "### 2026-03-02 19:30 · interview · evoking · pack: evoking" in md
    assert "**How important is this to you, 0-10?**" in md and "> 6 / 10" in md
    assert "- my sister" in md and "> yes" in md
    # The skipped question is left out; one line says how many were.
    assert "Anything else?" not in md and "(skipped)" not in md
    assert "*Skipped: 1 question*" in md
    # A check-in is not labelled with the stage its file records.
    assert "### 2026-03-10 08:00 · check-in · pack: daily" in md and "planning" not in md
    assert "Summary:" in md
    # Spelled out, then made literal for Markdown (rendered, it reads \x1b[31m).
    assert "\x1b" not in md and "\\\\x1b\\[31m" in md


HOSTILE = ("<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![pic](http://x/y.png)\n"
           "# not a heading\n- not a list\n1. not numbered\n```\nnot code\n```\n"
           "<script>alert(1)</script> &amp; `tick` *star* _under_ \\[x](y) <http://a.b>")


def _rendered(md: str) -> str:
    from markdown_it import MarkdownIt

    html: str = MarkdownIt("commonmark", {"html": True}).render(md)
    return html


def test_markdown_escapes_the_persons_text(paths: Paths) -> None:
    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.files import atomic_write_bytes
    from mi_journal.storage.models import Answer, AnswerKind, Goal, GoalList, Step
    from mi_journal.storage.tomlfile import dump_model

    write_new_entry(paths, Entry(id="20260301-100000-aaaa", created=FIXED, kind="note",
                                 title=HOSTILE, text=HOSTILE,
                                 tags=["<b>x</b>", "[t](javascript:1)"],
                                 answers=[Answer(prompt="p", question=HOSTILE,
                                                 kind=AnswerKind.text, value=HOSTILE),
                                          Answer(prompt="l", question="q", kind=AnswerKind.list,
                                                 value=["# heading?", "[a](javascript:b)"])]))
    atomic_write_bytes(paths.goals, dump_model(GoalList(goals=[Goal(
        id="gg", title=HOSTILE, why=HOSTILE, created=FIXED, updated=FIXED,
        steps=[Step(text=HOSTILE)])])))
    md = render_markdown(select(paths, Selection(), FIXED))
    html = _rendered(md)
    for live in ("<img", "<script", "<a ", "href", "<code", "<pre", "<strong>x", "<em>star"):
        assert live not in html, live
    assert html.count("<em>") == 1  # only the goal's facts line, which mi-journal writes
    assert html.count("<h1>") == 1  # only the export's own title
    assert "<h3>" in html and "<ul>" in html  # the structure mi-journal adds stays
    # The structure characters are escaped in the Markdown itself...
    assert "&lt;img src=x onerror=alert(1)&gt;" in md and "\\[click\\](javascript:alert(1))" in md
    assert "> \\# not a heading" in md and "> \\- not a list" in md and "> 1\\. not" in md
    assert "&amp;amp;" in md and "\\`tick\\`" in md and "\\*star\\*" in md
    # ...so, rendered, the person's words read exactly as written.
    for words in ("&lt;img src=x onerror=alert(1)&gt;", "[click](javascript:alert(1))",
                  "# not a heading", "&amp;amp;", "*star* _under_", "\\[x](y)"):
        assert words in html, words


def test_markdown_plain_text_stays_readable() -> None:
    from mi_journal.exporting.markdown import md_text

    plain = "I walked to work (twice!) and felt good. It's 3 km; that's 10% more."
    assert md_text(plain) == plain
    assert md_text("snake_case and a*b") == "snake\\_case and a\\*b"
    assert md_text("2024. a good year\n# one\n  - two") == "2024\\. a good year\n\\# one\n  \\- two"
    assert _rendered(md_text("Tom & Jerry <3")).strip() == "<p>Tom &amp; Jerry &lt;3</p>"


def test_markdown_with_nothing(paths: Paths) -> None:
    md = render_markdown(select(paths, Selection(), FIXED))
    assert "No entries in this period." in md and "## Goals" not in md


# --- html -------------------------------------------------------------------

_EXTERNAL = re.compile(
    r"<script|https?://|url\(|@import|<link|<iframe|<object|<embed|<[a-z]+[^>]*\s(src|href)=",
    re.IGNORECASE,
)


def test_html_is_self_contained_and_escaped(paths: Paths) -> None:
    write_sample(paths)
    page = render_html(select(paths, Selection(), FIXED))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "http://" not in page and "https://" not in page
    assert _EXTERNAL.search(page) is None
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "Tom &amp; &quot;Jerry&quot;" in page
    assert "\x1b" not in page and "\u202e" not in page
    assert "@media print" in page
    assert "<svg" in page and page.count("<circle") == 4
    assert "\n<script" not in page and "</style" in page and page.count("</style") == 1
    assert "Content-Security-Policy" in page


def test_html_without_readings_or_entries(paths: Paths) -> None:
    page = render_html(select(paths, Selection(), FIXED))
    assert "No ruler readings in this period." in page
    assert "No entries in this period." in page
    assert "<svg" not in page


def test_html_chart_plots_each_reading_at_its_time(paths: Paths) -> None:
    write_sample(paths)
    # Importance on 2026-03-02 and 2026-03-10: two readings, so a line joins them.
    page = render_html(select(paths, Selection(), FIXED))
    assert page.count("<polyline") == 1
    assert page.count("<circle") == 4
    one = render_html(select(paths, Selection(until=date(2026, 3, 2)), FIXED))
    assert one.count("<circle") == 2 and "<polyline" not in one  # one reading each
    # The legend and the chart's title name only the rulers with readings.
    legend = one.split('<figcaption class="legend">')[1].split("</figcaption>")[0]
    assert "importance" in legend and "confidence" in legend and "readiness" not in legend
    assert 'aria-label="Importance and confidence, each reading' in one


def _reading(at: datetime, value: int, ruler: str = "readiness"):
    from mi_journal.reflect.trends import Reading
    from mi_journal.storage.models import Ruler

    return Reading(at, Ruler(ruler), value, "x")


def _points(svg: str, colour: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in
            re.findall(rf'<circle cx="([\d.]+)" cy="([\d.]+)" r="3.5" fill="{colour}"', svg)]


def test_svg_readings_on_one_day_sit_side_by_side() -> None:
    from mi_journal.exporting.svg import ruler_chart

    day = [_reading(datetime(2026, 1, 5, hour, tzinfo=UTC), value)
           for hour, value in ((8, 3), (13, 5), (21, 6))]
    svg = ruler_chart(day, "t")
    xs = [x for x, _ in _points(svg, "#8a5a00")]
    assert len(xs) == 3 and xs == sorted(xs) and len(set(xs)) == 3  # not a stack of dots
    # 8:00 to 13:00 is 5 of the 13 hours: the x distances follow the clock.
    assert (xs[1] - xs[0]) / (xs[2] - xs[0]) == pytest.approx(5 / 13, abs=0.01)
    assert svg.count("<polyline") == 1 and 'stroke-dasharray="2 4"' in svg
    assert "2026-01-05 08:00" in svg and "2026-01-05 21:00" in svg  # one day: times


def test_svg_line_once_two_readings_whatever_the_gap() -> None:
    from mi_journal.exporting.svg import ruler_chart

    one = ruler_chart([_reading(datetime(2026, 1, 1, 9, tzinfo=UTC), 4)], "t")
    assert "<polyline" not in one and one.count("<circle") == 1
    spread = [_reading(datetime(2026, 1, d, 9, tzinfo=UTC), v)
              for d, v in ((1, 2), (3, 3), (5, 5), (29, 9), (30, 8))]
    svg = ruler_chart(spread, "t")
    assert svg.count("<polyline") == 1 and svg.count("<circle") == 5
    xs = [x for x, _ in _points(svg, "#8a5a00")]
    # A long pause is a long stretch of the time axis, not a break in the line.
    assert xs[3] - xs[2] > 5 * (xs[2] - xs[1])
    labels = re.findall(r'y="230" text-anchor="[a-z]+">([^<]+)</text>', svg)
    assert labels[0] == "2026-01-01" and labels[-1] == "2026-01-30" and len(labels) <= 7


def test_svg_draws_only_rulers_with_readings() -> None:
    from mi_journal.exporting.svg import STYLE, ruler_chart

    at = datetime(2026, 2, 1, 9, tzinfo=UTC)
    svg = ruler_chart([_reading(at, 6, "importance"),
                       _reading(at.replace(day=2), 7, "importance")], "t")
    assert STYLE["importance"][0] in svg
    assert STYLE["confidence"][0] not in svg and STYLE["readiness"][0] not in svg


def test_svg_axis_labels_never_crowd() -> None:
    from mi_journal.exporting.svg import ruler_chart

    for days in (1, 2, 3, 4, 9, 16, 40, 61, 200, 800):
        start = datetime(2026, 1, 1, 20, tzinfo=UTC)
        readings = [_reading(start, 5), _reading(start + timedelta(days=days), 6)]
        svg = ruler_chart(readings, "t")
        labels = re.findall(r'<text class="axis" x="([\d.]+)" y="230" '
                            r'text-anchor="([a-z]+)">([^<]+)<', svg)
        # Each label's extent at about 6.5 px a character (11 px digits), by its anchor.
        spans = []
        for x, anchor, label in labels:
            width = 6.5 * len(label)
            left = {"start": 0, "middle": width / 2, "end": width}[anchor]
            spans.append((float(x) - left, float(x) - left + width))
        assert len(spans) >= 2 and spans == sorted(spans), days
        assert all(a[1] + 8 <= b[0] for a, b in pairwise(spans)), (days, labels)


def test_text_escaping() -> None:
    assert text('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert text("it's") == "it&#x27;s"
    assert text("see https://x.org") == "see https&#58;//x.org"
    assert text("\x00\x07\x9b") == "\\x00\\x07\\x9b"


# --- CLI --------------------------------------------------------------------


def test_cli_export_json_to_stdout(cli: Cli, paths: Paths) -> None:
    write_sample(paths)
    result = cli(["export"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert len(doc["entries"]) == 3 and len(doc["goals"]) == 2
    filtered = json.loads(cli(["export", "--tag", "morning", "--no-goals"]).stdout)
    assert [e["id"] for e in filtered["entries"]] == ["20260310-080000-bbbb"]
    assert filtered["goals"] == [] and filtered["selection"]["tag"] == "morning"


def test_cli_export_to_file(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    target = tmp_path / "report.html"
    result = cli(["export", "--format", "html", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Wrote 3 entries and 2 goals" in result.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    first = target.read_bytes()
    again = cli(["export", "--format", "md", "-o", str(target)])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert target.read_bytes() == first
    forced = cli(["export", "--format", "md", "-o", str(target), "--force"])
    assert forced.exit_code == 0
    assert target.read_text("utf-8").startswith("# My mi-journal")


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "pdf"],
        ["--stage", "dreaming"],
        ["--since", "whenever"],
        ["--since", "2026-03-10", "--until", "2026-03-01"],
    ],
)
def test_cli_export_usage_problems(cli: Cli, args) -> None:
    result = cli(["export", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_export_mentions_unreadable_files(cli: Cli, paths: Paths) -> None:
    write_sample(paths)
    broken = paths.entries / "2026" / "04" / "20260402-120000-dddd.toml"
    broken.write_text("not = [toml", "utf-8")
    result = cli(["export"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["entries"]) == 3
    assert "1 entry file could not be read" in result.stderr


def test_export_in_a_real_process(paths: Paths, journal_home: Path) -> None:
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    write_sample(paths)
    env = subprocess_env(journal_home, LC_ALL="C", PYTHONIOENCODING="ascii")
    done = subprocess.run(
        [*mij_command(), "export", "--format", "md"], env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert b"# My mi-journal" in done.stdout
    # UTF-8 even where the locale says ASCII: the bytes go out as they are.
    assert "19:30 · interview".encode() in done.stdout


def test_svg_many_readings_are_a_line_without_dots() -> None:
    from mi_journal.exporting.svg import MAX_DOTS, ruler_chart

    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    many = [_reading(start + timedelta(days=n), n % 11) for n in range(MAX_DOTS + 1)]
    svg = ruler_chart(many, "t")
    assert svg.count("<polyline") == 1 and "<circle" not in svg
    assert svg.count(",") >= MAX_DOTS + 1  # every reading is a point of the line

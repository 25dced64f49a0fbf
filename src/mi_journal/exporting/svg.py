"""An inline SVG line chart of the rulers over time, for the HTML report.

Only numbers and dates go into it, never the person's text. Every reading is a
point at the moment it was given (two readings on one day sit side by side, not
on top of each other), and a ruler's points are joined by a line once it has two
or more. Each ruler has its own colour and its own dash pattern, so it reads on a
black-and-white print too. Only rulers with readings are drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from mi_journal.reflect.trends import RULER_MAX, Reading
from mi_journal.storage.models import Ruler

WIDTH = 720
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 40, 24, 14, 34
# The first and last points sit this far inside the frame, clear of the 0-10 labels.
INSET = 10
# Beyond this many readings of one ruler, the line alone carries the shape.
MAX_DOTS = 90
MAX_LABELS = 6
LABEL_GAP = 80
END_GAP = 110
LABEL_STEPS_DAYS = (1, 2, 7, 14, 28, 84, 168, 336)

STYLE = {
    "importance": ("#a3265d", ""),
    "confidence": ("#1f5f99", "7 4"),
    "readiness": ("#8a5a00", "2 4"),
}


def rulers_with_readings(readings: Sequence[Reading]) -> list[Ruler]:
    """The rulers that have at least one reading, in the usual order."""
    present = {reading.ruler for reading in readings}
    return [ruler for ruler in Ruler if ruler in present]


class _TimeAxis:
    """Maps a moment to x: a straight time line from the first reading to the last."""

    def __init__(self, readings: Sequence[Reading]) -> None:
        moments = [reading.at for reading in readings]
        self.first, self.last = min(moments), max(moments)
        self.span = (self.last - self.first).total_seconds()

    def x(self, at: datetime) -> float:
        plot = WIDTH - LEFT - RIGHT - 2 * INSET
        if self.span <= 0:
            return LEFT + INSET + plot / 2
        return LEFT + INSET + (at - self.first).total_seconds() / self.span * plot

    def labels(self) -> list[tuple[float, str, str]]:
        """(x, text, text-anchor): the first and the last reading's dates (with the
        time for a span of about a day or less) and a few midnights between them,
        never closer than LABEL_GAP."""
        if self.span <= 0:
            return [(self.x(self.first), f"{self.first:%Y-%m-%d %H:%M}", "middle")]
        ends = "%Y-%m-%d %H:%M" if self.span < 36 * 3600 else "%Y-%m-%d"
        left, right = self.x(self.first), self.x(self.last)
        out = [(left, f"{self.first:{ends}}", "start")]
        for x, shown in self._midnights():
            # The end labels run inward by their whole width, a middle one by half.
            inner = LABEL_GAP if len(out) > 1 else END_GAP
            if x - out[-1][0] >= inner and right - x >= END_GAP:
                out.append((x, shown, "middle"))
        out.append((right, f"{self.last:{ends}}", "end"))
        return out

    def _midnights(self) -> list[tuple[float, str]]:
        """A few days (or firsts of a month) strictly between the first and last."""
        first_day = self.first.date()
        days = (self.last.date() - first_day).days
        step = next((s for s in LABEL_STEPS_DAYS if days // s + 1 <= MAX_LABELS),
                    LABEL_STEPS_DAYS[-1])
        midnight = datetime.combine(first_day, datetime.min.time(), self.first.tzinfo)
        out = []
        for number in range(1, days // step + 2):
            if step < 28:
                at = midnight + timedelta(days=number * step)
            else:  # whole months: the first of every (step // 28)th month
                month = first_day.month - 1 + number * (step // 28)
                at = midnight.replace(year=first_day.year + month // 12, month=month % 12 + 1,
                                      day=1)
            # The days of the first and last reading are named at the ends already.
            if self.first < at and at.date() < self.last.date():
                out.append((self.x(at), f"{at:%Y-%m}" if step >= 28 else f"{at:%Y-%m-%d}"))
        return out


def _y(value: float) -> float:
    plot = HEIGHT - TOP - BOTTOM
    return TOP + (RULER_MAX - value) / RULER_MAX * plot


def _frame(axis: _TimeAxis) -> list[str]:
    parts = []
    for level in (0, 5, 10):
        y = _y(level)
        parts.append(
            f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
        )
        parts.append(
            f'<text class="axis" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{level}</text>'
        )
    for x, label, anchor in axis.labels():
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{_y(0):.1f}" x2="{x:.1f}" '
                     f'y2="{_y(0) + 4:.1f}"/>')
        parts.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 10}" '
                     f'text-anchor="{anchor}">{label}</text>')
    return parts


def ruler_chart(readings: Sequence[Reading], title: str) -> str:
    """The chart as an <svg> element (HTML5 inline SVG needs no namespace).

    `readings` must not be empty; a report says "no readings" in words instead.
    """
    from html import escape

    axis = _TimeAxis(readings)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-label="{escape(title, quote=True)}">',
        f"<title>{escape(title)}</title>",
        *_frame(axis),
    ]
    for ruler in rulers_with_readings(readings):
        colour, dash = STYLE[ruler.value]
        mine = sorted((r for r in readings if r.ruler is ruler), key=lambda r: r.at)
        points = [(axis.x(r.at), _y(r.value), r) for r in mine]
        if len(points) > 1:
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} '
                         f'points="{line}"/>')
        if len(points) <= MAX_DOTS:
            parts.extend(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}">'
                f"<title>{ruler.value} {r.value}, {r.at:%Y-%m-%d %H:%M}</title></circle>"
                for x, y, r in points
            )
    parts.append("</svg>")
    return "\n".join(parts)

"""An inline SVG line chart of the three rulers over time, for the HTML report.

Only numbers and dates go into it, never the person's text. Each ruler has its
own colour and its own dash pattern, so it reads on a black-and-white print
too. An empty bucket breaks the line, so a gap looks like a gap.
"""

from __future__ import annotations

from mi_journal.trends import RULER_MAX, Trend, bucket_label

WIDTH = 720
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 14, 34

BRIDGE = 2
COLUMNS = 40

STYLE = {
    "importance": ("#a3265d", ""),
    "confidence": ("#1f5f99", "7 4"),
    "readiness": ("#8a5a00", "2 4"),
}


def _x(index: int, count: int) -> float:
    plot = WIDTH - LEFT - RIGHT
    return LEFT + (index + 0.5) * plot / max(count, 1)


def _y(value: float) -> float:
    plot = HEIGHT - TOP - BOTTOM
    return TOP + (RULER_MAX - value) / RULER_MAX * plot


def _segments(trend: Trend, ruler_name: str) -> list[list[tuple[float, float, float]]]:
    """Runs of buckets to join with a line: (x, y, mean) points.

    A short gap (up to `BRIDGE` empty buckets) is bridged; a longer one breaks
    the line, so a long pause shows as a pause.
    """
    runs: list[list[tuple[float, float, float]]] = []
    current: list[tuple[float, float, float]] = []
    empty = 0
    count = len(trend.buckets)
    for index, bucket in enumerate(trend.buckets):
        mean = next((m for r, m in bucket.means.items() if r.value == ruler_name), None)
        if mean is None:
            empty += 1
            continue
        if empty > BRIDGE and current:
            runs.append(current)
            current = []
        empty = 0
        current.append((_x(index, count), _y(mean), mean))
    if current:
        runs.append(current)
    return runs


def ruler_chart(trend: Trend, title: str) -> str:
    """The chart as an <svg> element (HTML5 inline SVG needs no namespace)."""
    from html import escape

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-label="{escape(title, quote=True)}">',
        f"<title>{escape(title)}</title>",
    ]
    for level in (0, 5, 10):
        y = _y(level)
        parts.append(
            f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
        )
        parts.append(
            f'<text class="axis" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{level}</text>'
        )
    count = len(trend.buckets)
    if count:
        labels = {0, count - 1} if count > 1 else {0}
        if count > 4:
            labels.add(count // 2)
        for index in sorted(labels):
            anchor = "start" if index == 0 and count > 1 else "middle"
            if index == count - 1 and count > 1:
                anchor = "end"
            x = _x(index, count)
            label = escape(bucket_label(trend.buckets[index].start, trend.unit))
            parts.append(
                f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 10}" '
                f'text-anchor="{anchor}">{label}</text>'
            )
    for ruler in trend.rulers:
        colour, dash = STYLE[ruler.value]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _segments(trend, ruler.value):
            if len(run) > 1:
                points = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in run)
                parts.append(
                    f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dash_attr} '
                    f'points="{points}"/>'
                )
            for x, y, mean in run:
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}">'
                    f"<title>{ruler.value} {mean:.1f}</title></circle>"
                )
    parts.append("</svg>")
    return "\n".join(parts)

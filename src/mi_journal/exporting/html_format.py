"""One self-contained HTML file to bring to a counselling session.

Inline CSS and an inline SVG chart; no script, no external resource of any
kind (a Content-Security-Policy says so to the browser as well), printable.
Every piece of the person's text passes through `text()`: control and escape
characters are spelled out, then html.escape(quote=True), and "://" is written
with an entity so that no address in a note even looks like a link to fetch.
"""

from __future__ import annotations

from html import escape

from mi_journal.exporting.common import (
    answer_lines,
    change_talk_groups,
    count_and_period,
    entry_facts,
    goal_facts,
    kind_heading,
    when,
)
from mi_journal.exporting.selection import Selected
from mi_journal.models import Entry, Goal
from mi_journal.textsafe import inert

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1d; background: #fff;
  max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.02rem; margin: 0 0 .4rem; }
.intro, .meta { color: #555; }
.facts { color: #555; font-size: .9rem; font-weight: normal; }
.words { white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { margin: .2rem 0 .8rem; padding: .1rem .8rem; border-left: 3px solid #ccc; }
dt { font-weight: bold; margin-top: .6rem; }
dd { margin: .2rem 0 .2rem 1rem; }
.entry, .goal { border: 1px solid #ddd; border-radius: 6px; padding: .8rem 1rem; margin: .8rem 0; }
.tags span { display: inline-block; border: 1px solid #bbb; border-radius: 3px;
  padding: 0 .35rem; margin-right: .3rem; font-size: .85rem; }
.chart { max-width: 100%; height: auto; }
.chart .grid { stroke: #ddd; stroke-width: 1; }
.chart .axis { font: 11px Arial, sans-serif; fill: #555; }
.legend span { margin-right: 1.2rem; white-space: nowrap; }
.legend i { display: inline-block; width: 2rem; vertical-align: middle; margin-right: .3rem;
  border-top-width: 3px; }
table { border-collapse: collapse; margin: .6rem 0; }
th, td { text-align: left; padding: .15rem .8rem .15rem 0; border-bottom: 1px solid #eee; }
.steps { list-style: none; padding-left: 0; }
@media print {
  body { font-size: 11pt; margin: 0; max-width: none; color: #000; }
  h2, h3, dt { break-after: avoid; }
  .goal, figure, dd, blockquote { break-inside: avoid; }
  .entry, .goal { border-color: #999; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'"


def text(value: str) -> str:
    """The person's text, made inert and escaped for HTML."""
    return escape(inert(value), quote=True).replace("://", "&#58;//")


def _words(value: str, tag: str = "div") -> str:
    return f'<{tag} class="words">{text(value)}</{tag}>'


def _goal(goal: Goal) -> str:
    parts = [
        '<section class="goal">',
        f'<h3>{text(goal.title)} <span class="facts">· {text(" · ".join(goal_facts(goal)))}'
        "</span></h3>",
    ]
    if goal.why:
        parts.append(f"<p><b>Why it matters</b></p><blockquote>{_words(goal.why)}</blockquote>")
    if goal.steps:
        parts.append('<ul class="steps">')
        for step in goal.steps:
            mark = "☑" if step.done else "☐"
            parts.append(f"<li>{mark} {text(step.text)}</li>")
        parts.append("</ul>")
    for note in goal.notes:
        parts.append(
            f'<p class="meta">Note, {note.at:%Y-%m-%d}</p><blockquote>{_words(note.text)}'
            "</blockquote>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _entry(entry: Entry) -> str:
    facts = text(" · ".join(entry_facts(entry)))
    parts = [
        f'<article class="entry" id="e-{text(entry.id)}">',
        f'<h3>{when(entry)} <span class="facts">· {facts}</span></h3>',
    ]
    if entry.title:
        parts.append(f"<p><b>{text(entry.title)}</b></p>")
    if entry.tags:
        tags = "".join(f"<span>{text(tag)}</span>" for tag in entry.tags)
        parts.append(f'<p class="tags">{tags}</p>')
    if entry.text:
        parts.append(_words(entry.text, "p"))
    if entry.answers:
        parts.append("<dl>")
        for answer in entry.answers:
            parts.append(f"<dt>{text(answer.question)}</dt>")
            lines = answer_lines(answer)
            if isinstance(answer.value, list) and not answer.skipped:
                items = "".join(f"<li>{text(item)}</li>" for item in lines)
                parts.append(f"<dd><ul>{items}</ul></dd>")
            else:
                parts.append(f"<dd>{_words(chr(10).join(lines))}</dd>")
        parts.append("</dl>")
    if entry.summary:
        parts.append(f"<p><b>Summary</b></p><blockquote>{_words(entry.summary)}</blockquote>")
    parts.append("</article>")
    return "\n".join(parts)


def _rulers(selected: Selected) -> str:
    from mi_journal.exporting.svg import COLUMNS, STYLE, ruler_chart
    from mi_journal.messages import EXPORT_NO_READINGS
    from mi_journal.trends import build_trend, readings_from_entries, summarise

    trend = build_trend(readings_from_entries(selected.entries), max_columns=COLUMNS)
    from mi_journal.messages import EXPORT_RULERS_HEADING

    parts = [f"<h2>{escape(EXPORT_RULERS_HEADING)}</h2>"]
    if not trend.readings:
        parts.append(f"<p>{escape(EXPORT_NO_READINGS)}</p>")
        return "\n".join(parts)
    title = f"Importance, confidence and readiness, one point per {trend.unit}"
    parts.append("<figure>")
    parts.append(ruler_chart(trend, title))
    legend = []
    for ruler in trend.rulers:
        colour, dash = STYLE[ruler.value]
        line = "dashed" if dash.startswith("7") else "dotted" if dash else "solid"
        legend.append(
            f'<span><i style="border-top: 3px {line} {colour}"></i>{ruler.value}</span>'
        )
    parts.append(f'<figcaption class="legend">{"".join(legend)}</figcaption>')
    parts.append("</figure>")
    parts.append(
        "<table><tr><th>ruler</th><th>readings</th><th>first</th><th>latest</th>"
        "<th>range</th></tr>"
    )
    for item in summarise(trend):
        parts.append(
            f"<tr><td>{item.ruler.value}</td><td>{item.count}</td>"
            f"<td>{item.first.value} ({item.first.at:%Y-%m-%d})</td>"
            f"<td>{item.latest.value} ({item.latest.at:%Y-%m-%d})</td>"
            f"<td>{item.lowest}-{item.highest}</td></tr>"
        )
    parts.append("</table>")
    return "\n".join(parts)


def _change_talk(entries: list[Entry]) -> str:
    from mi_journal.messages import (
        EXPORT_CHANGE_TALK_HEADING,
        EXPORT_CHANGE_TALK_INTRO,
        EXPORT_CHANGE_TALK_NONE,
    )

    parts = [f"<h2>{escape(EXPORT_CHANGE_TALK_HEADING)}</h2>",
             f'<p class="intro">{escape(EXPORT_CHANGE_TALK_INTRO)}</p>']
    groups = change_talk_groups(entries)
    if not groups:
        parts.append(f"<p>{escape(EXPORT_CHANGE_TALK_NONE)}</p>")
    for group in groups:
        parts.append(f"<h3>{escape(kind_heading(group.kind))}</h3><ul>")
        parts.extend(
            f"<li>\u201c{text(quote.text)}\u201d "
            f'<span class="facts">{quote.day:%Y-%m-%d}</span></li>'
            for quote in group.quotes
        )
        parts.append("</ul>")
    return "\n".join(parts)


def render_html(selected: Selected) -> str:
    from mi_journal.messages import EXPORT_HTML_INTRO, EXPORT_HTML_TITLE, EXPORT_NO_ENTRIES

    entries = selected.entries
    about = count_and_period(entries)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(EXPORT_HTML_TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(EXPORT_HTML_TITLE)}</h1>",
        f'<p class="intro">{escape(EXPORT_HTML_INTRO)}</p>',
        f'<p class="meta">Exported {selected.exported:%Y-%m-%d %H:%M} · {escape(about)}</p>',
        _rulers(selected),
    ]
    if selected.goals:
        parts.append("<h2>Goals</h2>")
        parts.extend(_goal(goal) for goal in selected.goals)
    if selected.selection.change_talk:
        parts.append(_change_talk(entries))
    parts.append("<h2>Entries</h2>")
    if not entries:
        parts.append(f"<p>{escape(EXPORT_NO_ENTRIES)}</p>")
    parts.extend(_entry(entry) for entry in entries)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)

"""One self-contained HTML file to bring to a counselling session.

Inline CSS and an inline SVG chart; no script, no external resource of any
kind (a Content-Security-Policy says so to the browser as well), printable.
Every piece of the person's text passes through `text()`: control and escape
characters are spelled out, then html.escape(quote=True), and "://" is written
with an entity so that no address in a note even looks like a link to fetch.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from mi_journal.core.textsafe import inert
from mi_journal.exporting.common import (
    answer_lines,
    answered,
    change_talk_groups,
    count_and_period,
    crisis_left_out,
    crisis_marks,
    entry_facts,
    goal_facts,
    help_lines_on_paper,
    kind_heading,
    when,
)
from mi_journal.exporting.pack_report import PackReport
from mi_journal.exporting.selection import Selected
from mi_journal.storage.models import Entry, Goal

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
dl .short dt, dl .short dd { display: inline; margin: 0; }
dl .short { margin-top: .6rem; }
dl .short dd { margin-left: .3rem; }
dl .short dd .words { white-space: nowrap; }
.label { font-weight: bold; margin: .6rem 0 .2rem; }
.skipped { font-size: .9rem; margin: .4rem 0 0; }
.crisis { font-weight: bold; border-left: 3px solid #a33; padding-left: .5rem; }
.help-lines { margin-top: 2rem; break-inside: avoid; }
.day, .whole { white-space: nowrap; }
.entry, .goal { border: 1px solid #ddd; border-radius: 6px; padding: .8rem 1rem; margin: .8rem 0; }
.tags span { display: inline-block; border: 1px solid #bbb; border-radius: 3px;
  padding: 0 .35rem; margin-right: .3rem; font-size: .85rem; }
.about th { font-weight: normal; color: #555; }
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
  body { font-size: 9.5pt; line-height: 1.3; margin: 0; padding: 0; max-width: none;
    color: #000; }
  h1 { font-size: 15pt; margin: 0 0 2pt; }
  h2 { font-size: 11.5pt; margin: 10pt 0 4pt; }
  h3 { font-size: 9.5pt; margin: 0 0 2pt; }
  h1, h2, h3, dt, .label { break-after: avoid; }
  p { margin: 2pt 0; orphans: 3; widows: 3; }
  figure { margin: 4pt 0; }
  .chart { width: 100%; max-height: 55mm; }
  table { margin: 2pt 0; font-size: 9pt; }
  .goal, figure, h3, dt, dd, blockquote, tr { break-inside: avoid; }
  .entry, .goal { border: 0; border-top: .5pt solid #888; border-radius: 0;
    padding: 4pt 0 0; margin: 7pt 0 0; }
  dl { margin: 0; }
  h2 + .entry { border-top: 0; }
  dt, dl .short { margin-top: 3pt; }
  dl .short dt { margin-top: 0; }
  dd { margin: 0 0 0 10pt; }
  dd ul { margin: 0; padding-left: 12pt; }
  blockquote { margin: 1pt 0 2pt 10pt; padding: 0 0 0 6pt; border-left-width: 2pt; }
  .label { margin: 3pt 0 0; }
  .skipped { margin: 2pt 0 0; font-size: 8.5pt; }
}
"""

# The page footer, in browsers that print CSS page-margin boxes (Chromium 131 and
# later); LEFT becomes a CSS string (css_string). Empty top boxes keep the browser's own header
# (date, title) off the page; the browser fills nothing where the report does.
PAGE_CSS = """
@page { margin: 14mm 14mm 16mm;
  @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; }
  @bottom-left { content: LEFT; font: 8pt Arial, sans-serif; color: #555; }
  @bottom-center { content: ""; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
    font: 8pt Arial, sans-serif; color: #555; }
}
"""

SHORT_ANSWER = 40

CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'"


def text(value: str) -> str:
    """The person's text, made inert and escaped for HTML."""
    return escape(inert(value), quote=True).replace("://", "&#58;//")


def _words(value: str, tag: str = "div") -> str:
    return f'<{tag} class="words">{text(value)}</{tag}>'


# A command our own text names in backticks ("`mij crisis` shows the help lines"),
# found after escaping, so what it holds is already inert.
_COMMAND = re.compile(r"`(mij(?: [\w-]+)+)`")


def summary_html(summary: str) -> str:
    """An entry's summary: escaped as any text, a `mij ...` command in it shown as code
    (the backticks read wrongly in a browser or a PDF; the md keeps them)."""
    return _COMMAND.sub(r"<code>\1</code>", _words(summary))


def _goal(goal: Goal, marked: bool) -> str:
    parts = [
        '<section class="goal">',
        f'<h3>{text(goal.title)} <span class="facts">· {text(" · ".join(goal_facts(goal)))}'
        "</span></h3>",
    ]
    if marked:  # marked as such an entry is
        from mi_journal.messages.export import EXPORT_CRISIS_IN_GOAL

        parts.append(f'<p class="crisis">{escape(EXPORT_CRISIS_IN_GOAL)}</p>')
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
            f'<p class="meta">Note, {_day(note.at)}</p><blockquote>{_words(note.text)}'
            "</blockquote>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _is_short(words: str) -> bool:
    """A number, yes/no or a few words: printed on the question's own line."""
    return "\n" not in words and len(words) <= SHORT_ANSWER


def _entry(entry: Entry, report: PackReport | None, marked: bool) -> str:
    facts = text(" · ".join(entry_facts(entry, with_pack=report is None)))
    title = ""
    if entry.title and (report is None or entry.title != report.title):
        title = f' <span class="title">{text(entry.title)}</span>'
    parts = [
        f'<article class="entry" id="e-{text(entry.id)}">',
        f'<h3>{when(entry)}{title} <span class="facts">· {facts}</span></h3>',
    ]
    if entry.tags:
        tags = "".join(f"<span>{text(tag)}</span>" for tag in entry.tags)
        parts.append(f'<p class="tags">{tags}</p>')
    if marked:
        from mi_journal.messages.export import EXPORT_CRISIS_IN_ENTRY

        parts.append(f'<p class="crisis">{escape(EXPORT_CRISIS_IN_ENTRY)}</p>')
    if entry.text:
        parts.append(_words(entry.text, "p"))
    shown, skipped = answered(entry)
    if shown:
        parts.append("<dl>")
        for answer in shown:
            lines = answer_lines(answer)
            if isinstance(answer.value, list):
                items = "".join(f"<li>{text(item)}</li>" for item in lines)
                parts.append(f"<div><dt>{text(answer.question)}</dt>"
                             f"<dd><ul>{items}</ul></dd></div>")
            else:
                words = chr(10).join(lines)
                short = _is_short(words)
                group = '<div class="short">' if short else "<div>"
                parts.append(f"{group}<dt>{text(answer.question)}</dt> "
                             f"<dd>{_words(words, 'span' if short else 'div')}</dd></div>")
        parts.append("</dl>")
    if skipped:
        from mi_journal.messages.export import export_skipped_count

        parts.append(f'<p class="meta skipped">{escape(export_skipped_count(skipped))}</p>')
    if entry.summary:
        parts.append(f'<p class="label">Summary</p><blockquote>{summary_html(entry.summary)}'
                     "</blockquote>")
    parts.append("</article>")
    return "\n".join(parts)


def _rulers(selected: Selected) -> str:
    from mi_journal.exporting.svg import STYLE, ruler_chart, rulers_with_readings
    from mi_journal.messages.export import EXPORT_NO_READINGS, EXPORT_RULERS_HEADING
    from mi_journal.reflect.trends import build_trend, readings_from_entries, summarise

    readings = readings_from_entries(selected.entries)
    parts = [f"<h2>{escape(EXPORT_RULERS_HEADING)}</h2>"]
    if not readings:
        parts.append(f"<p>{escape(EXPORT_NO_READINGS)}</p>")
        return "\n".join(parts)
    present = rulers_with_readings(readings)
    names = [ruler.value for ruler in present]
    named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    title = f"{named.capitalize()}, each reading at the time it was given"
    parts.append("<figure>")
    parts.append(ruler_chart(readings, title))
    legend = []
    for ruler in present:
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
    for item in summarise(build_trend(readings)):
        parts.append(
            f"<tr><td>{item.ruler.value}</td><td>{item.count}</td>"
            f"<td>{item.first.value} ({_day(item.first.at)})</td>"
            f"<td>{item.latest.value} ({_day(item.latest.at)})</td>"
            f"<td>{item.lowest}-{item.highest}</td></tr>"
        )
    parts.append("</table>")
    return "\n".join(parts)


def _change_talk(entries: list[Entry], hidden: frozenset[str]) -> tuple[str, bool]:
    """The section, and whether it left crisis words out (and said so)."""
    from mi_journal.messages.export import (
        EXPORT_CHANGE_TALK_HEADING,
        EXPORT_CHANGE_TALK_INTRO,
        EXPORT_CHANGE_TALK_NONE,
        EXPORT_CRISIS_LEFT_OUT,
    )

    parts = [f"<h2>{escape(EXPORT_CHANGE_TALK_HEADING)}</h2>",
             f'<p class="intro">{escape(EXPORT_CHANGE_TALK_INTRO)}</p>']
    left_out = crisis_left_out(entries)
    if left_out:
        parts.append(f"<p>{escape(EXPORT_CRISIS_LEFT_OUT)}</p>")
    groups = change_talk_groups(entries, hidden)
    if not groups:
        parts.append(f"<p>{escape(EXPORT_CHANGE_TALK_NONE)}</p>")
    for group in groups:
        parts.append(f"<h3>{escape(kind_heading(group.kind))}</h3><ul>")
        parts.extend(
            f"<li>\u201c{text(quote.text)}\u201d "
            f'<span class="facts">{_day(quote.day)}</span></li>'
            for quote in group.quotes
        )
        parts.append("</ul>")
    return "\n".join(parts), left_out


# A date and a phone number or address written with hyphens are never broken at a
# hyphen (at 420 px a quote's date broke as "2026-12-" / "05").
_HYPHENED = re.compile(r"[\w.()]+(?:-[\w.()]+)+")


def _day(moment: date) -> str:
    return f'<span class="day">{moment:%Y-%m-%d}</span>'


def _numbers_whole(escaped: str) -> str:
    """`escaped` (already HTML-escaped) with each hyphenated run kept on one line."""
    return _HYPHENED.sub(lambda m: f'<span class="whole">{m.group()}</span>', escaped)


def _help_lines(own_line: str) -> str:
    from mi_journal.messages.crisis import CRISIS_HEADING
    from mi_journal.messages.export import EXPORT_HELP_LINES_HEADING

    items = "".join(f"<li>{_numbers_whole(text(line))}</li>"
                    for line in help_lines_on_paper(own_line))
    return (f'<section class="help-lines"><h2>{escape(EXPORT_HELP_LINES_HEADING)}</h2>'
            f"<p>{escape(CRISIS_HEADING)}:</p><ul>{items}</ul></section>")


def css_string(value: str) -> str:
    """`value` (already inert) as a quoted CSS string that cannot end early: every
    character but letters, digits and a few marks is a six-digit CSS escape, so no
    quote, backslash or "</style" can appear in the page's own text. The space after
    each escape ends it and is not shown (CSS syntax), so a real space survives."""
    safe = {" ", ".", ",", ":", "-"}
    out = (ch if (ch.isascii() and ch.isalnum()) or ch in safe else f"\\{ord(ch):06x} "
           for ch in value)
    return '"' + "".join(out) + '"'


def _footer_css(selected: Selected, title: str) -> str:
    short = inert(" ".join(title.split()))
    if len(short) > 60:
        short = short[:59] + "…"
    left = css_string(f"{short} · exported {selected.exported:%Y-%m-%d %H:%M}")
    return PAGE_CSS.replace("LEFT", left, 1)


def _header(selected: Selected, title: str) -> list[str]:
    from mi_journal.messages.export import EXPORT_HTML_INTRO, EXPORT_PACK_INTRO

    report = selected.pack_report
    about = count_and_period(selected.entries)
    exported = f"{selected.exported:%Y-%m-%d %H:%M}"
    parts = [f"<h1>{text(title)}</h1>"]
    if report is None:
        parts.append(f'<p class="intro">{escape(EXPORT_HTML_INTRO)}</p>')
        parts.append(f'<p class="meta">Exported {exported} · {escape(about)}</p>')
        return parts
    parts.append(f'<p class="intro">{escape(EXPORT_PACK_INTRO)}</p>')
    rows = [(fact.label, fact.value) for fact in report.facts]
    rows.append(("In this report", f"{about} · exported {exported}"))
    parts.append('<table class="about">')
    parts.extend(f"<tr><th>{escape(label)}</th><td>{text(value)}</td></tr>"
                 for label, value in rows)
    parts.append("</table>")
    return parts


def _left_out(selected: Selected) -> list[str]:
    if not selected.left_out:
        return []
    from mi_journal.messages.export import export_left_out

    return [f'<p class="left-out"><strong>{text(export_left_out(selected.left_out))}'
            "</strong></p>"]


def render_html(selected: Selected) -> str:
    from mi_journal.messages.export import EXPORT_HTML_TITLE, EXPORT_NO_ENTRIES

    entries = selected.entries
    report = selected.pack_report
    title = report.title if report is not None else EXPORT_HTML_TITLE
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text(title)}</title>",
        f"<style>{CSS}{_footer_css(selected, title)}</style>",
        "</head>",
        "<body>",
        *_header(selected, title),
        *_left_out(selected),
        _rulers(selected),
    ]
    marks = crisis_marks(selected.goals, entries)
    if selected.goals:
        parts.append("<h2>Goals</h2>")
        parts.extend(_goal(goal, marked)
                     for goal, marked in zip(selected.goals, marks.goals, strict=True))
    left_out = False
    if selected.selection.change_talk:
        change_talk, left_out = _change_talk(entries, selected.hidden_quotes)
        parts.append(change_talk)
    parts.append("<h2>Entries</h2>")
    if not entries:
        parts.append(f"<p>{escape(EXPORT_NO_ENTRIES)}</p>")
    parts.extend(_entry(entry, report, marked)
                 for entry, marked in zip(entries, marks.entries, strict=True))
    if marks.need_help_lines(entries, left_out):
        parts.append(_help_lines(selected.crisis_line))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)

"""A Markdown export for reading: questions as asked, answers, summaries, goals.

The person's words are kept as written, inside block quotes so they stand
apart from the structure; control and escape characters are spelled out.
Everything the person (or a pack) wrote is made literal for a Markdown
renderer (`md_text`): HTML tags cannot become live, links and images cannot
form, and a line cannot turn into a heading, list or code block, so what a
counsellor sees rendered is exactly the words that were written.
"""

from __future__ import annotations

import re

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

# Characters that start inline structure anywhere: emphasis, code spans, links and
# images. `(`, `)` and `!` are left as they are: with `[` escaped no link or image
# can form, and escaping every parenthesis would make plain writing hard to read.
_INLINE = re.compile(r"([`*_\[\]~|])")
# At the start of a line: headings, block quotes, list items, setext underlines,
# fences (~~~; ``` is escaped as inline already).
_LINE_MARK = re.compile(r"^(\s*)([#+=-])")
_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])")


def md_text(text: str) -> str:
    """`text` (already inert) as literal Markdown: rendered, it reads as written."""
    text = text.replace("\\", "\\\\")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    lines = []
    for line in text.split("\n"):
        line = _LINE_MARK.sub(r"\1\\\2", line)
        lines.append(_LINE_NUMBER.sub(r"\1\\\2", line))
    return "\n".join(lines)


def _quote(text: str) -> list[str]:
    """The person's text as a block quote that keeps its line breaks when rendered:
    a line followed by another line of the same paragraph ends in two spaces (a hard
    break), so a list typed line by line does not run together into one line."""
    lines = md_text(inert(text)).split("\n")
    quoted = []
    for index, line in enumerate(lines):
        if not line:
            quoted.append(">")
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        quoted.append(f"> {line}  " if following else f"> {line}")
    return quoted


def _one_line(text: str) -> str:
    return md_text(" ".join(inert(text).split()))


def _goal(goal: Goal, marked: bool) -> list[str]:
    lines = [f"### {_one_line(goal.title)}", "", f"*{' · '.join(goal_facts(goal))}*", ""]
    if marked:  # marked as such an entry is
        from mi_journal.messages.export import EXPORT_CRISIS_IN_GOAL

        lines += [f"**{EXPORT_CRISIS_IN_GOAL}**", ""]
    if goal.why:
        lines += ["Why it matters:", "", *_quote(goal.why), ""]
    for step in goal.steps:
        lines.append(f"- [{'x' if step.done else ' '}] {_one_line(step.text)}")
    if goal.steps:
        lines.append("")
    for note in goal.notes:
        lines += [f"Note, {note.at:%Y-%m-%d}:", "", *_quote(note.text), ""]
    return lines


def _entry(entry: Entry, report: PackReport | None, marked: bool) -> list[str]:
    facts = entry_facts(entry, with_pack=report is None)
    lines = [f"### {when(entry)} · {' · '.join(_one_line(f) for f in facts)}", ""]
    if entry.title and (report is None or entry.title != report.title):
        lines += [f"**{_one_line(entry.title)}**", ""]
    if entry.tags:
        lines += ["Tags: " + ", ".join(_one_line(tag) for tag in entry.tags), ""]
    if marked:
        from mi_journal.messages.export import EXPORT_CRISIS_IN_ENTRY

        lines += [f"**{EXPORT_CRISIS_IN_ENTRY}**", ""]
    if entry.text:
        lines += [*_quote(entry.text), ""]
    shown, skipped = answered(entry)
    for answer in shown:
        lines += [f"**{_one_line(answer.question)}**", ""]
        values = answer_lines(answer)
        if isinstance(answer.value, list):
            lines += [f"- {_one_line(item)}" for item in values] or ["- (none)"]
        else:
            lines += _quote("\n".join(values))
        lines.append("")
    if skipped:
        from mi_journal.messages.export import export_skipped_count

        lines += [f"*{export_skipped_count(skipped)}*", ""]
    if entry.summary:
        lines += ["Summary:", "", *_quote(entry.summary), ""]
    return lines


def _rulers(entries: list[Entry]) -> list[str]:
    """The rulers over the period as a table, as the HTML report shows them beside
    its chart: how many readings, the first and the latest, and the range."""
    from mi_journal.messages.export import EXPORT_NO_READINGS, EXPORT_RULERS_HEADING
    from mi_journal.reflect.trends import build_trend, readings_from_entries, summarise

    lines = [f"## {EXPORT_RULERS_HEADING}", ""]
    trend = build_trend(readings_from_entries(entries))
    if not trend.readings:
        return [*lines, EXPORT_NO_READINGS, ""]
    lines += ["| ruler | readings | first | latest | range |", "| --- | ---: | --- | --- | --- |"]
    for item in summarise(trend):
        lines.append(
            f"| {item.ruler.value} | {item.count} "
            f"| {item.first.value} ({item.first.at:%Y-%m-%d}) "
            f"| {item.latest.value} ({item.latest.at:%Y-%m-%d}) "
            f"| {item.lowest}-{item.highest} |"
        )
    return [*lines, ""]


def _change_talk(entries: list[Entry], hidden: frozenset[str]) -> tuple[list[str], bool]:
    """The section, and whether it left crisis words out (and said so)."""
    from mi_journal.messages.export import (
        EXPORT_CHANGE_TALK_HEADING,
        EXPORT_CHANGE_TALK_INTRO,
        EXPORT_CHANGE_TALK_NONE,
        EXPORT_CRISIS_LEFT_OUT,
    )

    lines = [f"## {EXPORT_CHANGE_TALK_HEADING}", "", EXPORT_CHANGE_TALK_INTRO, ""]
    left_out = crisis_left_out(entries)
    if left_out:
        lines += [EXPORT_CRISIS_LEFT_OUT, ""]
    groups = change_talk_groups(entries, hidden)
    if not groups:
        return [*lines, EXPORT_CHANGE_TALK_NONE, ""], left_out
    for group in groups:
        lines += [f"### {kind_heading(group.kind)}", ""]
        lines += [f"- \u201c{_one_line(quote.text)}\u201d ({quote.day:%Y-%m-%d})"
                  for quote in group.quotes]
        lines.append("")
    return lines, left_out


def _header(selected: Selected) -> list[str]:
    from mi_journal.messages.export import EXPORT_HTML_TITLE, EXPORT_PACK_INTRO

    about = count_and_period(selected.entries)
    exported = f"Exported {selected.exported:%Y-%m-%d %H:%M} · {about}"
    report = selected.pack_report
    if report is None:
        return [f"# {EXPORT_HTML_TITLE}", "", exported, ""]
    lines = [f"# {_one_line(report.title)}", "", EXPORT_PACK_INTRO, ""]
    lines += [f"- {fact.label}: {_one_line(fact.value)}" for fact in report.facts]
    return [*lines, f"- {exported}", ""]


def _left_out(selected: Selected) -> list[str]:
    if not selected.left_out:
        return []
    from mi_journal.messages.export import export_left_out

    return [f"**{_one_line(export_left_out(selected.left_out))}**", ""]


def _help_lines(own_line: str) -> list[str]:
    from mi_journal.messages.crisis import CRISIS_HEADING
    from mi_journal.messages.export import EXPORT_HELP_LINES_HEADING

    return [f"## {EXPORT_HELP_LINES_HEADING}", "", f"{CRISIS_HEADING}:", "",
            # Our own lines as written ("Suicide & Crisis"); the person's made literal.
            *(f"- {line}" for line in help_lines_on_paper(_one_line(own_line))), ""]


def render_markdown(selected: Selected) -> str:
    from mi_journal.messages.export import EXPORT_NO_ENTRIES

    entries = selected.entries
    marks = crisis_marks(selected.goals, entries)
    lines = [*_header(selected), *_left_out(selected), *_rulers(entries)]
    if selected.goals:
        lines += ["## Goals", ""]
        for goal, marked in zip(selected.goals, marks.goals, strict=True):
            lines += _goal(goal, marked)
    left_out = False
    if selected.selection.change_talk:
        change_talk, left_out = _change_talk(entries, selected.hidden_quotes)
        lines += change_talk
    lines += ["## Entries", ""]
    if not entries:
        lines += [EXPORT_NO_ENTRIES, ""]
    for entry, marked in zip(entries, marks.entries, strict=True):
        lines += _entry(entry, selected.pack_report, marked)
    if marks.need_help_lines(entries, left_out):
        lines += _help_lines(selected.crisis_line)
    return "\n".join(lines).rstrip("\n") + "\n"

"""A Markdown export for reading: questions as asked, answers, summaries, goals.

The person's words are kept as written, inside block quotes so they stand
apart from the structure; control and escape characters are spelled out.
"""

from __future__ import annotations

from mi_journal.exporting.common import (
    answer_lines,
    change_talk_groups,
    entry_facts,
    goal_facts,
    kind_heading,
    period,
    when,
)
from mi_journal.exporting.selection import Selected
from mi_journal.models import Entry, Goal
from mi_journal.textsafe import inert


def _quote(text: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in inert(text).split("\n")]


def _one_line(text: str) -> str:
    return " ".join(inert(text).split())


def _goal(goal: Goal) -> list[str]:
    lines = [f"### {_one_line(goal.title)}", "", f"*{' · '.join(goal_facts(goal))}*", ""]
    if goal.why:
        lines += ["Why it matters:", "", *_quote(goal.why), ""]
    for step in goal.steps:
        lines.append(f"- [{'x' if step.done else ' '}] {_one_line(step.text)}")
    if goal.steps:
        lines.append("")
    for note in goal.notes:
        lines += [f"Note, {note.at:%Y-%m-%d}:", "", *_quote(note.text), ""]
    return lines


def _entry(entry: Entry) -> list[str]:
    heading = f"### {when(entry)} · {' · '.join(entry_facts(entry))}"
    lines = [heading, ""]
    if entry.title:
        lines += [f"**{_one_line(entry.title)}**", ""]
    if entry.tags:
        lines += ["Tags: " + ", ".join(_one_line(tag) for tag in entry.tags), ""]
    if entry.text:
        lines += [*_quote(entry.text), ""]
    for answer in entry.answers:
        lines += [f"**{_one_line(answer.question)}**", ""]
        values = answer_lines(answer)
        if isinstance(answer.value, list) and not answer.skipped:
            lines += [f"- {_one_line(item)}" for item in values] or ["- (none)"]
        else:
            lines += _quote("\n".join(values))
        lines.append("")
    if entry.summary:
        lines += ["Summary:", "", *_quote(entry.summary), ""]
    return lines


def _change_talk(entries: list[Entry]) -> list[str]:
    from mi_journal.messages import (
        EXPORT_CHANGE_TALK_HEADING,
        EXPORT_CHANGE_TALK_INTRO,
        EXPORT_CHANGE_TALK_NONE,
    )

    lines = [f"## {EXPORT_CHANGE_TALK_HEADING}", "", EXPORT_CHANGE_TALK_INTRO, ""]
    groups = change_talk_groups(entries)
    if not groups:
        return [*lines, EXPORT_CHANGE_TALK_NONE, ""]
    for group in groups:
        lines += [f"### {kind_heading(group.kind)}", ""]
        lines += [f"- \u201c{_one_line(quote.text)}\u201d ({quote.day:%Y-%m-%d})"
                  for quote in group.quotes]
        lines.append("")
    return lines


def render_markdown(selected: Selected) -> str:
    from mi_journal.messages import EXPORT_HTML_TITLE, EXPORT_NO_ENTRIES

    entries = selected.entries
    noun = "entry" if len(entries) == 1 else "entries"
    about = f"{len(entries)} {noun}"
    if entries:
        about += f", {period(entries)}"
    lines = [
        f"# {EXPORT_HTML_TITLE}",
        "",
        f"Exported {selected.exported:%Y-%m-%d %H:%M} · {about}",
        "",
    ]
    if selected.goals:
        lines += ["## Goals", ""]
        for goal in selected.goals:
            lines += _goal(goal)
    if selected.selection.change_talk:
        lines += _change_talk(entries)
    lines += ["## Entries", ""]
    if not entries:
        lines += [EXPORT_NO_ENTRIES, ""]
    for entry in entries:
        lines += _entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n"

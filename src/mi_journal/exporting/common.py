"""Wording shared by the readable formats (Markdown and HTML)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mi_journal.storage.models import Answer, Entry, EntryKind, Goal

if TYPE_CHECKING:
    from mi_journal.reflect.summaries import KindGroup


def when(entry: Entry) -> str:
    return f"{entry.created:%Y-%m-%d %H:%M}"


def entry_facts(entry: Entry, *, with_pack: bool = True) -> list[str]:
    """Kind, stage and pack, e.g. ["interview", "evoking", "pack: evoking"].

    A check-in mixes questions of several stages, so it is not labelled with the one
    an older file records (the stage most of its answers came from; entries of several
    stages now record none). `with_pack=False`
    for a report of one pack, whose header already names it.
    """
    facts = [entry.kind.value]
    if entry.stage is not None and entry.kind is not EntryKind.checkin:
        facts.append(entry.stage.value)
    if entry.pack is not None and with_pack:
        facts.append(f"pack: {entry.pack}")
    return facts


def answered(entry: Entry) -> tuple[list[Answer], int]:
    """The answers a report shows, and how many skipped questions it leaves out."""
    shown = [answer for answer in entry.answers
             if not answer.skipped and answer.value is not None]
    return shown, len(entry.answers) - len(shown)


def answer_lines(answer: Answer) -> list[str]:
    """What the person answered, as lines of plain text (a list answer: one per item)."""
    from mi_journal.messages.export import EXPORT_SKIPPED

    value = answer.value
    if answer.skipped or value is None:
        return [EXPORT_SKIPPED]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, int):
        return [f"{value} / 10" if answer.ruler is not None else str(value)]
    if isinstance(value, list):
        return list(value)
    return [value]


def goal_facts(goal: Goal) -> list[str]:
    # "set aside" in words, as `mij goals` shows it (the stored value is set-aside).
    facts = [goal.status.value.replace("-", " ")]
    if goal.target is not None:
        facts.append(f"target {goal.target.isoformat()}")
    done = sum(1 for step in goal.steps if step.done)
    if goal.steps:
        facts.append(f"{done} of {len(goal.steps)} steps done")
    return facts


def count_and_period(entries: list[Entry]) -> str:
    """E.g. "3 entries, 2026-03-01 to 2026-03-09" for a report's opening line."""
    noun = "entry" if len(entries) == 1 else "entries"
    about = f"{len(entries)} {noun}"
    return f"{about}, {period(entries)}" if entries else about


def period(entries: list[Entry]) -> str:
    if not entries:
        return ""
    first, last = entries[0].created, entries[-1].created
    if first.date() == last.date():
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"


def change_talk_groups(
    entries: list[Entry], hidden: frozenset[str] = frozenset()
) -> list[KindGroup]:
    """The person's own change talk in these entries, mobilizing kinds first: the
    same selection as `mij reflect` (no crisis language, none they set aside)."""
    from mi_journal.reflect.summaries import change_talk_section

    return change_talk_section(entries, hidden=hidden)


def crisis_left_out(entries: list[Entry]) -> bool:
    """Whether some of the person's words here held crisis language: the change-talk
    section never lists it and says so in one line instead."""
    from mi_journal.reflect.summaries import crisis_left_out as left_out

    return left_out(entries) > 0


def points_to_help_lines(entry: Entry) -> bool:
    """The entry's stored summary says some words were left out as painful and names
    `mij crisis`, which means nothing on paper: the export then carries the lines."""
    from mi_journal.messages.summary import SUMMARY_CRISIS_LEFT_OUT

    return SUMMARY_CRISIS_LEFT_OUT in (entry.summary or "")


@dataclass(frozen=True)
class CrisisMarks:
    """Which goals and entries of an export hold crisis words (each read once), in the
    export's order, and whether the export ends with the help lines."""

    goals: list[bool]
    entries: list[bool]

    def need_help_lines(self, entries: list[Entry], change_talk_left_out: bool) -> bool:
        """Any mark, a change-talk section that left words out, or a stored summary
        that points to `mij crisis`: a printed page then carries the lines."""
        return (change_talk_left_out or any(self.goals) or any(self.entries)
                or any(points_to_help_lines(entry) for entry in entries))


def crisis_marks(goals: list[Goal], entries: list[Entry]) -> CrisisMarks:
    from mi_journal.crisis.entries import entry_sounds_like_crisis, goal_sounds_like_crisis

    return CrisisMarks([goal_sounds_like_crisis(goal) for goal in goals],
                       [entry_sounds_like_crisis(entry) for entry in entries])


def help_lines_on_paper(own_line: str) -> list[str]:
    """The help lines printed once at the end of an export that holds a crisis mark (a
    printed page cannot run `mij crisis`): the person's own line first when set (never
    called free or always open), then the United States lines, labelled, with 988 for
    people worried about someone, then findahelpline.com for everywhere else."""
    from mi_journal.messages import crisis as crisis_msg
    from mi_journal.messages.export import EXPORT_OWN_LINE_PREFIX

    own = " ".join(own_line.split())
    lines = [f"{EXPORT_OWN_LINE_PREFIX} {own}"] if own else []
    for line in crisis_msg.CRISIS_LINES:
        lines.append(line)
        if line == crisis_msg.CRISIS_LINE_988:
            lines.append(crisis_msg.CRISIS_SOMEONE_ELSE)
    return lines


def kind_heading(kind: str) -> str:
    from mi_journal.messages.export import EXPORT_KIND_HEADINGS

    return EXPORT_KIND_HEADINGS.get(kind, kind)

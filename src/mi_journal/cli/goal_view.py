"""One goal as the terminal shows it: title, status, target, why, steps and notes.
Shared by `mij goals show` and the home screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.render import say

if TYPE_CHECKING:
    from mi_journal.storage.models import Goal


def print_goal(goal: Goal) -> None:
    from mi_journal.cli.render import console, safe, say_text
    from mi_journal.goals.editing import status_label
    from mi_journal.messages import goals as goals_msg

    out = console()
    say(out, goal.title, "bold")
    facts = [goals_msg.goal_id_fact(goal.id), status_label(goal.status)]
    if goal.target:
        facts.append(goals_msg.goal_target_fact(goal.target.isoformat()))
    say(out, " · ".join(facts), "dim")
    if goal.why:
        say_text(out, safe(goals_msg.GOAL_WHY_LABEL, "bold") + safe(goal.why), hang=2)
    if goal.steps:
        say(out, goals_msg.GOAL_STEPS_LABEL, "bold")
        for number, step in enumerate(goal.steps, start=1):
            mark = "[x]" if step.done else "[ ]"
            lead = f"  {number}. {mark} "
            say_text(out, safe(lead) + safe(step.text), hang=len(lead))
    if goal.notes:
        say(out, goals_msg.GOAL_NOTES_LABEL, "bold")
        for note in goal.notes:
            say_text(out, safe(f"  {note.at:%Y-%m-%d}  ", "dim") + safe(note.text), hang=14)
    say(out, goals_msg.goal_dates(f"{goal.created:%Y-%m-%d %H:%M}",
                                  f"{goal.updated:%Y-%m-%d %H:%M}"), "dim")

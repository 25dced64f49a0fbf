"""`mij goals review` names each goal by its id in the heading, with its title unless
the title itself holds crisis words (walk6: a goal whose NOTE held crisis words was
asked about as "this goal" with "(Enter keeps the title)", and with several goals the
person could not tell which). Domain and a real terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect

from mi_journal.core.paths import Paths
from mi_journal.goals import editing as g
from mi_journal.goals.review import THIS_GOAL, GoalReview
from mi_journal.messages import goal_review as goal_review_msg
from mi_journal.storage.models import GoalStatus
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen

NOTE = "some nights i think everyone would be better off without me"


def _goal_with_painful_note(paths: Paths) -> str:
    goal = g.add_goal(paths, "Walk after dinner")
    g.change_status(paths, goal.id, GoalStatus.active, note=NOTE)
    return goal.id


def test_a_painful_note_keeps_the_title_out_of_questions_but_names_the_goal(
    paths: Paths
) -> None:
    goal_id = _goal_with_painful_note(paths)
    review = GoalReview.of(g.get_goal(paths, goal_id))
    assert THIS_GOAL in review.ask("went_well")  # unchanged: not quoted as a goal to aim at
    assert review.named_title == "Walk after dinner"
    assert goal_review_msg.review_heading(1, 2, review.goal_id, review.named_title) == (
        f"Goal 1 of 2: Walk after dinner ({goal_id})")
    painful = GoalReview.of(g.add_goal(paths, "Stop thinking about ending it all"))
    assert painful.named_title is None
    assert goal_review_msg.review_heading(2, 2, painful.goal_id, painful.named_title) == (
        f"Goal 2 of 2: your goal {painful.goal_id}")


def test_review_heading_names_each_goal_in_a_terminal(journal_home: Path, paths: Paths) -> None:
    goal_id = _goal_with_painful_note(paths)
    painful = g.add_goal(paths, "Stop thinking about ending it all")
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                          env=subprocess_env(journal_home, COLUMNS="200", TERM="dumb"),
                          encoding="utf-8", timeout=30, dimensions=(50, 200))
    child.logfile_read = io.StringIO()
    for heading in (f"Walk after dinner ({goal_id})", f"your goal {painful.id}"):
        child.expect_exact(heading)
        child.expect_exact("What has gone well with this goal lately")
        child.expect_exact("> ")
        child.sendline("")
        child.expect_exact("What got in the way")
        child.expect_exact("> ")
        child.sendline("")
        child.expect_exact("What would you like to do with this goal now?")
        child.expect_exact("> ")
        child.sendline("k")
    child.expect_exact(f"Walk after dinner ({goal_id}): keeping it going")
    child.expect_exact(f"Goal {painful.id}: keeping it going")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "ending it all" not in terminal_log(child)

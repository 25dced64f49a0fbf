"""One check for "this goal's own words hold crisis language" (title, why, steps, notes),
beside the entry check in crisis/entries.py, and what `mij goals review` makes of it
(walk-through: "What has gone well with “Stop thinking about ending it all” lately?")."""

from __future__ import annotations

import pytest

from mi_journal.core.paths import Paths
from mi_journal.crisis.entries import goal_sounds_like_crisis, goal_touches_crisis, goal_words
from mi_journal.goals.editing import add_goal, add_step, change_status, get_goal
from mi_journal.goals.review import THIS_GOAL, GoalReview, review_entry
from mi_journal.messages import goal_review as goal_review_msg
from mi_journal.storage.models import GoalStatus

PAINFUL = ("I have been putting a few aside in the drawer, enough to not wake up if it gets "
           "bad again")
NEGATED = "I'm not suicidal, I just want to sleep better"


@pytest.mark.parametrize("where", ["title", "why", "step", "note"])
def test_crisis_words_anywhere_in_the_goal_are_found(paths: Paths, where: str) -> None:
    goal = add_goal(paths, PAINFUL if where == "title" else "Cut down on weeknights",
                    why=PAINFUL if where == "why" else "for my grandkids")
    if where == "step":
        add_step(paths, goal.id, PAINFUL)
    if where == "note":
        change_status(paths, goal.id, GoalStatus.active, note=PAINFUL)
    goal = get_goal(paths, goal.id)
    assert PAINFUL in goal_words(goal)
    assert goal_sounds_like_crisis(goal) and goal_touches_crisis(goal)


def test_ordinary_and_negated_goals(paths: Paths) -> None:
    plain = add_goal(paths, "Walk after dinner", why="to sleep better", steps=["shoes out"])
    assert not goal_sounds_like_crisis(plain) and not goal_touches_crisis(plain)
    idiom = add_goal(paths, "Take my life back from alcohol")
    assert not goal_sounds_like_crisis(idiom) and not goal_touches_crisis(idiom)
    # Negated: not marked, and never quoted back either.
    negated = add_goal(paths, NEGATED)
    assert not goal_sounds_like_crisis(negated)
    assert goal_touches_crisis(negated)


def test_review_says_this_goal_instead_of_quoting_painful_words(paths: Paths) -> None:
    painful = add_goal(paths, "Stop thinking about ending it all")
    review = GoalReview.of(painful)
    question = review.ask("went_well")
    assert "ending it all" not in question and THIS_GOAL in question
    assert question == "What has gone well with this goal lately, even in a small way?"
    line = goal_review_msg.review_outcome(review.goal_id, review.shown_title, review.outcome)
    assert line == f"Goal {painful.id}: keeping it going"
    entry = review_entry([review])  # the questions are stored as they were asked
    assert not any("ending it all" in answer.question for answer in entry.answers)
    negated = GoalReview.of(add_goal(paths, NEGATED))
    assert "suicidal" not in negated.ask("went_well")


def test_review_still_quotes_an_ordinary_title(paths: Paths) -> None:
    review = GoalReview.of(add_goal(paths, "Walk after dinner"))
    assert review.ask("went_well") == (
        "What has gone well with \u201cWalk after dinner\u201d lately, even in a small way?")
    line = goal_review_msg.review_outcome(review.goal_id, review.shown_title, review.outcome)
    assert line.startswith("Walk after dinner (")

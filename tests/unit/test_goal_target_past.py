"""A goal target typed with --target that has already passed ("yesterday", "3 days ago",
an earlier date) is refused in one line, on add and on edit; nothing is saved. Decided:
refuse rather than accept with a note (a target is somewhere to aim; a goal that starts
out overdue helps no one). Targets already stored are never refused."""

from __future__ import annotations

from datetime import date

import pytest

from mi_journal.core.errors import UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.goals.editing import add_goal, get_goal, target_from_words
from mi_journal.messages import goals as goals_msg
from mi_journal.storage.goals import load_goals
from tests.conftest import Cli

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("yesterday", "2026-12-04"), ("3 days ago", "2026-12-02"), ("-1w", "2026-11-28"),
    ("2026-12-04", "2026-12-04"), ("1 year ago", "2025-12-05"),
])
def test_a_past_target_is_refused(text: str, day: str) -> None:
    with pytest.raises(UsageProblem) as refused:
        target_from_words(text, today=TODAY)
    assert refused.value.message == goals_msg.target_in_the_past(text, day)
    assert day in refused.value.message and "\n" not in refused.value.message


@pytest.mark.parametrize(("text", "day"), [
    ("today", date(2026, 12, 5)), ("tomorrow", date(2026, 12, 6)), ("2w", date(2026, 12, 19)),
    ("2026-12-05", date(2026, 12, 5)), ("+7d", date(2026, 12, 12)),
])
def test_today_and_later_are_taken(text: str, day: date) -> None:
    assert target_from_words(text, today=TODAY) == day


def test_add_refuses_and_saves_nothing(cli: Cli, paths: Paths) -> None:
    result = cli(["goals", "add", "walk after dinner", "--target", "yesterday"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mij: the target 'yesterday' (")
    assert result.stderr.count("\n") == 1
    assert not paths.goals.exists() or load_goals(paths).goals == []
    result = cli(["goals", "add", "walk after dinner", "--target", "today"])
    assert result.exit_code == 0, result.output


def test_edit_refuses_and_changes_nothing(cli: Cli, paths: Paths) -> None:
    goal = add_goal(paths, "walk after dinner", target=date(2099, 1, 1))
    for past in ("yesterday", "3 days ago"):
        result = cli(["goals", "edit", goal.id, "--target", past])
        assert result.exit_code == 2
        assert "has passed" in result.stderr and result.stderr.startswith("mij: the target")
    assert get_goal(paths, goal.id).target == date(2099, 1, 1)
    assert cli(["goals", "edit", goal.id, "--target", "+2w"]).exit_code == 0


def test_a_stored_target_that_has_passed_stays(paths: Paths) -> None:
    goal = add_goal(paths, "call the clinic", target=date(2020, 1, 1))  # as an import keeps it
    assert get_goal(paths, goal.id).target == date(2020, 1, 1)

"""A choice answered in words that clearly match one choice ("make a plan i guess")
is asked about, "Did you mean 1, “make a plan”?", as a ruler's number among words is;
never taken silently. Domain, --answers through the CLI, and a real terminal (walk6)."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.engine import ChoiceGuess, Interview, closest_choice
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.registry import find_pack
from tests.conftest import Cli, mij_command, subprocess_env, welcome_seen

NEXT = ["make a plan", "try one small step and see how it goes", "think it over some more",
        "nothing for now"]
WAYS = ["cutting down", "taking a break from it", "stopping altogether", "using more safely",
        "not sure yet", "something else"]


@pytest.mark.parametrize(("answer", "choices", "expected"), [
    ("make a plan i guess", NEXT, 1), ("a plan", NEXT, 1), ("small step", NEXT, 2),
    ("i want to think it over", NEXT, 3), ("nothing really", NEXT, 4),
    ("maybe cut down", WAYS, 1), ("take a break", WAYS, 2), ("stop", WAYS, 3),
    ("not sure", WAYS, 5),
    # Not clear: nothing, or more than one choice, matches as well.
    ("not sure", NEXT, None), ("idk", NEXT, None), ("both", NEXT, None), ("weed", WAYS, None),
    ("plan a small step", NEXT, None),
])
def test_closest_choice(answer: str, choices: list[str], expected: int | None) -> None:
    assert closest_choice(answer, choices) == expected


def test_submit_asks_rather_than_takes(paths: Paths) -> None:
    interview = Interview(find_pack(paths, "planning").pack)
    interview.submit("drinking on weeknights")
    while interview.current() is not None and interview.current().prompt.id != "next":  # type: ignore[union-attr]
        interview.skip()
    with pytest.raises(ChoiceGuess) as asked:
        interview.submit("make a plan i guess")
    assert (asked.value.guess, asked.value.choice) == (1, "make a plan")
    assert interview.current().prompt.id == "next"  # type: ignore[union-attr]  # not taken


def test_answers_file_names_the_guess(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "a.toml"
    answers.write_text('focus = "drinking on weeknights"\nnext = "make a plan i guess"\n')
    result = cli(["interview", "planning", "--answers", str(answers)], env={"COLUMNS": "400"})
    assert result.exit_code != 0
    assert interview_msg.choice_guess_in_file(4, 1, "make a plan") in result.stderr


def test_in_a_terminal_enter_takes_the_guess(journal_home: Path) -> None:
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "interview", "planning"],
                          encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="200",
                                             LINES="50"))
    child.expect_exact("What would you like to think through today?")
    child.expect_exact("> ")
    child.sendline("drinking on weeknights")
    child.expect_exact("How ready")
    child.expect_exact("> ")
    child.sendline("6")
    child.expect_exact("What puts you at 6")
    child.expect_exact("> ")
    child.sendline("my kids")
    child.sendline("")
    child.expect_exact("what, if anything, would you like to do next?")
    child.expect_exact("> ")
    child.sendline("make a plan i guess")
    child.expect_exact(interview_msg.choice_did_you_mean(1, "make a plan"))
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("What would you like to aim for?")  # "make a plan" was taken
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()

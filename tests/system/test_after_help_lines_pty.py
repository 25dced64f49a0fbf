"""After the help lines, in a real terminal: `mij interview planning` as the walk-through
met it. The answer after the one that showed the help lines is never quoted, and no goal
is offered; one kind line says goals can be added any time."""

from __future__ import annotations

from pathlib import Path

import pexpect

from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen


def test_planning_after_the_help_lines_in_a_terminal(journal_home: Path) -> None:
    import io

    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "interview", "planning"], encoding="utf-8", timeout=30,
        dimensions=(50, 200),
        env=subprocess_env(journal_home, TERM="dumb", COLUMNS="200", LINES="50"))
    child.logfile_read = io.StringIO()
    child.expect_exact("What would you like to think through today?")
    child.expect_exact("> ")
    child.sendline("getting rid of the doses i saved up to end it")
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.sendline("")
    child.expect_exact("what, if anything, would you like to do next?")
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("What would you like to aim for?")
    child.expect_exact("> ")
    child.sendline("Give Maria the dog and my good coat")
    child.expect_exact("What might get in the way?")
    child.expect_exact("> ")
    child.sendline("money")
    child.sendline("")
    child.expect_exact("If any of that happens, what could you do then?")
    child.expect_exact("> ")
    child.sendline("call Dr Patel")
    child.sendline("")
    child.expect_exact("How will you know it is working for you?")
    child.expect_exact("> ")
    child.sendline("sleeping through")
    child.expect_exact("Saved in your journal")
    child.expect_exact("mij goals add")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = " ".join(terminal_log(child).split())
    assert interview_msg.GOAL_OFFER_HELD_BACK in screen
    assert interview_msg.GOAL_OFFER_QUESTION.strip() not in screen
    # Typed once (the terminal echoes it), never shown back in a question or the summary.
    assert screen.count("Give Maria") == 1
    assert not (journal_home / "goals.toml").exists()

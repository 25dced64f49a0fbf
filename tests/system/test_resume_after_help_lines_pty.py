"""`mij resume` of an interview whose earlier answer showed the help lines says one
gentle line naming `mij crisis` before the next question (walk6: it opened straight at
the next question, with no word); a draft without them gets no such line. In a real
terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect

from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen

TIMEOUT = 30


def spawn(home: Path, *args: str) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], *args], encoding="utf-8", timeout=TIMEOUT,
        dimensions=(50, 200), env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"),
    )
    child.logfile_read = io.StringIO()
    return child


def pause_after(home: Path, first_answer: str, painful: bool) -> None:
    child = spawn(home, "interview", "planning")
    child.expect_exact("What would you like to think through today?")
    child.expect_exact("> ")
    child.sendline(first_answer)
    if painful:
        child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
        child.sendline("")
    child.expect(r"2 of \d+")
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    child.expect(pexpect.EOF)
    child.close()


def resumed_screen(home: Path) -> str:
    child = spawn(home, "resume")
    child.expect(r"2 of \d+")
    child.expect_exact("> ")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    return " ".join(terminal_log(child).split())


def test_resume_after_the_help_lines_says_so_once(journal_home: Path) -> None:
    welcome_seen(journal_home)
    pause_after(journal_home, "getting rid of the doses i saved up to end it", painful=True)
    screen = resumed_screen(journal_home)
    assert screen.count(interview_msg.RESUME_AFTER_HELP_LINES) == 1
    assert screen.index(interview_msg.RESUME_AFTER_HELP_LINES) < screen.index(
        "what, if anything, would you like to do next?")


def test_resume_of_an_ordinary_draft_says_nothing_of_the_lines(journal_home: Path) -> None:
    welcome_seen(journal_home)
    pause_after(journal_home, "drinking on weeknights", painful=False)
    assert "`mij crisis`" not in resumed_screen(journal_home)

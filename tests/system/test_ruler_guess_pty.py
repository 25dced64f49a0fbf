"""In a terminal: "idk like a 3??" at a ruler asks "Did you mean 3?"; Enter takes 3,
"n" asks for the number again."""

from __future__ import annotations

from pathlib import Path

import pexpect

from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, welcome_seen

TIMEOUT = 30


def _spawn(home: Path) -> pexpect.spawn[str]:
    command = mij_command()
    return pexpect.spawn(command[0], [*command[1:], "interview", "rulers"], encoding="utf-8",
                         timeout=TIMEOUT, dimensions=(50, 200),
                         env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"))


def _to_the_ruler(child: pexpect.spawn[str]) -> None:
    child.expect_exact("> ")
    child.sendline("drinking on weeknights")
    child.expect_exact("How important")
    child.expect_exact("> ")


def test_did_you_mean_then_enter(journal_home: Path) -> None:
    welcome_seen(journal_home)
    child = _spawn(journal_home)
    _to_the_ruler(child)
    child.sendline("idk like a 3??")
    child.expect_exact(interview_msg.scale_did_you_mean(3))
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("What puts you at 3 and not at 1?")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()


def test_did_you_mean_then_no(journal_home: Path) -> None:
    welcome_seen(journal_home)
    child = _spawn(journal_home)
    _to_the_ruler(child)
    child.sendline("maybe 5ish")
    child.expect_exact(interview_msg.scale_did_you_mean(5))
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(interview_msg.scale_out_of_range(0, 10))
    child.expect_exact("> ")
    child.sendline("4")
    child.expect_exact("What puts you at 4 and not at 2?")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()

"""The walk-through in a real terminal: "nothing for now" as the focus closes focusing
kindly, and the next evoking interview does not offer it back."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect

from mi_journal.messages import interview as interview_msg
from mi_journal.messages import summary as summary_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, text_before, welcome_seen

TIMEOUT = 30
FOCUS = "In your own words, what would you like to focus on for now?"


def _spawn(home: Path, *args: str) -> pexpect.spawn[str]:
    command = mij_command()
    return pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8",
                         timeout=TIMEOUT, dimensions=(50, 200),
                         env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"))


def test_nothing_for_now_closes_focusing_and_is_not_offered_again(journal_home: Path) -> None:
    welcome_seen(journal_home)
    child = _spawn(journal_home, "interview", "focusing")
    child.logfile_read = io.StringIO()
    child.expect_exact("Pick any that fit.")
    child.expect_exact("> ")
    child.sendline(":skip")
    child.expect_exact(FOCUS)
    child.expect_exact("> ")
    child.sendline("nothing for now")
    child.expect_exact(summary_msg.SUMMARY_DECLINED[:40])
    child.expect_exact("Saved in your journal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = terminal_log(child)
    assert "the thing to look at now" not in shown
    assert shown.count("nothing for now") == 1  # only as typed

    child = _spawn(journal_home, "interview", "evoking")
    child.expect_exact("What habit or part of your life would you like to think about today?")
    child.expect_exact("> ")
    assert interview_msg.SUGGESTED_ANSWER not in text_before(child)
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()

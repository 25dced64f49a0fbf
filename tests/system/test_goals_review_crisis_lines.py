"""`mij goals review`: the help lines are shown once per answer, also when Ctrl-C stops it.

Before, an answer with crisis words showed the lines at once (right), and Ctrl-C at the
next question showed them all again, for the same answer, after "Stopped; ...". Now the
stop shows them only for words not yet read: the line being typed when Ctrl-C came.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pexpect

from mi_journal.goals import editing as g
from mi_journal.messages import crisis as crisis_msg
from mi_journal.storage.entries import load_entries
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen

CRISIS = "I relapsed and honestly I want to kill myself"


def _review(journal_home: Path) -> pexpect.spawn[str]:
    welcome_seen(journal_home)
    command = mij_command()
    return pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                         env=subprocess_env(journal_home, COLUMNS="200", TERM="dumb"),
                         encoding="utf-8", timeout=30, dimensions=(50, 200))


def _stopped(child: pexpect.spawn[str]) -> str:
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    return str(text_before(child))


def test_ctrl_c_after_a_crisis_answer_does_not_show_the_lines_again(
        journal_home: Path, paths: Any) -> None:
    g.add_goal(paths, "Walk after dinner")
    child = _review(journal_home)
    child.expect("What has gone well")
    child.sendline(CRISIS)
    child.expect_exact(crisis_msg.CRISIS_HEADING)
    child.expect("What got in the way")
    child.expect_exact("> ")
    after = _stopped(child)
    assert "Stopped" in after
    assert crisis_msg.CRISIS_HEADING not in after  # shown once, for that answer
    [entry] = load_entries(paths).entries
    assert CRISIS in (entry.text or "")  # what was written is kept as a note


def test_words_typed_when_ctrl_c_came_are_still_read(journal_home: Path, paths: Any) -> None:
    g.add_goal(paths, "Walk after dinner")
    child = _review(journal_home)
    child.expect("What has gone well")
    child.sendline("a walk on Monday")
    child.expect("What got in the way")
    child.expect_exact("> ")
    child.send(CRISIS)  # no Enter: the line being typed
    child.expect_exact("myself")
    after = _stopped(child)
    assert after.count(crisis_msg.CRISIS_HEADING) == 1
    [entry] = load_entries(paths).entries
    assert CRISIS in (entry.text or "")

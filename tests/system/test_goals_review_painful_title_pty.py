"""`mij goals review` in a real terminal: a goal whose own words hold crisis language is
called "this goal", never quoted, in its questions and its outcome line (walk-through)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pexpect

from mi_journal.goals import editing as g
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen


def test_review_calls_a_painful_goal_this_goal(journal_home: Path, paths: Any) -> None:
    painful = g.add_goal(paths, "Stop thinking about ending it all")
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                          env=subprocess_env(journal_home, COLUMNS="200", TERM="dumb"),
                          encoding="utf-8", timeout=30, dimensions=(50, 200))
    child.logfile_read = io.StringIO()
    child.expect_exact("What has gone well with this goal lately, even in a small way?")
    child.expect_exact("> ")
    child.sendline("slept a bit more")
    child.expect_exact("What got in the way")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("What would you like to do with this goal now?")
    child.expect_exact("> ")
    child.sendline("k")
    child.expect_exact(f"Goal {painful.id}: keeping it going")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "ending it all" not in terminal_log(child)

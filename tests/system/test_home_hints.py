"""Every command the home screen (and the first screen before it) tells the person to type
runs as printed, or shows its full form with a placeholder in capitals (TEXT, N).

A goal's key used to say "`mij goals step yp89` adds or marks a step"; typed as shown it
stopped with "Missing argument 'add|done|undo'" (exit 2).
"""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path
from typing import Any

import pexpect

from mi_journal.messages import home as home_msg
from tests.conftest import mij_command, subprocess_env, terminal_log

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
# A command in backticks, or one after a colon (maybe on the next line) that ends a line.
_IN_BACKTICKS = re.compile(r"`(mij(?: [^`]*)?)`")
_AFTER_COLON = re.compile(r":\s+(mij [^`\n]+?)\s*$", re.MULTILINE)
PLACEHOLDERS = {"TEXT": "a first small step", "N": "1"}
USAGE_MISTAKE = re.compile(r"\(see `mij[^`]* --help`\)")  # how every usage error ends


def _setup(paths: Any) -> dict[str, str]:
    from mi_journal.goals import editing as goals
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    bare = goals.add_goal(paths, "Walk after dinner")
    stepped = goals.add_goal(paths, "Fewer weeknight drinks")
    goals.add_step(paths, stepped.id, "tell a friend")
    goals.add_step(paths, stepped.id, "keep soda in the fridge")
    goals.mark_step(paths, stepped.id, 1, done=True)
    for number in range(4):  # more than the home screen lists: it says where the rest are
        interview = Interview(find_pack(paths, "evoking").pack)
        interview.submit("sleep")
        save_draft(paths, draft_from_interview(interview, f"20260101-10000{number}-aaaaa{number}",
                                               now()))
    return {"bare": bare.id, "stepped": stepped.id}


def _spawn(journal_home: Path) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(60, 250),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="250"))
    child.logfile_read = io.StringIO()
    return child


def _seen(child: pexpect.spawn[str], status: int) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status
    return _ANSI.sub("", terminal_log(child)).replace("\r\n", "\n")


def _home_screens(journal_home: Path) -> str:
    """Two runs in a real terminal. The first: the welcome, each goal's key, and a note
    stopped with Ctrl-C (kept, with how to delete it); the second: the crisis key."""
    child = _spawn(journal_home)
    while child.expect_exact([home_msg.WELCOME_MORE.strip(), "> "]) == 0:
        child.sendline("")
    for key in ("1", "2"):
        child.sendline(key)
        child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact("> ")
    child.send("a line I may not keep")
    child.expect_exact("keep")  # read by the line editor, not only queued
    child.sendintr()
    first = _seen(child, 130)
    child = _spawn(journal_home)
    child.expect_exact("> ")
    child.sendline("c")
    child.expect_exact(home_msg.HOME_AFTER_CRISIS.strip())
    child.sendline("")  # back to the menu
    child.expect_exact("> ")
    child.sendline("q")
    return first + _seen(child, 0)


def _hints(screen: str) -> set[str]:
    return {*_IN_BACKTICKS.findall(screen), *_AFTER_COLON.findall(screen)}


def _filled(hint: str) -> list[str]:
    words = shlex.split(hint)[1:]
    for word in words:
        assert not word.isupper() or word in PLACEHOLDERS, f"unknown placeholder in {hint!r}"
    return [PLACEHOLDERS.get(word, word) for word in words]


def test_every_hint_on_the_home_screen_runs(journal_home: Path, paths: Any, cli: Any) -> None:
    ids = _setup(paths)
    screen = _home_screens(journal_home)
    hints = _hints(screen)
    # What the screens above must have offered, so the test cannot pass on nothing.
    for expected in (f"mij goals step {ids['bare']} add TEXT",
                     f"mij goals step {ids['stepped']} add TEXT",
                     f"mij goals step {ids['stepped']} done 2", "mij goals review",
                     "mij resume --list", "mij crisis",
                     'mij config set crisis_line "name and number"'):
        assert expected in hints, (expected, sorted(hints))
    assert any(hint.startswith("mij delete ") for hint in hints), sorted(hints)
    for hint in sorted(hints):
        result = cli(_filled(hint), input="")
        shown = result.stdout + result.stderr
        assert not USAGE_MISTAKE.search(shown), (hint, shown)
        # Without a terminal, commands that ask (a review, a delete) say they need one.
        assert result.exit_code == 0 or "terminal" in result.stderr, (hint, shown)


def test_the_goal_hint_names_the_first_open_step() -> None:
    assert home_msg.home_goal_next("ab12") == [
        "`mij goals step ab12 add TEXT` adds a step;",
        "`mij goals review` looks at each goal in turn."]
    assert "`mij goals step ab12 done 3` marks step 3 done;" in home_msg.home_goal_next(
        "ab12", 3)


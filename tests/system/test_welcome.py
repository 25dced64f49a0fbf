"""The first screen shows the same help lines as `mij crisis`, in pages that fit 24 rows.

The welcome used to build its own, shorter block: 988, SAMHSA, 911 and findahelpline.com,
without the overdose steps (911, Poison Help 1-800-222-1222, naloxone, staying with the
person) and without the line saying 988 answers people worried about someone else.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pexpect
import pytest

from mi_journal.cli.crisis import crisis_text
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
ROWS = 24


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_welcome_holds_what_mij_crisis_shows(journal_home: Path) -> None:
    from mi_journal.cli.welcome import welcome_parts

    [crisis_part] = [part for part in welcome_parts()
                     if (crisis_msg.CRISIS_HEADING, "bold") in part]
    assert [line for line, _ in crisis_part] == crisis_text("", None, reference=True)
    styles = dict(crisis_part)
    assert styles[crisis_msg.CRISIS_OVERDOSE_HEADING] == "bold"
    assert styles[crisis_msg.CRISIS_SET_LOCAL_HINT] == "dim"


def _pages(journal_home: Path, columns: int) -> list[list[str]]:
    """The first screen in a real ROWS x columns terminal, one list of rows per page (each
    page ends at the row where it waits for Enter)."""
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(ROWS, columns),
                          env=subprocess_env(journal_home, TERM="xterm-256color",
                                             COLUMNS=str(columns), LINES=str(ROWS)))
    child.logfile_read = io.StringIO()
    pages: list[list[str]] = []
    while child.expect_exact([home_msg.WELCOME_MORE.strip(), "> "]) == 0:
        text = _ANSI.sub("", terminal_log(child)).replace("\r\n", "\n")
        child.logfile_read = io.StringIO()
        pages.append(text.split("\n"))
        child.sendline("")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return pages


@pytest.mark.parametrize("columns", [60, 80])
def test_the_welcome_shows_every_line_and_each_page_fits(journal_home: Path,
                                                          columns: int) -> None:
    pages = _pages(journal_home, columns)
    for page in pages:
        # The row left from the Enter before this page is still on the screen, too.
        assert len(page) + 1 <= ROWS, page
    [crisis_page] = [flat(" ".join(page)) for page in pages
                     if crisis_msg.CRISIS_HEADING in " ".join(page)]
    for line in crisis_text("", None, reference=True):
        assert flat(line) in crisis_page, line
    for needed in ("1-800-222-1222", "naloxone", "988 also answers people worried about "
                   "someone else", "Stay with the person", "911", "1-800-662-4357"):
        assert needed in crisis_page, needed


def test_the_home_screens_crisis_key_shows_what_mij_crisis_shows(journal_home: Path) -> None:
    """It showed the shorter block too: no overdose steps, no line for someone else."""
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(ROWS, 80),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="80"))
    child.logfile_read = io.StringIO()
    child.expect_exact("> ")
    child.sendline("c")
    child.expect_exact(home_msg.HOME_AFTER_CRISIS.strip())
    shown = flat(terminal_log(child).split("> c", 1)[1])
    assert shown == flat("\n".join([*crisis_text("", None, reference=True),
                                     home_msg.HOME_AFTER_CRISIS])), shown
    # Enter: back to the menu (it used to end mij here), where q leaves as always.
    child.sendline("")
    child.expect_exact(home_msg.HOME_CHOICE_CRISIS)
    child.expect_exact("> ")
    child.sendline("q")
    child.expect_exact(home_msg.HOME_GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


# --- the first session on a terminal, whatever the command (tests/cli/test_welcome_first_run.py
# has the same in-process) -------------------------------------------------------------------


def _spawn(journal_home: Path, args: list[str], columns: int) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                          dimensions=(ROWS, columns),
                          env=subprocess_env(journal_home, TERM="xterm-256color",
                                             COLUMNS=str(columns), LINES=str(ROWS)))
    child.logfile_read = io.StringIO()
    return child


def _until(child: pexpect.spawn[str], text: str) -> str:
    """Enter at each of the welcome's waits until `text` shows; what was shown, flat."""
    while child.expect_exact([home_msg.WELCOME_MORE.strip(), text]) == 0:
        child.sendline("")
    return flat(_ANSI.sub("", terminal_log(child)))


def _stop(child: pexpect.spawn[str], keys: str, status: int = 0) -> None:
    child.sendline(keys)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == status


def test_homework_do_as_the_first_command_shows_it_once(journal_home: Path, cli: Any,
                                                        tmp_path: Path, paths: Any) -> None:
    """A counsellor's client: `mij pack add FILE`, then `mij homework do ID`."""
    from tests.unit.test_homework import today_pack

    pack = tmp_path / "week-one.toml"
    pack.write_text(today_pack(), "utf-8")
    added = cli(["pack", "add", str(pack)])
    assert added.exit_code == 0 and home_msg.WELCOME_TITLE not in added.output
    first = _spawn(journal_home, ["homework", "do", "week-one"], 60)
    shown = _until(first, "What did you notice today?")
    _stop(first, ":q")
    assert shown.count(home_msg.WELCOME_TITLE) == 1
    for needed in ("plain, unencrypted text", "988", "1-800-222-1222", "findahelpline.com"):
        assert needed in shown, needed
    assert shown.index(crisis_msg.CRISIS_HEADING) < shown.index("What did you notice today?")
    again = _spawn(journal_home, ["interview", "evoking"], 60)
    again.expect_exact("> ")
    assert home_msg.WELCOME_TITLE not in terminal_log(again)
    _stop(again, ":q")


def test_an_interview_as_the_first_command_shows_it_once(journal_home: Path) -> None:
    first = _spawn(journal_home, ["interview", "evoking"], 100)
    shown = _until(first, "> ")
    _stop(first, ":q")
    assert shown.count(home_msg.WELCOME_TITLE) == 1 and crisis_msg.CRISIS_HEADING in shown
    home = _spawn(journal_home, [], 100)  # the home screen after it: no welcome again
    home.expect_exact("> ")
    assert home_msg.WELCOME_TITLE not in terminal_log(home)
    _stop(home, "q")


def test_a_first_note_is_saved_then_the_welcome_follows(journal_home: Path) -> None:
    first = _spawn(journal_home, ["note", "a", "first", "note"], 60)
    first.expect_exact("Saved your note")
    shown = _until(first, home_msg.WELCOME_ENDING.split()[-1])
    first.expect(pexpect.EOF)
    first.close()
    assert first.exitstatus == 0
    assert shown.count(home_msg.WELCOME_TITLE) == 1 and crisis_msg.CRISIS_HEADING in shown
    assert shown.index("Saved your note") < shown.index(home_msg.WELCOME_TITLE)
    again = _spawn(journal_home, ["note", "another"], 60)
    again.expect(pexpect.EOF)
    again.close()
    assert home_msg.WELCOME_TITLE not in terminal_log(again)

"""Crisis words again in the same sitting: the lines again, in a few rows (walk6).

The walk-through's check-in at 80x24: the first answer ("whats the point of any of it")
showed the full lines; the second, more explicit one ("i hope i dont wake up tomorrow")
showed only "The help lines are shown above ...", which had scrolled away: no number
anywhere on screen. Now a later answer brings the person's own line (when set), 988
and 911 (labelled US) and findahelpline.com again, and an overdose or someone else at
risk still brings the full block. One function (`cli/crisis.print_crisis_again`) does
this for interviews and check-ins, goal reviews and notes typed at a pause.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pexpect
import pytest

from mi_journal.cli.crisis import needs_full_block, reminder_text
from mi_journal.crisis.detect import detect_crisis
from mi_journal.goals import editing as g
from mi_journal.messages import crisis as crisis_msg
from tests.cli.test_crisis_fits import OWN, ROWS, SPARE, fitted, flat, interview_pause
from tests.conftest import mij_command, subprocess_env, text_before

FIRST = "rough. whats the point of any of it"
SECOND = "honestly i hope i dont wake up tomorrow"
ABOVE_ONLY = "shown above"


def compact_needs(text: str, own: str) -> None:
    """What the reminder must hold: the person's own line first when set, 988 labelled
    US (with 911), findahelpline.com, and never only 'shown above'."""
    text = " ".join(text.split())
    if own:
        assert f"{crisis_msg.CRISIS_LOCAL_PREFIX} {own}" in text
        assert text.index(own) < text.index("988")
    assert "US: call or text 988" in text
    assert "911" in text
    assert "findahelpline.com" in text
    assert ABOVE_ONLY not in text


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("own", ["", OWN])
def test_the_reminder_holds_the_lines_and_fits_a_small_screen(own: str, width: int) -> None:
    finding = detect_crisis(SECOND)
    assert finding is not None
    block = reminder_text(own, finding)
    compact_needs(flat(block), own)
    assert block[0] == crisis_msg.CRISIS_GENTLE_NOTE
    # A few rows: well under a 24-row screen with the pause's own lines.
    assert len(fitted(block, width)) <= 8, fitted(block, width)
    assert interview_pause(block, width) <= ROWS - SPARE


@pytest.mark.parametrize(("text", "full"), [
    (SECOND, False),
    ("I took all my pills", True),
    ("my friend says she wants to kill herself", True),
])
def test_an_overdose_or_someone_else_keeps_the_full_block(text: str, full: bool) -> None:
    finding = detect_crisis(text)
    assert finding is not None
    assert needs_full_block(finding, shown_before=False)
    assert needs_full_block(finding, shown_before=True) is full


def checkin(cli: Any, monkeypatch: pytest.MonkeyPatch, second: str, width: int = 80) -> str:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    typed = [FIRST, "", "nothing", "2", second, "", ":q"]
    result = cli(["checkin"], input="\n".join(typed) + "\n", env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    # What follows the second answer's question.
    after = result.stdout.split("What puts you at 2 and not lower?", 1)[1]
    return " ".join(after.split())


@pytest.mark.parametrize("width", [60, 80])
def test_walk6_second_answer_in_a_checkin_shows_the_lines_again(
        cli: Any, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    assert cli(["config", "set", "crisis_line", OWN]).exit_code == 0
    after = checkin(cli, monkeypatch, SECOND, width)
    compact_needs(after, OWN)
    assert " ".join(crisis_msg.CRISIS_GENTLE_NOTE.split()) in after
    assert crisis_msg.CRISIS_HEADING not in after  # the reminder, not the block again


def test_walk6_second_answer_without_an_own_line(
        cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    after = checkin(cli, monkeypatch, SECOND)
    compact_needs(after, "")
    assert crisis_msg.CRISIS_LOCAL_PREFIX not in after


def test_a_later_overdose_brings_the_full_steps(
        cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    after = checkin(cli, monkeypatch, "I took all my pills an hour ago")
    assert crisis_msg.CRISIS_OVERDOSE_HEADING in after
    assert "1-800-222-1222" in after
    assert "findahelpline.com" in after


@pytest.mark.usefixtures("welcomed")
def test_goal_review_second_crisis_answer_shows_the_lines_again(
        cli: Any, paths: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    g.add_goal(paths, "Walk")
    result = cli(["goals", "review"], input="\n".join([FIRST, SECOND, "", ""]) + "\n",
                 env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert text.count(crisis_msg.CRISIS_HEADING) == 1  # the full block once
    after = text.split(crisis_msg.CRISIS_HEADING, 1)[1]
    after = after.split(" ".join(crisis_msg.REVIEW_CRISIS_CONTINUE.split()), 1)[1]
    compact_needs(after.split("What would you like to do")[0], "")


@pytest.mark.usefixtures("welcomed")
def test_walk6_in_a_real_24x80_terminal(journal_home: Path) -> None:
    """The walk-through's steps typed into a 24x80 pseudo-terminal: from the second
    answer to the prompt that waits, everything fits the screen and holds the lines."""
    (journal_home / "config.toml").write_text(f'schema = 1\ncrisis_line = "{OWN}"\n')
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "checkin"], encoding="utf-8", timeout=30,
        dimensions=(ROWS, 80),
        env=subprocess_env(journal_home, TERM="dumb", COLUMNS="80", LINES=str(ROWS)),
    )
    child.expect_exact("How did today go")
    child.expect_exact("> ")
    child.sendline(FIRST)
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.send("\r")
    child.expect_exact("glad about?")
    child.expect_exact("> ")
    child.sendline("nothing")
    child.expect_exact("from 0 to 10?")
    child.expect_exact("> ")
    child.sendline("2")
    child.expect_exact("What puts you at 2 and not lower?")
    child.expect_exact("> ")
    child.sendline(SECOND)
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    after_answer = text_before(child).split(SECOND, 1)[1]
    rows = after_answer.replace("\r\n", "\n").split("\n")[1:]
    assert len(rows) <= ROWS - SPARE, rows
    compact_needs(flat(rows), OWN)
    child.sendline(":q")
    child.expect(pexpect.EOF)

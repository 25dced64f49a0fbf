"""The home screen fits 24 rows at 80 columns when much is going on (walk6: 3 goals, a
paused interview and the painful-words line pushed the first line off the screen): when
the menu would not fit, the numbered keys share one row, and each still works."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pexpect

from mi_journal.core.paths import Paths
from mi_journal.goals import editing as g
from mi_journal.interview.drafts import draft_from_interview, save_draft
from mi_journal.interview.engine import Interview
from mi_journal.journal.notes import add_quick_note
from mi_journal.messages import home as home_msg
from mi_journal.packs.registry import find_pack
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, now
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen


def _busy_journal(paths: Paths, drafts: int) -> list[str]:
    for days in (3, 2):
        created = now() - timedelta(days=days)
        write_new_entry(paths, Entry(
            id=new_entry_id(created), created=created, kind=EntryKind.checkin,
            answers=[Answer(prompt="importance", question="How important?",
                            kind=AnswerKind.scale, value=5 + days, ruler=Ruler.importance)]))
    add_quick_note(paths, "I have been saving up my sleeping pills.", [])
    ids = [g.add_goal(paths, title).id for title in (
        "Walk after dinner every evening this week", "Call my sister on Sunday",
        "No drinks on weeknights")]
    for number in range(drafts):
        interview = Interview(find_pack(paths, "planning").pack)
        interview.submit("drinking on weeknights")
        created = now() - timedelta(minutes=number + 1)
        save_draft(paths, draft_from_interview(interview, new_entry_id(created), created))
    return ids


def _first_screen(home: Path, rows: int) -> tuple[pexpect.spawn[str], list[str]]:
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(rows, 80),
                          env=subprocess_env(home, TERM="dumb", COLUMNS="80",
                                             LINES=str(rows)))
    child.logfile_read = io.StringIO()
    child.expect_exact(home_msg.HOME_CHOICE_CRISIS)
    child.expect_exact("> ")
    return child, terminal_log(child).replace("\r", "").split("\n")


def test_a_busy_home_screen_fits_24_rows_and_its_goal_keys_work(
    journal_home: Path, paths: Paths
) -> None:
    welcome_seen(journal_home)
    ids = _busy_journal(paths, drafts=3)
    child, shown = _first_screen(journal_home, 24)
    assert len(shown) <= 24, shown  # the prompt's row included: the first line stays
    assert shown[0].startswith("3 entries in your journal")
    assert home_msg.HOME_RECENT_PAIN.split(".")[0] in " ".join(shown)
    [folded] = [row for row in shown if row.startswith("  [1-3] ")]
    assert "1 your goal: Walk" in folded and "2 your goal: Call" in folded and len(folded) <= 80
    child.sendline("2")
    child.expect_exact(ids[1])  # the second goal, shown with its id and commands
    child.expect_exact("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()


def test_a_quiet_home_screen_keeps_a_row_per_goal(journal_home: Path, paths: Paths) -> None:
    welcome_seen(journal_home)
    _busy_journal(paths, drafts=0)
    child, shown = _first_screen(journal_home, 24)
    assert [row for row in shown if row.startswith(("  [1] ", "  [2] ", "  [3] "))]
    assert not [row for row in shown if row.startswith("  [1-3]")]
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()

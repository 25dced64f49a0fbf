"""The home screen's pickers ("i" any stage or pack, "r" one of several paused
interviews): stepping back out of one brings the menu again, as the picker says
("Enter goes back"). Walked: Enter there ended `mij` without a word."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.drafts import list_drafts
from mi_journal.messages import home as home_msg
from tests.cli.test_home_note import feed
from tests.conftest import mij_command, subprocess_env, welcome_seen


def _pause_two_interviews(paths: Paths) -> None:
    from datetime import timedelta

    from mi_journal.interview.drafts import draft_from_interview, new_draft_id, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    for minutes, pack_id in enumerate(("checkin", "values")):
        created = now() - timedelta(minutes=minutes)
        interview = Interview(find_pack(paths, pack_id).pack)
        save_draft(paths, draft_from_interview(interview, new_draft_id(created), created))


@pytest.mark.parametrize("step_back", ["", "q"])
def test_stepping_back_out_of_the_pack_picker_brings_the_menu_again(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    step_back: str,
) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["i", step_back, "q"])
    run_home_screen()
    out = capsys.readouterr().out
    after = out[out.index(home_msg.HOME_PICK_INTRO):]
    assert home_msg.HOME_CHOICES_INTRO in after
    assert after.rstrip().endswith(home_msg.HOME_GOODBYE)
    assert not paths.entries.exists() or not any(paths.entries.rglob("*.toml"))


def test_stepping_back_out_of_the_draft_picker_brings_the_menu_again(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    _pause_two_interviews(paths)
    assert len(list_drafts(paths).drafts) == 2
    feed(monkeypatch, ["r", "q", "q"])
    run_home_screen()
    out = capsys.readouterr().out
    after = out[out.index(home_msg.HOME_PICK_DRAFT):]
    assert "[r] " + home_msg.HOME_CHOICE_RESUME in after
    assert after.rstrip().endswith(home_msg.HOME_GOODBYE)
    assert len(list_drafts(paths).drafts) == 2


def test_in_a_terminal_enter_in_the_pack_picker_goes_back(journal_home: Path) -> None:
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(50, 200),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="200",
                                             LINES="50"))
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)
    child.expect_exact("> ")
    child.sendline("i")
    child.expect_exact(home_msg.HOME_PICK_INTRO)
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)
    child.expect_exact("> ")
    child.sendline("q")
    child.expect_exact(home_msg.HOME_GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

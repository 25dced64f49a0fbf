"""`mij resume --list` (and the home screen's list) marks a draft open in another terminal.

Before, a draft being answered in one terminal was listed like any other, and only
`mij resume` of it said that it was in use.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pexpect

from mi_journal.interview.drafts import draft_is_open, holding_draft, list_drafts
from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, welcome_seen

PACKS = Path(__file__).parents[1] / "data" / "packs"


def _paused(home: Path, focus: str) -> str:
    """Start the mini pack in a terminal, answer the focus, quit: one draft kept."""
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "interview", "--pack", "mini-evoking"],
                          encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env=subprocess_env(home, TERM="dumb", COLUMNS="200"))
    child.expect_exact("> ")
    child.sendline(focus)
    child.expect_exact("What worries you")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    return focus


def _home(journal_home: Path) -> Path:
    packs = journal_home / "packs"
    packs.mkdir(parents=True)
    shutil.copy(PACKS / "mini-evoking.toml", packs / "mini-evoking.toml")
    welcome_seen(journal_home)
    return journal_home


def test_a_draft_held_by_another_program_is_marked(cli: Any, journal_home: Path,
                                                   paths: Any) -> None:
    home = _home(journal_home)
    _paused(home, "sleep")
    _paused(home, "walks")
    drafts = list_drafts(paths).drafts
    assert len(drafts) == 2
    assert not any(draft_is_open(paths, d.id) for d in drafts)
    listed = cli(["resume", "--list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and interview_msg.DRAFT_OPEN_ELSEWHERE not in listed.stdout

    # Open the first one in another terminal, really: a second process resumes it.
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "resume", drafts[1].id],
                          encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env=subprocess_env(home, TERM="dumb", COLUMNS="200"))
    child.expect_exact("What worries you")
    child.expect_exact("> ")
    assert draft_is_open(paths, drafts[1].id) and not draft_is_open(paths, drafts[0].id)
    listed = cli(["resume", "--list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    [open_line] = [line for line in lines if line.startswith(drafts[1].id)]
    [other_line] = [line for line in lines if line.startswith(drafts[0].id)]
    assert open_line.endswith(interview_msg.DRAFT_OPEN_ELSEWHERE)
    assert interview_msg.DRAFT_OPEN_ELSEWHERE not in other_line
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    after = cli(["resume", "--list"], env={"COLUMNS": "200"})
    assert interview_msg.DRAFT_OPEN_ELSEWHERE not in after.stdout


def test_draft_is_open_in_this_process_too(paths: Any) -> None:
    """The domain check: a lock held (here, by this process through another descriptor),
    none held, and no lock file at all."""
    assert not draft_is_open(paths, "20260101-000000-abcd")
    with holding_draft(paths, "20260101-000000-abcd"):
        assert draft_is_open(paths, "20260101-000000-abcd")
    assert not draft_is_open(paths, "20260101-000000-abcd")
    assert not (paths.locks / "draft-20260101-000000-abcd.lock").exists()

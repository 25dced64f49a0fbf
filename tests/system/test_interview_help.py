"""The `?` help says what an empty Enter does: on an optional question the first one asks
("Press Enter again to skip this one"), the second skips. It used to say that one empty
line skips, which the interview has not done since the confirmation came in."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect
import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen


def test_the_help_says_two_empty_enters_skip_and_they_do(journal_home: Path) -> None:
    from mi_journal.interview.drafts import read_draft

    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "interview", "engaging"],
                          encoding="utf-8", timeout=30, dimensions=(24, 80),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="80"))
    child.logfile_read = io.StringIO()
    child.expect_exact("1 of 10 · optional")
    child.expect_exact("> ")
    child.sendline("?")
    child.expect_exact("> ")
    help_shown = " ".join(text_before(child).split())
    assert ":skip skip a question marked optional (two empty Enters do too)" in help_shown
    assert "Enter on an empty line does too" not in help_shown
    child.sendline("")  # the first empty Enter asks
    child.expect_exact(interview_msg.SKIP_CONFIRM)
    child.expect_exact("> ")
    assert "2 of 10" not in text_before(child)
    child.sendline("")  # the second skips
    child.expect_exact(interview_msg.SKIPPED_NOTE)
    child.expect_exact("2 of 10")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    [draft] = [read_draft(path) for path in (journal_home / "drafts").glob("*.toml")]
    assert [(a.prompt, a.skipped) for a in draft.answers][:1] == [("on-your-mind", True)]


def test_the_keys_wrap_under_their_descriptions_at_60_columns(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from mi_journal.cli.interview_ui import InterviewUI
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack

    monkeypatch.setenv("COLUMNS", "60")
    buffer = io.StringIO()
    out = Console(file=buffer, width=60, no_color=True, highlight=False)
    ui = InterviewUI(paths, Interview(find_pack(paths, "engaging").pack), out=out)
    ui._say_keys()
    rows = buffer.getvalue().splitlines()
    assert all(len(row) <= 60 for row in rows), rows
    skip = next(n for n, row in enumerate(rows) if row.startswith(":skip"))
    assert rows[skip + 1] == " " * interview_msg.INTERVIEW_KEYS_COLUMN + "Enters do too)", rows
    editor = next(n for n, row in enumerate(rows) if row.startswith(":e or :edit"))
    assert rows[editor + 1].startswith(" " * interview_msg.INTERVIEW_KEYS_COLUMN + "$EDITOR"), rows
    assert rows[-1] == "ends them.", rows  # the closing sentence is no key: it does not hang

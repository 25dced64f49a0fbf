"""Layout breaks the walk-through (walk6) met: no line break inside a command, an id, a
date, a path or a "(y, or n ...)" choice. CliRunner at the widths met, and pexpect where
the line is a question on a terminal; the HTML keeps dates and phone numbers whole."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect
import pytest

from mi_journal.changetalk.select import quote_ref
from mi_journal.core.paths import Paths
from mi_journal.interview.drafts import draft_from_interview, holding_draft, save_draft
from mi_journal.interview.engine import Interview
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.registry import find_pack
from mi_journal.storage.entries import new_entry_id
from mi_journal.storage.models import now
from tests.cli.test_goals import spawn_goal_edit_clash
from tests.conftest import Cli, mij_command, subprocess_env, terminal_log, welcome_seen
from tests.unit.test_reflect_hide import _save


@pytest.mark.parametrize("columns", [60, 80, 90, 100, 120])
def test_reflect_hide_keeps_the_unhide_command_whole(
    cli: Cli, paths: Paths, columns: int
) -> None:
    _save(paths)
    ref = quote_ref("I poured the rest of the wine out.")
    result = cli(["reflect", "hide", ref], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if "mij reflect unhide" in line]
    assert f"`mij reflect unhide {ref}`" in line
    assert all(len(row) <= columns for row in result.stdout.splitlines())


def _draft(paths: Paths) -> str:
    interview = Interview(find_pack(paths, "planning").pack)
    interview.submit("drinking on weeknights")
    draft = draft_from_interview(interview, new_entry_id(now()), now())
    save_draft(paths, draft)
    return draft.id


def test_resume_list_keeps_open_in_another_terminal_now_whole(cli: Cli, paths: Paths) -> None:
    draft_id = _draft(paths)
    with holding_draft(paths, draft_id):  # as another terminal answering it would
        result = cli(["resume", "--list"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert any(interview_msg.DRAFT_OPEN_ELSEWHERE in row for row in rows), rows
    assert any("last touched 2026-" in row or "last touched 20" in row for row in rows), rows
    assert all(len(row) <= 80 for row in rows)


def test_resume_discard_question_keeps_last_touched_whole(journal_home: Path,
                                                         paths: Paths) -> None:
    welcome_seen(journal_home)
    draft_id = _draft(paths)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "resume", "--discard", draft_id],
                          encoding="utf-8", timeout=30, dimensions=(24, 80),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="80"))
    child.logfile_read = io.StringIO()
    child.expect_exact("[y/N]")
    child.expect_exact("> ")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    rows = terminal_log(child).replace("\r", "").splitlines()
    [row] = [row for row in rows if "last touched" in row]
    assert f"last touched {now():%Y-%m-%d}" in row and len(row) <= 80, rows


def test_goal_edit_clash_question_keeps_its_choice_whole_at_80(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    child, _ = spawn_goal_edit_clash(cli, paths, tmp_path, 24, 80)
    child.logfile_read = io.StringIO()
    child.expect_exact("(y, or n to keep your edit aside)")
    child.sendline("n")
    child.expect_exact("your edit is kept at")
    child.expect(pexpect.EOF)
    child.close()
    rows = terminal_log(child).replace("\r", "").splitlines()
    assert all(len(row) <= 80 for row in rows if "(y, or n" in row or "on top of" in row)


def test_doctor_breaks_a_long_path_after_a_slash_never_past_the_edge(
    cli: Cli, tmp_path: Path
) -> None:
    home = tmp_path / "a-rather-long-folder-name-for-the-journal" / "and-deeper" / "home"
    result = cli(["note", "hello"], env={"MI_JOURNAL_HOME": str(home)})
    assert result.exit_code == 0
    home.chmod(0o755)  # a finding that names the path again
    result = cli(["doctor"], env={"MI_JOURNAL_HOME": str(home), "COLUMNS": "60"})
    rows = result.stdout.splitlines()
    assert all(len(row) <= 60 for row in rows), rows
    path_rows = [row for row in rows if "a-rather-long" in row or "and-deeper" in row]
    assert path_rows and all(row.startswith("  ") for row in path_rows), rows
    joined = "".join(row.strip() for row in rows[:4])
    assert str(home) in joined.replace("Checked your data folder:", "")
    wide = cli(["doctor"], env={"MI_JOURNAL_HOME": str(home), "COLUMNS": "400"})
    assert f"Checked your data folder: {home}" in wide.stdout  # whole when it fits


def test_html_keeps_dates_and_phone_numbers_whole(cli: Cli, paths: Paths,
                                                  tmp_path: Path) -> None:
    from mi_journal.journal.notes import add_quick_note

    add_quick_note(paths, "I will call the clinic tomorrow.", [])
    add_quick_note(paths, "I have been saving up my sleeping pills.", [])
    out = tmp_path / "r.html"
    assert cli(["export", "--format", "html", "--change-talk", "-o", str(out)]).exit_code == 0
    page = out.read_text("utf-8")
    assert f'<span class="day">{now():%Y-%m-%d}</span>' in page
    assert '<span class="whole">1-800-662-4357</span>' in page
    assert ".day, .whole { white-space: nowrap; }" in page

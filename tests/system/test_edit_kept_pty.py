"""Ctrl-C at the question after an edit that cannot be saved, in a real terminal: the
edited text is kept in drafts/edits/ and one line says where (`mij edit`, `mij goals
edit`). See tests/cli/test_edit_kept_on_stop.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import common as common_msg
from tests.cli.test_edit_kept_on_stop import BREAKING_EDITOR
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen


def _run(home: Path, *args: str) -> str:
    done = subprocess.run([*mij_command(), *args], env=subprocess_env(home), check=True,
                          capture_output=True, text=True)
    return done.stdout


@pytest.mark.parametrize("what", ["entry", "goal"])
def test_ctrl_c_at_the_question_keeps_the_edit_and_says_where(
        journal_home: Path, tmp_path: Path, what: str) -> None:
    welcome_seen(journal_home)
    if what == "entry":
        _run(journal_home, "note", "Slept well")
        args = ["edit", json.loads(_run(journal_home, "list", "--json"))[0]["id"]]
    else:
        goal = json.loads(_run(journal_home, "goals", "add", "Walk after dinner", "--json"))
        args = ["goals", "edit", goal["id"]]
    script = tmp_path / "editor.py"
    script.write_text(BREAKING_EDITOR)
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], *args], encoding="utf-8", timeout=30, dimensions=(24, 200),
        env=subprocess_env(journal_home, TERM="dumb", COLUMNS="200", VISUAL="",
                           EDITOR=f"'{sys.executable}' '{script}'"))
    child.expect_exact(common_msg.EDIT_OPEN_AGAIN)
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact("Stopped; your edit is kept in ")
    child.expect_exact(" is as it was.")
    shown = text_before(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    [kept] = list((journal_home / "drafts" / "edits").glob("*.toml"))
    assert str(kept) in "".join(shown.split())  # the line names the file
    assert "my careful words" in kept.read_text(encoding="utf-8")

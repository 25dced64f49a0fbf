"""Leaving the first-run welcome: Ctrl-C at its first page says one line (nothing saved,
`mij` shows it again) and Ctrl-D leaves the same way, rather than going on as Enter
(walk6: Ctrl-C left without a word). Nothing is recorded, so it comes again. Domain (in
process) and a real terminal at 80x24."""

from __future__ import annotations

import io
from pathlib import Path

import pexpect
import pytest
import typer

from mi_journal.core.paths import Paths
from mi_journal.messages import home as home_msg
from tests.conftest import mij_command, subprocess_env, terminal_log


@pytest.mark.parametrize(("key", "code"), [("c", 130), ("d", 0)])
def test_ctrl_c_or_d_at_the_first_page_leaves_with_one_line(journal_home: Path, key: str,
                                                            code: int) -> None:
    command = mij_command()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                          dimensions=(24, 80),
                          env=subprocess_env(journal_home, TERM="dumb", COLUMNS="80",
                                             LINES="24"))
    child.logfile_read = io.StringIO()
    child.expect_exact(home_msg.WELCOME_TITLE)
    child.expect_exact(home_msg.WELCOME_MORE.strip())
    child.sendcontrol(key)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code
    shown = " ".join(terminal_log(child).split())
    assert home_msg.WELCOME_LEFT in shown
    assert "What would you like to do?" not in shown  # it left: no home screen after it
    assert not (journal_home / "config.toml").exists()  # so `mij` shows it again


def test_leaving_after_a_note_says_the_note_is_saved(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mi_journal.cli import welcome

    def stop(prompt: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.line_input.read_line", stop)
    with pytest.raises(typer.Exit) as left:
        welcome.welcome_first_time(after_note=True)
    assert left.value.exit_code == 130
    assert home_msg.WELCOME_LEFT_AFTER_NOTE in " ".join(capsys.readouterr().out.split())
    assert welcome.welcome_due(paths)

"""Pasting several lines into one answer: with bracketed paste (readline 8.1+ in a
terminal that marks pastes) they stay together in the answer they were pasted into."""

from __future__ import annotations

import shutil
from pathlib import Path

import pexpect
import pytest

from tests.conftest import mij_command, subprocess_env, welcome_seen

DATA = Path(__file__).parents[1] / "data" / "packs"


def _readline_marks_pastes() -> bool:
    try:
        import readline
    except ImportError:
        return False
    version = getattr(readline, "_READLINE_LIBRARY_VERSION", "0")
    if "libedit" in (readline.__doc__ or ""):  # macOS-style builds: no bracketed paste
        return False
    parts = version.split(".")
    try:
        return (int(parts[0]), int(parts[1] if len(parts) > 1 else 0)) >= (8, 1)
    except ValueError:
        return False


@pytest.mark.skipif(not _readline_marks_pastes(), reason="needs GNU readline 8.1 or later")
def test_a_bracketed_paste_stays_one_answer(journal_home: Path) -> None:
    packs = journal_home / "packs"
    packs.mkdir(parents=True)
    shutil.copy(DATA / "mini-evoking.toml", packs / "mini-evoking.toml")
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "interview", "--pack", "mini-evoking"],
                          encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env=subprocess_env(journal_home, TERM="xterm-256color",
                                             COLUMNS="200", LINES="50"))
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.send("\x1b[200~my sleep\nand my mornings\n:q\x1b[201~\r")
    child.expect_exact("2 of 12")  # asked, not answered by the pasted lines
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    from mi_journal.interview.drafts import read_draft

    [path] = sorted((journal_home / "drafts").glob("*.toml"))
    answers = {answer.prompt: answer.value for answer in read_draft(path).answers}
    assert answers == {"focus": "my sleep\nand my mornings\n:q"}

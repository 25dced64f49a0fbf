"""`mij resume` offers the focus named earlier exactly as a fresh interview does (the
walk-through: a fresh `mij interview values` offered "weed i guess" at question 4;
after Ctrl-C and `mij resume`, question 4 offered nothing). In a real terminal."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen

TIMEOUT = 30


@pytest.fixture
def home(journal_home: Path) -> Path:
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import new_entry_id, write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage, now

    welcome_seen(journal_home)
    created = now() - timedelta(days=1)
    write_new_entry(get_paths(), Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        stage=Stage.focusing,
        answers=[Answer(prompt="focus", question="What would you like to look at?",
                        kind=AnswerKind.text, value="weed i guess")],
    ))
    return journal_home


def spawn(home: Path, *args: str) -> pexpect.spawn[str]:
    command = mij_command()
    return pexpect.spawn(
        command[0], [*command[1:], *args], encoding="utf-8", timeout=TIMEOUT,
        dimensions=(50, 200), env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"),
    )


def ask(child: pexpect.spawn[str], text: str) -> None:
    child.expect_exact(text)
    child.expect_exact("> ")


def test_resume_offers_the_focus_at_question_4_as_a_fresh_interview_does(home: Path) -> None:
    child = spawn(home, "interview", "values")
    ask(child, "Pick up to five.")
    child.sendline("1,2")
    ask(child, "Which of these matters most to you right now")
    child.sendline("Both of them.")
    child.sendline("")
    ask(child, "How does what you picked show up in your days right now?")
    child.sendintr()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    child = spawn(home, "resume")
    ask(child, "How does what you picked show up in your days right now?")
    child.sendline("At work, mostly.")
    child.sendline("")
    child.expect_exact("4 of ")
    child.expect_exact(interview_msg.SUGGESTED_ANSWER)
    ask(child, "weed i guess")
    assert text_before(child).strip() == ""  # the offer, on the line under its heading
    child.sendline("")  # Enter keeps it
    child.expect_exact(interview_msg.kept_answer("weed i guess"))
    ask(child, 'In what ways does "weed i guess" fit with what you value?')
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    child.expect(pexpect.EOF)

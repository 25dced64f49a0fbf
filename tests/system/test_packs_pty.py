"""The built-in packs' flow in a real pseudo-terminal: the focus carried over from an
earlier entry, an optional ruler, the key question honouring "nothing for now", and a
long menu that keeps its question on screen."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen

TIMEOUT = 30


@pytest.fixture
def home(journal_home: Path) -> Path:
    welcome_seen(journal_home)
    return journal_home


def spawn(home: Path, *args: str) -> pexpect.spawn[str]:
    command = mij_command()
    return pexpect.spawn(
        command[0], [*command[1:], *args], encoding="utf-8", timeout=TIMEOUT,
        dimensions=(24, 100),
        env=subprocess_env(home, TERM="dumb", COLUMNS="100", LINES="24"),
    )


def ask(child: pexpect.spawn[str], text: str) -> None:
    child.expect_exact(text)
    child.expect_exact("> ")


def finish(child: pexpect.spawn[str]) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)


def _earlier_focus(focus: str) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import new_entry_id, write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage, now

    created = now()
    write_new_entry(get_paths(), Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        pack="focusing", stage=Stage.focusing,
        answers=[Answer(prompt="focus", question="In your own words, what would you like "
                        "to focus on for now?", kind=AnswerKind.text, value=focus)],
    ))


def test_planning_carries_the_focus_and_honours_nothing_for_now(home: Path) -> None:
    from mi_journal.storage.entries import load_entries

    _earlier_focus("drinking on weeknights")
    child = spawn(home, "interview", "planning")
    child.expect_exact("What would you like to think through today?")
    child.expect_exact(interview_msg.SUGGESTED_ANSWER)
    child.expect_exact("drinking on weeknights")
    child.expect_exact("> ")
    child.sendline("")  # Enter keeps the focus from focusing
    ask(child, 'How ready do you feel to do something about "drinking on weeknights"')
    child.sendline("2")
    ask(child, "What puts you at 2 and not at 0?")
    child.sendline("")  # a long answer: an empty first line asks, a second one skips it
    child.expect_exact(interview_msg.SKIP_CONFIRM)
    child.sendline("")
    child.expect_exact("what, if anything, would you like to do next?")
    child.expect_exact("4. nothing for now")
    child.expect_exact("> ")
    child.sendline("4")
    ask(child, "That is your call to make.")
    child.sendline("it is on my mind more than before")
    child.sendline("")
    child.expect(pexpect.EOF)
    screen = text_before(child)
    assert interview_msg.GOAL_OFFER_INTRO not in screen
    assert "What steps could you take" not in screen
    child.close()
    assert child.exitstatus == 0
    from mi_journal.core.paths import get_paths

    entries = load_entries(get_paths()).entries
    latest = max(entries, key=lambda e: e.created)
    asked = [a.prompt for a in latest.answers]
    assert asked == ["focus", "readiness", "readiness-lower", "next", "not-now"]
    assert latest.answers[0].value == "drinking on weeknights"


def test_long_values_menu_asks_its_question_after_the_list(home: Path) -> None:
    child = spawn(home, "interview", "values")
    child.expect_exact("being there for my family")
    assert "Looking at these values" not in text_before(child)
    child.expect_exact("openness to new ideas")
    ask(child, "Looking at these values, what matters most to you? Pick up to five.")
    child.sendline(":q")
    assert finish(child) == 0


def test_a_follow_up_is_not_asked_after_idk_in_a_terminal(home: Path) -> None:
    """lint7's walk: extremes asked "What is it about that best outcome that matters most
    to you?" after "idk"; now the interview ends there, and the answer is kept."""
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import load_entries

    child = spawn(home, "interview", "extremes")
    ask(child, "What habit or part of your life would you like to think about?")
    child.sendline("smoking weed")
    ask(child, 'If things with "smoking weed" went on as they are')
    child.sendline("")
    child.expect_exact(interview_msg.SKIP_CONFIRM)
    child.sendline("")
    ask(child, 'If you made a change around "smoking weed", one you chose')
    child.sendline("idk")
    child.sendline("")
    child.expect(pexpect.EOF)
    screen = text_before(child)
    assert "that best outcome" not in screen
    assert "those two pictures" not in screen
    child.close()
    assert child.exitstatus == 0
    latest = max(load_entries(get_paths()).entries, key=lambda e: e.created)
    assert {a.prompt: a.value for a in latest.answers if not a.skipped} == {
        "focus": "smoking weed", "best": "idk"}

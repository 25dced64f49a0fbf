"""What a person types, in a real terminal: pastes stay one answer, Enter never skips
a question unread or leaves home without a word, Ctrl-C keeps what was typed and
ends with one calm line, the first screen waits for Enter, home offers homework and
goals, and bare `mij note` asks for the note."""

from __future__ import annotations

import io
import re
import shutil
import stat
from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import goal_review as goal_review_msg
from mi_journal.messages import home as home_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import journal as journal_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, welcome_seen

DATA = Path(__file__).parents[1] / "data" / "packs"
PROMPTS = Path(__file__).parents[2] / "prompts"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


@pytest.fixture
def home(journal_home: Path) -> Path:
    packs = journal_home / "packs"
    packs.mkdir(parents=True)
    shutil.copy(DATA / "mini-evoking.toml", packs / "mini-evoking.toml")
    welcome_seen(journal_home)
    return journal_home


def spawn(home: Path, *args: str, term: str = "dumb", rows: int = 50, columns: int = 200,
          **env: str) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                          dimensions=(rows, columns),
                          env=subprocess_env(home, TERM=term, **env))
    child.logfile_read = io.StringIO()
    return child


def seen(child: pexpect.spawn[str]) -> str:
    return " ".join(_ANSI.sub("", terminal_log(child)).split())


def notes(home: Path) -> list[str]:
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import load_entries

    entries = load_entries(get_paths()).entries
    texts = [entry.text for entry in entries if entry.text is not None]
    assert len(texts) == len(entries)  # notes, each with its text
    return sorted(texts)


def draft(home: Path):
    from mi_journal.interview.drafts import read_draft

    [path] = sorted((home / "drafts").glob("*.toml"))
    return read_draft(path)


def finish(child: pexpect.spawn[str]) -> int | None:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


# --- pastes ---------------------------------------------------------------------------


def test_a_pasted_note_keeps_its_second_paragraph_without_bracketed_paste(home: Path) -> None:
    child = spawn(home)
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.send("First paragraph.\r\rSecond paragraph.\r")  # one burst, as a paste arrives
    child.expect_exact("Second paragraph.")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact("> ")
    child.sendline("q")
    assert finish(child) == 0
    assert notes(home) == ["First paragraph.\n\nSecond paragraph."]


def test_a_pasted_note_with_bracketed_paste_is_one_answer(home: Path) -> None:
    from tests.system.test_paste import _readline_marks_pastes

    if not _readline_marks_pastes():
        pytest.skip("needs GNU readline 8.1 or later")
    child = spawn(home, term="xterm-256color")
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    # The terminal is asked to mark pastes (Python's readline leaves that off).
    assert "\x1b[?2004h" in terminal_log(child)
    child.send("\x1b[200~First paragraph.\n\nSecond paragraph.\x1b[201~\r")
    child.expect_exact("  ")
    child.send("\r")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact("> ")
    child.sendline("q")
    assert finish(child) == 0
    assert notes(home) == ["First paragraph.\n\nSecond paragraph."]


def test_pasted_lines_stay_in_the_answer_but_typed_ahead_numbers_do_not(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.send("my sleep\rand my mornings\r:q\r")  # a paste into a one-line question
    child.expect_exact("2 of 12")  # asked, not answered by the pasted lines
    child.expect_exact("> ")
    child.sendline("waking at four")
    child.expect_exact("3 of 12")
    child.expect_exact("> ")
    child.send("6\rfor my kids\r\rand my mornings\r\r")  # a number, then a long answer
    child.expect_exact("What might move you from 6")
    child.expect_exact("> ")
    child.sendline(":q")
    assert finish(child) == 0
    answers = {answer.prompt: answer.value for answer in draft(home).answers}
    assert answers["focus"] == "my sleep\nand my mornings\n:q"
    assert answers["worries"] == "waking at four"
    assert answers["importance"] == 6
    assert answers["why-not-lower"] == "for my kids\n\nand my mornings"


# --- Enter ------------------------------------------------------------------------------


def test_an_empty_enter_at_home_asks_again_and_leaving_says_so(home: Path) -> None:
    child = spawn(home)
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(home_msg.HOME_PICK_OR_LEAVE)
    child.expect_exact("> ")
    child.sendline("q")
    child.expect_exact(home_msg.HOME_GOODBYE)
    assert finish(child) == 0


def test_a_double_enter_never_skips_a_question_unread(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.sendline("sleep")
    child.expect_exact("2 of 12")
    child.expect_exact("> ")
    child.sendline("")  # the habitual second Enter
    child.expect_exact(interview_msg.SKIP_CONFIRM)
    child.expect_exact("> ")
    child.sendline("waking at four")
    child.expect_exact("3 of 12")
    child.sendline(":q")
    assert finish(child) == 0
    answers = {answer.prompt: answer.value for answer in draft(home).answers}
    assert answers["worries"] == "waking at four"
    assert interview_msg.SKIPPED_NOTE not in seen(child)


def test_the_long_answer_hint_says_how_to_finish(home: Path) -> None:
    assert "press Enter on an empty line" in interview_msg.LONG_TEXT_HINT
    assert "press Enter on an empty line" in interview_msg.LIST_HINT


# --- Ctrl-C -------------------------------------------------------------------------------


def test_ctrl_c_keeps_the_line_being_typed_and_resume_puts_it_back(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking", term="xterm-256color")
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.send("my sleep and")  # typed, Enter not yet pressed
    child.expect_exact("my sleep and")
    child.sendintr()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 130
    assert draft(home).pending == "my sleep and"
    child = spawn(home, "resume", term="xterm-256color")
    child.expect_exact("1 of 12")
    child.expect_exact("my sleep and")  # on the line again, ready to go on
    child.sendline(" my mornings")
    child.expect_exact("2 of 12")
    child.expect_exact("> ")
    child.sendline(":q")
    assert finish(child) == 0
    answers = {answer.prompt: answer.value for answer in draft(home).answers}
    assert answers["focus"] == "my sleep and my mornings"


def test_ctrl_c_on_the_home_menu_ends_with_a_calm_line(home: Path) -> None:
    child = spawn(home)
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact(home_msg.HOME_STOPPED)
    assert finish(child) == 130


def test_ctrl_c_in_goals_review_says_nothing_changed(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.goals import editing as goals

    goals.add_goal(get_paths(), "Walk after dinner")
    child = spawn(home, "goals", "review")
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact(goal_review_msg.REVIEW_STOPPED)
    assert finish(child) == 130


def test_ctrl_c_in_goals_review_keeps_what_was_written(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.goals import editing as goals

    goals.add_goal(get_paths(), "Walk after dinner")
    child = spawn(home, "goals", "review")
    child.expect_exact("> ")
    child.sendline("three walks")
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact("your goals are as they were, and what you wrote is saved as a note")
    assert finish(child) == 130
    assert any("three walks" in text for text in notes(home))


def test_ctrl_c_at_the_delete_question_keeps_the_entry(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.notes import add_note

    add_note(get_paths(), "a note to keep")
    child = spawn(home, "delete", "last")
    child.expect_exact("[y/N]")
    child.sendintr()
    child.expect_exact(journal_msg.DELETE_KEPT_ON_INTERRUPT)
    assert finish(child) == 130
    assert notes(home) == ["a note to keep"]


# --- the first screen, home's keys, bare `mij note`, the editor ---------------------------


def test_the_first_screen_comes_in_pieces_that_fit_80_by_24(journal_home: Path) -> None:
    child = spawn(journal_home, term="xterm-256color", rows=24, columns=80)
    child.expect_exact(home_msg.WELCOME_MORE.strip())
    first = _ANSI.sub("", terminal_log(child)).replace("\r\n", "\n")
    assert len(first.rstrip("\n").split("\n")) <= 24
    assert crisis_msg.CRISIS_HEADING not in first  # still to come, not scrolled past
    child.sendline("")
    child.expect_exact(crisis_msg.CRISIS_HEADING)
    child.expect_exact(home_msg.WELCOME_MORE.strip())
    child.sendline("")
    child.expect_exact("> ")
    child.sendline("q")
    assert finish(child) == 0


def test_home_offers_homework_and_goals_one_key_away(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.goals import editing as goals

    shutil.copy(PROMPTS / "examples" / "first-week-noticing.toml",
                home / "packs" / "first-week-noticing.toml")
    goals.add_goal(get_paths(), "Walk after dinner")
    child = spawn(home)
    child.expect_exact("[2] " + home_msg.home_choice_goal("Walk after dinner"))
    child.expect_exact("> ")
    child.sendline("2")
    child.expect_exact(home_msg.home_goal_next(goals.list_goals(get_paths())[0].id)[0])
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("First week: noticing")
    child.expect_exact("> ")
    child.sendline(":q")
    assert finish(child) == 0


def test_bare_mij_note_asks_for_the_note(home: Path) -> None:
    child = spawn(home, "note")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.sendline("written at the prompt")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    assert finish(child) == 0
    assert notes(home) == ["written at the prompt"]


def test_an_answer_written_in_the_editor_is_shown_back(home: Path, tmp_path: Path) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "written in the editor\\n" > "$1"\n')
    editor.chmod(editor.stat().st_mode | stat.S_IXUSR)
    child = spawn(home, "interview", "--pack", "mini-evoking", EDITOR=str(editor))
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.sendline(":e")
    child.expect_exact(interview_msg.EDITOR_ANSWER_SHOWN)
    child.expect_exact("written in the editor")
    child.expect_exact("2 of 12")
    child.sendline(":q")
    assert finish(child) == 0


def test_ctrl_c_while_picking_a_pack_from_home_ends_with_a_calm_line(home: Path) -> None:
    child = spawn(home)
    child.expect_exact("> ")
    child.sendline("i")
    child.expect_exact(home_msg.HOME_PICK_INTRO)
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact(home_msg.HOME_STOPPED)
    assert finish(child) == 130


def test_a_paste_into_a_goals_review_answer_stays_with_it(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.goals import editing as goals
    from mi_journal.storage.entries import load_entries

    goals.add_goal(get_paths(), "Walk after dinner")
    child = spawn(home, "goals", "review")
    child.expect_exact("> ")
    child.send("three walks\rtwo of them in the rain\r")  # one burst, as a paste arrives
    child.expect_exact("two of them in the rain")
    child.expect_exact("> ")
    child.sendline("late meetings")
    child.expect_exact("> ")
    child.sendline("k")
    assert finish(child) == 0
    [entry] = load_entries(get_paths()).entries
    values = [answer.value for answer in entry.answers]
    assert "three walks\ntwo of them in the rain" in values and "late meetings" in values

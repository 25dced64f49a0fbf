"""Pasting several lines where the terminal does not mark pastes: they stay with the
question they were pasted into, instead of answering the next questions."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pexpect
import pytest

from conftest import mij_command, subprocess_env
from mi_journal import messages
from mi_journal.cli.interview_ui import _kept_lines
from mi_journal.cli.pasted import lines_waiting, take_paste

DATA = Path(__file__).parent / "data" / "packs"


# --- the domain of it: what is waiting, and what is kept ----------------------------


def test_lines_waiting_reads_what_already_arrived() -> None:
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, "second line\r\n\nthird: caf\u00e9 \u2615\n".encode())
        assert lines_waiting(read_end) == ["second line", "", "third: caf\u00e9 \u2615"]
        started = time.monotonic()
        assert lines_waiting(read_end) == []  # nothing more: returns at once
        assert time.monotonic() - started < 1
    finally:
        os.close(read_end)
        os.close(write_end)


def test_lines_waiting_joins_a_character_split_across_reads() -> None:
    read_end, write_end = os.pipe()
    encoded = "na\u00efve\n".encode()
    try:
        os.write(write_end, encoded[:3])  # ends inside the two bytes of "ï"
        os.write(write_end, encoded[3:])
        assert lines_waiting(read_end) == ["na\u00efve"]
    finally:
        os.close(read_end)
        os.close(write_end)


def test_lines_waiting_ignores_input_that_is_not_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, b"scripted answer\n")
        with os.fdopen(os.dup(read_end), "r") as stdin:
            monkeypatch.setattr("sys.stdin", stdin)
            assert lines_waiting() == []  # piped answers are meant one per line
        assert lines_waiting(read_end) == ["scripted answer"]
    finally:
        os.close(read_end)
        os.close(write_end)


def test_take_paste_shows_the_lines_and_says_why(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mi_journal.cli.pasted as pasted

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(pasted, "lines_waiting", lambda: [])
    assert take_paste("typed", lambda t, s: shown.append((t, s)), going_on=True) == ["typed"]
    assert shown == []
    monkeypatch.setattr(pasted, "lines_waiting", lambda: ["[bold]two[/bold]", "three"])
    lines = take_paste("one", lambda t, s: shown.append((t, s)), going_on=True)
    assert lines == ["one", "[bold]two[/bold]", "three"]
    assert shown == [("  [bold]two[/bold]", ""), ("  three", ""),
                     (messages.PASTE_KEPT_GOING, "dim")]
    shown.clear()
    monkeypatch.setattr(pasted, "lines_waiting", lambda: ["two", ""])
    take_paste("one", lambda t, s: shown.append((t, s)), going_on=True)
    assert shown[-1] == (messages.PASTE_KEPT, "dim")  # ended with an empty line


def test_kept_lines_for_lists_and_long_answers() -> None:
    assert _kept_lines(["walks", "", "  ", "calls"], "list") == ["walks", "calls"]
    assert _kept_lines(["para one", "", "para two", "", ""], "long_text") == [
        "para one", "", "para two"]


# --- in a real terminal, without bracketed paste --------------------------------------


@pytest.fixture
def home(journal_home: Path) -> Path:
    packs = journal_home / "packs"
    packs.mkdir(parents=True)
    shutil.copy(DATA / "mini-evoking.toml", packs / "mini-evoking.toml")
    (journal_home / "config.toml").write_text("schema = 1\n")
    return journal_home


def spawn(home: Path, *args: str) -> pexpect.spawn:
    command = mij_command()
    return pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                         dimensions=(50, 200),
                         env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"))


def draft_answers(home: Path) -> dict[str, object]:
    from mi_journal.interview.drafts import read_draft

    [path] = sorted((home / "drafts").glob("*.toml"))
    return {answer.prompt: answer.value for answer in read_draft(path).answers}


def test_a_paste_into_a_one_line_question_stays_one_answer(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    child.expect_exact("1 of 12")
    child.expect_exact("> ")
    child.send("my sleep\nand my mornings\n:q\n")  # one burst, as a paste arrives
    child.expect_exact(messages.PASTE_KEPT)
    child.expect_exact("2 of 12")  # the next question is asked, not answered
    child.expect_exact("What worries you about my sleep")
    child.expect_exact("> ")
    child.sendline("waking at four")
    child.expect_exact("3 of 12")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    answers = draft_answers(home)
    assert answers["focus"] == "my sleep\nand my mornings\n:q"
    assert answers["worries"] == "waking at four"


def test_a_pasted_long_answer_keeps_its_paragraphs_and_ends_on_an_empty_line(
        home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    for expected, reply in (("1 of 12", "sleep"), ("2 of 12", "waking"), ("3 of 12", "6")):
        child.expect_exact(expected)
        child.expect_exact("> ")
        child.sendline(reply)
    child.expect_exact("Why a 6")
    child.expect_exact("> ")
    child.send("for my kids\n\nand for the mornings\n\n")  # a paragraph break, then the end
    child.expect_exact(messages.PASTE_KEPT)
    child.expect_exact("What might move you")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    assert draft_answers(home)["why-not-lower"] == "for my kids\n\nand for the mornings"


def test_a_pasted_home_note_keeps_its_empty_lines(home: Path) -> None:
    child = spawn(home)
    child.expect_exact(messages.HOME_CHOICES_INTRO)
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(messages.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.send("first paragraph\n\nsecond paragraph\n")
    child.expect_exact(messages.PASTE_KEPT_GOING)
    child.sendline("")
    child.expect_exact(messages.NOTE_SAVED)
    child.expect_exact(messages.HOME_CHOICES_INTRO)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    from mi_journal.paths import get_paths
    from mi_journal.storage.entries import load_entries

    assert [e.text for e in load_entries(get_paths()).entries] == [
        "first paragraph\n\nsecond paragraph"]


def test_a_paste_into_a_goal_review_question_stays_with_it(journal_home: Path, paths) -> None:  # type: ignore[no-untyped-def]
    from mi_journal import goals as g
    from mi_journal.storage.entries import load_entries

    g.add_goal(paths, "Walk after dinner")
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"], encoding="utf-8",
                          timeout=30, dimensions=(40, 120), env=subprocess_env(journal_home))
    child.expect_exact("What has gone well")
    child.expect_exact("> ")
    child.send("three walks\ntwo of them in the rain\n")
    child.expect_exact(messages.PASTE_KEPT)
    child.expect_exact("What got in the way")
    child.expect_exact("> ")
    child.sendline("late meetings")
    child.expect_exact("> ")
    child.sendline("k")
    child.expect(pexpect.EOF)
    child.close()
    [entry] = load_entries(paths).entries
    values = [answer.value for answer in entry.answers]
    assert "three walks\ntwo of them in the rain" in values
    assert "late meetings" in values

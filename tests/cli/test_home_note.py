"""The home screen's quick note (`n`): one empty line ends it, crisis lines after
saving, Ctrl-C keeps what was typed, and back to the menu afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest
import typer

from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from mi_journal.messages import journal as journal_msg
from mi_journal.storage.entries import load_entries
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen


def feed(monkeypatch: pytest.MonkeyPatch, lines: list[str],
         end: type[BaseException] = EOFError) -> None:
    items: Iterator[str] = iter(lines)

    def fake_input(prompt: object = "") -> str:
        try:
            return next(items)
        except StopIteration:
            raise end from None

    monkeypatch.setattr("builtins.input", fake_input)


def notes(paths: Paths) -> list[str]:
    entries = load_entries(paths).entries
    texts = [entry.text for entry in entries if entry.text is not None]
    assert len(texts) == len(entries)  # notes, each with its text
    return texts


def test_one_empty_line_saves_the_note(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mi_journal.cli.home_screen import _write_note

    feed(monkeypatch, ["first line", "second line", "", "never read"])
    _write_note()
    assert notes(paths) == ["first line\nsecond line"]
    out = capsys.readouterr().out
    assert home_msg.HOME_NOTE_PROMPT in out and "twice" not in out
    assert journal_msg.NOTE_SAVED in out
    assert crisis_msg.CRISIS_GENTLE_NOTE not in out


def test_crisis_language_shows_the_gentle_note_and_lines_after_saving(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import _write_note

    feed(monkeypatch, ["rough week", "i wanna die lol", ""])
    _write_note()
    assert notes(paths) == ["rough week\ni wanna die lol"]
    out = capsys.readouterr().out
    assert out.index(journal_msg.NOTE_SAVED) < out.index(crisis_msg.CRISIS_GENTLE_NOTE)
    assert crisis_msg.CRISIS_HEADING in out
    assert "988" in out


def test_ctrl_c_keeps_what_was_typed(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mi_journal.cli.home_screen import _write_note

    feed(monkeypatch, ["half a thought", "and more"], end=KeyboardInterrupt)
    with pytest.raises(typer.Exit) as stopped:
        _write_note()
    assert stopped.value.exit_code == 130
    entries = load_entries(paths).entries
    assert [e.text for e in entries] == ["half a thought\nand more"]
    out = capsys.readouterr().out
    assert f"mij delete {entries[0].id}" in " ".join(out.split())


def test_ctrl_c_before_any_line_saves_nothing(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mi_journal.cli.home_screen import _write_note

    feed(monkeypatch, [], end=KeyboardInterrupt)
    with pytest.raises(KeyboardInterrupt):
        _write_note()
    assert notes(paths) == []


def test_after_the_note_the_menu_comes_back(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "a note", "", "q"])
    run_home_screen()
    assert notes(paths) == ["a note"]
    out = capsys.readouterr().out
    after = out[out.index(journal_msg.NOTE_SAVED):]
    assert home_msg.HOME_CHOICES_INTRO in after
    assert "[q] " + home_msg.HOME_CHOICE_QUIT in after


@pytest.fixture
def home(journal_home: Path) -> Path:
    welcome_seen(journal_home)
    return journal_home


def spawn(home: Path) -> pexpect.spawn[str]:
    command = mij_command()
    return pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30,
                         dimensions=(50, 200),
                         env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"))


def test_in_a_terminal_note_crisis_lines_menu_then_ctrl_c_keeps_lines(home: Path) -> None:
    child = spawn(home)
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.sendline("I want to kms")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact(crisis_msg.CRISIS_GENTLE_NOTE)
    child.expect_exact(crisis_msg.CRISIS_HEADING)
    # The menu waits, so it cannot push the lines off a small screen.
    child.expect_exact(home_msg.HOME_AFTER_CRISIS.strip())
    assert home_msg.HOME_CHOICES_INTRO not in text_before(child)
    child.sendline("")
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)  # back to the menu
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.sendline("typed before stopping")
    child.expect_exact("typed before stopping")
    child.sendintr()
    child.expect_exact("mij delete ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    from mi_journal.core.paths import get_paths

    assert sorted(notes(get_paths())) == ["I want to kms", "typed before stopping"]

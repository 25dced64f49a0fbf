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


# Words typed at the pause after the help lines (walk-through: they were read as the
# pause's line and dropped). Off a terminal the pause reads one line, as a terminal's
# pause returns the keys typed there; the pexpect test below types at the real pause.

def test_words_typed_at_the_pause_are_kept_as_a_note_of_their_own(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "I want to kms", "", "and nobody would even notice",
                       "or care", "", "q"])
    run_home_screen()
    assert sorted(notes(paths)) == ["I want to kms", "and nobody would even notice\nor care"]
    out = capsys.readouterr().out
    after = out[out.index(crisis_msg.CRISIS_HEADING):]
    assert journal_msg.NOTE_FROM_PAUSE in " ".join(after.split())
    assert after.count(journal_msg.NOTE_SAVED) == 1  # the second note, said so
    assert home_msg.HOME_GOODBYE in after


def test_crisis_words_in_the_note_from_the_pause_pause_again(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "rough night", "i wanna die lol", "", "still do", "i want to die",
                       "", "", "q"])
    run_home_screen()
    assert sorted(notes(paths)) == ["rough night\ni wanna die lol", "still do\ni want to die"]
    out = " ".join(capsys.readouterr().out.split())
    # The lines are just above: again in a few rows, as an interview gives, then the
    # pause; never only "shown above" (walk6).
    assert out.count(crisis_msg.CRISIS_HEADING) == 1
    assert out.count(crisis_msg.CRISIS_REMINDER_HEADING) == 1
    again = out.split(crisis_msg.CRISIS_REMINDER_HEADING, 1)[1]
    assert "US: call or text 988" in again and "findahelpline.com" in again
    assert "shown above" not in out


def test_an_overdose_in_the_note_from_the_pause_shows_the_steps(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "i wanna die lol", "", "I took all my pills", "", "", "q"])
    run_home_screen()
    assert sorted(notes(paths)) == ["I took all my pills", "i wanna die lol"]
    out = capsys.readouterr().out
    assert out.count(crisis_msg.CRISIS_HEADING) == 2
    assert crisis_msg.CRISIS_OVERDOSE_HEADING in out


def test_a_menu_key_alone_at_the_pause_is_the_menu_choice_and_no_note(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "I want to kms", "", "q"])
    run_home_screen()
    assert notes(paths) == ["I want to kms"]
    assert home_msg.HOME_GOODBYE in capsys.readouterr().out


def test_words_typed_at_the_pause_after_c_are_kept_too(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["c", "I just need to write this down", "", "q"])
    run_home_screen()
    assert notes(paths) == ["I just need to write this down"]
    assert journal_msg.NOTE_FROM_PAUSE in " ".join(capsys.readouterr().out.split())


def test_ctrl_c_in_the_note_from_the_pause_keeps_its_lines(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["n", "I want to kms", "", "half of it"], end=KeyboardInterrupt)
    with pytest.raises(typer.Exit) as stopped:
        run_home_screen()
    assert stopped.value.exit_code == 130
    assert sorted(notes(paths)) == ["I want to kms", "half of it"]


def test_typed_ahead_splits_into_finished_lines_and_the_line_begun() -> None:
    from mi_journal.cli.note_lines import split_typed_ahead

    assert split_typed_ahead("") == ([], "")
    assert split_typed_ahead("and") == ([], "and")
    assert split_typed_ahead("one\n\ntwo\nthr") == (["one", "", "two"], "thr")
    assert split_typed_ahead("one\n") == (["one"], "")


def test_in_a_terminal_words_typed_at_the_pause_become_a_note(home: Path) -> None:
    child = spawn(home)
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)
    child.expect_exact("> ")
    child.sendline("n")
    child.expect_exact(home_msg.HOME_NOTE_PROMPT)
    child.expect_exact("> ")
    child.sendline("I want to kms")
    child.sendline("")
    child.expect_exact(home_msg.HOME_AFTER_CRISIS.strip())
    child.send("and nobody")  # keys at the pause: the note carries on, on its prompt
    child.expect_exact(journal_msg.NOTE_FROM_PAUSE)
    child.expect_exact("and nobody")
    child.sendline(" would even notice")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact(home_msg.HOME_CHOICES_INTRO)  # no crisis words: the menu
    child.expect_exact("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    from mi_journal.core.paths import get_paths

    assert sorted(notes(get_paths())) == ["I want to kms", "and nobody would even notice"]

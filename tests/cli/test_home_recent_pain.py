"""After a painful entry, the home screen says so first and points to the help lines
(walk-through, December 5, 2026: after a night of crisis notes it showed only "Suggested
next: engaging. A gentle start...")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mi_journal.core.paths import Paths
from mi_journal.journal.notes import add_quick_note
from mi_journal.messages import home as home_msg
from tests.cli.test_home_note import feed
from tests.conftest import Cli


def _home(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, ["q"])
    run_home_screen()
    return " ".join(capsys.readouterr().out.split())


def test_after_a_painful_note_the_home_screen_says_so_first(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    add_quick_note(paths, "cant do this, want to sleep and not wake up", [])
    shown = _home(monkeypatch, capsys)
    said = " ".join(home_msg.HOME_RECENT_PAIN.split())
    assert said in shown
    assert shown.index(said) < shown.index(home_msg.HOME_CHOICES_INTRO.split()[0])


@pytest.mark.parametrize("words", ["A calm day, walked the dog.",
                                   "I'm not suicidal, just tired of drinking.",
                                   "this hangover is killing me",
                                   "I can't do this anymore"])
def test_ordinary_recent_entries_say_nothing(words: str, paths: Paths,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    add_quick_note(paths, "Made some toast.", [])
    add_quick_note(paths, words, [])
    assert " ".join(home_msg.HOME_RECENT_PAIN.split()) not in _home(monkeypatch, capsys)


def test_a_newer_ordinary_entry_does_not_hide_a_painful_one(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Third walk (December 5): "Made some toast." a minute after a painful note made the
    home screen forget it."""
    from mi_journal.journal.notes import recent_painful_entry

    add_quick_note(paths, "I've been giving my things away. Won't need them much longer.", [])
    add_quick_note(paths, "Made some toast.", [])
    assert recent_painful_entry(paths, timedelta(days=2))
    assert " ".join(home_msg.HOME_RECENT_PAIN.split()) in _home(monkeypatch, capsys)


def test_an_old_painful_entry_is_not_brought_up(paths: Paths) -> None:
    from mi_journal.cli.home_screen import _recent_pain
    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.models import Entry, EntryKind, now

    old = now() - timedelta(days=5)
    write_new_entry(paths, Entry(id=f"{old:%Y%m%d-%H%M%S}-abcd12", created=old,
                                 kind=EntryKind.note, text="I want to kill myself"))
    assert not _recent_pain(paths)
    add_quick_note(paths, "I want to kill myself", [])
    assert _recent_pain(paths)


def test_an_empty_journal_says_nothing(paths: Paths, cli: Cli) -> None:
    from mi_journal.cli.home_screen import _recent_pain

    assert not _recent_pain(paths)


def _paused(paths: Paths, first_answer: str) -> None:
    from pathlib import Path as _Path

    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.loader import load_pack_file
    from mi_journal.storage.entries import new_entry_id
    from mi_journal.storage.models import now

    prompts = _Path(__file__).resolve().parents[2] / "prompts"
    interview = Interview(load_pack_file(prompts / "planning.toml"))
    interview.submit_value(first_answer)
    save_draft(paths, draft_from_interview(interview, new_entry_id(now()), now()))


@pytest.mark.parametrize(("first", "painful"), [
    ("getting rid of the doses i saved up to end it", True),
    ("cutting down on weeknights", False)])
def test_a_paused_interview_that_showed_the_help_lines_is_named_too(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], first: str, painful: bool) -> None:
    """walk5: paused right after the help lines, with no entry saved, the home screen said
    "Your journal is empty so far" above the paused interview and nothing of the pain."""
    _paused(paths, first)
    shown = _home(monkeypatch, capsys)
    assert (" ".join(home_msg.HOME_RECENT_PAIN.split()) in shown) is painful
    assert home_msg.HOME_NO_ENTRIES_PAUSED in shown
    assert home_msg.HOME_NO_ENTRIES not in shown

"""After the help lines, through the command line: `mij interview planning` with an
answers file and on a (scripted) terminal. See tests/unit/test_after_help_lines.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.storage.entries import load_entries
from tests.cli.test_interview_ui import run_ui
from tests.conftest import Cli

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
CRISIS = "getting rid of the doses i saved up to end it"
MISSED = "Give Maria the dog and my good coat"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _questions(paths: Paths) -> list[str]:
    entries = load_entries(paths).entries
    assert len(entries) == 1
    return [answer.question for answer in entries[0].answers]


def test_answers_file_quotes_nothing_after_the_help_lines(cli: Cli, paths: Paths) -> None:
    answers = {"focus": CRISIS, "next": "make a plan", "goal-title": MISSED,
               "obstacles": "money", "signs": "sleeping through"}
    result = cli(["interview", "planning", "--answers", "-"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    assert crisis_msg.CRISIS_GENTLE_NOTE in _flat(result.output)  # the help lines, after saving
    assert "Maria" not in result.output  # not in the summary
    assert not any("Maria" in question for question in _questions(paths))
    assert not paths.goals.exists()


def test_answers_file_without_the_help_lines_still_quotes(cli: Cli, paths: Paths) -> None:
    answers = {"focus": "drinking", "next": "make a plan", "goal-title": MISSED,
               "steps": ["walk the dog"]}
    result = cli(["interview", "planning", "--answers", "-"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    assert f'What makes "{MISSED}" matter to you?' in _questions(paths)
    assert f'What steps could you take toward "{MISSED}"? List as many or as few as you like.' \
        in _questions(paths)


def test_terminal_offers_no_goal_after_the_help_lines_and_says_so_kindly(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [CRISIS, "1", MISSED, "money", "", "call Dr Patel", "", "sleeping through"]
    _ui, screen, entry = run_ui(paths, monkeypatch, lines, pack_file=PROMPTS / "planning.toml")
    assert entry is not None and not isinstance(entry, BaseException), screen
    assert interview_msg.INTERVIEW_PAUSED not in screen
    assert "Maria" not in screen  # typed (not echoed here), never shown back
    assert interview_msg.GOAL_OFFER_INTRO not in screen
    assert interview_msg.GOAL_OFFER_HELD_BACK in _flat(screen)
    assert not paths.goals.exists()


def test_terminal_still_offers_the_goal_without_the_help_lines(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["drinking", ":skip", "1", MISSED, ":skip", "walk the dog", "", ":skip", ":skip",
             ":skip", "n"]
    _ui, screen, _entry = run_ui(paths, monkeypatch, lines, pack_file=PROMPTS / "planning.toml")
    assert interview_msg.GOAL_OFFER_INTRO in screen
    assert interview_msg.GOAL_OFFER_HELD_BACK not in _flat(screen)

"""The terminal UI in-process with scripted input: paths a pty test would be slow to reach."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from mi_journal import messages
from mi_journal.cli.interview_ui import InterviewUI
from mi_journal.interview.engine import Interview
from mi_journal.packs.loader import load_pack_file
from mi_journal.storage.entries import load_entries

DATA = Path(__file__).parent / "data" / "packs"


def run_ui(paths, monkeypatch: pytest.MonkeyPatch, lines: list[str],  # type: ignore[no-untyped-def]
           stage: str | None = None) -> tuple[InterviewUI, str, object]:
    from rich.console import Console

    from mi_journal.models import Stage

    feed: Iterator[str] = iter(lines)

    def fake_input(prompt: str = "") -> str:
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", fake_input)
    screen = io.StringIO()
    out = Console(file=screen, width=200, markup=False, highlight=False, emoji=False)
    pack = load_pack_file(DATA / "mini-evoking.toml")
    ui = InterviewUI(paths, Interview(pack, Stage(stage) if stage else None), out=out)
    result: object
    try:
        result = ui.run()
    except typer.Exit as exc:
        result = exc
    return ui, screen.getvalue(), result


PLANNING_YES = ["y", "Walk after dinner", "shoes by the door", "", "n"]


def test_planning_part_saves_an_entry_and_goal_declined(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ui, screen, entry = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert entry is not None and not isinstance(entry, typer.Exit)
    assert messages.GOAL_OFFER_INTRO in screen
    assert messages.GOAL_OFFER_DECLINED in screen
    assert not paths.goals.exists()
    assert len(load_entries(paths).entries) == 1
    assert not any(paths.drafts.glob("*.toml"))


def test_markup_and_escapes_in_answers_are_shown_inert(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ui, screen, _ = run_ui(paths, monkeypatch, ["[red]x[/red] \x1b[2J", ":q"])
    assert "What worries you about [red]x[/red] \\x1b[2J as it is now?" in screen
    assert "\x1b" not in screen


def test_a_draft_that_cannot_be_written_does_not_stop_the_interview(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths.home.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("not a folder")
    _ui, screen, entry = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert "The draft could not be updated" in screen
    assert entry is not None and not isinstance(entry, typer.Exit)
    assert len(load_entries(paths).entries) == 1


def test_when_nothing_can_be_written_the_answers_are_shown(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths.home.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("not a folder")
    paths.entries.write_text("not a folder either")
    _ui, screen, result = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert isinstance(result, typer.Exit) and result.exit_code == 1
    assert "The entry could not be saved" in screen
    assert messages.ANSWERS_SHOWN_INSTEAD in screen
    assert "Walk after dinner" in screen and "shoes by the door" in screen


def test_end_of_input_pauses_with_a_draft(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ui, screen, result = run_ui(paths, monkeypatch, ["sleep"])
    assert result is None
    assert messages.INTERVIEW_PAUSED in screen
    assert len(list(paths.drafts.glob("*.toml"))) == 1


def test_back_at_the_first_question_and_help(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ui, screen, _ = run_ui(paths, monkeypatch, ["<", "?", ":q"])
    assert messages.INTERVIEW_AT_FIRST in screen
    assert ":q or :quit" in screen
    assert screen.count("What would you like to look at today?") == 1  # not repeated
    assert messages.INTERVIEW_LEFT_NOTHING in screen


def test_long_choice_lists_are_numbered_in_columns(paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from mi_journal.packs.loader import parse_pack

    choices = ", ".join(f'"value {n}"' for n in range(1, 31))
    pack = parse_pack(
        '[pack]\nid = "v"\ntitle = "V"\nversion = "1"\n'
        f'[[prompts]]\nid = "v"\nstage = "evoking"\nkind = "multi_choice"\nmax_picks = 3\n'
        f'choices = [{choices}]\ntext = "Which matter most?"\n',
        "v.toml",
    )
    feed = iter(["1,30", ])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(feed))
    screen = io.StringIO()
    out = Console(file=screen, width=120, markup=False, highlight=False, emoji=False)
    entry = InterviewUI(paths, Interview(pack), out=out).run()
    text = screen.getvalue()
    assert " 1. value 1 " in text and "30. value 30" in text
    rows = [line for line in text.splitlines() if ". value " in line]
    assert len(rows) < 30  # several per line
    assert entry is not None and entry.answers[0].value == ["value 1", "value 30"]

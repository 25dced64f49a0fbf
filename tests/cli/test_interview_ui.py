"""The terminal UI in-process with scripted input: paths a pty test would be slow to reach."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from mi_journal.cli.interview_ui import InterviewUI
from mi_journal.core.paths import Paths
from mi_journal.interview.engine import Interview
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.loader import load_pack_file
from mi_journal.storage.entries import load_entries

DATA = Path(__file__).parents[1] / "data" / "packs"


def run_ui(paths: Paths, monkeypatch: pytest.MonkeyPatch, lines: list[str],
           stage: str | None = None, end: type[BaseException] = EOFError,
           pack_file: Path = DATA / "mini-evoking.toml") -> tuple[InterviewUI, str, object]:
    """Run with scripted lines; after them, `end` is raised (EOFError: Ctrl-D).
    The result is the entry, None, or the typer.Exit / MijError that ended it."""
    from rich.console import Console

    from mi_journal.core.errors import MijError
    from mi_journal.storage.models import Stage

    feed: Iterator[str] = iter(lines)

    def fake_input(prompt: str = "") -> str:
        try:
            return next(feed)
        except StopIteration:
            raise end from None

    monkeypatch.setattr("builtins.input", fake_input)
    screen = io.StringIO()
    out = Console(file=screen, width=200, markup=False, highlight=False, emoji=False)
    pack = load_pack_file(pack_file)
    ui = InterviewUI(paths, Interview(pack, Stage(stage) if stage else None), out=out)
    result: object
    try:
        result = ui.run()
    except (typer.Exit, MijError) as exc:
        result = exc
    return ui, screen.getvalue(), result


PLANNING_YES = ["y", "Walk after dinner", "shoes by the door", "", "n"]


def test_planning_part_saves_an_entry_and_goal_declined(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ui, screen, entry = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert entry is not None and not isinstance(entry, typer.Exit)
    assert interview_msg.GOAL_OFFER_INTRO in screen
    assert interview_msg.GOAL_OFFER_DECLINED in screen
    assert not paths.goals.exists()
    assert len(load_entries(paths).entries) == 1
    assert not any(paths.drafts.glob("*.toml"))


def test_markup_and_escapes_in_answers_are_shown_inert(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ui, screen, _ = run_ui(paths, monkeypatch, ["[red]x[/red] \x1b[2J", ":q"])
    assert "What worries you about [red]x[/red] \\x1b[2J as it is now?" in screen
    assert "\x1b" not in screen


def test_a_draft_that_cannot_be_written_does_not_stop_the_interview(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.home.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("not a folder")
    _ui, screen, entry = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert "The draft could not be updated" in screen
    assert entry is not None and not isinstance(entry, typer.Exit)
    assert len(load_entries(paths).entries) == 1


def test_when_nothing_can_be_written_the_answers_are_shown(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.home.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("not a folder")
    paths.entries.write_text("not a folder either")
    _ui, screen, result = run_ui(paths, monkeypatch, PLANNING_YES, "planning")
    assert isinstance(result, typer.Exit) and result.exit_code == 1
    assert "The entry could not be saved" in screen
    assert interview_msg.ANSWERS_SHOWN_INSTEAD in screen
    assert "Walk after dinner" in screen and "shoes by the door" in screen


def test_end_of_input_pauses_with_a_draft(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    _ui, screen, result = run_ui(paths, monkeypatch, ["sleep"])
    assert result is None
    assert interview_msg.INTERVIEW_PAUSED in screen
    assert len(list(paths.drafts.glob("*.toml"))) == 1


def test_back_at_the_first_question_and_help(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    _ui, screen, _ = run_ui(paths, monkeypatch, ["<", "?", ":q"])
    assert interview_msg.INTERVIEW_AT_FIRST in screen
    assert ":q or :quit" in screen
    assert screen.count("What would you like to look at today?") == 1  # not repeated
    assert interview_msg.INTERVIEW_LEFT_NOTHING in screen


def test_long_choice_lists_are_numbered_in_columns(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
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



@pytest.mark.parametrize("end", [":q", EOFError, KeyboardInterrupt])
def test_stopping_when_the_draft_cannot_be_written_shows_every_answer(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, end) -> None:
    from mi_journal.core.errors import MijError

    paths.home.mkdir(parents=True, exist_ok=True)
    paths.drafts.write_text("not a folder")
    lines = ["sleep", "mornings are foggy", "6", "for my kids", "and for me"]
    if end == ":q":
        lines, end = [*lines, ":q"], EOFError
    _ui, screen, result = run_ui(paths, monkeypatch, lines, end=end)
    assert isinstance(result, MijError)  # then `mij: <one line>`, exit 1
    assert interview_msg.ANSWERS_SHOWN_INSTEAD in screen
    for words in ("What would you like to look at today?", "sleep", "mornings are foggy", "6"):
        assert words in screen
    assert "for my kids\nand for me" in screen  # the lines typed for the open question
    assert interview_msg.INTERVIEW_PAUSED not in screen


def test_the_check_in_shows_its_title_not_a_stage_header_flipping_each_question(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.packs.registry import load_builtin

    pack = load_builtin("checkin")
    assert len({p.stage for p in pack.prompts}) > 1  # its prompts carry several stages
    pack_file = paths.home / "checkin.toml"
    paths.home.mkdir(parents=True, exist_ok=True)
    pack_file.write_bytes((Path(__file__).parents[2] / "prompts" / "checkin.toml").read_bytes())
    _ui, screen, _ = run_ui(paths, monkeypatch, ["a calm day", ":q"], pack_file=pack_file)
    assert screen.startswith(pack.pack.title)
    for stage in ("Engaging", "Planning", "Evoking"):
        assert f"\n{stage}\n" not in screen
        assert interview_msg.STAGE_PURPOSE[stage.lower()] not in screen


def test_a_pack_in_stage_sections_keeps_its_stage_headers(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ui, screen, _ = run_ui(paths, monkeypatch, ["sleep", ":q"])
    assert "\nFocusing\n" in screen
    assert interview_msg.STAGE_PURPOSE["focusing"] in screen

"""The welcome (what mi-journal is, that the journal is private plain text, the crisis
lines) comes once, the first time mij is used interactively on a terminal, whatever the
command; off a terminal it is never printed and nothing waits.

Before, only `mij` with no command showed it: a counsellor's client whose first commands
were `mij pack add FILE` and `mij homework do ID` (or `mij interview`, `mij checkin`,
`mij note`) never saw the privacy statement or the crisis lines. The same paths in a real
pseudo-terminal: tests/system/test_welcome.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.goals import editing as goals
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from tests.conftest import Cli
from tests.unit.test_homework import install, today_pack

TITLE = home_msg.WELCOME_TITLE


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ends are a terminal, as far as mij can tell (in-process)."""
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)


# --- the domain of it: when it is due, and what records it ---------------------------------


def test_due_until_config_exists_and_agrees_with_the_config_store(paths: Paths) -> None:
    from mi_journal.cli.welcome import welcome_due
    from mi_journal.storage.config import config_exists, editing_config

    assert welcome_due(paths) and not config_exists(paths)
    with editing_config(paths):
        pass
    assert not welcome_due(paths) and config_exists(paths)
    paths.config.unlink()
    paths.config.symlink_to(paths.home / "elsewhere.toml")  # a dangling link is still a file
    assert welcome_due(paths) is (not config_exists(paths)) is False


def test_off_a_terminal_it_is_not_shown_and_not_recorded(paths: Paths,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    from mi_journal.cli.welcome import welcome_first_time

    assert welcome_first_time() is False
    assert capsys.readouterr().out == ""
    assert not paths.config.exists()


@pytest.mark.usefixtures("terminal")
def test_on_a_terminal_shown_once_then_recorded(paths: Paths, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from mi_journal.cli import welcome

    asked: list[str] = []
    monkeypatch.setattr("mi_journal.cli.line_input.read_line", lambda prompt: asked.append(prompt))
    assert welcome.welcome_first_time() is True
    shown = flat(capsys.readouterr().out)
    assert shown.startswith(TITLE) and "988" in shown and "plain, unencrypted text" in shown
    assert asked == [home_msg.WELCOME_MORE]  # waits before what comes next
    assert paths.config.is_file()
    assert welcome.welcome_first_time() is False
    assert capsys.readouterr().out == "" and asked == [home_msg.WELCOME_MORE]


# --- through the commands, on a (pretend) terminal ------------------------------------------


@pytest.mark.usefixtures("terminal")
def test_homework_do_first_shows_it_before_the_first_question(cli: Cli, tmp_path: Path,
                                                              paths: Paths) -> None:
    install(tmp_path, paths, today_pack())  # as `mij pack add FILE`: no welcome, no config
    assert not paths.config.exists()
    result = cli(["homework", "do", "week-one"], input="\n:q\n")
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert shown.count(TITLE) == 1
    assert shown.index(TITLE) < shown.index(crisis_msg.CRISIS_HEADING)
    assert shown.index(crisis_msg.CRISIS_HEADING) < shown.index("What did you notice today?")
    assert paths.config.is_file()


@pytest.mark.usefixtures("terminal")
def test_an_interview_without_a_stage_shows_it_before_the_suggestion(cli: Cli,
                                                                    paths: Paths) -> None:
    result = cli(["interview"], input="\n:q\n")
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert shown.count(TITLE) == 1
    assert shown.index(TITLE) < shown.index("Suggested")


@pytest.mark.usefixtures("terminal")
def test_an_unknown_stage_is_said_without_the_welcome(cli: Cli, paths: Paths) -> None:
    result = cli(["interview", "evokng"], input="\n")
    assert result.exit_code != 0
    assert TITLE not in result.output
    assert not paths.config.exists()  # still due


@pytest.mark.usefixtures("terminal")
@pytest.mark.parametrize("args", [["checkin"], ["interview", "evoking"], ["note"],
                                  ["goals", "review"]])
def test_each_interactive_command_shows_it_first(cli: Cli, paths: Paths,
                                                 args: list[str]) -> None:
    if args[0] == "goals":
        goals.add_goal(paths, "Walk after dinner")
    result = cli(args, input="\n:q\n\n\n\n")
    shown = flat(result.stdout)
    assert shown.count(TITLE) == 1, shown
    assert shown.startswith(TITLE), shown  # before anything the command asks
    assert paths.config.is_file()


@pytest.mark.usefixtures("terminal")
def test_resume_shows_it_before_what_was_answered(cli: Cli, paths: Paths) -> None:
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    interview = Interview(find_pack(paths, "evoking").pack)
    interview.submit("sleeping better")
    save_draft(paths, draft_from_interview(interview, "20260101-100000-aaaaa1", now()))
    result = cli(["resume"], input="\n:q\n")
    shown = flat(result.stdout)
    assert shown.count(TITLE) == 1 and shown.startswith(TITLE), shown


@pytest.mark.usefixtures("terminal")
def test_a_note_typed_on_the_command_line_is_saved_before_the_welcome(cli: Cli,
                                                                      paths: Paths) -> None:
    result = cli(["note", "a", "first", "note"])
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert shown.startswith("Saved your note.") and shown.count(TITLE) == 1
    assert paths.config.is_file()


@pytest.mark.usefixtures("terminal")
def test_after_crisis_lines_for_a_note_the_welcome_waits_for_next_time(cli: Cli,
                                                                       paths: Paths) -> None:
    """The welcome would push the lines just shown off the screen; it stays due."""
    result = cli(["note", "I", "want", "to", "kill", "myself"])
    assert result.exit_code == 0, result.output
    assert crisis_msg.CRISIS_HEADING in result.stdout
    assert TITLE not in result.stdout
    assert not paths.config.exists()
    later = cli(["checkin"], input="\n:q\n")
    assert flat(later.stdout).count(TITLE) == 1


@pytest.mark.usefixtures("terminal")
def test_exactly_once_across_commands(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    install(tmp_path, paths, today_pack())
    goals.add_goal(paths, "Walk after dinner")
    outputs = [cli(args, input=text).stdout for args, text in [
        (["homework", "do", "week-one"], "\n:q\n"),
        (["interview", "evoking"], ":q\n"),
        (["checkin"], ":q\n"),
        (["note", "later", "on"], None),
        (["note"], "\n"),
        (["goals", "review"], "\n\n\n"),
        ([], "q\n"),
    ]]
    assert [flat(out).count(TITLE) for out in outputs] == [1, 0, 0, 0, 0, 0, 0]


@pytest.mark.usefixtures("terminal")
def test_config_set_as_the_first_command_shows_it_before_saving(cli: Cli,
                                                                 paths: Paths) -> None:
    """`config set` makes config.toml, the record of the welcome: as a first command on a
    terminal it would otherwise mean the welcome (privacy, crisis lines) is never seen."""
    result = cli(["config", "set", "crisis_line", "Local line 0800 000 000"])
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert shown.startswith(TITLE) and shown.count(TITLE) == 1, shown
    assert crisis_msg.CRISIS_HEADING in shown
    assert "Local line 0800 000 000" in paths.config.read_text("utf-8")
    again = cli(["config", "set", "pager", "false"])
    assert again.exit_code == 0 and TITLE not in again.stdout


def test_config_set_off_a_terminal_prints_no_welcome(cli: Cli, paths: Paths) -> None:
    result = cli(["config", "set", "crisis_line", "Local line"])
    assert result.exit_code == 0, result.output
    assert TITLE not in result.output and crisis_msg.CRISIS_HEADING not in result.output
    assert paths.config.is_file()


# --- off a terminal: never printed into output a program reads ------------------------------


def test_off_a_terminal_no_command_prints_it(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    install(tmp_path, paths, today_pack())
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"noticed": "a calm morning"}), "utf-8")
    runs = [cli(["note", "from", "a", "script"]),
            cli(["note"], input="piped in\n"),
            cli(["interview", "evoking", "--answers", "-"], input=json.dumps({"focus": "sleep"})),
            cli(["checkin", "--answers", "-"], input=json.dumps({"today": "fine"})),
            cli(["homework", "do", "week-one", "--answers", str(answers)]),
            cli(["list"]),
            cli([])]
    for result in runs:
        assert result.exit_code == 0, result.output
        assert TITLE not in result.output and crisis_msg.CRISIS_HEADING not in result.output
    assert not paths.config.exists()  # still due for the first session on a terminal


def test_an_unknown_stage_is_said_before_the_terminal_is_asked_for(cli: Cli) -> None:
    """Off a terminal, `mij interview nonsense` names the mistake, not the missing terminal."""
    result = cli(["interview", "nonsense"])
    assert result.exit_code != 0
    assert "nonsense" in result.output and "Traceback" not in result.output
    assert "terminal" not in result.output.lower()

"""Every place a person writes notices words that suggest danger and shows the help
lines gently, after saving (issue 11, items 2 and 3): notes, interviews, check-ins,
homework, goals, steps, status notes, goal reviews, `mij edit`, and `mij import`
(one quiet line). The right sections for an overdose and for someone else at risk."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from mi_journal.cli.crisis import crisis_text
from mi_journal.crisis.detect import detect_crisis
from mi_journal.goals import editing as g
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from mi_journal.messages import importing as importing_msg
from mi_journal.messages import journal as journal_msg
from mi_journal.storage.entries import load_entries
from tests.conftest import mij_command, subprocess_env

WIDE = {"COLUMNS": "400"}
ISSUE_REPRO = "I relapsed and honestly I want to kill myself"


def shows_lines(out: str) -> bool:
    """The heading and every line; 911's line may give way to the overdose steps, which
    say to call 911 first (each number is said once, so the block fits the screen)."""
    flat = " ".join(out.split())
    needed = [line for line in crisis_msg.CRISIS_LINES
              if line != crisis_msg.CRISIS_LINE_911 or not shows_overdose_steps(out)]
    return (crisis_msg.CRISIS_HEADING in flat
            and all(" ".join(line.split()) in flat for line in needed))


def shows_overdose_steps(out: str) -> bool:
    flat = " ".join(out.split())
    return all(" ".join(step.split()) in flat for step in crisis_msg.CRISIS_OVERDOSE_STEPS)


def shows_other_steps(out: str) -> bool:
    flat = " ".join(out.split())
    return " ".join(crisis_msg.CRISIS_SOMEONE_ELSE.split()) in flat


def about_someone_else(block: list[str]) -> bool:
    return any(crisis_msg.CRISIS_SOMEONE_ELSE in line for line in block)


# --- what is shown ----------------------------------------------------------------


def test_what_is_shown_for_each_category() -> None:
    self_harm = crisis_text("", detect_crisis("I want to kill myself"))
    assert self_harm[0] == crisis_msg.CRISIS_GENTLE_NOTE
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in self_harm
    assert not about_someone_else(self_harm)
    overdose = crisis_text("", detect_crisis("I took all my pills"))
    assert overdose[0] == crisis_msg.CRISIS_GENTLE_NOTE
    # What to do now comes before the lines.
    assert overdose.index(crisis_msg.CRISIS_OVERDOSE_HEADING) < overdose.index(
        crisis_msg.CRISIS_HEADING)
    other = crisis_text("", detect_crisis("My friend says she wants to kill herself"))
    assert other[0] == crisis_msg.CRISIS_OTHER_NOTE
    assert about_someone_else(other)
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in other
    # An overdose beside someone else: whose it is cannot be told, so the kind sentence
    # speaks to either (a person who took their pills was told only about the friend).
    son = crisis_text("", detect_crisis("my son overdosed"))
    assert son[0] == crisis_msg.CRISIS_EITHER_NOTE
    assert crisis_msg.CRISIS_OVERDOSE_HEADING in son and about_someone_else(son)
    both = crisis_text("", detect_crisis(
        "My friend says she wants to kill herself and I took all my pills an hour ago"))
    assert both[0] == crisis_msg.CRISIS_EITHER_NOTE
    assert crisis_msg.CRISIS_OVERDOSE_HEADING in both and about_someone_else(both)
    mixed = crisis_text("", detect_crisis("I want to die and my friend wants to kill herself"))
    assert mixed[0] == crisis_msg.CRISIS_GENTLE_NOTE
    assert about_someone_else(mixed)


def test_own_line_first_then_the_united_states_then_elsewhere() -> None:
    lines = crisis_text("Helpline Ana 0800 111", detect_crisis("I want to die"))
    bullets = [line.removeprefix("  - ") for line in lines if line.startswith("  - ")]
    assert bullets[0] == "Your own line: Helpline Ana 0800 111"
    assert bullets[1:3] == list(crisis_msg.CRISIS_LINES[:2])
    assert all(line.startswith("US") for line in bullets[1:4])
    assert bullets[4].startswith("Elsewhere: findahelpline.com")
    assert crisis_msg.CRISIS_SET_LOCAL_HINT not in lines
    assert crisis_text("", None)[-1] == crisis_msg.CRISIS_SET_LOCAL_HINT


# --- notes -------------------------------------------------------------------------


def test_note_argument_and_stdin(cli: Any) -> None:
    as_words = cli(["note", ISSUE_REPRO], env=WIDE)
    assert as_words.exit_code == 0 and shows_lines(as_words.stdout)
    piped = cli(["note"], input="been cutting again\n", env=WIDE)
    assert piped.exit_code == 0 and shows_lines(piped.stdout)
    quiet = cli(["note", "I'm going to take my life back from alcohol"], env=WIDE)
    assert quiet.exit_code == 0 and crisis_msg.CRISIS_HEADING not in quiet.stdout


def test_note_about_an_overdose_and_about_someone_else(cli: Any) -> None:
    overdose = cli(["note", "I swallowed a whole bottle of sleeping tablets"], env=WIDE)
    assert shows_lines(overdose.stdout) and shows_overdose_steps(overdose.stdout)
    assert not shows_other_steps(overdose.stdout)
    friend = cli(["note", "My friend says she wants to kill herself"], env=WIDE)
    assert crisis_msg.CRISIS_OTHER_NOTE in friend.stdout
    assert shows_lines(friend.stdout) and shows_other_steps(friend.stdout)
    assert crisis_msg.CRISIS_GENTLE_NOTE not in friend.stdout


# --- interviews, check-ins, homework -----------------------------------------------


def _answers(tmp_path: Path, data: dict[str, object]) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_checkin_answers(cli: Any, tmp_path: Path) -> None:
    answers = {"today": ISSUE_REPRO, "importance": 8, "confidence": 7, "helped": "a walk"}
    result = cli(["checkin", "--answers", _answers(tmp_path, answers)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert shows_lines(result.stdout)
    calm = {"today": "Calmer than yesterday.", "importance": 8, "confidence": 7}
    again = cli(["checkin", "--answers", _answers(tmp_path, calm)], env=WIDE)
    assert again.exit_code == 0 and crisis_msg.CRISIS_HEADING not in again.stdout


def test_interview_answers_with_an_overdose(cli: Any, tmp_path: Path) -> None:
    answers = {"focus": "pills", "importance": 7, "confidence": 5,
               "importance-lower": "Last night I took all my pills."}
    result = cli(["interview", "evoking", "--answers", _answers(tmp_path, answers)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert shows_lines(result.stdout) and shows_overdose_steps(result.stdout)


HOMEWORK = """\
[pack]
id = "week-one"
title = "Week one"
version = "1.0.0"

[assignment]
assigned_by = "Dana"
start = START
due = DUE
frequency = "daily"
times = 5

[[prompts]]
id = "noticed"
stage = "engaging"
kind = "text"
text = "What did you notice today?"
"""


def test_homework_answers(cli: Any, tmp_path: Path, paths: Any) -> None:
    from datetime import date, timedelta

    from mi_journal.packs.install import install_pack

    source = tmp_path / "hw.toml"
    today = date.today()
    source.write_text(HOMEWORK.replace("START", today.isoformat())
                      .replace("DUE", (today + timedelta(days=6)).isoformat()), "utf-8")
    install_pack(paths, source)
    answers = _answers(tmp_path, {"noticed": "I don't want to be here anymore"})
    result = cli(["homework", "do", "week-one", "--answers", answers], env=WIDE)
    assert result.exit_code == 0, result.output
    assert shows_lines(result.stdout)


# --- goals -------------------------------------------------------------------------


def test_goals_add_edit_step_and_status(cli: Any, paths: Any) -> None:
    added = cli(["goals", "add", "Stop drinking", "--why", "there's no point anymore"], env=WIDE)
    assert added.exit_code == 0 and shows_lines(added.stdout)
    goal_id = g.list_goals(paths)[0].id
    plain = cli(["goals", "add", "Walk after dinner", "--step", "shoes by the door"], env=WIDE)
    assert plain.exit_code == 0 and crisis_msg.CRISIS_HEADING not in plain.stdout
    edited = cli(["goals", "edit", goal_id, "--why", "I want to end it all"], env=WIDE)
    assert edited.exit_code == 0 and shows_lines(edited.stdout)
    step = cli(["goals", "step", goal_id, "add", "save up my pills"], env=WIDE)
    assert step.exit_code == 0 and shows_lines(step.stdout)
    status = cli(["goals", "status", goal_id, "paused", "--note", ISSUE_REPRO], env=WIDE)
    assert status.exit_code == 0 and shows_lines(status.stdout)


def test_goals_add_json_keeps_stdout_json(cli: Any) -> None:
    result = cli(["goals", "add", "Quit", "--why", "I want to die", "--json"], env=WIDE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["why"] == "I want to die"  # stdout stays valid JSON
    assert shows_lines(result.stderr)


GOAL_EDITOR = textwrap.dedent("""
    import pathlib, sys
    path = pathlib.Path(sys.argv[-1])
    text = path.read_text()
    path.write_text(text.replace('why = ""', 'why = "I want to kill myself"'))
""")


def test_goals_edit_in_the_editor(cli: Any, paths: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    goal = g.add_goal(paths, "Walk")
    script = tmp_path / "editor.py"
    script.write_text(GOAL_EDITOR)
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    result = cli(["goals", "edit", goal.id],
                 env={**WIDE, "VISUAL": "", "EDITOR": f"{sys.executable} {script}"})
    assert result.exit_code == 0, result.output
    assert g.get_goal(paths, goal.id).why == "I want to kill myself"
    assert shows_lines(result.stdout)


def test_goal_review_answers_file(cli: Any, paths: Any, tmp_path: Path) -> None:
    walk = g.add_goal(paths, "Walk")
    answers = tmp_path / "review.json"
    answers.write_text(json.dumps({walk.id: {"went_well": "not much",
                                             "in_the_way": ISSUE_REPRO}}))
    result = cli(["goals", "review", "--answers", str(answers)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert shows_lines(result.stdout)
    assert result.stdout.index("Saved your review") < result.stdout.index(crisis_msg.CRISIS_HEADING)


def test_goal_review_on_a_pretend_terminal_shows_the_lines_at_once(
        cli: Any, paths: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    g.add_goal(paths, "Walk")
    result = cli(["goals", "review"], input="\n".join(["fine", ISSUE_REPRO, "", ""]) + "\n",
                 env=WIDE)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert shows_lines(result.stdout)
    # Shown right after the answer, before the next question; the review then goes on.
    assert flat.index(crisis_msg.CRISIS_HEADING) < flat.index("What would you like to do")
    assert "Saved your review" in flat


@pytest.mark.usefixtures("welcomed")
def test_goal_review_in_a_real_terminal(journal_home: Path, paths: Any) -> None:
    """The issue's repro, typed into a real pseudo-terminal: the lines come at once."""
    pexpect = pytest.importorskip("pexpect")
    g.add_goal(paths, "Walk after dinner")
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                          env=subprocess_env(journal_home, COLUMNS="200"), encoding="utf-8",
                          timeout=30, dimensions=(50, 200))
    try:
        child.expect("What has gone well")
        child.sendline("")
        child.expect("What got in the way")
        child.sendline(ISSUE_REPRO)
        child.expect_exact(crisis_msg.CRISIS_GENTLE_NOTE[:40])
        child.expect_exact(crisis_msg.CRISIS_HEADING)
        child.expect_exact("988")
        child.expect_exact(crisis_msg.REVIEW_CRISIS_CONTINUE[:40])
        child.expect("> ")
        child.sendline("")
        child.expect("Saved your review")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    [entry] = load_entries(paths).entries
    assert ISSUE_REPRO in [answer.value for answer in entry.answers]


# --- mij edit, mij import -------------------------------------------------------------

NOTE_EDITOR = textwrap.dedent("""
    import pathlib, sys
    path = pathlib.Path(sys.argv[-1])
    path.write_text(path.read_text().replace("Slept well", "Slept badly. I want to die"))
""")


def test_edit_after_saving(cli: Any, paths: Any, tmp_path: Path) -> None:
    assert cli(["note", "Slept well"]).exit_code == 0
    [note] = load_entries(paths).entries
    script = tmp_path / "editor.py"
    script.write_text(NOTE_EDITOR)
    env = {**WIDE, "VISUAL": "", "EDITOR": f"{sys.executable} {script}"}
    result = cli(["edit", note.id], env=env)
    assert result.exit_code == 0, result.output
    assert shows_lines(result.stdout)
    assert (result.stdout.index(journal_msg.EDIT_SAVED)
            < result.stdout.index(crisis_msg.CRISIS_HEADING))


def test_edit_that_adds_no_crisis_words_shows_nothing(cli: Any, paths: Any,
                                                      tmp_path: Path) -> None:
    assert cli(["note", "Slept well"]).exit_code == 0
    [note] = load_entries(paths).entries
    script = tmp_path / "editor.py"
    script.write_text(NOTE_EDITOR.replace("Slept badly. I want to die", "Slept badly"))
    result = cli(["edit", note.id], env={**WIDE, "VISUAL": "",
                                         "EDITOR": f"{sys.executable} {script}"})
    assert result.exit_code == 0 and crisis_msg.CRISIS_HEADING not in result.stdout


def test_import_says_one_quiet_line(cli: Any, paths: Any, tmp_path: Path) -> None:
    for text in ("I want to die", "I cut myself", "I took all my pills", "A calm day"):
        assert cli(["note", text]).exit_code == 0
    exported = tmp_path / "export.json"
    exported.write_text(cli(["export"]).stdout, encoding="utf-8")
    target = tmp_path / "other-home"
    result = cli(["import", str(exported)], env={"MI_JOURNAL_HOME": str(target)})
    assert result.exit_code == 0, result.output
    assert result.stdout.count(importing_msg.IMPORT_CRISIS_WORDS) == 1  # never a wall of alerts
    assert crisis_msg.CRISIS_HEADING not in result.stdout
    again = cli(["import", str(exported)], env={"MI_JOURNAL_HOME": str(target)})
    assert importing_msg.IMPORT_CRISIS_WORDS not in again.stdout  # nothing new was added


def test_import_without_crisis_words_is_silent_about_it(cli: Any, tmp_path: Path) -> None:
    assert cli(["note", "A calm day"]).exit_code == 0
    exported = tmp_path / "export.json"
    exported.write_text(cli(["export"]).stdout, encoding="utf-8")
    result = cli(["import", str(exported)], env={"MI_JOURNAL_HOME": str(tmp_path / "o")})
    assert result.exit_code == 0 and importing_msg.IMPORT_CRISIS_WORDS not in result.stdout


def test_import_line_wraps_between_words_at_60_columns(cli: Any, tmp_path: Path) -> None:
    # At 60 columns the line was cut "dange|r" and "s|hows" by the terminal.
    assert cli(["note", "I have been cutting again"]).exit_code == 0
    exported = tmp_path / "export.json"
    exported.write_text(cli(["export"]).stdout, encoding="utf-8")
    result = cli(["import", str(exported)],
                 env={"MI_JOURNAL_HOME": str(tmp_path / "o"), "COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    said = result.stdout.splitlines()[1:]
    assert len(said) > 1 and all(len(line) <= 60 for line in said)
    assert " ".join(said) == importing_msg.IMPORT_CRISIS_WORDS
    assert any("`mij crisis`" in line for line in said)  # the command is never split


def test_the_prompts_after_the_lines_fit_a_narrow_terminal() -> None:
    # A prompt is not wrapped: a long one ran off 80 columns mid-word ("yo|ur answers").
    for prompt in (crisis_msg.CRISIS_CONTINUE_PROMPT, home_msg.HOME_AFTER_CRISIS):
        assert len(prompt) <= 30

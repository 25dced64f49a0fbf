"""`mij goals review`: with --answers, in-process on a pretend terminal, and in a real pty."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from mi_journal.core.paths import Paths
from mi_journal.goals import editing as g
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import goal_review as goal_review_msg
from mi_journal.storage.entries import load_entries
from mi_journal.storage.goals import load_goals
from mi_journal.storage.models import EntryKind, GoalStatus, Stage
from tests.conftest import mij_command, subprocess_env


def _error(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_needs_a_terminal_without_answers(cli: Any, paths: Paths) -> None:
    g.add_goal(paths, "Walk")
    result = cli(["goals", "review"])
    assert result.exit_code == 2
    assert "needs a terminal" in _error(result)
    assert "--answers FILE" in result.stderr
    assert not paths.entries.exists()


def test_answers_from_toml(cli: Any, paths: Paths, tmp_path: Path) -> None:
    walk = g.add_goal(paths, "Walk", steps=["shoes"])
    water = g.add_goal(paths, "Drink water")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        f'[{walk.id}]\nwent_well = "three walks"\nin_the_way = "rain"\ndecision = "adjust"\n'
        f'step = "rain jacket"\n\n[{water.id[:3]}]\ndecision = "set aside"\n',
        encoding="utf-8",
    )
    result = cli(["goals", "review", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert f"Walk ({walk.id}): adjusted" in result.stdout
    assert f"Drink water ({water.id}): set aside for now" in result.stdout
    assert "Saved your review" in result.stdout
    assert "fail" not in result.stdout.lower()

    stored = {x.id: x for x in load_goals(paths).goals}
    assert [s.text for s in stored[walk.id].steps] == ["shoes", "rain jacket"]
    assert stored[water.id].status is GoalStatus.set_aside
    [entry] = load_entries(paths).entries
    assert entry.kind is EntryKind.checkin
    assert entry.pack == "goal-review"
    assert entry.stage is Stage.planning
    assert entry.goals == [walk.id, water.id]
    assert entry.id in result.stdout


def test_answers_from_stdin(cli: Any, paths: Paths) -> None:
    # Walked: `... | mij goals review --answers -` said "-: No such file or directory",
    # while `mij interview` and `mij checkin` read "-" as stdin.
    walk = g.add_goal(paths, "Walk")
    result = cli(["goals", "review", "--answers", "-"],
                 input=f'[{walk.id}]\nwent_well = "two walks"\ndecision = "keep"\n')
    assert result.exit_code == 0, result.output
    assert f"Walk ({walk.id})" in result.stdout
    [entry] = load_entries(paths).entries
    assert "two walks" in [answer.value for answer in entry.answers]
    broken = cli(["goals", "review", "--answers", "-"], input="[oops\n")
    assert broken.exit_code == 1 and _error(broken).startswith("mij: stdin")
    too_large = cli(["goals", "review", "--answers", "-"], input="#" * (1024 * 1024 + 1))
    assert too_large.exit_code == 1 and "larger than 1 MiB" in _error(too_large)


def test_answers_from_json(cli: Any, paths: Paths, tmp_path: Path) -> None:
    walk = g.add_goal(paths, "Walk")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({walk.id: {"went_well": "ok", "decision": "done"}}))
    result = cli(["goals", "review", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert load_goals(paths).goals[0].status is GoalStatus.done
    assert len(load_entries(paths).entries) == 1


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.toml", "[GOAL\n", "line 1"),
        ("a.json", '{\n"GOAL": {,}\n}', "JSON error at line 2"),
        ("a.json", '["GOAL"]', "expected a table of goal ids"),
        ("a.toml", '[GOAL]\ndecision = "quit"\n', "not one of keep, adjust"),
        ("a.toml", '[zzzz]\ndecision = "keep"\n', "no goal has the id 'zzzz'"),
        ("a.toml", '[GOAL]\nfeeling = "meh"\n', "does not ask: feeling"),
        ("a.toml", "", "nothing to review"),
    ],
)
def test_answers_problems_save_nothing(
    cli: Any, paths: Paths, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    walk = g.add_goal(paths, "Walk")
    before = paths.goals.read_bytes()
    answers = tmp_path / name
    answers.write_text(content.replace("GOAL", walk.id), encoding="utf-8")
    result = cli(["goals", "review", "--answers", str(answers)])
    if expected == "nothing to review":
        assert result.exit_code == 0
        assert expected in result.stdout
    else:
        assert result.exit_code == 1
        message = _error(result)
        assert expected in message
    assert paths.goals.read_bytes() == before
    assert not paths.entries.exists()


def test_missing_answers_file(cli: Any, tmp_path: Path) -> None:
    result = cli(["goals", "review", "--answers", str(tmp_path / "nope.toml")])
    assert result.exit_code == 1
    assert "nope.toml" in _error(result)


# --- on a (pretend) terminal, in-process ---


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch, welcomed: Path) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)


@pytest.mark.usefixtures("terminal")
def test_no_active_goals_says_so_kindly(cli: Any, paths: Paths) -> None:
    goal = g.add_goal(paths, "Walk")
    g.change_status(paths, goal.id, GoalStatus.paused)
    result = cli(["goals", "review"])
    assert result.exit_code == 0
    assert "no active goals" in result.stdout
    assert not paths.entries.exists()


@pytest.mark.usefixtures("terminal")
def test_terminal_review_asks_each_active_goal(cli: Any, paths: Paths) -> None:
    walk = g.add_goal(paths, "Walk")
    paused = g.add_goal(paths, "Rest")
    g.change_status(paths, paused.id, GoalStatus.paused)
    water = g.add_goal(paths, "Drink water")
    replies = ["went fine", "", "maybe", "a", "Walk most days", "", "", "", ""]
    result = cli(["goals", "review"], input="\n".join(replies) + "\n")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())  # rich wraps long lines at the console width
    assert "Goal 1 of 2" in flat and "Goal 2 of 2" in flat
    assert "Rest" not in flat.split("Saved")[0]
    assert goal_review_msg.REVIEW_DECISION_AGAIN in flat
    assert goal_review_msg.REVIEW_SETBACK_NOTE not in flat  # nobody mentioned a setback
    stored = {x.id: x for x in load_goals(paths).goals}
    assert stored[walk.id].title == "Walk most days"
    assert stored[water.id] == water  # Enter keeps it as it is: untouched
    [entry] = load_entries(paths).entries
    assert entry.goals == [walk.id, water.id]
    asked = [a.question for a in entry.answers]
    for question in asked:
        assert question in flat  # stored exactly as it was asked
    assert [a.prompt for a in entry.answers] == [
        f"went-well-{walk.id}", f"in-the-way-{walk.id}", f"decision-{walk.id}",
        f"new-title-{walk.id}", f"new-step-{walk.id}",
        f"went-well-{water.id}", f"in-the-way-{water.id}", f"decision-{water.id}",
    ]
    assert [a.skipped for a in entry.answers] == [False, True, False, False, True, True, True,
                                                  False]


# --- in a real pseudo-terminal ---


@pytest.mark.usefixtures("welcomed")
def test_review_in_a_real_terminal(journal_home: Path, paths: Paths) -> None:
    pexpect = pytest.importorskip("pexpect")
    walk = g.add_goal(paths, "Walk after dinner", steps=["shoes"])
    water = g.add_goal(paths, "Drink water")
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                          env=subprocess_env(journal_home), encoding="utf-8", timeout=20,
                          dimensions=(40, 120))
    try:
        child.expect("Goal 1 of 2")
        child.expect("What has gone well with \u201cWalk after dinner\u201d")
        child.sendline("three walks this week")
        child.expect("What got in the way")
        child.sendline("a rainy evening")
        child.expect("set aside")
        child.expect("> ")
        child.sendline("a")
        child.expect("in your own words")
        child.sendline("")
        child.expect("next step")
        child.sendline("buy a rain jacket")
        child.expect("Goal 2 of 2")
        child.expect("\u201cDrink water\u201d")
        child.sendline("")
        child.expect("What got in the way")
        child.sendline("")
        child.expect("> ")
        child.sendline("p")
        child.expect("Saved your review")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    stored = {x.id: x for x in load_goals(paths).goals}
    assert [s.text for s in stored[walk.id].steps] == ["shoes", "buy a rain jacket"]
    assert stored[water.id].status is GoalStatus.paused
    [entry] = load_entries(paths).entries
    assert entry.answers[0].value == "three walks this week"
    assert entry.goals == [walk.id, water.id]


@pytest.mark.usefixtures("welcomed")
def test_ctrl_c_in_a_real_terminal_keeps_the_goals_and_the_words(journal_home: Path,
                                                                  paths: Paths) -> None:
    pexpect = pytest.importorskip("pexpect")
    g.add_goal(paths, "Walk")
    before = paths.goals.read_bytes()
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "goals", "review"],
                          env=subprocess_env(journal_home), encoding="utf-8", timeout=20)
    try:
        child.expect("What has gone well")
        child.sendline("fine")
        child.expect("What got in the way")
        child.expect_exact("> ")  # at the prompt: a Ctrl-C while readline sets up waits for it
        child.send("the rain")  # typed, not yet entered
        child.expect_exact("the rain")
        child.sendintr()
        child.expect_exact("saved as a note")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 130
    assert paths.goals.read_bytes() == before  # the review itself is not saved
    [note] = load_entries(paths).entries
    assert note.text is not None
    assert "fine" in note.text and "the rain" in note.text


def test_adjust_without_a_new_title_or_step_says_the_goal_stays(cli: Any, paths: Paths,
                                                                tmp_path: Path) -> None:
    from mi_journal.goals.review import GoalReview

    assert GoalReview("ab", "Walk", decision="adjust").outcome == "adjust-nothing"
    assert GoalReview("ab", "Walk", decision="adjust", new_step="shoes").outcome == "adjust"
    assert GoalReview("ab", "Walk", decision="pause").outcome == "pause"
    walk = g.add_goal(paths, "Walk")
    answers = tmp_path / "answers.toml"
    answers.write_text(f'[{walk.id}]\ndecision = "adjust"\n', encoding="utf-8")
    result = cli(["goals", "review", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert f"Walk ({walk.id}): to adjust, with no new title or step given yet" in result.stdout
    assert "keeping it going" not in result.stdout
    [entry] = load_entries(paths).entries
    decision = [a.value for a in entry.answers if a.prompt.startswith("decision-")]
    assert decision == ["adjust"]  # what the person chose is what is kept
    assert load_goals(paths).goals[0].title == "Walk"


@pytest.mark.usefixtures("terminal")
def test_setback_note_only_answers_a_setback(cli: Any, paths: Paths) -> None:
    g.add_goal(paths, "No drinks on weeknights")
    replies = ["two calm evenings", "I slipped on Thursday after work", "k"]
    result = cli(["goals", "review"], input="\n".join(replies) + "\n")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    note = " ".join(goal_review_msg.REVIEW_SETBACK_NOTE.split())
    assert note in flat
    # ...and it comes after the person's own words, never before them.
    assert flat.index(note) > flat.index("What got in the way")


@pytest.mark.parametrize(
    ("text", "setback"),
    [
        ("I slipped on Thursday", True),
        ("had a few drinks at the party", True),
        ("I went back to smoking for a day", True),
        ("didn't manage the walks this week", True),
        ("a lapse on Saturday", True),
        ("I drank again on Friday", True),
        ("work was busy", False),
        ("nothing really, it went fine", False),
        ("my sister was ill so I was tired", False),
        ("", False),
    ],
)
def test_mentions_setback(text: str, setback: bool) -> None:
    from mi_journal.goals.review import mentions_setback

    assert mentions_setback(text) is setback


@pytest.mark.usefixtures("terminal")
def test_no_setback_note_after_crisis_words(cli: Any, paths: Paths) -> None:
    g.add_goal(paths, "No drinks on weeknights")
    replies = ["", "I relapsed and honestly I want to kill myself", "k"]
    result = cli(["goals", "review"], input="\n".join(replies) + "\n")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert " ".join(crisis_msg.CRISIS_HEADING.split()) in flat
    assert " ".join(goal_review_msg.REVIEW_SETBACK_NOTE.split()) not in flat


@pytest.mark.usefixtures("terminal")
def test_stopping_a_review_keeps_what_was_written_as_a_note(cli: Any, paths: Paths) -> None:
    walk = g.add_goal(paths, "Walk after dinner")
    # The input ends at the decision question, as Ctrl-D (or Ctrl-C) would stop it.
    result = cli(["goals", "review"], input="two calm walks\nthe rain on Friday\n")
    assert result.exit_code == 130, result.output
    [note] = load_entries(paths).entries
    assert note.kind.value == "note"
    assert note.text is not None
    assert "two calm walks" in note.text and "the rain on Friday" in note.text
    assert "What got in the way" in note.text  # each answer under its question
    flat = " ".join(result.stdout.split())
    assert " ".join(goal_review_msg.review_kept_on_interrupt(note.id).split()) in flat
    assert load_goals(paths).goals == [walk]  # the goals are as they were


@pytest.mark.usefixtures("terminal")
def test_stopping_a_review_before_writing_anything_saves_nothing(cli: Any,
                                                                paths: Paths) -> None:
    g.add_goal(paths, "Walk after dinner")
    result = cli(["goals", "review"], input="")
    assert result.exit_code == 130, result.output
    assert goal_review_msg.REVIEW_STOPPED in " ".join(result.stdout.split())
    assert load_entries(paths).entries == []


@pytest.mark.parametrize("typed", ["s", "set aside", "set-aside"])
def test_mij_show_reads_a_set_aside_decision_as_words(cli: Any, paths: Paths, typed: str) -> None:
    """Walk-through: `mij show` printed the key "set-aside" under the decision question."""
    from mi_journal.goals.review import decision_words

    goal = g.add_goal(paths, "Walk")
    answers = json.dumps({goal.id: {"went_well": "ok", "decision": typed}})
    assert cli(["goals", "review", "--answers", "-"], input=answers).exit_code == 0
    shown = cli(["show", "last"])
    assert shown.exit_code == 0
    assert "  set aside" in shown.stdout and "set-aside" not in shown.stdout
    assert [g_.status for g_ in load_goals(paths).goals] == [GoalStatus.set_aside]
    assert decision_words("set-aside") == "set aside" and decision_words("keep") == "keep"

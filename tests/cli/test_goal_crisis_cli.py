"""Goals whose own words hold crisis language, through the command line: the home screen
adds the gentle line that `c` shows the help lines, `mij goals review` says "this goal",
and the md/html export marks the goal as it marks such an entry (walk-through: the goal's
key showed "Why it matters: I have been putting a few aside in the drawer, enough to not
wake up ..." with no reminder; the export's Goals section listed it unmarked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import export as export_msg
from mi_journal.messages import home as home_msg
from tests.cli.test_home_note import feed
from tests.conftest import Cli

PAINFUL_WHY = ("I have been putting a few aside in the drawer, enough to not wake up if it "
               "gets bad again")
NEGATED = "I'm not suicidal, I just want to sleep better"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _add(cli: Cli, title: str, *args: str) -> str:
    result = cli(["goals", "add", title, *args, "--json"])
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["id"])


def _home(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
          keys: list[str]) -> str:
    from mi_journal.cli.home_screen import run_home_screen

    feed(monkeypatch, keys)
    run_home_screen()
    return _flat(capsys.readouterr().out)


def test_home_goal_key_adds_the_gentle_line(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _add(cli, "Cut down the drinking", "--why", PAINFUL_WHY)
    capsys.readouterr()
    shown = _home(monkeypatch, capsys, ["1", "q"])
    assert PAINFUL_WHY in shown  # their goal, shown as they wrote it
    after_goal = shown.split(PAINFUL_WHY, 1)[1]
    assert _flat(home_msg.HOME_GOAL_PAIN) in after_goal
    # ... and on the menu, before anything is picked.
    assert shown.index(_flat(home_msg.HOME_GOALS_PAIN)) < shown.index("[1]")


@pytest.mark.parametrize("title", ["Stop thinking about ending it all",
                                   "I'm not suicidal, just sleep more"])
def test_the_menu_names_a_painful_title_by_its_id(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], title: str) -> None:
    """walk5: the home menu quoted "your goal: Stop thinking about ending it all" right
    under the line saying such words were not repeated."""
    from mi_journal.cli.home_screen import _goal_label
    from mi_journal.goals.editing import get_goal

    goal_id = _add(cli, title)
    _add(cli, "Walk after dinner")
    assert _goal_label(get_goal(paths, goal_id)) == home_msg.home_choice_goal_unquoted(goal_id)
    capsys.readouterr()
    shown = _home(monkeypatch, capsys, ["q"])
    assert title not in shown
    assert home_msg.home_choice_goal_unquoted(goal_id) in shown
    assert home_msg.home_choice_goal("Walk after dinner") in shown


@pytest.mark.parametrize("why", ["to sleep better", NEGATED])
def test_home_says_nothing_for_an_ordinary_or_negated_goal(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], why: str) -> None:
    _add(cli, "Cut down the drinking", "--why", why)
    capsys.readouterr()
    shown = _home(monkeypatch, capsys, ["1", "q"])
    assert _flat(home_msg.HOME_GOAL_PAIN) not in shown
    assert _flat(home_msg.HOME_GOALS_PAIN) not in shown


def test_goals_review_answers_file_says_this_goal(cli: Cli, paths: Paths) -> None:
    painful = _add(cli, "Stop thinking about ending it all")
    plain = _add(cli, "Walk after dinner")
    answers = {painful: {"went_well": "a walk"}, plain: {"went_well": "two walks"}}
    result = cli(["goals", "review", "--answers", "-"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    shown = _flat(result.stdout)
    assert f"Goal {painful}: keeping it going" in shown
    assert "ending it all" not in shown
    assert f"Walk after dinner ({plain}): keeping it going" in shown
    [entry] = json.loads(cli(["list", "--json"]).stdout)
    stored = json.loads(cli(["show", entry["id"], "--json"]).stdout)
    questions = [answer["question"] for answer in stored["answers"]]
    assert "What has gone well with this goal lately, even in a small way?" in questions
    assert not any("ending it all" in question for question in questions)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_marks_a_goal_with_crisis_words(cli: Cli, paths: Paths, fmt: str) -> None:
    _add(cli, "Cut down the drinking", "--why", PAINFUL_WHY)
    _add(cli, "Walk after dinner")
    _add(cli, NEGATED)
    result = cli(["export", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout.count(export_msg.EXPORT_CRISIS_IN_GOAL) == 1  # not the others
    marked_at = result.stdout.index(export_msg.EXPORT_CRISIS_IN_GOAL)
    # The mark sits inside the painful goal, above its words.
    before = result.stdout[:marked_at]
    assert before.rindex("Cut down the drinking") > before.rfind("Walk after dinner")
    assert marked_at < result.stdout.index("putting a few aside")


@pytest.mark.parametrize(("why", "said"), [(PAINFUL_WHY, True), ("to sleep better", False),
                                           (NEGATED, False)])
def test_goals_show_adds_the_gentle_line(cli: Cli, paths: Paths, why: str, said: bool) -> None:
    from mi_journal.messages import goals as goals_msg

    goal_id = _add(cli, "Cut down the drinking", "--why", why)
    result = cli(["goals", "show", goal_id])
    assert result.exit_code == 0, result.output
    assert (_flat(goals_msg.GOAL_SHOW_PAIN) in _flat(result.stdout)) is said
    assert "mij crisis" not in cli(["goals", "show", goal_id, "--json"]).stdout


def test_view_marks_a_goal_with_crisis_words_as_the_export_does(
        cli: Cli, paths: Paths, tmp_path: Path) -> None:
    _add(cli, "Cut down the drinking", "--why", PAINFUL_WHY)
    _add(cli, "Walk after dinner")
    _add(cli, NEGATED)
    exported = tmp_path / "export.json"
    assert cli(["export", "-o", str(exported)]).exit_code == 0
    result = cli(["view", str(exported)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    marks = [n for n, line in enumerate(lines) if export_msg.EXPORT_CRISIS_IN_GOAL in line]
    assert len(marks) == 1
    assert "Cut down the drinking" in lines[marks[0] - 1]  # right under that goal


# `mij goals list` names a goal whose title holds crisis words (even negated) by its id,
# as the home menu does; `mij goals show ID` and --json keep the words (README, Goals).

@pytest.mark.parametrize("title", ["Stop thinking about ending it all",
                                   "I'm not suicidal, just sleep more"])
def test_goals_list_names_a_painful_title_by_its_id(cli: Cli, title: str) -> None:
    from mi_journal.messages import goals as goals_msg

    painful = _add(cli, title)
    plain = _add(cli, "Drink less on weeknights", "--why", PAINFUL_WHY)  # the title is fine
    for args in (["goals"], ["goals", "list"], ["goals", "list", "--all"]):
        result = cli(args)
        assert result.exit_code == 0, result.output
        out = _flat(result.stdout)
        assert title not in out
        assert f"{painful} active - - {goals_msg.GOAL_TITLE_NOT_REPEATED}" in out
        assert f"{plain} active - - Drink less on weeknights" in out
        assert _flat(goals_msg.goals_not_repeated([painful])) in out
        assert f"mij goals show {painful}" in out
    listed = json.loads(cli(["goals", "list", "--json"]).stdout)  # for programs: as kept
    assert [goal["title"] for goal in listed] == [title, "Drink less on weeknights"]
    shown = cli(["goals", "show", painful])
    assert title in _flat(shown.stdout)


def test_goals_list_without_such_a_title_adds_no_line(cli: Cli) -> None:
    from mi_journal.messages import goals as goals_msg

    _add(cli, "Drink less on weeknights", "--why", PAINFUL_WHY)
    out = _flat(cli(["goals"]).stdout)
    assert "Drink less on weeknights" in out
    assert goals_msg.GOAL_TITLE_NOT_REPEATED not in out
    assert "mij goals show" not in out


def test_titles_named_by_id_reads_each_title_once_per_state(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verdicts are kept in the index: the detector runs again only when the goals
    file (or the detector) changed, and a title the kept verdicts do not know is read."""
    from mi_journal.crisis import entries
    from mi_journal.goals.listing import goal_records, titles_named_by_id

    painful = _add(cli, "Stop thinking about ending it all")
    plain = _add(cli, "Drink less on weeknights")
    assert cli(["note", "a journal with something in it"]).exit_code == 0
    # A file state is trusted at once here (the person's files are older than that).
    monkeypatch.setattr("mi_journal.index.refresh.RACY_SECONDS", 0)
    read: list[str] = []
    real = entries.goal_title_named_by_id

    def counting(title: str) -> bool:
        read.append(title)
        return real(title)

    monkeypatch.setattr(entries, "goal_title_named_by_id", counting)
    records = goal_records(paths)
    assert titles_named_by_id(paths, records) == {painful}
    assert len(read) == 2
    assert titles_named_by_id(paths, goal_records(paths)) == {painful}
    assert len(read) == 2  # kept
    # A record whose title the kept verdicts do not know (the file changed meanwhile).
    changed = [dict(record, title="I want to kill myself") if record["id"] == plain
               else record for record in records]
    assert titles_named_by_id(paths, changed) == {painful, plain}
    monkeypatch.setattr(entries, "detector_fingerprint", lambda: "another detector")
    assert titles_named_by_id(paths, records) == {painful}
    assert len(read) == 5  # the kept verdicts were for the other detector

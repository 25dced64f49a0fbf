"""`mij goals ...` through the CLI (CliRunner), including errors and JSON shapes."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from mi_journal.core.paths import Paths
from mi_journal.storage.goals import load_goals
from mi_journal.storage.models import GoalStatus

GOAL_KEYS = ["id", "title", "why", "status", "target", "created", "updated", "steps",
             "steps_done", "notes"]


def _add(cli: Any, *args: str) -> str:
    result = cli(["goals", "add", *args])
    assert result.exit_code == 0, result.output
    match = re.search(r"Its id is ([a-z0-9]+)\.", result.stdout)
    assert match, result.stdout
    return match.group(1)


def _json(cli: Any, *args: str) -> Any:
    result = cli(list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _error(result: Result) -> str:
    """The one-line error on stderr."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mij: ")
    assert "Traceback" not in result.output
    return lines[0]


# --- list / add / show ---


def test_empty_list_invites_without_pressure(cli: Any) -> None:
    result = cli(["goals"])
    assert result.exit_code == 0
    assert "no goals yet" in result.stdout
    assert _json(cli, "goals", "list", "--json") == []


def test_add_prints_id_and_stores_everything(cli: Any, paths: Paths) -> None:
    goal_id = _add(cli, "Walk", "after", "dinner", "--why", "sleep better", "--target",
                   "2099-03-01", "--step", "find shoes", "--step", "ask Sam")
    [goal] = load_goals(paths).goals
    assert goal.id == goal_id
    assert re.fullmatch(r"[a-z0-9]{4}", goal_id)
    assert goal.title == "Walk after dinner"
    assert goal.why == "sleep better"
    assert goal.target == date(2099, 3, 1)
    assert [s.text for s in goal.steps] == ["find shoes", "ask Sam"]


def test_add_with_word_and_offset_targets(cli: Any, paths: Paths) -> None:
    _add(cli, "A", "--target", "tomorrow")
    _add(cli, "B", "--target", "+7d")
    _add(cli, "C", "--target", "2w")
    targets = [goal.target for goal in load_goals(paths).goals]
    today = date.today()
    assert targets == [today + timedelta(days=1), today + timedelta(days=7),
                       today + timedelta(days=14)]


def test_add_json_prints_the_goal(cli: Any) -> None:
    data = _json(cli, "goals", "add", "Walk", "--json")
    assert list(data) == GOAL_KEYS
    assert data["status"] == "active"


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["goals", "add", "Walk", "--target", "someday"], 2, "not a date I can read"),
        (["goals", "add", "Walk", "--target", "2026-02-30"], 2, "not a date on the calendar"),
        (["goals", "add", "   "], 1, "needs a few words"),
        (["goals", "add", "Walk", "--step", " "], 1, "step needs a few words"),
    ],
)
def test_add_problems(cli: Any, paths: Paths, args: list[str], code: int, expected: str) -> None:
    result = cli(args)
    assert result.exit_code == code
    assert expected in _error(result)
    assert not paths.goals.exists()


def test_add_without_title_is_a_usage_error(cli: Any) -> None:
    assert cli(["goals", "add"]).exit_code == 2


def test_list_orders_and_hides_done_and_set_aside(cli: Any) -> None:
    ids = {name: _add(cli, name) for name in ("Alpha", "Bravo", "Charlie", "Delta", "Echo")}
    cli(["goals", "status", ids["Alpha"], "done"])
    cli(["goals", "status", ids["Bravo"], "set", "aside"])
    cli(["goals", "status", ids["Charlie"], "paused"])
    listed = _json(cli, "goals", "list", "--json")
    assert [g["title"] for g in listed] == ["Delta", "Echo", "Charlie"]
    everything = _json(cli, "goals", "--all", "--json")
    assert [g["title"] for g in everything] == ["Delta", "Echo", "Charlie", "Alpha", "Bravo"]
    assert [g["status"] for g in everything] == ["active", "active", "paused", "done",
                                                 "set-aside"]
    assert all(list(g) == GOAL_KEYS for g in everything)

    text = cli(["goals"]).stdout
    assert text.index("Delta") < text.index("Echo") < text.index("Charlie")
    assert "Alpha" not in text
    assert "2 more goals are done or set aside" in text
    text_all = cli(["goals", "list", "-a"]).stdout
    assert "set aside" in text_all
    assert text_all.index("Charlie") < text_all.index("Alpha") < text_all.index("Bravo")


def test_list_when_everything_is_done(cli: Any) -> None:
    goal_id = _add(cli, "Walk")
    cli(["goals", "status", goal_id, "done"])
    result = cli(["goals", "list"])
    assert "No active or paused goals" in result.stdout


def test_show_text_and_json(cli: Any) -> None:
    goal_id = _add(cli, "Walk", "--why", "sleep", "--step", "shoes", "--target", "2099-03-01")
    cli(["goals", "step", goal_id, "done", "1"])
    cli(["goals", "status", goal_id, "paused", "--note", "busy month"])
    text = cli(["goals", "show", goal_id[:2]]).stdout
    for part in ("Walk", f"id {goal_id}", "paused", "target 2099-03-01", "sleep",
                 "1. [x] shoes", "busy month"):
        assert part in text
    data = _json(cli, "goals", "show", goal_id, "--json")
    assert list(data) == GOAL_KEYS
    assert data["steps"] == [{"number": 1, "text": "shoes", "done": True}]
    assert data["notes"][0]["text"] == "busy month"
    assert data["target"] == "2099-03-01"


def test_person_text_is_shown_inert(cli: Any) -> None:
    goal_id = _add(cli, "Walk \x1b[31mred[/] [bold]x[/bold]", "--why", "\u202eevil")
    for args in (["goals"], ["goals", "show", goal_id]):
        out = cli(args).stdout
        assert "\x1b" not in out
        assert "\u202e" not in out
        assert "\\x1b[31mred[/] [bold]x[/bold]" in out
    data = cli(["goals", "show", goal_id, "--json"]).stdout
    assert "\x1b" not in data
    assert "\u202e" not in data
    assert json.loads(data)["why"] == "\u202eevil"


# --- unknown and ambiguous ids ---


@pytest.fixture
def two_alike(paths: Paths) -> tuple[str, str]:
    from mi_journal.storage.goals import editing_goals
    from mi_journal.storage.models import Goal, now

    with editing_goals(paths) as goals:
        for goal_id in ("abcd", "abxy"):
            goals.goals.append(Goal(id=goal_id, title=goal_id, created=now(), updated=now()))
    return ("abcd", "abxy")


@pytest.mark.parametrize(
    "command",
    [
        ["goals", "show", "{ref}"],
        ["goals", "edit", "{ref}", "--title", "x"],
        ["goals", "step", "{ref}", "add", "x"],
        ["goals", "step", "{ref}", "done", "1"],
        ["goals", "status", "{ref}", "done"],
    ],
)
def test_every_command_reports_unknown_and_ambiguous_ids(
    cli: Any, paths: Paths, two_alike: tuple[str, str], command: list[str]
) -> None:
    before = paths.goals.read_bytes()
    ambiguous = cli([part.replace("{ref}", "ab") for part in command])
    assert ambiguous.exit_code == 1
    assert "fits more than one goal (abcd, abxy)" in _error(ambiguous)
    unknown = cli([part.replace("{ref}", "qq") for part in command])
    assert unknown.exit_code == 1
    assert "no goal has the id 'qq'" in _error(unknown)
    assert paths.goals.read_bytes() == before


# --- edit with options ---


def test_edit_with_options(cli: Any, paths: Paths) -> None:
    goal_id = _add(cli, "Walk", "--target", "2099-03-01")
    result = cli(["goals", "edit", goal_id, "--title", "Walk daily", "--why", "energy"])
    assert result.exit_code == 0
    assert f"Saved goal {goal_id}" in result.stdout
    [goal] = load_goals(paths).goals
    assert (goal.title, goal.why, goal.target) == ("Walk daily", "energy", date(2099, 3, 1))
    assert goal.updated > goal.created
    cli(["goals", "edit", goal_id, "--target", "today"])
    assert load_goals(paths).goals[0].target == date.today()
    cli(["goals", "edit", goal_id, "--clear-target"])
    assert load_goals(paths).goals[0].target is None


@pytest.mark.parametrize(
    ("extra", "code", "expected"),
    [
        (["--target", "soon"], 2, "not a date I can read"),
        (["--target", "+1d", "--clear-target"], 2, "either --target or --clear-target"),
        (["--title", " "], 1, "needs a few words"),
        ([], 2, "run this in a terminal"),
    ],
)
def test_edit_problems(
    cli: Any, paths: Paths, extra: list[str], code: int, expected: str
) -> None:
    goal_id = _add(cli, "Walk")
    before = paths.goals.read_bytes()
    result = cli(["goals", "edit", goal_id, *extra])
    assert result.exit_code == code
    assert expected in _error(result)
    assert paths.goals.read_bytes() == before


# --- edit in an editor ---

FAKE_EDITOR = r'''
import os, pathlib, sys
path = pathlib.Path(sys.argv[-1])
log = pathlib.Path(os.environ["FAKE_LOG"])
runs = int(log.read_text()) if log.exists() else 0
log.write_text(str(runs + 1))
plan = os.environ["FAKE_PLAN"].split("|")
step = plan[min(runs, len(plan) - 1)]
text = path.read_text(encoding="utf-8")
if step == "retitle":
    text = text.replace('title = "', 'title = "Edited ', 1)
elif step == "break":
    text += "\nbogus = 1\n"
elif step == "mend":
    text = text.replace("\nbogus = 1\n", "\n").replace('title = "', 'title = "Mended ', 1)
elif step == "fail":
    sys.exit(3)
elif step == "meanwhile":
    import subprocess
    subprocess.run([sys.executable, "-m", "mi_journal", "goals", "step",
                    os.environ["FAKE_GOAL"], "add", "added meanwhile"], check=True)
    text = text.replace('title = "', 'title = "Edited ', 1)
elif step == "status-meanwhile":
    import subprocess
    subprocess.run([sys.executable, "-m", "mi_journal", "goals", "step",
                    os.environ["FAKE_GOAL"], "add", "added meanwhile"], check=True)
    subprocess.run([sys.executable, "-m", "mi_journal", "goals", "status",
                    os.environ["FAKE_GOAL"], "done", "--note", "made it"], check=True)
    text = text.replace('title = "', 'title = "Edited ', 1)
    text = text.replace('status = "active"', 'status = "paused"', 1)
elif step == "see":
    pathlib.Path(os.environ["FAKE_LOG"] + ".seen").write_text(text, encoding="utf-8")
path.write_text(text, encoding="utf-8")
'''


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Pretend to be on a terminal and use a scripted editor; returns a setter."""
    folder = tmp_path / "my editor"  # a space: the command must be split, not shelled
    folder.mkdir()
    script = folder / "edit.py"
    script.write_text(FAKE_EDITOR)
    log = tmp_path / "runs"
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"'{sys.executable}' '{script}'")
    monkeypatch.setenv("FAKE_LOG", str(log))

    def plan(*steps: str) -> Path:
        monkeypatch.setenv("FAKE_PLAN", "|".join(steps))
        return log

    return plan


def test_editor_edit_is_saved(cli: Any, paths: Paths, editor: Any) -> None:
    editor("retitle")
    goal_id = _add(cli, "Walk")
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 0, result.output
    assert f"Saved goal {goal_id}" in result.stdout
    assert load_goals(paths).goals[0].title == "Edited Walk"
    assert not list(paths.cache.glob("goal-edit-*"))  # the temporary copy is gone


def test_visual_wins_over_editor(cli: Any, paths: Paths, editor: Any,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    editor("retitle")
    monkeypatch.setenv("VISUAL", "/nonexistent/editor --wait")
    goal_id = _add(cli, "Walk")
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 1
    assert "could not start the editor '/nonexistent/editor'" in _error(result)


def test_editor_without_change(cli: Any, paths: Paths, editor: Any) -> None:
    editor("nothing")
    goal_id = _add(cli, "Walk")
    before = paths.goals.read_bytes()
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 0
    assert "Nothing changed" in result.stdout
    assert paths.goals.read_bytes() == before


def test_invalid_edit_discarded_leaves_original(cli: Any, paths: Paths, editor: Any) -> None:
    log = editor("break")
    goal_id = _add(cli, "Walk")
    before = paths.goals.read_bytes()
    result = cli(["goals", "edit", goal_id], input="x\nd\n")
    assert result.exit_code == 0
    assert "a goal has no bogus" in result.stdout
    assert "discarded" in result.stdout
    assert paths.goals.read_bytes() == before
    assert log.read_text() == "1"


def test_invalid_edit_reopened_keeps_the_persons_text(
    cli: Any, paths: Paths, editor: Any
) -> None:
    log = editor("retitle", "break", "mend")
    goal_id = _add(cli, "Walk")
    cli(["goals", "edit", goal_id])  # run 1: a valid edit, saved
    result = cli(["goals", "edit", goal_id], input="r\n")  # run 2 breaks, run 3 mends
    assert result.exit_code == 0, result.output
    assert log.read_text() == "3"
    # The re-opened text carried the earlier edit: both changes are there.
    assert load_goals(paths).goals[0].title == "Mended Edited Walk"


def test_change_made_meanwhile_is_merged_not_reverted(
    cli: Any, paths: Paths, editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14, item 2: a step added while the editor is open survives the edit."""
    editor("meanwhile")
    goal_id = _add(cli, "Walk")
    monkeypatch.setenv("FAKE_GOAL", goal_id)
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 0, result.output
    assert "changed somewhere else" in result.stdout
    assert "added meanwhile" in result.stdout  # says what changed
    [goal] = load_goals(paths).goals
    assert goal.title == "Edited Walk"
    assert [s.text for s in goal.steps] == ["added meanwhile"]


def test_conflicting_change_meanwhile_answered_no_keeps_the_edit_aside(
    cli: Any, paths: Paths, editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14, item 2: status changed on both sides: asked, and "n" keeps a copy."""
    editor("status-meanwhile")
    goal_id = _add(cli, "Walk")
    monkeypatch.setenv("FAKE_GOAL", goal_id)
    result = cli(["goals", "edit", goal_id], input="n\n")
    assert result.exit_code == 0, result.output
    assert "status: active -> done" in result.stdout
    [goal] = load_goals(paths).goals
    # Nothing of the edit was written over the other change: the file agrees with itself.
    assert (goal.title, goal.status.value) == ("Walk", "done")
    assert [n.text for n in goal.notes] == ["made it"]
    assert [s.text for s in goal.steps] == ["added meanwhile"]
    [kept] = (paths.home / "drafts" / "edits").glob(f"goal-{goal_id}-*.toml")
    assert str(kept) in result.stdout.replace("\n", "")
    assert 'title = "Edited Walk"' in kept.read_text() and 'status = "paused"' in kept.read_text()
    assert oct(kept.stat().st_mode & 0o777) == "0o600"


def test_conflicting_change_meanwhile_answered_yes_reopens_on_the_latest(
    cli: Any, paths: Paths, editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = editor("status-meanwhile", "see")
    goal_id = _add(cli, "Walk")
    monkeypatch.setenv("FAKE_GOAL", goal_id)
    result = cli(["goals", "edit", goal_id], input="y\n")
    assert result.exit_code == 0, result.output
    assert log.read_text() == "2"
    seen = Path(str(log) + ".seen").read_text()
    # Re-opened with the person's words where both changed, the other change noted,
    # and what only the other side changed already in.
    assert 'title = "Edited Walk"' in seen and 'status = "paused"' in seen
    assert 'status = "done"' in seen  # in a comment: what it is now
    assert "added meanwhile" in seen
    [goal] = load_goals(paths).goals
    assert (goal.title, goal.status.value) == ("Edited Walk", "paused")
    assert [s.text for s in goal.steps] == ["added meanwhile"]


def test_a_change_while_the_question_is_open_is_not_overwritten(
    cli: Any, paths: Paths, editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer to "open it again?" is followed by a fresh compare, never a blind save."""
    import builtins

    from mi_journal.goals.editing import add_step

    editor("status-meanwhile", "nothing")
    goal_id = _add(cli, "Walk")
    monkeypatch.setenv("FAKE_GOAL", goal_id)
    answers = iter(["y", "n"])

    def answer(prompt: str = "") -> str:
        reply = next(answers)
        if reply == "y":
            add_step(paths, goal_id, "added while asking")
        return reply

    monkeypatch.setattr(builtins, "input", answer)
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 0, result.output
    [goal] = load_goals(paths).goals
    assert [s.text for s in goal.steps] == ["added meanwhile", "added while asking"]


def spawn_goal_edit_clash(cli: Any, paths: Paths, tmp_path: Path,
                          rows: int, columns: int) -> tuple[Any, str]:
    """`mij goals edit` in a pseudo-terminal of `rows` x `columns`, with an editor that
    changes the goal's status on disk meanwhile, so the clash question is asked."""
    import pexpect

    from tests.conftest import mij_command, subprocess_env

    goal_id = _add(cli, "Walk")
    script = tmp_path / "edit.py"
    script.write_text(FAKE_EDITOR)
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "goals", "edit", goal_id], encoding="utf-8", timeout=30,
        dimensions=(rows, columns),
        env=subprocess_env(paths.home, TERM="dumb", COLUMNS=str(columns), VISUAL="",
                           EDITOR=f"'{sys.executable}' '{script}'", FAKE_GOAL=goal_id,
                           FAKE_LOG=str(tmp_path / "runs"), FAKE_PLAN="status-meanwhile"),
    )
    return child, goal_id


def test_goal_edit_clash_in_a_real_terminal(cli: Any, paths: Paths, tmp_path: Path) -> None:
    """The clash question once through a pseudo-terminal: "n" keeps the edit aside."""
    import pexpect

    child, goal_id = spawn_goal_edit_clash(cli, paths, tmp_path, 50, 200)
    child.expect_exact("status: active -> done")
    child.expect_exact("(y, or n to keep your edit aside)")
    child.sendline("n")
    child.expect_exact("your edit is kept at")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert load_goals(paths).goals[0].status is GoalStatus.done
    assert len(list(paths.edits.glob(f"goal-{goal_id}-*.toml"))) == 1


def test_editor_that_exits_badly_changes_nothing(cli: Any, paths: Paths, editor: Any) -> None:
    editor("fail")
    goal_id = _add(cli, "Walk")
    before = paths.goals.read_bytes()
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 1
    assert "closed with status 3" in _error(result)
    assert paths.goals.read_bytes() == before


def test_editor_command_is_split_not_shelled(monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.cli.cmd_goals import editor_command

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "code --wait '/a b/c'; rm -rf x")
    assert editor_command() == ["code", "--wait", "/a b/c;", "rm", "-rf", "x"]
    monkeypatch.setenv("VISUAL", "vim -u NONE")
    assert editor_command() == ["vim", "-u", "NONE"]


# --- steps ---


def test_step_add_done_undo(cli: Any, paths: Paths) -> None:
    goal_id = _add(cli, "Walk")
    result = cli(["goals", "step", goal_id, "add", "buy", "a", "torch"])
    assert result.exit_code == 0
    assert "Added step 1" in result.stdout
    cli(["goals", "step", goal_id, "add", "ask Sam"])
    result = cli(["goals", "step", goal_id, "done", "2"])
    assert "Step 2" in result.stdout and "done" in result.stdout
    data = _json(cli, "goals", "show", goal_id, "--json")
    assert [(s["text"], s["done"]) for s in data["steps"]] == [("buy a torch", False),
                                                              ("ask Sam", True)]
    assert data["steps_done"] == 1
    cli(["goals", "step", goal_id, "undo", "2"])
    assert load_goals(paths).goals[0].steps[1].done is False


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["done", "3"], 1, "has steps 1 to 2; there is no step 3"),
        (["done", "0"], 1, "there is no step 0"),
        (["undo", "x"], 2, "needs one step number"),
        (["done", "1", "2"], 2, "needs one step number"),
        (["done", "\u0661"], 2, "needs one step number"),
        (["tick", "1"], 2, "is not add, done or undo"),
        (["add", " "], 1, "step needs a few words"),
    ],
)
def test_step_problems(cli: Any, paths: Paths, args: list[str], code: int, expected: str) -> None:
    goal_id = _add(cli, "Walk", "--step", "a", "--step", "b")
    before = paths.goals.read_bytes()
    result = cli(["goals", "step", goal_id, *args])
    assert result.exit_code == code
    assert expected in _error(result)
    assert paths.goals.read_bytes() == before


# --- status ---


@pytest.mark.parametrize(
    ("words", "status"),
    [(["done"], GoalStatus.done), (["paused"], GoalStatus.paused),
     (["set-aside"], GoalStatus.set_aside), (["set", "aside"], GoalStatus.set_aside),
     (["set aside"], GoalStatus.set_aside), (["active"], GoalStatus.active)],
)
def test_status_changes(cli: Any, paths: Paths, words: list[str], status: GoalStatus) -> None:
    goal_id = _add(cli, "Walk")
    result = cli(["goals", "status", goal_id, *words, "--note", "my reasons"])
    assert result.exit_code == 0, result.output
    [goal] = load_goals(paths).goals
    assert goal.status is status
    assert [n.text for n in goal.notes] == ["my reasons"]
    assert "fail" not in result.stdout.lower()


def test_bad_status_writes_nothing(cli: Any, paths: Paths) -> None:
    goal_id = _add(cli, "Walk")
    before = paths.goals.read_bytes()
    result = cli(["goals", "status", goal_id, "failed"])
    assert result.exit_code == 2
    assert "not a goal status" in _error(result)
    assert paths.goals.read_bytes() == before


# --- a broken goals file ---


def test_broken_goals_file_is_named_with_line_and_kept(cli: Any, paths: Paths) -> None:
    paths.home.mkdir(parents=True)
    broken = b"schema = 1\n[[goals]]\nid = \n"
    paths.goals.write_bytes(broken)
    for args in (["goals"], ["goals", "add", "Walk"], ["goals", "show", "ab"],
                 ["goals", "status", "ab", "done"]):
        result = cli(args)
        assert result.exit_code == 1
        message = _error(result)
        assert str(paths.goals) in message
        assert "line 3" in message
    assert paths.goals.read_bytes() == broken


def test_help_lists_every_subcommand(cli: Any) -> None:
    out = cli(["goals", "--help"]).stdout
    for name in ("list", "add", "show", "edit", "step", "status", "review"):
        assert name in out


def test_ctrl_c_at_the_clash_question_keeps_the_edit_aside(
    cli: Any, paths: Paths, editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As "n" does, and one line says where (walk-through, December 5: Ctrl-C at an edit
    question lost the text without a word)."""
    import builtins

    editor("status-meanwhile")
    goal_id = _add(cli, "Walk")
    monkeypatch.setenv("FAKE_GOAL", goal_id)

    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(builtins, "input", interrupted)
    result = cli(["goals", "edit", goal_id])
    assert result.exit_code == 130, result.output
    [kept] = (paths.home / "drafts" / "edits").glob(f"goal-{goal_id}-*.toml")
    assert f"Stopped; your edit is kept in {kept}" in result.stdout.replace("\n", "")
    assert 'title = "Edited Walk"' in kept.read_text()
    assert load_goals(paths).goals[0].title == "Walk"

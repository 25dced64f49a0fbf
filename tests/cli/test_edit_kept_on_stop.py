"""An edit that cannot be saved as it is asks one question, worded the same for
`mij edit` and `mij goals edit`: open it again (Enter, o or r) or discard (only d).
Ctrl-C and Ctrl-D there keep the edited text in drafts/edits/ (atomic, 0600) and say
where in one line (walk-through: Ctrl-C at `mij edit` returned to the shell with no
word and the text was gone; Ctrl-D there threw it away; `mij goals edit` the same)."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import common as common_msg
from tests.conftest import Cli

# Writes the person's words, then a line that is not TOML (the walk-through's mistake).
BREAKING_EDITOR = r'''
import pathlib, sys
path = pathlib.Path(sys.argv[-1])
text = path.read_text(encoding="utf-8")
text = text.replace("Slept well", "Slept well, my careful words", 1)
text = text.replace('title = "', 'title = "my careful words ', 1)
path.write_text(text + "\nthis line is not toml\n", encoding="utf-8")
'''


@pytest.fixture
def breaking_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.py"
    script.write_text(BREAKING_EDITOR)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"'{sys.executable}' '{script}'")
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    monkeypatch.setattr("mi_journal.cli.render.stdout_is_terminal", lambda: True)


def _ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted() -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("mi_journal.cli.edit_again._read_reply", interrupted)


def _note(cli: Cli) -> tuple[str, bytes, Path]:
    assert cli(["note", "Slept well"]).exit_code == 0
    [row] = json.loads(cli(["list", "--json"]).stdout)
    path = Path(row["path"])
    return row["id"], path.read_bytes(), path


def _goal(cli: Cli, paths: Paths) -> tuple[str, bytes]:
    result = cli(["goals", "add", "Walk after dinner", "--json"])
    return json.loads(result.stdout)["id"], paths.goals.read_bytes()


def _kept_one(paths: Paths, output: str) -> Path:
    kept = sorted(paths.edits.glob("*.toml"))
    assert len(kept) == 1, kept
    assert f"your edit is kept in {kept[0]}" in " ".join(output.split())
    assert "my careful words" in kept[0].read_text(encoding="utf-8")
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.edits.stat().st_mode) == 0o700
    return kept[0]


@pytest.mark.parametrize("stop", ["ctrl-c", "ctrl-d"])
def test_entry_edit_stopped_at_the_question_keeps_the_text(
        cli: Cli, paths: Paths, breaking_editor: None, monkeypatch: pytest.MonkeyPatch,
        stop: str) -> None:
    entry_id, before, path = _note(cli)
    if stop == "ctrl-c":
        _ctrl_c(monkeypatch)
    result = cli(["edit", entry_id], input="")
    assert result.exit_code == (130 if stop == "ctrl-c" else 0), result.output
    assert common_msg.EDIT_OPEN_AGAIN in result.stdout
    assert "thrown away" not in result.stdout
    assert "the entry is as it was" in result.stdout
    _kept_one(paths, result.stdout)
    assert path.read_bytes() == before


@pytest.mark.parametrize("stop", ["ctrl-c", "ctrl-d"])
def test_goal_edit_stopped_at_the_question_keeps_the_text(
        cli: Cli, paths: Paths, breaking_editor: None, monkeypatch: pytest.MonkeyPatch,
        stop: str) -> None:
    goal_id, before = _goal(cli, paths)
    if stop == "ctrl-c":
        _ctrl_c(monkeypatch)
    result = cli(["goals", "edit", goal_id], input="")
    assert result.exit_code == (130 if stop == "ctrl-c" else 0), result.output
    assert common_msg.EDIT_OPEN_AGAIN in result.stdout
    assert "discarded" not in result.stdout
    assert "the goal is as it was" in result.stdout
    kept = _kept_one(paths, result.stdout)
    assert kept.name.startswith(f"goal-{goal_id}-")
    assert paths.goals.read_bytes() == before


@pytest.mark.parametrize("command", ["entry", "goal"])
def test_both_prompts_read_and_answer_the_same_way(
        cli: Cli, paths: Paths, breaking_editor: None, command: str) -> None:
    """Unknown reply: asked again, worded the same; Enter opens again; only d discards."""
    if command == "entry":
        args = ["edit", _note(cli)[0]]
    else:
        args = ["goals", "edit", _goal(cli, paths)[0]]
    result = cli(args, input="x\n\nd\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count(common_msg.EDIT_OPEN_AGAIN) == 2  # after each editor run
    assert result.stdout.count(common_msg.EDIT_OPEN_AGAIN_AGAIN) == 1
    assert not list(paths.edits.glob("*.toml"))  # "d": discarded, as asked


def test_keep_edit_writes_atomically_and_privately(paths: Paths, cli: Cli) -> None:
    from mi_journal.journal.changes import keep_edit, start_edit

    entry_id, _before, _path = _note(cli)
    session = start_edit(paths, entry_id)
    session.draft.chmod(0o644)  # an editor may save its file its own way
    kept = keep_edit(session, b"my careful words\n")
    assert kept == session.draft and kept.parent == paths.edits
    assert kept.read_bytes() == b"my careful words\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not [p for p in paths.edits.iterdir() if p != kept]  # no temporary file left


def test_keep_goal_edit_writes_privately(paths: Paths) -> None:
    from mi_journal.goals.editing import keep_goal_edit

    first: Any = keep_goal_edit(paths, "k3mz", "title = 'my careful words'\n")
    second = keep_goal_edit(paths, "k3mz", "title = 'other words'\n")
    assert first != second  # never written over
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert first.read_text() == "title = 'my careful words'\n"


def test_editing_again_names_the_kept_edit(cli: Cli, paths: Paths, breaking_editor: None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """walk5: after Ctrl-C kept an edit, `mij edit` on the same entry opened the original
    with no word of it, so the text looked lost."""
    from mi_journal.journal.changes import kept_edits_of, start_edit
    from mi_journal.messages import journal as journal_msg

    entry_id, _, _ = _note(cli)
    _ctrl_c(monkeypatch)
    assert cli(["edit", entry_id], input="").exit_code == 130
    [kept] = sorted(paths.edits.glob("*.toml"))
    assert kept_edits_of(paths, entry_id) == (kept,)
    assert kept_edits_of(paths, "20990101-000000-zzzzzz") == ()
    session = start_edit(paths, entry_id)
    assert session.earlier == (kept,) and session.draft != kept
    session.draft.unlink()
    again = cli(["edit", entry_id], input="")
    said = " ".join(again.output.split())
    assert " ".join(journal_msg.earlier_edit_kept(str(kept)).split()) in said


def test_deleting_an_entry_names_its_kept_edit(cli: Cli, paths: Paths, breaking_editor: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """walk6: a delete says "cannot be undone"; an edit of that entry kept in drafts/edits/
    still holds its words, and the program never removes a person's words unasked, so the
    delete says where it is."""
    from mi_journal.journal.changes import delete_entry, find_entry
    from mi_journal.messages import journal as journal_msg

    entry_id, _, _ = _note(cli)
    _ctrl_c(monkeypatch)
    assert cli(["edit", entry_id], input="").exit_code == 130
    [kept] = sorted(paths.edits.glob("*.toml"))
    result = cli(["delete", entry_id, "--yes"])
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert " ".join(journal_msg.delete_left_kept_edits([str(kept)]).split()) in said
    assert kept.exists()  # the person's words: told, never removed unasked
    other_id, _, _ = _note(cli)
    path, _ = find_entry(paths, other_id)
    assert delete_entry(paths, path) == () and not path.exists()

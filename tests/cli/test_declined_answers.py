"""`mij interview` with an answer that declines ("nothing for now", "not sure"): the
interview closes kindly, nothing quotes it, and it is never offered back
(tests/unit/test_declined_answers.py for the engine; tests/system/test_declined_pty.py
for a terminal)."""

from __future__ import annotations

import json
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.storage.entries import load_entries
from tests.conftest import Cli

WIDE = {"COLUMNS": "400"}


def _run(cli: Cli, tmp_path: Path, stage: str, answers: dict[str, object]):
    source = tmp_path / f"{stage}.json"
    source.write_text(json.dumps(answers), encoding="utf-8")
    return cli(["interview", stage, "--answers", str(source)], env=WIDE)


def test_focusing_with_nothing_for_now(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    result = _run(cli, tmp_path, "focusing", {
        "focus": "nothing for now", "focus-why": "?", "typical-week": "?",
        "direction": "not sure yet"})
    assert result.exit_code == 0, result.output
    assert summary_msg.SUMMARY_DECLINED in result.stdout
    assert summary_msg.SUMMARY_KEY_QUESTION not in result.stdout
    assert "nothing for now" not in result.stdout
    assert interview_msg.answers_not_asked_after_decline(
        ["direction", "focus-why", "typical-week"], "focus") in result.stderr
    [entry] = load_entries(paths).entries
    assert [(a.prompt, a.value) for a in entry.answers if not a.skipped] == [
        ("focus", "nothing for now")]
    assert all("nothing for now" not in a.question for a in entry.answers)


def test_planning_with_an_unsure_goal(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    result = _run(cli, tmp_path, "planning", {
        "focus": "weeknight drinking", "next": "make a plan", "goal-title": "idk",
        "steps": ["one"]})
    assert result.exit_code == 0, result.output
    assert summary_msg.SUMMARY_DECLINED in result.stdout
    assert interview_msg.answers_not_asked_after_decline(["steps"], "goal-title") in result.stderr
    [entry] = load_entries(paths).entries
    assert entry.goals == []
    assert [a.prompt for a in entry.answers if not a.skipped] == ["focus", "next", "goal-title"]


def test_a_named_focus_goes_on_as_before(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    result = _run(cli, tmp_path, "focusing", {
        "focus": "not sure how to cut down", "focus-why": "My sleep is bad."})
    assert result.exit_code == 0, result.output
    assert summary_msg.SUMMARY_DECLINED not in result.stdout
    assert "interview closed there" not in result.stderr
    [entry] = load_entries(paths).entries
    by_id = {a.prompt: a for a in entry.answers}
    assert by_id["focus-why"].question == (
        'What makes "not sure how to cut down" the thing to look at now?')

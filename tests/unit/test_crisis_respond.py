"""What the help lines lead with: medicines kept for later (a stockpile: planning) or
taken (an overdose that may have happened). Walk-through: "I've been saving up my pills"
was answered with "call 911 now, naloxone, don't leave the person alone" first."""

from __future__ import annotations

import pytest

from mi_journal.crisis.detect import (
    CrisisFinding,
    answer_crisis,
    detect_crisis,
    merge_findings,
    texts_crisis,
)
from mi_journal.crisis.respond import only_kept_for_later
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import Cli

KEPT = [
    "I've been saving up my pills",
    "keeping a stash of pills for a bad night",
    "hoarding my sleeping pills",
    "I've been stockpiling my sertraline for a while.",
    "I have two months of morphine stashed in the wardrobe.",
    "I have been hoarding my take homes",
    "I have pills saved up. I'm going to take them tonight",
    "saving my meds to take them all at once",
    "Got my pills saved up, I\u2019ll take them all tonight",
    "been stashing my meds, gonna take em when it gets bad",
]
TAKEN = [
    "I took all the pills I saved",
    "I have been saving my pills and I took them tonight",
    "I swallowed a handful of the pills I had been hoarding",
    "I saved my pills and now I feel dizzy",
    "been stashing pills, popped a few with vodka",
    "I'm taking all the pills I saved",
    "I saved up my pills and I'm taking them now",
    "I hid my pills and overdosed on them",
    "I took all my pills",  # nothing kept
]


@pytest.mark.parametrize("text", KEPT)
def test_kept_for_later(text: str) -> None:
    assert only_kept_for_later(text)


@pytest.mark.parametrize("text", TAKEN)
def test_any_word_of_taking_keeps_the_overdose_steps_first(text: str) -> None:
    assert not only_kept_for_later(text)
    finding = detect_crisis(text)
    assert finding is not None and finding.overdose and not finding.kept_for_later


@pytest.mark.parametrize("text", [t for t in KEPT if "stash of pills" not in t])
def test_the_finding_is_marked(text: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None and finding.overdose and finding.kept_for_later


def test_only_overdose_findings_are_marked() -> None:
    assert not CrisisFinding(("suicide",), ("x",), kept_for_later=True).kept_for_later
    finding = detect_crisis("I saved my letters and I want to die")
    assert finding is not None and not finding.kept_for_later


def test_several_texts_read_together() -> None:
    """A word of taking in another answer counts, and a merge is marked only when every
    finding with overdose wording is."""
    kept = texts_crisis(["saving my pills", "for a bad night"])
    assert kept is not None and kept.kept_for_later
    taken = texts_crisis(["saving my pills", "I took some of them"])
    assert taken is not None and not taken.kept_for_later
    listed = answer_crisis(["saving my pills", "I swallowed them"])
    assert listed is not None and not listed.kept_for_later
    merged = merge_findings([detect_crisis("saving my pills"), detect_crisis("I want to die")])
    assert merged is not None and merged.kept_for_later
    mixed = merge_findings([detect_crisis("saving my pills"), detect_crisis("I took all my pills")])
    assert mixed is not None and not mixed.kept_for_later


def _block(stdout: str) -> str:
    return " ".join(stdout.split())


def test_mij_note_kept_for_later_leads_with_988(cli: Cli) -> None:
    result = cli(["note", "I've been saving up my pills"])
    assert result.exit_code == 0
    out = _block(result.stdout)
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in out
    assert out.index("988") < out.index(_block(crisis_msg.CRISIS_KEPT_OUT_OF_REACH))
    assert _block(crisis_msg.CRISIS_KEPT_IF_TAKEN) in out
    assert out.count("911") == 1


def test_mij_note_taken_keeps_the_overdose_steps_first(cli: Cli) -> None:
    result = cli(["note", "I took all the pills I had saved"])
    assert result.exit_code == 0
    out = _block(result.stdout)
    assert out.index(crisis_msg.CRISIS_OVERDOSE_HEADING) < out.index("988")
    assert crisis_msg.CRISIS_KEPT_OUT_OF_REACH not in result.stdout


def test_someone_else_keeping_pills_keeps_the_old_order(cli: Cli) -> None:
    """The hand-over line speaks to the person; about someone else the steps and the
    line for people worried about someone stay as they were."""
    result = cli(["note", "My son has been hoarding his pills"])
    out = _block(result.stdout)
    assert crisis_msg.CRISIS_KEPT_OUT_OF_REACH not in result.stdout
    assert out.index(crisis_msg.CRISIS_OVERDOSE_HEADING) < out.index("988")


def test_an_interview_answer_kept_for_later(cli: Cli, tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    answers = tmp_path / "a.toml"
    answers.write_text('focus = "I have been saving up my sleeping pills"\n')
    result = cli(["interview", "focusing", "--answers", str(answers)])
    out = _block(result.stdout)
    assert _block(crisis_msg.CRISIS_KEPT_OUT_OF_REACH) in out, result.output
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in out


def test_interview_answers_are_read_together(cli: Cli, tmp_path: object) -> None:
    """--answers: pills kept in one answer and taken in another: the steps come first."""
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    answers = tmp_path / "a.toml"
    answers.write_text('on-your-mind = "I have been saving up my pills"\n'
                       'what-matters = "I took a few of them last night"\n')
    result = cli(["interview", "engaging", "--answers", str(answers)])
    out = _block(result.stdout)
    assert out.index(crisis_msg.CRISIS_OVERDOSE_HEADING) < out.index("988"), result.output
    assert crisis_msg.CRISIS_KEPT_OUT_OF_REACH not in result.stdout

"""What the December 5 walk-through found in evoking summaries: the focus topic quoted
alone ("drinking") and a sarcastic, waved-off answer read back under "You also wrote"."""

from __future__ import annotations

import json
from pathlib import Path

from mi_journal.interview.summary import quotable_units
from tests.conftest import Cli

ANSWERS = {
    "focus": "drinking",
    "importance": 6,
    "importance-lower": "My kids are starting to notice.",
    "better": "Mornings would be calmer. Yeah right, like I'm ever going to stop though.",
    "concerns": "My liver, honestly.",
}
BETTER = 'If you did make a change around "drinking", what might be better in your life?'


def test_a_waved_off_sentence_is_marked_and_the_rest_is_not() -> None:
    units, crisis = quotable_units(ANSWERS["better"], BETTER)  # type: ignore[arg-type]
    assert not crisis
    assert [(u.text, u.sarcastic) for u in units] == [
        ("Mornings would be calmer.", False),
        ("Yeah right, like I'm ever going to stop though.", True)]


def test_the_summary_leaves_out_the_topic_alone_and_the_sarcasm(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), "utf-8")
    result = cli(["interview", "evoking", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert "“drinking”" not in result.stdout
    assert "Yeah right" not in result.stdout
    assert "“Mornings would be calmer.”" in result.stdout
    assert "“My kids are starting to notice.”" in result.stdout


def test_a_longer_focus_answer_is_still_theirs_to_read(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    focus = "my drinking on weeknights, because it spills into the mornings"
    answers.write_text(json.dumps({**ANSWERS, "focus": focus}), "utf-8")
    result = cli(["interview", "evoking", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert "spills into the mornings" in " ".join(result.stdout.split())


def test_an_everyday_complaint_is_not_a_reason(cli: Cli) -> None:
    from mi_journal.changetalk import tag_statement

    for text in ("this traffic is killing me", "the suspense is killing me",
                 "My feet are killing me"):
        assert tag_statement(text).label == "neutral", text
    for text in ("drinking is killing me", "this hangover is killing me"):
        assert tag_statement(text).label == "change", text
    result = cli(["reflect", "tag"], input="this traffic is killing me\n")
    assert json.loads(result.stdout)["label"] == "neutral"


SAINT = ("Oh sure, I'll just become a saint who drinks herbal tea. "
         "Maybe I could wait until after dinner before opening anything.")


def test_sarcasm_without_a_change_frame_is_marked_too() -> None:
    """Third walk (December 5): "Oh sure, I'll just become a saint ..." was tagged neutral
    with no sarcasm cue (nothing for it to turn around), so the summary quoted it."""
    from mi_journal.changetalk.tagger import sounds_sarcastic

    units, _ = quotable_units(SAINT, BETTER)
    assert (units[0].text, units[0].sarcastic) == (
        "Oh sure, I'll just become a saint who drinks herbal tea.", True)
    assert not any(u.sarcastic for u in units[1:])
    assert sounds_sarcastic("oh sure, i'll just become a saint")
    assert not sounds_sarcastic("I'm sure I can wait until after dinner.")


def test_sarcasm_without_a_change_frame_is_not_read_back(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**ANSWERS, "better": SAINT}), "utf-8")
    result = cli(["interview", "evoking", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert "saint" not in result.stdout
    assert "“My kids are starting to notice.”" in result.stdout


def test_a_reason_beside_should_but_wont_stays_a_reason(cli: Cli, tmp_path: Path) -> None:
    """Lead's walk (December 5): "My kids are starting to notice. I should quit but I
    won't." - the second sentence waves the question off, and that took the rules' own
    reason from the first: it was quoted under "You wrote" instead of "Your reasons"."""
    answer = "My kids are starting to notice. I should quit but I won't."
    units, _ = quotable_units(answer, "What puts you at 7 and not lower?")
    assert [(u.label, u.kind) for u in units] == [("change", "reasons"),
                                                   ("sustain", "commitment")]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**ANSWERS, "importance-lower": answer}), "utf-8")
    result = cli(["interview", "evoking", "--answers", str(answers)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    double = [line for line in lines if line.startswith("Part of you")]  # ends on change
    assert double and double[0].endswith("\u201cMy kids are starting to notice.\u201d"), double
    # a reason, said once: the reflection ends on it, so "Your reasons" does not repeat it
    assert result.stdout.count("My kids are starting to notice.") == 1
    assert "  - \u201cMy kids are starting to notice.\u201d" not in lines

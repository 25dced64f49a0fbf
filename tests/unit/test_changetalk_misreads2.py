"""Misreads of the second walk-through of December 5 (issue 12), each with look-alikes
that must not move. Missed: a step said without "I" ("Didn't drink tonight."), a drink
slowed down ("I noticed I poured the first one slower."), a hoped-for morning answering
focusing's "what would be different" ("... actually enjoy breakfast with my daughter."),
"I will keep going because ...". Misread: a feared consequence ("I could end up dead
before my kids finish school.") as sustain/ability; a state foretold ("I won't be
thinking about using.") as a commitment; a setback told ("I used again on Saturday, first
time in eleven months.") as a reason for change. Through the tagger, the summary and the
CLI (`mij reflect tag`, `mij interview --answers` and `mij checkin --answers`, then
`mij reflect`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from mi_journal.changetalk import tag_statement
from mi_journal.crisis.detect import touches_crisis
from mi_journal.interview.engine import Interview
from mi_journal.messages import reflect as reflect_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli
from tests.unit.test_changetalk_misreads import _lines

MISREADS2 = Path(__file__).resolve().parents[1] / "data" / "misreads2"
HOPED_FOR = ('If things went the way you would like with "drinking on weeknights", what '
             "would be different a few months from now?")  # focusing's hoped-for
SIGNS = "How will you know it is working for you?"  # planning's signs

BREAKFAST = "I'd wake up clear-headed and actually enjoy breakfast with my daughter."
STEADIER = "I'll feel steadier and I won't be thinking about using."
DEAD = "I could end up dead before my kids finish school."
SETBACK = "I used again on Saturday, first time in eleven months."

# (text, question, label, kind, the rules' cue that decides it starts with)
FIXED = [
    ("Didn't drink tonight.", None, "change", "taking_steps", "taking_steps:did not drink"),
    ("I noticed I poured the first one slower.", None, "change", "taking_steps",
     "taking_steps:i poured the first one slower"),
    (BREAKFAST, HOPED_FOR, "change", "reasons",
     "reasons, answers the question:what would be different"),
    ("I will keep going because my granddaughter is starting school next year.", None,
     "change", "commitment", "commitment:will, change target:keep going"),
    (DEAD, None, "change", "reasons", "reasons:i could end up dead"),
    (STEADIER, SIGNS, "change", "reasons", "reasons, a consequence:will not be thinking about"),
    (SETBACK, None, "neutral", None, "neutral, a setback told:i used again"),
]


@pytest.mark.parametrize(("text", "question", "label", "kind", "cue"), FIXED)
def test_each_misread_reads_as_fixed(text: str, question: str | None, label: str,
                                     kind: str | None, cue: str) -> None:
    tagged = tag_statement(text, question=question)
    assert (tagged.label, tagged.kind) == (label, kind), tagged.cues
    assert tagged.cues[0].startswith(cue), tagged.cues


def test_a_feared_consequence_is_not_crisis_wording() -> None:
    assert not touches_crisis(DEAD)
    assert not tag_statement(DEAD).crisis


# Look-alikes: (text, question, label, kind or None for any); each read so before the rules.
LOOKALIKES = [
    # a step without "i": not water, not someone else, not a question
    ("I didn't drink tonight.", None, "change", "taking_steps"),
    ("Didn't drink enough water today.", None, "neutral", None),
    ("She didn't drink tonight.", None, "neutral", None),
    ("Didn't drink tonight?", None, "neutral", None),
    # a drink slowed: not any pouring, not faster, not someone else
    ("I poured the wine slowly so it wouldn't spill.", None, "neutral", None),
    ("The bartender poured it slower.", None, "neutral", None),
    ("I poured a bigger one than usual.", None, "neutral", None),
    # enjoy: a good of the change only, never the habit or how things are now
    ("I wouldn't enjoy parties as much.", HOPED_FOR, "neutral", None),
    ("I'd enjoy a drink with the lads.", HOPED_FOR, "neutral", None),
    ("I enjoy my evenings with a glass of wine.", HOPED_FOR, "neutral", None),
    ("I enjoy it too much to think about that.", HOPED_FOR, "sustain", "desire"),
    ("I enjoyed breakfast with my daughter.", "What did you enjoy this week?", "neutral", None),
    # keep going: not to the pub, not the way i am, not out, not until
    ("I'll keep going to the pub on Fridays.", None, "sustain", "commitment"),
    ("I'll just keep going the way I am.", None, "sustain", "commitment"),
    ("I'll keep going until the bottle's empty.", None, "neutral", None),
    ("I will keep going out every weekend.", None, "neutral", None),
    ("I can't keep going like this.", None, "change", "need"),
    # a harm foretold: not a harm wished away, not someone else's, not a good night
    ("I don't want to end up dead.", None, "change", "desire"),
    ("I won't end up like my dad.", None, "change", "commitment"),
    ("My brother could end up in prison.", None, "neutral", None),
    ("I could end up having a great night.", None, "neutral", None),
    # a state foretold: the habit itself not done stays a commitment
    ("I won't be drinking on weeknights.", SIGNS, "change", "commitment"),
    ("I won't be going to the pub after work.", None, "change", "commitment"),
    ("I will wake up early and go for a run.", None, "change", "commitment"),
    # a setback: not a step kept, not someone else's, not "started again" (sustain)
    ("I haven't used again since Saturday.", None, "change", "taking_steps"),
    ("I went to a meeting, the first time in months.", None, "change", "taking_steps"),
    ("I started using again and I don't want to stop.", None, "sustain", "taking_steps"),
    ("My dad drank again last night.", None, "neutral", None),
]


@pytest.mark.parametrize(("text", "question", "label", "kind"), LOOKALIKES)
def test_lookalikes_do_not_move(text: str, question: str | None, label: str,
                                kind: str | None) -> None:
    tagged = tag_statement(text, question=question)
    assert tagged.label == label, tagged.cues
    if kind is not None:
        assert tagged.kind == kind, tagged.cues


def test_a_setback_beside_change_talk_leaves_it_and_is_never_change() -> None:
    """The setback settles its own clause only; "I drank again" is never read as a
    reason for change by the statistical part."""
    for text in ("I drank again yesterday.", "Relapsed on Thursday, first time since June.",
                 "I slipped up on Sunday and drank the whole bottle."):
        tagged = tag_statement(text)
        assert tagged.label == "neutral", tagged.cues
        assert not any(cue.startswith("model:") for cue in tagged.cues), tagged.cues
    both = tag_statement("I drank again on Friday, but I want to stop.")
    assert (both.label, both.kind) == ("change", "desire"), both.cues


def _summary(pack: str, answers: Mapping[str, object]) -> str:
    interview = Interview(load_builtin(pack))
    while (question := interview.current()) is not None:
        if question.prompt.id in answers:
            interview.submit_value(answers[question.prompt.id])
        else:
            interview.skip()
    return interview.summary()


def _under(summary: str, heading: str) -> list[str]:
    lines = summary.splitlines()
    if heading not in lines:
        return []
    start = lines.index(heading) + 1
    end = next((n for n in range(start, len(lines)) if not lines[n].startswith("  - ")),
               len(lines))
    return lines[start:end]


PLANNING = {"focus": "drinking on weeknights", "next": "try one small step and see how it goes",
            "goal-title": "No drinks Monday to Thursday", "signs": STEADIER}


def test_a_state_foretold_is_not_listed_as_what_you_will_do() -> None:
    summary = _summary("planning", PLANNING)
    quoted = f"  - \u201c{STEADIER}\u201d"
    assert quoted not in _under(summary, summary_msg.SUMMARY_KIND_HEADINGS["commitment"])
    assert quoted in _under(summary, summary_msg.SUMMARY_KIND_HEADINGS["reasons"])


def test_focusings_hoped_for_answer_is_handed_back_as_a_reason() -> None:
    summary = _summary("focusing", {"focus": "drinking on weeknights", "hoped-for": BREAKFAST})
    assert f"  - \u201c{BREAKFAST}\u201d" in _under(
        summary, summary_msg.SUMMARY_KIND_HEADINGS["reasons"])


def test_checkin_lists_a_step_without_i_and_no_setback() -> None:
    steps = summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"]
    summary = _summary("checkin", {"today": SETBACK, "step-taken": "Didn't drink tonight."})
    assert _under(summary, steps) == ["  - \u201cDidn't drink tonight.\u201d"]
    for heading in summary_msg.SUMMARY_KIND_HEADINGS.values():
        assert f"  - \u201c{SETBACK}\u201d" not in _under(summary, heading)


def test_reflect_tag_reads_each_misread_as_fixed(cli: Cli) -> None:
    rows: list[dict[str, str] | str] = [
        text if question is None else {"text": text, "question": question}
        for text, question, _, _, _ in FIXED
    ]
    found = _lines(cli, rows)
    assert [(row["label"], row["kind"]) for row in found] == [
        (label, kind) for _, _, label, kind, _ in FIXED]
    assert not any(row["crisis"] for row in found)
    # a look-alike of each beside them
    again = _lines(cli, ["She didn't drink tonight.", "I'll keep going to the pub on Fridays.",
                         "I won't be drinking on weeknights.",
                         "I haven't used again since Saturday."])
    assert [(row["label"], row["kind"]) for row in again] == [
        ("neutral", None), ("sustain", "commitment"), ("change", "commitment"),
        ("change", "taking_steps")]


def test_interview_then_reflect_puts_the_state_foretold_under_reasons(
        cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(PLANNING), encoding="utf-8")
    done = cli(["interview", "planning", "--answers", str(answers)], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert STEADIER in done.output
    assert summary_msg.SUMMARY_KIND_HEADINGS["commitment"] not in done.output
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert reflect_msg.REFLECT_KIND_HEADINGS["commitment"] not in shown.output
    reasons = shown.output.index(reflect_msg.REFLECT_KIND_HEADINGS["reasons"])
    assert STEADIER in shown.output[reasons:]


def test_checkin_then_reflect_lists_the_step_and_not_the_setback(
        cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"today": SETBACK, "step-taken": "Didn't drink tonight."}),
                       encoding="utf-8")
    assert cli(["checkin", "--answers", str(answers)]).exit_code == 0
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    steps = shown.output.index(reflect_msg.REFLECT_KIND_HEADINGS["taking_steps"])
    assert "Didn't drink tonight." in shown.output[steps:]
    assert "first time in eleven months" not in shown.output


def _rows(half: str) -> list[dict[str, str]]:
    path = MISREADS2 / f"{half}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("half", ["dev", "test"])
def test_our_misread_sentences_none_read_the_wrong_way(half: str) -> None:
    """Our own writing (tests/data/misreads2/): nothing that is not change reads as
    change, no neutral sentence reads as sustain, and no reason or other preparatory talk
    is given a mobilizing kind (a heading that claims: "What you said you will do"). The
    rules were written on dev.jsonl; test.jsonl was run once at the end (README) and is
    held here as it was measured."""
    rows = _rows(half)
    assert len(rows) == 42
    for row in rows:
        tagged = tag_statement(row["text"], question=row.get("question"))
        assert tagged.label != "change" or row["label"] == "change", row
        assert not (row["label"] == "neutral" and tagged.label == "sustain"), row
        if tagged.label == "change" and row.get("kind") in ("desire", "ability", "reasons",
                                                             "need"):
            assert tagged.kind in ("desire", "ability", "reasons", "need"), (row, tagged.kind)

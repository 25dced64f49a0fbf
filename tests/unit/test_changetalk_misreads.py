"""Misreads found on December 5 (issue 12), each with look-alikes that must not move:
(a) an open "how could you" / "what could you" question read as a closed one, so "No clue."
was sustain talk; (b) a worry denied ("Not much scares me.") read as a reason for change;
(c) an everyday activity ("I went for a walk.", answering the check-in's glad-about
question) handed back as a step toward the change. Through the tagger, the summary, and
the CLI (`mij reflect tag`, `mij checkin --answers` then `mij reflect`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.changetalk import tag_statement
from mi_journal.interview.engine import Interview
from mi_journal.messages import reflect as reflect_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli

OPEN = "How could you go about cutting down?"
MISREADS = Path(__file__).resolve().parents[1] / "data" / "misreads"

# (question, answer, label) -- (a)
ANSWERS = [
    (OPEN, "No clue.", "neutral"),
    ("What could you do to cut down?", "No.", "neutral"),
    ("When could you start?", "No clue.", "neutral"),
    ("Where could you get some support with this?", "No.", "neutral"),
    ("So how could you get through Friday without a drink?", "Nope.", "neutral"),
    # look-alikes: a yes or no to a closed question still takes the question's frame
    ("Could you go two months without drinking?", "No.", "sustain"),
    ("Could you go two months without drinking?", "Yeah, probably.", "change"),
    ("I'm wondering, could you go a week without betting?", "No.", "sustain"),
    ("What do you think, could you cut down?", "No.", "sustain"),
    ("Are you ready to cut down?", "No.", "sustain"),
    # "no clue" and "no idea" say "I don't know"; "no problem" and "no doubt" say yes
    ("Could you cut down on weeknights?", "No idea.", "neutral"),
    ("Could you call the clinic tomorrow?", "No problem.", "change"),
]


@pytest.mark.parametrize(("question", "answer", "label"), ANSWERS)
def test_a_yes_or_no_takes_the_frame_of_a_closed_question_only(
        question: str, answer: str, label: str) -> None:
    tagged = tag_statement(answer, question=question)
    assert tagged.label == label, (question, answer, tagged.cues)
    if label == "neutral":
        assert not any(cue.startswith(("no to the question", "yes to the question"))
                       for cue in tagged.cues), tagged.cues


# (b)
DENIED = ["Not much scares me.", "Nothing scares me.", "Nothing really worries me.",
          "That never scares me.", "Very little frightens me.", "None of it scares me.",
          "Not a lot worries me these days.", "Hardly anything scares me these days."]
WORRIES = ["It scares me.", "That really worries me.", "What scares me is the hangovers.",
           "Nothing scares me more than losing my kids.", "The debt scares me.",
           "I'm worried about my liver."]


@pytest.mark.parametrize("text", DENIED)
def test_a_worry_denied_is_not_a_reason_for_change(text: str) -> None:
    tagged = tag_statement(text)
    assert tagged.label == "neutral", tagged.cues
    assert any(cue.startswith("neutral, a worry denied:") for cue in tagged.cues)


@pytest.mark.parametrize("text", WORRIES)
def test_a_worry_named_stays_a_reason(text: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "reasons"), tagged.cues


def test_a_worry_about_the_habit_denied_is_sustain_talk_and_other_talk_stays() -> None:
    assert tag_statement("I'm not worried about the betting.").label == "sustain"
    assert tag_statement("My drinking doesn't worry me.").label == "sustain"
    # the denial sets aside only the worry: the rest of the sentence is read as before
    both = tag_statement("Not much scares me, but I want to quit.")
    assert (both.label, both.kind) == ("change", "desire")


# (c)
ACTIVITIES = ["I went for a walk.", "I went for a walk with the dog.", "I went to the gym.",
              "I walked to work.", "I went to bed at ten last night.",
              "I have been walking every day."]
STEPS = ["I went for a walk instead of going to the pub.",
         "I went for a run when I felt like a drink.",
         "I went to the gym rather than the casino.", "I went to my first meeting.",
         "I poured the rest of the bottle out last night."]


@pytest.mark.parametrize("text", ACTIVITIES)
def test_an_everyday_activity_is_not_a_step_toward_the_change(text: str) -> None:
    tagged = tag_statement(text)
    assert tagged.label == "neutral", tagged.cues
    assert any(cue.startswith("neutral, an everyday activity:") for cue in tagged.cues)


@pytest.mark.parametrize("text", STEPS)
def test_a_step_tied_to_the_change_stays_a_step(text: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "taking_steps"), tagged.cues


def test_a_plan_to_walk_is_still_the_persons_plan() -> None:
    assert tag_statement("I'm going to go for a walk tomorrow.").kind == "commitment"


def _checkin(answers: dict[str, object]) -> str:
    interview = Interview(load_builtin("checkin"))
    while (question := interview.current()) is not None:
        if question.prompt.id in answers:
            interview.submit_value(answers[question.prompt.id])
        else:
            interview.skip()
    return interview.summary()


def test_the_checkin_summary_does_not_call_a_walk_a_step() -> None:
    steps = summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"]
    walk = _checkin({"today": "Long day, but ok.", "step-taken": "I went for a walk."})
    assert steps not in walk.splitlines()
    assert "\u201cI went for a walk.\u201d" in walk  # still the person's words, not a step
    tied = _checkin({"today": "Hard evening.",
                     "step-taken": "I went for a walk instead of going to the pub."})
    lines = tied.splitlines()
    assert lines[lines.index(steps) + 1] == (
        "  - \u201cI went for a walk instead of going to the pub.\u201d")


def _lines(cli: Cli, rows: list[dict[str, str] | str]) -> list[dict[str, object]]:
    text = "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)
    result = cli(["reflect", "tag"], input=text)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_reflect_tag_reads_each_misread_as_fixed(cli: Cli) -> None:
    rows: list[dict[str, str] | str] = [
        {"text": "No clue.", "question": OPEN},
        {"text": "No.", "question": "Could you go two months without drinking?"},
        "Not much scares me.", "It scares me.",
        "I went for a walk.", "I went for a walk instead of going to the pub.",
    ]
    labels = [(row["label"], row["kind"]) for row in _lines(cli, rows)]
    assert labels == [("neutral", None), ("sustain", "ability"), ("neutral", None),
                      ("change", "reasons"), ("neutral", None), ("change", "taking_steps")]


def test_checkin_then_reflect_lists_no_walk_as_a_step(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"today": "Long day at work, but ok.",
                                   "step-taken": "I went for a walk."}), encoding="utf-8")
    done = cli(["checkin", "--answers", str(answers)])
    assert done.exit_code == 0, done.output
    assert summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"] not in done.output
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert reflect_msg.REFLECT_KIND_HEADINGS["taking_steps"] not in shown.output
    assert "I went for a walk" not in shown.output
    answers.write_text(json.dumps({"today": "Hard evening.", "step-taken":
                                   "I went for a walk instead of going to the pub."}),
                       encoding="utf-8")
    assert cli(["checkin", "--answers", str(answers)]).exit_code == 0
    listed = cli(["reflect"], env={"COLUMNS": "200"}).output
    heading = listed.index(reflect_msg.REFLECT_KIND_HEADINGS["taking_steps"])
    assert "I went for a walk instead of going to the pub." in listed[heading:]


@pytest.mark.parametrize("half", ["dev", "test"])
def test_our_misread_sentences_none_read_the_wrong_way(half: str) -> None:
    """Our own writing (tests/data/misreads/): nothing that is not change reads as change,
    no neutral answer reads as sustain. The rules were tuned on dev.jsonl; test.jsonl was
    run once at the end (README) and is held here as it was measured."""
    rows = [json.loads(line) for line in
            (MISREADS / f"{half}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 35
    for row in rows:
        label = tag_statement(row["text"], question=row.get("question")).label
        assert label != "change" or row["label"] == "change", row
        assert not (row["label"] == "neutral" and label == "sustain"), row

"""Misreads an independent walk-through found (December 2026), each fixed at its rule.

Each one is checked through the domain tagger (the sentence the walk-through saw, and
paraphrases that must and must not read the same way) and through the CLI: `mij reflect
tag`, and what the person is shown back (`mij reflect`, the md export's change-talk section).
Where the statistical part may still move a label (it is being retrained on its own), the
rules' reading (`rule_statement`) and what may be quoted back (`quotable`) are what is checked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from mi_journal.changetalk import tag_statement, tag_text
from mi_journal.changetalk.select import quotable, strongest_change_talk
from mi_journal.changetalk.tagger import CARRIED_CUE, rule_statement
from tests.conftest import Cli

CLINIC = "I will call the clinic on Monday."  # a plain commitment beside each misread


def _tag_lines(cli: Cli, lines: Sequence[str | dict[str, str]]) -> list[dict[str, Any]]:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    result = cli(["reflect", "tag"], input=text + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _shown(cli: Cli, notes: list[str]) -> tuple[dict[str, object], str, str]:
    """What the person is shown back for these notes: `mij reflect --json`,
    `mij reflect`, and the md export's change-talk section."""
    for note in notes:
        assert cli(["note", note]).exit_code == 0
    as_json = cli(["reflect", "--json"])
    text = cli(["reflect"])
    export = cli(["export", "--format", "md", "--change-talk"])
    assert as_json.exit_code == text.exit_code == export.exit_code == 0
    section = export.stdout.split("## Entries")[0]
    return json.loads(as_json.stdout), text.stdout, section


def _rule_cues(cues: list[str] | tuple[str, ...]) -> list[str]:
    """The rules' cues (the statistical part's cue names words and word pairs it weighed)."""
    return [cue for cue in cues if not cue.startswith("model:")]


def _quoted(reflection: dict[str, object]) -> dict[str, str]:
    """Every quote `mij reflect --json` hands back, text -> kind."""
    groups = reflection["by_kind"]
    assert isinstance(groups, list)
    return {quote["text"]: quote["kind"] for group in groups for quote in group["quotes"]}


# 1. A take-back wins whatever follows it -------------------------------------------------

TAKEN_BACK = [
    "I should stop but I won't, at least not this month.",  # the walk-through's
    "I should stop but I won't, not with this job.",  # the walk-through's
    "I want to cut back but I can't right now, not with the baby.",
    "I need to quit, though I won't until after Christmas.",
    "I could stop, but I won't - not yet.",
]


@pytest.mark.parametrize("text", ["I should stop but I won't.", *TAKEN_BACK])
def test_take_back_wins_whatever_follows(text: str) -> None:
    tagged = tag_statement(text)
    assert tagged.label == "sustain", tagged.cues
    assert any(cue.startswith("take-back:") for cue in tagged.cues), tagged.cues
    assert any(cue.startswith("taken back:") for cue in tagged.cues), tagged.cues


@pytest.mark.parametrize("text", [
    "I want to stop, but I can't do it alone, I need help.",
    "I want to quit, but it will be hard, at least at first.",
    # a restart, not a refusal: a new clause of the person's own after the comma
    "I want to cut down but I'm not, I am just scared I'll let everyone down.",
])
def test_what_only_follows_a_but_takes_nothing_back(text: str) -> None:
    tagged = rule_statement(text)
    assert not any(cue.startswith("take-back:") for cue in tagged.cues), tagged.cues
    assert tagged.label == "change", tagged.cues


def test_take_back_cli_tag_and_what_is_shown(cli: Cli) -> None:
    rows = _tag_lines(cli, TAKEN_BACK[:2])
    assert [row["label"] for row in rows] == ["sustain", "sustain"], rows
    reflection, text, section = _shown(cli, [*TAKEN_BACK[:2], CLINIC])
    assert _quoted(reflection) == {CLINIC: "commitment"}
    for shown in (text, section):
        assert CLINIC in shown
        assert "I should stop" not in shown
        assert "What feels necessary to you" not in shown
        assert "What I feel needs to happen" not in shown
    assert reflection["sustain_talk"] == 2


# 2. Passing a place is a step only when it is about not using ---------------------------

NOT_A_STEP = [
    "Boss meeting ran late, I walked past the liquor store and thought why not.",
    "Drove past the bar after work and went in for one.",
    "I walked past the pub and thought, why not, just one.",
    "I walked past the pub without going in, then went back and had one.",
    "I skipped the pub but had a few at home.",
]
A_STEP = [
    "I walked past the pub without going in.",
    "Drove past the liquor store and went straight home.",
    "I drove by the casino and kept driving.",
]


@pytest.mark.parametrize("text", NOT_A_STEP)
def test_passing_a_place_or_a_lapse_is_not_a_step(text: str) -> None:
    rules = rule_statement(text)
    assert rules.label != "change", rules.cues
    tagged = tag_statement(text)
    assert tagged.label != "change" and tagged.kind != "taking_steps", tagged.cues
    assert not quotable(tagged)


@pytest.mark.parametrize("text", A_STEP)
def test_passing_a_place_without_using_is_a_step(text: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "taking_steps"), tagged.cues


def test_a_lapse_says_why_the_step_was_set_aside() -> None:
    cues = rule_statement(NOT_A_STEP[3]).cues
    assert any(cue.startswith("neutral, a lapse:went back") for cue in cues), cues


def test_passing_a_place_cli_tag_and_what_is_shown(cli: Cli) -> None:
    rows = _tag_lines(cli, [NOT_A_STEP[0], A_STEP[0]])
    assert rows[0]["label"] != "change" and rows[0]["kind"] != "taking_steps", rows[0]
    assert (rows[1]["label"], rows[1]["kind"]) == ("change", "taking_steps"), rows[1]
    reflection, text, section = _shown(cli, [NOT_A_STEP[0], A_STEP[0]])
    assert _quoted(reflection) == {A_STEP[0]: "taking_steps"}
    for shown in (text, section):
        assert A_STEP[0] in shown
        assert "liquor store" not in shown


# 3. Missed: commitments to skip, a wish, a step, context; "give up on me" ----------------

@pytest.mark.parametrize("text", [
    "I'm going to skip drinking on Tuesday and Wednesday this week.",  # the walk-through's
    "I'll skip the booze on weeknights.",
    "I am going to lay off the beer until Friday.",
    "I'm going to have a dry January.",
    "I will stay off the wine this weekend.",
])
def test_skipping_the_habit_is_a_commitment(text: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "commitment"), tagged.cues


@pytest.mark.parametrize(("text", "label"), [
    ("I'm going to skip the gym and drink.", "sustain"),  # skipping what helps
    ("I'm not going to skip drinking on Friday.", "sustain"),
    ("I'm not going to skip the meeting.", "change"),
])
def test_skipping_reads_by_what_is_skipped(text: str, label: str) -> None:
    assert tag_statement(text).label == label, tag_statement(text).cues


@pytest.mark.parametrize(("text", "kind"), [
    ("Poured the last two cans down the sink last night.", "taking_steps"),  # walk-through
    ("I poured the vodka down the drain.", "taking_steps"),
    ("Emptied the wine down the sink before bed.", "taking_steps"),
    ("I want more mornings like this.", "desire"),  # the walk-through's
    ("I'd love more mornings like this one.", "desire"),
    ("I want more sober weekends.", "desire"),
])
def test_missed_change_talk_is_found(text: str, kind: str) -> None:
    rules = rule_statement(text)
    assert (rules.label, rules.kind) == ("change", kind), rules.cues
    assert quotable(tag_statement(text)) == (tag_statement(text).label == "change")


@pytest.mark.parametrize("text", [
    "Poured myself a drink last night.",
    "I want more nights like this.",
    "I want more wine.",
])
def test_look_alikes_are_not_change_talk(text: str) -> None:
    assert rule_statement(text).label != "change", rule_statement(text).cues
    assert not quotable(tag_statement(text))


@pytest.mark.parametrize("text", [
    "I don't want Sam to give up on me.",  # the walk-through's
    "I hope my wife doesn't give up on us.",
    "I'm scared my family will give up on me.",
    "I will never give up on my kids.",
])
def test_give_up_on_someone_is_not_quitting(text: str) -> None:
    tagged = rule_statement(text)
    assert tagged.label == "neutral", tagged.cues
    assert not any("give up" in cue for cue in _rule_cues(tag_statement(text).cues))


@pytest.mark.parametrize(("text", "label"), [
    ("I want to give up drinking.", "change"),
    ("I want to give up on drinking.", "change"),
    ("I'm not going to give up smoking.", "sustain"),
])
def test_giving_up_the_habit_still_reads(text: str, label: str) -> None:
    assert rule_statement(text).label == label


SKIP = "I'm going to skip drinking on Tuesday."
SAME = "I will do the same on Wednesday."


def test_a_sentence_that_points_back_reads_with_the_one_before() -> None:
    first, second = tag_text(f"{SKIP} {SAME}")
    assert (first.label, first.kind) == ("change", "commitment")
    assert (second.label, second.kind) == ("change", "commitment"), second.cues
    assert second.cues[0].startswith(CARRIED_CUE)
    assert not quotable(second)  # never quoted without the sentence it points at
    steps = tag_text("I skipped the pub on Monday. Did the same last night.")
    assert (steps[1].label, steps[1].kind) == ("change", "taking_steps"), steps[1].cues
    held = tag_text("I'm going to keep drinking on weekends. Same again next month.")
    assert held[1].label == "sustain", held[1].cues


@pytest.mark.parametrize("text", [
    SAME,  # nothing before it
    f"{SKIP} I'll do the same as always on Wednesday.",
    f"I had a long day. {SAME}",  # the sentence before has no lean the rules found
])
def test_pointing_back_without_change_before_it_is_not_change(text: str) -> None:
    last = tag_text(text)[-1]
    assert not any(cue.startswith(CARRIED_CUE) for cue in last.cues), last.cues
    assert not quotable(last)


def test_missed_change_talk_cli_tag_and_what_is_shown(cli: Cli) -> None:
    walk = ["I'm going to skip drinking on Tuesday and Wednesday this week.",
            "Poured the last two cans down the sink last night.",
            "I don't want Sam to give up on me."]
    rows = _tag_lines(cli, [*walk, f"{SKIP} {SAME}"])
    assert (rows[0]["label"], rows[0]["kind"]) == ("change", "commitment"), rows[0]
    assert (rows[1]["label"], rows[1]["kind"]) == ("change", "taking_steps"), rows[1]
    assert not any("give up" in cue for cue in _rule_cues(rows[2]["cues"])), rows[2]
    assert (rows[3]["label"], rows[3]["kind"]) == ("change", "commitment"), rows[3]
    reflection, text, section = _shown(cli, [*walk[:2], f"{SKIP} {SAME}"])
    quoted = _quoted(reflection)
    assert quoted[walk[0]] == "commitment" and quoted[walk[1]] == "taking_steps"
    assert SAME not in quoted  # a sentence that points back is never quoted alone
    for shown in (text, section):
        assert walk[0] in shown and walk[1] in shown and SKIP in shown
        assert SAME not in shown
    # the interview summary's selection: the sentence it points at, never it alone
    strongest = [tagged.text for tagged in strongest_change_talk([f"{SKIP} {SAME}"])]
    assert strongest == [SKIP]


# 4. A consequence foretold is not a commitment -------------------------------------------

HOW_WILL_YOU_KNOW = "How will you know it is working for you?"
FORETOLD = [
    "I'll wake up without a headache on Thursday.",  # the walk-through's
    "I'm going to sleep better.",
    "I will not feel like this anymore.",
    "I'll wake up with a clear head on Saturday.",
]


@pytest.mark.parametrize("text", FORETOLD)
@pytest.mark.parametrize("question", [None, HOW_WILL_YOU_KNOW])
def test_a_consequence_foretold_is_not_a_commitment(text: str, question: str | None) -> None:
    rules = rule_statement(text, question=question)
    assert (rules.label, rules.kind) == ("change", "reasons"), rules.cues
    assert any(cue.startswith("reasons, a consequence:") for cue in rules.cues), rules.cues
    assert tag_statement(text, question=question).kind != "commitment"


def test_a_consequence_found_by_the_model_is_not_named_a_commitment() -> None:
    from mi_journal.changetalk import normalise
    from mi_journal.changetalk.lexicon import lexicon
    from mi_journal.changetalk.tagger import _kind_hint

    for text in ("I'm going to have more energy for the kids.", FORETOLD[0]):
        assert _kind_hint(normalise(text), lexicon()) == "reasons"
    assert _kind_hint(normalise("I'm going to call Jo."), lexicon()) == "commitment"


@pytest.mark.parametrize("text", [
    "I will wake up early and go for a run.",
    "I will go to bed early so I wake up without a headache.",
    "I will call the clinic tomorrow.",
    "I will have less to drink on Friday.",
])
def test_a_thing_to_do_stays_a_commitment(text: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "commitment"), tagged.cues


def test_a_consequence_cli_tag_and_what_is_shown(cli: Cli) -> None:
    rows = _tag_lines(cli, [{"text": FORETOLD[0], "question": HOW_WILL_YOU_KNOW}])
    assert rows[0]["kind"] != "commitment", rows[0]
    reflection, text, section = _shown(cli, [FORETOLD[0]])
    assert _quoted(reflection).get(FORETOLD[0]) in (None, "reasons")
    strongest = reflection["strongest_recent"]
    assert isinstance(strongest, list)
    assert all(quote["kind"] != "commitment" for quote in strongest)
    for shown in (text, section):
        assert "What you said you will do" not in shown
        assert "What I said I will do" not in shown


# The end-of-interview summary, through `mij interview planning --answers -` ---------------

def test_planning_summary_reflects_the_walk_through_answers_rightly(cli: Cli) -> None:
    from mi_journal.messages import summary as summary_msg

    answers = {
        "focus": "drinking on weeknights",
        "readiness": 6,
        "readiness-lower": f"{TAKEN_BACK[0]} {NOT_A_STEP[0]}",
        "next": "try one small step and see how it goes",
        "goal-title": CLINIC,
        "signs": FORETOLD[0],  # answers "How will you know it is working for you?"
    }
    result = cli(["interview", "planning", "--answers", "-"], input=json.dumps(answers))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    headings = summary_msg.SUMMARY_KIND_HEADINGS
    # the clinic call is what the double-sided reflection ends on (below), so it is not
    # quoted again under it (walk6); the prediction is not listed as a commitment either
    assert headings["commitment"] not in lines
    assert result.stdout.count(CLINIC) == 1
    assert lines[lines.index(headings["reasons"]) + 1] == f"  - \u201c{FORETOLD[0]}\u201d"
    assert headings["need"] not in lines and headings["taking_steps"] not in lines
    # the take-back is the side that holds back, and the reflection ends on change
    assert lines[0].startswith(f"Part of you wrote \u201c{TAKEN_BACK[0]}\u201d")
    assert lines[0].endswith(f"\u201c{CLINIC}\u201d")

"""Found by lint7's walk of every pack with three kinds of person (issue 13): the closing
summary and the stage line neither press nor read wrong for a person who is not deciding
anything today."""

from __future__ import annotations

import pytest

from mi_journal.interview.declining import picks_not_now
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.registry import load_builtin
from tests.unit.test_summary import _walk

FOCUSING = {"focus": "smoking weed", "direction-keep": "I like things the way they are.",
            "focus-why": "My partner keeps bringing it up, and I want her to feel heard."}


@pytest.mark.parametrize("direction", ["keeping things as they are for now", "not sure yet"])
def test_no_what_next_question_after_a_not_now_direction(direction: str) -> None:
    """'Where does this leave you? What would you like to do next?' after the person has
    just picked "keeping things as they are for now" presses them to say it again."""
    summary = _walk(load_builtin("focusing"), {**FOCUSING, "direction": direction}).summary()
    assert summary_msg.summary_choices([direction]) in summary
    assert summary_msg.SUMMARY_KEY_QUESTION not in summary
    assert summary_msg.SUMMARY_DECLINED not in summary  # their focus was named: not "declined"


@pytest.mark.parametrize("direction", ["cutting down", "understanding it better first", None])
def test_the_what_next_question_stays_after_any_other_direction(direction: str | None) -> None:
    answers = dict(FOCUSING) if direction is None else {**FOCUSING, "direction": direction}
    summary = _walk(load_builtin("focusing"), answers).summary()
    assert summary.splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION


def test_a_not_now_pick_in_a_list_the_pack_does_not_reflect_changes_nothing() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "how"\nstage = "engaging"\nkind = "choice"\n'
        'text = "How would you like to use it?"\nchoices = ["daily", "not sure yet"]\n'
        '[[prompts]]\nid = "why"\nstage = "evoking"\nkind = "long_text"\nreflect = true\n'
        'text = "What would be better?"\n', "p.toml")
    summary = _walk(pack, {"how": "not sure yet", "why": "I want to sleep better."}).summary()
    assert summary.splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION


@pytest.mark.parametrize(("pick", "not_now"), [
    ("keeping things as they are for now", True), ("think it over some more", True),
    ("not sure yet", True), ("nothing for now", True), ("Keep it as it is", True),
    ("cutting down", False), ("make a plan", False), ("stopping altogether", False),
    ("understanding it better first", False), (3, False), (None, False),
])
def test_picks_not_now(pick: object, not_now: bool) -> None:
    assert picks_not_now(pick) is not_now


@pytest.mark.parametrize(("quote", "line_end"), [
    ("\u201cmaybe my sleep would be better\u201d", "\u201cmaybe my sleep would be better\u201d."),
    ("\u201cI will call the clinic.\u201d", "\u201cI will call the clinic.\u201d"),
    ("\u201cCould I manage a month?\u201d", "\u201cCould I manage a month?\u201d"),
    ("\u201cI want to stop\u2026\u201d", "\u201cI want to stop\u2026\u201d"),
])
def test_the_double_sided_reflection_ends_as_a_sentence(quote: str, line_end: str) -> None:
    assert summary_msg.summary_double_sided("\u201cI like it\u201d", quote).endswith(line_end)
    assert summary_msg.summary_double_sided_brief(quote).endswith(line_end)


def test_double_sided_reflection_from_answers_without_a_full_stop() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        + "".join(f'[[prompts]]\nid = "{i}"\nstage = "evoking"\nkind = "long_text"\n'
                  f'reflect = true\ntext = "Q {i}?"\n' for i in ("a", "b")), "p.toml")
    summary = _walk(pack, {"a": "I need it to sleep", "b": "I want to feel rested"}).summary()
    first = summary.splitlines()[0]
    assert first.startswith("Part of you wrote"), summary
    assert first.endswith("\u201d."), first


def test_the_planning_stage_line_presumes_no_plan() -> None:
    """Shown before the key question: a person about to pick "nothing for now" was greeted
    with "Your own plan: goals, first steps"."""
    line = interview_msg.STAGE_PURPOSE["planning"]
    assert "if anything" in line
    assert "goal" not in line.lower() and "your own plan" not in line.lower()


LOOKING = {"focus": "smoking weed", "before": "I played football every Saturday.",
           "forward-change": "I want to be fit enough to play again with my son."}


@pytest.mark.parametrize("last", ["nothing for now", "Call Dan about five-a-side."])
def test_no_what_next_question_after_the_pack_asked_it_itself(last: str) -> None:
    """looking-back-forward ends on "What, if anything, would you like to do with what you
    noticed today?": the summary asked "What, if anything, would you like to do next?"
    straight after the person's answer to it."""
    interview = _walk(load_builtin("looking-back-forward"), {**LOOKING, "next": last})
    assert summary_msg.SUMMARY_KEY_QUESTION not in interview.summary()
    # Skipped, it is left open in the summary, as a skipped check-in "next" is.
    skipped = _walk(load_builtin("looking-back-forward"), LOOKING)
    assert "next" in {a.prompt for a in skipped.answers()}
    assert skipped.summary().splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION


def test_values_small_step_counts_as_the_what_next_question() -> None:
    answers = {"values": ["honesty"], "focus": "smoking weed",
               "clashes": "I want to be honest with my partner about it."}
    assert summary_msg.SUMMARY_KEY_QUESTION in _walk(load_builtin("values"), answers).summary()
    stepped = _walk(load_builtin("values"), {**answers, "small-step": "tell her on Sunday"})
    assert summary_msg.SUMMARY_KEY_QUESTION not in stepped.summary()


def test_a_pack_without_its_own_what_next_question_still_ends_on_it() -> None:
    summary = _walk(load_builtin("extremes"), {
        "focus": "smoking weed", "best": "I want to feel sharp at work again."}).summary()
    assert summary.splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION


def test_looking_back_asks_about_that_time_only_after_it_was_described() -> None:
    asked = {a.prompt for a in _walk(load_builtin("looking-back-forward"),
                                     {"focus": "smoking weed", "before": "nothing for now",
                                      "before-good": "x", "how-it-changed": "y"}).answers()}
    assert "before-good" not in asked and "how-it-changed" not in asked
    asked = {a.prompt for a in _walk(load_builtin("looking-back-forward"), LOOKING).answers()}
    assert {"before-good", "how-it-changed"} <= asked


@pytest.mark.parametrize("answer", ["I like things the way they are.",
                                    "It's fine as it is, I just wanted to write something.",
                                    "Honestly I don\u2019t want to change anything."])
def test_keeping_things_as_they_are_is_not_affirmed_as_a_strength(answer: str) -> None:
    """lint7's walk: evoking's strengths question answered "I like things the way they
    are." gave "You named something you can draw on: ..."."""
    summary = _walk(load_builtin("evoking"), {"focus": "smoking weed", "importance": 0,
                                              "strengths": answer}).summary()
    assert "You named something you can draw on" not in summary
    assert "You named things you can draw on" not in summary
    # A strength is still affirmed.
    named = _walk(load_builtin("evoking"), {"focus": "smoking weed",
                                            "strengths": "My stubbornness, I guess."}).summary()
    assert summary_msg.summary_affirmation("\u201cMy stubbornness, I guess.\u201d") in named

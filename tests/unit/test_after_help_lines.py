"""Once an answer has shown the help lines, the interview hands back nothing written after
that point: no later question quotes it, the summary leaves it out, and no goal is offered
(found on a walk-through: the opening answer of `mij interview planning` showed the help
lines, the next one, which the detector missed, "Give Maria ... take them all some night",
was quoted into three questions and the summary, and offered as a goal). Numbers and the
pack's own choices are still read back; answers given before that point still are too."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mi_journal.crisis.detect import mentions_crisis
from mi_journal.interview.drafts import draft_from_interview, resume_interview
from mi_journal.interview.engine import Interview
from mi_journal.interview.session import goal_offer, goal_offer_held_back
from mi_journal.packs.loader import load_pack_file
from mi_journal.storage.entries import new_entry_id
from mi_journal.storage.models import AnswerKind, now
from tests.conftest import Cli

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
BUILTIN = sorted(path.stem for path in PROMPTS.glob("*.toml"))
CRISIS = "getting rid of the doses i saved up to end it"
MISSED = "Give Maria the dog and my good coat"  # ordinary words to the detector


def _planning() -> Interview:
    return Interview(load_pack_file(PROMPTS / "planning.toml"))


def _asked_texts(interview: Interview, answers: list[object]) -> list[str]:
    """Answer in order (None skips); returns each question's text as it was asked."""
    texts: list[str] = []
    for value in answers:
        question = interview.current()
        assert question is not None, texts
        texts.append(question.text)
        if value is None:
            interview.skip()
        else:
            interview.submit_value(value)
    return texts


def test_the_detector_sees_the_opening_answer_and_not_the_next() -> None:
    # What the walk-through met: the mechanism below must not depend on the detector.
    assert mentions_crisis(CRISIS)
    assert not mentions_crisis(MISSED)


def test_planning_after_the_help_lines_quotes_nothing_new_and_offers_no_goal() -> None:
    interview = _planning()
    texts = _asked_texts(interview, [CRISIS, "make a plan", MISSED, "money, and Friday nights",
                                     "call Dr Patel", "sleeping through"])
    assert interview.help_lines_shown
    assert interview.finished, texts
    # The readiness ruler quoted the crisis focus and was not asked (as before); the
    # questions that quote the goal (why, steps, who could help) are not asked either.
    asked = [answer.prompt for answer in interview.answers()]
    assert asked == ["focus", "next", "goal-title", "obstacles", "if-then", "signs"], asked
    assert not any("Maria" in text for text in texts)
    assert "Maria" not in interview.summary()
    assert interview.withheld() == {"goal-title", "obstacles", "if-then", "signs"}
    assert goal_offer(interview) is None
    assert goal_offer_held_back(interview)


def test_without_the_help_lines_the_same_answers_are_quoted_and_offered() -> None:
    # The control: the test above fails if the engine quotes as it used to.
    interview = _planning()
    texts = _asked_texts(interview, ["drinking on weeknights", None, "make a plan", MISSED,
                                     None, ["walk the dog"], None, None, None])
    assert not interview.help_lines_shown
    assert f'What makes "{MISSED}" matter to you?' in texts
    offer = goal_offer(interview)
    assert offer is not None and offer.title == MISSED
    assert not goal_offer_held_back(interview)


def test_numbers_and_earlier_words_are_still_read_back() -> None:
    interview = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    _asked_texts(interview, ["drinking", 6, "some nights I want to kill myself"])
    assert interview.help_lines_shown
    question = interview.current()
    assert question is not None
    # The ruler's number and the focus given before the help lines still read back.
    while question is not None and "{" not in question.prompt.text:
        interview.skip() if question.prompt.optional else interview.submit("my own words")
        question = interview.current()
    assert question is not None
    assert "6" in question.text or '"drinking"' in question.text, question.text


def test_an_answer_changed_after_the_help_lines_is_not_quoted_either() -> None:
    interview = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    _asked_texts(interview, ["drinking", 6, "some nights I want to kill myself"])
    while interview.back():
        pass
    interview.submit("vaping at work")  # the focus rewritten after the help lines
    assert "focus" in interview.withheld()
    while (question := interview.current()) is not None:
        assert "vaping" not in question.text, question.text
        interview.skip() if question.prompt.optional else interview.submit("my own words")
    assert "vaping" not in interview.summary()


def test_the_help_lines_stay_shown_when_the_painful_answer_is_changed() -> None:
    interview = _planning()
    _asked_texts(interview, [CRISIS])
    interview.back()
    interview.submit("drinking")
    assert interview.help_lines_shown  # they were shown: goal-setting still waits
    # The focus, given again after the lines, is not quoted: the readiness ruler that
    # would quote it is not asked.
    _asked_texts(interview, ["make a plan", MISSED])
    question = interview.current()
    assert question is not None and "Maria" not in question.text


def test_a_draft_keeps_the_point_and_resume_goes_on_the_same_way() -> None:
    interview = _planning()
    _asked_texts(interview, [CRISIS, "make a plan", MISSED])
    draft = draft_from_interview(interview, new_entry_id(now()), now())
    assert draft.help_lines_shown and draft.after_help_lines == ["goal-title", "next"]
    resumed = _planning()
    assert resume_interview(draft, resumed) == []
    assert resumed.help_lines_shown and resumed.withheld() == {"goal-title"}
    question = resumed.current()
    assert question is not None and question.prompt.id == "obstacles"
    assert goal_offer(resumed) is None


def test_a_draft_from_before_the_point_was_kept_is_read_safely() -> None:
    interview = _planning()
    _asked_texts(interview, [CRISIS, "make a plan", MISSED])
    draft = draft_from_interview(interview, new_entry_id(now()), now())
    old = draft.model_copy(update={"help_lines_shown": None, "after_help_lines": None})
    resumed = _planning()
    resume_interview(old, resumed)
    # Every answer after the one that shows the help lines counts as given after them.
    assert resumed.help_lines_shown and resumed.withheld() == {"goal-title"}
    assert goal_offer(resumed) is None


def test_a_draft_without_help_lines_stores_nothing_new() -> None:
    interview = _planning()
    _asked_texts(interview, ["drinking", 5])
    draft = draft_from_interview(interview, new_entry_id(now()), now())
    from mi_journal.storage.tomlfile import dump_model

    assert b"help_lines" not in dump_model(draft)  # reads the same to an older mi-journal


_OWN = {AnswerKind.text, AnswerKind.long_text, AnswerKind.list}


def _answer(kind: AnswerKind, number: int, choices: list[str], choice: int) -> object:
    if kind is AnswerKind.list:
        return [f"zqx{number}a thing", f"zqx{number}b thing"]
    if kind in _OWN:
        return f"zqx{number} in my own words"
    if kind is AnswerKind.scale:
        return 6
    if kind is AnswerKind.yes_no:
        return True
    if kind is AnswerKind.choice:
        return choices[min(choice, len(choices) - 1)]
    return choices[:2]


@pytest.mark.parametrize("choice", [0, 1, 2, 3])
@pytest.mark.parametrize("pack_id", BUILTIN)
def test_every_built_in_pack_reads_right_after_the_help_lines(pack_id: str,
                                                              choice: int) -> None:
    """Crisis words in the first answer in the person's words; every later answer in
    their words carries a marker (zqxN). No later question, help text or summary holds
    a marker, and every question still reads as a question."""
    interview = Interview(load_pack_file(PROMPTS / f"{pack_id}.toml"))
    number, shown = 0, False
    while (question := interview.current()) is not None:
        prompt = question.prompt
        if shown:
            assert not re.search(r"zqx\d", question.text + question.help), question.text
        assert "{" not in question.text and question.text.rstrip().endswith(("?", "."))
        if prompt.kind in _OWN and not shown:
            interview.submit_value(["I want to kill myself"] if prompt.kind is AnswerKind.list
                                   else "I want to kill myself")
            shown = True
            continue
        number += 1
        interview.submit_value(_answer(prompt.kind, number, prompt.choices or [], choice))
    assert shown == interview.help_lines_shown
    assert not re.search(r"zqx\d", interview.summary())
    assert goal_offer(interview) is None


def test_the_summary_quotes_after_the_lines_only_what_stands_alone() -> None:
    interview = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    walk_words = "Give Maria the dog and my good coat, then take them all some night."
    answers: dict[str, object] = {"focus": "the methadone", "importance": 7,
                                  "importance-lower": CRISIS, "better": walk_words,
                                  "concerns": "I will call the clinic tomorrow. I'm tired."}
    while (question := interview.current()) is not None:
        value = answers.get(question.prompt.id)
        interview.skip() if value is None else interview.submit_value(value)
    summary = interview.summary()
    assert "Maria" not in summary and "doses" not in summary and "tired" not in summary
    # Change talk that says what it is about, as a sentence beside crisis words may be.
    assert "\u201cI will call the clinic tomorrow.\u201d" in summary


def test_ordinary_words_left_out_after_the_lines_are_said_to_be_kept() -> None:
    """walk5: an ordinary reason written after the help lines was left out and the only
    line given was "sounded very painful", which did not fit it."""
    from mi_journal.messages import summary as summary_msg

    interview = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    reason = "I'd have money left at the end of the month and I'd be nicer to my kids."
    answers: dict[str, object] = {"focus": "drinking", "importance": 7,
                                  "importance-lower": CRISIS, "better": reason}
    while (question := interview.current()) is not None:
        value = answers.get(question.prompt.id)
        interview.skip() if value is None else interview.submit_value(value)
    lines = interview.summary().splitlines()
    assert summary_msg.SUMMARY_AFTER_LINES_LEFT_OUT in lines
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT in lines  # the crisis answer itself
    assert not any("nicer to my kids" in line for line in lines)
    without = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    answers["importance-lower"] = "My kids are starting to notice."
    while (question := without.current()) is not None:
        value = answers.get(question.prompt.id)
        without.skip() if value is None else without.submit_value(value)
    assert summary_msg.SUMMARY_AFTER_LINES_LEFT_OUT not in without.summary().splitlines()


def test_the_kept_line_through_the_cli(cli: Cli) -> None:
    from mi_journal.messages import summary as summary_msg

    answers = {"focus": "drinking", "importance": 7, "importance-lower": CRISIS,
               "better": "I'd have money left at the end of the month."}
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert summary_msg.SUMMARY_AFTER_LINES_LEFT_OUT in result.stdout
    assert "money left" not in result.stdout

"""The focus named in focusing comes back in evoking and planning: offered as the answer
(Enter keeps it), easy to change, and never forced."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.engine import AnswerProblem, Interview
from mi_journal.interview.session import earlier_answers, offer_earlier_answers
from mi_journal.packs.loader import load_pack_file, parse_pack
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage, now

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


def _entry(paths: Paths, focus: str, days_ago: int, prompt: str = "focus") -> None:
    created = now() - timedelta(days=days_ago)
    write_new_entry(paths, Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        stage=Stage.focusing,
        answers=[Answer(prompt=prompt, question="What would you like to focus on?",
                        kind=AnswerKind.text, value=focus)],
    ))


def test_earlier_answers_take_the_latest(paths: Paths) -> None:
    assert earlier_answers(paths, ["focus"]) == {}
    _entry(paths, "sleep", 5)
    _entry(paths, "drinking on weeknights", 1)
    _entry(paths, "something unrelated", 0, prompt="other")
    assert earlier_answers(paths, ["focus"]) == {"focus": "drinking on weeknights"}
    assert earlier_answers(paths, []) == {}


def test_crisis_words_are_never_offered_back(paths: Paths) -> None:
    _entry(paths, "drinking on weeknights", 3)
    _entry(paths, "I want to kill myself", 1)
    # The latest focus is not shown again, and an older one does not stand in for it.
    assert earlier_answers(paths, ["focus"]) == {}


@pytest.mark.parametrize("pack_id", ["evoking", "planning", "rulers", "change-plan",
                                     "decisional-balance", "extremes", "confidence"])
def test_focus_is_offered_and_enter_keeps_it(paths: Paths, pack_id: str) -> None:
    _entry(paths, "drinking on weeknights", 1)
    interview = Interview(load_pack_file(PROMPTS / f"{pack_id}.toml"))
    offer_earlier_answers(paths, interview)
    question = interview.current()
    assert question is not None and question.prompt.id == "focus"
    assert question.suggested == "drinking on weeknights"
    interview.keep()
    assert interview.values()["focus"] == "drinking on weeknights"


def test_typing_replaces_the_offered_focus(paths: Paths) -> None:
    _entry(paths, "drinking on weeknights", 1)
    interview = Interview(load_pack_file(PROMPTS / "evoking.toml"))
    offer_earlier_answers(paths, interview)
    interview.submit("vaping at work")
    assert interview.values()["focus"] == "vaping at work"
    question = interview.current()
    assert question is not None and "vaping at work" in question.text


def test_only_prompts_marked_suggest_last_are_offered(paths: Paths) -> None:
    _entry(paths, "sleep", 1)
    head = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'
    plain = '[[prompts]]\nid = "focus"\nstage = "evoking"\nkind = "text"\ntext = "What?"\n'
    interview = Interview(parse_pack(head + plain, "t.toml"))
    offer_earlier_answers(paths, interview)
    question = interview.current()
    assert question is not None and question.suggested is None
    with pytest.raises(AnswerProblem):
        interview.keep()


def test_suggest_last_is_only_for_text_prompts() -> None:
    from mi_journal.packs.loader import PackError

    head = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'
    scale = ('[[prompts]]\nid = "r"\nstage = "evoking"\nkind = "scale"\ntext = "How?"\n'
             "suggest_last = true\n")
    with pytest.raises(PackError, match="suggest_last"):
        parse_pack(head + scale, "t.toml")


def test_the_first_focusing_interview_has_nothing_to_offer(paths: Paths) -> None:
    interview = Interview(load_pack_file(PROMPTS / "focusing.toml"))
    offer_earlier_answers(paths, interview)
    assert all(q is None or q.suggested is None for q in [interview.current()])


def _resumed_values(paths: Paths) -> Interview:
    """`mij interview values` stopped after the first three questions, then resumed:
    the draft's answers loaded into a fresh interview, as `mij resume` does."""
    from mi_journal.interview.drafts import draft_from_interview, resume_interview

    first = Interview(load_pack_file(PROMPTS / "values.toml"))
    first.submit("1,2")
    first.submit("Both, honestly.")
    first.submit("At work mostly.")
    draft = draft_from_interview(first, new_entry_id(now()), now())
    resumed = Interview(load_pack_file(PROMPTS / "values.toml"))
    assert resume_interview(draft, resumed) == []
    return resumed


def test_a_resumed_interview_offers_the_focus_as_a_new_one_does(paths: Paths) -> None:
    # The walk-through: a fresh `mij interview values` offered "weed i guess" at question
    # 4; after Ctrl-C and `mij resume`, question 4 offered nothing.
    _entry(paths, "weed i guess", 1)
    resumed = _resumed_values(paths)
    offer_earlier_answers(paths, resumed)
    question = resumed.current()
    assert question is not None and question.prompt.id == "focus" and question.number == 4
    assert question.suggested == "weed i guess"
    resumed.keep()
    assert resumed.values()["focus"] == "weed i guess"


def test_a_resumed_interview_keeps_its_own_answer_and_never_offers_crisis_words(
        paths: Paths) -> None:
    _entry(paths, "weed i guess", 2)
    _entry(paths, "the pills I saved to end it", 1)
    resumed = _resumed_values(paths)
    offer_earlier_answers(paths, resumed)
    question = resumed.current()
    assert question is not None and question.prompt.id == "focus"
    assert question.suggested is None  # nor does the older focus stand in for it
    # A prompt the draft already answered keeps that answer; nothing is offered over it.
    _entry(paths, "weed i guess", 0)
    resumed.submit("vaping")
    resumed.back()
    offer_earlier_answers(paths, resumed)
    again = resumed.current()
    assert again is not None and again.prompt.id == "focus"
    assert again.previous == "vaping" and again.suggested is None

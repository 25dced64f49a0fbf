"""An answer that declines or is unsure ("nothing for now", "not sure", "idk") is honoured:
never quoted into a later question, never offered again as the focus or as a goal, and
when it answers the question the rest of the pack hangs on (the focus), the interview
closes kindly (walk-through: "What makes "nothing for now" the thing to look at now?")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.declining import declines, topic_prompts
from mi_journal.interview.engine import Interview
from mi_journal.interview.session import earlier_answers, goal_offer, offer_earlier_answers
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.registry import builtin_pack_ids, load_builtin
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage, now

DECLINING = ["nothing for now", "Nothing.", "nothing", "not sure", "Not sure tbh", "idk",
             "dunno", "I dunno", "no idea", "No idea…", "not really", "pass", "I'm not sure yet",
             "I don\u2019t know", "Um, not sure, honestly.", "none", "nope", "not today",
             "nothing right now!", "really not sure"]
ANSWERS = ["drinking on weeknights", "not sure how to stop", "nothing to lose anymore, I want "
           "my mornings back", "no stress at work", "pass my exams", "idk why I keep doing it",
           "nothing helps", "weed", "no more hangovers", "sleep"]


@pytest.mark.parametrize("text", DECLINING)
def test_declining_answers_are_read_as_declining(text: str) -> None:
    assert declines(text)


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_that_name_something_are_not(text: str) -> None:
    assert not declines(text)


def test_only_free_text_declines() -> None:
    assert declines(["idk", "nobody really"]) is False
    assert declines(["idk", "not sure"]) is True
    assert declines([]) is False
    for value in (0, 3, True, False, None, "", "   "):
        assert declines(value) is False


def _values(prompt_kind: str, choices: list[str] | None) -> object:
    return {"scale": 5, "yes_no": True, "choice": (choices or ["x"])[0],
            "multi_choice": [(choices or ["x"])[0]], "list": ["a walk after dinner"]}.get(
        prompt_kind, "Something in my own words.")


# Walk each pack to every required, quoted prompt (planning's goal title needs "make a plan").
PATHS = {"planning": {"next": "make a plan"}, "change-plan": {"next": "make a plan"}}
TOPIC_CASES = [(pack_id, topic) for pack_id in builtin_pack_ids()
               for topic in sorted(topic_prompts(load_builtin(pack_id).prompts))]


def test_every_pack_that_quotes_a_required_answer_is_covered() -> None:
    by_pack = {pack_id: sorted(topic_prompts(load_builtin(pack_id).prompts))
               for pack_id in builtin_pack_ids()}
    # The walk-through's pattern, in every pack that has it (checked by hand once):
    assert by_pack["focusing"] == ["focus"]
    assert by_pack["planning"] == ["focus", "goal-title"]
    assert by_pack["change-plan"] == ["change", "focus"]
    assert by_pack["decisional-balance"] == ["change", "focus"]
    for pack_id in ("evoking", "confidence", "rulers", "values", "extremes",
                    "looking-back-forward"):
        assert by_pack[pack_id] == ["focus"], pack_id
    assert by_pack["engaging"] == [] and by_pack["checkin"] == []


@pytest.mark.parametrize(("pack_id", "topic"), TOPIC_CASES)
@pytest.mark.parametrize("declined", ["nothing for now", "not sure tbh", "idk"])
def test_declining_the_topic_closes_the_interview_kindly(
    pack_id: str, topic: str, declined: str
) -> None:
    pack = load_builtin(pack_id)
    interview = Interview(pack)
    asked: list[str] = []
    while (question := interview.current()) is not None:
        asked.append(question.text)
        prompt = question.prompt
        if prompt.id == topic:
            interview.submit(declined)
            break
        chosen = PATHS.get(pack_id, {}).get(prompt.id)
        interview.submit_value(chosen if chosen is not None
                               else _values(prompt.kind.value, prompt.choices))
    else:
        pytest.fail(f"{pack_id}: {topic} was never asked")
    # Nothing more is asked: no question quotes it, no steps for a goal it did not name.
    assert interview.finished and interview.current() is None
    assert interview.closed_by() == topic
    assert not any(declined in text for text in asked)
    created = now()
    entry = interview.entry(new_entry_id(created), created)
    assert entry.answers[-1].prompt == topic and entry.answers[-1].value == declined
    summary = entry.summary or ""
    assert summary.endswith(summary_msg.SUMMARY_DECLINED)
    assert summary_msg.SUMMARY_KEY_QUESTION not in summary
    assert declined not in summary
    assert goal_offer(interview) is None


def test_focusing_walk_through() -> None:
    """The walk-through's answers: the three questions that quoted it are not asked."""
    interview = Interview(load_builtin("focusing"))
    interview.submit("2")  # cannabis
    interview.submit("my mum keeps bringing it up")
    interview.submit("nothing for now")
    assert interview.finished
    assert [a.prompt for a in interview.answers()] == ["areas", "areas-why", "focus"]
    summary = interview.summary()
    assert "That's fine." in summary and "nothing for now" not in summary
    assert "What, if anything, would you like to do next?" not in summary


def test_going_back_and_naming_a_focus_reopens_the_interview() -> None:
    interview = Interview(load_builtin("focusing"))
    interview.skip()
    interview.submit("not sure")
    assert interview.finished
    assert interview.back()
    question = interview.current()
    assert question is not None and question.prompt.id == "focus"
    interview.submit("vaping at work")
    question = interview.current()
    assert question is not None
    assert question.text == 'What makes "vaping at work" the thing to look at now?'
    assert interview.closed_by() is None


def test_a_declined_focus_drops_answers_given_after_it() -> None:
    """Going back and declining after all: the answers about the old focus are not kept."""
    interview = Interview(load_builtin("evoking"))
    interview.submit("drinking")
    interview.submit("7")
    interview.submit("I want my mornings back.")
    while interview.back():
        pass
    interview.submit("not sure")
    assert interview.finished
    assert [a.prompt for a in interview.answers()] == ["focus"]


def test_a_declining_goal_title_offers_no_goal() -> None:
    interview = Interview(load_builtin("planning"))
    interview.submit("weeknight drinking")
    interview.skip()  # readiness
    interview.submit_value("make a plan")
    interview.submit("dunno")
    assert interview.finished
    assert interview.goal_answers() == {}
    assert goal_offer(interview) is None


def test_an_optional_declining_answer_is_not_quoted_and_does_not_close() -> None:
    """change-plan's helpers are optional: "not sure" is kept, "Thinking of not sure: ..."
    is not asked, and the plan goes on."""
    interview = Interview(load_builtin("change-plan"))
    for value in ("drinking", None, None, "make a plan", "walk after dinner",
                  ["buy shoes"], None, ["not sure"]):
        if value is None:
            interview.skip()
        else:
            interview.submit_value(value)
    question = interview.current()
    assert question is not None and question.prompt.id == "signs"
    assert interview.closed_by() is None
    assert goal_offer(interview) is not None


def _focus_entry(paths: Paths, focus: str, days_ago: int) -> None:
    created = now() - timedelta(days=days_ago)
    write_new_entry(paths, Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        stage=Stage.focusing,
        answers=[Answer(prompt="focus", question="In your own words, what would you like "
                        "to focus on for now?", kind=AnswerKind.text, value=focus)],
    ))


def test_a_declined_focus_is_never_offered_later(paths: Paths) -> None:
    _focus_entry(paths, "drinking on weeknights", 5)
    _focus_entry(paths, "nothing for now", 1)
    # The latest says "nothing for now": nothing is offered, and the older focus it came
    # after is not brought back over it.
    assert earlier_answers(paths, ["focus"]) == {}
    interview = Interview(load_builtin("evoking"))
    offer_earlier_answers(paths, interview)
    question = interview.current()
    assert question is not None and question.suggested is None
    _focus_entry(paths, "vaping at work", 0)
    assert earlier_answers(paths, ["focus"]) == {"focus": "vaping at work"}


def test_the_engine_never_suggests_a_declining_answer() -> None:
    interview = Interview(load_builtin("evoking"))
    interview.suggest({"focus": "idk"})
    question = interview.current()
    assert question is not None and question.suggested is None

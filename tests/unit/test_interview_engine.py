"""The interview engine, driven directly: conditions, placeholders, back, skip, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from mi_journal.core.vocabulary import MAX_ANSWER_CHARS
from mi_journal.interview.engine import AnswerProblem, Interview, Question, parse_typed, parse_value
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.loader import load_pack_file, parse_pack
from mi_journal.packs.model import Pack
from mi_journal.storage.models import AnswerKind, EntryKind, Ruler, Stage, now

DATA = Path(__file__).parents[1] / "data" / "packs"


@pytest.fixture
def pack() -> Pack:
    return load_pack_file(DATA / "mini-evoking.toml")


def _asking(interview: Interview) -> Question:
    """The question being asked (the tests that use it are mid-interview)."""
    question = interview.current()
    assert question is not None
    return question


def ids_asked(interview: Interview, answers: dict[str, object]) -> list[str]:
    """Answer from `answers` (by id; missing -> skip) until done; return the ids asked."""
    asked = []
    while (question := interview.current()) is not None:
        asked.append(question.prompt.id)
        if question.prompt.id in answers:
            interview.submit_value(answers[question.prompt.id])
        else:
            interview.skip()
    return asked


FULL = {
    "focus": "drinking on weeknights",
    "worries": "mornings are foggy",
    "importance": 6,
    "why-not-lower": "I want to be there for my kids.",
    "what-would-it-take": "a good week",
    "strengths": ["stubborn", "good friends"],
    "feeling": "hopeful",
    "helpers": [1, 3],
    "ready": True,
    "goal-title": "No drinks Monday to Thursday",
    "goal-steps": "pour out the beer in the fridge\ntell Sam",
}


def test_full_walk_asks_in_order_and_builds_an_entry(pack: Pack) -> None:
    interview = Interview(pack)
    assert ids_asked(interview, FULL) == [p.id for p in pack.prompts if p.id != "zero"]
    assert interview.finished
    entry = interview.entry("20260101-120000-abcd", now())
    assert entry.kind is EntryKind.interview
    assert entry.pack == "mini-evoking" and entry.pack_version == "1.2.0"
    assert entry.title == "Mini evoking (test pack)"
    # Answers from focusing, evoking and planning: no one stage names the entry.
    assert entry.stage is None
    by_id = {a.prompt: a for a in entry.answers}
    worries = "What worries you about drinking on weeknights as it is now?"
    assert by_id["worries"].question == worries
    assert by_id["importance"].value == 6 and by_id["importance"].ruler is Ruler.importance
    assert by_id["why-not-lower"].question == "Why a 6 and not 3?"
    assert by_id["what-would-it-take"].question == "What might move you from 6 to 8?"
    assert by_id["helpers"].value == ["a friend", "a counsellor"]
    assert by_id["goal-steps"].value == ["pour out the beer in the fridge", "tell Sam"]
    assert by_id["goal-steps"].kind is AnswerKind.list
    assert by_id["ready"].value is True
    assert "zero" not in by_id
    assert interview.goal_answers() == {
        "title": "No drinks Monday to Thursday",
        "steps": ["pour out the beer in the fridge", "tell Sam"],
    }
    assert interview.rulers() == {Ruler.importance: 6}


@pytest.mark.parametrize(("value", "lower", "higher"), [(0, None, None), (1, "0", "3"),
                                                        (9, "6", "10"), (10, "7", "10")])
def test_ruler_follow_ups_are_clamped_to_the_scale(
    pack: Pack, value: int, lower: str | None, higher: str | None
) -> None:
    interview = Interview(pack, Stage.evoking)
    question = interview.current()
    assert question is not None and question.prompt.id == "importance"
    interview.submit(str(value))
    question = interview.current()
    assert question is not None
    if lower is None:
        assert question.prompt.id == "zero"
        return
    assert question.text == f"Why a {value} and not {lower}?"
    interview.submit("because")
    question = interview.current()
    assert question is not None
    assert question.text == f"What might move you from {value} to {higher}?"


def test_stage_filter_and_placeholders_on_prompts_not_asked(pack: Pack) -> None:
    interview = Interview(pack, Stage.planning)
    assert [p.id for p in interview.prompts] == ["ready", "goal-title", "goal-steps"]
    assert ids_asked(interview, {"ready": False}) == ["ready"]
    assert [a.prompt for a in interview.answers()] == ["ready"]
    assert interview.entry_stage() is Stage.planning
    # "worries" quotes {focus}, a focusing prompt: under an evoking filter it is never asked.
    evoking = Interview(pack, Stage.evoking)
    first = evoking.current()
    assert first is not None and first.prompt.id == "importance"


def test_only_narrows_to_given_prompt_ids(pack: Pack) -> None:
    interview = Interview(pack, only=["focus", "feeling"])
    assert ids_asked(interview, FULL) == ["focus", "feeling"]


def test_progress_counts_only_prompts_that_can_still_apply(pack: Pack) -> None:
    interview = Interview(pack)
    first = interview.current()
    assert first is not None and first.progress == "1 of 12"  # both ruler branches still open
    interview.submit("walking more")
    interview.skip()  # worries
    question = interview.current()
    assert question is not None and (question.number, question.total) == (3, 12)
    interview.submit("7")
    question = interview.current()
    assert question is not None and question.prompt.id == "why-not-lower"
    assert (question.number, question.total) == (4, 11)  # "zero" no longer applies
    interview.submit("it matters")
    interview.skip()  # what-would-it-take
    interview.skip()  # strengths
    interview.submit("1")  # feeling
    question = interview.current()
    assert question is not None and question.prompt.id == "helpers"
    interview.skip()
    interview.submit("no")
    assert interview.finished
    assert interview.current() is None
    assert len(interview.answers()) == 9


def test_skip_only_optional(pack: Pack) -> None:
    interview = Interview(pack)
    with pytest.raises(AnswerProblem) as problem:
        interview.skip()
    assert problem.value.message == interview_msg.INTERVIEW_CANNOT_SKIP
    interview.submit("x")
    interview.skip()
    answer = interview.answers()[1]
    assert answer.prompt == "worries" and answer.skipped and answer.value is None


def test_back_keeps_later_answers_as_suggestions_and_drops_what_no_longer_applies(
    pack: Pack,
) -> None:
    interview = Interview(pack)
    assert not interview.back()  # nothing before the first question
    interview.submit("sleep")
    interview.skip()
    interview.submit("5")
    interview.submit("I want mornings back")
    interview.submit("a calm week")
    assert _asking(interview).prompt.id == "strengths"
    assert interview.back()
    question = interview.current()
    assert question is not None and question.prompt.id == "what-would-it-take"
    assert question.previous == "a calm week"
    assert interview.back() and interview.back()
    question = interview.current()
    assert question is not None and question.prompt.id == "importance" and question.previous == 5
    # Keep the same number: later answers survive, and come back as suggestions.
    interview.keep()
    question = interview.current()
    assert question is not None and question.previous == "I want mornings back"
    interview.back()
    # Change it to 0: the follow-ups for 1..10 no longer apply and are dropped.
    interview.submit("0")
    assert "why-not-lower" not in interview.given
    assert "what-would-it-take" not in interview.given
    question = interview.current()
    assert question is not None and question.prompt.id == "zero" and question.previous is None
    interview.back()
    interview.submit("8")  # back up again: the old follow-up text is gone, asked afresh
    question = interview.current()
    assert question is not None and question.text == "Why a 8 and not 5?"
    assert question.previous is None


def test_back_then_changed_answer_rerenders_the_later_question(pack: Pack) -> None:
    interview = Interview(pack)
    interview.submit("sleep")
    interview.skip()
    interview.submit("5")
    interview.submit("mornings")
    interview.back()
    interview.back()
    interview.submit("6")  # still >= 1: the follow-up answer is kept, its wording changes
    question = interview.current()
    assert question is not None and question.text == "Why a 6 and not 3?"
    assert question.previous == "mornings"
    interview.keep()
    assert interview.given["why-not-lower"].question == "Why a 6 and not 3?"


def test_back_from_the_end(pack: Pack) -> None:
    interview = Interview(pack, Stage.planning)
    interview.submit("n")
    assert interview.finished
    assert interview.back()
    question = interview.current()
    assert question is not None and question.prompt.id == "ready" and question.previous is False
    interview.submit("y")
    question = interview.current()
    assert question is not None and question.prompt.id == "goal-title"


def test_entry_needs_a_finished_interview(pack: Pack) -> None:
    interview = Interview(pack)
    with pytest.raises(AnswerProblem):
        interview.entry("20260101-120000-abcd", now())


@pytest.mark.parametrize(
    ("prompt_id", "raw", "expected"),
    [
        ("importance", "7", 7),
        ("importance", " 10 ", 10),
        ("importance", "0", 0),
        ("feeling", "2", "unsure"),
        ("feeling", "tired", "tired"),
        ("feeling", "Hopeful", "hopeful"),
        ("helpers", "1,3", ["a friend", "a counsellor"]),
        ("helpers", "4 2", ["a group", "family"]),
        ("helpers", "2, 2", ["family"]),
        ("ready", "Y", True),
        ("ready", "yes", True),
        ("ready", "n", False),
        ("ready", "NO", False),
        ("strengths", "patient\n\n  kind  \n", ["patient", "kind"]),
        ("focus", "  my own words  ", "my own words"),
        ("why-not-lower", "line one\nline two\n\n", "line one\nline two"),
    ],
)
def test_typed_answers_are_understood(
    pack: Pack, prompt_id: str, raw: str, expected: object
) -> None:
    assert parse_typed(pack.prompt(prompt_id), raw) == expected


@pytest.mark.parametrize(
    ("prompt_id", "raw", "message"),
    [
        ("importance", "11", interview_msg.scale_out_of_range(0, 10)),
        ("importance", "-1", interview_msg.scale_out_of_range(0, 10)),
        ("importance", "six", interview_msg.scale_out_of_range(0, 10)),
        ("importance", "6.5", interview_msg.scale_out_of_range(0, 10)),
        ("importance", "", interview_msg.scale_out_of_range(0, 10)),
        ("feeling", "4", interview_msg.choice_out_of_range(3)),
        ("feeling", "0", interview_msg.choice_out_of_range(3)),
        ("feeling", "happy", interview_msg.choice_not_understood(3)),
        ("helpers", "1,2,3", interview_msg.too_many_picks(2, 3)),
        ("helpers", "1,9", interview_msg.choice_out_of_range(4)),
        ("helpers", "a friend, family", interview_msg.multi_choice_not_understood(4)),
        ("helpers", " ", interview_msg.ANSWER_PICK_ONE),
        ("ready", "maybe", interview_msg.ANSWER_YES_NO),
        ("focus", "   \n  ", interview_msg.ANSWER_EMPTY),
        ("strengths", "\n\n", interview_msg.ANSWER_LIST_EMPTY),
        ("focus", "x" * (MAX_ANSWER_CHARS + 1),
         interview_msg.answer_too_long(MAX_ANSWER_CHARS + 1, MAX_ANSWER_CHARS)),
        ("focus", "bad \udcff byte", interview_msg.ANSWER_UNSTORABLE),
    ],
)
def test_wrong_input_is_refused_kindly(pack: Pack, prompt_id: str, raw: str, message: str) -> None:
    with pytest.raises(AnswerProblem) as problem:
        parse_typed(pack.prompt(prompt_id), raw)
    assert problem.value.message == message
    assert problem.value.prompt_id == prompt_id


def test_an_answer_of_exactly_the_limit_is_kept(pack: Pack) -> None:
    text = "y" * MAX_ANSWER_CHARS
    assert parse_typed(pack.prompt("why-not-lower"), text) == text


def test_refused_answer_leaves_the_interview_where_it_was(pack: Pack) -> None:
    interview = Interview(pack)
    interview.submit("x")
    interview.skip()
    with pytest.raises(AnswerProblem):
        interview.submit("12")
    question = interview.current()
    assert question is not None and question.prompt.id == "importance"
    assert "importance" not in interview.given


@pytest.mark.parametrize(
    ("prompt_id", "value", "expected"),
    [
        ("importance", 4, 4),
        ("importance", "4", 4),
        ("feeling", 3, "tired"),
        ("feeling", "unsure", "unsure"),
        ("helpers", ["family", 4], ["family", "a group"]),
        ("helpers", "a friend", ["a friend"]),
        ("helpers", "1,2", ["a friend", "family"]),
        ("ready", False, False),
        ("ready", "yes", True),
        ("strengths", ["one", " two ", ""], ["one", "two"]),
        ("strengths", "one\ntwo", ["one", "two"]),
    ],
)
def test_values_from_files(pack: Pack, prompt_id: str, value: object, expected: object) -> None:
    assert parse_value(pack.prompt(prompt_id), value) == expected


@pytest.mark.parametrize(
    ("prompt_id", "value"),
    [
        ("importance", True),
        ("importance", 4.5),
        ("importance", [4]),
        ("ready", 1),
        ("focus", 3),
        ("focus", ["a"]),
        ("strengths", [1, 2]),
        ("helpers", [True]),
        ("helpers", {"a": 1}),
        ("feeling", None),
    ],
)
def test_values_of_the_wrong_type_are_refused(pack: Pack, prompt_id: str, value: object) -> None:
    with pytest.raises(AnswerProblem) as problem:
        parse_value(pack.prompt(prompt_id), value)
    assert problem.value.prompt_id == prompt_id


def test_summary_quotes_reflected_answers_and_rulers(pack: Pack) -> None:
    interview = Interview(pack)
    ids_asked(interview, FULL)
    summary = interview.summary()
    lines = summary.splitlines()
    assert lines[0] == summary_msg.SUMMARY_KIND_HEADINGS["desire"]
    assert lines[1] == "  - \u201cI want to be there for my kids.\u201d"
    for quote in ("stubborn", "good friends"):
        assert quote in summary
    # The focus, a short topic later questions already name, is not quoted alone.
    assert "drinking on weeknights" not in summary
    # The planning answers (ready, a goal) already said what next: no key question after.
    assert lines[-1] == "Your rulers: importance 6 of 10."
    assert "a good week" not in summary  # not marked reflect
    assert interview.entry("20260101-120000-abcd", now()).summary == summary


def test_summary_without_reflect_or_rulers_is_empty() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "a"\nstage = "engaging"\nkind = "text"\ntext = "Hello?"\n',
        "test.toml",
    )
    interview = Interview(pack)
    interview.submit("hi")
    assert interview.summary() == ""
    assert interview.entry("20260101-120000-abcd", now()).summary is None


def test_checkin_pack_makes_a_checkin_entry() -> None:
    pack = parse_pack(
        '[pack]\nid = "checkin"\ntitle = "Check-in"\nversion = "1"\n'
        '[[prompts]]\nid = "today"\nstage = "evoking"\nkind = "text"\ntext = "Today?"\n',
        "checkin.toml",
    )
    interview = Interview(pack)
    interview.submit("fine")
    assert interview.entry("20260101-120000-abcd", now()).kind is EntryKind.checkin


def test_placeholder_text_is_data_not_markup(pack: Pack) -> None:
    interview = Interview(pack)
    interview.submit("[bold]{importance}[/bold] \x1b[31m")
    question = interview.current()
    assert question is not None
    expected = "What worries you about [bold]{importance}[/bold] \x1b[31m as it is now?"
    assert question.text == expected


def test_summary_leads_with_change_talk_mobilizing_first_and_never_quotes_sustain() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "why"\nstage = "evoking"\nkind = "long_text"\nreflect = true\n'
        'text = "Why?"\n'
        '[[prompts]]\nid = "hold"\nstage = "evoking"\nkind = "long_text"\nreflect = true\n'
        'text = "What holds you?"\n'
        '[[prompts]]\nid = "next"\nstage = "evoking"\nkind = "text"\ntext = "Next?"\n'
        '[[prompts]]\nid = "plain"\nstage = "evoking"\nkind = "text"\ntext = "Plain?"\n',
        "test.toml",
    )
    interview = Interview(pack)
    interview.submit("I want to feel rested in the mornings.")
    sustain = ("I need it to sleep, I cannot cope without it and honestly the evenings are "
               "the only time I get to relax after work, so I am not going to stop.")
    interview.submit(sustain)
    interview.submit("I will call the clinic tomorrow.")
    interview.submit("It rained a lot.")  # neutral, not reflected: not in the summary
    lines = interview.summary().splitlines()
    # both sides, ending on change; long sustain talk is acknowledged, not quoted
    assert lines[0] == summary_msg.summary_double_sided_brief(
        "\u201cI will call the clinic tomorrow.\u201d")
    # the reflection leads with the strongest (mobilizing) change talk and ends on it, so
    # it is not quoted again right under it (walk6: twice in a row)
    assert sum("call the clinic" in line for line in lines) == 1
    assert lines[2] == summary_msg.SUMMARY_KIND_HEADINGS["desire"]
    assert lines[3] == "  - \u201cI want to feel rested in the mornings.\u201d"
    # the reflected "why" is already quoted in full, so it is not repeated
    assert sum("rested in the mornings" in line for line in lines) == 1
    assert lines[4:] == ["", summary_msg.SUMMARY_KEY_QUESTION]
    assert "sleep" not in interview.summary()
    assert "It rained" not in interview.summary()


def test_an_answer_with_crisis_words_is_never_quoted_in_a_later_question(pack: Pack) -> None:
    interview = Interview(pack)
    interview.submit("honestly I just want to die")
    question = interview.current()
    # "What worries you about {focus} ...?" would hand the words back: it is not asked.
    assert question is not None and question.prompt.id == "importance"
    asked = ids_asked(interview, {k: v for k, v in FULL.items() if k != "focus"})
    assert "worries" not in asked
    assert "worries" not in {a.prompt for a in interview.answers()}


def test_an_ordinary_answer_is_still_quoted(pack: Pack) -> None:
    interview = Interview(pack)
    interview.submit("taking my life back from alcohol")
    question = interview.current()
    assert question is not None and question.prompt.id == "worries"
    assert "taking my life back from alcohol" in question.text


def test_an_answer_already_given_is_kept_when_the_quoted_answer_changes_to_crisis_words(
    pack: Pack,
) -> None:
    interview = Interview(pack)
    interview.submit("sleep")
    interview.submit("mornings are foggy")
    assert _asking(interview).prompt.id == "importance"
    interview.back()
    interview.back()
    interview.submit("some nights I want to kill myself")
    # The follow-up is not asked again, but what the person wrote there is not lost.
    assert _asking(interview).prompt.id == "importance"
    assert interview.given["worries"].value == "mornings are foggy"
    interview.back()
    assert _asking(interview).prompt.id == "focus"
    ids_asked(interview, FULL | {"focus": "some nights I want to kill myself"})
    kept = {a.prompt: a.value for a in interview.answers()}
    assert kept["worries"] == "mornings are foggy"


LEANING = """
[pack]
id = "leaning"
title = "Leaning"
version = "1"

[[prompts]]
id = "best"
stage = "evoking"
kind = "long_text"
text = "What is the best that could happen?"
optional = true

[[prompts]]
id = "best-most"
stage = "evoking"
kind = "long_text"
text = "What is it about that best outcome that matters most to you?"
optional = true
when = { prompt = "best", answered = true }

[[prompts]]
id = "best-none"
stage = "evoking"
kind = "long_text"
text = "What might a good outcome look like, some day?"
optional = true
when = { prompt = "best", answered = false }
"""


@pytest.mark.parametrize("declined", ["idk", "Not sure yet.", "nothing for now", "I don't know"])
def test_an_answer_that_declines_counts_as_not_answered_for_conditions(declined: str) -> None:
    """A follow-up that leans on an answer ('that best outcome') is not asked after 'idk';
    a condition for the unanswered case holds instead, and the answer is kept."""
    pack = parse_pack(LEANING, "leaning.toml")
    interview = Interview(pack)
    assert ids_asked(interview, {"best": declined, "best-none": "a calmer life"}) == [
        "best", "best-none"]
    kept = {a.prompt: a.value for a in interview.answers()}
    assert kept == {"best": declined, "best-none": "a calmer life"}
    interview = Interview(pack)
    assert ids_asked(interview, {"best": "more money and a clear head"}) == ["best", "best-most"]


def test_changing_an_answer_to_one_that_declines_drops_the_follow_up() -> None:
    pack = parse_pack(LEANING, "leaning.toml")
    interview = Interview(pack)
    interview.submit_value("more money")
    interview.submit_value("the money")
    assert interview.back() and interview.back()
    interview.submit_value("idk")
    assert _asking(interview).prompt.id == "best-none"
    assert [a.prompt for a in interview.answers()] == ["best"]

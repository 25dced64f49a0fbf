"""The question as context: an answer to an open question that evokes change talk
(`changetalk/evoked.py`). Decided from the question's words, never a pack id; precision
first: a dismissal, sarcasm, a dismissed hypothetical, the habit's side or crisis words
never become change talk."""

from __future__ import annotations

import json

import pytest

from mi_journal.changetalk import tag_statement, tag_text
from mi_journal.changetalk.evoked import CUE_PREFIX, evoked_by
from mi_journal.changetalk.tagger import WAVED_OFF_CUE, _asked, normalise, waves_off
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli
from tests.unit.test_summary import _walk

BETTER = "What might be better if you drank less?"
DIFFERENT = "How would things be different?"
WORRIES = "What worries you about your drinking?"


def _kind(question: str) -> str | None:
    found = evoked_by(_asked(question, "en"))
    return found.kind if found else None


@pytest.mark.parametrize(("question", "kind"), [
    (BETTER, "reasons"),
    (DIFFERENT, "reasons"),
    ("If you cut down, what would change for you?", "reasons"),
    ("How might your life improve if you made this change?", "reasons"),
    ("What would be the good things about quitting smoking?", "reasons"),
    (WORRIES, "reasons"),
    ("What concerns you, if anything, about how things are now with the pills?", "reasons"),
    ("What has gambling cost you?", "reasons"),
    ("What might happen if nothing changes?", "reasons"),
    ("Why did you pick a 6 rather than a 4?", "reasons"),
    ("Why is it important to you to cut down now?", "need"),
    ("What makes this change matter to you?", "need"),
    ("What would you like to be different about your drinking?", "desire"),
    ("How could you go about cutting down?", "ability"),
    ("What puts your confidence at 5 rather than 3?", "ability"),
    ("What will you do this week?", "commitment"),
    ("What are you ready to try?", "activation"),
    # the last question of a longer turn decides
    ("That sounds like a hard week. What might be better if things changed?", "reasons"),
])
def test_an_evoking_question_is_known_by_its_words(question: str, kind: str) -> None:
    assert _kind(question) == kind


@pytest.mark.parametrize("question", [
    "What do you like about drinking?",  # evokes sustain talk
    "What worries you about cutting down?",
    "What would be hard about stopping?",
    "What would you miss about the pub?",
    "What are your reasons for drinking?",
    "Does that concern you?",  # closed: a yes or no is read by its own rule
    "Would things be better if you stopped?",
    "What are you going to do when you get home tonight?",
    "How was your weekend?",
    "What would you like to talk about today?",
    "What worries you most?",  # about what? not said
    "So there is more to gain from making these changes than to lose.",  # not a question
    "",
])
def test_other_questions_evoke_nothing(question: str) -> None:
    assert _kind(question) is None


@pytest.mark.parametrize(("question", "answer", "kind"), [
    (BETTER, "Mornings would be calmer.", "reasons"),
    (BETTER, "I'd feel in control.", "reasons"),
    (BETTER, "Quieter. No pounding head.", "reasons"),
    (DIFFERENT, "Fewer rows with Sam.", "reasons"),
    (WORRIES, "My liver, honestly.", "reasons"),
    (WORRIES, "That the kids will remember me like this.", "reasons"),
    ("Why is it important to you to cut down now?", "The baby is due in May.", "need"),
    ("What would you like to be different about your drinking?", "Some peace at home.",
     "desire"),
    ("How could you go about cutting down?", "Only buy one bottle at a time.", "ability"),
    ("What makes you think you could do it?", "I stopped for three months last year.",
     "ability"),
    ("What will you do this week?", "Ring the clinic on Monday.", "commitment"),
    ("What are you ready to try?", "Two dry nights a week.", "activation"),
])
def test_an_answer_that_plainly_answers_takes_the_kind_and_names_the_question(
        question: str, answer: str, kind: str) -> None:
    tagged = tag_statement(answer, question=question)
    assert (tagged.label, tagged.kind) == ("change", kind)
    cue = tagged.cues[0]
    assert cue.startswith(f"{kind}, {CUE_PREFIX}")
    assert cue.split(CUE_PREFIX, 1)[1].split(",")[0] in normalise(question)
    # the rule needs the question: alone the answer holds no cue of its own
    alone = tag_statement(answer)
    assert not any(CUE_PREFIX in c for c in alone.cues)


@pytest.mark.parametrize(("question", "answer"), [
    (BETTER, "Nothing would change."),
    (BETTER, "Probably nothing, to be honest."),
    (BETTER, "I'd be bored out of my mind."),
    (BETTER, "Less money for beer."),
    (BETTER, "I'd have less money for beer, ha."),
    (BETTER, "I don't know."),
    (BETTER, "No idea really."),
    (BETTER, "Oh sure, I'd be a saint."),
    (BETTER, "Would be nice I guess, in an ideal world."),
    (BETTER, "I slept better last night."),  # the past, not a good to come
    (BETTER, "I'd still be tired, I always am."),
    (BETTER, "My sister says I'd be nicer to be around."),  # someone else's words
    (DIFFERENT, "Same as now, I guess."),
    (DIFFERENT, "I'd be climbing the walls."),
    (WORRIES, "Nothing really, I've got it under control."),
    (WORRIES, "My liver is fine."),
    (WORRIES, "Not much, everybody drinks."),
    ("What worries you about cutting down?", "That I'd be bored."),
    ("What worries you about cutting down?", "My friends would drift away."),
    ("What do you like about drinking?", "Mornings would be calmer."),
    ("What will you do this week?", "Watch telly and go to bed."),
    ("What will you do this week?", "Get a pizza and watch the match."),
    ("How could you go about cutting down?", "I couldn't, not with my job."),
    ("What would you like to be different?", "My wife to stop nagging."),
    ("What are you ready to try?", "Nothing yet."),
])
def test_never_change_talk(question: str, answer: str) -> None:
    tagged = tag_statement(answer, question=question)
    assert tagged.label != "change", tagged.cues


@pytest.mark.parametrize("answer", [
    "Everyone would be better off without me.",
    "I wouldn't be around to see it.",
    "My liver, and honestly I want to die.",
])
def test_crisis_words_are_never_change_talk_whatever_the_question(answer: str) -> None:
    for question in (BETTER, WORRIES, "What will you do this week?"):
        tagged = tag_statement(answer, question=question)
        assert tagged.crisis and tagged.label == "neutral"
        assert not any(CUE_PREFIX in cue for cue in tagged.cues)


def test_an_answer_that_waves_the_question_off_anywhere_is_not_read_as_answering_it() -> None:
    text = "Nothing, really. The kids are grown up and moved out."
    assert waves_off(text, WORRIES)
    assert all(t.label != "change" for t in tag_text(text, question=WORRIES))
    assert not waves_off("My liver, honestly. And money.", WORRIES)
    assert not waves_off(text, "How was your weekend?")  # no evoking question: no such check
    assert [t.label for t in tag_text("My liver, honestly. And money.", question=WORRIES)] == [
        "change", "change"]


def test_the_model_may_not_call_a_waved_off_answer_change_talk() -> None:
    """The statistical part read "Would be nice I guess, in an ideal world." as change
    talk (p=0.48, question or not); after an evoking question it waves it off."""
    answer = "Would be nice I guess, in an ideal world."
    tagged = tag_statement(answer, question=BETTER)
    assert tagged.label == "neutral"
    assert WAVED_OFF_CUE in tagged.cues


def test_cli_reflect_tag_reads_the_question(cli: Cli) -> None:
    lines = [
        {"text": "Mornings would be calmer.", "question": BETTER},
        {"text": "Nothing would change.", "question": BETTER},
        {"text": "My liver, honestly.", "question": WORRIES},
        {"text": "Mornings would be calmer."},
    ]
    result = cli(["reflect", "tag"], input="".join(json.dumps(line) + "\n" for line in lines))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["label"], r["kind"]) for r in rows[:3]] == [
        ("change", "reasons"), ("neutral", None), ("change", "reasons")]
    assert rows[0]["cues"][0].startswith("reasons, answers the question:what might be better")
    assert rows[3]["label"] != "change"


EVOKING_ANSWERS = {
    "focus": "drinking on weeknights",
    "importance": 6,
    "importance-lower": "My liver, honestly.",
    "better": "Mornings would be calmer. I'd feel in control. Probably nothing else.",
    "concerns": "That the kids will remember me like this.",
}


def test_the_summary_reflects_answers_to_evoking_questions_as_reasons() -> None:
    summary = _walk(load_builtin("evoking"), EVOKING_ANSWERS).summary()
    lines = summary.splitlines()
    reasons = lines.index(summary_msg.SUMMARY_KIND_HEADINGS["reasons"])
    quoted = lines[reasons + 1: reasons + 4]
    # one of each answer before a second of any: no answer crowds out the others
    assert quoted == ["  - \u201cMy liver, honestly.\u201d",
                      "  - \u201cMornings would be calmer.\u201d",
                      "  - \u201cThat the kids will remember me like this.\u201d"]
    assert "Probably nothing else" not in summary


def test_a_waved_off_answer_stays_out_of_the_summarys_reasons() -> None:
    answers = dict(EVOKING_ANSWERS, better="Probably nothing, to be honest. Mornings, maybe.",
                   concerns="Nothing really. The kids are grown up and moved out.")
    summary = _walk(load_builtin("evoking"), answers).summary()
    assert "Mornings" not in summary.split(summary_msg.summary_context_heading(
        after_change=True))[0]
    assert "\u201cThe kids are grown up" not in summary


def test_the_question_not_the_pack_decides() -> None:
    """A counsellor's own pack: the same question words, the same reading."""
    pack = parse_pack(
        '[pack]\nid = "homework"\ntitle = "H"\nversion = "1"\n'
        '[[prompts]]\nid = "q1"\nstage = "engaging"\nkind = "long_text"\nreflect = true\n'
        'text = "Imagine a month without the betting apps. How would things be different?"\n',
        "homework.toml")
    summary = _walk(pack, {"q1": "We could actually pay the rent on time."}).summary()
    assert summary_msg.SUMMARY_KIND_HEADINGS["reasons"] in summary.splitlines()


def test_the_summary_through_the_cli(cli: Cli) -> None:
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(EVOKING_ANSWERS))
    assert result.exit_code == 0, result.output
    assert summary_msg.SUMMARY_KIND_HEADINGS["reasons"] in result.output
    assert "\u201cMornings would be calmer.\u201d" in result.output


def test_our_pairs_stay_at_least_as_reported() -> None:
    """tests/data/evoked: the test half was run once, at the end (README, "The question as
    context"); these floors keep it and the dev half from slipping. Every answer the rule
    decides is one labelled change."""
    from tests.eval import eval_changetalk

    for part, precision, recall in (("evoked-test", 0.957, 0.846), ("evoked-dev", 0.971, 0.971)):
        result = eval_changetalk.run(part)
        found = result.scores("change")
        assert found[0] >= precision - 0.0005 and found[1] >= recall - 0.0005, (part, found)
        _, _, decided_right, decided = eval_changetalk.evoked_kinds(part[len("evoked-"):])
        assert decided and decided_right == decided, (part, decided_right, decided)

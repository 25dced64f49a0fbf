"""The closing summary (issue 12): reflects, built only from the person's words:
double-sided, grouped by kind as whole sentences, choices as choices, a key question;
sustain talk never at length and crisis language never quoted back."""

from __future__ import annotations

import json
from collections.abc import Mapping

from mi_journal.interview.engine import Interview
from mi_journal.interview.summary import build_summary
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.model import Pack
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli

REPRO = {
    "focus": "drinking",
    "importance": 3,
    "importance-lower": "I need it to sleep. I can't cope without it.",
    "better": "Nothing really, I'm not going to stop.",
    "concerns": "My wife wants me to quit.",
    "confidence": 2,
    "confidence-lower": "I used to want to quit.",
}
SUSTAIN_WORDS = ("sleep", "cope", "not going to stop", "Nothing really")


def _walk(pack: Pack, answers: Mapping[str, object]) -> Interview:
    interview = Interview(pack)
    while (question := interview.current()) is not None:
        if question.prompt.id in answers:
            interview.submit_value(answers[question.prompt.id])
        else:
            interview.skip()
    return interview


def _one_prompt_pack(*ids: str) -> Pack:
    body = "".join(
        f'[[prompts]]\nid = "{i}"\nstage = "evoking"\nkind = "long_text"\nreflect = true\n'
        f'text = "Q {i}?"\n'
        for i in ids
    )
    return parse_pack('[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n' + body, "p.toml")


def _choice_pack() -> Pack:
    return parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "area"\nstage = "focusing"\nkind = "choice"\nreflect = true\n'
        'optional = true\n'
        'text = "Which area?"\nchoices = ["Drinking on weeknights", "Sleep"]\n'
        '[[prompts]]\nid = "why"\nstage = "evoking"\nkind = "long_text"\nreflect = true\n'
        'text = "Why might it matter?"\n'
        '[[prompts]]\nid = "strengths"\nstage = "evoking"\nkind = "long_text"\n'
        'reflect = true\noptional = true\n'
        'text = "Think of a time you got through something hard. What did you draw on then?"\n',
        "p.toml")


def test_repro_sustain_talk_is_not_read_back_as_the_persons_words_for_change() -> None:
    summary = _walk(load_builtin("evoking"), REPRO).summary()
    for words in SUSTAIN_WORDS:
        assert words not in summary
    lines = summary.splitlines()
    for heading in summary_msg.SUMMARY_KIND_HEADINGS.values():
        assert heading not in lines  # there is no change talk to call so
    assert lines[0] == summary_msg.summary_context_heading(after_change=False)
    assert "  - \u201cMy wife wants me to quit.\u201d" in lines
    assert "  - \u201cI used to want to quit.\u201d" in lines
    assert lines[-3:] == ["Your rulers: importance 3 of 10, confidence 2 of 10.", "",
                          summary_msg.SUMMARY_KEY_QUESTION]


def test_repro_through_the_cli(cli: Cli) -> None:
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(REPRO))
    assert result.exit_code == 0, result.output
    for words in SUSTAIN_WORDS:
        assert words not in result.output
    assert "My wife wants me to quit." in result.output
    assert "Nothing for now is a fine answer." in result.output


def test_realistic_evoking_interview_is_double_sided_and_ends_on_change() -> None:
    answers = dict(REPRO)
    answers["importance"] = 6
    answers["importance-lower"] = "I want to be there for my kids. I need it to sleep."
    answers["better"] = ("I will call the clinic tomorrow. Mornings are foggy. "
                         "Her finding me like that. That scares me more than anything.")
    answers["strengths"] = "I stopped smoking six years ago, cold turkey."
    summary = _walk(load_builtin("evoking"), answers).summary()
    lines = summary.splitlines()
    # both sides in their own words; the reflection ends on the change side
    assert lines[0].startswith("Part of you wrote \u201cI need it to sleep.\u201d; at the same")
    assert lines[0].endswith("\u201cI will call the clinic tomorrow.\u201d")
    # ... and what it ends on is not quoted again right under it (walk6: twice in a row);
    # the only commitment was that one, so no heading claims one
    assert summary.count("I will call the clinic tomorrow.") == 1
    assert summary_msg.SUMMARY_KIND_HEADINGS["commitment"] not in lines
    # the rest grouped by kind, mobilizing first
    desire = lines.index(summary_msg.SUMMARY_KIND_HEADINGS["desire"])
    assert desire == 2
    assert lines[desire + 1] == "  - \u201cI want to be there for my kids.\u201d"
    # no fragments: the sentence that leans on the one before is quoted with it
    assert "\u201cThat scares me" not in summary
    assert "\u201cHer finding me.\u201d" not in summary
    assert "Her finding me like that. That scares me more than anything." in summary
    pointing = _walk(_one_prompt_pack("why"), {
        "why": "My kids are starting to notice when I've been drinking. I hate that."}).summary()
    assert ("\u201cMy kids are starting to notice when I've been drinking. I hate that.\u201d"
            in pointing)
    assert "\u201cI hate that.\u201d" not in pointing
    # an affirmation from the past success they named
    assert summary_msg.summary_affirmation(
        "\u201cI stopped smoking six years ago, cold turkey.\u201d") in lines
    assert lines[-1] == summary_msg.SUMMARY_KEY_QUESTION
    assert "Nothing for now" in lines[-1]


def test_no_claiming_heading_without_clear_commitment() -> None:
    interview = _walk(_one_prompt_pack("why"), {"why": "I want to cut down. I could walk more."})
    summary = interview.summary()
    assert summary_msg.SUMMARY_KIND_HEADINGS["commitment"] not in summary
    assert summary_msg.SUMMARY_KIND_HEADINGS["desire"] in summary
    assert summary_msg.SUMMARY_KIND_HEADINGS["ability"] in summary


def test_ambivalent_request_is_not_quoted_as_change() -> None:
    text = "Help me figure out if I actually want to cut down."
    summary = _walk(_one_prompt_pack("why"), {"why": text}).summary()
    for heading in summary_msg.SUMMARY_KIND_HEADINGS.values():
        assert heading not in summary
    assert summary.splitlines()[0] == summary_msg.summary_context_heading(after_change=False)


def test_a_choice_is_shown_as_a_choice_never_as_you_wrote() -> None:
    interview = _walk(_choice_pack(), {"area": "Drinking on weeknights",
                                       "why": "I want to feel rested in the mornings."})
    summary = interview.summary()
    assert summary_msg.summary_choices(["Drinking on weeknights"]) in summary.splitlines()
    assert "You wrote" not in summary
    assert "\u201cDrinking on weeknights\u201d" not in summary


def test_no_affirmation_without_strengths() -> None:
    interview = _walk(_choice_pack(), {"why": "I want to wake up clear-headed."})
    assert "draw on" not in interview.summary()


def test_sarcasm_and_take_backs_are_not_reflected_as_change() -> None:
    interview = _walk(_one_prompt_pack("why"), {
        "why": "Yeah right, I'm totally going to stop drinking. I should quit but I won't."})
    summary = interview.summary()
    for heading in summary_msg.SUMMARY_KIND_HEADINGS.values():
        assert heading not in summary
    assert "totally going to stop" not in summary


def test_interview_answers_are_read_with_their_question() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "two"\nstage = "evoking"\nkind = "text"\nreflect = true\n'
        'text = "Do you think you could go two months without drinking?"\n', "p.toml")
    summary = _walk(pack, {"two": "Yeah, I think so."}).summary()
    assert summary_msg.SUMMARY_KIND_HEADINGS["ability"] in summary
    assert "\u201cYeah, I think so.\u201d" in summary


def test_crisis_language_is_never_quoted() -> None:
    pack = _one_prompt_pack("why", "hold")
    interview = _walk(pack, {
        "why": "I've been thinking about ending my life. I want to stop.",
        "hold": "I want to kms. I want to feel rested.",
    })
    summary = interview.summary()
    assert "ending my life" not in summary and "kms" not in summary
    # nothing of an answer with crisis language is reflected: "I want to stop." beside
    # it may not mean the drinking
    assert "I want to stop" not in summary and "rested" not in summary
    assert summary.splitlines()[0] == summary_msg.SUMMARY_NOTHING_QUOTED
    # Another answer given before the one that showed the help lines is quoted as usual
    # (tests/unit/test_after_help_lines.py for those after).
    before = _walk(pack, {"why": "I want to feel rested.",
                          "hold": "I've been thinking about ending my life."}).summary()
    assert "\u201cI want to feel rested.\u201d" in before
    assert "ending my life" not in before
    # After them, only what would stand alone beside crisis words: change talk that
    # names what it is about.
    after = _walk(pack, {"why": "I've been thinking about ending my life.",
                         "hold": "I want to feel rested. I will stop drinking."}).summary()
    assert "rested" not in after and "ending my life" not in after
    assert "\u201cI will stop drinking.\u201d" in after
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT in after


def test_crisis_language_across_two_lines_drops_the_whole_answer() -> None:
    interview = _walk(_one_prompt_pack("why"), {"why": "I want to kill\nmyself. It rained."})
    summary = interview.summary()
    assert "kill" not in summary and "rained" not in summary
    assert summary.splitlines()[0] == summary_msg.SUMMARY_NOTHING_QUOTED


def test_only_sustain_talk_gives_a_short_kind_line() -> None:
    sustain = "I need it to sleep. I can't cope without it."
    interview = _walk(_one_prompt_pack("why"), {"why": sustain})
    assert interview.summary().splitlines() == [
        summary_msg.SUMMARY_NOTHING_QUOTED, "", summary_msg.SUMMARY_KEY_QUESTION]


def test_nothing_reflected_and_nothing_left_out_is_empty() -> None:
    assert build_summary(_one_prompt_pack("why"), []) == ""


def test_the_key_question_is_not_asked_again_after_the_person_said_what_next() -> None:
    evoking = _walk(load_builtin("evoking"), REPRO).summary()
    assert evoking.splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION
    checkin = {"today": "Calm. I want to keep my evenings free.", "importance": 7,
               "confidence": 5, "next": "Walk after dinner."}
    summary = _walk(load_builtin("checkin"), checkin).summary()
    assert summary  # there is something to hand back...
    assert summary_msg.SUMMARY_KEY_QUESTION not in summary  # ...but "what next" was just asked
    skipped_next = _walk(load_builtin("checkin"), {k: v for k, v in checkin.items()
                                                     if k != "next"}).summary()
    assert skipped_next.splitlines()[-1] == summary_msg.SUMMARY_KEY_QUESTION


def test_a_past_success_is_not_quoted_as_a_step_taken() -> None:
    answers = dict(REPRO)
    answers["better"] = "I stopped smoking once, years ago. I will call the clinic tomorrow."
    summary = _walk(load_builtin("evoking"), answers).summary()
    lines = summary.splitlines()
    assert "\u201cI stopped smoking once, years ago.\u201d" in summary
    assert summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"] not in lines
    steps = _walk(_one_prompt_pack("why"), {
        "why": "I poured the rest of the bottle out last night."}).summary().splitlines()
    heading = steps.index(summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"])
    assert steps[heading + 1] == "  - \u201cI poured the rest of the bottle out last night.\u201d"


def test_a_worry_about_the_habit_is_not_the_side_that_holds_back() -> None:
    worry = "That I can't stop checking odds, even at work."
    summary = _walk(_one_prompt_pack("why", "hold"), {
        "why": worry, "hold": "I want to stop betting. I need it to unwind."}).summary()
    first = summary.splitlines()[0]
    assert first.startswith("Part of you wrote \u201cI need it to unwind.\u201d")
    assert worry not in first
    held = _walk(_one_prompt_pack("why", "hold"), {
        "why": "I can't cope without it.", "hold": "I want to stop betting."}).summary()
    assert held.splitlines()[0].startswith("Part of you wrote \u201cI can't cope without it.\u201d")


def test_sarcasm_is_never_quoted_on_the_holding_back_side() -> None:
    # Quoted beside the change side, "yeah right, I'll totally quit" can read as mocking
    # the person; it is counted as sustain talk (the brief wording), never quoted.
    answers = dict(REPRO)
    answers["importance"] = 6
    answers["importance-lower"] = "Yeah right, I'll totally quit."
    answers["better"] = "I want to stop drinking so I can see my kids grow up."
    summary = _walk(load_builtin("evoking"), answers).summary()
    first = summary.splitlines()[0]
    assert first.startswith("Part of you is holding on to how things are; at the same time")
    assert "Yeah right" not in summary
    # plain sustain talk beside it is still quoted as the holding-back side
    answers["importance-lower"] = "Yeah right, I'll totally quit. I need it to sleep."
    summary = _walk(load_builtin("evoking"), answers).summary()
    assert summary.splitlines()[0].startswith("Part of you wrote \u201cI need it to sleep.\u201d")
    assert "Yeah right" not in summary


def test_a_unit_is_sarcastic_only_when_the_tagger_found_sarcasm() -> None:
    from mi_journal.interview.summary import quotable_units

    units, _ = quotable_units("Yeah right, I'll totally quit. I need it to sleep.", None)
    assert [(u.label, u.sarcastic) for u in units] == [("sustain", True), ("sustain", False)]

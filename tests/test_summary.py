"""The closing summary: change talk first, neutral context apart, sustain talk and
crisis language never quoted back."""

from __future__ import annotations

import json

from mi_journal import messages
from mi_journal.interview.engine import Interview
from mi_journal.interview.summary import build_summary
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.model import Pack
from mi_journal.packs.registry import load_builtin

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


def _walk(pack: Pack, answers: dict[str, object]) -> Interview:
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


def test_repro_sustain_talk_is_not_read_back_as_the_persons_words_for_change() -> None:
    summary = _walk(load_builtin("evoking"), REPRO).summary()
    for words in SUSTAIN_WORDS:
        assert words not in summary
    lines = summary.splitlines()
    assert messages.SUMMARY_OWN_WORDS not in lines  # there is no change talk to call so
    assert lines[0] == messages.summary_context_heading(after_change=False)
    assert "  - \u201cMy wife wants me to quit.\u201d" in lines
    assert "  - \u201cI used to want to quit.\u201d" in lines
    assert lines.count(messages.SUMMARY_MIXED) == 1
    assert lines[-1] == "Your rulers: importance 3 of 10, confidence 2 of 10."


def test_repro_through_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(REPRO))
    assert result.exit_code == 0, result.output
    for words in SUSTAIN_WORDS:
        assert words not in result.output
    assert messages.SUMMARY_MIXED in result.output
    assert "My wife wants me to quit." in result.output


def test_built_in_evoking_pack_mixed_answer_keeps_change_first_and_drops_sustain() -> None:
    answers = dict(REPRO)
    answers["importance"] = 6
    answers["importance-lower"] = "I want to be there for my kids. I need it to sleep."
    answers["better"] = "I will call the clinic tomorrow. Mornings are foggy."
    lines = _walk(load_builtin("evoking"), answers).summary().splitlines()
    assert lines[0] == messages.SUMMARY_OWN_WORDS
    assert lines[1] == "  - \u201cI will call the clinic tomorrow.\u201d"  # mobilizing first
    assert lines[2] == "  - \u201cI want to be there for my kids.\u201d"
    context = lines.index(messages.summary_context_heading(after_change=True))
    assert context > 2
    assert "  - \u201cMornings are foggy.\u201d" in lines[context:]
    assert "I need it to sleep" not in "\n".join(lines)
    assert lines.count(messages.SUMMARY_MIXED) == 1


def test_crisis_language_is_never_quoted() -> None:
    pack = _one_prompt_pack("why", "hold")
    interview = _walk(pack, {
        "why": "I've been thinking about ending my life. I want to feel rested.",
        "hold": "I want to kms",
    })
    summary = interview.summary()
    assert "ending my life" not in summary and "kms" not in summary
    assert "\u201cI want to feel rested.\u201d" in summary
    assert messages.SUMMARY_MIXED not in summary  # nothing here makes change hard


def test_crisis_language_across_two_lines_drops_the_whole_answer() -> None:
    interview = _walk(_one_prompt_pack("why"), {"why": "I want to kill\nmyself. It rained."})
    summary = interview.summary()
    assert "kill" not in summary and "rained" not in summary
    assert summary == messages.SUMMARY_NOTHING_QUOTED


def test_only_sustain_talk_gives_a_short_kind_line() -> None:
    sustain = "I need it to sleep. I can't cope without it."
    interview = _walk(_one_prompt_pack("why"), {"why": sustain})
    assert interview.summary() == messages.SUMMARY_NOTHING_QUOTED


def test_nothing_reflected_and_nothing_left_out_is_empty() -> None:
    assert build_summary(_one_prompt_pack("why"), []) == ""

"""The affirmation in a summary ("You named something you can draw on: ..."): one quote per
answer, never two answers run together, none from an unsure answer, and a good day is not
a strength (walk-through: the good-day answer and "not sure tbh" were glued into one quote)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from mi_journal.interview.engine import Interview
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.model import Pack
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli

GOOD_DAY = "saturday, went to the lake w the boys, smoked, chilled. no stress"
WALK = {"what-matters": "my daughter and my job", "good-day": GOOD_DAY,
        "strengths": "not sure tbh"}


def _walk(pack: Pack, answers: Mapping[str, object]) -> Interview:
    interview = Interview(pack)
    while (question := interview.current()) is not None:
        value = answers.get(question.prompt.id)
        if value is None:
            interview.skip()
        else:
            interview.submit_value(value)
    return interview


def test_the_walk_through_engaging_summary() -> None:
    summary = _walk(load_builtin("engaging"), WALK).summary()
    assert "draw on" not in summary  # "not sure tbh" names no strength
    assert "not sure" not in summary
    lines = summary.splitlines()
    # The good day is their own words, quoted whole and alone.
    assert f"  - \u201c{GOOD_DAY}\u201d" in lines
    assert sum(GOOD_DAY in line for line in lines) == 1


def test_a_named_strength_is_affirmed_alone() -> None:
    answers = dict(WALK, strengths="I keep showing up for people.")
    summary = _walk(load_builtin("engaging"), answers).summary()
    assert summary_msg.summary_affirmation(
        "\u201cI keep showing up for people.\u201d") in summary.splitlines()


def _two_strengths_pack() -> Pack:
    body = "".join(
        f'[[prompts]]\nid = "{pid}"\nstage = "evoking"\nkind = "{kind}"\nreflect = true\n'
        f'optional = true\ntext = "{text}"\n'
        for pid, kind, text in (
            ("good-at", "text", "What are you good at?"),
            ("got-through", "long_text", "What did you draw on the last time you got through "
             "something hard?"),
            ("list-strengths", "list", "List a few of your strengths."),
        ))
    return parse_pack('[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n' + body, "p.toml")


def test_two_answers_are_two_quotes_never_one() -> None:
    summary = _walk(_two_strengths_pack(), {
        "good-at": "cooking for a crowd", "got-through": "My sister. Long walks."}).summary()
    assert summary_msg.summary_affirmation(
        "\u201ccooking for a crowd\u201d", "\u201cMy sister. Long walks.\u201d"
    ) in summary.splitlines()
    assert "\u201ccooking for a crowd My sister" not in summary


def test_unsure_items_and_answers_give_no_affirmation() -> None:
    summary = _walk(_two_strengths_pack(), {
        "good-at": "idk", "got-through": "Not sure, honestly.",
        "list-strengths": ["dunno", "patience"]}).summary()
    assert summary_msg.summary_affirmation("\u201cpatience\u201d") in summary.splitlines()
    for unsure in ("idk", "Not sure", "dunno"):
        assert unsure not in summary
    nothing = _walk(_two_strengths_pack(), {"good-at": "not sure tbh"}).summary()
    assert "draw on" not in nothing


def test_the_walk_through_through_the_cli(cli: Cli) -> None:
    result = cli(["interview", "engaging", "--answers", "-"], input=json.dumps(WALK),
                 env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert "draw on" not in result.stdout
    assert "not sure tbh" not in result.stdout
    assert f"\u201c{GOOD_DAY}\u201d" in result.stdout

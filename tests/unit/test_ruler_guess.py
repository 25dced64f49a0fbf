"""A ruler answer that holds one whole number among words ("idk like a 3??") is asked
about ("Did you mean 3?"), never taken silently and never met with only "Please pick a
whole number" (walk-through). Decided: asking is safer than accepting (no surprises, and
the person keeps the choice of number)."""

from __future__ import annotations

import json

import pytest

from mi_journal.interview.engine import AnswerProblem, Interview, NumberGuess, number_among_words
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli


@pytest.mark.parametrize(("text", "guess"), [
    ("idk like a 3??", 3), ("maybe 5ish", 5), ("a 0 i guess", 0), ("7/10", 7),
    ("7 out of 10", 7), ("about 10, honestly", 10),
    ("3 or 4", None), ("3.5", None), ("about a 12", None), ("no idea", None),
    ("2/5", None), ("somewhere between 4 and 6", None), ("", None),
])
def test_number_among_words(text: str, guess: int | None) -> None:
    assert number_among_words(text, 0, 10) == guess


def _at_the_ruler() -> Interview:
    interview = Interview(load_builtin("rulers"))
    interview.submit("drinking on weeknights")
    question = interview.current()
    assert question is not None and question.prompt.id == "importance"
    return interview


def test_the_engine_asks_and_takes_nothing() -> None:
    interview = _at_the_ruler()
    with pytest.raises(NumberGuess) as raised:
        interview.submit("idk like a 3??")
    assert raised.value.guess == 3
    assert "importance" not in interview.given  # nothing taken silently
    with pytest.raises(AnswerProblem) as plain:
        interview.submit("3 or 4")
    assert not isinstance(plain.value, NumberGuess)
    assert plain.value.message == interview_msg.scale_out_of_range(0, 10)
    assert interview.submit("3") == 3


def test_an_answers_file_is_told_what_fits(cli: Cli) -> None:
    answers = {"focus": "drinking on weeknights", "importance": "idk like a 3??"}
    result = cli(["interview", "rulers", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "400"})
    assert result.exit_code == 1
    assert interview_msg.scale_guess_in_file(3, 0, 10) in result.stderr

"""A quoted answer inside a question leaves its own closing "." or "!" off, and the
confidence ruler holds whether or not the person has decided (walk-through: a person on
methadone was asked 'If you decided to make a change around "Staying on my methadone
program and off heroin for good.", how confident...')."""

from __future__ import annotations

import json

import pytest

from mi_journal.core.paths import Paths
from mi_journal.packs.registry import load_builtin
from mi_journal.packs.template import in_sentence, render
from mi_journal.storage.entries import load_entries
from tests.conftest import Cli

FOCUS = "Staying on my methadone program and off heroin for good."
ASKED = ('How confident are you that you could make or keep up a change around "Staying on '
         'my methadone program and off heroin for good", if you choose to, from 0 to 10?')


@pytest.mark.parametrize(("answer", "inside"), [
    ("for good.", "for good"),
    ("for good!", "for good"),
    ("for good.  ", "for good"),
    ("really?", "really?"),            # a question mark says something: kept
    ("and then...", "and then..."),    # so does an ellipsis
    ("and then\u2026", "and then\u2026"),
    ("wow!!", "wow!"),                 # one mark only
    ("I stopped. Then I started.", "I stopped. Then I started"),
    (".", "."),                        # never left empty
])
def test_in_sentence(answer: str, inside: str) -> None:
    assert in_sentence(answer) == inside


def test_render_drops_the_full_stop_of_a_quoted_answer_and_of_a_list() -> None:
    text = 'What makes "{focus}" matter? Thinking of {helpers}: how could they help?'
    assert render(text, {"focus": "my kids.", "helpers": ["Jo", "my mum."]}, {}) == (
        'What makes "my kids" matter? Thinking of Jo and my mum: how could they help?')


@pytest.mark.parametrize("pack_id", ["evoking", "confidence", "rulers", "change-plan"])
def test_the_confidence_ruler_presumes_no_decision(pack_id: str) -> None:
    text = load_builtin(pack_id).prompt("confidence").text
    assert "decided" not in text and "if you choose to" in text
    assert render(text, {"focus": FOCUS}, {}) == ASKED


def test_through_the_cli(cli: Cli, paths: Paths) -> None:
    answers = {"focus": FOCUS, "confidence": 7,
               "confidence-lower": "Eight months on the program."}
    result = cli(["interview", "confidence", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    by_id = {answer.prompt: answer for answer in entry.answers}
    assert by_id["confidence"].question == ASKED
    assert by_id["focus"].value == FOCUS  # the answer itself is kept as written

"""One verdict for one answer (walk6).

`mij interview planning`, readiness 5, then one answer of three lines whose first
sentence alone read as crisis wording but the answer as a whole did not: no help lines
during the interview, yet the summary said "Some of what you wrote sounded very painful"
and dropped it, and the export did not mark the entry. The statistical part read the
answer two sentences at a time, where a calm neighbour diluted the sentence that a
summary, `mij reflect` and an export read alone. Now it reads each sentence alone too
(`crisis.detect.model_windows`): if a sentence alone shows the lines, the answer does,
and the summary, the export's mark and the lines agree. (The walk's own answer is no
longer read as crisis wording at all: see the walk6 guards in test_crisis_walk_found.)
The rules still read the whole text: a negation or a past said to be over is decided by
its context, as the README decided.
"""

from __future__ import annotations

import json

import pytest

from mi_journal.changetalk import split_statements
from mi_journal.core.paths import Paths
from mi_journal.crisis.detect import detect_crisis, model_windows, normalise
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import summary as summary_msg
from tests.cli.test_after_help_lines_cli import PROMPTS
from tests.cli.test_interview_ui import run_ui
from tests.conftest import Cli

MARK = "sounded like a crisis"
# A sentence the model reads as crisis wording alone, beside calm ones it was not.
ALONE = ["I would rather not wake up tomorrow.", "the rope is still in the shed.",
         "i keep the blades in my pencil case now.", "nobody would notice for days."]
CALM = ["the weather was nice and we walked to the shops and back.",
        "work was busy, the new manager started and seems ok."]
HIDDEN = f"{CALM[0]}\n{ALONE[0]}\n{CALM[1]}"
WALK6 = ("monday went ok and i sort of surprised myself, didnt even think about it after "
         "9pm.\nbut then wednesday happened and i had a few\nstill, two weeks ago i wouldnt "
         "have even tried")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("sentence", ALONE)
@pytest.mark.parametrize("calm", CALM)
def test_a_sentence_that_shows_the_lines_alone_shows_them_beside_calm_ones(
        sentence: str, calm: str) -> None:
    assert detect_crisis(sentence) is not None
    for text in (f"{sentence} {calm}", f"{calm} {sentence}", f"{calm}\n{sentence}\n{calm}"):
        assert detect_crisis(text) is not None, text


def test_each_sentence_is_also_read_alone() -> None:
    plain = normalise(f"{CALM[0]} {ALONE[1]} {CALM[1]}")
    read = [plain[start:end] for start, end, _ in model_windows(plain)]
    for sentence in split_statements(plain):
        assert sentence in read, (sentence, read)
    one = normalise(ALONE[1])
    assert [one[start:end] for start, end, _ in model_windows(one)] == [one]


def test_context_the_rules_read_is_kept() -> None:
    """A past said to be over, and a negation, are decided by the whole text."""
    assert detect_crisis("Ten years ago I tried to kill myself. I got help and I'm fine "
                         "now.") is None
    assert detect_crisis("I'm not suicidal. I want things to get better.") is None


def planning(cli: Cli, answer: str) -> tuple[str, str]:
    answers = {"focus": "drinking", "readiness": 5, "next": "nothing for now",
               "readiness-lower": answer}
    result = cli(["interview", "planning", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    exported = cli(["export", "--format", "md"])
    assert exported.exit_code == 0, exported.output
    return result.stdout, exported.stdout


def test_hidden_answer_shows_the_lines_and_the_export_marks_it(cli: Cli) -> None:
    shown, exported = planning(cli, HIDDEN)
    assert crisis_msg.CRISIS_HEADING in shown  # it used to show none
    assert flat(summary_msg.SUMMARY_CRISIS_LEFT_OUT) in flat(shown)
    assert MARK in exported  # it used to be unmarked


def test_the_walks_answer_is_ordinary_everywhere(cli: Cli) -> None:
    shown, exported = planning(cli, WALK6)
    assert crisis_msg.CRISIS_HEADING not in shown
    assert "painful" not in shown  # the summary used to call it painful
    assert MARK not in exported
    assert "surprised myself" in exported


def test_on_a_terminal_the_lines_come_during_the_interview(
        paths: Paths, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["drinking", "5", *HIDDEN.split("\n"), "", ":q"]
    _ui, screen, _result = run_ui(paths, monkeypatch, lines,
                                  pack_file=PROMPTS / "planning.toml")
    assert "What puts you at 5" in screen
    assert crisis_msg.CRISIS_HEADING in capsys.readouterr().out

"""Walk-through leftovers (December 5): a summary quoted a non-answer back ("You wrote:
- “Nothing.”"), and the html (and so the PDF) showed the backticks around `mij crisis`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.html_format import summary_html
from mi_journal.interview.declining import declines
from mi_journal.interview.summary import build_summary
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.registry import load_builtin
from tests.conftest import Cli
from tests.unit.test_summary import _one_prompt_pack, _walk

FILLERS = ["Nothing.", "No.", "Not really.", "Dunno.", "nothing really", "I don't know.",
           "Nope", "idk", "Um, nothing."]
ANSWERS = ["Nothing helps.", "No drinking on Mondays.", "My kids.", "Sleep.", "Fine.",
           "No more hangovers.", "Nothing is more important than my kids.",
           "Not really sure yet, but my sleep matters."]


@pytest.mark.parametrize("text", FILLERS)
def test_a_non_answer_is_one_the_shared_list_knows(text: str) -> None:
    assert declines(text)  # interview.declining: one list for the engine and the summary


@pytest.mark.parametrize("text", ANSWERS)
def test_an_answer_with_something_in_it_is_not_a_non_answer(text: str) -> None:
    assert not declines(text)


@pytest.mark.parametrize("text", FILLERS)
def test_a_non_answer_alone_is_never_quoted(text: str) -> None:
    pack = _one_prompt_pack("a", "b")
    summary = build_summary(pack, _walk(pack, {"a": "My kids.", "b": text}).answers())
    assert "\u201cMy kids.\u201d" in summary
    assert f"\u201c{' '.join(text.split())}\u201d" not in summary, summary


ENGAGING = {
    "what-matters": "My kids, and getting my sleep back.",
    "good-day": "Nothing.",
    "strengths": "Not really.",
    "support": "Dunno.",
    "hopes": "No.",
}


def test_engaging_summary_quotes_the_answer_not_the_non_answers() -> None:
    summary = _walk(load_builtin("engaging"), ENGAGING).summary()
    assert "\u201cMy kids, and getting my sleep back.\u201d" in summary
    for filler in ("Nothing.", "Not really.", "Dunno.", "No."):
        assert f"\u201c{filler}\u201d" not in summary, summary
    assert "something you can draw on" not in summary  # "Not really." is no strength


def test_only_non_answers_quote_nothing() -> None:
    pack = _one_prompt_pack("a", "b")
    summary = build_summary(pack, _walk(pack, {"a": "Nothing.", "b": "Dunno."}).answers())
    assert "\u201c" not in summary
    assert summary_msg.summary_context_heading(after_change=False) not in summary


def test_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ENGAGING), "utf-8")
    result = cli(["interview", "engaging", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert "\u201cMy kids, and getting my sleep back.\u201d" in result.stdout
    assert "\u201cNothing.\u201d" not in result.stdout
    assert "\u201cDunno.\u201d" not in result.stdout


# --- a command in the html summary ------------------------------------------------------


def test_html_shows_a_command_as_code_and_keeps_the_rest_escaped() -> None:
    shown = summary_html(summary_msg.SUMMARY_CRISIS_LEFT_OUT)
    assert "<code>mij crisis</code> shows the help lines" in shown
    assert "`" not in shown
    # The person's own words stay as written and inert: no tag becomes live.
    own = summary_html("You wrote:\n  - \u201c<b>`rm -rf`</b> and `mij <i>x</i>`\u201d")
    assert "<b>" not in own and "<i>" not in own and "&lt;b&gt;" in own
    assert "`rm -rf`" in own  # only a `mij ...` command becomes code


def test_html_and_md_exports_of_a_summary_with_a_command(cli: Cli, paths: Paths,
                                                         tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"what-matters": "My kids.",
                                   "good-day": "Some days I want to end my life."}), "utf-8")
    assert cli(["interview", "engaging", "--answers", str(answers)]).exit_code == 0
    html = cli(["export", "--format", "html"]).stdout
    assert "<code>mij crisis</code>" in html and "`mij crisis`" not in html
    md = cli(["export", "--format", "md"]).stdout
    assert "\\`mij crisis\\`" in md  # md keeps the backticks, shown literally

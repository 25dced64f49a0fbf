"""What an MI trainer's read of the built-in packs (with realistic answers) changed: a
condition can count picks, so the values questions read right after one value or
several; "keeping things as they are" is honoured, not explored; a confidence of 0 in
evoking is followed up; the suggestion offers rather than presumes. Through the domain
(the interview engine) and the CLI (`mij interview ... --answers`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.engine import Interview
from mi_journal.interview.suggest import History, decide
from mi_journal.packs.conditions import conditions_hold
from mi_journal.packs.errors import PackError
from mi_journal.packs.loader import load_pack_file, parse_pack
from mi_journal.packs.model import Condition
from mi_journal.storage.entries import load_entries
from mi_journal.storage.models import Ruler
from tests.conftest import Cli

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


def asked_with(pack_id: str, answers: dict[str, object]) -> dict[str, str]:
    """Prompt id -> the question as shown, for one run through a built-in pack."""
    interview = Interview(load_pack_file(PROMPTS / f"{pack_id}.toml"))
    asked: dict[str, str] = {}
    while (question := interview.current()) is not None:
        asked[question.prompt.id] = question.text
        value = answers.get(question.prompt.id)
        if value is None and question.prompt.optional:
            interview.skip()
        else:
            interview.submit_value(value if value is not None else "in my own words")
    return asked


# --- a condition that counts picks -------------------------------------------------------


def test_at_least_and_at_most_count_picks_and_list_items() -> None:
    two = Condition(prompt="v", at_least=2)
    one = Condition(prompt="v", at_most=1)
    assert conditions_hold(two, {"v": ["honesty", "kindness"]})
    assert not conditions_hold(two, {"v": ["honesty"]})
    assert conditions_hold(one, {"v": ["honesty"]}) and not conditions_hold(one, {"v": ["a", "b"]})
    assert not conditions_hold(two, {}) and not conditions_hold(one, {})
    assert conditions_hold(Condition(prompt="r", at_least=2), {"r": 3})  # rulers as before
    assert not conditions_hold(Condition(prompt="t", at_least=1), {"t": "some words"})


HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'


def _pack(kind: str, extra: str = "") -> str:
    return (HEAD + f'[[prompts]]\nid = "first"\nstage = "evoking"\nkind = "{kind}"\n'
            f'text = "What comes to mind?"\n{extra}\n'
            '[[prompts]]\nid = "then"\nstage = "evoking"\nkind = "text"\n'
            'text = "Which of these matters most?"\nwhen = { prompt = "first", at_least = 2 }\n')


def test_counting_is_allowed_on_picks_and_lists_only() -> None:
    parse_pack(_pack("multi_choice", 'choices = ["a", "b", "c"]'), "t.toml")
    parse_pack(_pack("list"), "t.toml")
    with pytest.raises(PackError) as refused:
        parse_pack(_pack("text"), "t.toml")
    assert refused.value.kind == "reference" and refused.value.prompt_id == "then"
    assert "scale, multi_choice or list" in refused.value.detail


def test_pack_check_names_a_count_on_text(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(_pack("text"), encoding="utf-8")
    result = cli(["pack", "check", str(path), "--json"])
    assert result.exit_code == 1
    # Warnings come in the same run now; the one error is the count on a text.
    [finding] = [row for row in json.loads(result.stdout) if row["level"] == "error"]
    assert (finding["prompt"], finding["code"]) == ("then", "reference")


# --- values: one pick or several ---------------------------------------------------------


def test_values_after_one_pick_say_it_and_after_several_which_of_these() -> None:
    one = asked_with("values", {"values": ["honesty"], "focus": "drinking on weeknights"})
    assert one["value-one"] == "You picked: honesty. What makes it important to you right now?"
    assert "values-most" not in one
    several = asked_with("values", {"values": ["honesty", "kindness"], "focus": "sleep"})
    assert several["values-most"].startswith("You picked: honesty and kindness. Which of these")
    assert "value-one" not in several
    for asked in (one, several):
        for prompt_id, text in asked.items():
            if prompt_id != "values":  # the list itself: "Looking at these values, ..."
                assert "these values" not in text and "one of these" not in text, text


# --- focusing: keeping things as they are ----------------------------------------------


def test_keeping_things_as_they_are_is_honoured_not_explored() -> None:
    asked = asked_with("focusing", {"focus": "drinking on weeknights",
                                    "direction": "keeping things as they are for now"})
    assert "direction-why" not in asked
    assert asked["direction-keep"].startswith("That is your call to make.")
    other = asked_with("focusing", {"focus": "sleep", "direction": "cutting down"})
    assert other["direction-why"] == 'What draws you to "cutting down"?'
    assert "direction-keep" not in other


def test_one_area_reads_right(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    asked = asked_with("focusing", {"areas": ["sleep"], "focus": "sleep"})
    assert asked["areas-why"] == "What draws your attention there right now?"
    answers = tmp_path / "focusing.toml"
    answers.write_text(
        'areas = ["alcohol"]\nareas-why = "The bank statement."\n'
        'focus = "drinking on weeknights"\n'
        'direction = "keeping things as they are for now"\n'
        'direction-keep = "That Thursdays are the hardest."\n', encoding="utf-8")
    result = cli(["interview", "focusing", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    shown = {answer.prompt: answer.question for answer in entry.answers}
    assert shown["areas-why"] == "What draws your attention there right now?"
    assert "direction-why" not in shown
    assert shown["direction-keep"] == (
        'That is your call to make. What, if anything, would you like to keep in mind about '
        '"drinking on weeknights" for the time being?')


# --- evoking: a confidence of 0 ---------------------------------------------------------


@pytest.mark.parametrize(("confidence", "follow_up"),
                         [(0, "confidence-zero"), (3, "confidence-lower")])
def test_evoking_follows_every_confidence_up(confidence: int, follow_up: str) -> None:
    asked = asked_with("evoking", {"focus": "the betting apps", "confidence": confidence})
    assert follow_up in asked
    assert {"confidence-zero", "confidence-lower"} - {follow_up} - set(asked) == \
        {"confidence-zero", "confidence-lower"} - {follow_up}


def test_evoking_confidence_zero_through_the_cli(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    answers = tmp_path / "evoking.json"
    answers.write_text(json.dumps({
        "focus": "drinking on weeknights", "confidence": 0,
        "confidence-zero": "If I had someone to check in with."}), encoding="utf-8")
    result = cli(["interview", "evoking", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    assert [a.value for a in entry.answers if a.prompt == "confidence-zero"] == \
        ["If I had someone to check in with."]


# --- the suggestion offers -------------------------------------------------------------


def test_suggestions_offer_and_presume_nothing() -> None:
    low = decide(History(any_interview=True, focusing=True, recent_evoking=True,
                         rulers={Ruler.importance: 3}), 0)
    assert low.target == "evoking" and "if you like" in low.reason
    assert "might help" not in low.reason
    ready = decide(History(any_interview=True, focusing=True, recent_evoking=True,
                           rulers={Ruler.importance: 8, Ruler.confidence: 8}), 0)
    assert ready.target == "planning" and "yet" not in ready.reason

"""`mij pack show` shows what a counsellor checks a pack's flow with: each prompt's help,
its choices, a ruler's range and labels, and when it is asked (walk-through: choices,
conditions and labels were left out). Pack text stays data: markup and escape codes are
shown as the text they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.messages import packs as packs_msg
from mi_journal.packs.loader import parse_pack
from tests.conftest import Cli

PACK = """[pack]
id = "flow"
title = "Flow"
version = "1"

[[prompts]]
id = "area"
stage = "focusing"
kind = "choice"
text = "Which would you like to look at?"
choices = ["drinking on weeknights", "[bold]something else[/bold]", "\\u001b[31mred\\u001b[0m"]

[[prompts]]
id = "area-other"
stage = "focusing"
kind = "text"
text = "What else would you like to look at?"
help = "In your own words."
when = { prompt = "area", equals = "[bold]something else[/bold]" }

[[prompts]]
id = "helps"
stage = "focusing"
kind = "multi_choice"
text = "What has helped before?"
choices = ["a walk", "a friend", "sleep"]
max_picks = 2

[[prompts]]
id = "helps-more"
stage = "focusing"
kind = "long_text"
text = "What was it about {helps}?"
when = [{ prompt = "helps", at_least = 2 }, { prompt = "area", not_equals = "sleep" }]

[[prompts]]
id = "imp"
stage = "evoking"
kind = "scale"
text = "How important is it, from 0 to 10?"
labels = { "0" = "[red]not at all[/red]", "10" = "very" }

[[prompts]]
id = "imp-lower"
stage = "evoking"
kind = "long_text"
text = "What puts you at {imp} and not lower?"
when = { prompt = "imp", at_least = 1, at_most = 9 }

[[prompts]]
id = "imp-zero"
stage = "evoking"
kind = "long_text"
text = "What would make it matter even a little?"
when = [{ prompt = "imp", answered = true }, { prompt = "imp", one_of = [0, 1] }]
"""


@pytest.fixture
def installed(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "flow.toml"
    path.write_text(PACK, encoding="utf-8")
    assert cli(["pack", "add", str(path)]).exit_code == 0


def test_show_lists_choices_labels_and_conditions(cli: Cli, installed: None) -> None:
    result = cli(["pack", "show", "flow"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    area = lines.index("    Which would you like to look at?")
    assert lines[area + 1:area + 4] == [
        "      1. drinking on weeknights",
        "      2. [bold]something else[/bold]",
        "      3. \\x1b[31mred\\x1b[0m",
    ]
    assert "    help: In your own words." in lines
    assert '    asked only when area is "[bold]something else[/bold]"' in lines
    assert "    pick up to 2" in lines
    assert ('    asked only when helps has at least 2 items and area is not "sleep"'
            in lines)
    assert "    a number from 0 to 10; 0: [red]not at all[/red], 10: very" in lines
    assert "    asked only when imp is 1 to 9" in lines
    assert "    asked only when imp is answered and imp is one of 0, 1" in lines
    assert "\x1b" not in result.output


def test_show_wraps_details_under_their_prompt(cli: Cli, installed: None) -> None:
    result = cli(["pack", "show", "flow"], env={"COLUMNS": "40"})
    lines = result.output.splitlines()
    assert all(len(line) <= 40 for line in lines), result.output
    start = lines.index("    asked only when helps has at least 2")
    assert lines[start + 1].startswith("      ")  # hangs under the line it continues


def test_show_json_still_carries_everything(cli: Cli, installed: None) -> None:
    data = json.loads(cli(["pack", "show", "flow", "--json"]).output)
    prompts = {prompt["id"]: prompt for prompt in data["prompts"]}
    assert prompts["area"]["choices"][1] == "[bold]something else[/bold]"
    assert prompts["imp"]["labels"] == {"0": "[red]not at all[/red]", "10": "very"}
    assert prompts["imp-lower"]["when"] == {"prompt": "imp", "at_least": 1, "at_most": 9}


def test_every_condition_of_a_pack_reads_as_words() -> None:
    pack = parse_pack(PACK, "flow.toml")
    said = {
        prompt.id: [packs_msg.pack_show_condition(
            c.prompt, c.model_dump(exclude_none=True, exclude={"prompt"}),
            counted=c.prompt == "helps") for c in prompt.conditions()]
        for prompt in pack.prompts if prompt.when is not None
    }
    assert said == {
        "area-other": ['area is "[bold]something else[/bold]"'],
        "helps-more": ["helps has at least 2 items", 'area is not "sleep"'],
        "imp-lower": ["imp is 1 to 9"],
        "imp-zero": ["imp is answered", "imp is one of 0, 1"],
    }


@pytest.mark.parametrize(
    ("tests", "counted", "words"),
    [
        ({"answered": False}, False, "x is skipped"),
        ({"at_most": 3}, False, "x is at most 3"),
        ({"at_most": 3}, True, "x has at most 3 items"),
        ({"equals": True}, False, "x is yes"),
        ({"includes": "sleep"}, True, 'x includes "sleep"'),
    ],
)
def test_condition_words(tests: dict[str, object], counted: bool, words: str) -> None:
    assert packs_msg.pack_show_condition("x", tests, counted) == words


def test_builtin_packs_show_every_choice_and_condition(cli: Cli) -> None:
    from mi_journal.packs.registry import builtin_pack_ids, load_builtin

    for pack_id in builtin_pack_ids():
        pack = load_builtin(pack_id)
        out = " ".join(cli(["pack", "show", pack_id], env={"COLUMNS": "200"}).output.split())
        for prompt in pack.prompts:
            for choice in prompt.choices or []:
                assert f". {choice}" in out, (pack_id, choice)
            if prompt.when is not None:
                assert "asked only when" in out, pack_id
            for label in prompt.labels.values():
                assert label in out, (pack_id, label)

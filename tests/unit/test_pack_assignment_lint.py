"""`assignment-left-out`: homework that would silently skip prompts is pointed out."""

from __future__ import annotations

import json
from pathlib import Path

from mi_journal.packs.lint import lint_pack
from mi_journal.packs.loader import parse_pack
from tests.conftest import Cli

PACK = """
[pack]
id = "week"
title = "A week"
version = "1.0.0"

[assignment]
frequency = "daily"
times = 3
{narrowing}

[[prompts]]
id = "area"
stage = "focusing"
kind = "text"
text = "What would you like to look at this week?"

[[prompts]]
id = "noticed"
stage = "evoking"
kind = "long_text"
text = "What did you notice today about {{area}}?"

[[prompts]]
id = "why"
stage = "evoking"
kind = "long_text"
text = "What makes this matter to you?"
when = {{ prompt = "area", answered = true }}

[[prompts]]
id = "first"
stage = "evoking"
kind = "long_text"
text = "What else comes to mind?"
when = {{ prompt = "area", answered = false }}
"""


def pack_with(narrowing: str):
    return parse_pack(PACK.format(narrowing=narrowing), "week.toml")


def codes(narrowing: str) -> list[tuple[str | None, str]]:
    return [(f.prompt, f.code) for f in lint_pack(pack_with(narrowing), "week.toml")]


def test_stage_narrowing_that_drops_a_quoted_prompt_is_flagged() -> None:
    found = codes('stages = ["evoking"]')
    assert ("noticed", "assignment-left-out") in found
    assert ("why", "assignment-left-out") in found
    # `answered = false` still holds when the prompt is left out: it is asked.
    assert ("first", "assignment-left-out") not in found


def test_complete_narrowing_and_whole_pack_are_fine() -> None:
    assert not [c for c in codes('stages = ["focusing", "evoking"]') if c[1].startswith("assign")]
    assert not [c for c in codes('prompts = ["area", "noticed"]') if c[1].startswith("assign")]
    assert not [c for c in codes("") if c[1].startswith("assign")]
    assert pack_with('prompts = ["area", "noticed"]').assigned_prompt_ids() == ["area", "noticed"]
    assert pack_with("").assigned_prompt_ids() is None


def test_cli_strict_fails_on_it(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "week.toml"
    path.write_text(PACK.format(narrowing='prompts = ["noticed"]'), "utf-8")
    assert cli(["pack", "check", str(path)]).exit_code == 0
    strict = cli(["pack", "check", "--strict", "--json", str(path)])
    assert strict.exit_code == 1
    findings = json.loads(strict.stdout)
    assert {"file": str(path), "prompt": "noticed", "level": "warning",
            "code": "assignment-left-out"}.items() <= findings[0].items()
    assert "'area'" in findings[0]["message"]


def test_why_not_ten_suggestion_names_the_pack_own_ruler() -> None:
    pack = parse_pack(
        '[pack]\nid = "w"\ntitle = "W"\nversion = "1"\n'
        '[[prompts]]\nid = "confidence"\nstage = "evoking"\nkind = "scale"\n'
        'text = "How confident are you, from 0 to 10?"\n'
        '[[prompts]]\nid = "why"\nstage = "evoking"\nkind = "text"\ntext = "Why not a 10?"\n',
        "w.toml",
    )
    [finding] = [f for f in lint_pack(pack, "w.toml") if f.code == "ruler-why-not-ten"]
    assert finding.prompt == "why"
    assert "{confidence} and not at {confidence:-2}" in finding.message
    # The suggestion is itself a valid placeholder text for this pack.
    from mi_journal.packs.template import references

    suggested = finding.message.split('"')[1]
    assert [ref.prompt for ref in references(suggested)] == ["confidence", "confidence"]

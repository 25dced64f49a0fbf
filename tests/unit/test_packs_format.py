"""The pack format: loading, precise errors, placeholders and conditions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.packs.conditions import conditions_hold
from mi_journal.packs.loader import PackError, load_pack_bytes, load_pack_file, parse_pack
from mi_journal.packs.model import Condition
from mi_journal.packs.registry import find_pack, installed_pack_path, list_packs
from mi_journal.packs.template import TemplateSyntaxError, parse_template, render
from tests.conftest import Cli

GOOD = """
[pack]
id = "mini"
title = "Mini"
version = "1.2.0"

[[prompts]]
id = "importance"
stage = "evoking"
kind = "scale"
text = "How important is this change to you?"
ruler = "importance"
labels = { "0" = "not at all", "10" = "very" }

[[prompts]]
id = "why-lower"
stage = "evoking"
kind = "text"
text = "What makes it a {importance} and not a {importance:-3}?"
when = { prompt = "importance", at_least = 1 }

[[prompts]]
id = "values"
stage = "evoking"
kind = "multi_choice"
text = "Which of these matter most to you?"
choices = ["family", "health", "honesty"]
max_picks = 2
optional = true
"""


def pack_with(extra: str, prompt_index: int = 0) -> str:
    """GOOD with `extra` lines added to the prompt at `prompt_index`."""
    parts = GOOD.split("[[prompts]]")
    parts[prompt_index + 1] = parts[prompt_index + 1] + extra + "\n"
    return "[[prompts]]".join(parts)


def test_good_pack_loads() -> None:
    pack = parse_pack(GOOD, "mini.toml")
    assert pack.id == "mini"
    assert [p.id for p in pack.prompts] == ["importance", "why-lower", "values"]
    assert pack.prompt("importance").bounds == (0, 10)
    assert [s.value for s in pack.stages] == ["evoking"]


@pytest.mark.parametrize(
    ("extra", "index", "expected"),
    [
        ("min = 5\nmax = 1", 0, 'prompts[0] (id "importance"): min (5) is greater than max'),
        ("max = '10'", 0, 'prompts[0] (id "importance"): max:'),
        ("colour = 'blue'", 1, 'prompts[1] (id "why-lower"): unknown field \'colour\''),
        ("reflect = 'yes'", 2, 'prompts[2] (id "values"): reflect:'),
        ("min = 0", 1, 'prompts[1] (id "why-lower"): `min` is only for kind = "scale"'),
    ],
)
def test_schema_errors_name_file_and_prompt(extra: str, index: int, expected: str) -> None:
    text = pack_with(extra, index)
    with pytest.raises(PackError) as info:
        parse_pack(text, "mini.toml")
    message = str(info.value)
    assert message.startswith("mini.toml: ")
    assert expected in message


def test_empty_choices_are_refused() -> None:
    text = GOOD.replace('choices = ["family", "health", "honesty"]', "choices = []")
    with pytest.raises(PackError, match=r'prompts\[2\] \(id "values"\).*non-empty'):
        parse_pack(text, "mini.toml")


def test_duplicate_ids_are_refused() -> None:
    text = GOOD.replace('id = "values"', 'id = "importance"')
    with pytest.raises(PackError, match=r'prompts\[2\] \(id "importance"\): the id'):
        parse_pack(text, "mini.toml")


@pytest.mark.parametrize(
    ("replace", "by", "fragment"),
    [
        ("{importance:-3}", "{values}", "comes later"),
        ("{importance:-3}", "{nobody}", "not a prompt in this pack"),
        ('when = { prompt = "importance"', 'when = { prompt = "values"', "comes later"),
        ('when = { prompt = "importance"', 'when = { prompt = "ghost"', "not a prompt"),
        ("{importance:-3}", "{importance", "never closed"),
        ("{importance:-3}", "{0.__class__}", "is not a placeholder"),
        ("{importance:-3}", "{x.__init__.__globals__}", "is not a placeholder"),
    ],
)
def test_reference_errors(replace: str, by: str, fragment: str) -> None:
    text = GOOD.replace(replace, by, 1)
    with pytest.raises(PackError) as info:
        parse_pack(text, "mini.toml")
    assert 'prompts[1] (id "why-lower")' in str(info.value)
    assert fragment in str(info.value)


def test_syntax_error_has_line_and_column() -> None:
    with pytest.raises(PackError, match=r'mini.toml: line 3, column \d+: the value after "="'):
        parse_pack('[pack]\nid = "x"\ntitle = \n', "mini.toml")


def test_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (1024 * 1024 + 10))
    with pytest.raises(PackError, match="larger than 1 MiB"):
        load_pack_file(big)
    many = GOOD + "".join(
        f'[[prompts]]\nid = "p{i}"\nstage = "focusing"\nkind = "text"\ntext = "What {i}?"\n'
        for i in range(501)
    )
    with pytest.raises(PackError, match="at most 500"):
        parse_pack(many, "many.toml")
    long_text = GOOD.replace("Which of these matter most to you?", "x" * 2001)
    with pytest.raises(PackError, match=r'prompts\[2\] \(id "values"\): text'):
        parse_pack(long_text, "long.toml")
    nested = "x = " + "[" * 5000 + "]" * 5000
    with pytest.raises(PackError):
        parse_pack(nested, "deep.toml")


def test_encodings() -> None:
    with pytest.raises(PackError, match="UTF-16"):
        load_pack_bytes(GOOD.encode("utf-16"), "u16.toml")
    with pytest.raises(PackError, match="not valid UTF-8"):
        load_pack_bytes(b"\xfa\xfb" + GOOD.encode(), "bad.toml")
    assert load_pack_bytes(b"\xef\xbb\xbf" + GOOD.encode(), "bom.toml").id == "mini"
    assert load_pack_bytes(GOOD.replace("\n", "\r\n").encode(), "crlf.toml").id == "mini"


def test_template_parsing_and_rendering() -> None:
    pieces = parse_template("a {x} b {{lit}} {y:+2}")
    assert pieces[0] == "a "
    bounds = {"y": (0, 10)}
    assert render("Why a {y} and not a {y:-3}?", {"y": 2}, bounds) == "Why a 2 and not a 0?"
    assert render("From {y} to {y:+2}?", {"y": 9}, bounds) == "From 9 to 10?"
    assert render("{{literal}} {x}", {"x": ["a", "b"]}, {}) == "{literal} a and b"
    # Lists read as lists; a long one is shortened; other languages keep commas.
    assert render("{x}", {"x": ["Jo"]}, {}) == "Jo"
    assert render("{x}", {"x": ["A", "B", "C"]}, {}) == "A, B and C"
    assert render("{x}", {"x": ["A", "B", "C", "D"]}, {}) == "A, B, C and D"
    assert render("{x}", {"x": list("ABCDE")}, {}) == "A, B, C, D and E"
    assert render("{x}", {"x": list("ABCDEF")}, {}) == "A, B, C and 3 more"
    assert render("{x}", {"x": ["A", "B"]}, {}, "es") == "A, B"
    assert render("{x}", {"x": True}, {}) == "yes"
    assert render("{x}", {}, {}) is None
    # Answers are data: braces inside an answer are never interpreted again.
    assert render("You said: {x}", {"x": "{0.__class__} %s"}, {}) == "You said: {0.__class__} %s"
    for bad in ("{", "}", "{X}", "{a b}", "{a:*2}", "{a:-}"):
        with pytest.raises(TemplateSyntaxError):
            parse_template(bad)


def test_conditions() -> None:
    at_least = Condition(prompt="r", at_least=1)
    assert not conditions_hold(at_least, {"r": 0})
    assert conditions_hold(at_least, {"r": 1})
    assert not conditions_hold(at_least, {})
    assert conditions_hold(Condition(prompt="r", answered=False), {})
    assert not conditions_hold(Condition(prompt="r", answered=False), {"r": 3})
    assert conditions_hold(Condition(prompt="c", equals="yes"), {"c": "yes"})
    assert not conditions_hold(Condition(prompt="b", equals=1), {"b": True})
    assert conditions_hold(Condition(prompt="b", equals=True), {"b": True})
    assert conditions_hold(Condition(prompt="m", includes="health"), {"m": ["health"]})
    assert conditions_hold(Condition(prompt="c", one_of=["a", "b"]), {"c": "b"})
    assert conditions_hold([Condition(prompt="r", at_least=1), Condition(prompt="r", at_most=5)],
                           {"r": 3})
    assert not conditions_hold([Condition(prompt="r", at_least=1),
                                Condition(prompt="r", at_most=5)], {"r": 6})
    with pytest.raises(ValueError, match="needs a test"):
        Condition(prompt="r")


def test_installed_pack_overrides_and_broken_ones_are_reported(paths: Paths) -> None:
    from mi_journal.storage.files import atomic_write_bytes

    atomic_write_bytes(installed_pack_path(paths, "mini"), GOOD.encode())
    atomic_write_bytes(paths.packs / "broken.toml", b"[pack\n")
    listing = list_packs(paths)
    assert "mini" in [entry.pack.id for entry in listing.packs]
    assert len(listing.problems) == 1
    assert "broken.toml" in str(listing.problems[0])
    assert find_pack(paths, "mini").source == "installed"
    from mi_journal.core.errors import MijError

    with pytest.raises(MijError, match="no pack called 'nope'"):
        find_pack(paths, "nope")


def test_pack_cli_list_and_show(cli: Cli, paths: Paths) -> None:
    from mi_journal.storage.files import atomic_write_bytes

    atomic_write_bytes(
        installed_pack_path(paths, "mini"),
        GOOD.replace("Mini", "Mini [bold]x[/bold] \\u001b[2J").encode(),
    )
    result = cli(["pack", "list", "--json"])
    assert result.exit_code == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["mini"]["prompts"] == 3
    assert rows["mini"]["stages"] == ["evoking"]
    assert rows["mini"]["source"] == "installed"
    shown = cli(["pack", "show", "mini"])
    assert shown.exit_code == 0
    assert "[bold]x[/bold]" in shown.stdout
    assert "\x1b" not in shown.stdout
    assert "What makes it a {importance}" in shown.stdout
    data = json.loads(cli(["pack", "show", "mini", "--json"]).stdout)
    assert [p["id"] for p in data["prompts"]] == ["importance", "why-lower", "values"]
    missing = cli(["pack", "show", "nope"])
    assert missing.exit_code == 1

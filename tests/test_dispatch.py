"""One declaration per command: the light reading of a command line (cli/declare.py)
agrees with Typer's wherever it answers, and the dispatcher's table agrees with what
the command modules declare."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st

from mi_journal.cli.app import SETTINGS, build_commands
from mi_journal.cli.commands import COMMAND_MODULES, command_module, read_light, registered
from mi_journal.cli.declare import Declared, declared, parse, typer_ready

PLAIN = sorted(
    name for name in COMMAND_MODULES
    if name in registered(command_module(name)).commands
)
# Read by Typer alone: their settings (unknown options kept, say) are not the light
# reading's to follow.
WITH_SETTINGS = {name for name in PLAIN
                 if registered(command_module(name)).commands[name][1].get("context_settings")}


def test_the_table_names_what_each_module_declares() -> None:
    for module in set(COMMAND_MODULES.values()):
        named = {name for name, where in COMMAND_MODULES.items() if where == module}
        first = next(iter(named))
        assert set(build_commands(first)) == named, module


def test_every_plain_command_is_declared_for_the_light_reading() -> None:
    """Each top-level command that is not a group reads its options from Option/Argument
    declarations, so it runs without Typer."""
    assert {"note", "list", "search", "export", "show", "paths", "doctor"} <= set(PLAIN)
    for name in PLAIN:
        func, _ = registered(command_module(name)).commands[name]
        assert declared(func) is not None, name


def _typer_reading(name: str) -> tuple[Any, dict[str, Any]]:
    """The Click command Typer builds for `name`, calling a stand-in that keeps the
    keyword arguments it is given instead of running the command."""
    func, command_settings = registered(command_module(name)).commands[name]
    seen: dict[str, Any] = {}

    @functools.wraps(func)
    def keep(**kwargs: Any) -> None:
        seen.clear()
        seen.update(kwargs)

    builder = typer.Typer(**SETTINGS)
    builder.command(name, **command_settings)(typer_ready(keep))
    return typer.main.get_group(builder).commands[name], seen


def _tokens(name: str) -> st.SearchStrategy[list[str]]:
    func, _ = registered(command_module(name)).commands[name]
    names: list[str] = []
    for item in (declared(func) or {}).values():
        for written in item.names:
            names += [part for part in written.split("/") if part]
    values = ["1", "0", "7", "1000001", "12345678901234567890", "x", "", "-", "--", "-n",
              "json", "md", "html", "JSON", "2026-03-01", "7d", "evoking", "last", "a=b",
              "hello", "two words", "+tag", "-tag", "--help", "-h", "--bogus", "-yx", "é"]
    glued = [f"{option}={value}" for option in names if option.startswith("--")
             for value in ("1", "x", "")] + [f"{option}{value}" for option in names
                                              if not option.startswith("--")
                                              for value in ("0", "5", "1000001", "x")]
    return st.lists(st.sampled_from(names + values + glued), max_size=6)


@pytest.mark.parametrize("name", sorted(set(PLAIN) - WITH_SETTINGS))
def test_what_the_light_reading_accepts_typer_reads_the_same(name: str) -> None:
    command, seen = _typer_reading(name)
    answered = []

    @settings(max_examples=150, deadline=None)
    @given(args=_tokens(name))
    def check(args: list[str]) -> None:
        found = read_light([name, *args])
        if found is None:
            return  # left to Typer, which decides (and words any usage mistake)
        _, light = found
        seen.clear()
        command.main(args=list(args), prog_name="mij", standalone_mode=False)
        assert seen == light, args
        answered.append(args)

    check()
    assert answered  # the comparison ran on real readings, not only on refusals


def test_commands_with_their_own_settings_go_to_typer() -> None:
    assert {"tag"} == WITH_SETTINGS
    assert read_light(["tag", "last", "+x"]) is None


def test_light_reading_examples() -> None:
    def read(*argv: str) -> dict[str, Any] | None:
        found = read_light(list(argv))
        return None if found is None else found[1]

    assert read("list", "-n5", "--tag=sleep", "--json") == {
        "number": 5, "since": None, "until": None, "stage": None, "pack": None,
        "goal": None, "tag": "sleep", "as_json": True}
    assert read("search", "--", "-n") == {"words": ["-n"], "number": None, "as_json": False}
    assert read("export", "--no-goals", "-o", "-")["include_goals"] is False  # type: ignore[index]
    assert read("export", "-o", "out.json")["output"] == Path("out.json")  # type: ignore[index]
    assert read("note", "-t", "a", "--tag", "b", "words") == {"text": ["words"], "tag": ["a", "b"]}
    for argv in (["list", "--help"], ["list", "-n", "0"], ["list", "-n", "x"], ["list", "word"],
                 ["search"], ["show"], ["tag", "last", "+x"], ["goals"], ["pack", "list"],
                 ["nosuch"], ["list", "--since"], ["list", "--json=1"], ["list", "--since", "-n"]):
        assert read(*argv) is None, argv


def test_a_declaration_is_handed_to_typer_unchanged() -> None:
    option = Declared("option", None, ("-n", "--number"), {"min": 1, "help": "How many."})
    made = option.for_typer()
    assert isinstance(made, typer.models.OptionInfo)
    assert made.param_decls == ("-n", "--number") and made.min == 1 and made.help == "How many."
    assert parse(lambda ctx: None, []) is None  # a parameter not declared: Typer reads it

"""One declaration per command: the light reading of a command line (cli/declare.py)
agrees with Typer's wherever it answers, and the dispatcher's table agrees with what
the command modules declare."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st

from mi_journal.cli.app import SETTINGS, build_commands
from mi_journal.cli.commands import (
    COMMAND_MODULES,
    command_module,
    read_group,
    read_light,
    registered,
)
from mi_journal.cli.declare import (
    Declared,
    Group,
    context_parameter,
    declared,
    parse,
    typer_ready,
)
from tests.conftest import Cli

PLAIN = sorted(
    name for name in COMMAND_MODULES
    if name in registered(command_module(name)).commands
)
# Commands with context settings of their own (unknown options kept as words, say):
# the light reading follows them as Click does (cli/declare.READ_CONTEXT).
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


def _group_commands() -> dict[str, tuple[Any, dict[str, Any]]]:
    """Every command of every group, as "group command": its function and settings."""
    found: dict[str, tuple[Any, dict[str, Any]]] = {}
    for name in COMMAND_MODULES:
        group = registered(command_module(name)).groups.get(name)
        if isinstance(group, Group):
            for sub, (func, command_settings) in group.commands.items():
                found[f"{name} {sub}"] = (func, command_settings)
            if group.default is not None:
                found[f"{name} (callback)"] = group.default
    return found


GROUPED = _group_commands()


def _declared_command(name: str) -> tuple[Any, dict[str, Any]]:
    if name in GROUPED:
        return GROUPED[name]
    return registered(command_module(name)).commands[name]


def _typer_reading(name: str) -> tuple[Any, dict[str, Any]]:
    """The Click command Typer builds for `name`, calling a stand-in that keeps the
    keyword arguments it is given instead of running the command."""
    func, command_settings = _declared_command(name)
    command_settings = {key: value for key, value in command_settings.items()
                        if key != "invoke_without_command"}
    seen: dict[str, Any] = {}
    context = context_parameter(func)

    @functools.wraps(func)
    def keep(**kwargs: Any) -> None:
        seen.clear()
        seen.update({key: value for key, value in kwargs.items() if key != context})

    builder = typer.Typer(**SETTINGS)
    builder.command("x", **command_settings)(typer_ready(keep))
    return typer.main.get_group(builder).commands["x"], seen


def _tokens(name: str) -> st.SearchStrategy[list[str]]:
    func, _ = _declared_command(name)
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


def _light_reading(name: str, args: list[str]) -> dict[str, Any] | None:
    if name in GROUPED:
        return parse(GROUPED[name][0], args)
    found = read_light([name, *args])
    return None if found is None else found[1]


@pytest.mark.parametrize("name", sorted(PLAIN) + sorted(GROUPED))
def test_what_the_light_reading_accepts_typer_reads_the_same(name: str) -> None:
    command, seen = _typer_reading(name)
    answered = []

    @settings(max_examples=150, deadline=None)
    @given(args=_tokens(name))
    def check(args: list[str]) -> None:
        light = _light_reading(name, args)
        if light is None:
            return  # left to Typer, which decides (and words any usage mistake)
        seen.clear()
        command.main(args=list(args), prog_name="mij", standalone_mode=False)
        assert seen == light, args
        answered.append(args)

    check()
    assert answered  # the comparison ran on real readings, not only on refusals


def test_every_group_is_declared_for_the_light_reading() -> None:
    names = {name.split()[0] for name in GROUPED}
    assert names == {"goals", "pack", "homework", "reflect", "config"}
    assert {"goals list", "goals add", "pack list", "reflect hidden", "config show"} <= set(GROUPED)


def test_a_group_line_is_split_as_click_splits_it() -> None:
    from mi_journal.cli.declare import parse_group

    callback = GROUPED["goals (callback)"][0]
    assert parse_group(callback, ["--all", "list", "--json"]) == (
        {"show_all": True, "as_json": False}, ["list", "--json"])
    assert parse_group(callback, []) == ({"show_all": False, "as_json": False}, [])
    assert parse_group(callback, ["--bogus", "list"]) is None
    assert parse_group(callback, ["--", "list"]) is None  # left to Click
    assert parse_group(None, ["list"]) == ({}, ["list"])
    assert parse_group(None, ["--help"]) is None
    for argv in (["pack"], ["config"], ["goals", "--help"], ["goals", "list", "--help"],
                 ["goals", "nosuch"], ["pack", "--json"], ["reflect", "tag", "--bogus"]):
        assert read_group(argv) is None, argv
    for argv in (["goals"], ["goals", "--all", "list"], ["pack", "list", "--json"],
                 ["reflect", "--json"], ["homework"], ["config", "show"]):
        assert read_group(argv) is not None, argv


@pytest.mark.parametrize("args", [["goals"], ["goals", "--all", "--json"],
                                  ["goals", "list", "--json"], ["pack", "list", "--json"],
                                  ["reflect", "--json"], ["homework", "--json"],
                                  ["config", "show"], ["goals", "show", "nosuch"]])
def test_a_group_line_run_without_typer_says_what_typer_says(
        cli: Cli, journal_home: Path, args: list[str]) -> None:
    from tests.conftest import subprocess_env

    probe = ("import sys; sys.argv = ['mij'] + sys.argv[1:]\n"
             "from mi_journal.__main__ import main\n"
             "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
             "sys.stderr.write('\\nTYPER %s CODE %s' % ('typer' in sys.modules, code))\n")
    cli(["goals", "add", "Walk more", "--why", "health"])
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                          text=True, env=subprocess_env(journal_home), timeout=60)
    stderr, _, marker = done.stderr.rpartition("\nTYPER ")
    assert marker.split() == ["False", "CODE", str(cli(args).exit_code)]
    typer_run = cli(args)
    assert done.stdout == typer_run.stdout
    assert stderr == typer_run.stderr


def test_commands_with_their_own_settings_are_read_as_click_reads_them() -> None:
    """`mij tag` keeps unknown options as words and ends its options at the first word,
    so `-old` removes a tag (the property test above holds it equal to Typer's reading)."""
    assert {"tag"} == WITH_SETTINGS

    def read(*argv: str) -> dict[str, Any] | None:
        found = read_light(list(argv))
        return None if found is None else found[1]

    assert read("tag", "last", "+x", "-old") == {"reference": "last", "changes": ["+x", "-old"]}
    assert read("tag", "last", "--help", "--", "-") == {
        "reference": "last", "changes": ["--help", "--", "-"]}
    assert read("tag", "-x", "last") == {"reference": "-x", "changes": ["last"]}
    assert read("tag", "--", "last", "-a") == {"reference": "last", "changes": ["-a"]}
    for argv in (["tag", "--help"], ["tag", "last"], ["tag", "--help=1", "x", "y"]):
        assert read(*argv) is None, argv


def test_light_reading_examples() -> None:
    def read(*argv: str) -> dict[str, Any] | None:
        found = read_light(list(argv))
        return None if found is None else found[1]

    assert read("list", "-n5", "--tag=sleep", "--json") == {
        "number": 5, "since": None, "until": None, "stage": None, "pack": None,
        "goal": None, "tag": "sleep", "as_json": True}
    assert read("search", "--", "-n") == {"words": ["-n"], "number": None, "as_json": False}
    assert (read("export", "--no-goals", "-o", "-") or {})["include_goals"] is False
    assert (read("export", "-o", "out.json") or {})["output"] == Path("out.json")
    assert read("note", "-t", "a", "--tag", "b", "words") == {"text": ["words"], "tag": ["a", "b"]}
    for argv in (["list", "--help"], ["list", "-n", "0"], ["list", "-n", "x"], ["list", "word"],
                 ["search"], ["show"], ["goals"], ["pack", "list"],
                 ["nosuch"], ["list", "--since"], ["list", "--json=1"], ["list", "--since", "-n"]):
        assert read(*argv) is None, argv


def test_a_declaration_is_handed_to_typer_unchanged() -> None:
    option = Declared("option", None, ("-n", "--number"), {"min": 1, "help": "How many."})
    made = option.for_typer()
    assert isinstance(made, typer.models.OptionInfo)
    assert made.param_decls == ("-n", "--number") and made.min == 1 and made.help == "How many."
    assert parse(lambda ctx: None, []) is None  # a parameter not declared: Typer reads it

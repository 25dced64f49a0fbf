"""Usage lines and argument help read as a person reads them (walk-through: `mij pack
check --help` showed "{FILE...}..." and "FILE... <list[str]>", `mij tag --help`
"{ID} {+TAG|-TAG...}...", `mij goals step --help` "add|done|undo <str> [required]" with no
description). Every command is walked, so a new one cannot bring the types back."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from mi_journal.cli.app import app, argument_name
from tests.conftest import Cli

ENV = {"COLUMNS": "80", "TERMINAL_WIDTH": "80"}


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = []
    for name, sub in getattr(command, "commands", {}).items():
        if hasattr(sub, "commands"):
            found += _commands(sub, (*path, name))
        else:
            found.append(((*path, name), sub))
    return found


COMMANDS = _commands(typer.main.get_command(app))


def _arguments(output: str) -> list[str]:
    lines = output.splitlines()
    if "Arguments:" not in lines:
        return []
    section = []
    for line in lines[lines.index("Arguments:") + 1:]:
        if not line.strip():
            break
        section.append(line)
    return section


def test_every_command_is_walked() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"tag", "pack check", "goals step", "note", "search"} <= names
    assert len(COMMANDS) > 30


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=lambda p: " ".join(p))
def test_usage_and_arguments_name_values_in_words(cli: Cli, path: tuple[str, ...]) -> None:
    result = cli([*path, "--help"], env=ENV)
    assert result.exit_code == 0, result.output
    usage = result.stdout.splitlines()[0]
    assert usage.startswith(f"Usage: mij {' '.join(path)} "), usage
    assert not set("{}<>") & set(usage), usage
    command = dict(COMMANDS)[path]
    arguments = [param for param in command.params if param.param_type_name == "argument"]
    rows = _arguments(result.stdout)
    for param in arguments:
        name = argument_name(param)
        assert name in usage, (name, usage)
        [row] = [row for row in rows if row.strip().startswith(name)]
        assert "<" not in row.split(name, 1)[1][:3], row  # no type after the name
        assert param.help, f"{' '.join(path)}: {name} has no help"


def test_the_walked_ones_read_naturally(cli: Cli) -> None:
    def shown(*path: str) -> list[str]:
        output = cli([*path, "--help"], env=ENV).stdout
        return [output.splitlines()[0], *_arguments(output)]

    assert shown("pack", "check")[:2] == [
        "Usage: mij pack check [OPTIONS] FILE...",
        "  FILE...  Pack files to check.  [required]"]
    assert shown("tag")[0] == "Usage: mij tag [OPTIONS] ID +TAG|-TAG..."
    assert "  +TAG|-TAG...  +TAG adds a tag, -TAG removes one.  [required]" in shown("tag")
    step = shown("goals", "step")
    assert step[0] == "Usage: mij goals step [OPTIONS] ID add|done|undo TEXT|N"
    assert any(line.startswith("  add|done|undo  add: a new step; done: mark step N done;")
               for line in step), step
    assert shown("note")[0] == "Usage: mij note [OPTIONS] [TEXT...]"


def test_the_usage_words_still_run(cli: Cli) -> None:
    # The names are only shown: the commands read their arguments as before.
    result = cli(["goals", "add", "Walk", "after", "work"])
    assert result.exit_code == 0, result.output
    assert cli(["goals", "step", "nope", "add", "x"]).exit_code == 1
    assert cli(["tag"]).exit_code == 2

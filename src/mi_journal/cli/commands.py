"""Which module declares each `mij` command, and the one way a command line is run.

`run` is the whole dispatcher: it imports only the module of the command asked for,
reads the command line from that command's own declarations (cli/declare.py) and runs
it, without loading Typer. Whatever those declarations cannot settle with certainty
(`--help`, a usage mistake, a command group such as `mij goals ...`) goes to the full
parser in cli/app.py, which builds its commands from the same modules and the same
declarations. So start-up stays light for every command, and no command has a
second parser.

Standard library only (cli/declare.py is too).
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable
from typing import Any

from mi_journal.cli.declare import Option

# Every command in the order `mij --help` lists them, and the module (in mi_journal.cli)
# whose `register(app)` declares it. A test checks this against what the modules register.
COMMAND_MODULES: dict[str, str] = {
    "paths": "cmd_basics",
    "note": "cmd_basics",
    "crisis": "cmd_basics",
    "trends": "cmd_trends",
    "export": "cmd_export",
    "import": "cmd_export",
    "view": "cmd_export",
    "list": "cmd_journal",
    "show": "cmd_journal",
    "search": "cmd_journal",
    "tag": "cmd_journal",
    "edit": "cmd_journal",
    "delete": "cmd_journal",
    "reindex": "cmd_journal",
    "interview": "cmd_interview",
    "checkin": "cmd_interview",
    "resume": "cmd_interview",
    "suggest": "cmd_interview",
    "doctor": "cmd_doctor",
    "config": "cmd_config",
    "pack": "cmd_packs",
    "goals": "cmd_goals",
    "homework": "cmd_homework",
    "reflect": "cmd_reflect",
}


def command_module(name: str) -> Any:
    return importlib.import_module(f"mi_journal.cli.{COMMAND_MODULES[name]}")


class Registered:
    """What a module's `register(app)` declares, noted without building anything: its
    commands (name -> function and settings) and its groups (name -> Group)."""

    def __init__(self) -> None:
        self.commands: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
        self.groups: dict[str, Any] = {}

    def command(self, name: str, **settings: Any) -> Callable[[Callable[..., Any]], Any]:
        def keep(func: Callable[..., Any]) -> Callable[..., Any]:
            self.commands[name] = (func, settings)
            return func

        return keep

    def add_typer(self, group: Any, *, name: str, **settings: Any) -> None:
        self.groups[name] = group


def registered(module: Any) -> Registered:
    found = Registered()
    module.register(found)
    return found


VERSION = Option(False, "--version", "-V", help="Show the version and exit.")


def root(version: bool = VERSION) -> None:
    """What `mij` does without a command: the home screen, or with --version the version.
    (cli/app.py gives Typer the same declaration, and ends the line after the version.)"""
    if version:
        from mi_journal import __version__

        sys.stdout.write(f"mi-journal {__version__}\n")
        return
    from mi_journal.cli.home import show_home

    show_home()


def light_call(argv: list[str]) -> Callable[[], Any] | None:
    """`argv` (without the program name) as a call of the command it names, read from
    the command's declarations; None when the full parser must read it."""
    if not argv or argv[0] not in COMMAND_MODULES:
        from mi_journal.cli.declare import parse

        chosen = parse(root, argv)  # `mij`, `mij --version`; anything else: the parser
        return None if chosen is None else functools.partial(root, **chosen)
    found = read_light(argv)
    if found is not None:
        func, chosen = found
        return lambda: func(**chosen)
    return read_group(argv)


def read_light(argv: list[str]) -> tuple[Callable[..., Any], dict[str, Any]] | None:
    """The command `argv` names and the keyword arguments its declarations read from
    the rest; None when it is a group or the full parser must read it."""
    if not argv or argv[0] not in COMMAND_MODULES:
        return None
    func, settings = registered(command_module(argv[0])).commands.get(argv[0], (None, {}))
    return _read_command(func, settings, argv[1:])


def _read_command(func: Callable[..., Any] | None, settings: dict[str, Any],
                  args: list[str]) -> tuple[Callable[..., Any], dict[str, Any]] | None:
    if func is None:
        return None
    from mi_journal.cli.declare import parse

    chosen = parse(func, args, settings.get("context_settings"))
    return None if chosen is None else (func, chosen)


def read_group(argv: list[str]) -> Callable[[], Any] | None:
    """`mij GROUP [options] [COMMAND ...]` as Click runs it: the group's callback with its
    options (told which command follows), then the command; None when the full parser
    must read it (a group's help, say)."""
    from mi_journal.cli.declare import Group, Invoked, context_parameter, parse_group

    if argv[0] not in COMMAND_MODULES:
        return None
    group = registered(command_module(argv[0])).groups.get(argv[0])
    if not isinstance(group, Group):
        return None
    callback = group.default[0] if group.default is not None else None
    if group.default is not None and group.default[1].get("context_settings"):
        return None
    split = parse_group(callback, argv[1:])
    if split is None:
        return None
    options, rest = split
    if rest:
        func, settings = group.commands.get(rest[0], (None, {}))
        command = _read_command(func, settings, rest[1:])
        if command is None:
            return None
    elif callback is None or not group.runs_alone():
        return None
    else:
        command = None

    def run() -> Any:
        if callback is not None:
            context = context_parameter(callback)
            extra = {context: Invoked(rest[0] if rest else None)} if context else {}
            result = callback(**options, **extra)
            if command is None:
                return result
        assert command is not None
        return command[0](**command[1])

    return run


def run(argv: list[str]) -> int | None:
    """Run `argv` without the full parser and return the exit code, or None if the full
    parser must read it. The outcome is mapped as for every command (cli/exits.py)."""
    call = light_call(argv)
    if call is None:
        return None
    from mi_journal.cli.exits import run_guarded

    return run_guarded(lambda: _exit_code(call()))


def _exit_code(result: Any) -> int:
    return result if isinstance(result, int) else 0



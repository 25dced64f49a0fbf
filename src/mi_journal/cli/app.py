"""The `mij` application as Typer builds it: help, usage errors and command groups.

Most command lines never get here: cli/commands.py runs them from the commands' own
declarations without loading Typer. This module is the full parser for the rest. Its
group knows every command by name (cli/commands.py) and builds a command only when it
is used (or when `mij --help` lists them all), from the module that declares it; every
outcome becomes an exit code through cli/exits.py: 0 done, 1 a problem explained in
one line, 2 a usage mistake, 130 interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, MutableMapping
from types import FunctionType
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from mi_journal.cli import exits
from mi_journal.cli.commands import COMMAND_MODULES, VERSION, command_module, root
from mi_journal.cli.declare import Group, typer_ready

# The root's settings, also used for each command built on its own, so the help
# of a command reads the same however it was built.
SETTINGS: dict[str, Any] = {
    "no_args_is_help": False,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
}


class Commands(MutableMapping[str, Any]):
    """The root's commands by name, in `mij --help` order, each built (with the others
    of its module) the first time it is looked up: a command line loads one module."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built and name in COMMAND_MODULES:
            self._built.update(build_commands(name))
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMAND_MODULES
        yield from (name for name in self._built if name not in COMMAND_MODULES)

    def __len__(self) -> int:
        return len(set(COMMAND_MODULES) | set(self._built))

    def __contains__(self, name: object) -> bool:
        return name in COMMAND_MODULES or name in self._built


class MijGroup(TyperGroup):
    """The root group: builds each command when it is used; maps every outcome onto
    one exit path (cli/exits.py)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = Commands()

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = exits.run_guarded(lambda: self._run(args, prog_name, complete_var, **extra))
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args: Any, prog_name: str | None, complete_var: str | None,
             **extra: Any) -> int:
        words = sys.argv[1:] if args is None else list(args)
        if words[:1] == ["help"]:
            # `mij help` is `mij --help`, and `mij help goals add` is `mij goals add --help`
            # (walk6: "No such command 'help'").
            args = [*words[1:], "--help"]
        try:
            result = super().main(args=args, prog_name=prog_name or "mij",
                                  complete_var=complete_var, standalone_mode=False, **extra)
        except typer.TyperException as problem:
            if getattr(problem, "ctx", None) is None:  # the parser left out where it was
                words = sys.argv[1:] if args is None else list(args)
                problem.command_path = self.command_path_of(words)  # type: ignore[attr-defined]
            raise
        return result if isinstance(result, int) else 0

    def command_path_of(self, words: list[str]) -> str:
        """The command `words` name, as far as they name one ("mij goals add"): the
        help a usage mistake points to (cli/exits.py)."""
        path = ["mij"]
        command: Any = self
        for word in words:
            commands = getattr(command, "commands", None)
            if commands is None:
                break
            if word.startswith("-"):
                continue  # a group's own option
            if word not in commands:
                break
            command = commands[word]
            path.append(word)
        return " ".join(path)


class MijCommand(TyperCommand):
    """A command whose usage line and argument help read as a person reads them:
    `mij tag [OPTIONS] ID +TAG|-TAG...` (Typer writes a required argument in braces,
    `{ID} {+TAG|-TAG...}...`) and `ID  An entry id...` (Typer adds the Python type,
    `ID <str>`, `FILE... <list[str]>`)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((argument_name(param), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def argument_name(param: Any) -> str:
    """The name an argument is shown by: its metavar as written (`FILE...`,
    `add|done|undo`), else its name in capitals, with "..." when it takes several."""
    if param.metavar:
        return str(param.metavar)
    return str(param.name).upper() + ("..." if param.nargs != 1 else "")


def build_commands(cmd_name: str) -> dict[str, Any]:
    """The Click commands (and groups) declared by the module that declares `cmd_name`,
    built by Typer."""
    builder = typer.Typer(**SETTINGS)
    command_module(cmd_name).register(builder)
    for group in builder.registered_groups:
        if isinstance(group.typer_instance, Group):
            group.typer_instance = group.typer_instance.for_typer()
    _ready_for_typer(builder)
    return dict(typer.main.get_group(builder).commands)


def _ready_for_typer(app: typer.Typer) -> None:
    """Every callback of `app` and its groups with its declarations in Typer's form."""
    for command in app.registered_commands:
        command.callback = _ready(command.callback)
        if command.cls in (None, TyperCommand):  # Typer's default, set when declared
            command.cls = MijCommand
    if app.registered_callback is not None:
        app.registered_callback.callback = _ready(app.registered_callback.callback)
    for group in app.registered_groups:
        group.callback = _ready(group.callback)
        if group.typer_instance is not None:
            _ready_for_typer(group.typer_instance)


def _ready(callback: Any) -> Any:
    return typer_ready(callback) if isinstance(callback, FunctionType) else callback


def _version_callback(value: bool) -> None:
    if value:  # before any command named after it, as Click does with an eager option
        root(version=True)
        raise typer.Exit()


app = typer.Typer(
    cls=MijGroup,
    name="mij",
    help="mi-journal: a private, self-guided Motivational Interviewing journal.",
    **SETTINGS,
)


@app.callback(invoke_without_command=True)
def home(
    ctx: typer.Context,
    version: bool = VERSION.for_typer(callback=_version_callback, is_eager=True),
) -> None:
    """With no command: a welcome on first run, then the home screen."""
    if ctx.invoked_subcommand is None:
        root(version=False)


def run() -> None:
    app()

"""A command's options and arguments, declared once and read two ways.

Command modules write `Option(...)` and `Argument(...)` exactly as they would write
`typer.Option(...)` and `typer.Argument(...)`, but these are plain records, so a command
module loads without Typer (about 40 ms of imports). The declarations are read:

- by `typer_ready`, which hands Typer its own objects made from the same arguments when
  the full command-line parser is built (help, usage errors, command groups);
- by `parse`, which reads the everyday forms of a command line (known options with their
  values, flags, words) straight from the declarations, so the command runs without Typer.

`parse` answers only when it is sure and returns None otherwise (`--help`, an unknown
option, a value that does not convert or is out of range, a missing argument...): the
full parser then decides and words any usage error. Tests check on generated command
lines that whatever `parse` accepts, Typer reads the same way.

Standard library only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

# Settings `parse` knows do not change how a command line is read (only its help).
_DISPLAY_ONLY = frozenset({"help", "metavar", "show_default", "hidden", "rich_help_panel"})
_RANGE = frozenset({"min", "max"})
_BOOL, _INT, _STR, _PATH, _LIST = "bool", "int", "str", "path", "list"
_TYPES = {"bool": _BOOL, "int": _INT, "str": _STR, "Path": _PATH, "list[str]": _LIST}
_LONGEST_NUMBER = 18  # digits; longer numbers are left to the full parser


class Declared:
    """One `Option(...)` or `Argument(...)` as written: its default, names and settings."""

    __slots__ = ("default", "kind", "names", "settings")

    def __init__(self, kind: str, default: Any, names: tuple[str, ...],
                 settings: dict[str, Any]) -> None:
        self.kind = kind
        self.default = default
        self.names = names
        self.settings = settings

    def for_typer(self, **extra: Any) -> Any:
        """The same declaration as Typer's own object (with `extra` settings that only
        Typer reads, such as a callback)."""
        import typer

        make = typer.Option if self.kind == "option" else typer.Argument
        return make(self.default, *self.names, **self.settings, **extra)


def Option(default: Any = ..., *names: str, **settings: Any) -> Any:
    """Declare an option, with `typer.Option`'s arguments."""
    return Declared("option", default, names, settings)


def Argument(default: Any = ..., **settings: Any) -> Any:
    """Declare an argument, with `typer.Argument`'s arguments."""
    return Declared("argument", default, (), settings)


def declared(func: Callable[..., Any]) -> dict[str, Declared] | None:
    """The function's parameters in order, each with its declaration (a `typer.Context`
    parameter left out); None when a parameter is not declared this way."""
    code = func.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    defaults = dict(zip(names[code.co_argcount - len(func.__defaults__ or ()):],
                        func.__defaults__ or (), strict=False))
    defaults.update(func.__kwdefaults__ or {})
    context = context_parameter(func)
    found: dict[str, Declared] = {}
    for name in (name for name in names if name != context):
        value = defaults.get(name)
        if not isinstance(value, Declared):
            return None
        found[name] = value
    return found


def context_parameter(func: Callable[..., Any]) -> str | None:
    """The name of the parameter annotated `typer.Context`, if there is one."""
    for name, annotation in func.__annotations__.items():
        if annotation in ("typer.Context", "Context"):
            return name
    return None


def typer_ready(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` as Typer reads it: the same function, its declarations turned into Typer's
    (and a `typer.Context` annotation readable without Typer in the module)."""
    import inspect

    import typer

    if getattr(func, "_for_typer", False):
        return func
    signature = inspect.signature(func, eval_str=True, locals={"typer": typer})
    parameters = [
        param.replace(default=param.default.for_typer(
            **_value_name(param.default, param.annotation)))
        if isinstance(param.default, Declared) else param
        for param in signature.parameters.values()
    ]

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    call.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    call.__annotations__ = {param.name: param.annotation for param in parameters
                            if param.annotation is not inspect.Parameter.empty}
    call._for_typer = True  # type: ignore[attr-defined]
    return call


# What an option's value is called in --help when its declaration names none; the
# README's names. Without one, Typer shows the Python type ("--since <str>",
# "--tag <list[str]>", "-n <int range>").
_VALUE_NAMES = {"since": "DATE", "until": "DATE", "target": "DATE", "output": "FILE",
                "answers": "FILE", "number": "N", "why": "TEXT", "step": "TEXT",
                "note": "TEXT", "title": "TEXT"}


def _value_name(declaration: Declared, annotation: Any) -> dict[str, str]:
    """{"metavar": NAME} for an option that takes a value and names it nowhere else."""
    if declaration.kind != "option" or "metavar" in declaration.settings or annotation is bool:
        return {}
    long = next((name for name in declaration.names if name.startswith("--")), None)
    if long is None:
        return {}
    word = long[2:].split("/")[0]
    return {"metavar": _VALUE_NAMES.get(word, word.upper().replace("-", "_"))}


class Registry(Protocol):
    """What a command module's `register(app)` is given: Typer's app when the full parser
    is built, or a plain record of the names (cli/commands.py)."""

    def command(self, name: str, **settings: Any) -> Callable[[Callable[..., Any]], Any]: ...

    def add_typer(self, group: Any, *, name: str, **settings: Any) -> None: ...


class Group:
    """A command group, declared as `typer.Typer(...)` is (its settings, `.command(...)`
    and `.callback(...)`), but recorded, so its module loads without Typer."""

    def __init__(self, **settings: Any) -> None:
        self.settings = settings
        self.commands: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {}
        self.default: tuple[Callable[..., Any], dict[str, Any]] | None = None

    def command(self, name: str, **settings: Any) -> Callable[[Callable[..., Any]], Any]:
        def keep(func: Callable[..., Any]) -> Callable[..., Any]:
            self.commands[name] = (func, settings)
            return func

        return keep

    def callback(self, **settings: Any) -> Callable[[Callable[..., Any]], Any]:
        def keep(func: Callable[..., Any]) -> Callable[..., Any]:
            self.default = (func, settings)
            return func

        return keep

    def for_typer(self) -> Any:
        """The same group as a `typer.Typer`."""
        import typer

        app = typer.Typer(**self.settings)
        if self.default is not None:
            func, settings = self.default
            app.callback(**settings)(typer_ready(func))
        for name, (func, settings) in self.commands.items():
            app.command(name, **settings)(typer_ready(func))
        return app

    def runs_alone(self) -> bool:
        """Whether the group's callback runs when no command follows (else: its help)."""
        if self.settings.get("no_args_is_help"):
            return False
        settings = self.default[1] if self.default is not None else {}
        return bool(self.settings.get("invoke_without_command")
                    or settings.get("invoke_without_command"))


class Invoked:
    """What a group callback's `ctx` tells it when run without Typer: which command
    follows (`typer.Context.invoked_subcommand`)."""

    def __init__(self, invoked_subcommand: str | None) -> None:
        self.invoked_subcommand = invoked_subcommand


# --- reading a command line from the declarations ------------------------------------


class _Unsure(Exception):
    """The command line is not one `parse` reads with certainty: the full parser decides."""


class _Spec:
    """What `parse` needs of one parameter."""

    __slots__ = ("declared", "many", "name", "type")

    def __init__(self, name: str, declared: Declared, annotation: object) -> None:
        text = annotation if isinstance(annotation, str) else ""
        text = text.replace(" ", "").removesuffix("|None")
        if text not in _TYPES:
            raise _Unsure
        allowed = _DISPLAY_ONLY | (_RANGE if text == "int" else frozenset())
        if set(declared.settings) - allowed:
            raise _Unsure
        self.name = name
        self.declared = declared
        self.type = _TYPES[text]
        self.many = self.type == _LIST

    def convert(self, value: str) -> Any:
        if self.type == _INT:
            if not (value.isascii() and value.isdigit()) or len(value) > _LONGEST_NUMBER:
                raise _Unsure
            number = int(value)
            low, high = self.declared.settings.get("min"), self.declared.settings.get("max")
            if (low is not None and number < low) or (high is not None and number > high):
                raise _Unsure
            return number
        if self.type == _PATH:
            if not value:
                raise _Unsure
            return Path(value)
        return value


# A command's context settings the reading follows as Click does (`mij tag ID -old`):
# an option token that names no option is a word, and the first word ends the options.
READ_CONTEXT = {"ignore_unknown_options": True, "allow_interspersed_args": False}


def parse(func: Callable[..., Any], args: list[str],
          context: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The keyword arguments `func` gets for `args`, read from its declarations; None
    when the full command-line parser must decide. `context`: the command's context
    settings, either none or exactly `READ_CONTEXT`."""
    if context and context != READ_CONTEXT:
        return None
    found = _parse(func, args, group=False, words_end_options=bool(context))
    return None if found is None else found[0]


def parse_group(func: Callable[..., Any] | None,
                args: list[str]) -> tuple[dict[str, Any], list[str]] | None:
    """A group's own options (read by its callback's declarations, up to the first word,
    as Click reads a group) and the rest of `args`, from the command's name on."""
    if func is None:
        return ({}, args) if not args or not args[0].startswith("-") else None
    return _parse(func, args, group=True)


def _parse(func: Callable[..., Any], args: list[str], group: bool,
           words_end_options: bool = False) -> tuple[dict[str, Any], list[str]] | None:
    params = declared(func)
    if params is None:
        return None
    try:
        specs = [_Spec(name, item, func.__annotations__.get(name)) for name, item in params.items()]
        if group and any(spec.declared.kind == "argument" for spec in specs):
            raise _Unsure
        return _read(specs, args, group, words_end_options)
    except _Unsure:
        return None


def _option_names(specs: list[_Spec]) -> dict[str, tuple[_Spec, bool | None]]:
    """Every option name: its parameter, and for a flag the value it sets."""
    names: dict[str, tuple[_Spec, bool | None]] = {}
    for spec in specs:
        if spec.declared.kind != "option":
            continue
        for written in spec.declared.names:
            on, _, off = written.partition("/")
            if spec.type != _BOOL and off:
                raise _Unsure
            for name, value in ((on, True), (off, False)):
                if name:
                    names[name.strip()] = (spec, value if spec.type == _BOOL else None)
    return names


def _read(specs: list[_Spec], args: list[str], group: bool = False,
          words_end_options: bool = False) -> tuple[dict[str, Any], list[str]]:
    options = _option_names(specs)
    chosen: dict[str, Any] = {}
    words: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if group and (arg == "--" or not arg.startswith("-") or arg == "-"):
            if arg == "--":
                raise _Unsure
            index -= 1
            break
        if arg == "--":
            words += args[index:]
            break
        if not arg.startswith("-") or arg == "-":
            if words_end_options:  # the rest are words, "--" and options too
                words += args[index - 1:]
                break
            words.append(arg)
            continue
        if words_end_options and _names_no_option(arg, options):
            words.append(arg)
            continue
        name, attached = _split(arg, options)
        spec, flag = options[name]
        if spec.type == _BOOL:
            if attached is not None:
                raise _Unsure
            chosen[spec.name] = flag
            continue
        if attached is None:
            if index >= len(args) or (args[index].startswith("-") and args[index] != "-"):
                raise _Unsure
            attached = args[index]
            index += 1
        value = spec.convert(attached)
        if spec.many:
            chosen.setdefault(spec.name, []).append(value)
        else:
            chosen[spec.name] = value
    _place_words(specs, words, chosen)
    if any(spec.name not in chosen and spec.declared.default is ... for spec in specs):
        raise _Unsure  # a required option left out
    rest = args[index:] if group else []
    return {spec.name: chosen.get(spec.name, spec.declared.default) for spec in specs}, rest


def _names_no_option(arg: str, options: dict[str, tuple[_Spec, bool | None]]) -> bool:
    """Whether Click, keeping unknown options as words, keeps `arg` whole as a word: it
    names no option of the command (nor `--help`), wholly or, for a cluster of short
    ones, in part. A token that names one in part is left to Click (`_Unsure`)."""
    name = arg.split("=", 1)[0]
    if name in options or name == "--help":
        return False
    if arg.startswith("--"):
        return True
    if any(f"-{char}" in options for char in arg[1:]):
        raise _Unsure
    return True


def _split(arg: str, options: dict[str, tuple[_Spec, bool | None]]) -> tuple[str, str | None]:
    """An option token as (name, value written in the same token, if any)."""
    if arg in options:
        return arg, None
    if arg.startswith("--") and "=" in arg:
        name, value = arg.split("=", 1)
        if name in options:
            return name, value
    elif not arg.startswith("--") and arg[:2] in options and options[arg[:2]][0].type != _BOOL:
        return arg[:2], arg[2:]
    raise _Unsure


def _place_words(specs: list[_Spec], words: list[str], chosen: dict[str, Any]) -> None:
    """The words, given to the arguments in order; a list argument takes the rest and
    must come last."""
    arguments = [spec for spec in specs if spec.declared.kind == "argument"]
    for position, spec in enumerate(arguments):
        if spec.many:
            if position != len(arguments) - 1:
                raise _Unsure
            if words:
                chosen[spec.name] = [spec.convert(word) for word in words]
            elif spec.declared.default is ...:
                raise _Unsure
            words = []
        elif words:
            chosen[spec.name] = spec.convert(words.pop(0))
        elif spec.declared.default is ...:
            raise _Unsure
    if words:
        raise _Unsure

"""Small commands of the foundation: paths, note, crisis, config."""

from __future__ import annotations

import typer

from mi_journal.core.errors import UsageProblem
from mi_journal.messages import config as config_msg


def register(app: typer.Typer) -> None:
    app.command(
        "paths", short_help="Show the folders where mi-journal keeps your data."
    )(paths_command)
    app.command(
        "note", short_help="Save a quick thought as an entry, with no questions asked."
    )(note_command)
    app.command(
        "crisis", short_help="Show crisis and support lines (and your own line, if set)."
    )(crisis_command)
    config_app = typer.Typer(help="Show or change your settings.", no_args_is_help=True)
    config_app.command("show")(config_show_command)
    config_app.command(
        "set", short_help="Change a setting, such as your own local crisis line."
    )(config_set_command)
    app.add_typer(config_app, name="config")


def paths_command(
    as_json: bool = typer.Option(False, "--json", help="Print the paths as JSON."),
) -> None:
    """Show where your journal, goals, settings, packs, drafts and cache live."""
    from mi_journal.cli.render import print_json, print_plain
    from mi_journal.core.paths import get_paths

    table = get_paths().as_dict()
    if as_json:
        print_json({name: str(path) for name, path in table.items()})
        return
    width = max(len(name) for name in table)
    for name, path in table.items():
        print_plain(f"{name.ljust(width)}  {path}", hang=width + 2)


def note_command(
    text: list[str] = typer.Argument(
        None, help="The note. Leave out to write it at the prompt (or pipe it in)."),
    tag: list[str] = typer.Option(None, "--tag", "-t", help="Add a tag (repeatable)."),
) -> None:
    """Save a quick thought as a journal entry, with no questions asked."""
    from mi_journal.cli.note import save_note
    from mi_journal.cli.render import stdin_is_terminal

    if not text and stdin_is_terminal():
        from mi_journal.cli.home_screen import write_note
        from mi_journal.journal.notes import clean_tags

        write_note(clean_tags(tag or []))  # asks for the note, as the home screen does
        return
    save_note(text or [], tag or [])


def crisis_command() -> None:
    """Show crisis and support lines (and your own local line, if set)."""
    from mi_journal.cli.home import print_crisis

    print_crisis(reference=True)


def config_show_command() -> None:
    """Show your settings."""
    from mi_journal.cli.render import print_plain
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.config import load_config

    config = load_config(get_paths())
    print_plain(f"crisis_line = {config.crisis_line!r}")
    print_plain(f"pager = {str(config.pager).lower()}")


_SETTABLE = ("crisis_line", "pager")


def config_set_command(
    key: str = typer.Argument(..., help="crisis_line or pager."),
    value: str = typer.Argument(..., help="The new value."),
) -> None:
    """Change a setting, e.g. your own local crisis line."""
    from pydantic import ValidationError

    from mi_journal.core.errors import MijError
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.config import editing_config
    from mi_journal.storage.tomlfile import describe_validation

    if key not in _SETTABLE:
        raise UsageProblem(config_msg.unknown_setting(key, _SETTABLE))
    parsed: object = value
    if key == "pager":
        if value.lower() not in ("true", "false", "yes", "no", "on", "off"):
            raise UsageProblem(config_msg.PAGER_TAKES_TRUE_OR_FALSE)
        parsed = value.lower() in ("true", "yes", "on")
    try:
        with editing_config(get_paths()) as config:
            setattr(config, key, parsed)
    except ValidationError as exc:
        raise MijError(f"{key}: {describe_validation(exc)}") from None
    typer.echo(f"Saved {key}.")

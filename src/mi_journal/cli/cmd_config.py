"""`mij config show` and `mij config set`: the person's settings."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Group
from mi_journal.core.errors import UsageProblem
from mi_journal.messages import config as config_msg

if TYPE_CHECKING:
    from mi_journal.cli.declare import Registry


def register(app: Registry) -> None:
    config_app = Group(help="Show or change your settings.", no_args_is_help=True)
    config_app.command("show")(config_show_command)
    config_app.command(
        "set", short_help="Change a setting, such as your own local crisis line."
    )(config_set_command)
    app.add_typer(config_app, name="config")


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
    key: str = Argument(..., help="crisis_line or pager."),
    value: str = Argument(..., help="The new value."),
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
    from mi_journal.cli.welcome import welcome_first_time

    # Saving a setting makes config.toml, which records the welcome as seen: a person
    # whose first command is this one reads it now rather than never (on a terminal).
    welcome_first_time(wait=False)
    try:
        with editing_config(get_paths()) as config:
            setattr(config, key, parsed)
    except ValidationError as exc:
        raise MijError(f"{key}: {describe_validation(exc)}") from None
    sys.stdout.write(config_msg.setting_saved(key) + "\n")
    sys.stdout.flush()

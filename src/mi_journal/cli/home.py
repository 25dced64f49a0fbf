"""What `mij` with no command shows: the welcome the first time, then the home screen."""

from __future__ import annotations

from mi_journal.cli.render import console, safe, stdin_is_terminal, stdout_is_terminal
from mi_journal.cli.welcome import print_welcome, wait_for_enter
from mi_journal.core.paths import get_paths


def show_home() -> None:
    """On a terminal: welcome first time, then the home screen; otherwise a status line."""
    if not (stdin_is_terminal() and stdout_is_terminal()):
        from mi_journal.cli.home_screen import status_line

        console().print(safe(status_line()))
        return
    from mi_journal.storage.config import config_exists, editing_config

    paths = get_paths()
    if not config_exists(paths):
        print_welcome()
        with editing_config(paths):
            pass  # Saving the defaults records that the welcome was shown.
        wait_for_enter(console())  # the home screen would push the welcome out of sight
    from mi_journal.cli.home_screen import run_home_screen

    run_home_screen()

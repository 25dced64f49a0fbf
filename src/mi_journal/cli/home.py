"""What `mij` with no command shows: the welcome the first time, then the home screen."""

from __future__ import annotations


def show_home() -> None:
    """On a terminal: welcome first time, then the home screen; otherwise a status line."""
    # Looked up at each call (as cli/welcome.py does), not bound when this module loads.
    from mi_journal.cli.render import console, say, stdin_is_terminal, stdout_is_terminal

    if not (stdin_is_terminal() and stdout_is_terminal()):
        from mi_journal.cli.home_screen import status_line

        say(console(), status_line())  # wrapped as prose, a date kept with its time
        return
    from mi_journal.cli.home_screen import run_home_screen
    from mi_journal.cli.welcome import welcome_first_time

    welcome_first_time()
    run_home_screen()

"""The home screen shown by `mij` with no command, and the crisis text."""

from __future__ import annotations

from mi_journal import messages
from mi_journal.cli.render import console, safe, stdin_is_terminal, stdout_is_terminal
from mi_journal.paths import get_paths


def crisis_lines(local_line: str) -> list[str]:
    lines = list(messages.CRISIS_LINES)
    if local_line.strip():
        lines.append(f"{messages.CRISIS_LOCAL_PREFIX} {local_line.strip()}")
    return lines


def print_crisis() -> None:
    from mi_journal.storage.config import load_config

    local = ""
    try:
        local = load_config(get_paths()).crisis_line
    except Exception:
        local = ""
    out = console()
    out.print(safe(messages.CRISIS_HEADING, "bold"))
    for line in crisis_lines(local):
        out.print(safe(f"  - {line}"))
    if not local.strip():
        out.print(safe(messages.CRISIS_SET_LOCAL_HINT, "dim"))


def print_welcome() -> None:
    out = console()
    out.print(safe(messages.WELCOME_TITLE, "bold"))
    out.print(safe(messages.WHAT_THIS_IS))
    out.print()
    out.print(safe(messages.PRIVACY))
    out.print(safe(f"Your journal lives in: {get_paths().home}", "dim"))
    out.print()
    print_crisis()
    out.print()
    out.print(safe(messages.WELCOME_ENDING))


def status_line(on_home_screen: bool = False) -> str:
    from mi_journal.journal import journal_status

    status = journal_status(get_paths())
    if status.entry_count == 0:
        return messages.HOME_NO_ENTRIES if on_home_screen else messages.STATUS_NO_ENTRIES
    assert status.latest is not None
    when = status.latest.strftime("%Y-%m-%d %H:%M")
    return messages.entry_count_status(status.entry_count, when)


def show_home() -> None:
    """On a terminal: welcome first time, then the home screen; otherwise a status line."""
    if not (stdin_is_terminal() and stdout_is_terminal()):
        console().print(safe(status_line()))
        return
    from mi_journal.storage.config import config_exists, editing_config

    paths = get_paths()
    if not config_exists(paths):
        print_welcome()
        with editing_config(paths):
            pass  # Saving the defaults records that the welcome was shown.
        console().print()
    from mi_journal.cli.home_screen import run_home_screen

    run_home_screen()

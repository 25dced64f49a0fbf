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


def local_crisis_line() -> str:
    """The person's own line from the config; the help lines show even if it is broken."""
    from mi_journal.storage.config import load_config

    try:
        return load_config(get_paths()).crisis_line
    except Exception:
        return ""


def crisis_block(local_line: str) -> list[str]:
    """The crisis text as lines: heading, each resource, and a hint if no local line."""
    block = [messages.CRISIS_HEADING]
    block += [f"  - {line}" for line in crisis_lines(local_line)]
    if not local_line.strip():
        block.append(messages.CRISIS_SET_LOCAL_HINT)
    return block


def print_crisis() -> None:
    block = crisis_block(local_crisis_line())
    out = console()
    out.print(safe(block[0], "bold"))
    for line in block[1:]:
        out.print(safe(line, "dim" if line == messages.CRISIS_SET_LOCAL_HINT else ""))


def print_crisis_plain() -> None:
    """The same text without rich, for the quick paths that never load it."""
    from mi_journal.cli.render import print_plain

    for line in crisis_block(local_crisis_line()):
        print_plain(line)


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

"""The welcome: what mi-journal is, that the journal is private plain text, and the
crisis lines."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from mi_journal.cli.crisis import crisis_styled, fit_crisis_line
from mi_journal.cli.render import console, safe, stdin_is_terminal
from mi_journal.core.paths import get_paths
from mi_journal.messages import home as home_msg

if TYPE_CHECKING:
    from rich.console import Console


def welcome_parts() -> list[list[tuple[str, str]]]:
    """The first screen's parts, as (line, style). The crisis part is what `mij crisis`
    shows, from the same function: the overdose steps and 988 for someone else included."""
    return [
        [(home_msg.WELCOME_TITLE, "bold"), (home_msg.WHAT_THIS_IS, "")],
        [(home_msg.PRIVACY, ""), (f"Your journal lives in: {get_paths().home}", "dim")],
        crisis_styled(reference=True),
        [(home_msg.WELCOME_ENDING, "")],
    ]


def print_welcome() -> None:
    """The first screen, in parts that each fit the terminal: when it is too short for
    all of it, each part waits for Enter, so nothing scrolls away unread."""
    from mi_journal.cli.render import console_width
    from mi_journal.cli.wrap import wrap

    out = console()
    width = console_width(out)
    parts = welcome_parts()
    fitted = [[(part, style) for text, style in part_lines
               for part in (fit_crisis_line(text, width) if index == 2 else wrap(text, width))]
              for index, part_lines in enumerate(parts)]
    room = out.height - 2 if out.is_terminal and stdin_is_terminal() else None
    shown = 0
    for index, part_lines in enumerate(fitted):
        needed = len(part_lines) + (1 if index else 0)
        if room is not None and shown and shown + needed > room:
            wait_for_enter(out)
            shown = 0
        if index and shown:
            out.print()
        for text, style in part_lines:
            out.print(safe(text, style), soft_wrap=True)
        shown += needed


def wait_for_enter(out: Console) -> None:
    from mi_journal.cli.line_input import read_line

    out.print()
    with contextlib.suppress(EOFError):
        read_line(home_msg.WELCOME_MORE)
    out.print()

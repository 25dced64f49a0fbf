"""The home screen shown by `mij` with no command, and the crisis text."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING

from mi_journal.cli.crisis import BULLET, local_crisis_line
from mi_journal.cli.crisis import crisis_text as crisis_block
from mi_journal.cli.render import (
    NARROWEST,
    cells,
    console,
    safe,
    stdin_is_terminal,
    stdout_is_terminal,
    wrap_words,
)
from mi_journal.cli.render import terminal_width as plain_width  # noqa: F401 (kept for callers)
from mi_journal.core.paths import get_paths
from mi_journal.core.textsafe import inert
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.crisis.detect import CrisisFinding

HANGING = " " * len(BULLET)

# Runs of words kept on one line when they fit: a command with a quoted value, a quoted
# value, and a phone number written in groups ("0800 000 000", "+44 20 7946 0958").
# Words without spaces (988lifeline.org, 1-800-662-4357) are never split anyway.
_KEEP_TOGETHER = (
    re.compile(r'\bmij [^"\n]*"[^"\n]*"'),
    re.compile(r'"[^"\n]*"'),
    re.compile(r"`[^`\n]*`"),  # a command in backticks, such as `mij crisis`
    re.compile(r"(?<![\w-])\+?\(?\d+\)?(?: \(?\d+\)?)+(?![\w-])"),
)


def _unbreakable(text: str, room: int) -> tuple[str, str]:
    """`text` with the spaces inside runs that fit in `room` replaced by a marker."""
    marker = next(chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)
    for pattern in _KEEP_TOGETHER:
        text = pattern.sub(
            lambda found: found.group().replace(" ", marker)
            if cells(found.group()) <= room else found.group(),
            text,
        )
    return text, marker


def fit_crisis_line(line: str, width: int | None) -> list[str]:
    """One line of the crisis block, wrapped to `width` columns (None: left whole).

    A resource's wrapped lines hang under its text, not under the dash. A phone number,
    web address or quoted command is not split across lines when it fits on one line.
    """
    line = inert(line)
    if width is None or (cells(line) <= width and "\n" not in line):
        return [line]
    width = max(width, NARROWEST)
    bullet = line.startswith(BULLET)
    indent = HANGING if bullet else ""
    text = line[len(BULLET):] if bullet else line
    text, marker = _unbreakable(text, width - len(indent))
    wrapped = wrap_words(text, width, BULLET if bullet else "", indent)
    return [part.replace(marker, " ") for part in wrapped] or [line]


def print_crisis(finding: CrisisFinding | None = None, reference: bool = False) -> None:
    out = console()
    for line, style in crisis_styled(finding, reference):
        for part in fit_crisis_line(line, out.width):
            # Already fitted: rich must neither wrap again at column 0 nor cut a long word.
            out.print(safe(part, style), soft_wrap=True)


def print_crisis_plain(finding: CrisisFinding | None = None, reference: bool = False) -> None:
    """The same text without rich, for the quick paths that never load it."""
    from mi_journal.cli.crisis import print_plain_block

    print_plain_block(finding, reference)


def crisis_styled(finding: CrisisFinding | None = None, reference: bool = False
                  ) -> list[tuple[str, str]]:
    """The crisis block's lines, each with its style: headings bold, the hint dim."""
    from mi_journal.cli.crisis import STRONG

    return [(line, "bold" if line in STRONG else
             "dim" if line == crisis_msg.CRISIS_SET_LOCAL_HINT else "")
            for line in crisis_block(local_crisis_line(), finding, reference)]


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
    from mi_journal.cli.render import console_width, wrap

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
            _wait_for_enter(out)
            shown = 0
        if index and shown:
            out.print()
        for text, style in part_lines:
            out.print(safe(text, style), soft_wrap=True)
        shown += needed


def _wait_for_enter(out: Console) -> None:
    from mi_journal.cli.line_input import read_line

    out.print()
    with contextlib.suppress(EOFError):
        read_line(home_msg.WELCOME_MORE)
    out.print()


def status_line(on_home_screen: bool = False) -> str:
    from mi_journal.journal.notes import journal_status

    status = journal_status(get_paths())
    if status.entry_count == 0:
        return home_msg.HOME_NO_ENTRIES if on_home_screen else home_msg.STATUS_NO_ENTRIES
    assert status.latest is not None
    when = status.latest.strftime("%Y-%m-%d %H:%M")
    return home_msg.entry_count_status(status.entry_count, when)


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
        _wait_for_enter(console())  # the home screen would push the welcome out of sight
    from mi_journal.cli.home_screen import run_home_screen

    run_home_screen()

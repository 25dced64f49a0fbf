"""The welcome: what mi-journal is, that the journal is private plain text, and the
crisis lines.

Shown once, the first time mij is used interactively on a terminal, whatever the
command: the home screen, an interview, the check-in, `homework do`, `resume`, a note,
a goal review, `mij config set` (which makes config.toml). It comes before the first
question, so a counsellor's client whose first commands are `mij pack add FILE` and
`mij homework do ID` reads it too. Seeing it is recorded by saving config.toml (its
defaults); a person who already has one is not shown it again (so a `mij config set`
run off a terminal, as by a setup script, records it unseen). Off a terminal (a pipe,
`--answers FILE`) nothing is shown, nothing waits and nothing is recorded, so output
read by a program never holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.crisis import crisis_styled, fit_crisis_line
from mi_journal.cli.render import console, safe
from mi_journal.core.paths import get_paths
from mi_journal.messages import home as home_msg

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.core.paths import Paths


def welcome_due(paths: Paths) -> bool:
    """True until the welcome has been seen (config.toml does not exist yet). The same
    test as storage.config.config_exists, made here so that a quick note on a terminal
    does not load what reading a config needs (pydantic) just to ask."""
    return not (paths.config.exists() or paths.config.is_symlink())


def welcome_first_time(*, wait: bool = True, after_note: bool = False) -> bool:
    """The welcome, if it is due and both ends are a terminal; True when it was shown.

    With `wait`, ends with a wait for Enter: what comes next (a question, the home
    screen's menu) would otherwise push the welcome out of sight. It is recorded once it
    has been read to its end; Ctrl-C or Ctrl-D at any of its waits leaves with one line
    saying nothing was saved and that `mij` shows it again (walk6: Ctrl-C left without a
    word, Ctrl-D went on as Enter). `after_note`: a note was saved just before it."""
    from mi_journal.cli.render import stdin_is_terminal, stdout_is_terminal

    if not (stdin_is_terminal() and stdout_is_terminal()):
        return False
    paths = get_paths()
    if not welcome_due(paths):
        return False
    try:
        print_welcome()
        if wait:
            wait_for_enter(console())
    except (KeyboardInterrupt, EOFError) as stop:
        _left_early(after_note, interrupted=isinstance(stop, KeyboardInterrupt))
    from mi_journal.storage.config import editing_config

    with editing_config(paths):
        pass  # Saving the defaults records that the welcome was shown.
    return True


def _left_early(after_note: bool, *, interrupted: bool) -> None:
    import typer

    from mi_journal.cli.render import say

    out = console()
    out.print()
    say(out, home_msg.WELCOME_LEFT_AFTER_NOTE if after_note else home_msg.WELCOME_LEFT,
        keep=("`mij`",))
    raise typer.Exit(130 if interrupted else 0)


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
    from mi_journal.cli.render import console_width, stdin_is_terminal
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
    """Enter goes on; Ctrl-D (EOFError) and Ctrl-C are left to the caller: both leave."""
    from mi_journal.cli.line_input import read_line

    out.print()
    read_line(home_msg.WELCOME_MORE)
    out.print()

"""Saving a quick note: `mij note` and the home screen's note.

Imports nothing of Typer or rich: a note is the cheapest write, and the most
frequent one, so it should start as fast as the interpreter allows.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.messages import journal as journal_msg

if TYPE_CHECKING:
    from mi_journal.core.paths import Paths


def read_stdin() -> str:
    from mi_journal.core.vocabulary import MAX_NOTE_CHARS

    limit = MAX_NOTE_CHARS * 4  # bytes: no character takes more than 4 in UTF-8
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:  # longer than any note can be; cut mid-character, so say so
        raise MijError(journal_msg.note_too_long(MAX_NOTE_CHARS))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise MijError(journal_msg.NOTE_STDIN_NOT_UTF8) from None


def save_note(words: list[str], tags: list[str]) -> None:
    from mi_journal.cli.render import stdin_is_terminal, stdout_is_terminal
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.notes import add_quick_note, clean_tags

    if words:
        body = " ".join(words)
    elif not stdin_is_terminal():
        body = read_stdin()
    else:
        raise UsageProblem(journal_msg.NOTE_NEEDS_TEXT)
    paths = get_paths()
    entry_id = add_quick_note(paths, body, clean_tags(tags))
    sys.stdout.write(f"{journal_msg.NOTE_SAVED} ({entry_id})\n")
    offered = offer_crisis_lines(body)
    sys.stdout.flush()
    if words and not offered and stdin_is_terminal() and stdout_is_terminal():
        _welcome_after_note(paths)


def _welcome_after_note(paths: Paths) -> None:
    """`mij note TEXT` typed on a terminal: the welcome, if this is the first time, after
    the note is saved (so a Ctrl-C in it loses nothing). Not after crisis lines: it
    would push them off the screen, so it stays due for the next time."""
    from mi_journal.cli.welcome import welcome_due, welcome_first_time

    if welcome_due(paths):
        sys.stdout.write("\n")
        sys.stdout.flush()
        welcome_first_time(wait=False, after_note=True)  # nothing follows it


def offer_crisis_lines(text: str) -> bool:
    """After saving, gently show the help lines if the text sounds like a crisis.

    Nothing extra is stored and nothing is blocked; the note is already saved.
    True when the lines were shown.
    """
    from mi_journal.cli.crisis import offer_crisis_lines as offer

    return offer(text) is not None

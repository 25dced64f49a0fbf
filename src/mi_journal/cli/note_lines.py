"""The lines of a note typed at the terminal, and words typed at a help-lines pause.

A note is lines until one empty line (or Ctrl-D), as in interviews. The same reading
serves the home screen's note and the words a person types at the pause after the help
lines where nothing else would take them: on the home screen (the menu comes next),
and after an interview's last answer (no question comes next). There the words carry
on as a note of their own, said so on screen, so nothing typed is lost: the pause used
to read one line and drop it.

Only the standard library at load time (rich comes with `console`, when printing).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class NoteInterrupted(KeyboardInterrupt):
    """Ctrl-C while writing a note; `lines` is everything typed, the line begun too."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines


@dataclass
class NoteTyped:
    """The lines of a note; or, when its first line was one of the `keys` alone (a menu
    letter, `:q`), that key, and no lines."""

    lines: list[str] = field(default_factory=list)
    key: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def split_typed_ahead(ahead: str) -> tuple[list[str], str]:
    """Keys typed at a pause (`line_input.wait_for_enter`): the finished lines, then the
    line begun (put on the next prompt, ready to go on)."""
    *lines, begun = ahead.split("\n")
    return lines, begun


def read_note_lines(ahead: str = "", keys: Collection[str] = (),
                    out: Console | None = None) -> NoteTyped:
    """Lines until one empty line (or Ctrl-D). `ahead`: keys typed at a pause; its
    finished lines come first, shown on the prompt as if typed there (an empty one among
    them is a paragraph break: they came together), then the line begun is put on the
    prompt to go on with. Ctrl-C raises `NoteInterrupted` with every line typed."""
    from mi_journal.cli.line_input import arrived_together, read_line

    lines: list[str] = []
    early, prefill = split_typed_ahead(ahead)
    for line in early:
        if not lines and line.strip().lower() in keys:
            return NoteTyped(key=line.strip().lower())
        _show_typed("  " if lines else "> ", line, out)
        lines.append(line)
    line = ""
    try:
        while True:
            line = ""
            line = read_line("  " if lines else "> ", prefill)
            prefill = ""
            if not lines and line.strip().lower() in keys:
                return NoteTyped(key=line.strip().lower())
            # An empty line ends the note, unless more came with it (a pasted paragraph
            # break, where the terminal does not mark pastes).
            if not line.strip() and not arrived_together():
                break
            lines.append(line)
            line = ""
    except EOFError:
        pass
    except KeyboardInterrupt as stop:
        if line.strip() and not (lines and lines[-1] is line):
            lines.append(line)  # Ctrl-C came just after Enter, before it was kept
        partial = getattr(stop, "partial", "")
        if partial.strip():
            lines.append(partial)  # typed on the line, not yet entered
        raise NoteInterrupted(lines) from None
    return NoteTyped(lines)


def _show_typed(prompt: str, line: str, out: Console | None) -> None:
    """A line typed at the pause was not shown (the pause reads keys unseen): show it."""
    from mi_journal.cli.render import console, safe

    (out or console()).print(safe(prompt + line), soft_wrap=True)

"""Output helpers shared by commands. All person or pack text goes through
`safe()`, which spells out control characters and never reads rich markup."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mi_journal.cli.wrap import column_rows, fit, wrap
from mi_journal.core.textsafe import inert, safe_json

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console
    from rich.text import Text


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """The reader (`head`, a pager) went away: rich's own exits 1; every
            command without rich ends 0 there (`exits.reader_went_away`), so this
            one does too. Standard output points at /dev/null first, as rich does,
            so nothing more is written to the closed pipe on the way out."""
            self.quiet = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise BrokenPipeError

    return _Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def safe(text: str, style: str = "") -> Text:
    """Person or pack text as an inert rich Text: no markup, no escapes."""
    from rich.text import Text

    return Text(inert(text), style=style)


def print_json(data: Any) -> None:
    sys.stdout.write(safe_json(data) + "\n")


def terminal_width() -> int | None:
    """Columns to fit output to: COLUMNS, else the terminal's width; None when
    neither is known (output piped to a file or program): lines stay whole."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not stdout_is_terminal():
        return None
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or None
    except (AttributeError, OSError, ValueError):
        return None


def print_plain(text: str, hang: int | None = None, keep: Sequence[str] = ()) -> None:
    """Person-facing prose on stdout without rich, wrapped to the terminal."""
    sys.stdout.write("\n".join(wrap(text, terminal_width(), hang, keep)) + "\n")


def print_rows(rows: list[str]) -> None:
    width = terminal_width()
    sys.stdout.write("".join(fit(row, width) + "\n" for row in rows))


def console_width(out: Console) -> int | None:
    """The width `say` wraps to: the terminal's, or COLUMNS; None for a file or pipe."""
    if out.is_terminal:
        return out.width
    columns = os.environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def say(out: Console, text: str, style: str = "", hang: int | None = None,
        keep: Sequence[str] = ()) -> None:
    """Person or pack prose through rich: wrapped by `wrap` (rich would neither hang
    continuation lines nor know where a label ends), then printed as fitted."""
    for part in wrap(text, console_width(out), hang, keep):
        out.print(safe(part, style), soft_wrap=True)


def say_text(out: Console, text: Text, hang: int | None = None,
             keep: Sequence[str] = ()) -> None:
    """`say` for a rich Text of several styles (a quote and its date, a legend):
    wrapped by `wrap`, each line keeping the styles of the characters it holds."""
    plain = text.plain
    lines = wrap(plain, console_width(out), hang, keep)
    if len(lines) == 1 and lines[0] == inert(plain):
        out.print(text, soft_wrap=True)
        return
    at = 0
    for number, line in enumerate(lines):
        body = line.lstrip(" ")
        indent = "" if number == 0 else line[:len(line) - len(body)]
        start = 0 if number == 0 else at
        while number and start < len(plain) and plain[start].isspace():
            start += 1
        count = sum(1 for ch in inert(body) if not ch.isspace())
        end = start
        while count and end < len(plain):
            count -= len(inert(plain[end]).replace(" ", "")) if not plain[end].isspace() else 0
            end += 1
        at = end
        piece = text[start:end]
        piece.plain = inert(piece.plain) if piece.plain != inert(piece.plain) else piece.plain
        if indent:
            piece = type(text)(indent) + piece
        out.print(piece, soft_wrap=True)


def print_column_rows(out: Console, rows: list[tuple[str, ...]]) -> None:
    """`column_rows` through rich, the heading in bold."""
    for number, line in enumerate(column_rows(rows, console_width(out))):
        out.print(safe(line, "bold" if number == 0 else ""), soft_wrap=True)


# --- the same lines with or without rich ------------------------------------------
#
# On a terminal, styled prose goes through rich (bold, dim, colour). Anywhere else the
# styles show nothing, so the same lines are written plain, without loading rich: what
# rich would write, character for character (tests/cli/test_plain_output.py holds the
# two equal on generated text).


@dataclass(frozen=True)
class Said:
    """One piece of prose as `say` prints it (text, style, hang, runs kept whole); a
    Said without text is an empty line (`out.print()`); a `whole` one, a row already
    fitted to the width, is printed as it is."""

    text: str | None = None
    style: str = ""
    hang: int | None = None
    keep: tuple[str, ...] = ()
    whole: bool = False


def print_said(out: Console, items: Sequence[Said]) -> None:
    """`items` through rich, each as `say` prints it."""
    for item in items:
        if item.text is None:
            out.print()
        elif item.whole:
            out.print(safe(item.text, item.style), soft_wrap=True)
        else:
            say(out, item.text, item.style, item.hang, item.keep)


def plain_said(items: Sequence[Said], width: int | None) -> str:
    """`items` as `print_said` writes them to a console that is not a terminal and is
    `width` columns wide (None: lines stay whole), without rich."""
    lines: list[str] = []
    for item in items:
        if item.text is None:
            lines.append("")
            continue
        if item.whole:
            lines.append(expand_tabs(inert(item.text)))
            continue
        lines.extend(expand_tabs(inert(part))
                     for part in wrap(item.text, width, item.hang, item.keep))
    return "".join(line + "\n" for line in lines)


def show_said(items: Sequence[Said]) -> None:
    """`items` on stdout: through rich on a terminal, plain otherwise."""
    if stdout_is_terminal():
        print_said(console(), items)
        return
    sys.stdout.write(plain_said(items, terminal_width()))


def said_width() -> int | None:
    """The width lines for `show_said` are fitted to: the console's on a terminal
    (`console_width`), else COLUMNS (None: lines stay whole)."""
    return console_width(console()) if stdout_is_terminal() else terminal_width()


def expand_tabs(line: str, tab_size: int = 8) -> str:
    """Tabs as rich prints them: each one a space, then spaces up to the next multiple
    of `tab_size` columns (counted with rich's own cell widths)."""
    if "\t" not in line:
        return line
    if line.isascii():
        return line.expandtabs(tab_size)  # the same columns, for one-column characters
    from rich.cells import cell_len

    out: list[str] = []
    position = 0
    for part in line.split("\n"):
        pieces = part.split("\t")
        for number, piece in enumerate(pieces):
            if number < len(pieces) - 1:
                piece += " "
                position += cell_len(piece)
                if position % tab_size:
                    piece += " " * (tab_size - position % tab_size)
                    position += tab_size - position % tab_size
            else:
                position += cell_len(piece)
            out.append(piece)
        out.append("\n")
        position = 0
    return "".join(out[:-1])

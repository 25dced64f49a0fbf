"""Output helpers shared by commands. All person or pack text goes through
`safe()`, which spells out control characters and never reads rich markup."""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING, Any

from mi_journal.core.textsafe import inert, is_wide, safe_json

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

    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def safe(text: str, style: str = "") -> Text:
    """Person or pack text as an inert rich Text: no markup, no escapes."""
    from rich.text import Text

    return Text(inert(text), style=style)


def print_json(data: Any) -> None:
    sys.stdout.write(safe_json(data) + "\n")


# --- fitting text to the terminal ----------------------------------------------------
# One set of rules for every command: prose wraps between words at the terminal's width,
# continuation lines hang under the text (after a bullet, an indent or a label), and
# one-line rows are cut to the width with an ellipsis. Output that goes to a file or a
# program (no terminal, no COLUMNS) is left whole.

NARROWEST = 20  # below this, wrapping would only make the lines harder to read
ELLIPSIS = "\u2026"
_BULLET = re.compile(r"( *)([-*\u2022\u2013]|\d{1,3}[.)]|\[[^\]\s]{1,3}\])? +(?=\S)")


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


def cells(text: str) -> int:
    """Terminal columns `text` takes: wide (East Asian) characters take two, combining
    marks none. (textwrap counts characters, so Japanese text overran the line.)"""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(0 if unicodedata.combining(ch) else 2 if is_wide(ch) else 1 for ch in text)


def hanging_indent(line: str) -> int:
    """Where a line's own text starts after its indent and bullet ("  - ", "3. ",
    "[k] "): continuation lines hang there. 0 for a line with neither."""
    found = _BULLET.match(line)
    if found is None or (not found.group(1) and not found.group(2)):
        return 0
    return cells(found.group())


# Runs kept on one line when they fit, so a command is never split for a person to copy
# half of: a command in backticks (`mij reflect hide <ref>`), and "mij" with the word
# after it wherever it is named bare ("a mij export"). Messages name commands in backticks.
_KEEP_WHOLE = (re.compile(r"`[^`\n]+`"), re.compile(r"(?<![\w-])mij [^\s`]+"))


def _unused_marker(text: str) -> str:
    """A private-use character not in `text`, one column wide like the space it stands
    for while a run that must stay whole is wrapped."""
    return next(chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)


def _glued(line: str, room: int) -> tuple[str, str]:
    """`line` with the spaces inside the runs of _KEEP_WHOLE that fit in `room` columns
    replaced by a marker (one column, like the space), and the marker."""
    marker = _unused_marker(line)
    for pattern in _KEEP_WHOLE:
        line = pattern.sub(
            lambda found: found.group().replace(" ", marker)
            if cells(found.group()) <= room else found.group(), line)
    return line, marker


def wrap(text: str, width: int | None, hang: int | None = None,
         keep: Sequence[str] = ()) -> list[str]:
    """`text` (inert) as lines of at most `width` columns, broken between words.

    Each of its own lines is wrapped apart; a line that fits is left exactly as it is.
    Continuation lines are indented by `hang` columns (a label's width), or by
    `hanging_indent()` of the line. A word longer than the line keeps a line of its
    own, except text in wide characters written without spaces, which may break
    between characters, as in print. `width` None: lines are left whole. Each piece
    of `text` named in `keep` ("10 = completely ready", "stage evoking") is not broken
    when it takes at most half a line (a longer one would leave a ragged gap).
    """
    text = inert(text)
    if width is None:
        return text.split("\n")
    width = max(width, NARROWEST)
    pieces = [inert(piece) for piece in keep if " " in piece and cells(piece) <= width // 2]
    if pieces and cells(text) > width:
        marker = _unused_marker(text)
        for piece in pieces:
            text = text.replace(piece, piece.replace(" ", marker))
        return [line.replace(marker, " ") for line in wrap(text, width, hang)]
    lines: list[str] = []
    for line in text.split("\n"):
        if cells(line) <= width:
            lines.append(line)
            continue
        indent = hanging_indent(line) if hang is None else hang
        indent = min(indent, width // 2)
        head = line[:len(line) - len(line.lstrip(" "))]  # the line's own indent stays
        if indent and hang is None:
            found = _BULLET.match(line)
            assert found is not None
            head = found.group()
        line, marker = _glued(line[len(head):], width - max(indent, cells(head)))
        lines.extend(part.replace(marker, " ")
                     for part in wrap_words(line, width, head, " " * indent))
    return lines


def wrap_words(text: str, width: int, first: str, rest: str) -> list[str]:
    """Words to lines of at most `width` columns, the first starting with `first`, the
    others with `rest`. Words on one line keep the spaces that were between them."""
    lines: list[str] = []
    current, fresh = first, True
    for space, word in _WORDS.findall(text):
        space = space if space.strip(" ") == "" else " "  # a tab or line break: a space
        if not fresh and cells(current) + cells(space) + cells(word) <= width:
            current += space + word
            continue
        if not fresh:
            lines.append(current)
            # A word too long to fit after the indent (a path) starts the line instead.
            fits_indented = cells(rest) + cells(word) <= width or cells(word) > width
            current = rest if fits_indented or cells(word) != len(word) else ""
        current += word
        fresh = False
        while cells(current) > width and cells(current) != len(current):
            head, tail = _cut(current, width, len(rest if lines else first))
            if not tail:
                break
            lines.append(head)
            current = rest + tail
    if not fresh:
        lines.append(current)
    return lines or [first.rstrip()]


_WORDS = re.compile(r"(\s*)(\S+)")


def _cut(line: str, width: int, indent: int) -> tuple[str, str]:
    """`line` split before the first character that would pass `width` columns
    (at least one character after the indent stays on the first part)."""
    used = 0
    for index, ch in enumerate(line):
        used += cells(ch)
        if used > width and index > indent:
            return line[:index], line[index:]
    return line, ""


def fit(line: str, width: int | None) -> str:
    """One row (inert) cut to `width` columns, ending in an ellipsis when cut."""
    line = inert(line).replace("\n", " ")
    if width is None or cells(line) <= width:
        return line
    room = max(width, 2) - 1
    used = 0
    for index, ch in enumerate(line):
        used += cells(ch)
        if used > room:
            return line[:index].rstrip() + ELLIPSIS
    return line


def print_plain(text: str, hang: int | None = None) -> None:
    """Person-facing prose on stdout without rich, wrapped to the terminal."""
    sys.stdout.write("\n".join(wrap(text, terminal_width(), hang)) + "\n")


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


def column_rows(rows: list[tuple[str, ...]], width: int | None) -> list[str]:
    """Rows (the first one a heading) in columns two spaces apart, one line each, cut
    to `width` with an ellipsis: the last column, free text, is the one that gives."""
    if not rows:
        return []
    padded = len(rows[0]) - 1
    widths = [max(cells(inert(row[n])) for row in rows) for n in range(padded)]
    lines = []
    for row in rows:
        start = "".join(inert(cell) + " " * (widths[n] - cells(inert(cell)) + 2)
                        for n, cell in enumerate(row[:padded]))
        lines.append(fit(start + " ".join(row[padded].split()), width))
    return lines


def print_column_rows(out: Console, rows: list[tuple[str, ...]]) -> None:
    """`column_rows` through rich, the heading in bold."""
    for number, line in enumerate(column_rows(rows, console_width(out))):
        out.print(safe(line, "bold" if number == 0 else ""), soft_wrap=True)

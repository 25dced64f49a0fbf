"""Fitting text to the terminal, one set of rules for every command: prose wraps
between words at the terminal's width, continuation lines hang under the text (after
a bullet, an indent or a label), and one-line rows are cut to the width with an
ellipsis. Output that goes to a file or a program (no terminal, no COLUMNS) is left
whole. Pure text in, lines out: where the width comes from is cli/render.py's
`terminal_width` and `console_width`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mi_journal.core.textsafe import inert, is_wide

if TYPE_CHECKING:
    from collections.abc import Sequence

NARROWEST = 20  # below this, wrapping would only make the lines harder to read

ELLIPSIS = "\u2026"

_BULLET = re.compile(r"( *)([-*\u2022\u2013]|\d{1,3}[.)]|\[[^\]\s]{1,3}\])? +(?=\S)")


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
# A date and its time ("2026-12-05 08:38") are one moment: never "2026-12-05 / 08:38".
_KEEP_WHOLE = (re.compile(r"`[^`\n]+`"), re.compile(r"(?<![\w-])mij [^\s`]+"),
               re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b"))


def _unused_marker(text: str) -> str:
    """A private-use character not in `text`, one column wide like the space it stands
    for while a run that must stay whole is wrapped."""
    return next(chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)


def keep_runs_whole(line: str, room: int,
                    patterns: Sequence[re.Pattern[str]] = _KEEP_WHOLE) -> tuple[str, str]:
    """`line` with the spaces inside the runs of `patterns` that fit in `room` columns
    replaced by a marker (one column, like the space), and the marker: wrapped, such a
    run stays on one line."""
    marker = _unused_marker(line)
    for pattern in patterns:
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
        line, marker = keep_runs_whole(line[len(head):], width - max(indent, cells(head)))
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

"""Telling a paste from typing, for terminals that do not mark pastes.

Terminals with bracketed paste (and readline 8.1+) hand a pasted block to
`input()` as one string. Elsewhere each pasted line arrives as if typed and
Enter pressed, so a paragraph pasted into one question would spill into the
next questions' answers. A person cannot type a whole further line within a
few milliseconds of pressing Enter; a paste can. So lines already waiting right
after one is read are taken as part of the same answer.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable

# Pastes arrive in bursts; a pause this long (seconds) means the burst is over.
PASTE_GAP = 0.03
PASTE_MAX_BYTES = 1024 * 1024


def lines_waiting(fd: int | None = None, gap: float = PASTE_GAP) -> list[str]:
    """Whole lines that are already waiting on the terminal, read without blocking.

    Returns [] when input is not a terminal (scripts and tests pipe answers on
    purpose, one per line) or when nothing is waiting.
    """
    import select

    if fd is None:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, OSError, ValueError):
            return []
        if not os.isatty(fd):
            return []
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = ""
    taken = 0
    while taken < PASTE_MAX_BYTES:
        try:
            ready, _, _ = select.select([fd], [], [], gap)
        except (OSError, ValueError):
            break
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        taken += len(chunk)
        text += decoder.decode(chunk)
    text += decoder.decode(b"", final=True)
    if not text:
        return []
    return text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n")


def take_paste(line: str, show: Callable[[str, str], None], *, going_on: bool) -> list[str]:
    """`line` and the lines pasted along with it, shown since nothing echoed them.

    `show(text, style)` prints one line; `going_on` says whether the answer
    may carry on after the paste (many-line answers) or ends with it.
    """
    from mi_journal import messages

    extra = lines_waiting()
    if not extra:
        return [line]
    for more in extra:
        show(f"  {more}", "")
    ended = not going_on or not extra[-1].strip()
    show(messages.PASTE_KEPT if ended else messages.PASTE_KEPT_GOING, "dim")
    return [line, *extra]

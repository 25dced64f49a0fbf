"""Reading what a person types at the terminal, one line at a time.

Three things every prompt needs, in one place:

- line editing (readline: arrow keys, history, and bracketed paste, which hands a
  pasted block to `input()` as one string whatever it contains);
- what was typed but not yet entered when Ctrl-C came (`Interrupted.partial`), so it
  can be kept with the draft instead of lost;
- pastes where the terminal does not mark them (TERM=dumb, readline without bracketed
  paste): each pasted line then arrives as if Enter was pressed. `arrived_together()`
  says whether more input was already waiting right after a line was read: a person
  cannot type the next line within a few milliseconds, a paste can. It is only asked
  where bracketed paste is off: with it on, a paste never leaves lines waiting, and
  waiting input is typing ahead (over a slow connection, say), which must stay
  separate answers. This is why the earlier timing guess was reverted (see git log):
  it also ran where bracketed paste already worked.

Only the standard library; nothing here loads rich.
"""

from __future__ import annotations

import contextlib
import os
import sys
from types import ModuleType

PASTE_GAP = 0.025  # seconds: a pause this long after a line means nothing came with it


class Interrupted(KeyboardInterrupt):
    """Ctrl-C at a prompt; `partial` is what was typed on the line but not entered."""

    def __init__(self, partial: str = "") -> None:
        super().__init__()
        self.partial = partial


def _readline() -> ModuleType | None:
    module = sys.modules.get("readline")
    return module if module is not None and hasattr(module, "get_line_buffer") else None


_asked_for_marked_pastes = False


def enable_line_editing() -> None:
    """Load readline (arrow keys, history) for input() on a terminal, and ask the
    terminal to mark pastes. (Python turns readline's bracketed paste off, for its
    own interactive prompt's sake; here a paste is meant to be one answer.)"""
    global _asked_for_marked_pastes
    if not _stdin_is_terminal():
        return
    with contextlib.suppress(Exception):
        import readline

        if _readline_can_mark_pastes(readline) and not _dumb_terminal():
            readline.parse_and_bind("set enable-bracketed-paste on")
            _asked_for_marked_pastes = True


def read_line(prompt: str, prefill: str = "") -> str:
    """One line from the person; `prefill` is put on the line, ready to edit.

    Ctrl-C raises `Interrupted` carrying what was on the line; Ctrl-D, EOFError.
    """
    readline = _readline()
    if prefill and readline is not None:
        text = prefill.replace("\n", " ")
        readline.set_startup_hook(lambda: readline.insert_text(text))
    try:
        return input(prompt)
    except KeyboardInterrupt:
        partial = ""
        if readline is not None:
            with contextlib.suppress(Exception):
                partial = str(readline.get_line_buffer())
        elif prefill:
            partial = prefill
        raise Interrupted(partial) from None
    finally:
        if prefill and readline is not None:
            readline.set_startup_hook(None)


def _stdin_is_terminal() -> bool:
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def _readline_can_mark_pastes(readline: ModuleType) -> bool:
    """GNU readline 8.1 or later (libedit, as on macOS, cannot)."""
    if "libedit" in (readline.__doc__ or ""):
        return False
    version = str(getattr(readline, "_READLINE_LIBRARY_VERSION", "0")).split(".")
    try:
        return (int(version[0]), int(version[1] if len(version) > 1 else 0)) >= (8, 1)
    except ValueError:
        return False


def pastes_are_marked() -> bool:
    """True when the terminal was asked to mark pastes (bracketed paste, which readline
    then keeps in one line): after `enable_line_editing`, on a terminal other than
    `dumb` (which is never asked: it would show the request as text)."""
    return _asked_for_marked_pastes and _readline() is not None and not _dumb_terminal()


def _dumb_terminal() -> bool:
    return os.environ.get("TERM", "dumb") in ("", "dumb")


def arrived_together(gap: float = PASTE_GAP) -> bool:
    """Whether more input came with the line just read (a paste, where the terminal
    does not mark pastes). Always False for piped input and where pastes are marked."""
    if not _stdin_is_terminal() or pastes_are_marked():
        return False
    import select

    try:
        ready, _, _ = select.select([sys.stdin.fileno()], [], [], gap)
    except (OSError, ValueError):
        return False
    return bool(ready)


# Keys that draw nothing as text: escape sequences (arrows, function keys) and other
# control characters; a line break and a tab are kept.
_KEYS_NOT_TEXT = r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def wait_for_enter(prompt: str) -> str:
    """A pause that takes Enter alone and eats nothing else: returns "" for Enter; when
    other keys come first (the next answer, typed ahead), the pause ends at once and
    they are returned as typed, each finished line ending in "\\n", so the caller can
    make them the start of what comes next. Ctrl-D: EOFError; Ctrl-C: KeyboardInterrupt.

    A line read in the usual way made a number typed here wait, unsent, on the next
    question's line, where the next answer was then added to it ("6Because...", asked
    again). Where keys cannot be read one by one (no terminal, no readline), one line
    is read, as before, and returned with its line break."""
    import re

    if not _stdin_is_terminal() or _readline() is None:
        line = read_line(prompt)
        return f"{line}\n" if line else ""
    import select
    import termios

    fd = sys.stdin.fileno()
    sys.stdout.write(prompt)
    sys.stdout.flush()
    saved = termios.tcgetattr(fd)
    keys = termios.tcgetattr(fd)
    keys[3] &= ~(termios.ICANON | termios.ECHO)  # each key at once, not shown; ISIG stays
    keys[6][termios.VMIN], keys[6][termios.VTIME] = 1, 0
    text = ""
    try:
        # TCSANOW, not TCSAFLUSH: keys already typed are read, never thrown away.
        termios.tcsetattr(fd, termios.TCSANOW, keys)
        while not text:
            data = os.read(fd, 1024)
            while select.select([fd], [], [], PASTE_GAP)[0]:  # the rest of a character
                more = os.read(fd, 1024)
                if not more:
                    break
                data += more
            if not data or data.startswith(b"\x04"):
                raise EOFError
            raw = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
            text = re.sub(_KEYS_NOT_TEXT, "", raw)
    finally:
        with contextlib.suppress(termios.error, OSError):
            termios.tcsetattr(fd, termios.TCSANOW, saved)
        sys.stdout.write("\n")
        sys.stdout.flush()
    return text[1:] if text.startswith("\n") else text

"""`wait_for_enter`, the pause after the help lines, read from a real pseudo-terminal
in-process: Enter alone carries on; any other key ends the wait and is handed back to
start the next answer (walk-through: a number typed there waited, unsent, on the ruler's
line and the next answer was added to it). The interview flow is in
tests/system/test_interview_pty.py."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator

import pytest

from mi_journal.cli import line_input


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """stdin on a pseudo-terminal, readline loaded; yields the end the keys are typed at."""
    import readline  # noqa: F401  (loaded, as on any terminal mij runs in)

    typed, terminal = os.openpty()
    stdin = os.fdopen(terminal, "r", closefd=True)
    monkeypatch.setattr(sys, "stdin", stdin)
    yield typed
    os.close(typed)
    stdin.close()


def _keys_one_by_one(terminal: int) -> bool:
    import termios

    return not termios.tcgetattr(terminal)[3] & termios.ICANON


def _wait_with(typed: int, *chunks: bytes) -> str:
    terminal = sys.stdin.fileno()

    def type_keys() -> None:
        # Typed once the pause reads keys one by one: before that, the terminal's own
        # line editing takes a Ctrl-D as end of file, and the test would race the pause.
        for _ in range(500):
            if _keys_one_by_one(terminal):
                break
            threading.Event().wait(0.01)
        for chunk in chunks:
            os.write(typed, chunk)
            threading.Event().wait(0.1)

    typist = threading.Thread(target=type_keys)
    typist.start()
    try:
        return line_input.wait_for_enter("(press Enter to carry on) ")
    finally:
        typist.join()


@pytest.mark.parametrize(("chunks", "expected"), [
    ((b"\r",), ""),  # Enter alone: carry on
    ((b"6",), "6"),  # a key: the pause ends, the key starts the next answer
    ((b"6\r",), "6\n"),  # a whole line at once (fast, or pasted): a line typed ahead
    ((b"\r6\r",), "6\n"),  # Enter, then a line typed ahead at once
    ((b"\x1b[A", b"\r"), ""),  # an arrow key draws nothing: still waiting
    (("é".encode(),), "é"),
])
def test_the_pause_takes_enter_and_hands_back_other_keys(keys: int, chunks: tuple[bytes, ...],
                                                         expected: str,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    assert _wait_with(keys, *chunks) == expected
    assert capsys.readouterr().out == "(press Enter to carry on) \n"


def test_ctrl_d_at_the_pause_is_the_end_of_input(keys: int) -> None:
    with pytest.raises(EOFError):
        _wait_with(keys, b"\x04")


def test_the_terminal_is_as_it_was_after_the_pause(keys: int) -> None:
    import termios

    before = termios.tcgetattr(sys.stdin.fileno())
    _wait_with(keys, b"6")
    assert termios.tcgetattr(sys.stdin.fileno()) == before


def test_off_a_terminal_one_line_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(line_input, "_stdin_is_terminal", lambda: False)
    monkeypatch.setattr(line_input, "read_line", lambda prompt, prefill="": "7")
    assert line_input.wait_for_enter("> ") == "7\n"
    monkeypatch.setattr(line_input, "read_line", lambda prompt, prefill="": "")
    assert line_input.wait_for_enter("> ") == ""

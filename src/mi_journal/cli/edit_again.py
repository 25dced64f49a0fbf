"""The one question after an edit that cannot be saved as it is, asked the same way by
`mij edit` and `mij goals edit`: open it again (Enter, o or r) or discard it (only d).

Ctrl-C and Ctrl-D are no answer: `EditStopped` tells the caller, which keeps the edited
text in drafts/edits/ and says where in one line (before, Ctrl-C at `mij edit` lost it
without a word, and Ctrl-D there threw it away).
"""

from __future__ import annotations

import sys

OPEN_WORDS = ("", "o", "open", "open again", "r", "reopen", "re-open")
DISCARD_WORDS = ("d", "discard")


class EditStopped(Exception):
    """Ctrl-C (`interrupted`) or Ctrl-D at the question: keep the edit, say where."""

    def __init__(self, interrupted: bool) -> None:
        super().__init__("interrupted" if interrupted else "end of input")
        self.interrupted = interrupted


def _read_reply() -> str:
    """One line typed at the question ("" at end of input, raised as EOFError)."""
    sys.stdout.write("> ")
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line


def open_again() -> bool:
    """Ask until the answer is clear: True opens the editor again (Enter is that),
    False discards (only an explicit d). Raises EditStopped on Ctrl-C or Ctrl-D."""
    from mi_journal.cli.render import print_plain
    from mi_journal.messages import common as common_msg

    question = common_msg.EDIT_OPEN_AGAIN
    while True:
        print_plain(question)
        try:
            reply = _read_reply().strip().lower()
        except KeyboardInterrupt:
            sys.stdout.write("\n")  # the line ends where ^C was typed
            raise EditStopped(interrupted=True) from None
        except EOFError:
            sys.stdout.write("\n")
            raise EditStopped(interrupted=False) from None
        if reply in OPEN_WORDS:
            return True
        if reply in DISCARD_WORDS:
            return False
        question = common_msg.EDIT_OPEN_AGAIN_AGAIN

"""Sentences any command may say: something unexpected, a file refused, no terminal."""

from __future__ import annotations

from collections.abc import Iterable

NOT_A_TERMINAL = (
    "this needs a terminal to ask questions. For scripts, you might pass the answers "
    "with --answers FILE."
)
# After an edit that cannot be saved as it is (`mij edit`, `mij goals edit`): one question,
# worded the same for both. Only "d" discards; Ctrl-C or Ctrl-D keep the edit.
EDIT_OPEN_AGAIN = (
    "Open it again to fix it, or discard the edit? [o]pen again (Enter) / [d]iscard"
)
EDIT_OPEN_AGAIN_AGAIN = "Please press o (or Enter) to open it again, or d to discard the edit."
UNEXPECTED = (
    "Something unexpected went wrong and nothing was changed. "
    "Run again with MIJ_DEBUG=1 to see the details."
)


def os_problem_line(where: str | None, reason: str) -> str:
    """A file or the output could not be used (`reason` in plain words, e.g. "the disk is full")."""
    if where is None:
        return f"could not write the output: {reason}."
    return f"could not use {where}: {reason}."


def see_help(command: str) -> str:
    """Ends a usage mistake: where to read how `command` (e.g. "mij goals add") is used."""
    return f"(see `{command} --help`)"


def pack_named(pack: str) -> str:
    """A pack name someone typed, shown inert and cut to a readable length."""
    from mi_journal.core.textsafe import inert

    return inert(repr(pack if len(pack) <= 64 else pack[:64] + "..."))


NESTED_TOO_DEEPLY = "nested too deeply to read"
NO_SUCH_FILE = "no such file"


def option_takes(option: str, choices: Iterable[str], given: str) -> str:
    """An option given a value it does not take, e.g. `--format takes json, md; not 'x'.`"""
    return f"{option} takes {', '.join(choices)}; not {given!r}."


FILE_IS_UTF16 = "the file is UTF-16 text; please save it as UTF-8"


def not_utf8(byte: int) -> str:
    return f"not valid UTF-8 text (byte {byte})"


def as_error(sentence: str) -> str:
    """A sentence also shown on its own (a heading, a line of output), as the one error
    line after "mij: ", which starts in lower case like every error."""
    return sentence[:1].lower() + sentence[1:]

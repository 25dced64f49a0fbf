"""A command named in prose is never split across lines.

Before, `mij reflect` at 80 columns printed "... so it is not gathered here. `mij" and
"crisis` shows the help lines ..." on the next line, and "mij reflect hide <ref> (mij
reflect" / "unhide brings it back)": a person copying the command got half of it. Now
`wrap` (every prose line, through rich or plain) keeps a command in backticks whole
when it fits on a line, and never parts "mij" from the word after it; the messages name
commands in backticks.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

import mi_journal.messages
from mi_journal.cli.wrap import wrap
from mi_journal.messages import reflect as reflect_msg

WIDTHS = range(30, 121)
_SPAN = re.compile(r"`[^`\n]+`")
_BARE = re.compile(r"(?<![`\w-])mij [a-z]")


def texts() -> list[str]:
    """Every message text, and each message function called with sample values."""
    found: list[str] = []
    for module in _message_modules():
        found.extend(_texts_of(module))
    return [text for text in found if "mij" in text]


def _message_modules() -> list[Any]:
    """Every module of the messages package (one per feature)."""
    package = mi_journal.messages
    return [importlib.import_module(f"{package.__name__}.{info.name}")
            for info in pkgutil.iter_modules(package.__path__)]


def _texts_of(messages: Any) -> list[str]:
    found: list[str] = []
    for name, value in vars(messages).items():
        if name.startswith("_"):
            continue
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple | list):
            found.extend(v for v in value if isinstance(v, str))
        elif inspect.isfunction(value) and value.__module__ == messages.__name__:
            try:
                params = inspect.signature(value).parameters
                args = [3 if p.annotation in ("int", int) else "20261204-101500-abcd"
                        for p in params.values() if p.default is inspect.Parameter.empty]
                result = value(*args)
            except Exception:  # a function that needs other values: skipped
                continue
            if isinstance(result, str):
                found.append(result)
    return found


def test_wrap_keeps_a_command_in_backticks_whole() -> None:
    text = reflect_msg.REFLECT_CRISIS_LEFT_OUT
    for width in WIDTHS:
        lines = wrap(text, width)
        assert any("`mij crisis`" in line for line in lines), (width, lines)
        assert " ".join(" ".join(lines).split()) == " ".join(text.split())


def test_wrap_never_parts_mij_from_its_command() -> None:
    text = "This file is a mij export from another computer, kept as it was written."
    for width in WIDTHS:
        lines = wrap(text, width)
        assert not any(line.rstrip().endswith(" mij") for line in lines), (width, lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_message_splits_a_command(width: int) -> None:
    for text in texts():
        for line in wrap(text, width):
            spans_fit = all(len(span) <= width - 6 for span in _SPAN.findall(text))
            if spans_fit:
                assert line.count("`") % 2 == 0, (width, text, line)
            assert not line.rstrip().endswith("mij"), (width, text, line)


def test_messages_name_commands_in_backticks() -> None:
    """A command of more than one word written bare could still split after its second
    word ("mij reflect" / "unhide"): prose names them in backticks. The one bare mention
    left names a kind of file ("a mij export from ..."), which the glue keeps whole."""
    bare = [text for text in texts()
            if any(_BARE.search(part) for part in _SPAN.split(text))]
    assert [text for text in bare if ": a mij export from " not in text] == []


def test_reflect_at_80_columns(cli: Any) -> None:
    assert cli(["note", "Some nights I want to die. I will call my sponsor tomorrow."]
               ).exit_code == 0
    for width in (60, 80, 100):
        shown = cli(["reflect"], env={"COLUMNS": str(width)})
        assert shown.exit_code == 0
        for line in shown.stdout.splitlines():
            assert line.count("`") % 2 == 0, (width, line)
            assert not line.rstrip().endswith("mij"), (width, line)
        assert "`mij crisis`" in shown.stdout

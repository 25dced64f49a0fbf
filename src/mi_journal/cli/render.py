"""Output helpers shared by commands. All person or pack text goes through
`safe()`, which spells out control characters and never reads rich markup."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from mi_journal.textsafe import inert, safe_json

if TYPE_CHECKING:
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


def print_plain(text: str) -> None:
    sys.stdout.write(inert(text) + "\n")

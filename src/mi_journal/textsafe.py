"""Make stored or pack text safe to show on a terminal.

Everything a person writes, and everything a pack says, is data. Before it
reaches the screen, control characters, escape sequences and bidirectional
overrides are replaced by a visible, inert spelling such as ``\\x1b``; newlines
and tabs are kept. Rich markup is never interpreted because the UI only ever
passes such text to rich as plain `Text`, never as a markup string.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode
# formatting characters that can reorder or hide text on screen.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff"
    "\ufff9-\ufffb]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """Return `text` with every unsafe character spelled out visibly."""
    return _UNSAFE.sub(_visible, text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text that never carries a raw control or bidi character.

    json.dumps already escapes C0 controls; the remaining unsafe characters
    can only occur inside JSON strings, where a \\uXXXX escape is valid.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=False, default=str)
    return _UNSAFE.sub(_json_escape, text)


def is_wide(ch: str) -> bool:
    """A wide (East Asian) character: two terminal columns, and written without
    spaces between words."""
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")

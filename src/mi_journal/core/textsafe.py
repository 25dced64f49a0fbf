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
from collections.abc import Iterable, Iterator
from typing import Any

# Every character that is invisible or acts on other text instead of showing:
# Unicode's control (Cc, except tab and newline), format (Cf), surrogate (Cs)
# and line/paragraph separator (Zl, Zp) categories (Unicode 15), plus
# the unassigned rest of the U+2060 block and the fillers that draw nothing
# (Hangul fillers, Khmer inherent vowels). Format characters include
# bidirectional overrides, zero-width spaces and joiners, the soft hyphen,
# the deprecated U+206A-206F and the tag characters U+E0000-E007F.
# tests/unit/test_textsafe.py checks this list against unicodedata, so a newer
# Python's Unicode cannot add one unseen. (Written out rather than computed:
# walking every code point would cost start-up time.)
#
# One exception: a zero-width joiner between two emoji is kept, because that is how
# emoji such as a family or a rainbow flag are written; it only joins the pictures on
# either side (a joiner anywhere else is spelled out).
_EMOJI_BEFORE = "[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]"
_EMOJI_AFTER = "[\u2600-\u27bf\U0001f000-\U0001faff]"
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad"
    "\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u206f\u3164"
    "\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f\u200d]"
    f"(?<!{_EMOJI_BEFORE}\u200d(?={_EMOJI_AFTER}))"
)
# The joiner sits in the one class (a joiner between two emoji is then let through by the
# look-behind), so `re` scans for the class alone: three times quicker on a long text than
# the joiner as alternatives, each of them tried at every character. And a text of ASCII
# alone (isascii is free) can only hold the ASCII controls: ten times quicker again.
_UNSAFE_ASCII = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _unsafe(text: str) -> re.Pattern[str]:
    return _UNSAFE_ASCII if text.isascii() else _UNSAFE


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def inert(text: str) -> str:
    """Return `text` with every unsafe character spelled out visibly."""
    return _unsafe(text).sub(_visible, text)


def unsafe_characters(text: str) -> Iterator[re.Match[str]]:
    """Each character `inert` would spell out, where it is."""
    return _unsafe(text).finditer(text)


def has_unsafe(text: str) -> bool:
    return _unsafe(text).search(text) is not None


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes characters beyond U+FFFF as a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text that never carries a raw control or bidi character.

    json.dumps already escapes C0 controls; the remaining unsafe characters
    can only occur inside JSON strings, where a \\uXXXX escape is valid.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=False, default=str)
    return _unsafe(text).sub(_json_escape, text)


def safe_json_lines(rows: Iterable[Any]) -> str:
    """`safe_json(row, indent=None)` of every row, each ended by a newline (JSON lines):
    the same text, with one encoder and one pass for unsafe characters for all rows
    (those never sit next to a newline between rows: each row ends with "}" or "]")."""
    encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
    text = "".join(encode(row) + "\n" for row in rows)
    return _unsafe(text).sub(_json_escape, text)


def is_wide(ch: str) -> bool:
    """A wide (East Asian) character: two terminal columns, and written without
    spaces between words."""
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")

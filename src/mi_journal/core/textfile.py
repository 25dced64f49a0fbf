"""Turning a file's bytes into text, with one wording for every reader.

Entries, goals, settings, packs and imports are all UTF-8 text; a leading
byte-order mark is accepted, UTF-16 and other encodings are refused with a
message that says what to do. Callers wrap the ValueError in their own error
type, which adds the file name.
"""

from __future__ import annotations

from typing import Any


def decode_utf8(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("the file is UTF-16 text; please save it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 text (byte {exc.start})") from None
    return text.removeprefix("\ufeff")


def toml_syntax_detail(exc: Any, text: str) -> str:
    """tomllib's message, with "end of document" given as a line number."""
    last_line = max(1, len(text.splitlines()))
    detail = str(exc).replace("(at end of document)", f"(at the end of the file, line {last_line})")
    return f"TOML syntax error: {detail}"

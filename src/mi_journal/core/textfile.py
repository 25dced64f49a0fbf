"""Turning a file's bytes into text, with one wording for every reader.

Entries, goals, settings, packs and imports are all UTF-8 text; a leading
byte-order mark is accepted, UTF-16 and other encodings are refused with a
message that says what to do. Callers wrap the ValueError in their own error
type, which adds the file name.
"""

from __future__ import annotations

from typing import Any


def decode_utf8(raw: bytes) -> str:
    # The sentences are imported only on the way to an error: core/ loads nothing above
    # it, and this runs for every file read.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        from mi_journal.messages import common as common_msg

        raise ValueError(common_msg.FILE_IS_UTF16)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        from mi_journal.messages import common as common_msg

        raise ValueError(common_msg.not_utf8(exc.start)) from None
    return text.removeprefix("\ufeff")


def toml_syntax_detail(exc: Any, text: str) -> str:
    """tomllib's message, with "end of document" given as a line number."""
    last_line = max(1, len(text.splitlines()))
    detail = str(exc).replace("(at end of document)", f"(at the end of the file, line {last_line})")
    return f"TOML syntax error: {detail}"

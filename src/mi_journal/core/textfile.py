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
    """tomllib's problem in plain words, after where it is: "line 3, column 28: a quoted
    text is not closed on this line ..." ("end of document" given as the last line)."""
    import re

    from mi_journal.messages import file_syntax as syntax_msg

    said = str(exc)
    place = re.fullmatch(r"(?s)(.*) \(at (?:line (\d+), column (\d+)|(end of document))\)", said)
    if place is None:
        return syntax_msg.toml_problem(said, None, None)
    what, line, column, at_end = place.groups()
    if at_end:
        return syntax_msg.toml_problem(what, max(1, len(text.splitlines())), None)
    return syntax_msg.toml_problem(what, int(line), int(column))

"""Reading a JSON file to import: size limit, UTF-8 (with or without BOM), strict JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mi_journal.core.errors import MijError
from mi_journal.messages import common as common_msg
from mi_journal.messages import importing as importing_msg

MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ImportProblem(MijError):
    """The file cannot be imported; nothing was written."""

    def __init__(self, path: object, detail: str) -> None:
        from mi_journal.messages.importing import import_refused

        super().__init__(import_refused(path, detail))
        self.detail = detail


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(importing_msg.json_key_twice(key))
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(importing_msg.json_constant(name))


def parse_json_bytes(path: object, raw: bytes) -> Any:
    from mi_journal.core.textfile import decode_utf8

    try:
        text = decode_utf8(raw)
    except ValueError as exc:
        raise ImportProblem(path, str(exc)) from None
    if not text.strip():
        raise ImportProblem(path, importing_msg.FILE_EMPTY)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        detail = importing_msg.json_invalid_at(exc.lineno, exc.colno, exc.msg)
        raise ImportProblem(path, detail) from None
    except ValueError as exc:
        raise ImportProblem(path, importing_msg.json_invalid(exc)) from None
    except RecursionError:
        raise ImportProblem(path, common_msg.NESTED_TOO_DEEPLY) from None


def read_json_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> Any:
    from mi_journal.storage.files import read_bytes_limited

    try:
        raw = read_bytes_limited(path, limit)
    except FileNotFoundError:
        raise MijError(importing_msg.no_such_file(path)) from None
    except IsADirectoryError:
        raise MijError(importing_msg.is_a_folder(path)) from None
    return parse_json_bytes(path, raw)

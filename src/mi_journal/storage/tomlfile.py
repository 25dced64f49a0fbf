"""Turn models into TOML bytes and back, with errors that name path and line.

Writing verifies the round trip before anything touches the disk: multi-line
strings keep journal text readable in an editor, but where TOML would alter a
value (a carriage return, say) the plain escaped form is used instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mi_journal.core.errors import DataFileError, MijError, NewerSchema
from mi_journal.messages import common as common_msg
from mi_journal.messages import file_syntax as syntax_msg
from mi_journal.messages import storage as storage_msg

if TYPE_CHECKING:  # pydantic is imported only where a model is read, not to write a note
    from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound="BaseModel")

MAX_DATA_FILE_BYTES = 16 * 1024 * 1024

# Upgrades from schema N to N+1, per file kind, applied in order on read.
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
UPGRADES: dict[str, dict[int, Upgrade]] = {
    "entry": {}, "goals": {}, "config": {}, "hidden quotes": {},
}


class TooLargeToStore(MijError):
    """The file would be larger than mi-journal reads back; nothing was written."""


def size_words(size: int) -> str:
    """A byte count as a person reads it: MiB from 1 MiB up, else bytes."""
    mib = 1024 * 1024
    return f"{size / mib:.1f} MiB".replace(".0 MiB", " MiB") if size >= mib else f"{size:,} bytes"


def dump_model(model: BaseModel, *, limit: int | None = None) -> bytes:
    return dump_record(stored_record(model), limit=limit)


def stored_record(model: BaseModel) -> dict[str, Any]:
    """The dict a model is stored as: keys by alias (`schema`), no None values."""
    return model.model_dump(mode="python", by_alias=True, exclude_none=True)


def dump_record(record: dict[str, Any], *, limit: int | None = None) -> bytes:
    """TOML bytes that read back as exactly `record`, or a MijError.

    Every stored file is made here, so this is where a file the reader would refuse
    (over `limit`, by default MAX_DATA_FILE_BYTES, the read limit) is refused:
    TooLargeToStore, before anything touches the disk.
    """
    import tomllib

    import tomli_w

    data = _toml_safe(record)
    most = MAX_DATA_FILE_BYTES if limit is None else limit
    for multiline in (True, False):
        raw = tomli_w.dumps(data, multiline_strings=multiline).encode("utf-8")
        if len(raw) > most:
            raise TooLargeToStore(
                storage_msg.too_large_to_store(size_words(len(raw)), size_words(most)))
        try:
            if tomllib.loads(raw.decode("utf-8")) == data:
                return raw
        except tomllib.TOMLDecodeError:
            continue
    raise MijError(storage_msg.NOT_STORABLE_AS_TOML)


def _toml_safe(value: Any) -> Any:
    """TOML offsets hold hours and minutes only; a time in a zone whose offset
    has seconds (local mean time before 1900, say) is stored as the same
    instant in UTC instead."""
    if isinstance(value, dict):
        return {key: _toml_safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_toml_safe(item) for item in value]
    if isinstance(value, datetime):
        offset = value.utcoffset()
        if offset is not None and (offset.seconds % 60 or offset.microseconds):
            return value.astimezone(UTC)
    return value


def parse_toml(path: Path, raw: bytes) -> dict[str, Any]:
    """Parse bytes read from `path`; any problem becomes a DataFileError."""
    import tomllib

    from mi_journal.core.textfile import decode_utf8, toml_syntax_detail

    try:
        text = decode_utf8(raw)
    except ValueError as exc:
        raise DataFileError(path, str(exc)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, toml_syntax_detail(exc, text)) from None
    except RecursionError:
        raise DataFileError(path, common_msg.NESTED_TOO_DEEPLY) from None


def describe_validation(exc: ValidationError, data: Any = None,
                        model: type[BaseModel] | None = None) -> str:
    """Flatten pydantic errors to `field.path: message`, the first three only; with the
    `model` read, a misspelt field gets the known name it is close to."""
    parts = []
    errors = errors_to_tell(exc, model)
    for error in errors[:3]:
        loc = list(error["loc"])
        if error["type"] == "extra_forbidden" and loc:  # the message names the field
            close = close_field_name(model, loc) if model is not None else None
            message = syntax_msg.unknown_field(str(loc[-1]), close)
            location = ".".join(str(item) for item in loc[:-1])
            parts.append(f"{location}: {message}" if location else message)
            continue
        location = ".".join(str(item) for item in loc) or "(top level)"
        parts.append(f"{location}: {_plain_message(error)}")
    more = len(errors) - 3
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts)


def _plain_message(error: Any) -> str:
    """pydantic's message in plain words (messages/file_syntax.py), and a text over its
    length limit counted in characters ("Value should have at most 20000 items" reads
    as a list)."""
    context = error.get("ctx") or {}
    if (error.get("type") == "too_long" and isinstance(error.get("input"), str)
            and "max_length" in context and "actual_length" in context):
        return (f"text may hold at most {context['max_length']:,} characters, "
                f"and this has {context['actual_length']:,}")
    return syntax_msg.field_problem(str(error["type"]), str(error["msg"]),
                                    tuple(error.get("loc") or ()))


def errors_to_tell(exc: ValidationError, model: type[BaseModel] | None) -> list[Any]:
    """pydantic's errors, an unknown name first, without the "missing" error of a field
    whose name was misspelt: "titel" for "title" is one mistake, told once."""
    errors = sorted(exc.errors(include_url=False),
                    key=lambda error: error["type"] != "extra_forbidden")
    explained = set()
    for error in errors:
        loc = list(error["loc"])
        if error["type"] == "extra_forbidden" and loc and model is not None:
            close = close_field_name(model, loc)
            if close is not None:
                explained.add((*loc[:-1], close))
    return [error for error in errors
            if not (error["type"] == "missing" and tuple(error["loc"]) in explained)]


def close_field_name(model: type[BaseModel], loc: list[Any]) -> str | None:
    """The field of `model` at `loc` (pydantic's path to an unknown key, which is its
    last part) whose name is closest to the unknown one: "choises" -> "choices"."""
    import difflib

    current: Any = model
    for part in loc[:-1]:
        fields = getattr(current, "model_fields", {})
        if isinstance(part, str) and part in fields:
            current = _model_in(fields[part].annotation)
            if current is None:
                return None
        # list indexes and pydantic's names for a union's branches lead nowhere new
    names = list(getattr(current, "model_fields", {}))
    close = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
    return close[0] if close else None


def _model_in(annotation: Any) -> Any:
    """The pydantic model an annotation holds (`Prompt`, `list[Prompt]`, `X | None`)."""
    from typing import get_args

    if hasattr(annotation, "model_fields"):
        return annotation
    for inner in get_args(annotation):
        found = _model_in(inner)
        if found is not None:
            return found
    return None


def check_schema(path: Path, data: dict[str, Any], kind: str, current: int) -> dict[str, Any]:
    version = data.get("schema")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataFileError(path, storage_msg.SCHEMA_MISSING)
    if version > current:
        raise NewerSchema(path, storage_msg.schema_newer(version, current))
    while version < current:
        upgrade = UPGRADES[kind].get(version)
        if upgrade is None:
            raise DataFileError(path, storage_msg.schema_unknown(version))
        data = upgrade(data)
        version += 1
        data["schema"] = version
    return data


def validate(path: Path, data: dict[str, Any], model: type[ModelT]) -> ModelT:
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(path, describe_validation(exc, model=model)) from None
    except RecursionError:
        raise DataFileError(path, common_msg.NESTED_TOO_DEEPLY) from None


def read_model(path: Path, model: type[ModelT], kind: str, current: int) -> ModelT:
    from mi_journal.storage.files import read_bytes_limited

    return model_from_bytes(path, read_bytes_limited(path, MAX_DATA_FILE_BYTES), model, kind,
                            current)


def model_from_bytes(path: Path, raw: bytes, model: type[ModelT], kind: str,
                     current: int) -> ModelT:
    """What `read_model` makes of a file's bytes; problems name `path`."""
    return validate(path, check_schema(path, parse_toml(path, raw), kind, current), model)

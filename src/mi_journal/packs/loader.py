"""Read a pack file into a validated `Pack`, or explain exactly what is wrong.

Every problem becomes a `PackError` whose message names the file and, where
there is one, the prompt: `file.toml: prompts[3] (id "why"): min is greater than max`.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from mi_journal.core.errors import FileTooLarge
from mi_journal.messages import common as common_msg
from mi_journal.messages import packs as packs_msg
from mi_journal.packs.errors import PackError as PackError
from mi_journal.packs.model import MAX_PACK_BYTES, Pack, PackReferenceError, check_pack_references
from mi_journal.packs.sources import Source


def _decode(source: str, raw: bytes) -> str:
    from mi_journal.core.textfile import decode_utf8

    try:
        return decode_utf8(raw)
    except ValueError as exc:
        raise PackError(source, str(exc)) from None


def _prompt_label(data: Any, index: int) -> tuple[str, str | None]:
    prompt_id = None
    prompts = data.get("prompts") if isinstance(data, dict) else None
    if isinstance(prompts, list) and 0 <= index < len(prompts):
        candidate = prompts[index].get("id") if isinstance(prompts[index], dict) else None
        if isinstance(candidate, str):
            prompt_id = candidate
    label = f"prompts[{index}]" + (f' (id "{prompt_id}")' if prompt_id else "")
    return label, prompt_id


def _describe(exc: Any, data: Any) -> tuple[str, str | None]:
    """The first pydantic error as `prompts[3] (id "why"): field: message`, in plain
    words: "unknown field 'choises' (did you mean 'choices'?)", "assignment.due: a date
    is written like 2026-12-31"."""
    from mi_journal.messages import file_syntax as syntax_msg
    from mi_journal.storage.tomlfile import close_field_name, errors_to_tell

    errors = errors_to_tell(exc, Pack)
    error = errors[0]
    loc = list(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        message = syntax_msg.unknown_field(str(loc[-1]), close_field_name(Pack, loc))
        loc = loc[:-1]  # the message names it
    else:
        message = syntax_msg.field_problem(error["type"], error["msg"])
    message = message.removeprefix("Value error, ")
    prompt_id = None
    head = ""
    if len(loc) >= 2 and loc[0] == "prompts" and isinstance(loc[1], int):
        head, prompt_id = _prompt_label(data, loc[1])
        loc = loc[2:]
    # Drop pydantic's union branch names (e.g. "list[...]") from the path.
    rest = ".".join(str(part) for part in loc if "[" not in str(part) and "|" not in str(part))
    where = ": ".join(part for part in (head, rest) if part)
    more = len(errors) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return (f"{where}: {message}{suffix}" if where else f"{message}{suffix}"), prompt_id


def parse_pack(text: str, source: str) -> Pack:
    import tomllib

    from pydantic import ValidationError

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from mi_journal.core.textfile import toml_syntax_detail

        raise PackError(source, toml_syntax_detail(exc, text), kind="syntax") from None
    except RecursionError:
        raise PackError(source, common_msg.NESTED_TOO_DEEPLY) from None
    prompts = data.get("prompts")
    if isinstance(prompts, list) and len(prompts) > 500:
        raise PackError(source, packs_msg.too_many_prompts(len(prompts)))
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        detail, prompt_id = _describe(exc, data)
        raise PackError(source, detail, prompt_id, kind="schema") from None
    except RecursionError:
        raise PackError(source, common_msg.NESTED_TOO_DEEPLY) from None
    try:
        check_pack_references(pack)
    except PackReferenceError as exc:
        if exc.index < 0:  # not about one prompt (e.g. the [assignment] table)
            raise PackError(source, exc.message, kind="reference") from None
        label, _ = _prompt_label(data, exc.index)
        detail = f"{label}: {exc.message}"
        raise PackError(source, detail, exc.prompt_id, kind="reference") from None
    return pack


def load_pack_bytes(raw: bytes, source: str) -> Pack:
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(source, packs_msg.PACK_TOO_LARGE)
    return parse_pack(_decode(source, raw), source)


def load_pack_file(path: Path) -> Pack:
    from mi_journal.storage.files import read_bytes_limited

    try:
        raw = read_bytes_limited(path, MAX_PACK_BYTES)
    except FileNotFoundError:
        raise PackError(str(path), common_msg.NO_SUCH_FILE) from None
    except FileTooLarge:
        raise PackError(str(path), packs_msg.PACK_TOO_LARGE) from None
    return load_pack_bytes(raw, str(path))


def load_found(source: Source, location: str, item: Traversable) -> Pack:
    """A pack file packs/sources.py's `walk` found: an installed one read from disk
    (within the size limit), a built-in one from the package's resources."""
    if source == "installed" and isinstance(item, Path):
        return load_pack_file(item)
    return load_pack_bytes(item.read_bytes(), location)

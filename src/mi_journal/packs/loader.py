"""Read a pack file into a validated `Pack`, or explain exactly what is wrong.

Every problem becomes a `PackError` whose message names the file and, where
there is one, the prompt: `file.toml: prompts[3] (id "why"): min is greater than max`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from mi_journal.core.errors import FileTooLarge
from mi_journal.messages import common as common_msg
from mi_journal.messages import packs as packs_msg
from mi_journal.packs.errors import PackError as PackError
from mi_journal.packs.model import MAX_PACK_BYTES, Pack, reference_problems
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


def _describe_error(error: Any, data: Any) -> tuple[str, str | None]:
    """One pydantic error as `prompts[3] (id "why"): field: message`, in plain words:
    "unknown field 'choises' (did you mean 'choices'?)", "assignment.due: a date is
    written like 2026-12-31"."""
    from mi_journal.messages import file_syntax as syntax_msg
    from mi_journal.storage.tomlfile import close_field_name

    loc = list(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        message = syntax_msg.unknown_field(str(loc[-1]), close_field_name(Pack, loc))
        loc = loc[:-1]  # the message names it
    else:
        message = syntax_msg.field_problem(error["type"], error["msg"], tuple(loc))
    message = message.removeprefix("Value error, ")
    prompt_id = None
    head = ""
    if len(loc) >= 2 and loc[0] == "prompts" and isinstance(loc[1], int):
        head, prompt_id = _prompt_label(data, loc[1])
        loc = loc[2:]
    # Drop pydantic's union branch names (e.g. "list[...]") from the path.
    rest = ".".join(str(part) for part in loc if "[" not in str(part) and "|" not in str(part))
    where = ": ".join(part for part in (head, rest) if part)
    return (f"{where}: {message}" if where else message), prompt_id


def _described(exc: Any, data: Any) -> list[tuple[str, str | None]]:
    """Every problem pydantic found, each told once."""
    from mi_journal.storage.tomlfile import errors_to_tell

    errors = _without_other_shapes(errors_to_tell(exc, Pack))
    told = [_describe_error(error, data) for error in errors]
    return list(dict.fromkeys(told))


_SHAPE_ERRORS = frozenset({"list_type", "model_type", "dict_type", "model_attributes_type"})


def _without_other_shapes(errors: list[Any]) -> list[Any]:
    """A field that takes one thing or a list of them (`when`) gets an error for each
    shape pydantic tried; "should be a list" says nothing when the table itself had
    a problem. Keep those only where nothing else was found at that field."""
    def field_of(error: Any) -> tuple[Any, ...]:
        loc = list(error["loc"])
        for number, part in enumerate(loc):
            if "[" in str(part):
                return tuple(loc[:number])
        return tuple(loc)

    told_otherwise = {field_of(e) for e in errors if e["type"] not in _SHAPE_ERRORS}
    return [e for e in errors
            if e["type"] not in _SHAPE_ERRORS or field_of(e) not in told_otherwise
            or field_of(e) == tuple(e["loc"])]


def _describe(exc: Any, data: Any) -> tuple[str, str | None]:
    """The first problem, and how many more there are."""
    told = _described(exc, data)
    detail, prompt_id = told[0]
    more = len(told) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return detail + suffix, prompt_id


def _parsed_toml(text: str, source: str) -> dict[str, Any]:
    import tomllib

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
    return data


def _reference_errors(
    pack: Pack, data: Any, source: str,
    file_index: list[int] | None = None, set_aside: frozenset[str] = frozenset(),
) -> list[PackError]:
    """`file_index[n]`: where the pack's nth prompt stands in the file (when prompts
    that could not be read were left out of `pack`)."""
    errors = []
    for problem in reference_problems(pack, set_aside):
        if problem.index < 0:  # not about one prompt (e.g. the [assignment] table)
            errors.append(PackError(source, problem.message, kind="reference"))
            continue
        index = problem.index if file_index is None else file_index[problem.index]
        label, _ = _prompt_label(data, index)
        errors.append(PackError(source, f"{label}: {problem.message}", problem.prompt_id,
                                kind="reference"))
    return errors


def parse_pack(text: str, source: str) -> Pack:
    from pydantic import ValidationError

    data = _parsed_toml(text, source)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        detail, prompt_id = _describe(exc, data)
        raise PackError(source, detail, prompt_id, kind="schema") from None
    except RecursionError:
        raise PackError(source, common_msg.NESTED_TOO_DEEPLY) from None
    errors = _reference_errors(pack, data, source)
    if errors:
        raise errors[0]
    return pack


@dataclass(frozen=True)
class PackReading:
    """A pack file read for `mij pack check`: every problem at once, where it can be.

    `pack` is the pack when it has no problem. `readable` is what the MI-style checks
    can still read: the whole pack (`whole`), or the prompts that are well formed on
    their own. A file that is not TOML (or too big, or not UTF-8) gives one problem:
    nothing after it can be read. `order` is the prompt ids in file order."""

    pack: Pack | None
    readable: Pack | None
    whole: bool
    problems: list[PackError]
    order: list[str]


def _alone(problem: PackError) -> PackReading:
    return PackReading(None, None, False, [problem], [])


def examine_pack(text: str, source: str) -> PackReading:
    from pydantic import ValidationError

    try:
        data = _parsed_toml(text, source)
    except PackError as exc:
        return _alone(exc)
    raw = data.get("prompts")
    order = [str(item.get("id")) for item in raw if isinstance(item, dict)
             ] if isinstance(raw, list) else []
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        problems = [PackError(source, detail, prompt_id, kind="schema")
                    for detail, prompt_id in _described(exc, data)]
        readable, file_index, set_aside = _well_formed_parts(data)
        if readable is not None:
            problems += _reference_errors(readable, data, source, file_index, set_aside)
        return PackReading(None, readable, False, problems, order)
    except RecursionError:
        return _alone(PackError(source, common_msg.NESTED_TOO_DEEPLY))
    problems = _reference_errors(pack, data, source)
    return PackReading(None if problems else pack, pack, True, problems, order)


def _well_formed_parts(data: dict[str, Any]) -> tuple[Pack | None, list[int], frozenset[str]]:
    """The prompts that are well formed on their own (with where each stands in the
    file), as a pack the MI-style checks can read; and the ids of those left out."""
    from pydantic import ValidationError

    from mi_journal.packs.model import Assignment, PackMeta, Prompt

    raw = data.get("prompts")
    kept: list[Prompt] = []
    file_index: list[int] = []
    set_aside: set[str] = set()
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        prompt = _prompt_without_its_problems(item)
        if prompt is not None:
            kept.append(prompt)
            file_index.append(index)
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            set_aside.add(item["id"])
    if not kept:
        return None, [], frozenset()
    given = data.get("pack")
    meta_data: dict[str, Any] = given if isinstance(given, dict) else {}
    try:
        meta = PackMeta.model_validate(meta_data)
    except ValidationError:
        # Its texts are still read for their wording; what is wrong is told above.
        def text(name: str) -> str:
            value = meta_data.get(name)
            return value if isinstance(value, str) else ""

        meta = PackMeta.model_construct(
            id="", version="", language="en", title=text("title"),
            description=text("description"), author=text("author"))
    try:
        assignment = Assignment.model_validate(data["assignment"]) \
            if "assignment" in data else None
    except ValidationError:
        assignment = None
    pack = Pack.model_construct(pack=meta, prompts=kept, assignment=assignment)
    return pack, file_index, frozenset(set_aside - {prompt.id for prompt in kept})


def _prompt_without_its_problems(item: Any) -> Any:
    """A prompt table as a `Prompt`, read again without the keys that had problems
    (a misspelt `hepl`, a `max_picks` of 0) so its wording is still checked; None when
    it cannot be read even so (no text, min above max...)."""
    from pydantic import ValidationError

    from mi_journal.packs.model import Prompt

    try:
        return Prompt.model_validate(item)
    except ValidationError as exc:
        wrong = {error["loc"][0] for error in exc.errors() if error["loc"]}
    except RecursionError:
        return None
    needed = {"id", "stage", "kind", "text"}
    if not isinstance(item, dict) or not wrong or wrong & needed:
        return None
    try:
        return Prompt.model_validate({key: value for key, value in item.items()
                                      if key not in wrong})
    except (ValidationError, RecursionError):
        return None


def _text_of(raw: bytes, source: str) -> str:
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(source, packs_msg.PACK_TOO_LARGE)
    return _decode(source, raw)


def load_pack_bytes(raw: bytes, source: str) -> Pack:
    return parse_pack(_text_of(raw, source), source)


def examine_pack_bytes(raw: bytes, source: str) -> PackReading:
    try:
        text = _text_of(raw, source)
    except PackError as exc:
        return _alone(exc)
    return examine_pack(text, source)


def _file_bytes(path: Path) -> bytes:
    from mi_journal.storage.files import read_bytes_limited

    try:
        return read_bytes_limited(path, MAX_PACK_BYTES)
    except FileNotFoundError:
        raise PackError(str(path), common_msg.NO_SUCH_FILE) from None
    except FileTooLarge:
        raise PackError(str(path), packs_msg.PACK_TOO_LARGE) from None


def load_pack_file(path: Path) -> Pack:
    return load_pack_bytes(_file_bytes(path), str(path))


def examine_pack_file(path: Path) -> PackReading:
    """Like `examine_pack_bytes`; an OSError other than a missing file is left to the caller."""
    try:
        raw = _file_bytes(path)
    except PackError as exc:
        return _alone(exc)
    return examine_pack_bytes(raw, str(path))


def load_found(source: Source, location: str, item: Traversable) -> Pack:
    """A pack file packs/sources.py's `walk` found: an installed one read from disk
    (within the size limit), a built-in one from the package's resources."""
    if source == "installed" and isinstance(item, Path):
        return load_pack_file(item)
    return load_pack_bytes(item.read_bytes(), location)

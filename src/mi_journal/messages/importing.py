"""`mij import` and `mij view`: reading an export back."""

from __future__ import annotations

from collections.abc import Iterable

from mi_journal.messages.common import option_takes

# After `mij import`: one quiet line, never a wall of alerts.
IMPORT_CRISIS_WORDS = (
    "Some of the imported entries hold words about being in danger or in crisis. If that is "
    "where you are now, `mij crisis` shows the help lines."
)


def import_done(added: int, present: int, goals_added: int, goals_present: int,
                differing: int = 0, goals_differing: int = 0) -> str:
    """`present`: already here and the same; `differing`: same id, different content."""
    text = f"Entries: added {added}, already present {present}."
    if goals_added or goals_present or goals_differing:
        text += f" Goals: added {goals_added}, already present {goals_present}."
    kept = import_kept_local(differing, goals_differing)
    return f"{text} {kept}" if kept else text


def import_kept_local(entries: int, goals: int) -> str:
    """Items whose id was already here with different content: nothing local is replaced."""
    parts = []
    if entries:
        parts.append(f"{entries} {'entry' if entries == 1 else 'entries'}")
    if goals:
        parts.append(f"{goals} {'goal' if goals == 1 else 'goals'}")
    if not parts:
        return ""
    one = entries + goals == 1
    return (f"{' and '.join(parts)} {'was' if one else 'were'} already here with different "
            f"content; {'your version was' if one else 'your versions were'} kept.")


def import_refused(path: object, detail: str) -> str:
    return f"{path}: {detail}; nothing was imported."


def export_file_left_out(names: list[str]) -> str:
    """`mij view` and `mij import` of a JSON export that records entry files left out."""
    from mi_journal.messages.export import named_files

    noun = "entry file" if len(names) == 1 else "entry files"
    return (f"This export leaves out {len(names)} {noun} that could not be read when it "
            f"was made: {named_files(names)}.")


def view_heading(path: str, exported: str, about: str) -> str:
    return f"{path}: a mij export from {exported}, shown read-only ({about})."


def view_refused(path: object, detail: str) -> str:
    """`mij view` only reads: it never imports, so it says so differently."""
    return f"{path}: {detail}; this file cannot be shown (it was only read, not changed)."


NOT_A_JRNL_EXPORT = 'this is not a jrnl JSON export (expected an object with an "entries" list)'
IS_OWN_EXPORT = "this is a mi-journal export: try `mij import FILE`"
EXPORT_NOT_AN_OBJECT = "this is not a mi-journal export (expected a JSON object)"
LOOKS_LIKE_JRNL = " (it looks like a jrnl export: try `mij import --from jrnl FILE`)"
EXPORT_SCHEMA_MISSING = 'missing or invalid "schema" number'
ENTRIES_NOT_A_LIST = '"entries" must be a list'
GOALS_NOT_A_LIST = '"goals" must be a list'
LEFT_OUT_NOT_NAMES = '"left_out" must be a list of file names'
FILE_EMPTY = "the file is empty"


def export_format_missing(export_format: str, hint: str) -> str:
    """`hint` is empty or LOOKS_LIKE_JRNL."""
    return f'this is not a mi-journal export: no "format": "{export_format}"{hint}'


def export_schema_newer(schema: int, reads: int) -> str:
    return (
        f"written by a newer mi-journal (schema {schema}, this one reads {reads}); "
        "updating mi-journal will read it"
    )


def unknown_top_key(key: str) -> str:
    return f"unknown key {key!r} at the top level"


def id_twice(where: str) -> str:
    return f"{where}: this id appears more than once"


def json_invalid_at(line: int, column: int, detail: str) -> str:
    return f"not valid JSON (line {line}, column {column}: {detail})"


def json_invalid(detail: object) -> str:
    return f"not valid JSON ({detail})"


def no_such_file(path: object) -> str:
    return f"{path}: no such file."


def is_a_folder(path: object) -> str:
    return f"{path} is a folder, not a file."


def entry_too_large(limit_mib: int) -> str:
    return f"it would be larger than {limit_mib} MiB"


def source_not_taken(sources: Iterable[str], given: str) -> str:
    return option_takes("--from", sources, given)


JRNL_NOT_AN_OBJECT = "expected an object"


def jrnl_key_missing(name: str) -> str:
    return f"the key {name!r} is missing"


def jrnl_key_type(name: str, kind: str) -> str:
    return f"{name!r} must be a {kind}"


def jrnl_date_shape(date: str) -> str:
    return f"'date' must look like YYYY-MM-DD, not {date!r}"


def jrnl_time_shape(time: str) -> str:
    return f"'time' must look like HH:MM, not {time!r}"


def jrnl_tag_empty(index: int) -> str:
    return f"tags[{index}] must be a non-empty string"


def jrnl_not_on_calendar(when: str) -> str:
    return f"{when} is not a date and time on the calendar"


def json_constant(name: str) -> str:
    return f"{name} is not a number JSON allows"


def json_key_twice(key: str) -> str:
    return f"the key {key!r} appears twice in one object"

"""Data files that cannot be used as they are: sync copies, cloud placeholders, odd names, size."""

from __future__ import annotations

import errno


def sync_copy(name: str, of: str) -> str:
    return (
        f"{name} is a copy of {of} made by a sync tool; mi-journal reads only {of}, so "
        "what is only in the copy is not shown. You might compare the two, bring what you "
        f"need into {of}, then remove the copy."
    )


def cloud_only(name: str) -> str:
    return (
        f"{name} is kept in iCloud only, not on this computer (this is its placeholder), "
        "so it is left out until it is downloaded: open the folder in Finder, or run "
        "`brctl download` on it."
    )


def goals_in_cloud_only(path: str) -> str:
    return (
        f"your goals file is kept in iCloud only, not on this computer ({path} is its "
        "placeholder); please download it (open the folder in Finder, or run `brctl "
        "download` on it) first. Nothing was changed."
    )


def odd_name(spelled: str, quoted: str) -> str:
    return (
        f"its name ({spelled}) is not valid UTF-8 or holds a control character, so "
        "mi-journal cannot use it and left it as it is; you might rename it, in its folder: "
        f"mv -- {quoted} NEW-NAME"
    )


def entry_too_large(entry_id: str, limit: int) -> str:
    return (
        f"entry {entry_id} would be larger than {limit // (1024 * 1024)} MiB, more than "
        "mi-journal reads back, so it was left as it was."
    )


NO_FREE_ENTRY_NAME = "could not find a free name for the new entry; nothing was written."
NOT_STORABLE_AS_TOML = "this text cannot be stored faithfully as TOML; nothing was written."
SCHEMA_MISSING = "missing or invalid `schema` number"


def not_an_entry_id(entry_id: str) -> str:
    return f"{entry_id!r} is not an entry id."


def not_the_entry_file(target: object, entry_id: str) -> str:
    return f"{target} is not the file of entry {entry_id}; nothing was changed."


def entry_gone(entry_id: str) -> str:
    return f"entry {entry_id} no longer exists."


def id_not_file_name(record_id: str) -> str:
    return f"its id {record_id!r} does not match the file name"


def no_entry_with_id(entry_id: str) -> str:
    return f"no entry with id {entry_id}."


def entry_reference_not_an_id(reference: str) -> str:
    return f"{reference!r} is not an entry id; `mij list` shows them."


def entry_no_match(reference: str) -> str:
    return f"no entry matches {reference!r}; `mij list` shows the ids."


def entry_ambiguous(reference: str, count: int) -> str:
    return f"{reference!r} matches {count} entries; please give more of the id."


def output_kind_refused(path: object, kind: str) -> str:
    return (
        f"{path} is not a regular file, a pipe or a terminal (it is {kind}), "
        "so nothing was written to it."
    )


def link_not_written_through(path: object) -> str:
    return f"{path} is a symbolic link; mi-journal will not write through it."


def link_not_followed(path: object) -> str:
    return f"{path} is a symbolic link; mi-journal does not follow links."


def output_is_folder(path: object) -> str:
    return f"{path} is a folder; please name a file."


def not_a_regular_file(path: object) -> str:
    return f"{path} is not a regular file."


def changed_while_opening(path: object) -> str:
    return f"{path} changed while it was being opened; nothing was written."


def could_not_read(path: object, reason: str | None) -> str:
    return f"could not read {path}: {reason}"


def too_large_to_read(path: object, limit_mib: int) -> str:
    return f"{path} is larger than {limit_mib} MiB; it was not read."


def pipe_has_no_reader(path: object) -> str:
    return (
        f"nothing is reading from the pipe {path}; you might start its reader first. "
        "Nothing was written."
    )


def schema_newer(version: int, current: int) -> str:
    return (
        f"written by a newer mi-journal (schema {version}, this one knows {current}); "
        "it was left unchanged - updating mi-journal will read it"
    )


def schema_unknown(version: int) -> str:
    return f"schema {version} is not one this mi-journal can read"


def too_large_to_store(size: str, most: str) -> str:
    """`size` and `most` as a person reads them (e.g. "2.5 MiB")."""
    return (
        f"it would be {size}, larger than {most}, "
        "the most mi-journal reads back, so nothing was written."
    )


ANSWER_NEEDS_VALUE = "an answer needs a value unless it was skipped"
SKIPPED_HAS_NO_VALUE = "a skipped answer has no value"


def answer_value_kind(kind: str) -> str:
    return f"value does not fit an answer of kind {kind}"


def answer_too_long(limit: int) -> str:
    return f"an answer may hold at most {limit} characters"


def goal_id_twice(goal_id: str) -> str:
    return f"goal id {goal_id!r} appears more than once"


# Why an operating-system call did not work, in plain words, by errno (the rest are said
# as the system says them).
OS_ERROR_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EIO: "the disk reported an input/output error",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the folder is read-only",
    errno.ELOOP: "it is a symbolic link, which mi-journal does not follow",
}


def could_not_write(path: object, reason: str) -> str:
    return f"could not write {path}: {reason}; your previous data is unchanged."

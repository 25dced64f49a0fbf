"""Data files that cannot be used as they are: sync copies, cloud placeholders, odd names, size."""

from __future__ import annotations


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

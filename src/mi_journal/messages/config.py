"""`mij config` and `mij paths`: settings and the data folder."""

from __future__ import annotations

from collections.abc import Iterable

PAGER_TAKES_TRUE_OR_FALSE = "pager takes true or false."


def unknown_setting(key: str, settable: Iterable[str]) -> str:
    return f"unknown setting {key!r}; you can set: {', '.join(settable)}."


DATA_FOLDER_SETTING_EMPTY = (
    "the MI_JOURNAL_HOME setting is empty; give it a folder, or unset it "
    "(`unset MI_JOURNAL_HOME`) to use the usual data folder.")


def data_folder_not_a_folder(home: object) -> str:
    return (
        f"the data folder {home} is not a folder; check MI_JOURNAL_HOME "
        "(`mij paths` shows where mi-journal looks)."
    )


def setting_saved(key: str) -> str:
    return f"Saved {key}."

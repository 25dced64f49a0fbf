"""The search index: busy, unreadable or not rebuilt (the entries themselves are never at risk)."""

from __future__ import annotations

INDEX_BUSY = (
    "another mi-journal is still updating the search index; please try again in a moment."
)
INDEX_BUSY_REBUILDING = (
    "another mi-journal is still rebuilding the search index; please try again in a moment."
)


def index_unreadable(path: object) -> str:
    return f"the search index at {path} could not be read; `mij reindex` builds it again."


def index_not_rebuilt(where: object, reason: str) -> str:
    return f"could not rebuild the search index ({where}): {reason}; your entries are unchanged."


def index_not_rebuilt_at(path: object, detail: object) -> str:
    return f"could not rebuild the search index at {path} ({detail}); your entries are unchanged."


def index_not_regular(path: object) -> str:
    return f"{path} is not a regular file; mi-journal will not use it."

"""Quotes the person set aside (`mij reflect hide`): one reflect-hidden.toml, changed
only under a cross-process lock and replaced atomically, like every other file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import HIDDEN_QUOTES_SCHEMA
from mi_journal.storage.files import atomic_write_bytes
from mi_journal.storage.locking import locked
from mi_journal.storage.models import HiddenQuotes
from mi_journal.storage.tomlfile import dump_model, read_model


def load_hidden(paths: Paths) -> HiddenQuotes:
    """The set-aside quotes; a missing file is none, a broken one an error (never
    overwritten)."""
    path = paths.hidden_quotes
    if not path.exists() and not path.is_symlink():
        return HiddenQuotes()
    return read_model(path, HiddenQuotes, "hidden quotes", HIDDEN_QUOTES_SCHEMA)


@contextmanager
def editing_hidden(paths: Paths) -> Iterator[HiddenQuotes]:
    """Read, let the caller change, and save the set-aside quotes as one locked step.
    If the caller raises, nothing is written."""
    with locked(paths.locks, "hidden-quotes"):
        hidden = load_hidden(paths)
        yield hidden
        HiddenQuotes.model_validate(hidden.model_dump(by_alias=True))
        atomic_write_bytes(paths.hidden_quotes, dump_model(hidden), sweep=True)

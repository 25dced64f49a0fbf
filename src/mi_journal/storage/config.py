"""The person's settings in config.toml, changed only under a lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import CONFIG_SCHEMA
from mi_journal.storage.files import atomic_write_bytes
from mi_journal.storage.locking import locked
from mi_journal.storage.models import Config
from mi_journal.storage.tomlfile import dump_model, read_model


def config_exists(paths: Paths) -> bool:
    return paths.config.exists() or paths.config.is_symlink()


def load_config(paths: Paths) -> Config:
    if not config_exists(paths):
        return Config()
    return read_model(paths.config, Config, "config", CONFIG_SCHEMA)


@contextmanager
def editing_config(paths: Paths) -> Iterator[Config]:
    with locked(paths.locks, "config"):
        config = load_config(paths)
        yield config
        atomic_write_bytes(paths.config, dump_model(config), sweep=True)

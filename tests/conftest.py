"""Shared fixtures: no test can ever reach a real journal."""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pytest

if TYPE_CHECKING:
    import pexpect
    from typer.testing import Result

    from mi_journal.core.paths import Paths

# A shell starts a background job (`cmd &`) with Ctrl-C's signal ignored, and a child
# inherits an ignored signal: the terminal tests that press Ctrl-C would then see
# nothing happen. Seen when the suite was started in the background; a person's
# terminal never does this. A handler (not an ignore) resets to the default on exec.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def journal_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "journal-home"
    monkeypatch.setenv("MI_JOURNAL_HOME", str(home))
    monkeypatch.delenv("MIJ_DEBUG", raising=False)
    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "20")
    yield home


@pytest.fixture
def paths(journal_home: Path) -> Paths:
    from mi_journal.core.paths import get_paths

    return get_paths()


class Cli(Protocol):
    """The `cli` fixture's type: runs `mij` in-process."""

    def __call__(self, args: list[str], input: str | bytes | None = None,
                 env: dict[str, str] | None = None) -> Result: ...


@pytest.fixture
def cli() -> Cli:
    """Invoke `mij` in-process: cli(["note", "hi"]) -> Result."""
    from typer.testing import CliRunner

    from mi_journal.cli.app import app

    runner = CliRunner()

    def invoke(args: list[str], input: str | bytes | None = None,
               env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, args, input=input, env=env, catch_exceptions=False)

    return invoke


def mij_command() -> list[str]:
    """The installed program, run as a separate process."""
    return [sys.executable, "-m", "mi_journal"]


def text_before(child: pexpect.spawn[str]) -> str:
    """What a pseudo-terminal child printed before its last match."""
    assert isinstance(child.before, str), child.before
    return child.before


def terminal_log(child: pexpect.spawn[str]) -> str:
    """Everything a pseudo-terminal child printed, where its logfile_read is a StringIO."""
    assert isinstance(child.logfile_read, io.StringIO), child.logfile_read
    return child.logfile_read.getvalue()


def welcome_seen(home: Path) -> None:
    """Record that the welcome was seen, as its first showing does (config.toml exists),
    so a terminal test about something else meets no welcome. See cli/welcome.py."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("schema = 1\n")


@pytest.fixture
def welcomed(journal_home: Path) -> Path:
    """The journal home, the welcome already seen there."""
    welcome_seen(journal_home)
    return journal_home


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["MI_JOURNAL_HOME"] = str(home)
    env.update(extra)
    return env


@pytest.fixture
def new_york() -> Iterator[None]:
    """Local time is New York's (with its clock changes) for the test."""
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("no tzset on this platform")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()

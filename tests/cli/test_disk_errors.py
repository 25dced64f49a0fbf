"""Disk errors during a write (disk full, I/O error, permission denied,
read-only folder): one line, exit 1, the previous file intact, nothing
partial left behind. Simulated by patching the os calls of atomic writes."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.storage import files
from tests.conftest import Cli

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EIO: "the disk reported an input/output error",
    errno.EACCES: "permission denied",
    errno.EROFS: "the folder is read-only",
}

# Where each error strikes: creating the temp file, writing, syncing, renaming.
STAGES = {
    errno.ENOSPC: ["write", "open"],
    errno.EIO: ["write", "fsync"],
    errno.EACCES: ["open", "replace"],
    errno.EROFS: ["open", "replace"],
}
CASES = [(code, stage) for code, stages in STAGES.items() for stage in stages]


def _break(monkeypatch: pytest.MonkeyPatch, code: int, stage: str) -> None:
    real: Callable[..., Any] = getattr(os, stage)

    def failing(*args: Any, **kwargs: Any) -> Any:
        first = str(args[0]) if args else ""
        if stage == "open" and not first.endswith(files.TEMP_SUFFIX):
            return real(*args, **kwargs)  # lock files and folders open normally
        if stage == "fsync" and not _is_temp_fd(args[0]):
            return real(*args, **kwargs)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, stage, failing)
    if stage == "replace":  # new entries are linked into place instead
        monkeypatch.setattr(os, "link", failing)


def _is_temp_fd(fd: int) -> bool:
    try:
        return os.readlink(f"/proc/self/fd/{fd}").endswith(files.TEMP_SUFFIX)
    except OSError:
        return True


def _snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes()
            for p in sorted(home.rglob("*")) if p.is_file() and "locks" not in p.parts}


def _no_temp_files(home: Path) -> None:
    assert [p for p in home.rglob("*") if p.name.endswith(files.TEMP_SUFFIX)] == []


@pytest.mark.parametrize("code,stage", CASES)
def test_note_cli(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch, code: int, stage: str
) -> None:
    assert cli(["note", "an earlier note"]).exit_code == 0
    before = _snapshot(paths.home)
    _break(monkeypatch, code, stage)
    result = cli(["note", "this one meets a broken disk"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("mij: could not write ")
    assert REASONS[code] in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(paths.home) == before
    _no_temp_files(paths.home)


@pytest.mark.parametrize("code,stage", CASES)
def test_config_cli(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch, code: int, stage: str
) -> None:
    monkeypatch.setenv("MIJ_LOCK_TIMEOUT", "2")
    assert cli(["config", "set", "crisis_line", "before"]).exit_code == 0
    before = _snapshot(paths.home)
    _break(monkeypatch, code, stage)
    result = cli(["config", "set", "crisis_line", "after"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.stderr == (f"mij: could not write {paths.config}: {REASONS[code]}; "
                             "your previous data is unchanged.\n")
    assert _snapshot(paths.home) == before
    _no_temp_files(paths.home)


@pytest.mark.parametrize("code,stage", CASES)
def test_goal_edit(paths: Paths, monkeypatch: pytest.MonkeyPatch, code: int, stage: str) -> None:
    from datetime import datetime

    from mi_journal.storage.goals import editing_goals, load_goals
    from mi_journal.storage.models import Goal

    at = datetime(2026, 1, 1, tzinfo=UTC)
    with editing_goals(paths) as goals:
        goals.goals.append(Goal(id="aa", title="first", created=at, updated=at))
    before = paths.goals.read_bytes()
    _break(monkeypatch, code, stage)
    with pytest.raises(MijError, match=REASONS[code]), editing_goals(paths) as goals:
        goals.goals.append(Goal(id="bb", title="second", created=at, updated=at))
    monkeypatch.undo()
    assert paths.goals.read_bytes() == before
    assert [goal.id for goal in load_goals(paths).goals] == ["aa"]
    _no_temp_files(paths.home)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_folder_cannot_be_created(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def failing_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "mkdir", failing_mkdir)
    result = cli(["note", "nowhere to go"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert REASONS[code] in result.stderr
    assert not paths.home.exists()


def test_real_read_only_folder(cli: Cli, paths: Paths) -> None:
    """Not simulated: a folder without write permission (skipped for root)."""
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    assert cli(["config", "set", "crisis_line", "before"]).exit_code == 0
    before = paths.config.read_bytes()
    paths.home.chmod(0o500)
    try:
        result = cli(["config", "set", "crisis_line", "after"])
    finally:
        paths.home.chmod(0o700)
    assert result.exit_code == 1
    assert "permission denied" in result.stderr
    assert paths.config.read_bytes() == before


def test_unreadable_file_is_one_line(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An I/O error while reading is reported like a write error: one line."""

    assert cli(["config", "set", "crisis_line", "x"]).exit_code == 0

    def failing_read(*args: Any, **kwargs: Any) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "read", failing_read)
    result = cli(["config", "show"])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.stderr == f"mij: could not read {paths.config}: Input/output error\n"

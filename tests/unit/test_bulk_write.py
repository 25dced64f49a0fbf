"""write_new_files: many new files at once, each complete or absent."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from mi_journal.core.errors import MijError
from mi_journal.storage import files
from mi_journal.storage.files import write_new_files


def test_creates_files_privately_and_never_replaces(tmp_path: Path) -> None:
    existing = tmp_path / "a" / "0.toml"
    existing.parent.mkdir()
    existing.write_bytes(b"keep me")
    items = [(tmp_path / "a" / f"{i}.toml", f"data {i}".encode()) for i in range(50)]
    created = write_new_files(items)
    assert created == [False] + [True] * 49
    assert existing.read_bytes() == b"keep me"
    for path, data in items[1:]:
        assert path.read_bytes() == data
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.endswith(".tmp")]


def test_a_disk_error_leaves_no_temp_files_and_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [(tmp_path / f"{i}.toml", b"x" * 100) for i in range(10)]
    real_write_all = files._write_all
    calls = {"n": 0}

    def failing_write(fd: int, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 6:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write_all(fd, data)

    monkeypatch.setattr(files, "_write_all", failing_write)
    with pytest.raises(MijError, match="the disk is full"):
        write_new_files(items)
    assert os.listdir(tmp_path) == []


def test_symlink_target_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    link = tmp_path / "entry.toml"
    link.symlink_to(outside)
    with pytest.raises(MijError, match="symbolic link"):
        write_new_files([(link, b"new")])
    assert outside.read_text() == "secret"

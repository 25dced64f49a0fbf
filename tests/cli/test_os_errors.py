"""An OSError is one plain line naming the file (or the output) and the reason, exit 1.

Read-only folders are simulated by patching os functions (the tests may run as root,
for whom permissions do not apply); /dev/full is used for real where it exists.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from mi_journal.cli import exits
from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.journal import changes as browse
from mi_journal.messages.common import UNEXPECTED
from mi_journal.storage.entries import iter_entry_files
from tests.conftest import Cli, mij_command, subprocess_env


def _refuse_under(folder: Path, real: Callable[..., None]) -> Callable[..., None]:
    """os.unlink (or os.replace) that behaves like a read-only file system for paths
    under `folder`."""
    def unlink(path: object, *args: object, **kwargs: object) -> None:
        if str(path).startswith(str(folder)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real(path, *args, **kwargs)
    return unlink


# --- the shared outcome mapping ---------------------------------------------------


def test_output_error_is_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    def action() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert exits.run_guarded(action) == 1
    err = capsys.readouterr().err
    assert err == "mij: could not write the output: the disk is full.\n"


def test_named_file_and_reason(capsys: pytest.CaptureFixture[str]) -> None:
    def action() -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/data/x.toml")

    assert exits.run_guarded(action) == 1
    assert capsys.readouterr().err == "mij: could not use /data/x.toml: permission denied.\n"
    # An errno without a plain-word reason keeps the system's own words.
    assert exits.unexpected(OSError(errno.ENAMETOOLONG, "File name too long", b"/a/b")) == 1
    assert capsys.readouterr().err == "mij: could not use /a/b: File name too long.\n"


def test_other_exceptions_keep_the_generic_line(capsys: pytest.CaptureFixture[str]) -> None:
    def action() -> None:
        raise ValueError("boom")

    assert exits.run_guarded(action) == 1
    err = capsys.readouterr().err
    assert UNEXPECTED in err and "(ValueError)" in err


def test_debug_shows_the_traceback_too(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def action() -> None:
        raise OSError(errno.EROFS, "Read-only file system", "/ro/file")

    assert exits.run_guarded(action) == 1
    assert "Traceback" not in capsys.readouterr().err
    monkeypatch.setenv("MIJ_DEBUG", "1")
    assert exits.run_guarded(action) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "OSError" in err
    assert err.endswith("mij: could not use /ro/file: the folder is read-only.\n")


def test_typer_path_maps_oserror_the_same_way(cli: Cli, paths: Paths,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["note", "hello"]).exit_code == 0

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/data/entry.toml")

    monkeypatch.setattr(browse, "find_entry", refuse)
    monkeypatch.setattr(browse, "find_last_entry", refuse)
    monkeypatch.setattr(browse, "find_last_record", refuse)  # `show last` reads the index's
    result = cli(["show", "last"])
    assert result.exit_code == 1
    assert result.stderr == "mij: could not use /data/entry.toml: permission denied.\n"


# --- delete and reindex say more ---------------------------------------------------


def test_delete_on_a_read_only_folder(cli: Cli, paths: Paths,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["note", "keep me"]).exit_code == 0
    [path] = list(iter_entry_files(paths))
    monkeypatch.setattr(os, "unlink", _refuse_under(paths.entries, os.unlink))
    result = cli(["delete", "last", "--yes"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert f"could not delete entry {path.stem}" in result.stderr
    assert "the folder is read-only" in result.stderr and "still there" in result.stderr
    assert path.exists()
    with pytest.raises(MijError, match="read-only"):
        browse.delete_entry(paths, path)


def test_reindex_on_a_read_only_folder(cli: Cli, paths: Paths,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["note", "one"]).exit_code == 0
    assert cli(["list"]).exit_code == 0  # the index exists now
    # The new index is built beside the old one and renamed over it: that is refused.
    monkeypatch.setattr(os, "replace", _refuse_under(paths.cache, os.replace))
    result = cli(["reindex"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "could not rebuild the search index" in result.stderr
    assert "the folder is read-only" in result.stderr and "entries are unchanged" in result.stderr
    with pytest.raises(MijError, match="search index"):
        browse.rebuild_search_index(paths)
    assert len(list(iter_entry_files(paths))) == 1


# --- a real full device -------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["list"], ["export"], ["export", "-f", "md"], ["goals"]])
def test_writing_to_a_full_device(journal_home: Path, args: list[str]) -> None:
    env = subprocess_env(journal_home)
    subprocess.run([*mij_command(), "note", "something to list"], env=env, check=True,
                   capture_output=True)
    with open("/dev/full", "w") as full:
        out = subprocess.run([*mij_command(), *args], env=env, stdout=full,
                             stderr=subprocess.PIPE, text=True, check=False)
    assert out.returncode == 1
    assert out.stderr == "mij: could not write the output: the disk is full.\n"

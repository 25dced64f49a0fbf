"""Issue 14, item 9: `mij export -o` replaces only a regular file; pipes, terminals and
devices are written through (or refused clearly), never replaced."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mi_journal.journal.notes import add_note
from tests.conftest import mij_command, subprocess_env

FORMATS = ["json", "md"]


@pytest.fixture
def journal(paths: Any) -> Any:
    add_note(paths, "a walk after lunch")
    return paths


def _device_like_null(folder: Path) -> Path:
    """A character device that behaves as /dev/null, made in the test's own folder."""
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(node, os.O_WRONLY))
    except OSError:
        pytest.skip("cannot make a device node here")
    return node


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_null_without_force_just_works(cli: Any, journal: Any, fmt: str) -> None:
    result = cli(["export", "-f", fmt, "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_device_is_written_through_never_replaced(
    cli: Any, journal: Any, tmp_path: Path, fmt: str
) -> None:
    node = _device_like_null(tmp_path)
    before = os.stat(node)
    for args in ([], ["--force"]):
        result = cli(["export", "-f", fmt, "-o", str(node), *args])
        assert result.exit_code == 0, result.output
        after = os.stat(node)
        assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fifo_is_written_through_to_its_reader(journal: Any, tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = tmp_path / "received"
    # The reader itself, not a shell around it: killed below if anything goes wrong,
    # so a failing run leaves no `cat` waiting on the pipe.
    sink = open(received, "wb")  # noqa: SIM115 - closed in the finally below
    reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
    try:
        done = subprocess.run([*mij_command(), "export", "-f", fmt, "-o", str(fifo), "--force"],
                              env=subprocess_env(journal.home), capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        reader.wait(timeout=30)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        sink.close()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe, not a file put there
    assert "a walk after lunch" in received.read_text()


def test_a_fifo_nobody_reads_is_refused_clearly(cli: Any, journal: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = cli(["export", "-o", str(fifo)])
    assert result.exit_code == 1
    assert "nothing is reading" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_stdout_without_force_just_works(journal: Any, tmp_path: Path, fmt: str) -> None:
    env = subprocess_env(journal.home)
    piped = subprocess.run([*mij_command(), "export", "-f", fmt, "-o", "/dev/stdout"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert "a walk after lunch" in piped.stdout
    into = tmp_path / "redirected"
    with open(into, "wb") as handle:  # as `mij export -o /dev/stdout > file`
        redirected = subprocess.run([*mij_command(), "export", "-f", fmt, "-o", "/dev/stdout"],
                                    env=env, stdout=handle, stderr=subprocess.PIPE, timeout=60)
    assert redirected.returncode == 0, redirected.stderr
    assert "a walk after lunch" in into.read_text()


def test_process_substitution_pipe_is_written_through(journal: Any) -> None:
    """`mij export -o >(gzip > x)` passes /dev/fd/N, a link to a pipe."""
    read_end, write_end = os.pipe()
    try:
        child = subprocess.Popen(
            [*mij_command(), "export", "-o", f"/dev/fd/{write_end}", "--force"],
            env=subprocess_env(journal.home), pass_fds=(write_end,),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(write_end)
        write_end = -1
        with os.fdopen(read_end, "rb") as pipe:
            read_end = -1
            data = pipe.read()
        assert child.wait(timeout=60) == 0, child.stderr.read() if child.stderr else ""
    finally:
        for fd in (read_end, write_end):
            if fd >= 0:
                os.close(fd)
    assert json.loads(data)["entries"][0]["text"] == "a walk after lunch"


def test_a_regular_file_is_still_replaced_atomically_only_with_force(
    cli: Any, journal: Any, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    assert cli(["export", "-o", str(target)]).exit_code == 2
    assert target.read_text() == "old"
    assert cli(["export", "-o", str(target), "--force"]).exit_code == 0
    assert "a walk after lunch" in target.read_text()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_socket_is_refused_clearly(cli: Any, journal: Any, tmp_path: Path) -> None:
    import socket

    where = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(where))
        result = cli(["export", "-o", str(where), "--force"])
    finally:
        server.close()
    assert result.exit_code in (1, 2)
    assert "not a regular file" in result.stderr
    assert stat.S_ISSOCK(os.lstat(where).st_mode)

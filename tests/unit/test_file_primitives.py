"""storage/files.py on its own (issue 14, item 11): each promise of the file primitives
and each layer of their defence, tested directly, where an earlier check cannot hide a
later one. The mutation script runs this file first for files.py.

Covered here: private folders and files whatever the umask, words for disk errors, temp
names the sweep knows, what counts as stale, folder syncs that only ever open a folder,
no descriptor left open, never replacing a name that appeared meanwhile (with and
without hard links), what a place named for output is, writing through pipes without
waiting or losing data, reads that never wait, never follow a link, never open a FIFO,
and never read past the limit, and bulk writes inside a linked data folder."""

from __future__ import annotations

import errno
import io
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import mi_journal.storage.files as files_mod
from mi_journal.core.errors import MijError
from mi_journal.storage.files import (
    OUTPUT_FILE,
    OUTPUT_NEW,
    OUTPUT_STDOUT,
    OUTPUT_STREAM,
    atomic_write_bytes,
    atomic_writer,
    ensure_private_dir,
    is_temp_file,
    open_regular_file,
    os_error_reason,
    output_kind,
    read_bytes_limited,
    stale_temp_files,
    stream_writer,
    sweep_temp_files,
    temp_name_for,
    write_new_files,
)
from tests.conftest import subprocess_env
from tests.unit.test_storage_durability import SyncLog

MIB = 1024 * 1024

# --- helpers -------------------------------------------------------------------------


@contextmanager
def _no_descriptor_left() -> Iterator[None]:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd")
    before = sorted(os.listdir("/proc/self/fd"))
    yield
    assert sorted(os.listdir("/proc/self/fd")) == before


def _at_once(call: Callable[[], Any], fifo: Path, seconds: float = 3.0) -> Any:
    """What `call` returns or raises, failing the test if it waits on `fifo`.

    It runs in a thread; one still waiting after `seconds` is freed by opening the
    FIFO read-write (which never waits on Linux), so no thread is left hanging.
    """
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
        thread.join(5)
        os.close(fd)
        pytest.fail(f"waited on the FIFO {fifo}")
    return outcome[0]


def _aged(path: Path, seconds: float = 3600) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past), follow_symlinks=False)
    return path


def _fail_with(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


# --- folders and permissions -----------------------------------------------------------


def test_missing_folders_are_made_private_one_by_one(tmp_path: Path) -> None:
    """(First in this file: a mutant that walks up from an existing folder never ends.)"""
    deep = tmp_path / "a" / "b" / "c"
    ensure_private_dir(deep)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", deep):
        assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700
    ensure_private_dir(deep)  # already there: nothing to do, no error


def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "mkdir", _fail_with(errno.EROFS))
    with pytest.raises(MijError) as caught:
        ensure_private_dir(tmp_path / "new")
    assert str(caught.value) == (f"could not write {tmp_path / 'new'}: the folder is "
                                 "read-only; your previous data is unchanged.")


UMASK_SCRIPT = """
import os, stat, sys
from pathlib import Path
from mi_journal.storage.files import (
    atomic_write_bytes, atomic_writer, ensure_private_dir, write_new_files)
os.umask(0o777)
root = Path(sys.argv[1])
ensure_private_dir(root / "made" / "here")
atomic_write_bytes(root / "saved" / "a.toml", b"x")
atomic_write_bytes(root / "saved" / "b.toml", b"x", exclusive=True)
with atomic_writer(root / "exported.json") as out:
    out.write(b"x")
write_new_files([(root / "bulk" / "c.toml", b"x")])
for path in sorted(root.rglob("*")):
    print(oct(stat.S_IMODE(path.lstat().st_mode)), path.is_dir(), path.relative_to(root))
"""


def test_every_kind_of_write_is_private_under_umask_777(journal_home: Path,
                                                       tmp_path: Path) -> None:
    """A umask that takes every bit away: folders still 0700 and files 0600 (the
    chmod after mkdir and the fchmod of each new file, not the umask, decide)."""
    root = tmp_path / "umask"
    done = subprocess.run([sys.executable, "-c", UMASK_SCRIPT, str(root)],
                          env=subprocess_env(journal_home), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    modes = {name: (mode, is_dir == "True")
             for mode, is_dir, name in (line.split(" ", 2) for line in done.stdout.splitlines())}
    assert set(modes) == {"made", "made/here", "saved", "saved/a.toml", "saved/b.toml",
                          "exported.json", "bulk", "bulk/c.toml"}
    for name, (mode, is_dir) in modes.items():
        assert mode == ("0o700" if is_dir else "0o600"), name


# --- words for operating-system errors ---------------------------------------------------


def test_os_errors_are_put_in_plain_words() -> None:
    assert os_error_reason(OSError(errno.ENOSPC, "No space left")) == "the disk is full"
    assert os_error_reason(OSError(errno.EPERM, "Not permitted")) == "permission denied"
    # One without words of ours: the system's own words, not "[Errno 36] ...".
    assert os_error_reason(OSError(errno.ENAMETOOLONG, "File name too long")) == (
        "File name too long")
    # One without a number at all (never taken for errno 1, "permission denied").
    assert os_error_reason(OSError("the pipe went away")) == "the pipe went away"


# --- temporary files -------------------------------------------------------------------


def test_a_temp_name_is_hidden_beside_its_file_and_known_to_the_sweep(tmp_path: Path) -> None:
    target = tmp_path / "goals.toml"
    temp = temp_name_for(target)
    assert temp.parent == tmp_path and temp.name.startswith(".goals.toml.")
    assert is_temp_file(temp)
    assert temp_name_for(target) != temp  # a fresh name each time
    temp.write_bytes(b"partial")
    _aged(temp)
    assert stale_temp_files(tmp_path) == [temp]  # exactly the names made above


def test_a_temp_file_name_needs_both_the_dot_and_the_suffix() -> None:
    assert is_temp_file(Path(".entry.toml.0123abcd.tmp"))
    assert not is_temp_file(Path(".hidden.toml"))
    assert not is_temp_file(Path("notes.tmp"))


def test_stale_means_untouched_for_longer_than_the_limit(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    now = 2_000_000_060.0
    monkeypatch.setattr(time, "time", lambda: now)
    ages = {"a": 61, "b": 60, "c": 59, "d": 0}
    for name, age in ages.items():
        path = tmp_path / f".{name}.toml.0123abcd.tmp"
        path.write_bytes(b"partial")
        os.utime(path, (now - age, now - age))
    stale = sorted(path.name for path in stale_temp_files(tmp_path, older_than=60))
    assert stale == [".a.toml.0123abcd.tmp"]  # 60 s exactly is not yet abandoned


def test_only_regular_files_with_temp_names_are_stale(tmp_path: Path) -> None:
    precious = tmp_path / "precious.toml"
    precious.write_bytes(b"keep me")
    _aged(precious)  # old too: the link itself is judged, never what it points to
    link = tmp_path / ".x.toml.00000000.tmp"
    link.symlink_to(precious)
    _aged(link)
    folder = tmp_path / ".y.toml.11111111.tmp"
    folder.mkdir()
    _aged(folder)
    old_file = tmp_path / ".z.toml.22222222.tmp"
    old_file.write_bytes(b"partial")
    _aged(old_file)
    assert stale_temp_files(tmp_path) == [old_file]


def test_the_sweep_removes_and_counts_only_abandoned_files(tmp_path: Path) -> None:
    old = [tmp_path / f".{n}.toml.0123abcd.tmp" for n in "ab"]
    for path in old:
        path.write_bytes(b"partial")
        _aged(path)
    fresh = tmp_path / ".c.toml.0123abcd.tmp"
    fresh.write_bytes(b"a save in progress")
    assert sweep_temp_files(tmp_path) == 2
    assert [path.exists() for path in old] == [False, False]
    assert fresh.exists()
    assert sweep_temp_files(tmp_path) == 0


def test_only_a_save_that_asks_sweeps_its_folder(tmp_path: Path) -> None:
    """`mij export -o` writes into the person's own folder: never swept."""
    old = tmp_path / ".report.json.0123abcd.tmp"
    old.write_bytes(b"someone else's")
    _aged(old)
    atomic_write_bytes(tmp_path / "a.toml", b"1")
    atomic_write_bytes(tmp_path / "n.toml", b"1", exclusive=True)
    with atomic_writer(tmp_path / "export.json") as out:
        out.write(b"x")
    assert old.read_bytes() == b"someone else's"
    atomic_write_bytes(tmp_path / "a.toml", b"2", sweep=True)
    assert not old.exists()


# --- saves -----------------------------------------------------------------------------


def test_saves_replace_unless_asked_not_to(tmp_path: Path) -> None:
    target = tmp_path / "goals.toml"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    with atomic_writer(target) as out:
        out.write(b"newer")
    assert target.read_bytes() == b"newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.toml"]


@pytest.mark.parametrize("hard_links", [True, False])
def test_a_new_file_is_given_its_name_and_no_temp_is_left(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          hard_links: bool) -> None:
    if not hard_links:  # FAT, some sync folders: renamed after checking the name
        monkeypatch.setattr(os, "link", _fail_with(errno.EPERM))
    target = tmp_path / "20260101-000000-abcd.toml"
    atomic_write_bytes(target, b"entry", exclusive=True)
    assert target.read_bytes() == b"entry"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("hard_links", [True, False])
def test_a_name_that_appears_during_a_new_save_is_never_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool) -> None:
    """The check before writing passed; the name is taken while the data is written.
    Where hard links cannot be made (FAT, some sync folders) the name is checked
    again just before the rename."""
    if not hard_links:
        monkeypatch.setattr(os, "link", _fail_with(errno.EPERM))
    target = tmp_path / "20260101-000000-abcd.toml"
    with pytest.raises(FileExistsError), atomic_writer(target, exclusive=True) as out:
        out.write(b"mine")
        target.write_bytes(b"theirs")
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_link_error_other_than_no_hard_links_stops_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "link", _fail_with(errno.EIO))
    target = tmp_path / "20260101-000000-abcd.toml"
    with pytest.raises(MijError, match="input/output error"):
        atomic_write_bytes(target, b"entry", exclusive=True)
    assert list(tmp_path.iterdir()) == []  # not renamed into place instead


def test_an_error_in_the_writer_block_is_raised_and_nothing_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"the last export")
    with pytest.raises(RuntimeError, match="stopped"), atomic_writer(target) as out:
        out.write(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"the last export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_a_temp_file_that_cannot_be_made_is_reported(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def no_space_for_temps(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(files_mod.TEMP_SUFFIX):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", no_space_for_temps)
    target = tmp_path / "f" / "goals.toml"
    with pytest.raises(MijError, match=f"could not write {target}: the disk is full"):
        atomic_write_bytes(target, b"x")
    with pytest.raises(MijError, match=f"could not write {target}: the disk is full"):
        write_new_files([(target, b"x")])
    assert list((tmp_path / "f").iterdir()) == []


def test_a_leftover_at_the_temp_name_is_never_reused(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A temp file is always a new file: bytes of whatever had that name never end up
    in a saved file (the name is random; this forces a clash)."""
    leftover = tmp_path / ".goals.toml.0123abcd.tmp"
    leftover.write_bytes(b"bytes from some other program")
    monkeypatch.setattr(files_mod, "temp_name_for", lambda path: leftover)
    with pytest.raises(MijError, match="could not write"):
        atomic_write_bytes(tmp_path / "goals.toml", b"new")
    with pytest.raises(MijError, match="could not write"):
        write_new_files([(tmp_path / "goals.toml", b"new")])
    assert not (tmp_path / "goals.toml").exists()
    assert leftover.read_bytes() == b"bytes from some other program"


def test_only_a_folder_is_opened_to_be_synced(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """O_DIRECTORY: a FIFO put where the folder was cannot make a save wait."""
    log = SyncLog(monkeypatch)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _at_once(lambda: files_mod._fsync_dir(fifo), fifo) is None
    files_mod._fsync_dir(tmp_path)
    assert log.events == [("fsync folder", str(tmp_path))]


# --- no descriptor left open -------------------------------------------------------------


def _save(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    atomic_write_bytes(tmp / "a.toml", b"x")


def _save_new(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    atomic_write_bytes(tmp / "n.toml", b"x", exclusive=True)


def _export(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with atomic_writer(tmp / "e.json") as out:
        out.write(b"x")


def _bulk(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_new_files([(tmp / "b" / "1.toml", b"x"), (tmp / "b" / "2.toml", b"y")])


def _bulk_elsewhere(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")  # one fsync per file
    _bulk(tmp, monkeypatch)


def _read(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "r.toml").write_bytes(b"x")
    assert read_bytes_limited(tmp / "r.toml", 1024) == b"x"


def _read_error(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "r.toml").write_bytes(b"x")
    with monkeypatch.context() as patched:
        patched.setattr(os, "read", _fail_with(errno.EIO))
        with pytest.raises(MijError):
            read_bytes_limited(tmp / "r.toml", 1024)


def _open_a_fifo(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp / "pipe")
    refused = _at_once(lambda: open_regular_file(tmp / "pipe"), tmp / "pipe")
    assert isinstance(refused, OSError) and refused.errno == errno.EINVAL


def _stream_to_a_file(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "file").write_bytes(b"")
    with pytest.raises(MijError), stream_writer(tmp / "file"):
        pass


@pytest.mark.parametrize("operation", [_save, _save_new, _export, _bulk, _bulk_elsewhere,
                                       _read, _read_error, _open_a_fifo, _stream_to_a_file],
                         ids=lambda op: op.__name__.strip("_"))
def test_no_descriptor_is_left_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    operation: Callable[[Path, pytest.MonkeyPatch], None]) -> None:
    operation(tmp_path, monkeypatch)  # once first: whatever is opened once for all stays
    again = tmp_path / "again"
    again.mkdir()
    with _no_descriptor_left():
        operation(again, monkeypatch)


# --- places named for output -------------------------------------------------------------


def _no_real_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output that is no file at all (closed, or replaced as here). Set in the
    test itself: pytest puts its own capture back between a fixture and the test."""
    monkeypatch.setattr(sys, "stdout", io.StringIO())


def test_what_a_place_named_for_output_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_real_stdout(monkeypatch)
    regular = tmp_path / "file.json"
    regular.write_bytes(b"")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    to_null = tmp_path / "null-link"
    to_null.symlink_to("/dev/null")
    assert output_kind(tmp_path / "new.json") == OUTPUT_NEW
    assert output_kind(regular) == OUTPUT_FILE
    assert output_kind(fifo) == OUTPUT_STREAM
    assert output_kind(Path("/dev/null")) == OUTPUT_STREAM
    assert output_kind(to_null) == OUTPUT_STREAM  # a link to a device is followed


def test_standard_output_is_recognised_through_its_link(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """As `mij export -o /dev/stdout > file`: the file is stdout, not a file to replace."""
    redirected = tmp_path / "redirected"
    with open(redirected, "w") as handle:
        monkeypatch.setattr(sys, "stdout", handle)
        link = tmp_path / "stdout"
        link.symlink_to(redirected)
        assert output_kind(link) == OUTPUT_STDOUT
        assert output_kind(redirected) == OUTPUT_FILE
    ours, other = os.pipe(), os.pipe()  # as `mij export -o /dev/fd/N | ...` and `>(...)`
    try:
        with os.fdopen(os.dup(ours[1]), "w") as piped:
            monkeypatch.setattr(sys, "stdout", piped)
            assert output_kind(Path(f"/dev/fd/{ours[1]}")) == OUTPUT_STDOUT
            assert output_kind(Path(f"/dev/fd/{other[1]}")) == OUTPUT_STREAM
    finally:
        for fd in (*ours, *other):
            os.close(fd)


def _a_socket(where: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(where))
    server.close()
    return where


@pytest.mark.parametrize(("kind", "words"), [
    ("folder", "is a folder; please name a file."),
    ("link-to-file", "is a symbolic link; mi-journal will not write through it."),
    ("link-to-folder", "is a symbolic link; mi-journal will not write through it."),
    ("dangling-link", "is a symbolic link; mi-journal will not write through it."),
    ("socket", "is not a regular file, a pipe or a terminal (it is a socket), so nothing"),
    ("inside-a-file", "could not write"),
])
def test_places_never_written_are_refused_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  kind: str, words: str) -> None:
    _no_real_stdout(monkeypatch)
    regular = tmp_path / "file.json"
    regular.write_bytes(b"mine")
    place = {
        "folder": tmp_path,
        "link-to-file": tmp_path / "link",
        "link-to-folder": tmp_path / "folder-link",
        "dangling-link": tmp_path / "dangling",
        "socket": tmp_path / "sock",
        "inside-a-file": regular / "out.json",
    }[kind]
    if kind == "link-to-file":
        place.symlink_to(regular)
    elif kind == "link-to-folder":
        place.symlink_to(tmp_path)
    elif kind == "dangling-link":
        place.symlink_to(tmp_path / "nothing")
    elif kind == "socket":
        _a_socket(place)
    with pytest.raises(MijError) as caught:
        output_kind(place)
    assert words in str(caught.value)
    assert regular.read_bytes() == b"mine"


# --- writing through a pipe or device ------------------------------------------------------


def test_a_pipe_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def export() -> None:
        with stream_writer(fifo) as out:
            out.write(b"x")

    outcome = _at_once(export, fifo)
    assert isinstance(outcome, MijError)
    assert str(outcome) == (f"nothing is reading from the pipe {fifo}; you might start its "
                            "reader first. Nothing was written.")


def test_a_place_that_cannot_be_opened_is_explained(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "pipe"
    with pytest.raises(MijError) as caught, stream_writer(missing):
        pass
    assert str(caught.value) == (f"could not write {missing}: No such file or directory; "
                                 "your previous data is unchanged.")


def test_what_became_a_regular_file_is_not_written_through(tmp_path: Path) -> None:
    """Checked again on what was opened: a file put where the pipe was is left alone."""
    swapped = tmp_path / "was-a-pipe"
    swapped.write_bytes(b"mine")
    with pytest.raises(MijError, match="changed while it was being opened"), \
            stream_writer(swapped) as out:
        out.write(b"export")
    assert swapped.read_bytes() == b"mine"


def test_a_slow_reader_gets_every_byte(tmp_path: Path) -> None:
    """Opened without waiting, then written normally: a pipe that fills up waits for
    its reader instead of failing half-way."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(reader, True)
    received = bytearray()

    def read_slowly() -> None:
        time.sleep(0.2)
        while chunk := os.read(reader, 1 << 16):
            received.extend(chunk)

    thread = threading.Thread(target=read_slowly, daemon=True)
    thread.start()
    data = bytes(range(256)) * 4096  # 1 MiB: many times what a pipe holds
    try:
        with stream_writer(fifo) as out:
            out.write(data)
    finally:
        thread.join(30)
        os.close(reader)
    assert bytes(received) == data


# --- reading -------------------------------------------------------------------------------


def test_a_regular_file_is_opened_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "entry.toml"
    path.write_bytes(b"schema = 1\n")
    fd = open_regular_file(path)
    try:
        assert os.read(fd, 100) == b"schema = 1\n"
    finally:
        os.close(fd)


def test_opening_never_waits_on_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "entry.toml"
    os.mkfifo(fifo)
    outcome = _at_once(lambda: open_regular_file(fifo), fifo)
    assert isinstance(outcome, OSError) and outcome.errno == errno.EINVAL


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_opening_refuses_a_link_and_a_folder(tmp_path: Path, kind: str) -> None:
    real = tmp_path / "real.toml"
    real.write_bytes(b"x")
    path = tmp_path / "entry.toml"
    if kind == "link":
        path.symlink_to(real)
    else:
        path.mkdir()
    with pytest.raises(OSError) as caught:
        open_regular_file(path)
    assert caught.value.errno == (errno.ELOOP if kind == "link" else errno.EINVAL)


def test_a_missing_file_is_reported_as_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bytes_limited(tmp_path / "goals.toml", 1024)


def test_a_file_that_cannot_be_looked_at_is_explained(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    path = tmp_path / "file" / "goals.toml"
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 1024)
    assert str(caught.value) == f"could not read {path}: Not a directory"


def test_a_link_is_named_as_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.toml").write_bytes(b"x")
    path = tmp_path / "goals.toml"
    path.symlink_to(tmp_path / "real.toml")
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 1024)
    assert str(caught.value) == f"{path} is a symbolic link; mi-journal does not follow links."


def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The first check, on the name: opening a FIFO (even without waiting) would wake a
    program waiting to write into it, and leave it writing into a closed pipe."""
    opened: list[str] = []
    real = files_mod.open_regular_file
    def noting(path: str | Path) -> int:
        opened.append(str(path))
        return real(path)

    monkeypatch.setattr(files_mod, "open_regular_file", noting)
    fifo = tmp_path / "goals.toml"
    os.mkfifo(fifo)
    with pytest.raises(MijError) as caught:
        read_bytes_limited(fifo, 1024)
    assert str(caught.value) == f"{fifo} is not a regular file."
    assert opened == []


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Bytes returned by each os.read."""
    sizes: list[int] = []
    real = os.read

    def read(fd: int, n: int) -> bytes:
        data = real(fd, n)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(os, "read", read)
    return sizes


def test_a_file_known_to_be_too_large_is_not_read(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.toml"
    with open(big, "wb") as handle:
        handle.truncate(3 * MIB + 1)  # sparse: large, but costs no disk
    reads = _count_reads(monkeypatch)
    with pytest.raises(MijError) as caught:
        read_bytes_limited(big, 3 * MIB)
    assert str(caught.value) == f"{big} is larger than 3 MiB; it was not read."
    assert reads == []


def test_the_limit_itself_is_allowed(tmp_path: Path) -> None:
    exact = tmp_path / "exact.toml"
    exact.write_bytes(b"z" * MIB)
    assert read_bytes_limited(exact, MIB) == b"z" * MIB
    exact.write_bytes(b"z" * (MIB + 1))
    with pytest.raises(MijError, match="larger than 1 MiB"):
        read_bytes_limited(exact, MIB)


def test_a_file_is_read_in_large_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "entry.toml"
    path.write_bytes(b"q" * 100_000)
    reads = _count_reads(monkeypatch)
    assert read_bytes_limited(path, 16 * MIB) == b"q" * 100_000
    assert len(reads) <= 3  # the data, then the end: not a byte at a time


def _after_lstat(monkeypatch: pytest.MonkeyPatch, path: Path, change: Callable[[], object]) -> None:
    """Change `path` just after read_bytes_limited looked at it (a race, made certain)."""
    real = os.lstat
    done: list[bool] = []

    def lstat(name: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        info = real(name, *args, **kwargs)
        if str(name) == str(path) and not done:
            done.append(True)
            change()
        return info

    monkeypatch.setattr(os, "lstat", lstat)


def test_a_file_that_grows_past_the_limit_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "entry.toml"
    path.write_bytes(b"small")
    _after_lstat(monkeypatch, path, lambda: path.write_bytes(b"g" * (3 * MIB)))
    reads = _count_reads(monkeypatch)
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 2 * MIB)
    assert str(caught.value) == f"{path} is larger than 2 MiB; it was not read."
    assert sum(reads) == 2 * MIB + 1  # one byte past the limit is enough to know


@pytest.mark.parametrize("change", ["removed", "link", "fifo"])
def test_a_file_changed_between_look_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              change: str) -> None:
    """The second check, on what was opened: a swap after the first gains nothing,
    and each outcome is told as what it is."""
    path = tmp_path / "goals.toml"
    path.write_bytes(b"schema = 1\n")
    outside = tmp_path / "outside.toml"
    outside.write_bytes(b"not yours")

    def swap() -> None:
        path.unlink()
        if change == "link":
            path.symlink_to(outside)
        elif change == "fifo":
            os.mkfifo(path)

    _after_lstat(monkeypatch, path, swap)
    if change == "removed":
        with pytest.raises(FileNotFoundError):
            read_bytes_limited(path, 1024)
        return
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 1024)
    assert str(caught.value) == {
        "link": f"{path} is a symbolic link; mi-journal does not follow links.",
        "fifo": f"{path} is not a regular file.",
    }[change]


def test_a_file_that_cannot_be_opened_is_explained(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "goals.toml"
    path.write_bytes(b"schema = 1\n")
    real_open = os.open

    def refused(name: Any, *args: Any, **kwargs: Any) -> int:
        if str(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 1024)
    assert str(caught.value) == f"could not read {path}: Permission denied"


def test_a_read_error_is_reported_not_a_part_returned(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "goals.toml"
    path.write_bytes(b"schema = 1\n")
    monkeypatch.setattr(os, "read", _fail_with(errno.EIO))
    with pytest.raises(MijError) as caught:
        read_bytes_limited(path, 1024)
    assert str(caught.value) == f"could not read {path}: Input/output error"


# --- bulk writes -----------------------------------------------------------------------------


def test_a_bulk_write_inside_a_linked_data_folder_works(tmp_path: Path) -> None:
    """The data folder may be a link (to another disk); only folders below it are checked."""
    real = tmp_path / "real"
    real.mkdir()
    home = tmp_path / "home"
    home.symlink_to(real, target_is_directory=True)
    target = home / "entries" / "2026" / "01" / "20260101-000000-abcd.toml"
    assert write_new_files([(target, b"x")], inside=home) == [True]
    assert (real / "entries" / "2026" / "01" / target.name).read_bytes() == b"x"


def test_a_failed_bulk_write_of_one_file_is_explained(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files_mod, "_write_all", _fail_with(errno.ENOSPC))
    folder = tmp_path / "entries"
    with pytest.raises(MijError) as caught:
        write_new_files([(folder / "one.toml", b"x")])
    assert str(caught.value) == (f"could not write {folder}: the disk is full; "
                                 "your previous data is unchanged.")
    assert list(folder.iterdir()) == []

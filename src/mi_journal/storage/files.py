"""Crash-safe file primitives: private folders, atomic replace, refusing symlinks.

Every write goes to a temporary file in the destination folder, is flushed and
fsynced, then renamed over the destination with `os.replace`, and the folder is
fsynced so the rename itself survives a power cut. A reader therefore sees the
old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from mi_journal.core.errors import FileRefused, FileTooLarge, MijError
from mi_journal.messages import storage as storage_msg

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"


def os_error_reason(exc: OSError) -> str:
    """Why an operating-system call did not work, in plain words (shared by every message)."""
    return storage_msg.OS_ERROR_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def describe_os_error(path: Path, exc: OSError) -> str:
    return storage_msg.could_not_write(path, os_error_reason(exc))


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) as 0700 folders, whatever the umask."""
    if path.is_symlink():
        raise MijError(storage_msg.link_not_written_through(path))
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
        except OSError as exc:
            raise MijError(describe_os_error(folder, exc)) from None
        with contextlib.suppress(OSError):
            os.chmod(folder, DIR_MODE)


def temp_name_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def is_temp_file(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


# Exactly the names temp_name_for() makes: ".<name>.<8 hex digits>.tmp".
_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")
STALE_TEMP_SECONDS = 60.0


def stale_temp_files(folder: Path, older_than: float = STALE_TEMP_SECONDS,
                     names: re.Pattern[str] | None = None) -> list[Path]:
    """Temporary files a killed writer left in `folder`, untouched for `older_than` s.

    A write in progress renames its temporary file within moments, so anything
    this old was abandoned. Only regular files with exactly our temp names (or, when
    given, `names`: another writer's temp names, such as SQLite's) count.
    """
    wanted = _TEMP_NAME if names is None else names
    found: list[Path] = []
    limit = time.time() - older_than
    try:
        items = list(os.scandir(folder))
    except OSError:
        return found
    for item in items:
        if not wanted.match(item.name):
            continue
        try:
            info = item.stat(follow_symlinks=False)
        except OSError:
            continue
        if is_stale_temp(item.name, info, limit, wanted):
            found.append(Path(item.path))
    return found


def is_stale_temp(name: str, info: os.stat_result, limit: float,
                  names: re.Pattern[str] | None = None) -> bool:
    """`stale_temp_files`' rule for one file already looked at (`info`, not following
    links): our temp name (or `names`), a regular file, untouched since `limit`."""
    wanted = _TEMP_NAME if names is None else names
    return bool(wanted.match(name)) and stat.S_ISREG(info.st_mode) and info.st_mtime < limit


def sweep_temp_files(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove abandoned temporary files from `folder`; returns how many went."""
    removed = 0
    for path in stale_temp_files(folder, older_than):
        try:
            os.unlink(path)
            removed += 1
        except OSError:
            pass
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # Not possible on every platform (e.g. Windows); the data is already synced.
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_file(path: Path) -> None:
    """Unlink `path`, then sync its folder so the removal outlasts a crash. The
    unlink's OSError (FileNotFoundError included) goes to the caller."""
    os.unlink(path)
    _fsync_dir(path.parent)


def refuse_symlink(path: Path) -> None:
    if path.is_symlink():
        raise MijError(storage_msg.link_not_written_through(path))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


# Folders on some file systems (FAT, some network and sync mounts) cannot hold
# hard links; there a new file is renamed into place after checking the name.
_NO_HARD_LINKS = {errno.EPERM, getattr(errno, "ENOTSUP", -1), getattr(errno, "EOPNOTSUPP", -1),
                  errno.ENOSYS}


def _link_into_place(temp: Path, path: Path) -> None:
    """Give the finished temp file its final name without ever replacing a file."""
    try:
        os.link(temp, path)  # Fails instead of replacing if the name appeared meanwhile.
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
        os.rename(temp, path)
        return
    # Saved. A temp name that cannot be removed now is swept later.
    with contextlib.suppress(OSError):
        os.unlink(temp)


def atomic_write_bytes(
    path: Path, data: bytes, *, exclusive: bool = False, sweep: bool = False
) -> None:
    """Write `data` to `path` atomically, 0600, in a 0700 folder.

    With `exclusive`, an existing file is never replaced (new entries use this).
    With `sweep`, abandoned temporary files of earlier saves in the same folder
    are removed first: only for folders inside the data folder, never for a
    place the person chose (such as `mij export -o`).
    On any error the destination is unchanged and the temporary file is removed.
    """
    with _temp_beside(path, exclusive=exclusive, sweep=sweep) as fd:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, *, exclusive: bool = False) -> Iterator[BinaryIO]:
    """`atomic_write_bytes` for data written bit by bit: `with atomic_writer(p) as out:`.

    The data goes to a 0600 temporary file in the same folder; when the block
    ends without error it is synced and given its name (never replacing a file
    with `exclusive`), then the folder is synced. On any error, the destination
    is unchanged and the temporary file is removed.
    """
    with (
        _temp_beside(path, exclusive=exclusive) as fd,
        os.fdopen(fd, "wb", buffering=1 << 16) as out,
    ):
        yield out
        out.flush()
        os.fsync(out.fileno())


# What a place the person names for output (`mij export -o PATH`) is.
OUTPUT_NEW = "new"  # nothing there yet: a new file, written atomically
OUTPUT_FILE = "file"  # a regular file: replaced only atomically, and only when asked
OUTPUT_STDOUT = "stdout"  # this program's own standard output (/dev/stdout, /dev/fd/1)
OUTPUT_STREAM = "stream"  # a pipe, terminal or other character device: written through


def output_kind(path: Path) -> str:
    """What `path` is as a place to write to; MijError for a place never written.

    Only a regular file is ever replaced (atomically). A pipe (a FIFO, or the
    /dev/fd/N link of process substitution) or a character device (/dev/null, a
    terminal) is written through, never replaced. A link is followed only to such
    a pipe or device, or to this program's standard output.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return OUTPUT_NEW
    except OSError as exc:
        raise MijError(describe_os_error(path, exc)) from None
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except OSError:
            raise MijError(storage_msg.link_not_written_through(path)) from None
        if _is_stdout(info):  # /dev/stdout, whether a pipe, a terminal or a file
            return OUTPUT_STDOUT
        if not _is_stream(info):
            raise MijError(storage_msg.link_not_written_through(path))
    elif stat.S_ISREG(info.st_mode):
        return OUTPUT_FILE
    if _is_stream(info):
        return OUTPUT_STDOUT if _is_stdout(info) else OUTPUT_STREAM
    if stat.S_ISDIR(info.st_mode):
        raise MijError(storage_msg.output_is_folder(path))
    raise MijError(storage_msg.output_kind_refused(path, _file_type(info)))


def _is_stdout(info: os.stat_result) -> bool:
    try:
        return os.path.samestat(info, os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError, AttributeError):
        return False  # no real standard output (closed, or replaced in a test)


def _is_stream(info: os.stat_result) -> bool:
    return stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)


def _file_type(info: os.stat_result) -> str:
    mode = info.st_mode
    if stat.S_ISBLK(mode):
        return "a disk or other block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a kind of file mi-journal writes to"


@contextlib.contextmanager
def stream_writer(path: Path) -> Iterator[BinaryIO]:
    """Write through to a pipe or character device at `path`, never replacing it.

    Opened without blocking, so a pipe nobody reads is a clear message instead of
    a hang; what was opened is checked again, then written to normally.
    """
    flags = (os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_CLOEXEC", 0))
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise MijError(storage_msg.pipe_has_no_reader(path)) from None
        raise MijError(describe_os_error(path, exc)) from None
    try:
        opened = os.fstat(fd)
        if not _is_stream(opened):
            raise MijError(storage_msg.changed_while_opening(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "wb", buffering=1 << 16) as out:
        yield out
        out.flush()


@contextlib.contextmanager
def _temp_beside(path: Path, *, exclusive: bool, sweep: bool = False) -> Iterator[int]:
    """The one way a file is saved: yield the descriptor of a new 0600 temporary
    file beside `path`; the caller writes, syncs and closes it. When the block
    ends without error the file takes `path`'s name (never replacing a file with
    `exclusive`) and the folder is synced; on any error it is removed.
    """
    ensure_private_dir(path.parent)
    refuse_symlink(path)
    if sweep:
        sweep_temp_files(path.parent)
    if exclusive and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "already exists", str(path))
    temp = temp_name_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(temp, flags, FILE_MODE)
    except OSError as exc:
        raise MijError(describe_os_error(path, exc)) from None
    try:
        with contextlib.suppress(AttributeError, OSError):
            os.fchmod(fd, FILE_MODE)
        yield fd
        if exclusive:
            _link_into_place(temp, path)
        else:
            os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, FileExistsError):
            raise
        if isinstance(exc, OSError):
            raise MijError(describe_os_error(path, exc)) from None
        raise
    _fsync_dir(path.parent)


_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def open_regular_file(path: str | Path) -> int:
    """Open `path` for reading and return the descriptor, only if it is a regular file.

    The one way a file is opened for reading: O_NONBLOCK, so a FIFO or a device
    named like a data file never makes the program wait, and the type is checked
    on what was opened (a swap between a check and the open gains nothing).
    Raises OSError (ELOOP for a link, EINVAL for anything but a regular file).
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes_limited(path: Path, limit: int) -> bytes:
    """Read a regular file, refusing links and anything larger than `limit`.

    The checks are made on the opened file itself (no link followed, no
    waiting on a FIFO), so swapping the file between check and read gains nothing.
    """
    too_big = storage_msg.too_large_to_read(path, limit // (1024 * 1024))
    linked = storage_msg.link_not_followed(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise MijError(storage_msg.could_not_read(path, exc.strerror)) from None
    if stat.S_ISLNK(info.st_mode):
        raise FileRefused(path, linked)
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(path, storage_msg.not_a_regular_file(path))
    if info.st_size > limit:
        raise FileTooLarge(path, too_big)
    try:
        fd = open_regular_file(path)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileRefused(path, linked) from None
        if exc.errno == errno.EINVAL:
            raise FileRefused(path, storage_msg.not_a_regular_file(path)) from None
        raise MijError(storage_msg.could_not_read(path, exc.strerror)) from None
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise MijError(storage_msg.could_not_read(path, exc.strerror)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise MijError(too_big)
    return b"".join(chunks)


def _durability_barrier(temps: list[Path]) -> None:
    """Make the data of every file in `temps` durable before any is renamed.

    On Linux one sync() flushes them all at once, far cheaper than one fsync
    each for thousands of files; elsewhere each file is fsynced.
    """
    if sys.platform.startswith("linux"):
        os.sync()
        return
    for temp in temps:
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def refuse_linked_folders(path: Path, inside: Path) -> None:
    """Refuse if any folder between `inside` (excluded) and `path` is a symbolic link.

    The data folder itself may be a link (e.g. to another disk); the folders
    mi-journal makes inside it are never followed through one.
    """
    folder = path.parent
    while folder != inside and folder != folder.parent:
        refuse_symlink(folder)
        folder = folder.parent


def write_new_files(items: list[tuple[Path, bytes]], *, inside: Path | None = None) -> list[bool]:
    """Create many new files at once, each atomically; never replaces a file.

    For bulk work such as imports. Every file is written to a temporary name,
    all data is made durable, and only then does each get its final name, so a
    crash leaves each file either absent or complete. Returns, per item,
    whether it was created (False: a file of that name already existed).
    With `inside` (the data folder), no folder below it may be a symbolic link.
    """
    created = [False] * len(items)
    temps: list[tuple[int, Path]] = []
    folders: set[Path] = set()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        for index, (path, data) in enumerate(items):
            if path.parent not in folders:
                if inside is not None:
                    refuse_linked_folders(path, inside)
                ensure_private_dir(path.parent)
                folders.add(path.parent)
            refuse_symlink(path)
            if os.path.lexists(path):
                continue
            temp = temp_name_for(path)
            try:
                fd = os.open(temp, flags, FILE_MODE)
            except OSError as exc:
                raise MijError(describe_os_error(path, exc)) from None
            temps.append((index, temp))
            try:
                with contextlib.suppress(AttributeError, OSError):
                    os.fchmod(fd, FILE_MODE)
                _write_all(fd, data)
            finally:
                os.close(fd)
        _durability_barrier([temp for _, temp in temps])
        for index, temp in temps:
            try:
                _link_into_place(temp, items[index][0])
                created[index] = True
            except FileExistsError:
                pass
    except OSError as exc:
        raise MijError(describe_os_error(items[0][0].parent, exc)) from None
    finally:
        for _, temp in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    for folder in folders:
        _fsync_dir(folder)
    return created

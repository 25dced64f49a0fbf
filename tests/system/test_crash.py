"""Kill test: writers SIGKILLed at random moments never lose a reported
write, never leave a file that does not parse, and never leave a temp file
that is taken for an entry. Abandoned temp files are swept later."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.storage.files import is_temp_file, stale_temp_files, sweep_temp_files
from tests.conftest import Cli
from tests.system._writers import ALL_OPS, Checker, parse_report, start_writer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _wait_ready(proc, timeout: float = 30.0) -> bytes:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buffer = b""
    deadline = time.monotonic() + timeout
    while b"READY\n" not in buffer:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, "writer did not start"
        chunk = os.read(fd, 65536)
        assert chunk, proc.stderr.read().decode() if proc.stderr else "writer ended"
        buffer += chunk
    return buffer


def run_rounds(home: Path, rounds: int, seed: int,
               ops: tuple[str, ...] = ALL_OPS,
               enough: Callable[[Checker], bool] | None = None,
               most: int = 0) -> Checker:
    """Kill `rounds` writers; then, while `enough` says the writes that finished
    cannot prove every kind yet (a slow or busy machine), go on up to `most` rounds."""
    rng = random.Random(seed)
    checker = Checker(Paths(home=home))
    temps_seen: set[Path] = set()
    checker.kills_mid_write = 0
    number = -1
    while True:
        number += 1
        if number >= rounds and (enough is None or enough(checker) or number >= most):
            break
        turn = number % len(ops)  # each round starts with another kind of write
        proc = start_writer(home, f"r{number}", bulk=rng.choice([1, 20, 400]),
                            ops=(*ops[turn:], *ops[:turn]))
        head = _wait_ready(proc)
        # Past the planned rounds the machine is too busy for saves to finish in
        # 0.2 s, so later kills wait longer (up to 2 s): early kills still happened,
        # and the late ones let each kind of write finish and be checked.
        late = max(0, number - rounds)
        time.sleep(rng.uniform(0.0, min(2.0, 0.2 * (1 + late / 8))))
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err.decode()
        assert b"Traceback" not in err, err.decode()
        checker.want.merge(parse_report(head + rest))
        checker.check()
        temps = {p for p in home.rglob(".*") if is_temp_file(p)}
        if temps - temps_seen:  # this kill landed in the middle of a save
            checker.kills_mid_write += 1
        temps_seen |= temps
    assert checker.want.notes, "no write ever finished: the kills came too early to prove anything"
    return checker


def _every_kind_proven(checker: Checker) -> bool:
    want = checker.want
    return (len(want.notes) >= 10 and len(want.goals) >= 5
            and bool(want.interviews) and bool(want.packs))


@pytest.mark.timeout(600)  # a busy machine needs more rounds; a hang still fails
def test_kill_rounds(journal_home: Path) -> None:
    # How many writes finish before a kill depends on the machine's load, so rounds go
    # on (up to 120) until every kind of write has finished and been checked; a real
    # loss fails the check of the round it happens in, whatever the count.
    checker = run_rounds(journal_home, rounds=24, seed=int(time.time()),
                         enough=_every_kind_proven, most=120)
    assert _every_kind_proven(checker), checker.want


@pytest.mark.stress
@pytest.mark.timeout(3600)
def test_kill_rounds_stress(journal_home: Path) -> None:
    checker = run_rounds(journal_home, rounds=500, seed=int(time.time()))
    assert len(checker.want.notes) >= 250
    assert checker.kills_mid_write >= 1  # some kills really did interrupt a save


def test_leftover_temp_files_are_swept_on_a_later_write(journal_home: Path) -> None:
    from mi_journal.journal.notes import add_note

    paths = Paths(home=journal_home)
    first = add_note(paths, "first")
    folder = paths.entries / first.id[:4] / first.id[4:6]
    old_temp = folder / f".{first.id}.toml.0123abcd.tmp"
    fresh_temp = folder / ".20990101-000000-abcd.toml.89abcdef.tmp"
    look_alike = folder / ".notes.txt.tmp"  # not one of our names: left alone
    old_goals_temp = journal_home / ".goals.toml.deadbeef.tmp"
    for path in (old_temp, fresh_temp, look_alike, old_goals_temp):
        path.write_bytes(b"partial")
    for path in (old_temp, look_alike, old_goals_temp):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    assert stale_temp_files(folder) == [old_temp]
    add_note(paths, "second")
    assert not old_temp.exists()
    assert fresh_temp.exists()  # may belong to a write in progress
    assert look_alike.exists()
    assert old_goals_temp.exists()  # another folder: swept when that folder is written
    from mi_journal.storage.goals import editing_goals

    with editing_goals(paths):
        pass
    assert not old_goals_temp.exists()


def test_sweep_never_follows_links_or_touches_folders(tmp_path: Path) -> None:
    target = tmp_path / "precious.toml"
    target.write_bytes(b"keep me")
    link = tmp_path / ".x.toml.00000000.tmp"
    link.symlink_to(target)
    folder = tmp_path / ".y.toml.11111111.tmp"
    folder.mkdir()
    past = time.time() - 3600
    os.utime(link, (past, past), follow_symlinks=False)
    os.utime(folder, (past, past))
    assert sweep_temp_files(tmp_path) == 0
    assert target.read_bytes() == b"keep me"
    assert link.is_symlink() and folder.is_dir()


def test_writer_that_finishes_reports_every_write(journal_home: Path) -> None:
    """The harness itself: an unkilled writer's reported ids are all found."""
    proc = start_writer(journal_home, "full", count=6, bulk=1)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    got = parse_report(out)
    assert len(got.notes) == 3 and len(got.goals) == 3
    checker = Checker(Paths(home=journal_home))
    checker.want = got
    assert checker.check() == 3
    checker.want.notes.add("20000101-000000-gone")
    with pytest.raises(AssertionError):
        checker.check()


def test_writer_with_every_kind_of_write(journal_home: Path) -> None:
    proc = start_writer(journal_home, "all", count=10, bulk=1, ops=ALL_OPS)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    got = parse_report(out)
    assert len(got.notes) == 2 and len(got.interviews) == 2 and len(got.goals) == 2
    assert len(got.packs) == 2 and len(got.tags) == 2
    checker = Checker(Paths(home=journal_home))
    checker.want = got
    assert checker.check() == 4
    checker.want.tags.add((next(iter(got.notes)), "never-added"))
    with pytest.raises(AssertionError):
        checker.check()


def test_writes_outside_the_data_folder_never_sweep(
    cli: Cli, journal_home: Path, tmp_path: Path
) -> None:
    """`mij export -o` writes into a folder the person chose: nothing there is removed,
    not even a file that looks like one of mi-journal's temporary files."""
    from mi_journal.journal.notes import add_note

    add_note(Paths(home=journal_home), "hello")
    theirs = tmp_path / "documents"
    theirs.mkdir()
    look_alike = theirs / ".report.json.0123abcd.tmp"
    look_alike.write_bytes(b"someone else's")
    os.utime(look_alike, (time.time() - 3600, time.time() - 3600))
    result = cli(["export", "-o", str(theirs / "export.json")])
    assert result.exit_code == 0, result.output
    assert look_alike.read_bytes() == b"someone else's"

"""`mij doctor [--fix]`: honest reports; the fix only tidies mi-journal's own
leftovers (temp files, unused locks, the index), never a person's file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.journal import doctor
from mi_journal.journal.notes import add_note
from mi_journal.messages import doctor as doctor_msg
from mi_journal.storage.goals import editing_goals, load_goals
from mi_journal.storage.models import Goal
from tests.conftest import Cli, subprocess_env

OLD = time.time() - 3600


def _journal(paths: Paths) -> list[Path]:
    notes = [add_note(paths, f"note {i}") for i in range(3)]
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with editing_goals(paths) as goals:
        goals.goals.append(Goal(id="aa", title="walk more", created=at, updated=at))
    return [paths.entries / n.id[:4] / n.id[4:6] / f"{n.id}.toml" for n in notes]


def _person_files(paths: Paths) -> dict[str, tuple[bytes, int, int]]:
    """Every file that is not mi-journal's own leftover or cache, with bytes, mtime, mode."""
    out = {}
    for path in sorted(paths.home.rglob("*")):
        if path.is_symlink() or not path.is_file() or paths.cache in path.parents:
            continue
        if path.name.endswith(".tmp"):
            continue
        info = path.stat()
        out[str(path)] = (path.read_bytes(), info.st_mtime_ns, info.st_mode)
    return out


def test_no_data_folder(cli: Cli, journal_home: Path) -> None:
    result = cli(["doctor"])
    assert result.exit_code == 0
    assert result.stdout.strip() == doctor_msg.DOCTOR_NO_FOLDER.replace("{home}", str(journal_home))
    assert not journal_home.exists()


def test_healthy_journal(cli: Cli, paths: Paths) -> None:
    _journal(paths)
    result = cli(["doctor"])
    assert result.exit_code == 0, result.output
    assert "entries: 3" in result.stdout and "goals file" in result.stdout
    assert doctor_msg.DOCTOR_PROBLEMS not in result.stdout
    report = doctor.check(paths)
    assert report.problems == []
    assert report.counts["entries"] == 3


def test_unused_lock_files_after_normal_use_are_not_listed(cli: Cli, paths: Paths) -> None:
    """Every save leaves a lock file behind; that is normal, so doctor says all is well."""
    _journal(paths)
    with __import__("mi_journal.storage.config", fromlist=["x"]).editing_config(paths):
        pass
    assert sorted(p.name for p in paths.locks.glob("*.lock"))  # normal use left some
    result = cli(["doctor"])
    assert result.exit_code == 0, result.output
    assert ".lock" not in result.stdout
    assert doctor_msg.DOCTOR_TIDY not in result.stdout
    assert doctor_msg.DOCTOR_ALL_WELL in result.stdout
    assert [f for f in doctor.check(paths).findings if f.kind == doctor.LOCK] == []
    result = cli(["doctor", "--fix"])  # --fix still tidies them away
    assert result.exit_code == 0, result.output
    assert list(paths.locks.glob("*.lock")) == []


def test_broken_entry_is_reported_with_path_and_line_and_never_touched(
    cli: Cli, paths: Paths
) -> None:
    [first, *_] = _journal(paths)
    bad = first.parent / "20260101-000000-badd.toml"
    bad.write_bytes(b'schema = 1\nid = "20260101-000000-badd"\ntags = [1,,2]\n')
    os.utime(bad, (OLD, OLD))
    bad.chmod(0o600)
    before = _person_files(paths)
    for args in (["doctor"], ["doctor", "--fix"]):
        result = cli(args)
        assert result.exit_code == 1
        assert f"unreadable: {bad}: line 3, column 11: the value after" in " ".join(
            result.stdout.split())
        assert result.stderr == f"mij: {doctor_msg.doctor_problem_count(1)}\n"
        assert _person_files(paths) == before


def test_newer_schema_and_bad_goals_are_reported(cli: Cli, paths: Paths) -> None:
    _journal(paths)
    paths.goals.write_bytes(b"schema = 9\n[[goals]]\nwhatever = 1\n")
    paths.config.write_bytes(b"schema = 1\npager = 'maybe'\n")
    paths.config.chmod(0o600)
    before = _person_files(paths)
    report = doctor.fix(paths)
    kinds = {(f.kind, f.path) for f in report.problems}
    assert (doctor.NEWER_SCHEMA, paths.goals) in kinds
    assert (doctor.UNREADABLE, paths.config) in kinds
    assert _person_files(paths) == before
    result = cli(["doctor", "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert {f["kind"] for f in data["findings"] if f["problem"]} == {"newer schema", "unreadable"}


def test_permissions_are_reported_not_changed(cli: Cli, paths: Paths) -> None:
    [first, *_] = _journal(paths)
    first.chmod(0o644)
    first.parent.chmod(0o755)
    result = cli(["doctor", "--fix"])
    assert result.exit_code == 1
    assert f"permissions: {first}: file mode 0644" in result.stdout
    assert f"permissions: {first.parent}: folder mode 0755" in result.stdout
    assert first.stat().st_mode & 0o777 == 0o644
    assert first.parent.stat().st_mode & 0o777 == 0o755


def test_orphaned_temp_files_are_removed_only_by_fix(cli: Cli, paths: Paths) -> None:
    [first, *_] = _journal(paths)
    orphan = first.parent / f".{first.name}.0123abcd.tmp"
    fresh = first.parent / f".{first.name}.89abcdef.tmp"
    look_alike = first.parent / ".my-notes.tmp"
    home_orphan = paths.home / ".goals.toml.deadbeef.tmp"
    for path in (orphan, fresh, look_alike, home_orphan):
        path.write_bytes(b"half")
        path.chmod(0o600)
    for path in (orphan, look_alike, home_orphan):
        os.utime(path, (OLD, OLD))
    report = doctor.check(paths)
    temps = {f.path for f in report.findings if f.kind == doctor.TEMP}
    assert temps == {orphan, home_orphan}
    assert orphan.exists()
    result = cli(["doctor", "--fix"])
    assert result.exit_code == 0, result.output
    assert doctor_msg.DOCTOR_FIXED in result.stdout
    assert not orphan.exists() and not home_orphan.exists()
    assert fresh.exists() and look_alike.exists()


def test_corrupt_index_is_rebuilt_by_fix(cli: Cli, paths: Paths) -> None:
    _journal(paths)
    assert cli(["list"]).exit_code == 0
    from mi_journal.index import index_path

    index = index_path(paths)
    assert index.exists()
    from mi_journal.journal.notes import note_record
    from mi_journal.storage.entries import write_new_record

    write_new_record(paths, note_record("one more, written by another program"))
    report = doctor.check(paths)
    [finding] = [f for f in report.findings if f.kind == doctor.INDEX]
    assert "1 not yet indexed" in finding.detail and not finding.problem
    index.write_bytes(b"this is not a database" * 100)
    report = doctor.check(paths)
    [finding] = [f for f in report.findings if f.kind == doctor.INDEX]
    assert finding.fixable
    before = _person_files(paths)
    fixed = doctor.fix(paths)
    assert [f.kind for f in fixed.fixed if f.kind == doctor.INDEX] == [doctor.INDEX]
    assert [f for f in fixed.findings if f.kind == doctor.INDEX] == []
    assert fixed.counts["entries in the search index"] == 4
    assert _person_files(paths) == before


def test_a_mended_entry_counts_as_not_yet_indexed_so_the_figures_add_up(
        cli: Cli, paths: Paths) -> None:
    """Walk-through: after mending a broken entry, doctor said "entries: 11", "entries in
    the search index: 9" and "1 not yet indexed": the mended file, which the index knew
    only as unreadable, was counted nowhere. Entries = in the index + not yet indexed."""
    import re

    from mi_journal.journal.notes import note_record
    from mi_journal.storage.entries import write_new_record

    files = _journal(paths)
    good = files[1].read_bytes()
    files[1].write_bytes(good.replace(b'text = "note 1"', b'text = "note\n1"'))
    assert cli(["list"]).exit_code == 0  # the index now knows it as unreadable
    report = doctor.check(paths)
    assert report.counts["entries"] == 2
    assert report.counts["entries in the search index"] == 2
    assert not [f for f in report.findings if f.kind == doctor.INDEX]
    files[1].write_bytes(good)  # mended by hand
    write_new_record(paths, note_record("one more, written by another program"))
    report = doctor.check(paths)
    assert report.counts["entries"] == 4
    assert report.counts["entries in the search index"] == 2
    [finding] = [f for f in report.findings if f.kind == doctor.INDEX]
    assert "(2 not yet indexed, 0 no longer on disk)" in finding.detail
    shown = " ".join(cli(["doctor"]).stdout.split())
    entries = re.search(r"entries: (\d+);", shown)
    indexed = re.search(r"entries in the search index: (\d+)", shown)
    missing = re.search(r"\((\d+) not yet indexed", shown)
    assert entries and indexed and missing, shown
    assert int(entries[1]) == int(indexed[1]) + int(missing[1]) == 4
    assert cli(["list"]).exit_code == 0  # brought up to date: nothing left to say
    report = doctor.check(paths)
    assert report.counts["entries"] == report.counts["entries in the search index"] == 4
    assert not [f for f in report.findings if f.kind == doctor.INDEX]


HOLDER = """
import sys, time
from mi_journal.core.paths import get_paths
from mi_journal.storage.locking import locked
with locked(get_paths().locks, "goals"):
    print("HELD", flush=True)
    time.sleep(600)
"""


def test_locks_held_are_left_and_unused_ones_removed(cli: Cli, paths: Paths) -> None:
    _journal(paths)
    with __import__("mi_journal.storage.config", fromlist=["x"]).editing_config(paths):
        pass
    holder = subprocess.Popen([sys.executable, "-c", HOLDER], env=subprocess_env(paths.home),
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "HELD\n"
        started = time.monotonic()
        result = cli(["doctor", "--fix"])
        assert time.monotonic() - started < 10
        assert result.exit_code == 0, result.output
        assert (paths.locks / "goals.lock").exists()  # held: left alone
        assert not (paths.locks / "config.lock").exists()  # unused: tidied
        assert "goals.lock: held right now by a running mi-journal" in result.stdout
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    # After the holder died its lock is unused, and removing it breaks nothing.
    assert cli(["doctor", "--fix"]).exit_code == 0
    assert not (paths.locks / "goals.lock").exists()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with editing_goals(paths) as goals:
        goals.goals.append(Goal(id="bb", title="again", created=at, updated=at))
    assert [g.id for g in load_goals(paths).goals] == ["aa", "bb"]


def test_links_inside_the_data_folder_are_reported_not_followed(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    _journal(paths)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.toml").write_text("not = [valid")
    (paths.entries / "1999").symlink_to(outside, target_is_directory=True)
    report = doctor.check(paths)
    links = [f for f in report.findings if f.kind == doctor.LINK]
    assert [f.path for f in links] == [paths.entries / "1999"]
    assert not any("secret" in str(f.path) for f in report.findings)
    assert cli(["doctor", "--fix"]).exit_code == 1
    assert (outside / "secret.toml").read_text() == "not = [valid"


def test_fix_never_changes_a_person_file_in_a_messy_folder(paths: Paths) -> None:
    files = _journal(paths)
    files[0].write_bytes(b"\x00\x01 binary garbage \xff")
    files[1].write_bytes(b"schema = 5\n")
    (paths.home / "notes-by-hand.txt").write_text("my own file")
    (paths.drafts).mkdir(mode=0o700)
    (paths.drafts / "broken.toml").write_text("[[[")
    (paths.packs).mkdir(mode=0o700)
    (paths.packs / "mine.toml").write_text("id = 3")
    before = _person_files(paths)
    report = doctor.fix(paths)
    assert len(report.problems) >= 4
    assert _person_files(paths) == before


def test_displayed_findings_are_inert(cli: Cli, paths: Paths) -> None:
    [first, *_] = _journal(paths)
    evil = first.parent / "20260101-000000-evil.toml"
    evil.write_bytes(b'schema = 1\n"\x1b[2J\xe2\x80\xae" = 1\n')  # an escaped key name
    evil2 = first.parent / "20260101-000001-evil.toml"
    evil2.write_bytes(b'schema = 1\n"\\u001b]0;title\\u0007[bold]" = 1\n')
    result = cli(["doctor"])
    assert result.exit_code == 1
    for raw in ("\x1b", "\u202e", "\x07"):
        assert raw not in result.output
    json_result = cli(["doctor", "--json"])
    assert "\x1b" not in json_result.stdout and "\x07" not in json_result.stdout
    json.loads(json_result.stdout)


@pytest.mark.parametrize("args", [["doctor"], ["doctor", "--fix"], ["doctor", "--json"]])
def test_doctor_on_a_fresh_empty_folder(cli: Cli, paths: Paths, args: list[str]) -> None:
    paths.home.mkdir(mode=0o700)
    result = cli(args)
    assert result.exit_code == 0, result.output


def test_check_changes_nothing_at_all(cli: Cli, paths: Paths) -> None:
    """Without --fix, not a byte of the data folder (cache included) changes."""
    files = _journal(paths)
    assert cli(["list"]).exit_code == 0  # an index exists
    orphan = files[0].parent / f".{files[0].name}.0123abcd.tmp"
    orphan.write_bytes(b"half")
    os.utime(orphan, (OLD, OLD))

    def everything() -> dict[str, tuple[bytes, int]]:
        return {str(p): (p.read_bytes(), p.stat().st_mtime_ns)
                for p in sorted(paths.home.rglob("*")) if p.is_file()}

    before = everything()
    for args in (["doctor"], ["doctor", "--json"]):
        cli(args)
    assert everything() == before


def test_data_folder_that_is_a_file(cli: Cli, paths: Paths) -> None:
    paths.home.write_text("not a folder")
    result = cli(["doctor", "--fix"])
    assert result.exit_code == 1
    assert f"unreadable: {paths.home}: this is not a folder" in result.stdout
    assert paths.home.read_text() == "not a folder"


def test_kept_edits_are_listed(cli: Cli, paths: Paths) -> None:
    """Issue 14, item 10c: edits kept from a refused save are named by doctor."""
    _journal(paths)
    paths.edits.mkdir(parents=True)
    kept = paths.edits / "goal-aa-20261204-101500.toml"
    kept.write_text('title = "mine"\n')
    kept.chmod(0o600)
    report = doctor.check(paths)
    [finding] = [f for f in report.findings if f.kind == doctor.KEPT_EDIT]
    assert finding.path == kept and not finding.fixable
    result = cli(["doctor"])
    assert str(kept) in result.stdout
    assert cli(["doctor", "--fix"]).exit_code in (0, 1)
    assert kept.exists()  # never removed by the fix


def test_temp_file_wording_says_what_is_true(paths: Paths) -> None:
    """Issue 14, item 10d: after a killed import the target never existed: say so."""
    [first, *_] = _journal(paths)
    beside = first.parent / f".{first.name}.0123abcd.tmp"
    orphan = first.parent / ".20261204-101500-abcdef.toml.89abcdef.tmp"
    for path in (beside, orphan):
        path.write_bytes(b"half")
        path.chmod(0o600)
        os.utime(path, (OLD, OLD))
    by_path = {f.path: f.detail for f in doctor.check(paths).findings if f.kind == doctor.TEMP}
    assert "complete without it" in by_path[beside]
    assert "complete without it" not in by_path[orphan]
    assert "20261204-101500-abcdef.toml" in by_path[orphan]
    assert "never" in by_path[orphan]

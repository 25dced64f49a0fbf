"""`mij doctor` reports only true leftovers, and names a killed index build's journal.

Before: after a plain `mij reindex`, `mij doctor --fix` said "Tidied: lock:
cache/locks/index.lock: an unused lock file, removed" and "index: rebuilt from the entry
files", as if something had been left behind (the lock file is what every save leaves,
and the rebuild made it again at once). And a build killed mid-way can leave SQLite's
`.index.sqlite3.<8 hex>.tmp-journal` beside its temporary file: doctor named the one and
not the other, and `--fix` left it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from mi_journal.journal import doctor
from mi_journal.journal.notes import add_note
from mi_journal.messages import doctor as doctor_msg

OLD = time.time() - 3600


def _build_leftovers(paths: Any, when: float = OLD) -> list[Path]:
    paths.cache.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = paths.cache / ".index.sqlite3.0123abcd.tmp"
    journal = paths.cache / ".index.sqlite3.0123abcd.tmp-journal"
    for path in (temp, journal):
        path.write_bytes(b"derived")
        path.chmod(0o600)
        os.utime(path, (when, when))
    return [temp, journal]


def test_after_a_plain_reindex_fix_reports_nothing(cli: Any, paths: Any) -> None:
    add_note(paths, "a walk after dinner")
    assert cli(["reindex"]).exit_code == 0
    checked = cli(["doctor"])
    assert checked.exit_code == 0 and doctor_msg.DOCTOR_ALL_WELL in checked.stdout
    fixed = cli(["doctor", "--fix"])
    assert fixed.exit_code == 0, fixed.output
    assert doctor_msg.DOCTOR_FIXED not in fixed.stdout
    assert "index.lock" not in fixed.stdout and "rebuilt" not in fixed.stdout
    as_json = json.loads(cli(["doctor", "--fix", "--json"]).stdout)
    assert as_json["fixed"] == [] and as_json["findings"] == []
    assert cli(["list"]).exit_code == 0  # the index still answers


def test_a_killed_builds_journal_is_named_and_removed(cli: Any, paths: Any) -> None:
    add_note(paths, "a walk after dinner")
    assert cli(["reindex"]).exit_code == 0
    temp, journal = _build_leftovers(paths)
    report = doctor.check(paths)
    named = {finding.path for finding in report.findings if finding.fixable}
    assert {temp, journal} <= named
    shown = cli(["doctor"], env={"COLUMNS": "300"})
    assert str(journal) in shown.stdout and "search-index build" in shown.stdout
    fixed = cli(["doctor", "--fix"], env={"COLUMNS": "300"})
    assert fixed.exit_code == 0, fixed.output
    assert not temp.exists() and not journal.exists()
    assert str(journal) in fixed.stdout.split(doctor_msg.DOCTOR_FIXED, 1)[1]


def test_a_fresh_build_and_look_alikes_elsewhere_are_left_alone(cli: Any, paths: Any) -> None:
    note = add_note(paths, "a walk after dinner")
    fresh = _build_leftovers(paths, when=time.time())  # a build may be running now
    month = paths.entries / note.id[:4] / note.id[4:6]
    look_alike = month / ".index.sqlite3.0123abcd.tmp-journal"  # not in cache/: not ours
    look_alike.write_bytes(b"my words")
    look_alike.chmod(0o600)
    os.utime(look_alike, (OLD, OLD))
    other = paths.cache / ".notes.sqlite3.0123abcd.tmp-journal"  # not the index's name
    other.write_bytes(b"x")
    other.chmod(0o600)
    os.utime(other, (OLD, OLD))
    assert cli(["doctor", "--fix"]).exit_code == 0
    assert all(path.exists() for path in [*fresh, look_alike, other])
    named = {finding.path for finding in doctor.check(paths).findings}
    assert look_alike not in named and other not in named

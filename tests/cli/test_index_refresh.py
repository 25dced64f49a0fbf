"""Wrong results the index gave (issue 14, item 10): an entry moved to another month
folder is found by its full id; which folders are re-checked is decided by when they
changed, not by their names."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest

import mi_journal.index.refresh as refresh_mod
from mi_journal.core.paths import Paths
from mi_journal.index import open_index, refresh_index
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Entry, EntryKind
from tests.conftest import Cli


def make_entry(paths: Paths, text: str, created: datetime) -> Entry:
    entry = Entry(id=new_entry_id(created), created=created, kind=EntryKind.note, text=text)
    path = write_new_entry(paths, entry)
    return entry.model_copy(update={"id": path.stem})


def file_of(paths: Paths, entry: Entry):
    return paths.entries / entry.id[:4] / entry.id[4:6] / f"{entry.id}.toml"


def test_an_entry_moved_to_another_month_folder_is_found_by_its_full_id(
    cli: Cli, paths: Paths
) -> None:
    moved = make_entry(paths, "moved by hand", datetime(2026, 3, 15, 12, tzinfo=UTC))
    make_entry(paths, "stays put", datetime(2026, 3, 16, 12, tzinfo=UTC))
    elsewhere = paths.entries / "2025" / "11"
    elsewhere.mkdir(parents=True, mode=0o700)
    os.replace(file_of(paths, moved), elsewhere / f"{moved.id}.toml")
    assert moved.id in cli(["list"]).output

    shown = cli(["show", moved.id])
    assert shown.exit_code == 0, shown.output
    assert "moved by hand" in shown.output

    tagged = cli(["tag", moved.id, "+found"])
    assert tagged.exit_code == 0, tagged.output
    assert (elsewhere / f"{moved.id}.toml").exists()  # changed where it is
    assert not file_of(paths, moved).exists()  # not written again in its own month
    assert "found" in cli(["show", moved.id]).output
    with open_index(paths) as ix:
        assert ix.resolve(moved.id).path == elsewhere / f"{moved.id}.toml"

    deleted = cli(["delete", moved.id, "--yes"])
    assert deleted.exit_code == 0, deleted.output
    assert not (elsewhere / f"{moved.id}.toml").exists()
    assert moved.id not in cli(["list"]).output


def test_a_moved_file_that_cannot_be_read_is_named(cli: Cli, paths: Paths) -> None:
    moved = make_entry(paths, "soon broken", datetime(2026, 3, 15, 12, tzinfo=UTC))
    elsewhere = paths.entries / "2025" / "11"
    elsewhere.mkdir(parents=True, mode=0o700)
    target = elsewhere / f"{moved.id}.toml"
    os.replace(file_of(paths, moved), target)
    target.write_text("schema = 1\nid = [\n")
    result = cli(["show", moved.id])
    assert result.exit_code == 1
    assert str(target) in result.output and "no entry with id" not in result.output


def _age(paths: Paths, seconds: float) -> None:
    past = time.time() - seconds
    for root, dirs, files in os.walk(paths.entries):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (past, past))


def test_an_in_place_edit_of_todays_note_shows_with_entries_in_the_future(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large journal (over FULL_CHECK_MAX entries) with entries dated in later months:
    the month folders changed most recently are re-checked, not the newest by name."""
    monkeypatch.setattr(refresh_mod, "FULL_CHECK_MAX", 5)
    today = datetime.now(UTC).replace(microsecond=0)
    for months in range(1, 8):  # older months, and planned entries in future months
        make_entry(paths, f"past {months}", today - timedelta(days=31 * months))
        make_entry(paths, f"planned {months}", today + timedelta(days=31 * months))
    _age(paths, 3600)
    note = make_entry(paths, "today I walked", today)
    _age(paths, 0)  # nothing is racy any more; the newest folder change is today's note
    os.utime(file_of(paths, note).parent, (time.time() - 30, time.time() - 30))
    for root, dirs, _ in os.walk(paths.entries):
        for name in dirs:
            if os.path.join(root, name) != str(file_of(paths, note).parent):
                past = time.time() - 3600
                os.utime(os.path.join(root, name), (past, past))
    refresh_index(paths)
    path = file_of(paths, note)
    size = path.stat().st_size
    path.write_text(path.read_text().replace("today I walked", "today I danced"))
    assert path.stat().st_size == size  # an in-place edit: same size, folder untouched
    later = time.time() - 10
    os.utime(path, (later, later))
    result = cli(["search", "danced"])
    assert result.exit_code == 0 and note.id in result.output
    assert "danced" in cli(["list"]).output

"""`mij import`: an id already here with different content keeps the local version, and says so."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import mi_journal.index as index_mod
from mi_journal.core.paths import Paths
from mi_journal.exporting.json_format import render_json
from mi_journal.exporting.selection import Selection, select
from mi_journal.importing.jrnl import import_jrnl_file
from mi_journal.importing.own import import_export_file
from mi_journal.importing.writing import ImportCounts, count_differing
from mi_journal.messages.importing import import_done, import_kept_local
from mi_journal.storage.entries import entry_path, iter_entry_files
from tests.conftest import Cli
from tests.export_helpers import sample_entries, write_sample

FIXED = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
JRNL = Path(__file__).parents[1] / "data" / "jrnl" / "journal.json"


def _export(paths: Paths) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(render_json(select(paths, Selection(), FIXED)))
    return doc


def _snapshot(paths: Paths) -> dict[Path, bytes]:
    files = {path: path.read_bytes() for path in iter_entry_files(paths)}
    files[paths.goals] = paths.goals.read_bytes()
    return files


def _changed_elsewhere(paths: Paths, tmp_path: Path) -> Path:
    """An export of this journal in which one entry and one goal were changed."""
    doc = _export(paths)
    doc["entries"][2]["text"] = "Written on another computer."
    doc["goals"][0]["title"] = "Renamed elsewhere"
    file = tmp_path / "changed.json"
    file.write_text(json.dumps(doc), "utf-8")
    return file


def _counts(counts: ImportCounts) -> tuple[int, ...]:
    return (counts.added, counts.present, counts.differing,
            counts.goals_added, counts.goals_present, counts.goals_differing)


# --- the domain ---------------------------------------------------------------------------


def test_differing_items_are_counted_and_kept(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    before = _snapshot(paths)
    counts = import_export_file(paths, _changed_elsewhere(paths, tmp_path))
    assert _counts(counts) == (0, 2, 1, 0, 1, 1)
    assert _snapshot(paths) == before  # Nothing local was replaced.


def test_identical_items_are_only_present(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    file = tmp_path / "same.json"
    file.write_text(json.dumps(_export(paths)), "utf-8")
    assert _counts(import_export_file(paths, file)) == (0, 3, 0, 0, 2, 0)


def test_the_same_content_written_differently_is_the_same(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    file = tmp_path / "same.json"
    file.write_text(json.dumps(_export(paths)), "utf-8")
    # A comment added by hand changes the bytes, not the entry.
    path = entry_path(paths, "20260401-120000-cccc")
    path.write_bytes(b"# kept by hand\n" + path.read_bytes())
    assert _counts(import_export_file(paths, file)) == (0, 3, 0, 0, 2, 0)


def test_an_unreadable_local_file_counts_as_differing(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    file = tmp_path / "same.json"
    file.write_text(json.dumps(_export(paths)), "utf-8")
    path = entry_path(paths, "20260401-120000-cccc")
    path.write_bytes(b"this is [not toml")
    counts = import_export_file(paths, file)
    assert (counts.added, counts.present, counts.differing) == (0, 2, 1)
    assert path.read_bytes() == b"this is [not toml"


def test_a_new_entry_is_added_beside_differing_ones(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    doc = _export(paths)
    new = dict(doc["entries"][2], id="20260402-120000-dddd", created="2026-04-02T12:00:00-05:00")
    doc["entries"][1]["tags"] = ["changed"]
    doc["entries"].append(new)
    file = tmp_path / "more.json"
    file.write_text(json.dumps(doc), "utf-8")
    counts = import_export_file(paths, file)
    assert (counts.added, counts.present, counts.differing) == (1, 2, 1)
    again = import_export_file(paths, file)
    assert (again.added, again.present, again.differing) == (0, 3, 1)


def test_busy_index_falls_back_to_the_files(paths: Paths, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_sample(paths)
    file = _changed_elsewhere(paths, tmp_path)

    def busy(*args: object, **kwargs: object) -> None:
        raise index_mod.IndexBusy("busy")

    monkeypatch.setattr(index_mod, "open_index", busy)
    assert _counts(import_export_file(paths, file)) == (0, 2, 1, 0, 1, 1)


def test_count_differing_directly(paths: Paths) -> None:
    write_sample(paths)
    entries = sample_entries()
    assert count_differing(paths, []) == 0
    assert count_differing(paths, entries) == 0
    changed = [entries[0].model_copy(update={"title": "Another title"}), entries[1]]
    assert count_differing(paths, changed) == 1


def test_jrnl_reimport_after_a_local_change(cli: Cli, paths: Paths) -> None:
    first = import_jrnl_file(paths, JRNL)
    assert first.added == 4
    one = next(iter_entry_files(paths)).stem
    assert cli(["tag", one, "+mine"]).exit_code == 0
    again = import_jrnl_file(paths, JRNL)
    assert (again.added, again.present, again.differing) == (0, 3, 1)


# --- the wording --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "goals", "expected"),
    [
        (0, 0, ""),
        (1, 0, "1 entry was already here with different content; your version was kept."),
        (3, 0, "3 entries were already here with different content; your versions were kept."),
        (0, 1, "1 goal was already here with different content; your version was kept."),
        (1, 1, "1 entry and 1 goal were already here with different content; "
               "your versions were kept."),
    ],
)
def test_kept_local_wording(entries: int, goals: int, expected: str) -> None:
    assert import_kept_local(entries, goals) == expected


def test_import_done_unchanged_without_differences() -> None:
    assert import_done(2, 1, 0, 0) == "Entries: added 2, already present 1."
    assert import_done(0, 0, 0, 0, 0, 2) == (
        "Entries: added 0, already present 0. Goals: added 0, already present 0. "
        "2 goals were already here with different content; your versions were kept.")


# --- through the command line -------------------------------------------------------------


def test_cli_says_what_was_kept(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    before = _snapshot(paths)
    result = cli(["import", str(_changed_elsewhere(paths, tmp_path))])
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        "Entries: added 0, already present 2. Goals: added 0, already present 1. "
        "1 entry and 1 goal were already here with different content; "
        "your versions were kept.")
    assert _snapshot(paths) == before
    same = tmp_path / "same.json"
    same.write_text(json.dumps(_export(paths)), "utf-8")
    plain = cli(["import", str(same)])
    assert plain.stdout.strip() == (
        "Entries: added 0, already present 3. Goals: added 0, already present 2.")

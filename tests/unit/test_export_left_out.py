"""An md/html report says near its top how many entry files could not be read and are
not in it (walk-through, December 5, 2026: only the terminal said so, and a counsellor
reading "7 entries" could not tell one was missing). The JSON export records them as
`left_out` (names only), stays importable, and `mij view` / `mij import` say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.selection import Selection, select
from mi_journal.journal.notes import add_quick_note
from mi_journal.messages.export import export_left_out
from mi_journal.messages.importing import export_file_left_out
from tests.conftest import Cli

SECRET = "the words of the broken entry"


def _journal_with_a_broken_entry(paths: Paths) -> str:
    """Three notes; the second file then gets a line broken by hand inside a quoted
    string, as a person mending it in an editor might. Returns its name below entries/."""
    add_quick_note(paths, "A calm day, walked the dog.", [])
    add_quick_note(paths, "Went to the meeting.", [])
    add_quick_note(paths, "Called my sister.", [])
    files = sorted(paths.entries.rglob("*.toml"))
    assert len(files) == 3
    broken = next(file for file in files if "Went to the meeting" in file.read_text("utf-8"))
    data = broken.read_text("utf-8")
    broken.write_text(data.replace('text = "Went to the meeting."',
                                   f'text = "Went to the\n{SECRET}."'), "utf-8")
    return broken.relative_to(paths.entries).as_posix()


def test_selection_names_the_files_left_out(paths: Paths) -> None:
    name = _journal_with_a_broken_entry(paths)
    selected = select(paths, Selection())
    assert len(selected.entries) == 2
    assert selected.left_out == [name]
    assert str(paths.entries) not in name and name.count("/") == 2


def test_left_out_line_words() -> None:
    assert export_left_out(["2026/12/a.toml"]) == (
        "One of my entry files could not be read when I exported, so it is not in this "
        "report: 2026/12/a.toml.")
    many = [f"2026/12/{n:02}.toml" for n in range(12)]
    line = export_left_out(many)
    assert line.startswith("12 of my entry files") and line.endswith("09.toml and 2 more.")
    assert "\n" not in line
    assert export_file_left_out(["a.toml"]) == (
        "This export leaves out 1 entry file that could not be read when it was made: a.toml.")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_says_so_near_the_top(cli: Cli, paths: Paths, tmp_path: Path, fmt: str) -> None:
    name = _journal_with_a_broken_entry(paths)
    out = tmp_path / f"report.{fmt}"
    result = cli(["export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 entry file could not be read" in result.stderr  # the terminal, as before
    written = out.read_text("utf-8")
    line = export_left_out([name])
    assert written.count(line) == 1
    assert "2 entries" in written
    # Near the top: before the rulers and the entries, right after the header.
    assert written.index(line) < written.index("Entries") < written.index("calm day")
    header_end = written.index("## " if fmt == "md" else "<h2>")
    assert written.index(line) < header_end  # before the first section
    assert SECRET not in written and "Went to the" not in written


def test_whole_journal_report_has_no_such_line(cli: Cli, paths: Paths) -> None:
    add_quick_note(paths, "A calm day.", [])
    for fmt in ("md", "html", "json"):
        result = cli(["export", "--format", fmt])
        assert result.exit_code == 0
        assert "could not be read" not in result.stdout and "left_out" not in result.stdout


def test_json_records_it_and_stays_importable(cli: Cli, paths: Paths, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    name = _journal_with_a_broken_entry(paths)
    file = tmp_path / "client.json"
    result = cli(["export", "-o", str(file)])
    assert result.exit_code == 0, result.output
    data = json.loads(file.read_text("utf-8"))
    assert data["left_out"] == [name] and len(data["entries"]) == 2
    assert SECRET not in file.read_text("utf-8")
    note = export_file_left_out([name])
    monkeypatch.setenv("MI_JOURNAL_HOME", str(tmp_path / "counsellor"))
    viewed = cli(["view", str(file)])
    assert viewed.exit_code == 0, viewed.output
    assert note in viewed.stdout
    assert viewed.stdout.index(note) < viewed.stdout.index("calm day")
    monkeypatch.setenv("MI_JOURNAL_HOME", str(tmp_path / "restored"))
    imported = cli(["import", str(file)])
    assert imported.exit_code == 0, imported.output
    assert "Entries: added 2, already present 0." in imported.stdout
    assert note in imported.stdout
    again = cli(["export"])
    assert "left_out" not in json.loads(again.stdout)  # nothing unreadable here


@pytest.mark.parametrize("value", ["a.toml", [1], [""], ["x" * 1001], {"a": 1}])
def test_import_refuses_a_left_out_that_is_not_names(cli: Cli, tmp_path: Path,
                                                     value: object) -> None:
    file = tmp_path / "odd.json"
    file.write_text(json.dumps({"format": "mi-journal-export", "schema": 1,
                                "left_out": value, "entries": [], "goals": []}), "utf-8")
    result = cli(["import", str(file)])
    assert result.exit_code == 1
    assert '"left_out" must be a list of file names' in result.stderr
    assert "Traceback" not in result.output


def test_names_are_shown_inert(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "odd.json"
    file.write_text(json.dumps({"format": "mi-journal-export", "schema": 1,
                                "left_out": ["2026/12/\x1b[31mred.toml"], "entries": [],
                                "goals": []}), "utf-8")
    result = cli(["view", str(file)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "red.toml" in result.stdout

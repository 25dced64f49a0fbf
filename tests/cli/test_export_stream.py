"""The streamed JSON export: the index's cached entry JSON, written piece by piece."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

import mi_journal.index as index_mod
import mi_journal.index.refresh as refresh_mod
from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.exporting import json_format
from mi_journal.exporting.json_format import render_json
from mi_journal.exporting.selection import Selection, open_json_selection, select
from mi_journal.index import EntryFilter, open_index
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.files import atomic_writer
from mi_journal.storage.record_json import entry_json
from tests.conftest import Cli
from tests.export_helpers import sample_entries, write_sample


def without_time(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if '"exported"' not in line)


def age_files(root: Path, seconds: int = 10) -> None:
    """Older than the index's racy window, so its rows are trusted as in real use."""
    past = time.time() - seconds
    for folder, dirs, files in os.walk(root):
        for name in files + dirs:
            os.utime(os.path.join(folder, name), (past, past))
    os.utime(root, (past, past))


def entry_path(paths: Paths, entry_id: str) -> Path:
    return paths.entries / entry_id[:4] / entry_id[4:6] / f"{entry_id}.toml"


# --- the cache holds exactly the export's lines -------------------------------


def test_index_holds_each_entrys_export_line(paths: Paths) -> None:
    write_sample(paths)
    expected = {entry.id: entry_json(entry) for entry in sample_entries()}
    with open_index(paths) as ix:
        lines = list(ix.entry_json())
    assert lines == [expected[key] for key in sorted(expected)]
    assert [json.loads(line)["id"] for line in lines] == sorted(expected)


def test_entry_json_batches_neither_skip_nor_repeat(paths: Paths) -> None:
    write_sample(paths)
    with open_index(paths) as ix:
        whole = list(ix.entry_json())
        for batch in (1, 2, 3, len(whole), len(whole) + 1):
            assert list(ix.entry_json(batch=batch)) == whole
        tagged = list(ix.entry_json(EntryFilter(tag="FAMILY"), batch=1))
    assert tagged and all("family" in json.loads(line)["tags"] for line in tagged)
    assert len(tagged) < len(whole)


def test_streamed_export_matches_render_json(cli: Cli, paths: Paths) -> None:
    write_sample(paths)
    for args, selection in (([], Selection()),
                            (["--no-goals"], Selection(include_goals=False)),
                            (["--tag", "family"], Selection(tag="family")),
                            (["--since", "2026-03-05"], None)):
        result = cli(["export", "--format", "json", *args])
        assert result.exit_code == 0
        if selection is None:
            doc = json.loads(result.stdout)
            assert doc["entries"] and all(e["created"] >= "2026-03-05" for e in doc["entries"])
            continue
        assert without_time(result.stdout) == without_time(render_json(select(paths, selection)))


def test_empty_selection_streams_the_same_shape(cli: Cli, paths: Paths) -> None:
    write_sample(paths)
    result = cli(["export", "--tag", "nothing-has-this", "--no-goals"])
    assert result.exit_code == 0
    assert '  "entries": [],\n  "goals": []\n}\n' in result.stdout
    assert without_time(result.stdout) == without_time(
        render_json(select(paths, Selection(tag="nothing-has-this", include_goals=False))))


def test_export_sees_a_hand_edit_in_an_old_folder_of_a_large_journal(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large-journal mode: plain reads compare only changed folders. An export
    # compares every file, so a cached line never outlives its file.
    monkeypatch.setattr(refresh_mod, "FULL_CHECK_MAX", 0)
    monkeypatch.setattr(refresh_mod, "ALWAYS_CHECKED_MONTHS", 1)
    write_sample(paths)
    base = sample_entries()[0]
    first = base.model_copy(update={"id": "20250105-120000-olds",
                                    "created": base.created.replace(year=2025, month=1)})
    write_new_entry(paths, first)
    age_files(paths.entries)
    assert json.loads(cli(["export"]).stdout)["entries"][0]["title"] == "Why it matters"
    path = entry_path(paths, first.id)
    folder_time = path.parent.stat().st_mtime_ns
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Why it matters", "Why it counts"), encoding="utf-8")
    past = time.time() - 5
    os.utime(path, (past, past))
    os.utime(path.parent, ns=(folder_time, folder_time))
    assert index_mod.refresh_index(paths).updated == 0  # A plain read skips the old folder.
    doc = json.loads(cli(["export"]).stdout)
    assert doc["entries"][0]["title"] == "Why it counts"
    assert select(paths, Selection()).entries[0].title == "Why it counts"


def test_export_lists_a_broken_file_and_leaves_it_out(cli: Cli, paths: Paths) -> None:
    write_sample(paths)
    first = sample_entries()[0]
    entry_path(paths, first.id).write_text("schema = 1\nid = \n", encoding="utf-8")
    result = cli(["export"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    # Left out, and named (only by its file) as left out.
    assert first.id not in json.dumps(doc["entries"])
    assert doc["left_out"] == [f"2026/03/{first.id}.toml"]
    assert "could not be read" in result.stderr


def test_models_rebuilt_from_the_cache_equal_the_files(paths: Paths) -> None:
    write_sample(paths)
    assert select(paths, Selection()).entries == sorted(sample_entries(), key=lambda e: e.id)


def test_open_json_selection_gives_goals_and_lines(paths: Paths) -> None:
    write_sample(paths)
    with open_json_selection(paths, Selection()) as chosen:
        lines = list(chosen.entry_lines)
        assert len(lines) == len(sample_entries())
        assert [json.loads(goal)["id"] for goal in chosen.goal_lines] == ["ab", "cd"]
        assert chosen.problems == []


# --- writing to a file ---------------------------------------------------------


def test_output_file_is_whole_or_absent(
    cli: Cli, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_sample(paths)
    target = tmp_path / "out" / "journal.json"
    real = json_format.write_json

    def half_then_fail(write, *args, **kwargs):
        write("{\n  partial")
        raise MijError("the disk is full (test).")

    monkeypatch.setattr(json_format, "write_json", half_then_fail)
    result = cli(["export", "-o", str(target)])
    assert result.exit_code == 1
    assert not target.exists()
    assert os.listdir(target.parent) == []
    monkeypatch.setattr(json_format, "write_json", real)
    result = cli(["export", "-o", str(target)])
    assert result.exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert without_time(target.read_text(encoding="utf-8")) == without_time(
        render_json(select(paths, Selection())))
    assert sorted(os.listdir(target.parent)) == ["journal.json"]


def test_atomic_writer_never_replaces_with_exclusive(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    with atomic_writer(target, exclusive=True) as out:
        out.write(b"one")
        out.write(b" two")
    assert target.read_bytes() == b"one two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError), atomic_writer(target, exclusive=True) as out:
        out.write(b"never")
    with atomic_writer(target) as out:
        out.write(b"three")
    assert target.read_bytes() == b"three"
    with pytest.raises(RuntimeError), atomic_writer(target) as out:
        out.write(b"half")
        raise RuntimeError("stop")
    assert target.read_bytes() == b"three"
    assert os.listdir(tmp_path) == ["x.json"]


# --- the screen --------------------------------------------------------------------


def test_a_reader_that_stops_early_is_fine(paths: Paths) -> None:
    from tests.conftest import mij_command, subprocess_env

    base = sample_entries()[0]
    for number in range(4):  # Far more than a pipe holds.
        entry = base.model_copy(
            update={"id": f"20260101-00000{number}-long", "text": "x" * 150_000})
        write_new_entry(paths, entry)
    env = subprocess_env(paths.home)
    proc = subprocess.Popen([*mij_command(), "export"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1) == b"{"
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert b"Traceback" not in err


# --- goals, remembered while their file is unchanged --------------------------------


def test_goal_lines_are_remembered_only_for_an_unchanged_file(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mi_journal.storage.goals as goals_mod
    from mi_journal.storage.tomlfile import dump_model
    from tests.export_helpers import sample_goals

    monkeypatch.setattr(index_mod, "RACY_SECONDS", 0)  # As the export's goals cache reads it.
    write_sample(paths)
    first = cli(["export"])
    assert [goal["id"] for goal in json.loads(first.stdout)["goals"]] == ["ab", "cd"]
    real = goals_mod.load_goals

    def no_reading(paths: Paths):
        raise AssertionError("the goals file was read again")

    monkeypatch.setattr(goals_mod, "load_goals", no_reading)
    again = cli(["export"])
    assert again.exit_code == 0
    assert without_time(again.stdout) == without_time(first.stdout)
    # Any change to the file (here a rename into place, as every save does) is seen.
    monkeypatch.setattr(goals_mod, "load_goals", real)
    goals = sample_goals()
    goals.goals[1].title = "Walk every day"
    from mi_journal.storage.files import atomic_write_bytes

    atomic_write_bytes(paths.goals, dump_model(goals))
    changed = json.loads(cli(["export"]).stdout)["goals"]
    assert changed[1]["title"] == "Walk every day"
    assert without_time(cli(["export"]).stdout) == without_time(
        render_json(select(paths, Selection())))
    paths.goals.unlink()
    assert json.loads(cli(["export"]).stdout)["goals"] == []


def test_a_broken_goals_file_is_an_error_even_after_caching(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_mod, "RACY_SECONDS", 0)  # As the export's goals cache reads it.
    write_sample(paths)
    assert cli(["export"]).exit_code == 0
    with open_index(paths) as ix:
        assert ix.db.execute("SELECT count(*) FROM goals_cache").fetchone()[0] == 1  # Cached.
    paths.goals.write_text("schema = 1\ngoals = 3\n", encoding="utf-8")
    result = cli(["export"])
    assert result.exit_code == 1
    assert result.stdout == ""


# --- without Typer ------------------------------------------------------------------------


def test_plain_export_without_typer_writes_the_same(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    from mi_journal.cli.cmd_export import export_command
    from mi_journal.cli.declare import parse
    from tests.conftest import mij_command, subprocess_env

    def _parse_fast(args: list[str]) -> dict[str, object] | None:
        return parse(export_command, args)

    write_sample(paths)
    env = subprocess_env(paths.home)
    for args in ([], ["--no-goals"], ["--tag=family", "-f", "JSON"], ["--since", "2026-03-05"]):
        fast = subprocess.run([*mij_command(), "export", *args], env=env, capture_output=True,
                              check=True)
        assert _parse_fast(args) is not None
        typer_run = cli(["export", *args])
        assert without_time(fast.stdout.decode("utf-8")) == without_time(typer_run.stdout)
    for args in (["--help"], ["extra"], ["--tag"]):
        assert _parse_fast(args) is None
    # md, html and --change-talk are read from the same declarations too (the command
    # refuses --change-talk with json itself): a real process says what Typer says.
    for args in (["--format", "md"], ["--change-talk"]):
        assert _parse_fast(args) is not None
        fast = subprocess.run([*mij_command(), "export", *args], env=env, capture_output=True)
        typer_run = cli(["export", *args])
        assert fast.returncode == typer_run.exit_code
        assert without_time(fast.stdout.decode("utf-8")) == without_time(typer_run.stdout)
        assert fast.stderr.decode("utf-8") == typer_run.stderr
    bad = subprocess.run([*mij_command(), "export", "--stage", "nope"], env=env,
                         capture_output=True)
    assert bad.returncode == 2 and bad.stderr.startswith(b"mij: unknown stage 'nope'")
    target = tmp_path / "j.json"
    subprocess.run([*mij_command(), "export", "-o", str(target)], env=env, check=True)
    again = subprocess.run([*mij_command(), "export", "-o", str(target)], env=env,
                           capture_output=True)
    assert again.returncode == 2 and b"already exists" in again.stderr


# --- files too new to trust by their time ---------------------------------------------


def test_a_new_file_is_parsed_once_while_its_bytes_stay_the_same(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mi_journal.index import refresh_index

    write_sample(paths)
    first = sample_entries()[0]
    path = entry_path(paths, first.id)
    assert refresh_index(paths).added == 3  # Just written: their times are not trusted yet.
    parsed: list[Path] = []
    real = refresh_mod.parse_entry

    def counting(target: Path):
        parsed.append(target)
        return real(target)

    monkeypatch.setattr(refresh_mod, "parse_entry", counting)
    assert refresh_index(paths).updated == 0
    assert parsed == []
    # The same size, other bytes, in the same clock tick: seen by the digest.
    text = path.read_text(encoding="utf-8")
    changed = text.replace("Why it matters", "Why it counted")
    assert len(changed) == len(text)
    stamp = path.stat()
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert refresh_index(paths).updated == 1
    assert parsed == [path]
    with open_index(paths) as ix:
        assert ix.resolve(first.id).title == "Why it counted"
    # Once its time is old enough, the row is marked settled without parsing again.
    age_files(paths.entries)
    parsed.clear()
    refresh_index(paths)
    assert parsed == []
    with open_index(paths) as ix:
        assert ix.db.execute("SELECT count(*) FROM racy").fetchone()[0] == 0
        assert ix.db.execute("SELECT count(*) FROM entries WHERE mtime_ns = -1"
                             ).fetchone()[0] == 0
    assert refresh_index(paths).updated == 0 and parsed == []

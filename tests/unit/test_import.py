"""`mij import FILE`: our own JSON export back in, all or nothing, safe to repeat."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.json_format import render_json
from mi_journal.exporting.selection import Selection, select
from mi_journal.importing.own import import_export_file, parse_export
from mi_journal.importing.reading import ImportProblem
from mi_journal.storage.entries import iter_entry_files, load_entries
from mi_journal.storage.goals import load_goals
from tests.conftest import Cli
from tests.export_helpers import sample_goals, write_sample

FIXED = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def other_home(tmp_path: Path, name: str = "other") -> Paths:
    return Paths(home=tmp_path / name)


def exported(paths: Paths) -> str:
    return render_json(select(paths, Selection(), FIXED))


def test_round_trip_is_identical(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    first = exported(paths)
    file = tmp_path / "export.json"
    file.write_text(first, "utf-8")
    target = other_home(tmp_path)
    counts = import_export_file(target, file)
    assert (counts.added, counts.present, counts.goals_added, counts.goals_present) == (3, 0, 2, 0)
    assert exported(target) == first
    again = import_export_file(target, file)
    assert (again.added, again.present, again.goals_added, again.goals_present) == (0, 3, 0, 2)
    assert exported(target) == first


def test_ids_and_times_are_kept(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    file = tmp_path / "export.json"
    file.write_text(exported(paths), "utf-8")
    target = other_home(tmp_path)
    import_export_file(target, file)
    before = {e.id: e.created for e in load_entries(paths).entries}
    after = {e.id: e.created for e in load_entries(target).entries}
    assert before == after


def test_goals_merge_by_id(paths: Paths, tmp_path: Path) -> None:
    write_sample(paths)
    doc = json.loads(exported(paths))
    doc["goals"][0]["title"] = "Changed elsewhere"
    doc["goals"].append(dict(doc["goals"][1], id="ef", title="New goal"))
    file = tmp_path / "export.json"
    file.write_text(json.dumps(doc), "utf-8")
    counts = import_export_file(paths, file)
    # "cd" is the same; "ab" differs, so it is counted apart (and kept as it was).
    assert (counts.goals_added, counts.goals_present, counts.goals_differing) == (1, 1, 1)
    goals = load_goals(paths).goals
    assert [g.id for g in goals] == ["ab", "cd", "ef"]
    assert goals[0].title == sample_goals().goals[0].title  # the saved goal wins


def _valid_doc(paths: Paths) -> dict[str, Any]:
    write_sample(paths)
    doc: dict[str, Any] = json.loads(exported(paths))
    return doc


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda d: d["entries"][2].update(kind="dream"),
            "entries[2] (id '20260401-120000-cccc'): kind",
        ),
        (lambda d: d["entries"][1]["answers"][0].update(value="seven"), "entries[1]"),
        (lambda d: d["entries"][0].update(created="2026-03-02T19:30:00"), "created"),
        (lambda d: d["entries"][0].update(surprise=1), "surprise"),
        (lambda d: d["entries"].append(copy.deepcopy(d["entries"][0])), "appears more than once"),
        (lambda d: d["goals"][1].update(status="failed"), "goals[1] (id 'cd'): status"),
        (lambda d: d["goals"].append(copy.deepcopy(d["goals"][0])), "goals[2] (id 'ab')"),
        (lambda d: d.update(schema=2), "written by a newer mi-journal"),
        (lambda d: d.update(schema="1"), "schema"),
        (lambda d: d.update(format="other"), "not a mi-journal export"),
        (lambda d: d.update(extra=True), "unknown key 'extra'"),
        (lambda d: d.update(entries={}), '"entries" must be a list'),
        (lambda d: d["entries"].append(7), "entries[3]"),
    ],
)
def test_invalid_exports_write_nothing(paths: Paths, tmp_path: Path, cli: Cli, change,
                                       words) -> None:
    doc = _valid_doc(paths)
    change(doc)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc), "utf-8")
    target = other_home(tmp_path, "fresh")
    with pytest.raises(ImportProblem) as caught:
        import_export_file(target, file)
    assert words in caught.value.message
    assert "nothing was imported" in caught.value.message
    assert not target.home.exists() or list(iter_entry_files(target)) == []
    assert not target.goals.exists()


def test_jrnl_file_gets_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="--from jrnl"):
        parse_export("x.json", {"tags": {}, "entries": []})


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b'{"a": NaN}', "NaN is not a number JSON allows"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"\xc3\x28", "not valid UTF-8 text (byte 0)"),
    ],
)
def test_unreadable_json(cli: Cli, tmp_path: Path, raw, words) -> None:
    file = tmp_path / "x.json"
    file.write_bytes(raw)
    result = cli(["import", str(file)])
    assert result.exit_code == 1
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_round_trip(cli: Cli, paths: Paths, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    write_sample(paths)
    file = tmp_path / "out.json"
    assert cli(["export", "-o", str(file)]).exit_code == 0
    monkeypatch.setenv("MI_JOURNAL_HOME", str(tmp_path / "second"))
    first = cli(["import", str(file)])
    assert first.exit_code == 0
    assert "Entries: added 3, already present 0. Goals: added 2, already present 0." in first.stdout
    second = cli(["import", str(file)])
    assert "Entries: added 0, already present 3." in second.stdout
    doc1 = json.loads(file.read_text("utf-8"))
    doc2 = json.loads(cli(["export"]).stdout)
    del doc1["exported"], doc2["exported"]
    assert doc1 == doc2


def test_cli_bad_source(cli: Cli, tmp_path: Path) -> None:
    result = cli(["import", "--from", "dayone", str(tmp_path / "x.json")])
    assert result.exit_code == 2


def test_present_entries_are_not_encoded_again(paths: Paths, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.importing import writing

    write_sample(paths)
    file = tmp_path / "export.json"
    file.write_text(exported(paths), "utf-8")
    calls: list[str] = []
    real = writing.prepare

    def counting(entry):
        calls.append(entry.id)
        return real(entry)

    monkeypatch.setattr(writing, "prepare", counting)
    target = other_home(tmp_path)
    import_export_file(target, file)
    assert len(calls) == 3
    import_export_file(target, file)
    assert len(calls) == 3


def test_an_entry_that_cannot_be_stored_stops_everything(paths: Paths, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.core.errors import MijError
    from mi_journal.importing import writing

    write_sample(paths)
    file = tmp_path / "export.json"
    file.write_text(exported(paths), "utf-8")
    real = writing.prepare

    def refuse_last(entry):
        if entry.id.endswith("cccc"):
            raise MijError("this text cannot be stored faithfully as TOML")
        return real(entry)

    monkeypatch.setattr(writing, "prepare", refuse_last)
    target = other_home(tmp_path)
    with pytest.raises(ImportProblem, match=r"entries\[2\] \(id '20260401-120000-cccc'\): this"):
        import_export_file(target, file)
    assert not target.home.exists() or list(iter_entry_files(target)) == []


def test_view_shows_a_file_without_importing(cli: Cli, paths: Paths, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write_sample(paths)
    file = tmp_path / "out.json"
    assert cli(["export", "-o", str(file)]).exit_code == 0
    monkeypatch.setenv("MI_JOURNAL_HOME", str(tmp_path / "counsellor"))
    result = cli(["view", str(file)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{file}: a mij export from 2026-")
    assert "  - Walk more" in result.stdout and "# " not in result.stdout
    assert "\x1b" not in result.stdout
    assert not (tmp_path / "counsellor" / "entries").exists()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mi-journal-export", "schema": 1, "entries": [{}]}', "utf-8")
    result = cli(["view", str(bad)])
    assert result.exit_code == 1 and "entries[0]" in result.stderr
    # view never imports, so it does not say "nothing was imported".
    assert "imported" not in result.stderr and "cannot be shown" in result.stderr
    bad.write_text("not json", "utf-8")
    result = cli(["view", str(bad)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "not valid JSON" in result.stderr and "imported" not in result.stderr
    result = cli(["import", str(bad)])
    assert result.exit_code == 1 and "nothing was imported" in result.stderr

"""`mij import --from jrnl`: jrnl's --format json, fixtures in tests/data/jrnl/."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.importing.jrnl import (
    JrnlEntry,
    fingerprint,
    import_jrnl_file,
    local_time,
    parse_jrnl,
    to_entry,
)
from mi_journal.importing.reading import ImportProblem
from mi_journal.storage.entries import iter_entry_files, load_entries
from mi_journal.storage.models import Entry, EntryKind
from tests.conftest import Cli

DATA = Path(__file__).parents[1] / "data" / "jrnl"


def entries_by_text(paths: Paths) -> dict[str, Entry]:
    loaded = load_entries(paths)
    assert loaded.problems == []
    return {entry.text: entry for entry in loaded.entries if entry.text is not None}


def test_fixture_imports_text_exactly(paths: Paths) -> None:
    counts = import_jrnl_file(paths, DATA / "journal.json")
    assert (counts.added, counts.present) == (4, 0)
    raw = json.loads((DATA / "journal.json").read_text("utf-8"))["entries"]
    found = entries_by_text(paths)
    for item in raw:
        expected = item["title"] + "\n" + item["body"] if item["body"] else item["title"]
        assert expected in found, expected
    cafe = found[raw[1]["title"] + "\n" + raw[1]["body"]]
    assert cafe.text is not None
    assert cafe.text.startswith("Café with Zoë — “quiet” morning 🍵\n")
    assert "日本語" in cafe.text
    assert cafe.tags == ["@c++", "@café", "@os/2", "starred"]
    assert cafe.kind is EntryKind.imported
    assert cafe.source is not None and cafe.source.startswith("jrnl:")
    first = found[raw[0]["title"] + "\n" + raw[0]["body"]]
    assert first.text is not None
    assert "anna.smith@example.org" in first.text
    assert first.text.endswith("tab\tand trailing space ")
    assert found["Only a title, no body."].tags == []


def test_dates_are_local_wall_time(paths: Paths) -> None:
    import_jrnl_file(paths, DATA / "journal.json")
    created = sorted(e.created for e in load_entries(paths).entries)
    wall = [c.strftime("%Y-%m-%d %H:%M") for c in created]
    assert wall == ["2023-01-15 21:07", "2023-07-02 08:30", "2023-07-02 23:59", "2024-02-29 00:00"]
    assert all(c.tzinfo is not None for c in created)


def test_offset_is_the_one_for_that_date(new_york: None) -> None:
    winter = local_time(JrnlEntry("t", "", "2023-01-15", "21:07", (), False))
    summer = local_time(JrnlEntry("t", "", "2023-07-02", "08:30", (), False))
    assert winter.utcoffset() == timedelta(hours=-5)
    assert summer.utcoffset() == timedelta(hours=-4)
    assert (winter.hour, winter.minute) == (21, 7)


def test_importing_twice_adds_nothing(paths: Paths, cli: Cli) -> None:
    first = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert first.exit_code == 0
    assert "added 4, already present 0" in first.output
    before = sorted(p.name for p in iter_entry_files(paths))
    second = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert second.exit_code == 0
    assert "added 0, already present 4" in second.output
    assert sorted(p.name for p in iter_entry_files(paths)) == before


def test_id_and_source_do_not_depend_on_tag_order() -> None:
    a = to_entry(JrnlEntry("t", "b", "2023-01-01", "10:00", ("@x", "@y"), False))
    b = to_entry(JrnlEntry("t", "b", "2023-01-01", "10:00", ("@y", "@x"), False))
    c = to_entry(JrnlEntry("t", "b2", "2023-01-01", "10:00", ("@y", "@x"), False))
    assert a.id == b.id and a.source == b.source and a.tags == b.tags
    assert c.id != a.id
    assert a.id.startswith("20230101-100000-")
    assert a.source == "jrnl:" + fingerprint(JrnlEntry("t", "b", "2023-01-01", "10:00", (), True))


def test_day_one_extra_keys_are_tolerated(paths: Paths) -> None:
    counts = import_jrnl_file(paths, DATA / "dayone.json")
    assert counts.added == 1
    entry = load_entries(paths).entries[0]
    assert entry.text == "Went for a @walk.\nFelt better after."
    assert entry.tags == ["@walk", "starred"]


def test_bom_is_accepted(paths: Paths) -> None:
    assert import_jrnl_file(paths, DATA / "bom.json").added == 1


def test_empty_journal_imports_nothing(cli: Cli) -> None:
    result = cli(["import", "--from", "jrnl", str(DATA / "empty.json")])
    assert result.exit_code == 0
    assert "added 0, already present 0" in result.output


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bad_date.json", "entries[1]: 2023-02-30 10:00 is not a date and time"),
        ("missing_body.json", "entries[1]: the key 'body' is missing"),
        ("truncated.json", "not valid JSON (line 1"),
        ("latin1.json", "not valid UTF-8 text"),
    ],
)
def test_malformed_file_imports_nothing(cli: Cli, paths: Paths, name, words) -> None:
    result = cli(["import", "--from", "jrnl", str(DATA / name)])
    assert result.exit_code == 1
    assert words in result.stderr
    assert "nothing was imported" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(iter_entry_files(paths)) == []


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "not a jrnl JSON export"),
        ({"tags": {}}, "not a jrnl JSON export"),
        ({"entries": [1]}, "entries[0]: expected an object"),
        ({"entries": [{"title": 1, "body": "", "date": "2023-01-01", "time": "10:00"}]},
         "'title' must be a str"),
        ({"entries": [{"title": "x", "body": "", "date": "01/02/2023", "time": "10:00"}]},
         "'date' must look like YYYY-MM-DD"),
        ({"entries": [{"title": "x", "body": "", "date": "2023-01-01", "time": "10am"}]},
         "'time' must look like HH:MM"),
        ({"entries": [{"title": "x", "body": "", "date": "2023-01-01", "time": "10:00",
                       "starred": "yes"}]}, "'starred' must be a bool"),
        ({"entries": [{"title": "x", "body": "", "date": "2023-01-01", "time": "10:00",
                       "tags": [""]}]}, "tags[0] must be a non-empty string"),
        ({"entries": [{"title": "\ud83c", "body": "", "date": "2023-01-01", "time": "10:00"}]},
         "unpaired surrogate"),
        ({"format": "mi-journal-export", "schema": 1, "entries": []}, "try `mij import FILE`"),
    ],
)
def test_parse_problems_name_the_place(data, words) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_jrnl("f.json", data)
    assert words in caught.value.message


def test_identical_entries_in_one_file_are_all_kept(paths: Paths, tmp_path: Path, cli: Cli) -> None:
    item = {"title": "same", "body": "", "date": "2023-01-01", "time": "10:00", "tags": []}
    other = {**item, "title": "different"}
    file = tmp_path / "dup.json"
    file.write_text(json.dumps({"tags": {}, "entries": [item, other, item, item]}), "utf-8")
    counts = import_jrnl_file(paths, file)
    assert (counts.added, counts.present) == (4, 0)
    sources = sorted(entry.source or "" for entry in load_entries(paths).entries)
    digest = fingerprint(JrnlEntry("same", "", "2023-01-01", "10:00", (), False))
    assert [s for s in sources if digest in s] == [
        f"jrnl:{digest}", f"jrnl:{digest}#2", f"jrnl:{digest}#3"]
    again = cli(["import", "--from", "jrnl", str(file)])
    assert again.exit_code == 0 and "added 0, already present 4" in again.output
    assert len(list(iter_entry_files(paths))) == 4


def test_first_of_identical_entries_keeps_its_earlier_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        item = JrnlEntry("same", "", "2023-01-01", "10:00", (), False)
        # The id and source earlier versions gave this entry (before occurrences were counted).
        first = to_entry(item)
        assert first.id == "20230101-100000-8zcbw92p"
        assert first.source == "jrnl:" + fingerprint(item) == to_entry(item, 1).source
        second = to_entry(item, 2)
        assert second.id != first.id and second.id.startswith("20230101-100000-")
        assert second.source == first.source + "#2"
        pending = parse_jrnl("f.json", {"entries": [
            {"title": "same", "body": "", "date": "2023-01-01", "time": "10:00"}] * 2})
        assert [p.entry.id for p in pending] == [first.id, second.id]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_big_files_are_refused(paths: Paths, tmp_path: Path) -> None:
    from mi_journal.importing.reading import read_json_file

    file = tmp_path / "big.json"
    file.write_text('{"entries": []}' + " " * 2000, "utf-8")
    with pytest.raises(Exception, match="larger than"):
        read_json_file(file, limit=1024 * 1024 // 1024)


def test_missing_file_is_one_line(cli: Cli) -> None:
    result = cli(["import", "--from", "jrnl", "/nonexistent/x.json"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_round_trip_through_export(paths: Paths, cli: Cli) -> None:
    import_jrnl_file(paths, DATA / "journal.json")
    exported = json.loads(cli(["export"]).stdout)
    assert len(exported["entries"]) == 4
    assert all(e["kind"] == "import" for e in exported["entries"])
    assert datetime.fromisoformat(exported["entries"][0]["created"]).tzinfo is not None


def test_file_written_by_jrnl_itself(paths: Paths) -> None:
    """made_by_jrnl_4_6.json: our own sentences, written out by `jrnl --format json` 4.6."""
    counts = import_jrnl_file(paths, DATA / "made_by_jrnl_4_6.json")
    assert (counts.added, counts.present) == (4, 0)
    found = entries_by_text(paths)
    assert "Long day at @work.\nWrote to anna@example.org about the [draft] and {notes}." in found
    walk = found[
        "Evening walk.\nFirst line of the body.\n\n  - a list item with [brackets]\n"
        "bob+x@sub.example.co.uk said hi @family"
    ]
    assert walk.tags == ["@family"]
    cafe = next(e for t, e in found.items() if t.startswith("Café with Zoë —"))
    assert cafe.tags == ["@c++", "@os/2", "starred"]
    assert "Only a title." in found


def test_files_over_200_mib_are_refused_unread(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "huge.json"
    with open(file, "wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: nothing is really written or read
    result = cli(["import", "--from", "jrnl", str(file)])
    assert result.exit_code == 1
    assert "larger than 200 MiB" in result.stderr


def test_an_entry_imported_before_under_another_local_time_is_not_added_again(
        paths: Paths, cli: Cli) -> None:
    """The id's time part is the local time at the first import; if that came out
    differently (another zone's clock change, an older mi-journal), the same jrnl
    entry (same source, same random part) is still recognised."""
    from mi_journal.importing.writing import Pending, prepare_new
    from mi_journal.storage.entries import write_new_entry

    first = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert first.exit_code == 0
    [moved] = [e for e in load_entries(paths).entries][:1]
    shifted = moved.created - timedelta(hours=1)
    path = next(p for p in iter_entry_files(paths) if p.stem == moved.id)
    path.unlink()
    twin = moved.model_copy(update={"id": f"{shifted:%Y%m%d-%H%M%S}-{moved.id.rsplit('-', 1)[1]}",
                                    "created": shifted})
    write_new_entry(paths, twin)
    again = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert again.exit_code == 0
    assert "added 0, already present 4" in again.output
    assert len(list(iter_entry_files(paths))) == 4
    # The domain step directly; a different source with the same random part is new.
    assert prepare_new(paths, "f", [Pending(moved, "entry 1")]).elsewhere == 1
    other = moved.model_copy(update={"source": "jrnl:" + "0" * 64})
    chosen = prepare_new(paths, "f", [Pending(other, "entry 1")])
    assert chosen.elsewhere == 0 and [p.entry for p in chosen.prepared] == [other]


def test_importing_again_in_another_time_zone_finds_everything_present(
        paths: Paths, cli: Cli, new_york: None) -> None:
    first = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert "added 4, already present 0" in first.output
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()  # the new_york fixture puts TZ back afterwards
    again = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert again.exit_code == 0
    assert "added 0, already present 4" in again.output
    assert "different content" not in again.output
    # A real local change (a tag added here) is still counted as different.
    entry = load_entries(paths).entries[0]
    cli(["tag", entry.id, "+mine"])
    third = cli(["import", "--from", "jrnl", str(DATA / "journal.json")])
    assert "already present 3" in third.output and "1 entry was already here" in third.output

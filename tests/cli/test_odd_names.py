"""Issue 14, item 4: a name under entries/ that is not valid UTF-8 (or holds a control
character) is reported, spelled out, and every read goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from mi_journal.journal.notes import add_note

ODD_FILE = b"bad\xff.toml"
ODD_FOLDER = b"\x85"  # a C1 byte alone: not UTF-8
C1_FILE = "20261201-101010-c1name\u0085.toml"  # valid UTF-8, but a hidden control


@pytest.fixture
def odd_journal(paths: Any) -> Any:
    note = add_note(paths, "hello there, a walk after lunch")
    month = os.fsencode(paths.entries / note.id[:4] / note.id[4:6])
    with open(os.path.join(month, ODD_FILE), "wb") as handle:
        handle.write(b"x = 1\n")
    folder = os.path.join(os.fsencode(paths.entries / note.id[:4]), ODD_FOLDER)
    os.mkdir(folder, 0o700)
    with open(os.path.join(folder, b"20261201-101010-abcdef.toml"), "wb") as handle:
        handle.write(b"x = 1\n")
    (paths.entries / note.id[:4] / note.id[4:6] / C1_FILE).write_text("x = 1\n")
    return paths


@pytest.mark.parametrize("args", [
    ["list"], ["search", "walk"], ["show", "last"], ["export"], ["export", "-f", "md"],
    ["reindex"], ["trends"], ["list", "--json"],
])
def test_reads_go_on_and_name_the_odd_files(cli: Any, odd_journal: Any, args: list[str]) -> None:
    result = cli(args)
    assert "Something unexpected" not in result.output
    assert result.exit_code == 0, result.output
    if args[0] in ("list", "search", "show", "export"):
        assert "a walk after lunch" in result.stdout
    said = result.stderr + result.stdout
    if args[0] == "export":  # one line: how many, and the first of them
        assert "3 entry files could not be read" in said and "\\x85" in said
    elif args[0] != "show":
        assert "bad\\xff.toml" in said
        assert "\\x85" in said


def test_the_index_keeps_reporting_them(cli: Any, odd_journal: Any) -> None:
    cli(["list"])
    again = cli(["list"])  # from the index this time
    assert again.exit_code == 0 and "bad\\xff.toml" in again.stderr


def test_doctor_names_them_and_says_how_to_rename(cli: Any, odd_journal: Any) -> None:
    result = cli(["doctor"])
    assert "Something unexpected" not in result.output
    assert "bad\\xff.toml" in result.stdout
    assert "mv -- $'bad\\xff.toml'" in result.stdout
    assert "\\x85" in result.stdout and "c1name\\x85.toml" in result.stdout
    as_json = cli(["doctor", "--json"])
    findings = json.loads(as_json.stdout)["findings"]
    assert any("bad\\xff.toml" in f["path"] for f in findings)


def test_spelled_name() -> None:
    from mi_journal.storage.entries import spelled_name

    assert spelled_name("20261201-101010-abcdef.toml") == "20261201-101010-abcdef.toml"
    assert spelled_name(os.fsdecode(b"bad\xff.toml")) == "bad\\xff.toml"
    assert spelled_name("a\u0085b\x1b") == "a\\x85b\\x1b"
    assert spelled_name("caf\u00e9 \u65e5\u8a18") == "caf\u00e9 \u65e5\u8a18"


def test_loading_without_the_index_reports_them(odd_journal: Any) -> None:
    from mi_journal.storage.entries import load_entries

    result = load_entries(odd_journal)
    assert len(result.entries) == 1
    shown = [problem.message for problem in result.problems]
    assert any("bad\\xff.toml" in line for line in shown)
    assert all(line.encode("utf-8") for line in shown)  # printable as it is
    assert isinstance(result.problems[0].path, (str, Path))

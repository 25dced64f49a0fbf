"""`mij paths`: every location comes from get_paths(), text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli

EXPECTED_NAMES = ["data", "entries", "goals", "config", "packs", "drafts", "cache"]


def test_paths_lists_every_location(cli: Cli, journal_home: Path) -> None:
    result = cli(["paths"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == EXPECTED_NAMES
    shown = {line.split()[0]: line.split(None, 1)[1].strip() for line in lines}
    assert shown["data"] == str(journal_home)
    assert shown["entries"] == str(journal_home / "entries")
    assert shown["goals"] == str(journal_home / "goals.toml")
    assert shown["config"] == str(journal_home / "config.toml")
    assert shown["packs"] == str(journal_home / "packs")
    assert shown["drafts"] == str(journal_home / "drafts")
    assert shown["cache"] == str(journal_home / "cache")


def test_paths_json(cli: Cli, journal_home: Path) -> None:
    result = cli(["paths", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == EXPECTED_NAMES
    assert data["data"] == str(journal_home)
    assert data["goals"] == str(journal_home / "goals.toml")
    assert data["cache"] == str(journal_home / "cache")


def test_paths_writes_nothing(cli: Cli, journal_home: Path) -> None:
    assert cli(["paths"]).exit_code == 0
    assert not journal_home.exists()


def test_paths_follow_the_environment_at_call_time(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "elsewhere"
    monkeypatch.setenv("MI_JOURNAL_HOME", str(other))
    data = json.loads(cli(["paths", "--json"]).stdout)
    assert data["data"] == str(other)


def test_get_paths_domain(journal_home: Path) -> None:
    from mi_journal.core.paths import get_paths

    paths = get_paths()
    assert paths.home == journal_home
    assert paths.locks == journal_home / "cache" / "locks"
    assert set(paths.as_dict()) == set(EXPECTED_NAMES)


def test_control_characters_in_home_are_shown_inert(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = tmp_path / "a\x1b[2Jb\u202e"
    monkeypatch.setenv("MI_JOURNAL_HOME", str(odd))
    result = cli(["paths"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\x1b[2J" in result.stdout
    data = json.loads(cli(["paths", "--json"]).stdout)
    assert "\x1b" in data["data"]  # JSON escapes it; a parser gets the real path back
    assert "\x1b" not in cli(["paths", "--json"]).stdout


def test_a_data_folder_that_is_a_file_is_refused(cli: Cli, journal_home: Path) -> None:
    journal_home.parent.mkdir(parents=True, exist_ok=True)
    journal_home.write_text("not a folder")
    for args in (["list"], ["paths"], ["goals"], ["export"]):
        result = cli(args)
        assert result.exit_code == 1, args
        assert "is not a folder; check MI_JOURNAL_HOME" in result.stderr
    assert journal_home.read_text() == "not a folder"


@pytest.mark.parametrize("blank", ["", "  "])
def test_an_empty_setting_is_refused_not_read_as_the_usual_folder(
    cli: Cli, blank: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """walk6: `MI_JOURNAL_HOME=$HOME_A` with HOME_A never set fell back to the usual data
    folder, where the commands read and wrote someone's real journal."""
    from mi_journal.core.errors import UsageProblem
    from mi_journal.core.paths import get_paths
    from mi_journal.messages import config as config_msg

    usual = tmp_path / "usual"
    monkeypatch.setenv("XDG_DATA_HOME", str(usual))
    monkeypatch.setenv("MI_JOURNAL_HOME", blank)
    with pytest.raises(UsageProblem) as caught:
        get_paths()
    assert caught.value.message == config_msg.DATA_FOLDER_SETTING_EMPTY
    for args in (["note", "a private line"], ["list"], ["paths"], ["doctor"], []):
        result = cli(args)
        assert result.exit_code == 2, args
        assert result.stderr.strip() == f"mij: {config_msg.DATA_FOLDER_SETTING_EMPTY}"
    assert not usual.exists()
    crisis = cli(["crisis"])  # the help lines never depend on the data folder
    assert crisis.exit_code == 0 and "988" in crisis.stdout

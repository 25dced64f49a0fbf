"""`mij config show/set` and the local crisis line shown by `mij crisis`."""

from __future__ import annotations

from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import Cli


def test_config_show_defaults(cli: Cli, journal_home: Path) -> None:
    result = cli(["config", "show"])
    assert result.exit_code == 0
    assert result.stdout == "crisis_line = ''\npager = true\n"
    assert not (journal_home / "config.toml").exists()


def test_config_set_crisis_line_and_show(cli: Cli, paths: Paths) -> None:
    from mi_journal.storage.config import load_config

    result = cli(["config", "set", "crisis_line", "Samaritans 116 123"])
    assert result.exit_code == 0
    assert result.stdout == "Saved crisis_line.\n"
    assert load_config(paths).crisis_line == "Samaritans 116 123"
    assert cli(["config", "show"]).stdout == "crisis_line = 'Samaritans 116 123'\npager = true\n"
    assert paths.config.stat().st_mode & 0o777 == 0o600


def test_local_crisis_line_is_shown_by_crisis(cli: Cli) -> None:
    cli(["config", "set", "crisis_line", "Helpline Ana 0800 111"])
    result = cli(["crisis"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == crisis_msg.CRISIS_HEADING
    # The person's own line first, never described as free or open around the clock.
    assert lines[1:7] == ["  - Your own line: Helpline Ana 0800 111"] + [
        f"  - {line}" for line in crisis_msg.CRISIS_LINES[:1]
    ] + [f"  - {crisis_msg.CRISIS_SOMEONE_ELSE}"] + [
        f"  - {line}" for line in crisis_msg.CRISIS_LINES[1:]
    ]
    assert crisis_msg.CRISIS_SET_LOCAL_HINT not in result.stdout


def test_hostile_crisis_line_is_shown_inert(cli: Cli) -> None:
    cli(["config", "set", "crisis_line", "[bold]x[/bold] \x1b[31mred\x1b[0m \u202e"])
    result = cli(["crisis"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "[bold]x[/bold] \\x1b[31mred\\x1b[0m \\u202e" in result.stdout


@pytest.mark.parametrize("value,expected", [("false", "false"), ("off", "false"), ("YES", "true")])
def test_config_set_pager(cli: Cli, value: str, expected: str) -> None:
    assert cli(["config", "set", "pager", value]).exit_code == 0
    assert cli(["config", "show"]).stdout.splitlines()[1] == f"pager = {expected}"


def test_config_set_bad_pager_value_is_usage(cli: Cli, journal_home: Path) -> None:
    result = cli(["config", "set", "pager", "maybe"])
    assert result.exit_code == 2
    assert result.stderr == "mij: pager takes true or false.\n"
    assert not (journal_home / "config.toml").exists()


def test_config_set_unknown_key(cli: Cli, journal_home: Path) -> None:
    result = cli(["config", "set", "colour", "blue"])
    assert result.exit_code == 2
    assert result.stderr == "mij: unknown setting 'colour'; you can set: crisis_line, pager.\n"
    assert not (journal_home / "config.toml").exists()


def test_config_set_too_long_is_one_line_and_file_unchanged(cli: Cli, paths: Paths) -> None:
    cli(["config", "set", "crisis_line", "first"])
    before = paths.config.read_bytes()
    result = cli(["config", "set", "crisis_line", "x" * 501])
    assert result.exit_code == 1
    assert result.stderr.startswith("mij: crisis_line:")
    assert result.stderr.count("\n") == 1
    assert paths.config.read_bytes() == before


def test_broken_config_is_reported_and_untouched(cli: Cli, paths: Paths) -> None:
    paths.home.mkdir(parents=True)
    paths.config.write_bytes(b"schema = 1\ncrisis_line = [unclosed\n")
    before = paths.config.read_bytes()
    result = cli(["config", "show"])
    assert result.exit_code == 1
    assert str(paths.config) in result.stderr
    assert "line 2" in result.stderr
    assert result.stderr.count("\n") == 1
    assert cli(["config", "set", "pager", "false"]).exit_code == 1
    assert paths.config.read_bytes() == before
    # The crisis lines are shown even when the settings cannot be read.
    crisis = cli(["crisis"], env={"COLUMNS": "400"})
    assert crisis.exit_code == 0
    assert f"  - {crisis_msg.CRISIS_LINES[0]}" in crisis.stdout.splitlines()


def test_editing_config_domain(paths: Paths) -> None:
    from mi_journal.storage.config import editing_config, load_config

    with editing_config(paths) as config:
        config.crisis_line = "local"
        config.pager = False
    loaded = load_config(paths)
    assert (loaded.crisis_line, loaded.pager) == ("local", False)
    with pytest.raises(RuntimeError), editing_config(paths) as config:
        config.crisis_line = "not saved"
        raise RuntimeError
    assert load_config(paths).crisis_line == "local"

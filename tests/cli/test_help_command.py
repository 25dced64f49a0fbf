"""`mij help` shows what `mij --help` shows (walk6: "mij: No such command 'help'."),
`mij help goals add` what `mij goals add --help` shows; and the parser's own error
sentences start in lower case after "mij: ", as ours do."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli, mij_command, subprocess_env


@pytest.mark.parametrize("words", [[], ["goals"], ["goals", "add"], ["pack", "check"]])
def test_help_is_the_same_as_dash_dash_help(cli: Cli, words: list[str]) -> None:
    asked = cli(["help", *words])
    flag = cli([*words, "--help"])
    assert asked.exit_code == flag.exit_code == 0
    assert asked.stdout == flag.stdout and asked.stdout.startswith("Usage: mij")


def test_help_from_the_installed_command(journal_home: Path) -> None:
    command = mij_command()
    env = subprocess_env(journal_home, COLUMNS="100")
    asked = subprocess.run([*command, "help"], capture_output=True, text=True, env=env,
                           timeout=60, check=False)
    flag = subprocess.run([*command, "--help"], capture_output=True, text=True, env=env,
                          timeout=60, check=False)
    assert asked.returncode == 0 and asked.stdout == flag.stdout and asked.stderr == ""


@pytest.mark.parametrize(("args", "said"), [
    (["frobnicate"], "mij: no such command 'frobnicate'."),
    (["help", "frobnicate"], "mij: no such command 'frobnicate'."),
    (["goals", "add"], "mij: missing argument 'TITLE'."),
    (["list", "--nope"], "mij: no such option: --nope"),
])
def test_parser_errors_start_in_lower_case(cli: Cli, args: list[str], said: str) -> None:
    result = cli(args)
    assert result.exit_code == 2 and result.stderr.startswith(said), result.stderr

"""The one-line notes on stderr about a file left out (list, search, trends, reflect,
export) are wrapped between words on a terminal, as every error is; written whole,
an 80-column terminal broke them inside words ("...is unchang|ed)"). To a file or a
program each stays one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from mi_journal.cli.wrap import cells
from tests.conftest import mij_command, subprocess_env
from tests.system.test_terminal_width import in_terminal

WIDTH = 60


@pytest.fixture
def broken(journal_home: Path) -> Path:
    """A journal with one good entry and one a hand edit broke (a TOML syntax error)."""
    for text in ("A walk after work instead of the bar.", "Slept well for once."):
        subprocess.run([*mij_command(), "note", text], env=subprocess_env(journal_home),
                       check=True, capture_output=True, timeout=60)
    first = sorted(journal_home.glob("entries/*/*/*.toml"))[0]
    first.write_text(first.read_text() + "oops = = 1\n")
    return first


@pytest.mark.parametrize("args", [["list"], ["search", "slept"], ["trends"], ["reflect"],
                                  ["export", "--format", "md"]])
def test_a_file_left_out_is_said_in_lines_that_fit(journal_home: Path, broken: Path,
                                                   args: list[str]) -> None:
    shown = in_terminal(journal_home, WIDTH, args)
    if args[0] == "export":  # the Markdown document itself is written as it is, unwrapped
        shown = shown[:shown.index("# My mi-journal")]
    note = shown[shown.index("mij: "):]
    lines = note.splitlines()
    # A line may only be wider when it is one word (here the file's path) on its own.
    assert all(cells(line) <= WIDTH or " " not in line.strip() for line in lines), note
    assert all(cells(line) <= WIDTH for line in shown.splitlines()
               if not line.startswith("     /")), shown
    assert len(lines) > 1 and all(line.startswith("     ") for line in lines[1:3]), note
    assert broken.name in " ".join(note.split())
    piped = subprocess.run([*mij_command(), *args], env=subprocess_env(journal_home),
                           capture_output=True, text=True, timeout=60)
    [whole] = [line for line in piped.stderr.splitlines() if broken.name in line]
    assert whole.startswith("mij: ") and 'the value after "=" is not one' in whole


@pytest.mark.parametrize("args", [["pack", "list"], ["homework"]])
def test_a_pack_left_out_is_said_in_lines_that_fit(journal_home: Path, args: list[str]) -> None:
    """A broken installed pack: rich used to wrap the note at 80 columns even into a pipe
    (the path cut in two); `mij homework` did not say it at all."""
    (journal_home / "packs").mkdir(mode=0o700, parents=True, exist_ok=True)
    broken = journal_home / "packs" / "a-pack-with-a-rather-long-name-for-wrapping.toml"
    broken.write_text('id = "x"\ntitle = = "Oops"\n', encoding="utf-8")
    shown = in_terminal(journal_home, WIDTH, args)
    if args[0] == "export":  # the Markdown document itself is written as it is, unwrapped
        shown = shown[:shown.index("# My mi-journal")]
    note = shown[shown.index("mij: "):]
    lines = [line for line in note.splitlines() if line.strip()]
    assert all(cells(line) <= WIDTH or " " not in line.strip() for line in lines), note
    assert broken.name in " ".join(note.split())
    piped = subprocess.run([*mij_command(), *args], env=subprocess_env(journal_home),
                           capture_output=True, text=True, timeout=60)
    [whole] = [line for line in piped.stderr.splitlines() if broken.name in line]
    assert whole.startswith("mij: ") and str(broken) in whole

"""`mij pack check` in a real terminal: rich styles the labels, but a pack's own escape
codes arrive spelled out and its markup as the brackets it is, wrapped to the width."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest

from tests.conftest import mij_command, subprocess_env
from tests.unit.test_pack_lint_markup import write_bad

_STYLE = re.compile(r"\x1b\[[0-9;]*m")  # rich's own styling (the labels' colour)


@pytest.mark.parametrize("width", [60, 100])
def test_check_in_a_terminal_interprets_nothing_from_the_pack(
    tmp_path: Path, width: int
) -> None:
    bad = write_bad(tmp_path)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "pack", "check", str(bad)],
                          encoding="utf-8", timeout=30, dimensions=(200, width),
                          env=subprocess_env(tmp_path / "home", TERM="xterm-256color"))
    child.expect(pexpect.EOF)
    child.close()
    raw = child.before or ""
    assert _STYLE.search(raw), "rich styled nothing: not a terminal?"
    assert "\x1b]0;pwned" not in raw and "\x1b[2J" not in raw and "\x07" not in raw
    lines = _STYLE.sub("", raw).replace("\r\n", "\n").splitlines()
    shown = " ".join(" ".join(lines).split())
    assert '"[bold]", "[/bold]"' in shown and '"[red]", "[/red]"' in shown
    assert '"\\x1b]0;pwned\\x07", "\\x1b[2J"' in shown
    assert '"be honest" tells the person what to do' in shown
    assert lines[0] == str(bad)  # the file's name, whole
    assert max(len(line) for line in lines[1:]) <= width

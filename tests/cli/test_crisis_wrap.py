"""The crisis lines wrap with a hanging indent, and never split a number or address.

At 40, 60 and 80 columns a resource's wrapped lines start under its text (four spaces),
not at column 0; the words themselves are exactly those of messages/crisis.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mi_journal.cli import crisis
from mi_journal.cli.crisis import BULLET, HANGING, fit_crisis_line
from mi_journal.cli.crisis import crisis_text as crisis_block
from mi_journal.crisis.detect import detect_crisis
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import Cli, subprocess_env

WIDTHS = (40, 60, 80)
LOCAL = "Samaritans, free from any phone, day or night: 116 123"
WHOLE = ("988lifeline.org.", "1-800-662-4357", "(1-800-662-HELP),", "findahelpline.com",
         "911", "116 123")
COMMAND = '`mij config set crisis_line "name and number"`'


def _words(lines: list[str]) -> list[str]:
    return " ".join(lines).split()


def check_layout(lines: list[str], block: list[str], width: int) -> None:
    """`lines` is `block` fitted to `width`: same words, hanging indent, nothing split."""
    assert lines[0] == block[0]
    assert _words(lines) == _words(block)
    assert all(len(line) <= width for line in lines), [ln for ln in lines if len(ln) > width]
    assert all(line == line.rstrip() for line in lines)
    # Group the output back into items: a bullet line starts one; "    " continues it.
    items: list[list[str]] = []
    for line in lines[1:]:
        if line.startswith(BULLET):
            items.append([line])
        elif line.startswith(HANGING):
            assert items, f"continuation before any item: {line!r}"
            assert not line[len(HANGING)].isspace(), line
            items[-1].append(line)
        else:
            assert line[0] != " ", line
            if items and not items[-1][0].startswith(" "):
                items[-1].append(line)  # the hint is a paragraph: it continues at column 0
            else:
                items.append([line])
    assert [" ".join(_words(item)) for item in items] == [" ".join(b.split()) for b in block[1:]]
    for literal in WHOLE:
        if literal in " ".join(block):
            assert any(literal in line for line in lines), (literal, lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("local", ["", LOCAL])
def test_fit_crisis_line_hangs_under_the_text(width: int, local: str) -> None:
    block = crisis_block(local)
    lines = [part for line in block for part in fit_crisis_line(line, width)]
    check_layout(lines, block, width)
    assert any(line.startswith(HANGING) for line in lines)  # something did wrap


@pytest.mark.parametrize("width", range(24, 101))
def test_a_phone_number_in_groups_is_never_split(width: int) -> None:
    parts = fit_crisis_line(f"{BULLET}Your own local resource: Helpline Ana 0800 111 222", width)
    assert any("0800 111 222" in part for part in parts), parts
    assert parts[1:] == [] or all(part.startswith(HANGING) for part in parts[1:])


@pytest.mark.parametrize("width", range(24, 101))
def test_addresses_and_numbers_in_the_resources_stay_whole(width: int) -> None:
    lines = [part for line in crisis_block(LOCAL) for part in fit_crisis_line(line, width)]
    for literal in WHOLE:
        assert any(literal in line for line in lines), (width, literal)


def test_the_hint_keeps_its_command_whole_when_it_fits() -> None:
    for width in (60, 80):
        assert COMMAND in fit_crisis_line(crisis_msg.CRISIS_SET_LOCAL_HINT, width)
    narrow = fit_crisis_line(crisis_msg.CRISIS_SET_LOCAL_HINT, 40)
    assert '"name and number"`' in narrow
    assert all(not line.startswith(" ") for line in narrow)


def test_wide_or_unknown_width_leaves_each_line_whole() -> None:
    for line in crisis_block(LOCAL):
        assert fit_crisis_line(line, None) == [line]
        assert fit_crisis_line(line, 400) == [line]


def test_a_long_word_is_kept_whole_rather_than_cut() -> None:
    address = "https://example.org/" + "a" * 60
    parts = fit_crisis_line(f"{BULLET}Your own local resource: {address}", 40)
    assert f"{HANGING}{address}" in parts


def test_a_line_break_in_the_local_line_still_hangs() -> None:
    assert fit_crisis_line(f"{BULLET}Your own local resource: Ana\n0800 111", 60) == [
        f"{BULLET}Your own local resource: Ana 0800 111"
    ]


def test_fitted_lines_are_inert() -> None:
    parts = fit_crisis_line(f"{BULLET}Your own local resource: \x1b[31m red \u202e " * 3, 40)
    joined = "\n".join(parts)
    assert "\x1b" not in joined and "\u202e" not in joined
    assert "\\x1b[31m" in joined


# --- through the functions, then the CLI -----------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_print_crisis_rich(width: int, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    crisis.print_crisis()
    check_layout(capsys.readouterr().out.splitlines(), crisis_block(""), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_print_crisis_plain(width: int, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    crisis.print_crisis_plain()
    check_layout(capsys.readouterr().out.splitlines(), crisis_block(""), width)


def test_plain_width_comes_from_columns_then_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.cli import render

    monkeypatch.setenv("COLUMNS", "57")
    assert render.terminal_width() == 57
    monkeypatch.delenv("COLUMNS")
    monkeypatch.setattr(render, "stdout_is_terminal", lambda: False)
    assert render.terminal_width() is None
    monkeypatch.setattr(render, "stdout_is_terminal", lambda: True)
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((44, 9)))
    monkeypatch.setattr(sys, "stdout", sys.__stdout__)
    assert render.terminal_width() == 44


@pytest.mark.parametrize("width", WIDTHS)
def test_cli_crisis_wraps_with_a_hanging_indent(cli: Cli, width: int) -> None:
    assert cli(["config", "set", "crisis_line", LOCAL]).exit_code == 0
    result = cli(["crisis"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    check_layout(result.stdout.splitlines(), crisis_block(LOCAL, reference=True), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_cli_note_in_crisis_wraps_the_plain_lines(cli: Cli, width: int) -> None:
    result = cli(["note", "I want to kill myself"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    start = lines.index(crisis_msg.CRISIS_HEADING)
    block = crisis_block("", detect_crisis("I want to kill myself"))
    check_layout(lines[start:], block[block.index(crisis_msg.CRISIS_HEADING):], width)


def test_quick_note_piped_with_columns_wraps_too(journal_home: Path) -> None:
    """The fast `mij note` path (no Typer, no rich) in a real process."""
    done = subprocess.run([sys.executable, "-m", "mi_journal", "note", "I", "want", "to", "die"],
                          env=subprocess_env(journal_home, COLUMNS="60"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    block = crisis_block("", detect_crisis("I want to die"))
    check_layout(lines[lines.index(crisis_msg.CRISIS_HEADING):],
                 block[block.index(crisis_msg.CRISIS_HEADING):], 60)


def test_wide_characters_count_as_two_columns() -> None:
    from mi_journal.cli.wrap import cells

    assert cells("相談") == 4 and cells("abc") == 3 and cells("e\u0301") == 1
    line = BULLET + "地域の相談窓口 (毎日10時から22時まで) 相談窓口はこちらです 0120-000-000"
    for width in (33, 40):  # every word fits; a longer one would keep a line of its own
        parts = fit_crisis_line(line, width)
        assert len(parts) > 1
        assert all(cells(part) <= width for part in parts), (width, parts)
        assert " ".join(p.strip().removeprefix("- ") for p in parts).split() == (
            line.removeprefix(BULLET).split())
        assert all(p.startswith(" " * len(BULLET)) for p in parts[1:])


def test_wide_text_without_spaces_breaks_between_characters() -> None:
    from mi_journal.cli.wrap import cells

    text = "日本のいのちの電話は毎日相談を受け付けています。どうぞ気軽にお電話ください"
    line = BULLET + text + " 0570-783-556 https://www.inochinodenwa.org"
    for width in (30, 40):
        parts = fit_crisis_line(line, width)
        assert all(cells(p) <= width for p in parts if "https" not in p), parts
        assert "".join(p.removeprefix(BULLET).removeprefix(HANGING) for p in parts).startswith(
            text)  # nothing lost, nothing added between the characters
        assert "0570-783-556" in " ".join(parts) and any(
            p.strip() == "https://www.inochinodenwa.org" for p in parts)

"""Every command that prints prose fits the terminal: wrapped between words at its real
width (checked in a pseudo-terminal at two widths), rows cut with an ellipsis; and
the one rendering helper (cli/render.py) that does it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pexpect
import pytest

from mi_journal.cli.wrap import ELLIPSIS, cells, fit, hanging_indent, wrap
from tests.conftest import mij_command, subprocess_env

PROMPTS = Path(__file__).parents[2] / "prompts"
WIDTHS = (60, 100)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


# --- the helper itself ---------------------------------------------------------------


def test_wrap_breaks_between_words_and_hangs_under_bullets_and_labels() -> None:
    text = "focusing: You have not chosen a focus yet; you might pick what you would like."
    lines = wrap(text, 30, hang=10)
    assert lines[0].startswith("focusing: You")
    assert all(line.startswith(" " * 10) for line in lines[1:])
    assert all(cells(line) <= 30 for line in lines)
    assert " ".join(" ".join(lines).split()) == text
    bullet = wrap("  - lock: held right now by a running mi-journal somewhere", 24)
    assert bullet[0].startswith("  - lock:") and all(line.startswith("    ") for line in bullet[1:])
    keyed = wrap("  [k] daily check-in (a minute or two) and more words", 24)
    assert all(line.startswith("      ") for line in keyed[1:])
    assert hanging_indent("Plain sentence") == 0 and hanging_indent("  12. item") == 6


def test_wrap_leaves_fitting_lines_and_pipes_alone_and_shows_text_inert() -> None:
    assert wrap("  two  spaces kept", 40) == ["  two  spaces kept"]
    long = "word " * 40
    assert wrap(long, None) == [long]  # a file or a pipe: lines stay whole
    assert wrap("[bold]x[/bold] \x1b[31m", 40) == ["[bold]x[/bold] \\x1b[31m"]
    assert wrap("a" * 50 + " b", 30) == ["a" * 50, "b"]  # a long word is never split


def test_wrap_counts_wide_characters_as_two_columns() -> None:
    lines = wrap("相談" * 20, 22)
    assert all(cells(line) <= 22 for line in lines) and "".join(lines) == "相談" * 20


def test_fit_cuts_a_row_with_an_ellipsis() -> None:
    assert fit("short row", 40) == "short row"
    cut = fit("a row that is a good deal longer than the screen is wide", 20)
    assert cut.endswith(ELLIPSIS) and cells(cut) <= 20
    assert fit("x" * 100, None) == "x" * 100
    assert cells(fit("日本語の文章です" * 5, 21)) <= 21


# --- every prose command, in a real terminal, at two widths ----------------------------


LONG_NOTE = ("Thinking about what my doctor said about my liver numbers. I want to be around "
             "for the kids, and I want my mornings back, better rested and clearer.")
CHECKIN = {"today": "Long day at work but I kept to two drinks and walked home instead of "
                    "stopping at the bar, which felt better than I expected.",
           "step-taken": "I walked home the long way", "importance": 7, "confidence": 6,
           "helped": "Talking to my sister on the phone",
           "next": "Get to bed by eleven and leave the wine in the cupboard"}
BAD_PACK = '''[pack]
id = "bad"
title = "A pack with some things to look at"
version = "1.0.0"

[[prompts]]
id = "why"
stage = "evoking"
kind = "text"
text = "Why haven't you stopped drinking yet, don't you think you should stop now?"
'''


def run(home: Path, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([*mij_command(), *args], env=subprocess_env(home), input=stdin,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A realistic week: notes, check-ins, goals, homework, a paused interview."""
    home = tmp_path_factory.mktemp("week") / "home"
    run(home, "config", "set", "crisis_line", "Helpline Ana 0800 111 222, any time of day")
    run(home, "note", LONG_NOTE)
    run(home, "note", "Saw an old friend from the bar. Said no to a pint and felt proud.")
    answers = home.parent / "answers.json"
    answers.write_text(json.dumps(CHECKIN))
    run(home, "checkin", "--answers", str(answers))
    run(home, "goals", "add", "Drink no more than two on weekdays, and none on Mondays "
        "or on the evenings before an early start")
    run(home, "pack", "add", str(PROMPTS / "examples" / "weekly-between-sessions.toml"))
    (home.parent / "bad.toml").write_text(BAD_PACK)
    run(home, "export", "-o", str(home.parent / "export.json"))
    child = pexpect.spawn(mij_command()[0], [*mij_command()[1:], "checkin"], encoding="utf-8",
                          timeout=30, env=subprocess_env(home, TERM="dumb"))
    child.expect_exact("> ")
    child.sendline("A quiet evening, early night planned and the phone off")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    return home


def in_terminal(home: Path, width: int, args: list[str], answer: str | None = None) -> str:
    import io

    command = mij_command()
    seen = io.StringIO()
    child = pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                          dimensions=(200, width),
                          env=subprocess_env(home, TERM="xterm-256color", PAGER="cat"))
    child.logfile_read = seen
    if answer is not None:
        child.expect_exact("[y/N]")
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    return _ANSI.sub("", seen.getvalue()).replace("\r\n", "\n")


PROSE = [
    ["suggest"], ["doctor"], ["crisis"], ["paths"], ["homework"], ["resume", "--list"],
    ["show", "last"], ["goals", "show", "GOAL"], ["pack", "check", "BAD"], ["view", "EXPORT"],
    ["config", "show"], ["note", "I feel hopeless and I want to die some nights, honestly"],
    ["reflect"], ["pack", "show", "checkin"], ["reindex"],
]
ROWS = [["list"], ["search", "walked"], ["goals"], ["pack", "list"]]


def _args(week: Path, args: list[str]) -> list[str]:
    goal = json.loads(run(week, "goals", "--json"))[0]["id"]
    swap = {"GOAL": goal, "BAD": str(week.parent / "bad.toml"),
            "EXPORT": str(week.parent / "export.json")}
    return [swap.get(arg, arg) for arg in args]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", PROSE, ids=lambda args: " ".join(args[:2]))
def test_prose_wraps_between_words_at_the_terminal_width(week: Path, args: list[str],
                                                         width: int) -> None:
    args = _args(week, args)
    shown = in_terminal(week, width, args)
    lines = shown.splitlines()
    assert all(cells(line) <= width for line in lines), [ln for ln in lines if cells(ln) > width]
    if args[0] == "note":  # a new note each time: its id differs from the piped run's
        assert "988" in shown and "Helpline Ana 0800 111 222" in " ".join(lines)
        return
    piped = run(week, *args)
    assert shown.split() == piped.split()  # the same words: none broken, none lost


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", ROWS, ids=lambda args: " ".join(args))
def test_rows_are_cut_to_the_width_with_an_ellipsis(week: Path, args: list[str],
                                                    width: int) -> None:
    lines = in_terminal(week, width, args).splitlines()
    assert lines and all(cells(line) <= width for line in lines)
    piped = run(week, *args)
    if any(len(line) > width for line in piped.splitlines()):  # whole when piped
        assert any(line.endswith(ELLIPSIS) for line in lines)
    else:
        assert args == ["pack", "list"] and width >= 100


@pytest.mark.parametrize("width", WIDTHS)
def test_the_trends_chart_fits(week: Path, width: int) -> None:
    lines = in_terminal(week, width, ["trends"]).splitlines()
    assert len(lines) > 10 and all(cells(line) <= width for line in lines)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_delete_question_wraps_and_reads_plainly(week: Path, width: int) -> None:
    shown = in_terminal(week, width, ["delete", "last"], answer="n")
    lines = shown.splitlines()
    assert all(cells(line) <= width for line in lines)
    words = " ".join(shown.split())
    assert "Delete it? This cannot be undone. [y/N]" in words
    assert ".?" not in words and "…?" not in words
    assert "Kept; nothing was deleted." in words


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("args", [[], ["checkin"], ["interview", "--pack",
                                                    "weekly-between-sessions"]],
                         ids=["home", "checkin", "homework pack"])
def test_screens_that_ask_fit_the_width_too(week: Path, args: list[str], width: int) -> None:
    import io

    command = mij_command()
    seen = io.StringIO()
    child = pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                          dimensions=(200, width),
                          env=subprocess_env(week, TERM="xterm-256color"))
    child.logfile_read = seen
    child.expect_exact("> ")
    child.sendline(":q" if args else "q")
    child.expect(pexpect.EOF)
    child.close()
    lines = _ANSI.sub("", seen.getvalue()).replace("\r\n", "\n").splitlines()
    assert len(lines) > 5 and all(cells(line) <= width for line in lines), lines


@pytest.mark.parametrize("width", WIDTHS)
def test_a_one_line_error_wraps_on_a_terminal_and_stays_one_line_in_a_pipe(
        week: Path, width: int) -> None:
    reference = "no such entry anywhere in this journal at all, not even close to any"
    shown = in_terminal(week, width, ["show", reference])
    lines = shown.splitlines()
    assert len(lines) >= 2 and all(cells(line) <= width for line in lines)
    assert lines[0].startswith("mij: ") and all(line.startswith("     ") for line in lines[1:])
    done = subprocess.run([*mij_command(), "show", reference], env=subprocess_env(week),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert shown.split() == done.stderr.split()

"""`--help` at 80 columns: every command summary is whole, on one line, never cut with "...".

Click shortens a command's first help sentence to fit the "Commands:" column and ends it
with "..." (or stops at the first full stop, as in "e.g."). Each command whose first
sentence is too long has its own `short_help`; these tests walk every group.
"""

from __future__ import annotations

from typing import Any

import pytest
import typer

from mi_journal.cli.app import app
from tests.conftest import Cli

WIDTH = "80"
ENV = {"COLUMNS": WIDTH, "TERMINAL_WIDTH": WIDTH}


def _tree() -> Any:
    return typer.main.get_command(app)


def _groups(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        if hasattr(sub, "commands"):
            found += _groups(sub, (*path, name))
    return found


def _all_commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = []
    for name, sub in getattr(command, "commands", {}).items():
        found.append(((*path, name), sub))
        found += _all_commands(sub, (*path, name))
    return found


def _first_paragraph(command: Any) -> str:
    return " ".join((command.help or "").split("\n\n")[0].split())


def commands_section(help_text: str) -> list[str]:
    lines = help_text.splitlines()
    start = lines.index("Commands:") + 1
    section = []
    for line in lines[start:]:
        if not line.strip():
            break
        section.append(line)
    return section


def summary_problems(help_text: str, group: Any, width: int = int(WIDTH)) -> list[str]:
    """What is wrong with the Commands section of `group`'s help (empty when all is well)."""
    problems = []
    rows: dict[str, str] = {}
    for line in commands_section(help_text):
        if len(line) > width:
            problems.append(f"wider than {width}: {line!r}")
        if line.rstrip().endswith(("...", "\u2026")):
            problems.append(f"cut short: {line!r}")
        if not line.startswith("  ") or line.startswith("   "):
            problems.append(f"wrapped onto a second line: {line!r}")
            continue
        name, _, summary = line.strip().partition(" ")
        rows[name] = summary.strip()
    for name, command in group.commands.items():
        if command.hidden:
            continue
        if name not in rows:
            problems.append(f"{name} is not listed")
            continue
        shown = rows[name]
        if command.short_help:
            if shown != " ".join(command.short_help.split()):
                problems.append(f"{name}: short help shown as {shown!r}")
            continue
        full = _first_paragraph(command)
        # Without its own short help, the whole first paragraph, or a first sentence that
        # really ends there (so "Change a setting, e.g." does not count as whole).
        rest = full[len(shown):].strip()
        if not full.startswith(shown) or (rest and not (shown.endswith(".") and rest[0].isupper())):
            problems.append(f"{name}: summary {shown!r} is not whole (help: {full!r})")
    return problems


GROUPS = _groups(_tree())


def test_every_group_is_walked() -> None:
    names = {" ".join(path) for path, _ in GROUPS}
    assert {"", "config", "pack", "goals", "homework", "reflect"} <= names


@pytest.mark.parametrize("path", [path for path, _ in GROUPS], ids=lambda p: " ".join(p) or "mij")
def test_help_summaries_are_whole_at_80_columns(cli: Cli, path: tuple[str, ...]) -> None:
    group = dict(GROUPS)[path]
    result = cli([*path, "--help"], env=ENV)
    assert result.exit_code == 0, result.output
    assert summary_problems(result.stdout, group) == []
    listed = {line.split()[0] for line in commands_section(result.stdout)}
    assert listed == {name for name, sub in group.commands.items() if not sub.hidden}


@pytest.mark.parametrize("path", [path for path, _ in _all_commands(_tree())],
                         ids=lambda p: " ".join(p))
def test_each_command_help_keeps_its_whole_description(cli: Cli, path: tuple[str, ...]) -> None:
    command = dict(_all_commands(_tree()))[path]
    result = cli([*path, "--help"], env=ENV)
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())
    assert command.help, f"{' '.join(path)} has no help text"
    assert _first_paragraph(command) in shown


def test_short_helps_are_kind_plain_sentences() -> None:
    for path, command in _all_commands(_tree()):
        summary = command.short_help or _first_paragraph(command)
        assert summary[0].isupper() and summary.endswith("."), (path, summary)
        lowered = summary.lower()
        for word in ("should", "must", "failed", "relapse", "addict"):
            assert word not in lowered, (path, summary)


def test_the_checker_notices_cut_summaries() -> None:
    """The checks above can fail: a long first sentence is cut by click, and caught."""
    from typer.testing import CliRunner

    demo = typer.Typer(add_completion=False, rich_markup_mode=None)

    @demo.command("long")
    def long_command() -> None:
        """Show something with a first sentence far too long to fit in eighty columns at all."""

    @demo.command("eg")
    def eg_command() -> None:
        """Change a setting, e.g. your own local crisis line."""

    result = CliRunner().invoke(demo, ["--help"], env=ENV)
    problems = summary_problems(result.stdout, typer.main.get_command(demo))
    assert any(p.startswith("cut short") for p in problems), problems
    assert any(p.startswith("eg: summary 'Change a setting, e.g.'") for p in problems), problems


@pytest.mark.parametrize("path", [path for path, _ in _all_commands(_tree())],
                         ids=lambda p: " ".join(p))
def test_options_name_their_values_in_words_not_python_types(cli: Cli,
                                                             path: tuple[str, ...]) -> None:
    # Walked: `mij export --help` showed "--since <str>", `mij note --help`
    # "-t, --tag <list[str]>", `mij list --help` "-n, --number <int range>".
    result = cli([*path, "--help"], env=ENV)
    assert result.exit_code == 0, result.output
    options = result.stdout[result.stdout.find("Options:"):]
    for line in options.splitlines():
        if line.lstrip().startswith("-"):
            assert "<" not in line.strip().split("  ")[0], line

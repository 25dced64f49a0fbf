"""Start-up stays light: `mij --version` and `mij --help` never import the
heavy libraries (rich, pydantic, tomllib)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import subprocess_env

HEAVY = ("rich", "pydantic", "tomllib", "tomli_w", "sqlite3", "filelock", "platformdirs")

# Runs the real console-script entry point, then reports what got imported.
WRAPPER = """
import runpy, sys, json, atexit
def report():
    names = sorted({m.split('.')[0] for m in sys.modules})
    sys.__stderr__.write('\\nMODULES ' + json.dumps(names) + '\\n')
atexit.register(report)
sys.argv = ['mij'] + sys.argv[1:]
from mi_journal.__main__ import main
try:
    main()
except SystemExit as exc:
    report()
    raise
"""


def _imported(args: list[str], home: Path) -> tuple[set[str], str]:
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], env=subprocess_env(home),
                          capture_output=True, text=True, timeout=60)
    marker = [line for line in done.stderr.splitlines() if line.startswith("MODULES ")]
    assert marker, done.stderr
    import json

    return set(json.loads(marker[-1][len("MODULES "):])), done.stdout


def _importtime(command: list[str], home: Path) -> set[str]:
    done = subprocess.run([*command], env=subprocess_env(home, PYTHONPROFILEIMPORTTIME="1"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "mi_journal" in names or "encodings" in names
    return names


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_imports_nothing_heavy(journal_home: Path, flag: str) -> None:
    modules, out = _imported([flag], journal_home)
    assert out.startswith("mi-journal ")
    assert not modules & set(HEAVY), modules & set(HEAVY)
    assert "typer" not in modules


def test_installed_mij_version_imports_nothing_heavy(journal_home: Path) -> None:
    exe = Path(sys.executable).parent / "mij"
    if not exe.exists():
        found = shutil.which("mij")
        if found is None:
            pytest.skip("mij is not installed as a console script")
        exe = Path(found)
    names = _importtime([str(exe), "--version"], journal_home)
    for heavy in ("rich", "pydantic", "tomllib"):
        assert heavy not in names


def test_help_imports_no_pydantic_or_tomllib(journal_home: Path) -> None:
    modules, out = _imported(["--help"], journal_home)
    assert "Usage" in out and "note" in out
    assert "pydantic" not in modules
    assert "tomllib" not in modules
    assert "sqlite3" not in modules
    # typer prints help without rich when rich_markup_mode is None: keep it so.
    assert "rich" not in modules


def test_python_m_version(journal_home: Path) -> None:
    names = _importtime([sys.executable, "-m", "mi_journal", "--version"], journal_home)
    assert not names & {"rich", "pydantic", "tomllib"}


def test_no_heavy_import_at_module_top_of_cli() -> None:
    """Importing the app (as `mij --help` does) pulls in none of the heavy libraries."""
    code = ("import sys; import mi_journal.cli.app; "
            f"print(','.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_quick_note_loads_no_pydantic_typer_or_rich(journal_home: Path) -> None:
    """`mij note WORDS` is the most frequent write: it skips the parser and pydantic
    (its rules are checked against the Entry model in test_note.py). sqlite3 is
    loaded only when there is an index to hand the note to (index/adding.py)."""
    heavy = {"pydantic", "pydantic_core", "typer", "click", "rich"}
    modules, out = _imported(["note", "a", "quick", "line"], journal_home)
    assert out.startswith("Saved your note. (")
    assert not modules & (heavy | {"sqlite3"}), modules & (heavy | {"sqlite3"})
    [saved] = (journal_home / "entries").rglob("*.toml")
    from mi_journal.storage.entries import read_entry

    assert read_entry(saved).text == "a quick line"
    modules, _ = _imported(["list"], journal_home)  # builds the index
    modules, out = _imported(["note", "another", "line"], journal_home)
    assert out.startswith("Saved your note. (")
    assert not modules & heavy, modules & heavy


@pytest.mark.parametrize("args", [["list", "-n", "10"], ["search", "words"], ["export"],
                                  ["show", "last"], ["paths"], ["note", "-t", "x", "words"],
                                  ["doctor", "--json"]])
def test_plain_commands_run_without_typer(journal_home: Path, args: list[str]) -> None:
    """Every command that is not a group is read from its own declarations by the one
    dispatcher (cli/commands.py): neither Typer nor Click is loaded."""
    _imported(["note", "a", "line"], journal_home)
    modules, _ = _imported(args, journal_home)
    assert not modules & {"typer", "click"}, modules & {"typer", "click"}


LOADED_COMMAND_MODULES = """
import sys
sys.argv = ['mij'] + sys.argv[1:]
from mi_journal.__main__ import main
try:
    main()
except SystemExit:
    pass
print('\\nCMD ' + ' '.join(sorted(m.rsplit('.', 1)[1] for m in sys.modules
                                 if m.startswith('mi_journal.cli.cmd_'))))
"""


@pytest.mark.parametrize(("args", "expected"), [
    (["list", "--help"], "cmd_journal"), (["goals", "--help"], "cmd_goals"),
    (["list", "-n", "x"], "cmd_journal"), (["export", "--format", "md"], "cmd_export"),
])
def test_a_command_line_loads_only_its_own_command_module(
        journal_home: Path, args: list[str], expected: str) -> None:
    """Typer builds only the command asked for (`mij --help` lists them all)."""
    done = subprocess.run([sys.executable, "-c", LOADED_COMMAND_MODULES, *args],
                          env=subprocess_env(journal_home), capture_output=True, text=True,
                          timeout=60)
    [line] = [line for line in done.stdout.splitlines() if line.startswith("CMD ")]
    assert line.split()[1:] == [expected]


def test_trends_and_suggest_read_the_index_without_pydantic(journal_home: Path) -> None:
    """Once the index holds the ruler readings (and suggest's kept goal count), `trends`
    and `suggest` answer from it: the rulers' names come from core/vocabulary, so
    neither loads the stored models."""
    from datetime import datetime, timedelta, timezone

    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import write_new_entry
    from tests.unit.test_trends import ruler_entry

    base = datetime(2026, 1, 5, 20, tzinfo=timezone(timedelta(hours=2)))
    write_new_entry(get_paths(), ruler_entry(base, "aaaa", importance=3, confidence=4))
    write_new_entry(get_paths(), ruler_entry(base + timedelta(days=3), "bbbb", importance=7))
    _imported(["goals", "add", "Walk more in the evenings"], journal_home)
    # A file changed within RACY_SECONDS of a read is read again rather than trusted by its
    # times (README, Performance); a person's journal is older than that.
    import time

    from mi_journal.index.refresh import RACY_SECONDS

    time.sleep(RACY_SECONDS + 0.2)
    first, _ = _imported(["trends", "--json"], journal_home)  # builds the index
    assert "pydantic" in first
    _imported(["suggest"], journal_home)  # keeps the active-goal count beside goals.toml's state
    for command, shown in ((["trends", "--json"], '"importance"'),
                           (["trends"], "2026-01-08"), (["suggest"], "")):
        modules, out = _imported(command, journal_home)
        assert shown in out
        assert not modules & {"pydantic", "pydantic_core"}, (command, out)


def test_show_goals_homework_and_pack_list_read_the_index_without_pydantic_or_rich(
        journal_home: Path, tmp_path: Path) -> None:
    """Once the index holds the newest entry's JSON, the goal list and each pack's summary
    (kept beside their files' state), `show last`, `goals`, `homework` and `pack list`
    answer from it, and off a terminal they write without rich."""
    import os
    import time

    from mi_journal.core.paths import get_paths
    from mi_journal.index.refresh import RACY_SECONDS
    from mi_journal.packs.install import install_pack
    from tests.unit.test_homework import today_pack

    _imported(["note", "a", "line", "to", "show"], journal_home)
    _imported(["goals", "add", "Walk more in the evenings"], journal_home)
    source = tmp_path / "week-one.toml"
    source.write_text(today_pack(), encoding="utf-8")
    install_pack(get_paths(), source)
    past = time.time() - 60  # a person's files are older than this very second
    for root, _, files in os.walk(journal_home):
        for name in files:
            os.utime(os.path.join(root, name), (past, past))
    time.sleep(RACY_SECONDS + 0.2)  # nor can their inode times be set back
    commands = [(["show", "last"], "a line to show"), (["show", "last", "--json"], '"note"'),
                (["goals"], "Walk more"), (["goals", "--json"], "Walk more"),
                (["homework"], "Week one"), (["homework", "--json"], "week-one"),
                (["pack", "list"], "week-one"), (["pack", "list", "--json"], "week-one")]
    for command, _ in commands:  # the first run keeps what it read
        _imported(command, journal_home)
    heavy = {"pydantic", "pydantic_core", "rich", "typer", "click"}
    for command, shown in commands:
        modules, out = _imported(command, journal_home)
        assert shown in out, (command, out)
        assert not modules & heavy, (command, modules & heavy)

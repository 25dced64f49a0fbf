"""`mij note WORDS` runs without Typer; it must behave like the full parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mi_journal.cli.cmd_basics import note_command
from mi_journal.cli.commands import light_call
from mi_journal.cli.declare import parse
from mi_journal.core.paths import Paths
from mi_journal.storage.entries import load_entries


def _run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MI_JOURNAL_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "mi_journal", *args], input=stdin, capture_output=True,
        text=True, env=env, timeout=60,
    )


def test_what_the_quick_path_reads_from_the_declarations() -> None:
    assert parse(note_command, ["a", "thought"]) == {"text": ["a", "thought"], "tag": None}
    assert parse(note_command, ["-t", "x", "words"]) == {"text": ["words"], "tag": ["x"]}
    assert parse(note_command, []) == {"text": None, "tag": None}  # asks, or reads stdin
    assert parse(note_command, ["--help"]) is None
    assert parse(note_command, ["--tag"]) is None
    assert light_call(["list", "x"]) is None


def test_quick_note_saves_and_loads_no_parser(journal_home: Path, paths: Paths) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['mij', 'note', 'walked', 'to', 'work']\n"
        "try:\n    runpy.run_module('mi_journal', run_name='__main__')\n"
        "except SystemExit as exc:\n    code = exc.code\n"
        "import json\n"
        "print(json.dumps({'code': code, 'mods': sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('typer', 'rich'))}))\n"
    )
    env = dict(os.environ, MI_JOURNAL_HOME=str(journal_home))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"code": 0, "mods": []}
    assert [e.text for e in load_entries(paths).entries] == ["walked to work"]


def test_quick_and_full_paths_agree(journal_home: Path, paths: Paths) -> None:
    quick = _run(journal_home, "note", "first", "thought")
    full = _run(journal_home, "note", "--tag", "t", "second")
    assert quick.returncode == full.returncode == 0
    assert quick.stdout.startswith("Saved your note. (")
    assert full.stdout.startswith("Saved your note. (")
    texts = sorted((e.text, tuple(e.tags)) for e in load_entries(paths).entries)
    assert texts == [("first thought", ()), ("second", ("t",))]


def test_quick_path_errors_are_one_line(journal_home: Path) -> None:
    journal_home.mkdir(parents=True)
    (journal_home / "entries").write_text("not a folder")
    result = _run(journal_home, "note", "something")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("mij: ")
    assert "Traceback" not in result.stderr

"""A note that sounds like a crisis is saved, then the help lines are shown gently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from mi_journal.storage.entries import load_entries
from tests.conftest import Cli

EXPECTED_LINES = [
    "US: 988 Suicide & Crisis Lifeline, also for substance use: call or text 988 (1 for "
    "veterans, 2 for Spanish), or chat at 988lifeline.org.",
    "US: SAMHSA Helpline 1-800-662-4357 (1-800-662-HELP), free, confidential, 24/7 "
    "treatment referral.",
    "US, in immediate danger: call 911; elsewhere, your local emergency number.",
    "Elsewhere: findahelpline.com, free helplines by country.",
]


def test_cli_note_with_crisis_language_shows_the_lines(cli: Cli, paths: Paths) -> None:
    result = cli(["note", "--tag", "night", "I keep thinking about ending my life"])
    assert result.exit_code == 0
    assert crisis_msg.CRISIS_GENTLE_NOTE in result.stdout
    for line in EXPECTED_LINES:
        assert f"  - {line}" in result.stdout
    # The note is saved as written; nothing extra is stored.
    [entry] = load_entries(paths).entries
    assert entry.text == "I keep thinking about ending my life"
    assert entry.tags == ["night"]


def test_cli_note_with_a_negation_taken_back_shows_the_lines(cli: Cli) -> None:
    """The lead's probes, through the CLI: a negated phrase the sentence takes back, and a
    letter written 'in case'; a plain negation stays quiet."""
    for text in ("I'm not going to kill myself but I think about it",
                 "I've written a note for my family in case"):
        result = cli(["note", text])
        assert result.exit_code == 0
        assert crisis_msg.CRISIS_GENTLE_NOTE in result.stdout
    quiet = cli(["note", "I'm not suicidal but I want things to get better"])
    assert quiet.exit_code == 0
    assert "988" not in quiet.stdout


def test_ordinary_note_shows_no_crisis_lines(cli: Cli) -> None:
    result = cli(["note", "killing time before the bus; dying to see the match"])
    assert result.exit_code == 0
    assert "988" not in result.stdout


def test_quick_path_shows_the_lines_and_the_local_line(journal_home: Path, cli: Cli) -> None:
    assert cli(["config", "set", "crisis_line", "Local line 0800 000 000"]).exit_code == 0
    env = dict(os.environ, MI_JOURNAL_HOME=str(journal_home))
    result = subprocess.run(
        [sys.executable, "-m", "mi_journal", "note", "I", "want", "to", "kill", "myself"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Saved your note. (")
    assert crisis_msg.CRISIS_GENTLE_NOTE in lines
    assert [line.removeprefix("  - ") for line in lines if line.startswith("  - ")] == [
        "Your own line: Local line 0800 000 000", *EXPECTED_LINES
    ]

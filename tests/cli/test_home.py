"""`mij` with no command: a status when there is no terminal, never a wait."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from tests.conftest import Cli, mij_command, subprocess_env


def test_no_terminal_prints_status_and_exits_0(cli: Cli, journal_home: Path) -> None:
    result = cli([])
    assert result.exit_code == 0
    assert result.stdout.strip() == home_msg.STATUS_NO_ENTRIES
    assert not (journal_home / "config.toml").exists()  # no welcome recorded without a terminal


def test_status_counts_entries(cli: Cli, paths: Paths) -> None:
    from mi_journal.journal.notes import add_note, journal_status

    for i in range(3):
        add_note(paths, f"note {i}")
    status = journal_status(paths)
    assert status.entry_count == 3
    assert status.latest is not None
    when = status.latest.strftime("%Y-%m-%d %H:%M")
    result = cli([], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert result.stdout.strip() == home_msg.entry_count_status(3, when)
    assert result.stdout.startswith("3 entries in your journal; the most recent on ")


def test_status_ignores_temp_files_and_broken_entries_do_not_crash(cli: Cli, paths: Paths) -> None:
    from mi_journal.journal.notes import add_note

    entry = add_note(paths, "one")
    folder = paths.entries / entry.id[:4] / entry.id[4:6]
    (folder / f".{entry.id}.toml.abcd1234.tmp").write_text("partial")
    (folder / "20200101-000000-zzzz.toml").write_text("not = [toml")
    result = cli([], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert result.stdout.startswith("2 entries")


def test_home_in_a_real_process_never_waits(journal_home: Path) -> None:
    for stdin in (subprocess.DEVNULL, subprocess.PIPE):
        proc = subprocess.run(mij_command(), stdin=stdin, env=subprocess_env(journal_home),
                              capture_output=stdin is subprocess.DEVNULL, timeout=60,
                              stdout=None if stdin is subprocess.DEVNULL else subprocess.PIPE)
        assert proc.returncode == 0
        assert proc.stdout.decode().strip() == home_msg.STATUS_NO_ENTRIES


def test_crisis_text_is_exact(cli: Cli) -> None:
    result = cli(["crisis"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        crisis_msg.CRISIS_HEADING,
        f"  - {crisis_msg.CRISIS_LINES[0]}",
        f"  - {crisis_msg.CRISIS_SOMEONE_ELSE}",
        *[f"  - {line}" for line in crisis_msg.CRISIS_LINES[1:]],
        crisis_msg.CRISIS_OVERDOSE_HEADING,
        *[f"  - {line}" for line in crisis_msg.CRISIS_OVERDOSE_STEPS],
        crisis_msg.CRISIS_SET_LOCAL_HINT,
    ]


def test_crisis_lines_hold_the_exact_resources() -> None:
    """Every number and sentence as ../shared/MI_GUIDE.md gives it (section Safety), each
    short enough that every block fits a 24-row screen (tests/cli/test_crisis_fits.py)."""
    assert crisis_msg.CRISIS_LINES == (
        "US: 988 Suicide & Crisis Lifeline, also for substance use: call or text 988 "
        "(1 for veterans, 2 for Spanish), or chat at 988lifeline.org.",
        "US: SAMHSA Helpline 1-800-662-4357 (1-800-662-HELP), free, confidential, 24/7 "
        "treatment referral.",
        "US, in immediate danger: call 911; elsewhere, your local emergency number.",
        "Elsewhere: findahelpline.com, free helplines by country.",
    )
    assert crisis_msg.CRISIS_OVERDOSE_STEPS == (
        "Call 911 now (US), or your local emergency number.",
        "US Poison Help 1-800-222-1222: free, confidential, 24/7.",
        "Give naloxone if there is some (no harm if not opioids).",
        "Stay with the person and keep them breathing; if they do not respond, lay them on "
        "their side.",
    )
    assert crisis_msg.CRISIS_SOMEONE_ELSE == (
        "US: 988 also answers people worried about someone else.")
    assert crisis_msg.CRISIS_SOMEONE_ELSE_STAY == (
        "US: 988 also answers people worried about someone else. If you safely can, stay "
        "with them.")
    # The person's own line is never described as free or always open: we cannot know.
    own = crisis_msg.CRISIS_LOCAL_PREFIX.lower()
    for claim in ("free", "24/7", "around the clock", "always"):
        assert claim not in own and claim not in crisis_msg.CRISIS_GENTLE_NOTE.lower()
        assert claim not in crisis_msg.CRISIS_OTHER_NOTE.lower()
        assert claim not in crisis_msg.CRISIS_EITHER_NOTE.lower()


def test_crisis_in_narrow_terminal_keeps_numbers_whole(cli: Cli) -> None:
    result = cli(["crisis"], env={"COLUMNS": "40"})
    assert result.exit_code == 0
    for literal in ("988", "1-800-662-4357", "911", "findahelpline.com"):
        assert literal in result.stdout
    flat = " ".join(result.stdout.split())
    for line in crisis_msg.CRISIS_LINES:
        assert " ".join(line.split()) in flat


def test_welcome_text_says_what_this_is_not() -> None:
    assert "not treatment" in home_msg.WHAT_THIS_IS
    assert "not an emergency service" in home_msg.WHAT_THIS_IS
    assert "0600" in home_msg.PRIVACY and "unencrypted" in home_msg.PRIVACY


def test_welcome_and_crisis_on_a_terminal(journal_home: Path) -> None:
    """The first run on a real pseudo-terminal shows the welcome and crisis lines."""
    import pexpect

    env = subprocess_env(journal_home, COLUMNS="300", LINES="50", TERM="dumb")
    child = pexpect.spawn(mij_command()[0], mij_command()[1:], env=env, timeout=30,
                          encoding="utf-8", dimensions=(50, 300))
    child.expect_exact(home_msg.WELCOME_TITLE)
    child.expect_exact("1-800-662-4357")
    child.expect_exact(home_msg.WELCOME_MORE.strip())  # read before the home screen comes
    child.sendline("")
    child.expect_exact("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (journal_home / "config.toml").is_file()


def test_status_ignores_names_that_are_not_entry_ids(cli: Cli, paths: Paths) -> None:
    from mi_journal.journal.notes import add_note, journal_status

    entry = add_note(paths, "one")
    folder = paths.entries / entry.id[:4] / entry.id[4:6]
    odd = ("notes.toml", "zzz.toml", "20261399-000000-abcd.toml", "99999999-999999-zzzz.toml")
    for name in odd:
        (folder / name).write_text("x = 1\n")
    status = journal_status(paths)
    assert status.entry_count == 1
    assert status.latest is not None and status.latest.strftime("%Y%m%d-%H%M%S") == entry.id[:15]
    result = cli([], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 entry in your journal")


def test_status_with_only_odd_names(cli: Cli, paths: Paths) -> None:
    folder = paths.entries / "2026" / "13"
    folder.mkdir(parents=True)
    (folder / "20261399-000000-abcd.toml").write_text("x = 1\n")
    result = cli([])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == home_msg.STATUS_NO_ENTRIES


def test_an_optional_home_line_that_fails_is_left_out_and_shown_with_debug(
        paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A goals file that cannot be read keeps home opening (no goals are offered);
    with MIJ_DEBUG=1 the reason is shown instead of hidden."""
    from mi_journal.cli.home_screen import _active_goals

    paths.goals.parent.mkdir(parents=True, exist_ok=True)
    paths.goals.write_text("not = [toml", encoding="utf-8")
    monkeypatch.delenv("MIJ_DEBUG", raising=False)
    assert _active_goals(paths) == []
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("MIJ_DEBUG", "1")
    assert _active_goals(paths) == []
    shown = capsys.readouterr().err
    assert shown.startswith("Traceback (most recent call last):")
    assert str(paths.goals) in shown

"""One exit path: 1 for explained problems, 2 for usage, 130 for Ctrl-C,
a traceback only with MIJ_DEBUG=1, and never with local variables."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from mi_journal.messages import common as common_msg
from tests.conftest import Cli, mij_command, subprocess_env


def test_unknown_command_is_usage_one_line(cli: Cli) -> None:
    result = cli(["frobnicate"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "mij: no such command 'frobnicate'. (see `mij --help`)\n"


@pytest.mark.parametrize(("args", "command"), [
    (["goals", "add"], "mij goals add"),  # a missing argument
    (["goals", "nope"], "mij goals"),  # an unknown command of a group
    (["interview", "--nope"], "mij interview"),  # an unknown option
    (["list", "-n", "many"], "mij list"),  # a value of the wrong kind
    (["goals", "step"], "mij goals step"),
    (["trends", "--ruler"], "mij trends"),  # an option missing its value: the parser
    (["goals", "add", "--why"], "mij goals add"),  # says no context, the line is read
    (["homework", "--json", "do"], "mij homework do"),
])
def test_a_usage_mistake_points_to_the_help_of_the_command_it_was_made_in(
        cli: Cli, journal_home: Path, args: list[str], command: str) -> None:
    """It used to point to `mij --help` whatever the command, which lists only
    the commands, not how `goals add` is used."""
    expected = f" {common_msg.see_help(command)}\n"
    result = cli(args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("mij: ") and result.stderr.endswith(expected), result.stderr
    assert result.stderr.count("\n") == 1
    fast = subprocess.run([*mij_command(), *args], capture_output=True, text=True,
                          env=subprocess_env(journal_home), timeout=60)
    assert fast.returncode == 2 and fast.stderr == result.stderr  # the same, run for real
    assert cli([*command.split()[1:], "--help"]).exit_code == 0  # and that help exists


def test_unknown_option_is_usage_one_line(cli: Cli) -> None:
    result = cli(["paths", "--nope"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mij: ")
    assert "--nope" in result.stderr
    assert result.stderr.count("\n") == 1


def test_mij_error_is_exit_1_one_line_on_stderr(cli: Cli) -> None:
    result = cli(["note", " "])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "mij: there is nothing to save: the note is empty.\n"


def test_multi_line_error_message_is_folded_to_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mi_journal.core.errors import MijError
    from mi_journal.journal import notes as journal

    def raise_it(*args: object, **kwargs: object) -> None:
        raise MijError("first\nsecond \x1b[2J third")

    monkeypatch.setattr(journal, "add_quick_note", raise_it)
    result = cli(["note", "x"])
    assert result.exit_code == 1
    assert result.stderr == "mij: first second \\x1b[2J third\n"


def _explode(*args: object, **kwargs: object) -> None:
    secret_journal_text = "I told no one about this"  # noqa: F841
    raise ValueError("boom")


def test_unexpected_error_without_debug_has_no_traceback(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mi_journal.journal import notes as journal

    monkeypatch.setattr(journal, "add_quick_note", _explode)
    result = cli(["note", "I told no one about this"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr == f"mij: {common_msg.UNEXPECTED} (ValueError)\n"


def test_debug_traceback_has_no_local_variables(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.journal import notes as journal

    monkeypatch.setattr(journal, "add_quick_note", _explode)
    monkeypatch.setenv("MIJ_DEBUG", "1")
    result = cli(["note", "I told no one about this"])
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "ValueError: boom" in result.stderr
    assert "I told no one about this" not in result.output
    assert "secret_journal_text =" not in result.output
    assert result.stderr.endswith(f"mij: {common_msg.UNEXPECTED} (ValueError)\n")


def test_debug_traceback_in_a_real_process(journal_home: Path, tmp_path: Path) -> None:
    """The installed entry point, with a crash forced through a sitecustomize hook."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import mi_journal.journal.notes as j\n"
        "def add_quick_note(paths, text, tags=()):\n"
        "    secret_local = text * 2\n"
        "    raise RuntimeError('kaboom')\n"
        "j.add_quick_note = add_quick_note\n"
    )
    env = subprocess_env(journal_home, MIJ_DEBUG="1", PYTHONPATH=str(hook))
    done = subprocess.run([*mij_command(), "note", "private words"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "RuntimeError: kaboom" in done.stderr
    assert "private words" not in done.stderr
    env.pop("MIJ_DEBUG")
    done = subprocess.run([*mij_command(), "note", "private words"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"mij: {common_msg.UNEXPECTED} (RuntimeError)\n"


@pytest.mark.parametrize("exc", [KeyboardInterrupt, EOFError])
def test_interrupt_exits_130_quietly(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, exc: type[BaseException]
) -> None:
    from mi_journal.journal import notes as journal

    def interrupt(*args: object, **kwargs: object) -> None:
        raise exc

    monkeypatch.setattr(journal, "add_quick_note", interrupt)
    result = cli(["note", "x"])
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    assert result.stderr.strip() == ""


@pytest.mark.parametrize("args", [["crisis"], ["trends"], ["pack", "show", "checkin"],
                                  ["reflect", "hidden"], ["pack", "list"]])
def test_broken_pipe_is_quiet(journal_home: Path, args: list[str]) -> None:
    # `mij crisis | head -1`: the reader leaves early. Walked: the commands printing
    # through rich ended 1 (rich's own exit), the others 0; all end 0 now, silently.
    proc = subprocess.Popen([*mij_command(), *args], env=subprocess_env(journal_home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert err == b"" and proc.returncode == 0


def test_usage_problem_is_exit_2(cli: Cli) -> None:
    result = cli(["config", "set", "pager", "perhaps"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1


def test_error_classes() -> None:
    from mi_journal.core.errors import DataFileError, MijError, UsageProblem

    assert MijError("x").exit_code == 1
    assert UsageProblem("x").exit_code == 2
    problem = DataFileError(Path("/a/b.toml"), "line 3: bad")
    assert str(problem) == "/a/b.toml: line 3: bad"
    assert isinstance(problem, MijError) and problem.exit_code == 1


def test_terminal_that_cannot_show_a_character(journal_home: Path, tmp_path: Path) -> None:
    """An ASCII-only terminal gets escapes instead of a crash, on stdout and stderr."""
    env = subprocess_env(journal_home, PYTHONIOENCODING="ascii")
    done = subprocess.run([*mij_command(), "note", "héllo ✨"], env=env, capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*mij_command(), "show", "last"], env=env, capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"h\\xe9llo \\u2728" in done.stdout
    odd_home = tmp_path / "jöurnal"
    odd_home.mkdir()
    (odd_home / "config.toml").write_text("not toml")
    done = subprocess.run([*mij_command(), "config", "show"], capture_output=True, timeout=60,
                          env=subprocess_env(odd_home, PYTHONIOENCODING="ascii"))
    assert done.returncode == 1
    assert done.stderr.startswith(b"mij: ") and done.stderr.count(b"\n") == 1
    assert b"j\\xf6urnal" in done.stderr


def test_debug_traceback_never_shows_rejected_input(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic puts the rejected value in its message; the debug traceback leaves it out."""
    from datetime import UTC, datetime

    from mi_journal.journal import notes as journal
    from mi_journal.storage.models import Entry

    def build(*args: object, **kwargs: object) -> None:
        Entry(id="20260101-000000-abcd", created=datetime.now(UTC), kind="note",
              text="my secret words \ud800")

    monkeypatch.setattr(journal, "add_quick_note", build)
    monkeypatch.setenv("MIJ_DEBUG", "1")
    result = cli(["note", "x"])
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "ValidationError: text: Value error" in result.stderr
    assert "my secret words" not in result.stderr
    assert 'File "' in result.stderr  # frames are still there to debug with


def test_debug_traceback_shows_the_chain(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.journal import notes as journal

    def chained(*args: object, **kwargs: object) -> None:
        try:
            raise KeyError("inner")
        except KeyError as exc:
            raise RuntimeError("outer \x1b[2J") from exc

    monkeypatch.setattr(journal, "add_quick_note", chained)
    monkeypatch.setenv("MIJ_DEBUG", "1")
    result = cli(["note", "x"])
    assert result.stderr.count("Traceback (most recent call last)") == 2
    assert result.stderr.index("KeyError: 'inner'") < result.stderr.index("RuntimeError: outer")
    assert "\x1b" not in result.stderr and "outer \\x1b[2J" in result.stderr


@pytest.mark.parametrize(("value", "plain"), [
    ("abc", "this should be a whole number, like 10"),
    ("0", "this should be 1 or more"),
    ("99999999999", "this should be 1000000 or less"),
])
def test_option_type_mistakes_are_worded_plainly(cli: Cli, value: str, plain: str) -> None:
    result = cli(["list", "-n", value])
    assert result.exit_code == 2
    assert plain in result.stderr and "Input should" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_plain_usage_leaves_other_messages_alone() -> None:
    from mi_journal.cli.exits import plain_usage

    assert plain_usage("No such option: --nope") == "No such option: --nope"
    assert plain_usage("x: Input should be less than or equal to -3") == (
        "x: this should be -3 or less")
    assert plain_usage("Input should be a valid boolean, unable to interpret input") == (
        "this should be yes or no")

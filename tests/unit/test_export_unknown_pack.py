"""`mij export --pack NAME` when NAME is no pack at all: one clear line, nothing written.

A pack that exists (built in, installed, or only named in entries since it was
removed) still gives a valid report, empty when nothing matches the period.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.exporting.selection import (
    Selection,
    check_pack_known,
    open_json_selection,
    pack_is_known,
    select,
)
from mi_journal.index import open_index
from mi_journal.packs.authoring import starter_pack
from mi_journal.packs.install import install_pack
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage
from tests.conftest import Cli

WHEN = datetime(2026, 3, 2, 20, 15, tzinfo=UTC)


def _entry(paths: Paths, pack: str, entry_id: str = "20260302-201500-abcd") -> None:
    write_new_entry(paths, Entry(
        id=entry_id, created=WHEN, kind=EntryKind.interview, pack=pack, stage=Stage.evoking,
        answers=[Answer(prompt="better", question="What would be better?",
                        kind=AnswerKind.long_text, value="Sleeping through.")],
    ))


def _install(paths: Paths, tmp_path: Path, pack_id: str, file_name: str | None = None) -> None:
    source = tmp_path / (file_name or f"{pack_id}.toml")
    source.write_text(starter_pack(pack_id), "utf-8")
    install_pack(paths, source)


def _known(paths: Paths, pack: str) -> bool:
    with open_index(paths, full=True) as index:
        return pack_is_known(paths, pack, index)


# --- the domain decision ----------------------------------------------------------------


def test_known_packs(paths: Paths, tmp_path: Path) -> None:
    _entry(paths, "since-removed")  # Only in an entry: the pack file is gone.
    _install(paths, tmp_path, "first-week")
    assert _known(paths, "since-removed")
    assert _known(paths, "first-week")  # Installed, no entries.
    assert _known(paths, "evoking")  # Built in, no entries.
    assert not _known(paths, "nosuch")
    assert not _known(paths, "since-remove")
    # Not a pack id at all: never looked up as a file.
    for name in ("", "Evoking", "evoking\n", "../packs/first-week", "first-week.toml"):
        assert not _known(paths, name), name


def test_an_installed_file_named_unlike_its_id(paths: Paths, tmp_path: Path) -> None:
    paths.packs.mkdir(parents=True, exist_ok=True)
    (paths.packs / "renamed-by-hand.toml").write_text(starter_pack("inside-id"), "utf-8")
    # Such a file is never run (commands find installed packs by file name; `pack list`
    # reports it as a problem), so its inner id names no pack until an entry does.
    assert not _known(paths, "inside-id")
    assert _known(paths, "renamed-by-hand")  # The file's name, as installed.
    _entry(paths, "inside-id")
    assert _known(paths, "inside-id")


def test_check_raises_one_kind_line(paths: Paths) -> None:
    with open_index(paths, full=True) as index:
        check_pack_known(paths, None, index)
        check_pack_known(paths, "evoking", index)
        with pytest.raises(MijError) as raised:
            check_pack_known(paths, "nosuch\x1b[31m\u202e", index)
    message = raised.value.message
    assert "'nosuch\\x1b[31m\\u202e'" in message
    assert "\x1b" not in message and "\u202e" not in message
    assert "`mij pack list`" in message and "\n" not in message
    assert raised.value.exit_code == 1


def test_a_long_name_is_shortened(paths: Paths) -> None:
    with open_index(paths, full=True) as index, pytest.raises(MijError) as raised:
        check_pack_known(paths, "x" * 5000, index)
    assert len(raised.value.message) < 300


def test_select_and_streamed_selection_refuse_an_unknown_pack(paths: Paths) -> None:
    _entry(paths, "first-week")
    with pytest.raises(MijError, match="'nosuch'"):
        select(paths, Selection(pack="nosuch"))
    with pytest.raises(MijError, match="'nosuch'"), \
            open_json_selection(paths, Selection(pack="nosuch")):
        pass
    assert [e.id for e in select(paths, Selection(pack="first-week")).entries] == [
        "20260302-201500-abcd"]
    assert select(paths, Selection(pack="evoking")).entries == []
    with open_json_selection(paths, Selection(pack="evoking")) as chosen:
        assert list(chosen.entry_lines) == []


# --- through the command line -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_cli_unknown_pack_is_one_line_and_writes_nothing(cli: Cli, paths: Paths, tmp_path: Path,
                                                         fmt) -> None:
    _entry(paths, "first-week")
    result = cli(["export", "--format", fmt, "--pack", "nosuch"])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mij: no pack called 'nosuch'")
    assert "mij pack list" in lines[0]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"report.{fmt}"
    to_file = cli(["export", "--format", fmt, "--pack", "nosuch", "-o", str(target)])
    assert to_file.exit_code == 1
    assert to_file.stderr == result.stderr
    assert list(folder.iterdir()) == []  # Neither the file nor a temporary one.
    nested = folder / "not-yet" / f"report.{fmt}"
    assert cli(["export", "--format", fmt, "--pack", "nosuch", "-o", str(nested)]).exit_code == 1
    assert list(folder.iterdir()) == []  # Not even the folder it would have gone in.


def test_cli_known_packs_give_valid_reports(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    _entry(paths, "since-removed")
    _install(paths, tmp_path, "first-week")
    gone = json.loads(cli(["export", "--pack", "since-removed"]).stdout)
    assert [e["id"] for e in gone["entries"]] == ["20260302-201500-abcd"]
    # Typed with capitals and spaces, as `mij list --pack` accepts.
    assert json.loads(cli(["export", "--pack", " Since-Removed "]).stdout) ["selection"][
        "pack"] == "since-removed"
    for pack in ("first-week", "evoking"):
        result = cli(["export", "--pack", pack])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["entries"] == []
    later = cli(["export", "--pack", "since-removed", "--since", "2026-04-01",
                 "--until", "2026-04-02"])
    assert later.exit_code == 0 and json.loads(later.stdout)["entries"] == []
    md = cli(["export", "--pack", "first-week", "--format", "md"])
    assert md.exit_code == 0 and md.stdout.strip()


# --- the plain JSON export, run without Typer -------------------------------------------


def test_fast_path_says_the_same(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    from mi_journal.cli.cmd_export import export_command
    from mi_journal.cli.declare import parse
    from tests.conftest import mij_command, subprocess_env

    def _parse_fast(args: list[str]) -> dict[str, object] | None:
        return parse(export_command, args)

    _entry(paths, "first-week")
    env = subprocess_env(paths.home)
    args = ["--pack", "nosuch"]
    assert _parse_fast(args) is not None  # So the run below takes the fast path.
    fast = subprocess.run([*mij_command(), "export", *args], env=env, capture_output=True)
    typer_run = cli(["export", *args])
    assert fast.returncode == typer_run.exit_code == 1
    assert fast.stdout == b""
    assert fast.stderr.decode("utf-8") == typer_run.stderr
    target = tmp_path / "not-yet" / "report.json"
    to_file = subprocess.run([*mij_command(), "export", *args, "-o", str(target)], env=env,
                             capture_output=True)
    assert to_file.returncode == 1 and to_file.stderr == fast.stderr
    assert not target.parent.exists()
    known = subprocess.run([*mij_command(), "export", "--pack", "evoking"], env=env,
                           capture_output=True, check=True)
    assert json.loads(known.stdout)["entries"] == []


def test_plain_export_does_not_load_the_packs(paths: Paths) -> None:
    from tests.conftest import mij_command, subprocess_env

    _entry(paths, "first-week")
    code = (
        "import sys, runpy; sys.argv = ['mij', 'export', '-o', sys.argv[1]]\n"
        "try:\n    runpy.run_module('mi_journal', run_name='__main__')\n"
        "except SystemExit as done:\n    assert not done.code, done.code\n"
        "loaded = [m for m in sys.modules if m.startswith('mi_journal.packs')]\n"
        "assert not loaded, loaded\n"
    )
    target = paths.home.parent / "plain.json"
    done = subprocess.run([mij_command()[0], "-c", code, str(target)],
                          env=subprocess_env(paths.home), capture_output=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text("utf-8"))["entries"]


@pytest.mark.parametrize("args", [["--pack", ""], ["--pack", "  "], ["--tag", ""],
                                  ["--format", "md", "--pack", ""]])
def test_an_empty_filter_is_a_usage_mistake_as_in_list(cli: Cli, journal_home: Path,
                                                       args: list[str]) -> None:
    from mi_journal.messages.journal import filter_empty

    result = cli(["export", *args])
    assert result.exit_code == 2
    option = next(a for a in args if a in ("--pack", "--tag"))
    assert result.stderr.strip() == f"mij: {filter_empty(option)}"
    listed = cli(["list", *[a for a in args if a not in ("--format", "md")]])
    assert listed.exit_code == 2 and listed.stderr == result.stderr

"""`show last`, `goals`, `pack list` and `homework` served by the index give what the
full path gives, and never a stale answer.

`show last` prints the canonical JSON the index keeps of the newest entry (the file is
read again only if its time or size changed since it was indexed); the goal list and
each pack's summary are kept in the index beside their file's state, so goals.toml and
the packs are parsed only when they change. Off a terminal, all four are written without
rich (cli/render.plain_said): the last tests hold that writing equal to rich's.
"""

from __future__ import annotations

import io
import json
import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mi_journal.core.paths import Paths
from mi_journal.index import IndexBusy
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, Stage
from tests.conftest import Cli

BASE = datetime(2026, 3, 20, 20, 0).astimezone()

PACK = """\
[pack]
id = "week-one"
title = "Week one"
version = "1.0.0"
description = "A few questions\tbetween sessions."

[assignment]
assigned_by = "Dana"
note = "A few minutes on most days."
start = {start}
due = {due}
frequency = "daily"

[[prompts]]
id = "noticed"
stage = "engaging"
kind = "text"
text = "What did you notice today?"
"""


def _old(path: Path, seconds: float = 60) -> None:
    """As in real use, files are not from this very second."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def _entries() -> list[Entry]:
    def when(days_ago: float) -> datetime:
        return BASE - timedelta(days=days_ago)

    older = when(40)
    last = when(0)
    return [
        Entry(id=new_entry_id(older), created=older, kind=EntryKind.note,
              text="An older note.", tags=["work"]),
        Entry(id=new_entry_id(last), created=last, kind=EntryKind.interview, pack="week-one",
              stage=Stage.engaging, title="Évening\tcheck  日本語のテキスト", tags=["home", "@c++"],
              goals=["ab12"], summary="You said\tit matters.\nAnd more.",
              answers=[
                  Answer(prompt="noticed", question="What did you notice today?",
                         kind=AnswerKind.text, value="Tabs\there, [bold]markup[/bold], \x1b[31m"
                         " and a long line " + "word " * 40),
                  Answer(prompt="pick", question="Which ones?", kind=AnswerKind.multi_choice,
                         value=["walk", "call my sister"]),
                  Answer(prompt="ok", question="Ready?", kind=AnswerKind.yes_no, value=True),
                  Answer(prompt="importance", question="How important, 0 to 10?",
                         kind=AnswerKind.scale, value=7, ruler=Ruler.importance),
                  Answer(prompt="skipped", question="Anything else?", kind=AnswerKind.text,
                         skipped=True),
              ]),
    ]


@pytest.fixture
def journal(paths: Paths, cli: Cli, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Two entries (the newest with tabs, wide characters, markup and escapes), goals of
    every status, and an installed homework pack: everything old enough to be kept."""
    from mi_journal.packs.install import install_pack

    # A file's inode time cannot be set back: trust files from this very second, as a
    # person's files (older than RACY_SECONDS) are trusted.
    monkeypatch.setattr("mi_journal.index.refresh.RACY_SECONDS", 0)

    saved = [write_new_entry(paths, entry) for entry in _entries()]
    for title in ("Walk\tto work", "Call my sister", "Sleep before midnight", "Save money"):
        assert cli(["goals", "add", title, "--step", "a first step"]).exit_code == 0
    ids = [goal["id"] for goal in json.loads(cli(["goals", "--json"]).stdout)]
    assert cli(["goals", "status", ids[2], "done"]).exit_code == 0
    assert cli(["goals", "status", ids[3], "set-aside"]).exit_code == 0
    assert cli(["goals", "status", ids[1], "paused"]).exit_code == 0
    source = tmp_path / "week-one.toml"
    start = date.today() - timedelta(days=3)
    source.write_text(PACK.format(start=start, due=start + timedelta(days=6)), encoding="utf-8")
    install_pack(paths, source)
    for path in [*saved, paths.goals, paths.packs / "week-one.toml"]:
        _old(path)
    for folder in {path.parent for path in saved}:
        _old(folder)
    return saved


def _unusable_index(monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(*_: object, **__: object) -> None:
        raise IndexBusy("busy")

    monkeypatch.setattr("mi_journal.index.open_index", busy)


LISTINGS = [["goals"], ["goals", "--all"], ["goals", "--json"], ["goals", "list", "--all"],
            ["pack", "list"], ["pack", "list", "--json"], ["homework"], ["homework", "--json"]]


@pytest.mark.parametrize("columns", ["100", "30", None])
@pytest.mark.parametrize("args", LISTINGS)
def test_listings_from_the_index_equal_the_full_path(
        cli: Cli, journal: list[Path], monkeypatch: pytest.MonkeyPatch, args: list[str],
        columns: str | None) -> None:
    env = {"COLUMNS": columns} if columns else {}
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    first = cli(args, env=env)  # keeps what it read
    served = cli(args, env=env)
    assert served.exit_code == 0, served.output
    assert served.stdout == first.stdout and served.stdout.strip()
    _unusable_index(monkeypatch)
    full = cli(args, env=env)
    assert full.exit_code == 0, full.output
    assert served.stdout == full.stdout


@pytest.mark.parametrize("args", [["show", "last"], ["show", "last", "--json"]])
@pytest.mark.parametrize("columns", ["100", "30", None])
def test_show_last_from_the_index_equals_reading_the_file(
        cli: Cli, journal: list[Path], monkeypatch: pytest.MonkeyPatch, args: list[str],
        columns: str | None) -> None:
    from mi_journal.index.queries import Index

    env = {"COLUMNS": columns} if columns else {}
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    served = cli(args, env=env)
    assert served.exit_code == 0, served.output
    assert "日本語" in served.stdout and "\x1b" not in served.stdout
    if "--json" not in args:
        assert "(skipped)" in served.stdout and "\\x1b" in served.stdout
    kept = []
    real = Index.current_json

    def current_json(self: Index, entry: object) -> str | None:
        kept.append(real(self, entry))  # type: ignore[arg-type]
        return None  # as if the file had changed: it is read again

    monkeypatch.setattr(Index, "current_json", current_json)
    full = cli(args, env=env)
    assert kept and kept[0] is not None  # the served run did use the kept JSON
    assert full.exit_code == 0, full.output
    assert served.stdout == full.stdout


def _unseen_by_refresh(monkeypatch: pytest.MonkeyPatch, journal: list[Path]) -> None:
    """As in a large journal: the refresh looks only into the folder changed last and
    folders whose own time changed (an in-place edit changes no folder's time); here the
    folder changed last is the older entry's."""
    monkeypatch.setattr("mi_journal.index.refresh.FULL_CHECK_MAX", 0)
    monkeypatch.setattr("mi_journal.index.refresh.ALWAYS_CHECKED_MONTHS", 1)
    _old(journal[0].parent, 10)


def test_show_last_reads_again_a_file_changed_in_place(
        cli: Cli, journal: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    assert "You said" in cli(["show", "last"]).stdout
    _unseen_by_refresh(monkeypatch, journal)
    last = journal[-1]
    text = last.read_text(encoding="utf-8")
    last.write_text(text.replace("You said", "Now you say"), encoding="utf-8")
    _old(last, 30)
    shown = cli(["show", "last"])
    assert shown.exit_code == 0
    assert "Now you say" in shown.stdout and "You said" not in shown.stdout
    assert json.loads(cli(["show", "last", "--json"]).stdout)["summary"].startswith("Now you")


def test_show_last_reports_a_file_broken_in_place_and_leaves_it(
        cli: Cli, journal: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(["show", "last"]).exit_code == 0
    _unseen_by_refresh(monkeypatch, journal)
    last = journal[-1]
    broken = last.read_bytes().replace(b'kind = "interview"', b'kind = "interview', 1)
    last.write_bytes(broken)
    _old(last, 30)
    for _ in range(2):
        shown = cli(["show", "last"])
        assert shown.exit_code == 1
        assert str(last) in shown.stderr and "line" in shown.stderr
        assert "Traceback" not in shown.output
    assert last.read_bytes() == broken


def test_goal_list_follows_the_file_and_reports_it_broken(
        cli: Cli, journal: list[Path], paths: Paths) -> None:
    before = cli(["goals"]).stdout
    assert "Walk" in before and "Sleep before midnight" not in before
    assert cli(["goals", "add", "Cook at home"]).exit_code == 0
    _old(paths.goals, 30)
    assert "Cook at home" in cli(["goals"]).stdout
    text = paths.goals.read_text(encoding="utf-8")
    paths.goals.write_text(text.replace("Cook at home", "Cook at home more"), encoding="utf-8")
    _old(paths.goals, 20)  # changed in place: another time, the same folder
    assert "Cook at home more" in cli(["goals"]).stdout
    broken = paths.goals.read_bytes() + b"\n[[goals]\n"
    paths.goals.write_bytes(broken)
    _old(paths.goals, 10)
    for _ in range(2):
        listed = cli(["goals"])
        assert listed.exit_code == 1
        assert str(paths.goals) in listed.stderr and "line" in listed.stderr
    assert paths.goals.read_bytes() == broken


def test_goal_records_equal_the_goal_list(journal: list[Path], paths: Paths) -> None:
    from mi_journal.goals.editing import goal_to_dict, hidden_count, list_goals
    from mi_journal.goals.listing import goal_records, hidden, shown

    for _ in range(2):  # worked out, then kept
        records = goal_records(paths)
        assert records == [goal_to_dict(goal) for goal in list_goals(paths, include_all=True)]
        assert shown(records) == [goal_to_dict(goal) for goal in list_goals(paths)]
        assert hidden(records) == hidden_count(paths) == 2


def test_kept_summaries_are_not_read_again(
        journal: list[Path], paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.goals.listing import goal_records
    from mi_journal.packs.summaries import pack_summaries

    packs, goals = pack_summaries(paths), goal_records(paths)

    def fail(*_: object, **__: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr("mi_journal.packs.loader.load_pack_file", fail)
    monkeypatch.setattr("mi_journal.packs.loader.load_pack_bytes", fail)
    monkeypatch.setattr("mi_journal.goals.editing.list_goals", fail)
    assert pack_summaries(paths) == packs
    assert goal_records(paths) == goals


def test_pack_summaries_equal_the_pack_list(
        journal: list[Path], paths: Paths, tmp_path: Path) -> None:
    from mi_journal.packs.registry import list_packs
    from mi_journal.packs.summaries import pack_summaries, summary_of

    broken = paths.packs / "broken.toml"
    broken.write_text('[pack]\nid = "broken"\ntitle = \n', encoding="utf-8")
    _old(broken)
    (paths.packs / "evoking.toml").write_text(  # an installed pack wins over a built-in
        PACK.replace("week-one", "evoking").format(start="2026-01-01", due="2026-01-09"),
        encoding="utf-8")
    _old(paths.packs / "evoking.toml")
    for _ in range(2):  # worked out, then kept
        listing, summaries = list_packs(paths), pack_summaries(paths)
        assert summaries.packs == [summary_of(entry.pack, entry.source, entry.location)
                                   for entry in listing.packs]
        assert [str(problem) for problem in summaries.problems] == \
            [str(problem) for problem in listing.problems] != []
        assert any(pack.id == "evoking" and pack.source == "installed"
                   for pack in summaries.packs)


def test_pack_list_follows_changes_and_reports_a_broken_pack(
        cli: Cli, journal: list[Path], paths: Paths) -> None:
    installed = paths.packs / "week-one.toml"
    assert "Week one" in cli(["pack", "list"]).stdout
    installed.write_text(installed.read_text(encoding="utf-8").replace(
        'title = "Week one"', 'title = "Week one, again"'), encoding="utf-8")
    _old(installed, 30)
    assert "Week one, again" in cli(["pack", "list"]).stdout
    assert "Week one, again" in cli(["homework"]).stdout
    broken = installed.read_bytes().replace(b'title = "Week one, again"', b'title = "Week')
    installed.write_bytes(broken)
    _old(installed, 20)
    for _ in range(2):
        listed = cli(["pack", "list"])
        assert listed.exit_code == 0
        problem = "".join(listed.stderr.splitlines())  # rich wraps it at 80 columns
        assert str(installed) in problem and "line 3" in problem
        assert "week-one" not in listed.stdout and "evoking" in listed.stdout
    assert installed.read_bytes() == broken
    assert "week-one" not in cli(["homework"]).stdout


# --- writing without rich is writing what rich writes ---------------------------------

_TEXT = st.lists(st.sampled_from(
    [*"ab cdé\t\t-*1.", "日本", "\u0301", "\x1b", "[b]", "\u200d", "👍", "\u202e", "  "]),
    max_size=40).map("".join)
_SAID = st.builds(
    lambda text, style, hang, keep, whole: (text, style, hang, keep, whole),
    st.one_of(st.none(), _TEXT), st.sampled_from(["", "bold", "dim", "bold cyan"]),
    st.one_of(st.none(), st.integers(0, 6)), st.lists(_TEXT, max_size=2), st.booleans())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(_SAID, max_size=6), width=st.sampled_from([None, 12, 20, 33, 80]))
def test_plain_writing_is_what_rich_writes_off_a_terminal(
        items: list[tuple[str | None, str, int | None, list[str], bool]],
        width: int | None) -> None:
    from rich.console import Console

    from mi_journal.cli.render import Said, plain_said, print_said

    said = [Said(text, style, hang, tuple(keep), whole)
            for text, style, hang, keep, whole in items]
    saved = os.environ.get("COLUMNS")
    try:
        if width is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = str(width)
        buffer = io.StringIO()
        # as `mij show` and the listings built rich's console for a file or a pipe
        out = Console(file=buffer, force_terminal=False, no_color=True, width=100,
                      highlight=False, emoji=False, markup=False)
        print_said(out, said)
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    assert plain_said(said, width) == buffer.getvalue()


def test_the_shown_entry_is_what_rich_wrote_before(journal: list[Path], paths: Paths) -> None:
    """The entry as the rich console wrote it off a terminal (the way `mij show` printed
    every entry before it was served by the index) and as it is written now."""
    from rich.console import Console

    from mi_journal.cli.journal_view import _entry_text, entry_said
    from mi_journal.cli.render import print_said
    from mi_journal.storage.entries import read_entry
    from mi_journal.storage.record_json import entry_record

    record = entry_record(read_entry(journal[-1]))
    buffer = io.StringIO()
    out = Console(file=buffer, force_terminal=False, no_color=True, width=100,
                  highlight=False, emoji=False, markup=False)
    print_said(out, entry_said(record))
    assert _entry_text(record, False, 100) == buffer.getvalue()
    assert "\t" not in buffer.getvalue() and "日本語" in buffer.getvalue()

"""Homework: progress over simulated days, what is due, kind words; `mij homework [do]`."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.homework import (
    assigned_prompts,
    due_today,
    expected_total,
    homework_list,
    homework_listing,
    progress_for,
)
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.model import Assignment, Pack
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind
from tests.conftest import Cli, welcome_seen

START = date(2026, 3, 2)  # a Monday

PACK = """\
[pack]
id = "week-one"
title = "Week one"
version = "1.0.0"

[assignment]
assigned_by = "Dana"
note = "A few minutes on most days."
start = 2026-03-02
due = 2026-03-08
frequency = "daily"
times = 5

[[prompts]]
id = "noticed"
stage = "engaging"
kind = "text"
text = "What did you notice today?"

[[prompts]]
id = "step"
stage = "planning"
kind = "text"
text = "What might you try tomorrow?"
optional = true
"""


def entry_on(day: date, pack: str = "week-one", hour: int = 20) -> Entry:
    created = datetime(day.year, day.month, day.day, hour, 0).astimezone()
    return Entry(
        id=f"{day:%Y%m%d}-{hour:02d}0000-{abs(hash((day, pack, hour))) % 10**6:06d}",
        created=created, kind=EntryKind.interview, pack=pack,
        answers=[Answer(prompt="noticed", question="What did you notice today?",
                        kind=AnswerKind.text, value="something")],
    )


def pack_with(**changes: str) -> Pack:
    text = PACK
    for key, value in changes.items():
        lines = [line for line in text.splitlines() if not line.startswith(f"{key} =")]
        if value:
            at = lines.index("[assignment]") + 1
            lines.insert(at, f"{key} = {value}")
        text = "\n".join(lines) + "\n"
    return parse_pack(text, "p.toml")


# --- domain ------------------------------------------------------------------------------


def test_expected_total_rules() -> None:
    assert expected_total(Assignment()) == 1
    assert expected_total(Assignment(frequency="daily")) == 1
    assert expected_total(Assignment(frequency="daily", start=START,
                                     due=START + timedelta(days=6))) == 7
    assert expected_total(Assignment(frequency="weekly", start=START,
                                     due=START + timedelta(days=27))) == 4
    assert expected_total(Assignment(frequency="daily", times=3)) == 3


def test_assignment_is_validated() -> None:
    from mi_journal.packs.loader import PackError

    with pytest.raises(PackError, match="before start"):
        pack_with(due="2026-03-01")
    with pytest.raises(PackError, match="once"):
        pack_with(frequency='"once"')
    with pytest.raises(PackError, match="frequency"):
        pack_with(frequency='"hourly"')
    with pytest.raises(PackError, match="not a prompt"):
        pack_with(prompts='["nope"]')
    with pytest.raises(PackError, match="either"):
        pack_with(prompts='["noticed"]', stages='["engaging"]')
    with pytest.raises(PackError, match="assignment"):
        parse_pack(PACK.replace("times = 5", "timez = 5"), "p.toml")


def test_progress_over_a_simulated_week() -> None:
    pack = pack_with()
    entries: list[Entry] = []
    seen = []
    # The person writes on Monday, Tuesday, skips Wednesday, writes Thursday twice.
    plan = {0: 1, 1: 1, 2: 0, 3: 2, 4: 0, 5: 0, 6: 0}
    for offset in range(7):
        today = START + timedelta(days=offset)
        before = progress_for(pack, entries, today)
        seen.append((before.status, before.due_today))
        for n in range(plan[offset]):
            entries.append(entry_on(today, hour=9 + n))
        after = progress_for(pack, entries, today)
        if plan[offset]:
            assert after.status == "waiting" and not after.due_today
    assert all(status == "due-today" and due for status, due in seen)
    final = progress_for(pack, entries, START + timedelta(days=6))
    assert (final.done, final.expected, final.progress) == (4, 5, "4 of 5")
    later = progress_for(pack, entries, START + timedelta(days=9))
    assert later.status == "room-left" and later.due_today
    entries.append(entry_on(START + timedelta(days=9)))
    done = progress_for(pack, entries, START + timedelta(days=9))
    assert done.status == "done" and not done.due_today and done.progress == "5 of 5"


def test_entries_before_start_or_of_other_packs_do_not_count() -> None:
    pack = pack_with()
    entries = [entry_on(START - timedelta(days=1)), entry_on(START, pack="checkin")]
    item = progress_for(pack, entries, START)
    assert item.done == 0 and item.due_today


def test_before_the_start_it_is_upcoming() -> None:
    item = progress_for(pack_with(), [], START - timedelta(days=2))
    assert item.status == "upcoming" and not item.due_today


def test_weekly_periods() -> None:
    pack = pack_with(frequency='"weekly"', due="2026-03-29", times="")
    entries = [entry_on(START + timedelta(days=2))]
    assert progress_for(pack, entries, START + timedelta(days=6)).status == "waiting"
    next_week = progress_for(pack, entries, START + timedelta(days=7))
    assert next_week.status == "due-today" and next_week.progress == "1 of 4"


def test_once() -> None:
    pack = pack_with(frequency='"once"', times="")
    assert progress_for(pack, [], START).due_today
    item = progress_for(pack, [entry_on(START + timedelta(days=1))], START + timedelta(days=3))
    assert item.status == "done"


def test_assigned_prompts_subset() -> None:
    assert assigned_prompts(pack_with()) is None
    assert assigned_prompts(pack_with(stages='["planning"]')) == ["step"]
    assert assigned_prompts(pack_with(prompts='["noticed"]')) == ["noticed"]


def install(tmp_path: Path, paths: Paths, text: str = PACK) -> None:
    from mi_journal.packs.install import install_pack

    source = tmp_path / "hw.toml"
    source.write_text(text, encoding="utf-8")
    install_pack(paths, source)


def test_homework_list_and_due_today_read_the_journal(tmp_path: Path, paths: Paths) -> None:
    from mi_journal.storage.entries import write_new_entry

    assert homework_list(paths) == []
    install(tmp_path, paths)
    today = START + timedelta(days=1)
    assert [item.pack_id for item in due_today(paths, today)] == ["week-one"]
    write_new_entry(paths, entry_on(today))
    assert due_today(paths, today) == []
    [item] = homework_list(paths, today)
    assert item.progress == "1 of 5"


# --- CLI ---------------------------------------------------------------------------------

UNKIND = ("failed", "missed", "overdue", "behind", "late")


def today_pack(days_from_start: int = 0, due_in: int = 6) -> str:
    start = date.today() - timedelta(days=days_from_start)
    return PACK.replace("start = 2026-03-02", f"start = {start.isoformat()}").replace(
        "due = 2026-03-08", f"due = {(start + timedelta(days=due_in)).isoformat()}")


def test_homework_command_lists_progress_and_due(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    empty = cli(["homework"])
    assert empty.exit_code == 0 and "pack add" in empty.output
    install(tmp_path, paths, today_pack())
    result = cli(["homework"])
    assert result.exit_code == 0
    assert "Week one" in result.output and "0 of 5" in result.output
    assert "today" in result.output and "Dana" in result.output
    data = json.loads(cli(["homework", "--json"]).output)
    assert data[0]["pack"] == "week-one" and data[0]["due_today"] is True


def test_past_due_is_said_kindly(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    install(tmp_path, paths, today_pack(days_from_start=10))
    output = cli(["homework"]).output
    assert "still room" in output and "whenever you are ready" in output
    assert not any(word in output.lower() for word in UNKIND)


def test_homework_do_runs_the_interview_and_counts(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    install(tmp_path, paths, today_pack())
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"noticed": "I paused before the second drink"}), "utf-8")
    result = cli(["homework", "do", "week-one", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    from mi_journal.storage.entries import load_entries

    [entry] = load_entries(paths).entries
    value = entry.answers[0].value
    assert entry.pack == "week-one" and isinstance(value, str) and value.startswith("I paused")
    assert "1 of 5" in cli(["homework"]).output
    assert json.loads(cli(["homework", "--json"]).output)[0]["due_today"] is False


def test_homework_do_asks_only_the_assigned_stages(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    text = today_pack().replace('times = 5', 'times = 5\nstages = ["planning"]')
    install(tmp_path, paths, text)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"step": "a walk"}), "utf-8")
    assert cli(["homework", "do", "week-one", "--answers", str(answers)]).exit_code == 0
    from mi_journal.storage.entries import load_entries

    [entry] = load_entries(paths).entries
    assert [answer.prompt for answer in entry.answers] == ["step"]


def test_homework_do_problems(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    assert cli(["homework", "do", "checkin"]).exit_code == 1  # no assignment
    assert cli(["homework", "do", "no-such-pack"]).exit_code == 1
    install(tmp_path, paths, today_pack())
    assert cli(["homework", "do", "week-one"], input="").exit_code == 2  # no terminal


def test_home_screen_shows_what_is_due(tmp_path: Path, paths: Paths,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console

    from mi_journal.cli.cmd_homework import print_due_today

    install(tmp_path, paths, today_pack())
    buffer = io.StringIO()
    print_due_today(Console(file=buffer, width=200))
    assert "Week one: 0 of 5" in buffer.getvalue()
    assert "mij homework do week-one" in buffer.getvalue()


def test_homework_do_in_a_real_terminal(tmp_path: Path, paths: Paths) -> None:
    import pexpect

    from mi_journal.storage.entries import load_entries
    from tests.conftest import mij_command, subprocess_env

    install(tmp_path, paths, today_pack().replace("times = 5", 'times = 5\nstages = ["planning"]'))
    welcome_seen(paths.home)
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "homework", "do", "week-one"], encoding="utf-8",
        timeout=30, dimensions=(50, 200),
        env=subprocess_env(paths.home, TERM="dumb", COLUMNS="200", LINES="50"),
    )
    child.expect_exact("What might you try tomorrow?")
    child.expect_exact("> ")
    child.sendline("a walk after dinner")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [entry] = load_entries(paths).entries
    assert entry.pack == "week-one"
    assert [(a.prompt, a.value) for a in entry.answers] == [("step", "a walk after dinner")]


def test_a_pack_that_cannot_be_read_is_named_not_dropped(cli: Cli, tmp_path: Path,
                                                         paths: Paths) -> None:
    """An installed pack broken by a hand edit stays in its place and is said, with its
    path and line, by `mij homework` (as `mij pack list` says it); the others still list."""
    install(tmp_path, paths, today_pack())
    broken = paths.packs / "broken-homework.toml"
    text = "id = \"broken-homework\"\ntitle = = \"Oops\"\n"
    broken.write_text(text, encoding="utf-8")
    listing = homework_listing(paths)
    assert [item.pack_id for item in listing.items] == ["week-one"]
    [problem] = listing.problems
    assert broken.name in str(problem) and "line 2" in str(problem)
    assert homework_list(paths) == listing.items
    result = cli(["homework"])
    assert result.exit_code == 0 and "Week one" in result.stdout
    [note] = [line for line in result.stderr.splitlines() if broken.name in line]
    assert note.startswith("mij: ") and "line 2" in note
    assert broken.read_text(encoding="utf-8") == text  # left as it was
    as_json = cli(["homework", "--json"])
    assert json.loads(as_json.stdout)[0]["pack"] == "week-one"
    assert broken.name in as_json.stderr

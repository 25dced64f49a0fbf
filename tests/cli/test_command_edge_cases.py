"""Fixes from an independent review of the journal, goals, trends and exports.

Each finding is tested through the command line (the `cli` fixture) and on the
domain function that holds the fix.
"""

from __future__ import annotations

import errno
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mi_journal.core.errors import DataFileError, MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.storage.entries import load_entries, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Goal, Ruler
from tests.conftest import Cli

TZ = timezone(timedelta(hours=-5))


def _entry(when: datetime, suffix: str, *, tags: list[str] | None = None,
           goals: list[str] | None = None, **rulers: int) -> Entry:
    answers = [
        Answer(prompt=f"{name}-ruler", question=f"How {name}, 0-10?", kind=AnswerKind.scale,
               value=value, ruler=Ruler(name))
        for name, value in rulers.items()
    ]
    return Entry(
        id=f"{when:%Y%m%d-%H%M%S}-{suffix}", created=when,
        kind=EntryKind.checkin if answers else EntryKind.note,
        text=None if answers else "a few words", tags=tags or [], goals=goals or [],
        answers=answers,
    )


def _entry_files(home: Path) -> list[Path]:
    return sorted((home / "entries").rglob("*.toml")) if (home / "entries").exists() else []


def _save_goals(paths: Paths, ids: list[str]) -> None:
    from mi_journal.storage.goals import editing_goals

    stamp = datetime(2026, 3, 1, 9, tzinfo=UTC)
    with editing_goals(paths) as goals:
        goals.goals.extend(
            Goal(id=goal_id, title=f"goal {goal_id}", created=stamp, updated=stamp)
            for goal_id in ids
        )


# --- 1. `mij note --tag "   "` saved a blank tag (shown as a lone "#") ----------------


def test_note_tag_of_only_spaces_is_refused(cli: Cli, journal_home: Path) -> None:
    result = cli(["note", "--tag", "   ", "hello"])
    assert result.exit_code == 1
    assert "tag" in result.stderr and "Nothing was saved" in result.stderr
    assert "\n" not in result.stderr.strip()
    assert _entry_files(journal_home) == []


def test_note_tags_are_read_as_mij_tag_reads_them(cli: Cli, paths: Paths) -> None:
    result = cli(["note", "-t", "#work", "-t", " work ", "-t", " sleep", "hello"])
    assert result.exit_code == 0, result.stderr
    [entry] = load_entries(paths).entries
    assert entry.tags == ["sleep", "work"]


def test_clean_tags() -> None:
    from mi_journal.journal.notes import clean_tags

    assert clean_tags(["#a", " a ", "b", "@c++"]) == ["a", "b", "@c++"]
    assert clean_tags([]) == []
    for blank in ("", "   ", "#", " # "):
        with pytest.raises(MijError):
            clean_tags(["ok", blank])


# --- 2. `mij show` and `mij tag` wrote jrnl's tags as "#@c++" ------------------------


def test_show_and_tag_write_jrnl_tags_as_written(cli: Cli, paths: Paths) -> None:
    entry = _entry(datetime(2024, 3, 10, 9, 5, tzinfo=TZ), "y2mjdp", tags=["@c++", "starred"])
    write_new_entry(paths, entry)
    shown = cli(["show", entry.id])
    assert shown.exit_code == 0, shown.stderr
    assert "tags: @c++ #starred" in shown.stdout and "#@" not in shown.stdout
    tagged = cli(["tag", entry.id, "+x"])
    assert tagged.exit_code == 0, tagged.stderr
    assert "Tags now: @c++ #starred #x" in tagged.stdout


def test_tag_shown() -> None:
    from mi_journal.journal.changes import _shown_tag
    from mi_journal.messages.journal import tag_shown, tags_changed

    assert [tag_shown(t) for t in ("work", "@os/2", "#x", "two  words")] == [
        "#work", "@os/2", "#x", "#two words"]
    assert _shown_tag("@c++") == tag_shown("@c++")  # `mij list` uses the same rule
    assert tags_changed("id1", ["x"], [], ["@c++", "x"]).endswith("Tags now: @c++ #x")


# --- 3. the Markdown report had no rulers, though the README promises them --------


def test_markdown_export_shows_the_rulers(cli: Cli, paths: Paths) -> None:
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa",
                                  importance=4, confidence=6))
    write_new_entry(paths, _entry(datetime(2026, 3, 8, 9, tzinfo=TZ), "bbbbbb", importance=7))
    result = cli(["export", "--format", "md"])
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert "## Rulers over time (0-10)" in md
    assert "| importance | 2 | 4 (2026-03-01) | 7 (2026-03-08) | 4-7 |" in md
    assert "| confidence | 1 | 6 (2026-03-01) | 6 (2026-03-01) | 6-6 |" in md
    assert md.index("## Rulers") < md.index("## Entries")


def test_markdown_rulers_section_domain(paths: Paths) -> None:
    from mi_journal.exporting.markdown import render_markdown
    from mi_journal.exporting.selection import Selection, select
    from mi_journal.messages.export import EXPORT_NO_READINGS

    fixed = datetime(2026, 5, 1, 10, tzinfo=UTC)
    empty = render_markdown(select(paths, Selection(), fixed))
    assert "## Rulers over time (0-10)" in empty and EXPORT_NO_READINGS in empty
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa", readiness=0))
    md = render_markdown(select(paths, Selection(), fixed))
    assert "| readiness | 1 | 0 (2026-03-01) | 0 (2026-03-01) | 0-0 |" in md
    assert "| importance |" not in md


# --- 4. reports said "set-aside" where every other screen says "set aside" --------


def test_reports_say_set_aside_in_words(cli: Cli) -> None:
    added = cli(["goals", "add", "Walk after work", "--json"])
    goal_id = json.loads(added.stdout)["id"]
    assert cli(["goals", "status", goal_id, "set-aside"]).exit_code == 0
    md = cli(["export", "--format", "md"]).stdout
    html = cli(["export", "--format", "html"]).stdout
    assert "*set aside*" in md and "set-aside" not in md
    assert "· set aside</span>" in html and "set-aside" not in html


def test_goal_facts_words() -> None:
    from mi_journal.exporting.common import goal_facts
    from mi_journal.storage.models import GoalStatus

    stamp = datetime(2026, 3, 1, 9, tzinfo=UTC)
    goal = Goal(id="ab", title="t", created=stamp, updated=stamp, status=GoalStatus.set_aside)
    assert goal_facts(goal) == ["set aside"]
    assert goal_facts(goal.model_copy(update={"status": GoalStatus.paused})) == ["paused"]


# --- 5. `mij list --goal` took only a whole goal id, unlike every goals command -----


def test_list_goal_takes_the_start_of_an_id(cli: Cli, paths: Paths) -> None:
    _save_goals(paths, ["k3mz", "k3ab", "hhph"])
    entry = _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa", goals=["hhph"])
    write_new_entry(paths, entry)
    write_new_entry(paths, _entry(datetime(2026, 3, 2, 9, tzinfo=TZ), "bbbbbb", goals=["k3mz"]))
    found = cli(["list", "--goal", "HH", "--json"])
    assert found.exit_code == 0, found.stderr
    assert [row["id"] for row in json.loads(found.stdout)] == [entry.id]
    ambiguous = cli(["list", "--goal", "k3"])
    assert ambiguous.exit_code == 2
    assert "k3ab, k3mz" in ambiguous.stderr and "\n" not in ambiguous.stderr.strip()


def test_resolve_goal_filter(paths: Paths) -> None:
    from mi_journal.journal.filters import resolve_goal_filter

    assert resolve_goal_filter(paths, "ab") == "ab"  # no goals file: as typed
    _save_goals(paths, ["k3mz", "k3ab", "hhph"])
    assert resolve_goal_filter(paths, None) is None
    assert resolve_goal_filter(paths, " HH ") == "hhph"
    assert resolve_goal_filter(paths, "k3mz") == "k3mz"
    assert resolve_goal_filter(paths, "zz") == "zz"  # an imported entry's goal, say
    with pytest.raises(UsageProblem, match="k3ab, k3mz"):
        resolve_goal_filter(paths, "k3")
    paths.goals.write_text("not = = toml\n", encoding="utf-8")
    assert resolve_goal_filter(paths, "hh") == "hh"


# --- 6. an empty --since '' was silently no filter at all -------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--since", ""],
        ["list", "--until", ""],
        ["list", "--since", " "],
        ["trends", "--since", ""],
        ["reflect", "--since", ""],
        ["export", "--since", ""],
        ["export", "--format", "md", "--until", ""],
    ],
)
def test_empty_date_is_a_usage_problem(cli: Cli, paths: Paths, args: list[str]) -> None:
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa"))
    result = cli(args)
    assert result.exit_code == 2, (args, result.stdout, result.stderr)
    assert "not a date I can read" in result.stderr and result.stdout == ""


def test_build_filter_empty_dates() -> None:
    from mi_journal.journal.filters import build_filter

    assert build_filter(since=None).since is None
    for bad in ("", "   "):
        with pytest.raises(UsageProblem):
            build_filter(since=bad)
        with pytest.raises(UsageProblem):
            build_filter(until=bad)


# --- 7. `mij trends` left out an unreadable entry file without saying so ---------


def _break_one(paths: Paths) -> Path:
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa", importance=5))
    broken = write_new_entry(paths, _entry(datetime(2026, 3, 2, 9, tzinfo=TZ), "bbbbbb",
                                           importance=8))
    broken.write_text('schema = 1\ntext = "cut off\n', encoding="utf-8")
    return broken


def test_trends_names_an_unreadable_file(cli: Cli, paths: Paths) -> None:
    broken = _break_one(paths)
    before = broken.read_bytes()
    for args in (["trends"], ["trends", "--json"]):
        result = cli(args)
        assert result.exit_code == 0, result.stderr
        assert "left out of this chart (the file is unchanged)" in result.stderr
        assert str(broken) in result.stderr and "line 2" in result.stderr
    assert json.loads(cli(["trends", "--json"]).stdout)["readings"][0]["value"] == 5
    assert broken.read_bytes() == before


def test_read_readings_reports_problems(paths: Paths) -> None:
    from mi_journal.reflect.trends import load_readings, read_readings

    broken = _break_one(paths)
    readings, problems = read_readings(paths)
    assert [r.value for r in readings] == [5]
    assert len(problems) == 1 and str(broken) in problems[0]
    assert load_readings(paths) == readings


# --- 8. a lock that could not be taken said the system's words ("Read-only file system")


def test_lock_problem_in_plain_words(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.storage import locking

    def read_only(path: Path) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(locking, "try_lock", read_only)
    result = cli(["goals", "add", "Walk after work"])
    assert result.exit_code == 1
    assert "could not lock" in result.stderr and "the folder is read-only" in result.stderr
    assert "nothing was changed" in result.stderr and "Read-only file system" not in result.stderr


def test_lock_problem_wording(tmp_path: Path) -> None:
    from mi_journal.storage.locking import _lock_problem

    text = _lock_problem(tmp_path / "goals.lock", OSError(errno.EACCES, "Permission denied"))
    lock = tmp_path / "goals.lock"
    assert text == f"could not lock {lock}: permission denied; nothing was changed."


# --- 9. an unreadable goals.toml stopped every export without a way forward --------


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_export_with_unreadable_goals_suggests_no_goals(cli: Cli, paths: Paths, tmp_path: Path,
                                                         fmt: str) -> None:
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa"))
    _save_goals(paths, ["ab"])
    paths.goals.write_text(paths.goals.read_text(encoding="utf-8") + "oops = = 1\n",
                           encoding="utf-8")
    before = paths.goals.read_bytes()
    target = tmp_path / f"out.{fmt}"
    result = cli(["export", "--format", fmt, "-o", str(target)])
    assert result.exit_code == 1
    assert str(paths.goals) in result.stderr and "--no-goals" in result.stderr
    assert "\n" not in result.stderr.strip() and not target.exists()
    kept = cli(["export", "--format", fmt, "--no-goals", "-o", str(target)])
    assert kept.exit_code == 0, kept.stderr
    assert target.exists() and paths.goals.read_bytes() == before


def test_select_names_unreadable_goals(paths: Paths) -> None:
    from mi_journal.exporting.selection import Selection, select

    paths.home.mkdir(parents=True, exist_ok=True)
    paths.goals.write_text("oops = = 1\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        select(paths, Selection())
    assert caught.value.path == paths.goals and "--no-goals" in str(caught.value)
    assert select(paths, Selection(include_goals=False)).goals == []


# --- 10. a Markdown report ran the person's lines together when rendered -----------


def test_markdown_keeps_line_breaks_when_rendered(cli: Cli, paths: Paths) -> None:
    from markdown_it import MarkdownIt

    assert cli(["note", "reasons:\nsleep better\nmore money\n\nnew paragraph"]).exit_code == 0
    md = cli(["export", "--format", "md"]).stdout
    assert "> reasons:  \n> sleep better  \n> more money\n>\n> new paragraph\n" in md
    html = MarkdownIt("commonmark").render(md)
    assert "reasons:<br />\nsleep better<br />\nmore money</p>" in html


def test_quote_hard_breaks() -> None:
    from mi_journal.exporting.markdown import _quote

    assert _quote("a\nb\n\nc") == ["> a  ", "> b", ">", "> c"]
    assert _quote("one line") == ["> one line"]


# --- 11. "the answers name prompt that ..." ----------------------------------------


def test_unknown_answer_id_reads_as_a_sentence(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "a.toml"
    answers.write_text('focus = "x"\nimportance = 5\nconfidence = 3\nreadiness = 4\nbogus = 1\n',
                       encoding="utf-8")
    result = cli(["interview", "--pack", "rulers", "--answers", str(answers)])
    assert result.exit_code == 1
    assert "the answers name a prompt that rulers does not ask: bogus" in result.stderr


def test_answers_unknown_ids_wording() -> None:
    from mi_journal.messages.interview import answers_unknown_ids

    assert answers_unknown_ids(["x"], "rulers").startswith("the answers name a prompt that")
    assert answers_unknown_ids(["x", "y"], "rulers").startswith("the answers name prompts that")


# --- 12. marking a done step done again said "one more step taken" again -----------


def _goal_id(cli: Cli, *args: str) -> str:
    result = cli(["goals", "add", "Two alcohol-free weeknights", *args, "--json"])
    assert result.exit_code == 0, result.stderr
    return str(json.loads(result.stdout)["id"])


def test_step_done_twice_says_it_was_already_done(cli: Cli, paths: Paths) -> None:
    goal_id = _goal_id(cli, "--step", "tell Sam")
    first = cli(["goals", "step", goal_id, "done", "1"])
    assert "one more step taken" in first.stdout
    before = paths.goals.read_bytes()
    again = cli(["goals", "step", goal_id, "done", "1"])
    assert again.exit_code == 0
    said = again.stdout.strip()
    assert said == f"Step 1 of goal {goal_id} was already done; nothing was changed."
    assert paths.goals.read_bytes() == before
    assert cli(["goals", "step", goal_id, "undo", "1"]).stdout.strip().endswith("open again.")
    assert "was already open" in cli(["goals", "step", goal_id, "undo", "1"]).stdout
    out_of_range = cli(["goals", "step", goal_id, "done", "2"])
    assert out_of_range.exit_code == 1 and "no step 2" in out_of_range.stderr


def test_same_status_again_says_so_and_keeps_a_note(cli: Cli, paths: Paths) -> None:
    goal_id = _goal_id(cli)
    assert "is now paused" in cli(["goals", "status", goal_id, "paused"]).stdout
    again = cli(["goals", "status", goal_id, "paused"])
    assert again.stdout.strip() == f"Goal {goal_id} was already paused; nothing was changed."
    noted = cli(["goals", "status", goal_id, "paused", "--note", "still resting"])
    assert "was already paused; your note is kept with it." in noted.stdout
    shown = json.loads(cli(["goals", "show", goal_id, "--json"]).stdout)
    assert [note["text"] for note in shown["notes"]] == ["still resting"]


def test_already_messages_and_unchanged_goal(paths: Paths) -> None:
    from mi_journal.goals.editing import add_goal, mark_step
    from mi_journal.messages.goals import goal_status_already, goal_step_already

    assert goal_step_already("ab", 2, True) == (
        "Step 2 of goal ab was already done; nothing was changed.")
    assert goal_step_already("ab", 2, False).endswith("was already open; nothing was changed.")
    assert goal_status_already("ab", "set aside", False) == (
        "Goal ab was already set aside; nothing was changed.")
    assert goal_status_already("ab", "done", True).endswith("your note is kept with it.")
    goal = add_goal(paths, "walk", steps=["shoes"])
    done = mark_step(paths, goal.id, 1, done=True).goal
    assert mark_step(paths, goal.id, 1, done=True).goal.updated == done.updated


# --- 13. `mij edit` without a terminal and without $EDITOR started vi anyway ------


def test_edit_without_terminal_or_editor_opens_nothing(
    cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    started: list[object] = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: started.append(a))
    assert cli(["note", "keep me"]).exit_code == 0
    [path] = _entry_files(paths.home)
    before = path.read_bytes()
    result = cli(["edit", "last"])
    assert result.exit_code == 2
    assert "no terminal" in result.stderr and "$EDITOR" in result.stderr
    assert "\n" not in result.stderr.strip()
    assert started == [] and path.read_bytes() == before


def test_editor_command_falls_back_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from mi_journal.cli import cmd_journal, render

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(render, "stdin_is_terminal", lambda: False)
    with pytest.raises(UsageProblem):
        cmd_journal.editor_command()
    monkeypatch.setattr(render, "stdin_is_terminal", lambda: True)
    assert cmd_journal.editor_command() == ["nano"]
    monkeypatch.setattr(render, "stdin_is_terminal", lambda: False)
    monkeypatch.setenv("EDITOR", "my-script --flag")
    assert cmd_journal.editor_command() == ["my-script", "--flag"]


# --- 14. a jrnl entry in the hour skipped by daylight saving moved back an hour ----


# (the `new_york` fixture is in conftest.py)


def test_jrnl_time_in_the_spring_gap_keeps_its_wall_time(cli: Cli, tmp_path: Path,
                                                        new_york: None) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"tags": {}, "entries": [
        {"title": "gap", "body": "", "date": "2024-03-10", "time": "02:30", "tags": [],
         "starred": False},
        {"title": "plain", "body": "", "date": "2024-03-11", "time": "09:05", "tags": [],
         "starred": False},
    ]}), encoding="utf-8")
    assert cli(["import", "--from", "jrnl", str(source)]).exit_code == 0
    rows = json.loads(cli(["list", "--json"]).stdout)
    assert [row["created"][:16] for row in rows] == ["2024-03-11T09:05", "2024-03-10T02:30"]
    assert "added 0, already present 2" in cli(["import", "--from", "jrnl", str(source)]).stdout


def test_local_time_keeps_wall_time(new_york: None) -> None:
    from mi_journal.importing.jrnl import JrnlEntry, local_time

    gap = local_time(JrnlEntry("t", "", "2024-03-10", "02:30", (), False))
    assert (gap.hour, gap.minute) == (2, 30) and gap.utcoffset() == timedelta(hours=-5)
    fold = local_time(JrnlEntry("t", "", "2024-11-03", "01:30", (), False))
    assert (fold.hour, fold.minute) == (1, 30)
    summer = local_time(JrnlEntry("t", "", "2024-07-02", "08:30", (), False))
    assert (summer.hour, summer.utcoffset()) == (8, timedelta(hours=-4))


# --- 15. an empty --pack '', --tag '' or --goal '' silently meant "everything" -----


@pytest.mark.parametrize("option", ["--pack", "--tag", "--goal", "--stage"])
def test_empty_filter_is_a_usage_problem(cli: Cli, paths: Paths, option: str) -> None:
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa"))
    result = cli(["list", option, " "])
    assert result.exit_code == 2 and result.stdout == ""
    assert option in result.stderr or "stage" in result.stderr


def test_build_filter_refuses_empty_names() -> None:
    from mi_journal.journal.filters import build_filter

    for name in ("pack", "tag", "goal"):
        with pytest.raises(UsageProblem, match=f"--{name} was given nothing"):
            build_filter(**{name: ""})
    assert build_filter(tag="Work").tag == "Work"


# --- 16. `mij export -o -` wrote a file named "-"; -o FOLDER suggested --force -----


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_export_dash_prints_to_the_screen(cli: Cli, paths: Paths, tmp_path: Path, fmt: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_new_entry(paths, _entry(datetime(2026, 3, 1, 9, tzinfo=TZ), "aaaaaa"))
    result = cli(["export", "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert "a few words" in result.stdout and not (tmp_path / "-").exists()


def test_export_dash_on_the_fast_path(journal_home: Path, tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    env = subprocess_env(journal_home)
    subprocess.run([*mij_command(), "note", "hello there"], env=env, check=True,
                   capture_output=True, timeout=60)
    done = subprocess.run([*mij_command(), "export", "-o", "-"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entries"][0]["text"] == "hello there"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_export_to_a_folder_does_not_suggest_force(cli: Cli, tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    result = cli(["export", "--format", fmt, "-o", str(folder)])
    assert result.exit_code == 2
    assert "is a folder; please name a file." in result.stderr and "--force" not in result.stderr


def test_screen_or_file_and_refuse_existing(tmp_path: Path) -> None:
    from mi_journal.cli.export_json import refuse_existing, screen_or_file

    assert screen_or_file(None) is None and screen_or_file("-") is None
    assert screen_or_file(Path("-")) is None
    assert screen_or_file("out.json") == Path("out.json")
    with pytest.raises(UsageProblem, match="is a folder"):
        refuse_existing(tmp_path, force=True)
    existing = tmp_path / "x.json"
    existing.write_text("{}", encoding="utf-8")
    with pytest.raises(UsageProblem, match="--force"):
        refuse_existing(existing, force=False)
    refuse_existing(existing, force=True)


# --- 17. "why: Value should have at most 20000 items after validation" -------------


def test_too_long_goal_text_is_counted_in_characters(cli: Cli, paths: Paths) -> None:
    result = cli(["goals", "add", "walk", "--why", "w" * 30_000])
    assert result.exit_code == 1
    assert "why: text may hold at most 20,000 characters, and this has 30,000" in result.stderr
    assert "items" not in result.stderr and not paths.goals.exists()


def test_describe_validation_counts_characters() -> None:
    from pydantic import ValidationError

    from mi_journal.storage.models import Step
    from mi_journal.storage.tomlfile import describe_validation

    with pytest.raises(ValidationError) as long_text:
        Step.model_validate({"text": "s" * 2_001})
    assert describe_validation(long_text.value) == (
        "text: text may hold at most 2,000 characters, and this has 2,001")
    with pytest.raises(ValidationError) as wrong_type:
        Step.model_validate({"text": 5})
    assert describe_validation(wrong_type.value).startswith(
        'text: a text in quotes is needed here')


# --- 18. a note typed in another encoding: "contains an unpaired surrogate" ----------


def test_non_utf8_argument_is_explained(journal_home: Path) -> None:
    import os
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    done = subprocess.run([*mij_command(), "note", os.fsdecode(b"caf\xe9 in latin-1")],
                          env=subprocess_env(journal_home), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "not valid UTF-8" in done.stderr and "encoding" in done.stderr
    assert _entry_files(journal_home) == []


def test_surrogate_problem_wording() -> None:
    from mi_journal.core.vocabulary import SURROGATE_PROBLEM
    from mi_journal.journal.notes import note_record

    assert "not valid UTF-8" in SURROGATE_PROBLEM and "unpaired surrogate" in SURROGATE_PROBLEM
    with pytest.raises(MijError, match="not valid UTF-8"):
        note_record("caf\udce9", [])


# --- 19. a goal title typed on two lines split its row in `mij goals` --------------


def test_goal_title_on_lines_stays_one_row(cli: Cli) -> None:
    goal_id = json.loads(cli(["goals", "add", "walk\nafter work", "--json"]).stdout)["id"]
    listed = cli(["goals"])
    assert listed.exit_code == 0
    [row] = [line for line in listed.stdout.splitlines() if line.startswith(goal_id)]
    assert row.rstrip().endswith("walk after work")
    shown = json.loads(cli(["goals", "show", goal_id, "--json"]).stdout)
    assert shown["title"] == "walk\nafter work"  # the person's words are kept as typed


def test_goal_table_row_domain() -> None:
    from mi_journal.cli.cmd_goals import goal_rows

    stamp = datetime(2026, 3, 1, 9, tzinfo=UTC)
    goals = [Goal(id="ab", title="walk\n after  work", created=stamp, updated=stamp)]
    assert goal_rows(goals, None)[1].endswith("  walk after work")
    assert goal_rows(goals, 30)[1] == "ab  active  -      -       wa\u2026"

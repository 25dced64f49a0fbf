"""Starting homework shows who gave it and their note (as text, never markup), and an entry
whose answers come from several stages is not labelled with one of them.

Before: `mij homework do` opened with the pack's title and description only (the note and
the counsellor's name were in `mij homework` alone), and a pack asking engaging, evoking and
planning questions was saved as the stage most answers came from, so `mij list`, `mij show`
and `mij view` called a week's homework "evoking" (or "planning").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pexpect

from mi_journal.core.textsafe import inert
from mi_journal.messages import homework as homework_msg
from mi_journal.storage.models import Stage
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen
from tests.unit.test_homework import install, today_pack

EXAMPLES = Path(__file__).resolve().parents[2] / "prompts" / "examples"
WEEKLY = "weekly-between-sessions"
# Prompts of three stages: engaging, evoking, planning.
WEEKLY_ANSWERS = {"went-well": "I walked twice", "confidence": 6,
                  "next-week": "walk again on Monday"}


def test_who_gave_it_and_the_note_in_words() -> None:
    assert (homework_msg.homework_from("Dana", "A few minutes.")
            == "A note from Dana: A few minutes.")
    assert homework_msg.homework_from("", "A few minutes.") == "A note with it: A few minutes."
    assert homework_msg.homework_from("Dana", "  ") == "From Dana."
    assert homework_msg.homework_from("", "") == ""


def test_the_note_and_name_open_the_homework_in_a_terminal(tmp_path: Path, paths: Any) -> None:
    note = "[bold]Five minutes[/bold] is plenty, \x1b[31m truly."
    text = today_pack().replace('note = "A few minutes on most days."',
                                f"note = {json.dumps(note)}")
    install(tmp_path, paths, text.replace('assigned_by = "Dana"', 'assigned_by = "[i]Dana"'))
    welcome_seen(paths.home)
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "homework", "do", "week-one"],
                          encoding="utf-8", timeout=30, dimensions=(50, 200),
                          env=subprocess_env(paths.home, TERM="xterm-256color",
                                             COLUMNS="200", LINES="50"))
    child.expect_exact("What did you notice today?")
    before_question = text_before(child)
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)
    child.close()
    shown = inert(homework_msg.homework_from("[i]Dana", note))
    assert "\x1b" not in shown  # spelled out
    assert shown in before_question, before_question  # the brackets as typed
    assert "\x1b[31m" not in before_question  # an escape in the note is spelled out


def test_a_homework_entry_of_several_stages_names_none(cli: Any, tmp_path: Path,
                                                       paths: Any) -> None:
    from mi_journal.storage.entries import load_entries

    shutil.copy(EXAMPLES / f"{WEEKLY}.toml", tmp_path / f"{WEEKLY}.toml")
    assert cli(["pack", "add", str(tmp_path / f"{WEEKLY}.toml")]).exit_code == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(WEEKLY_ANSWERS), "utf-8")
    assert cli(["homework", "do", WEEKLY, "--answers", str(answers)]).exit_code == 0
    [entry] = load_entries(paths).entries
    assert entry.stage is None and entry.pack == WEEKLY
    assert entry.title == "Between sessions: a weekly look back"
    listed = cli(["list"], env={"COLUMNS": "200"}).stdout
    assert f"interview ({WEEKLY})  " in listed, listed
    assert json.loads(cli(["list", "--json"]).stdout)[0]["stage"] is None
    shown = cli(["show", "last"], env={"COLUMNS": "200"}).stdout.splitlines()
    assert shown[0].endswith(f" · interview · pack {WEEKLY}"), shown[0]
    assert "Between sessions: a weekly look back" in shown
    export = tmp_path / "out.json"
    assert cli(["export", "-o", str(export)]).exit_code == 0
    viewed = cli(["view", str(export)], env={"COLUMNS": "200"}).stdout
    assert f"· interview · pack {WEEKLY}\n" in viewed, viewed
    assert not any(f"stage {stage.value}" in viewed for stage in Stage)


def test_only_one_stage_answered_names_it(cli: Any, tmp_path: Path, paths: Any) -> None:
    from mi_journal.storage.entries import load_entries

    install(tmp_path, paths, today_pack())
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"noticed": "a quiet evening"}), "utf-8")
    assert cli(["homework", "do", "week-one", "--answers", str(answers)]).exit_code == 0
    [entry] = load_entries(paths).entries
    assert entry.stage is Stage.engaging  # the planning question was left out


def test_an_entry_saved_with_the_old_label_still_reads(cli: Any, paths: Any) -> None:
    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, now

    write_new_entry(paths, Entry(
        id="20261101-200000-abcdef", created=now(), kind=EntryKind.interview, pack=WEEKLY,
        stage=Stage.evoking, title="Between sessions: a weekly look back",
        answers=[Answer(prompt="went-well", question="What went well?",
                        kind=AnswerKind.long_text, value="a walk")]))
    shown = cli(["show", "abcdef"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0].endswith(f"pack {WEEKLY} · stage evoking")
    assert "(weekly-between-sessions, evoking)" in cli(["list"], env={"COLUMNS": "200"}).stdout

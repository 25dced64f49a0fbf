"""`mij interview`, `mij checkin`, `mij resume` without a terminal: --answers, errors, exit 2."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import common as common_msg
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.storage.entries import load_entries
from mi_journal.storage.models import EntryKind, Stage
from tests.conftest import Cli, mij_command, subprocess_env

DATA = Path(__file__).parents[1] / "data" / "packs"
WIDE = {"COLUMNS": "400"}


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def only_entry(paths: Paths):
    result = load_entries(paths)
    assert result.problems == []
    assert len(result.entries) == 1
    return result.entries[0]


def install_mini(paths: Paths) -> None:
    paths.packs.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "mini-evoking.toml", paths.packs / "mini-evoking.toml")


EVOKING = """
focus = "drinking on weeknights"
importance = 6
importance-lower = "I want to be there for my kids in the mornings."
confidence = 4
strengths = "I stopped smoking once, so I know I can stick with something hard."
"""


def test_evoking_from_toml(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    result = cli(["interview", "evoking", "--answers", write(tmp_path, "a.toml", EVOKING)],
                 env=WIDE)
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    assert entry.kind is EntryKind.interview and entry.pack == "evoking"
    assert entry.stage is Stage.evoking
    by_id = {a.prompt: a for a in entry.answers}
    assert by_id["importance"].value == 6
    assert by_id["importance-lower"].question == "What puts you at 6 and not at 4?"
    assert "importance-zero" not in by_id  # its condition did not hold
    assert by_id["better"].skipped  # optional and left out
    assert "I want to be there for my kids in the mornings." in result.stdout
    assert "Your rulers: importance 6 of 10, confidence 4 of 10." in result.stdout
    assert interview_msg.interview_saved(entry.id) in result.stdout
    assert entry.summary and "I want to be there for my kids" in entry.summary


def test_checkin_from_json(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    answers = {"today": "Calmer than yesterday.", "importance": 8, "confidence": 7,
               "helped": "a walk after dinner"}
    result = cli(["checkin", "--answers", write(tmp_path, "a.json", json.dumps(answers))],
                 env=WIDE)
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    assert entry.kind is EntryKind.checkin and entry.pack == "checkin"
    rulers = {a.ruler.value: a.value for a in entry.answers if a.ruler}
    assert rulers == {"importance": 8, "confidence": 7}


def test_planning_with_a_list_and_json_on_stdin(cli: Cli, paths: Paths) -> None:
    answers = {"focus": "evenings", "next": "make a plan", "goal-title": "Walk after dinner",
               "steps": ["put shoes by the door", "ask Ana"]}
    result = cli(["interview", "planning", "--answers", "-"], input=json.dumps(answers), env=WIDE)
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    steps = next(a for a in entry.answers if a.prompt == "steps")
    assert steps.value == ["put shoes by the door", "ask Ana"]
    assert not (paths.goals.exists())  # goals are only added on the person's yes


@pytest.mark.parametrize("pack_id", ["engaging", "focusing", "rulers", "values",
                                     "decisional-balance", "change-plan",
                                     "looking-back-forward", "extremes", "confidence"])
def test_every_built_in_pack_runs_from_answers(
    cli: Cli, paths: Paths, tmp_path: Path, pack_id: str
) -> None:
    """Answer each required prompt with something valid for its kind."""
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack

    pack = find_pack(paths, pack_id).pack
    interview = Interview(pack)
    answers: dict[str, object] = {}
    while (question := interview.current()) is not None:
        prompt = question.prompt
        kind = prompt.kind.value
        value: object = {
            "scale": prompt.bounds[1], "yes_no": True, "choice": 1, "multi_choice": [1],
            "list": ["one thing", "another"],
        }.get(kind, "In my own words.")
        answers[prompt.id] = value
        interview.submit_value(value)
    source = write(tmp_path, "answers.json", json.dumps(answers))
    result = cli(["interview", "--pack", pack_id, "--answers", source], env=WIDE)
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    assert entry.pack == pack_id
    assert [a.prompt for a in entry.answers if not a.skipped] == list(answers)


def test_stage_filter_on_a_pack(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    install_mini(paths)
    source = write(tmp_path, "a.toml", 'ready = false\n')
    result = cli(["interview", "planning", "--pack", "mini-evoking", "--answers", source])
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    assert entry.stage is Stage.planning
    assert [a.prompt for a in entry.answers] == ["ready"]
    # The whole pack: answers for another stage's prompts are welcome.
    source = write(tmp_path, "b.toml", 'focus = "sleep"\nimportance = 0\nzero = "a scare"\n'
                   'feeling = "tired"\nready = false\n')
    result = cli(["interview", "--pack", "mini-evoking", "--answers", source])
    assert result.exit_code == 0, result.output


def test_answers_for_prompts_whose_conditions_fail_are_noted(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    install_mini(paths)
    source = write(tmp_path, "a.toml", 'ready = false\ngoal-title = "x"\n')
    result = cli(["interview", "planning", "--pack", "mini-evoking", "--answers", source],
                 env=WIDE)
    assert result.exit_code == 0
    assert interview_msg.answers_not_asked(["goal-title"]) in result.stderr


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('focus = "x"\nimportance = 11\n', "prompt 'importance': "
         + interview_msg.scale_out_of_range(0, 10)),
        ('focus = "x"\nimportance = "lots"\n', "prompt 'importance'"),
        ('importance = 5\n', "prompt 'focus': " + interview_msg.ANSWER_NEEDED),
        ('importance = 5\n', "prompt 'focus'"),
        ('focus = "x"\nimportance = 5\nsurprise = "?"\nother = 1\n',
         "does not ask: other, surprise"),
        ('focus = "   "\nimportance = 5\n', "prompt 'focus': " + interview_msg.ANSWER_EMPTY),
        ('focus = [', "TOML: line 1, at the end of the file: the value after"),
        ('focus = ["a"]\nimportance = 5\n', "prompt 'focus'"),
    ],
)
def test_answer_errors_name_the_prompt_and_save_nothing(
    cli: Cli, paths: Paths, tmp_path: Path, content: str, needle: str
) -> None:
    result = cli(["interview", "evoking", "--answers", write(tmp_path, "a.toml", content)],
                 env=WIDE)
    assert result.exit_code == 1
    assert result.stderr.startswith("mij: ")
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert load_entries(paths).entries == []


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("a.json", "[1, 2]", "should map prompt ids"),
        ("a.json", "{nope", "JSON"),
        ("a.json", "[" * 100_000, "nested too deeply"),
        ("a.toml", "a = " + "[" * 100_000, "a.toml: "),
        ("a.txt", '{"focus": 3}', "prompt 'focus'"),
    ],
)
def test_broken_answer_files(
    cli: Cli, tmp_path: Path, name: str, content: str, needle: str
) -> None:
    result = cli(["interview", "evoking", "--answers", write(tmp_path, name, content)], env=WIDE)
    assert result.exit_code == 1
    assert needle in result.stderr


def test_missing_and_huge_answer_files(cli: Cli, tmp_path: Path) -> None:
    result = cli(["interview", "evoking", "--answers", str(tmp_path / "nope.toml")], env=WIDE)
    assert result.exit_code == 1 and "no such file" in result.stderr
    huge = tmp_path / "huge.toml"
    huge.write_text("focus = '" + "x" * (1024 * 1024) + "'\n")
    result = cli(["interview", "evoking", "--answers", str(huge)], env=WIDE)
    assert result.exit_code == 1 and "1 MiB" in result.stderr


def test_too_long_answer_is_refused(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    content = json.dumps({"focus": "x" * 20_001, "importance": 3})
    result = cli(["interview", "evoking", "--answers", write(tmp_path, "a.json", content)],
                 env=WIDE)
    assert result.exit_code == 1
    assert "prompt 'focus'" in result.stderr and "20,000" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["interview", "evoking"],
        ["interview"],
        ["interview", "--pack", "rulers"],
        ["checkin"],
    ],
)
def test_without_a_terminal_it_says_so_and_exits_2(cli: Cli, args: list[str]) -> None:
    result = cli(args, env=WIDE)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"mij: {common_msg.NOT_A_TERMINAL}"


def test_without_a_terminal_in_a_real_process(journal_home: Path) -> None:
    proc = subprocess.run([*mij_command(), "interview", "evoking"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60,
                          env=subprocess_env(journal_home, COLUMNS="400"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"mij: {common_msg.NOT_A_TERMINAL}"


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["interview", "nonsense", "--answers", "x.toml"], 2, "is not a stage or pack"),
        (["interview", "nonsense!", "--answers", "x.toml"], 2, "is not a stage or pack"),
        (["interview", "sideways", "--pack", "evoking", "--answers", "x.toml"], 2,
         "is not a stage or pack"),
        (["interview", "planning", "--pack", "evoking", "--answers", "x.toml"], 1,
         "has no planning questions"),
        (["interview", "--pack", "nope", "--answers", "x.toml"], 1, "no pack called 'nope'"),
        (["interview", "--answers", "x.toml"], 2, "please name the stage or pack"),
    ],
)
def test_choosing_stage_and_pack_errors(cli: Cli, args: list[str], code: int, needle: str) -> None:
    result = cli(args, env=WIDE)
    assert result.exit_code == code
    assert needle in result.stderr


def test_crisis_language_in_answers_shows_the_lines(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    content = EVOKING.replace("I stopped smoking once", "Some days I want to end my life")
    result = cli(["interview", "evoking", "--answers", write(tmp_path, "a.toml", content)],
                 env=WIDE)
    assert result.exit_code == 0
    assert crisis_msg.CRISIS_GENTLE_NOTE in result.stdout
    for line in crisis_msg.CRISIS_LINES:
        assert line in result.stdout
    entry = only_entry(paths)
    assert '"crisis' not in entry.model_dump_json()  # no flag or field is stored
    assert entry.summary is not None and summary_msg.SUMMARY_CRISIS_LEFT_OUT in entry.summary


def test_resume_list_and_discard(cli: Cli, paths: Paths) -> None:
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    result = cli(["resume"], env=WIDE)
    assert result.exit_code == 1 and common_msg.as_error(interview_msg.NO_DRAFTS) in result.stderr
    result = cli(["resume", "--list"], env=WIDE)
    assert result.exit_code == 0 and result.stdout.strip() == interview_msg.NO_DRAFTS
    interview = Interview(find_pack(paths, "evoking").pack)
    interview.submit("sleep")
    save_draft(paths, draft_from_interview(interview, "20260101-100000-aaaaaa", now()))
    result = cli(["resume", "--list"], env=WIDE)
    assert result.exit_code == 0
    assert result.stdout.startswith("20260101-100000-aaaaaa  Evoking")
    assert "1 answered" in result.stdout
    result = cli(["resume"], env=WIDE)
    assert result.exit_code == 2 and common_msg.NOT_A_TERMINAL in result.stderr
    result = cli(["resume", "--discard"], env=WIDE)
    assert result.exit_code == 2
    result = cli(["resume", "aaaaaa", "--discard"], env=WIDE)  # not a terminal: needs --yes
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"mij: {interview_msg.DISCARD_NEEDS_CONFIRMATION}\n"
    assert len(list(paths.drafts.iterdir())) == 1  # nothing deleted
    result = cli(["resume", "aaaaaa", "--discard", "--yes"], env=WIDE)
    assert result.exit_code == 0
    assert result.stdout.strip() == interview_msg.draft_discarded("20260101-100000-aaaaaa")
    assert not any(paths.drafts.iterdir())


@pytest.mark.parametrize(("reply", "kept"), [("\n", True), ("n\n", True), ("", True),
                                             ("later\n", True), ("y\n", False),
                                             ("YES\n", False)])
def test_discard_on_a_terminal_asks_first_and_no_is_the_default(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch, reply: str, kept: bool) -> None:
    """It used to delete the draft without asking."""
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    interview = Interview(find_pack(paths, "evoking").pack)
    interview.submit("sleep")
    save_draft(paths, draft_from_interview(interview, "20260101-100000-aaaaaa", now()))
    result = cli(["resume", "aaaaaa", "--discard"], input=reply, env=WIDE)
    assert result.exit_code == 0, result.output
    question = interview_msg.discard_question("").strip()
    assert question in " ".join(result.stdout.split())
    assert "20260101-100000-aaaaaa  Evoking" in result.stdout  # which one, as --list has it
    assert (interview_msg.DISCARD_KEPT in result.stdout) is kept
    assert any(paths.drafts.iterdir()) is kept


def test_a_pack_part_with_nothing_to_ask_saves_nothing(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    paths.packs.mkdir(parents=True)
    (paths.packs / "odd.toml").write_text(
        '[pack]\nid = "odd"\ntitle = "Odd"\nversion = "1"\n'
        '[[prompts]]\nid = "a"\nstage = "engaging"\nkind = "yes_no"\ntext = "Ready?"\n'
        '[[prompts]]\nid = "b"\nstage = "evoking"\nkind = "text"\ntext = "Why?"\n'
        'when = { prompt = "a", equals = true }\n'
    )
    result = cli(["interview", "evoking", "--pack", "odd", "--answers",
                  write(tmp_path, "a.toml", "")], env=WIDE)
    assert result.exit_code == 1
    assert common_msg.as_error(interview_msg.INTERVIEW_NOTHING_TO_ASK) in result.stderr
    assert load_entries(paths).entries == []


def test_goal_offer_from_a_plan_and_linking(paths: Paths) -> None:
    from mi_journal.interview.engine import Interview
    from mi_journal.interview.session import (
        add_offered_goal,
        goal_offer,
        link_goal,
        save_entry,
    )
    from mi_journal.packs.loader import load_pack_file
    from mi_journal.storage.goals import load_goals

    pack = load_pack_file(DATA / "mini-evoking.toml")
    interview = Interview(pack, Stage.planning)
    interview.submit("n")
    assert goal_offer(interview) is None  # no goal written, nothing offered
    interview = Interview(pack, Stage.planning)
    interview.submit("y")
    interview.submit("  Walk   after dinner ")
    interview.submit("shoes by the door\n\nask Ana\n")
    offer = goal_offer(interview)
    assert offer is not None
    assert (offer.title, offer.why, offer.steps) == (
        "Walk after dinner", "", ["shoes by the door", "ask Ana"])
    entry = save_entry(paths, interview)
    assert not paths.goals.exists()  # offering adds nothing by itself
    goal = add_offered_goal(paths, offer)
    assert [g.title for g in load_goals(paths).goals] == ["Walk after dinner"]
    linked = link_goal(paths, entry, goal.id)
    assert linked.goals == [goal.id]
    assert only_entry(paths).goals == [goal.id]
    assert link_goal(paths, entry, goal.id).goals == [goal.id]  # twice is once


def test_a_focus_with_crisis_words_is_not_quoted_back_and_the_lines_are_shown(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    answers = EVOKING.replace("drinking on weeknights", "whether to just end my life")
    result = cli(["interview", "evoking", "--answers", write(tmp_path, "a.toml", answers)],
                 env=WIDE)
    assert result.exit_code == 0, result.output
    entry = only_entry(paths)
    by_id = {a.prompt: a for a in entry.answers}
    assert by_id["focus"].value == "whether to just end my life"  # kept as written
    # No question quotes those words back, and none was saved as asked with them.
    assert all("end my life" not in a.question for a in entry.answers if a.prompt != "focus")
    assert "importance" not in by_id
    assert crisis_msg.CRISIS_HEADING in result.stdout


def test_a_follow_up_after_an_answer_that_declines_is_not_asked(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    """'What is it about that best outcome...?' is not asked after 'idk' (lint7's walk)."""
    source = write(tmp_path, "a.toml", 'focus = "smoking weed"\nbest = "idk"\n'
                   'best-most = "the quiet"\n')
    result = cli(["interview", "extremes", "--answers", source], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert interview_msg.answers_not_asked(["best-most"]) in result.stderr
    entry = only_entry(paths)
    assert {a.prompt: a.value for a in entry.answers if not a.skipped} == {
        "focus": "smoking weed", "best": "idk"}


def test_no_what_next_question_after_keeping_things_as_they_are(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    """lint7's walk: after "keeping things as they are for now" the summary asked "What, if
    anything, would you like to do next?" again."""
    source = write(tmp_path, "a.json", json.dumps({
        "focus": "smoking weed", "direction": "keeping things as they are for now",
        "direction-keep": "I like things the way they are."}))
    result = cli(["interview", "focusing", "--answers", source], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert summary_msg.summary_choices(["keeping things as they are for now"]) in result.stdout
    assert summary_msg.SUMMARY_KEY_QUESTION not in result.stdout
    assert summary_msg.SUMMARY_KEY_QUESTION not in only_entry(paths).summary

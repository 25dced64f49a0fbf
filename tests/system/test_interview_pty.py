"""Interviews in a real pseudo-terminal: re-asking, back, quit, resume, Ctrl-D, Ctrl-C, hang-up."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import home as home_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import suggest as suggest_msg
from mi_journal.messages import summary as summary_msg
from tests.conftest import mij_command, subprocess_env, text_before, welcome_seen

DATA = Path(__file__).parents[1] / "data" / "packs"
TIMEOUT = 30


@pytest.fixture
def home(journal_home: Path) -> Path:
    packs = journal_home / "packs"
    packs.mkdir(parents=True)
    shutil.copy(DATA / "mini-evoking.toml", packs / "mini-evoking.toml")
    welcome_seen(journal_home)
    return journal_home


def spawn(home: Path, *args: str, **env: str) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], *args], encoding="utf-8", timeout=TIMEOUT,
        dimensions=(50, 200),
        env=subprocess_env(home, COLUMNS="200", LINES="50", **{"TERM": "dumb", **env}),
    )
    return child


def ask(child: pexpect.spawn[str], text: str) -> None:
    """Wait until `text` is on screen and the answer prompt shows."""
    child.expect_exact(text)
    child.expect_exact("> ")


def drafts(home: Path) -> list[Path]:
    folder = home / "drafts"
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def read_only_draft(home: Path):
    from mi_journal.interview.drafts import read_draft

    found = drafts(home)
    assert len(found) == 1
    return read_draft(found[0])


def finish(child: pexpect.spawn[str]) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)


def test_full_interview_with_reask_back_quit_and_resume(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    child.expect_exact("Mini evoking (test pack)")
    ask(child, "1 of 12")
    child.sendline("sleep")
    ask(child, "What worries you about sleep as it is now?")
    child.sendline(":skip")
    ask(child, "How important is this change to you, from 0 to 10?")
    child.sendline("12")
    child.expect_exact(interview_msg.scale_out_of_range(0, 10))  # re-asked kindly
    child.expect_exact("> ")
    child.sendline("6")
    ask(child, "Why a 6 and not 3?")
    child.sendline("for my kids")
    child.sendline("and for me")
    child.sendline("")
    ask(child, "What might move you from 6 to 8?")
    child.sendline("<")
    ask(child, "Why a 6 and not 3?")  # back: the earlier answer is offered to keep
    child.sendline("")  # Enter keeps it
    ask(child, "What might move you from 6 to 8?")
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    draft = read_only_draft(home)
    assert draft.position == "what-would-it-take"
    assert [a.prompt for a in draft.answers] == ["focus", "worries", "importance",
                                                 "why-not-lower"]

    child = spawn(home, "resume")
    child.expect_exact("Picking up Mini evoking (test pack)")
    ask(child, "What might move you from 6 to 8?")
    child.sendline("a calm week")
    ask(child, "Which of your strengths could help?")
    child.sendline("patient")
    child.sendline("kind")
    child.sendline("")
    ask(child, "Which word fits how you feel about it?")
    child.sendline("9")
    child.expect_exact(interview_msg.choice_out_of_range(3))
    child.expect_exact("> ")
    child.sendline("1")
    ask(child, "Who might help, if you like? Pick up to two.")
    child.sendline("1,2,3")
    child.expect_exact(interview_msg.too_many_picks(2, 3))
    child.expect_exact("> ")
    child.sendline("1,3")
    ask(child, "Would you like to write down a first step now?")
    child.sendline("y")
    ask(child, "In your words, what is the change you want?")
    child.sendline("No drinks on weeknights")
    ask(child, "What first steps will you take?")
    child.sendline("pour it out")
    child.sendline("tell Sam")
    child.sendline("")
    # no sentence here is change talk to the tagger: quoted apart, never called so
    child.expect_exact(summary_msg.summary_context_heading(after_change=False))
    child.expect_exact("\u201cfor my kids and for me\u201d")
    child.expect_exact("Your rulers: importance 6 of 10.")
    child.expect_exact("Saved in your journal")
    child.expect_exact(interview_msg.GOAL_OFFER_QUESTION)
    child.sendline("y")
    child.expect_exact("Added to your goals")
    assert finish(child) == 0
    assert drafts(home) == []

    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import load_entries
    from mi_journal.storage.goals import load_goals

    paths = get_paths()
    loaded = load_entries(paths)
    assert loaded.problems == [] and len(loaded.entries) == 1
    entry = loaded.entries[0]
    by_id = {a.prompt: a for a in entry.answers}
    assert by_id["why-not-lower"].value == "for my kids\nand for me"
    assert by_id["helpers"].value == ["a friend", "a counsellor"]
    assert by_id["worries"].skipped
    text = next(paths.entries.rglob("*.toml")).read_text(encoding="utf-8")
    assert 'question = "Why a 6 and not 3?"' in text  # readable in any text editor
    assert "No drinks on weeknights" in text
    goals = load_goals(paths).goals
    assert [g.title for g in goals] == ["No drinks on weeknights"]
    assert [s.text for s in goals[0].steps] == ["pour it out", "tell Sam"]
    assert entry.goals == [goals[0].id]  # the entry notes the goal it gave rise to


def test_ctrl_d_mid_answer_keeps_the_lines_typed(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    ask(child, "What worries you")
    child.sendline("")  # optional: an empty Enter asks first, a second one skips
    child.expect_exact(interview_msg.SKIP_CONFIRM)
    child.sendline("")
    child.expect_exact(interview_msg.SKIPPED_NOTE)
    ask(child, "How important")
    child.sendline("4")
    ask(child, "Why a 4 and not 1?")
    child.sendline("half a thought")
    child.expect_exact("  ")
    child.sendeof()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    draft = read_only_draft(home)
    assert draft.pending == "half a thought"
    assert draft.position == "why-not-lower"

    child = spawn(home, "resume")
    child.expect_exact(interview_msg.PENDING_KEPT)
    child.expect_exact("half a thought")
    child.sendline("and the rest")
    child.sendline("")
    ask(child, "What might move you from 4 to 6?")
    child.sendline(":q")
    assert finish(child) == 0
    draft = read_only_draft(home)
    assert {a.prompt: a.value for a in draft.answers}["why-not-lower"] == (
        "half a thought\nand the rest"
    )
    assert draft.pending is None


def test_crisis_words_show_the_lines_and_ctrl_c_keeps_a_draft(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("the nights I think about suicide")
    child.expect_exact(crisis_msg.CRISIS_GENTLE_NOTE)
    child.expect_exact("1-800-662-4357")
    # It waits, so the next question cannot push the lines off a small screen.
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    assert "How important" not in text_before(child)
    child.sendline("")
    # The question that would quote those words is not asked (bd5e108); the next one is.
    ask(child, "How important")
    assert "What worries you about the nights" not in text_before(child)
    child.sendintr()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 130
    draft = read_only_draft(home)
    assert [a.value for a in draft.answers] == ["the nights I think about suicide"]


def test_a_closed_terminal_keeps_a_draft(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    ask(child, "What worries you")
    child.sendline("the mornings")
    ask(child, "How important")
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 129
    draft = read_only_draft(home)
    assert [a.value for a in draft.answers] == ["sleep", "the mornings"]
    assert draft.position == "importance"


def test_quit_before_any_answer_keeps_nothing(home: Path) -> None:
    child = spawn(home, "checkin")
    child.expect_exact("> ")
    child.sendline(":quit")
    child.expect_exact(interview_msg.INTERVIEW_LEFT_NOTHING)
    assert finish(child) == 0
    assert drafts(home) == []


def test_help_and_editor(home: Path, tmp_path: Path) -> None:
    editor = tmp_path / "fake-editor"
    # Writes to its last argument, so the extra "--flag" shows the command is split, not shelled.
    editor.write_text('#!/bin/sh\nfor f; do :; done\n'
                      'test "$1" = --flag || exit 3\n'
                      "printf 'written in the editor\\nsecond line\\n' > \"$f\"\n")
    editor.chmod(0o755)
    child = spawn(home, "interview", "--pack", "mini-evoking", VISUAL=f"{editor} --flag")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    ask(child, "What worries you")
    child.sendline(":skip")
    ask(child, "How important")
    child.sendline("?")
    child.expect_exact("0 means not at all, 10 means it matters more than anything.")
    child.expect_exact(":q or :quit")
    child.expect_exact("> ")
    child.sendline("5")
    ask(child, "Why a 5 and not 2?")
    child.sendline(":e")
    ask(child, "What might move you from 5 to 7?")
    child.sendline(":q")
    assert finish(child) == 0
    draft = read_only_draft(home)
    assert {a.prompt: a.value for a in draft.answers}["why-not-lower"] == (
        "written in the editor\nsecond line"
    )
    assert not any((home / "cache" / "edit").iterdir())  # the temporary file is gone


def first_prompt_kind(pack_id: str) -> str:
    from mi_journal.packs.registry import load_builtin

    return load_builtin(pack_id).prompts[0].kind.value


def test_home_suggests_runs_the_suggestion_then_offers_to_resume(home: Path) -> None:
    child = spawn(home)
    child.expect_exact(home_msg.HOME_NO_ENTRIES)
    child.expect_exact(home_msg.home_suggestion("engaging", suggest_msg.SUGGEST_ENGAGING))
    child.expect_exact("[s] engaging (suggested)")
    child.expect_exact("[q] " + home_msg.HOME_CHOICE_QUIT)
    child.expect_exact("> ")
    child.sendline("x")
    child.expect_exact(home_msg.home_pick_a_letter("s/i/k/n/c/q"))
    child.expect_exact("> ")
    child.sendline("s")
    child.expect_exact(interview_msg.STAGE_PURPOSE["engaging"])
    child.expect_exact("1 of ")
    child.expect_exact("> ")
    child.sendline("my family and my health")
    if first_prompt_kind("engaging") in ("long_text", "list"):
        child.sendline("")  # ends a multi-line answer
    child.expect_exact("2 of ")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    assert read_only_draft(home).pack == "engaging"

    child = spawn(home)
    child.expect_exact(home_msg.HOME_DRAFTS)
    child.expect_exact("[r] " + home_msg.HOME_CHOICE_RESUME)
    child.expect_exact("> ")
    child.sendline("r")
    child.expect_exact("Picking up ")
    child.expect_exact("2 of ")
    child.expect_exact("> ")
    child.sendline(":q")
    assert finish(child) == 0
    assert len(drafts(home)) == 1


def test_home_any_pack_and_the_rulers_line(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import new_entry_id, write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, Stage, now

    created = now()
    write_new_entry(get_paths(), Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        stage=Stage.focusing,
        answers=[Answer(prompt="importance", question="How important?", kind=AnswerKind.scale,
                        value=5, ruler=Ruler.importance)],
    ))
    child = spawn(home)
    child.expect_exact(home_msg.HOME_RULERS)
    child.expect_exact(home_msg.home_suggestion(
        "evoking", suggest_msg.suggest_evoking_low(5)))
    child.expect_exact("> ")
    child.sendline("i")
    child.expect_exact(home_msg.HOME_PICK_INTRO)
    child.expect_exact("mini-evoking - Mini evoking (test pack)")
    child.expect_exact("> ")
    child.sendline("999")
    child.expect_exact("Please pick a number from 1 to ")
    child.expect_exact("> ")
    child.sendline("mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_LEFT_NOTHING)
    assert finish(child) == 0



def test_sigterm_and_ctrl_d_on_a_one_line_answer_keep_a_draft(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    ask(child, "What worries you")
    child.sendline("lying awake")
    ask(child, "How important")
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 128 + signal.SIGTERM
    assert [a.value for a in read_only_draft(home).answers] == ["sleep", "lying awake"]

    child = spawn(home, "resume")
    ask(child, "How important")
    child.sendeof()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    assert read_only_draft(home).position == "importance"


def test_no_editor_set_keeps_the_lines_already_typed(home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking", VISUAL="", EDITOR="")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    ask(child, "What worries you")
    child.sendline(":skip")
    ask(child, "How important")
    child.sendline(":skip")  # not optional: a kind note, and the same question again
    child.expect_exact(interview_msg.INTERVIEW_CANNOT_SKIP)
    child.expect_exact("> ")
    child.sendline("3")
    ask(child, "Why a 3 and not 0?")
    child.sendline("first line")
    child.sendline(":e")
    child.expect_exact(interview_msg.EDITOR_NOT_SET)
    child.expect_exact(interview_msg.PENDING_KEPT)
    child.sendline("second line")
    child.sendline("")
    ask(child, "What might move you from 3 to 5?")
    child.sendline(":q")
    assert finish(child) == 0
    values = {a.prompt: a.value for a in read_only_draft(home).answers}
    assert values["why-not-lower"] == "first line\nsecond line"
    assert values["importance"] == 3


def test_built_in_evoking_end_to_end_then_a_sensible_next_suggestion(home: Path) -> None:
    """A whole built-in interview in a terminal, mirrored by the engine to know what is asked."""
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import load_builtin

    mirror = Interview(load_builtin("evoking"))
    words = "I want to feel rested in the mornings."
    child = spawn(home, "interview", "evoking")
    while (question := mirror.current()) is not None:
        prompt = question.prompt
        child.expect_exact(question.text[:60])
        child.expect_exact("> ")
        kind = prompt.kind.value
        if kind == "scale":
            lines, value = ["5"], "5"
        elif kind == "yes_no":
            lines, value = ["y"], "y"
        elif kind in ("choice", "multi_choice"):
            lines, value = ["1"], "1"
        elif kind in ("long_text", "list"):
            lines, value = [words, ""], words
        else:
            lines, value = [words], words
        for line in lines:
            child.sendline(line)
        mirror.submit(value)
    child.expect_exact(summary_msg.SUMMARY_KIND_HEADINGS["desire"])
    child.expect_exact(f"\u201c{words}\u201d")
    child.expect_exact("Nothing for now is a fine answer.")
    child.expect_exact("Saved in your journal")
    assert finish(child) == 0
    assert drafts(home) == []
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.suggest import suggest_next

    # A focus was named in evoking: past focusing; the importance of 5 leads the rule.
    assert suggest_next(get_paths()) == ("evoking", suggest_msg.suggest_evoking_low(5))


def test_home_lets_the_person_pick_which_draft(home: Path) -> None:
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.loader import load_pack_file
    from mi_journal.storage.models import now

    pack = load_pack_file(DATA / "mini-evoking.toml")
    older = Interview(pack)
    older.submit("older focus")
    newer = Interview(pack)
    save_draft(get_paths(), draft_from_interview(older, "20260101-100000-aaaaaa", now()))
    newer.submit("newer focus")
    save_draft(get_paths(), draft_from_interview(newer, "20260102-100000-bbbbbb", now()))
    child = spawn(home)
    child.expect_exact("[r] " + home_msg.HOME_CHOICE_RESUME)
    child.expect_exact("> ")
    child.sendline("r")
    child.expect_exact(home_msg.HOME_PICK_DRAFT)
    child.expect_exact("> ")
    child.sendline("7")
    child.expect_exact(home_msg.home_pick_a_draft(2))
    child.expect_exact("> ")
    child.sendline("2")  # newest first: 2 is the older one
    ask(child, "What worries you about older focus as it is now?")
    child.sendline(":q")
    assert finish(child) == 0


def test_quit_when_drafts_cannot_be_written_shows_the_answers_then_one_line(home: Path) -> None:
    (home / "drafts").write_text("not a folder")  # as good as read-only, even for root
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("sleep")
    child.expect_exact("The draft could not be updated")
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect_exact(interview_msg.ANSWERS_SHOWN_INSTEAD)
    child.expect_exact("sleep")
    child.expect_exact("mij: ")
    assert finish(child) == 1


def test_a_draft_open_in_one_terminal_is_not_resumed_in_another(home: Path) -> None:
    """Issue 14, item 1: two `mij resume` of one draft must not overwrite each other."""
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "1 of 12")
    child.sendline("sleep")
    ask(child, "What worries you about sleep as it is now?")
    # The interview is still open (a draft exists): a second terminal may not take it.
    second = spawn(home, "resume")
    second.expect_exact("open in another terminal")
    assert finish(second) == 1
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0

    first = spawn(home, "resume")
    ask(first, "What worries you about sleep as it is now?")
    first.sendline("too little of it")
    ask(first, "How important is this change to you, from 0 to 10?")
    second = spawn(home, "resume")
    second.expect_exact("open in another terminal")
    assert finish(second) == 1
    discard = spawn(home, "resume", read_only_draft(home).id, "--discard")
    discard.expect_exact("open in another terminal")
    assert finish(discard) == 1
    first.sendline(":q")
    first.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(first) == 0
    draft = read_only_draft(home)
    assert [a.prompt for a in draft.answers] == ["focus", "worries"]
    assert draft.answers[1].value == "too little of it"
    # Once the first has let go, the draft resumes again.
    again = spawn(home, "resume")
    ask(again, "How important is this change to you, from 0 to 10?")
    again.sendline(":q")
    assert finish(again) == 0


def test_after_the_crisis_lines_q_stops_and_typed_text_goes_to_the_next_question(
        home: Path) -> None:
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("I want to kill myself")
    child.expect_exact(crisis_msg.CRISIS_CONTINUE)  # :q is named before the prompt
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    # Typed, with Enter, instead of going on: the next question's answer, as a line typed
    # ahead anywhere is; shown on that question's prompt. (It used to wait there, unsent,
    # and the next answer typed was added to it: "7Because...", asked again.)
    child.sendline("7")
    ask(child, "How important")
    child.expect_exact("Why a 7")
    child.expect_exact("> ")
    child.sendline("My kids notice.")
    child.sendline("")  # a long answer ends with an empty line
    ask(child, "What might move you from 7")
    child.sendline(":q")
    assert finish(child) == 0
    draft = read_only_draft(home)
    answers = {a.prompt: a.value for a in draft.answers}
    assert answers["importance"] == 7 and answers["why-not-lower"] == "My kids notice."

    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("I've been cutting again")
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    assert len(drafts(home)) == 2


@pytest.mark.parametrize("stop", [":q", "ctrl-c"])
def test_a_stop_at_the_crisis_pause_leaves_the_answer_where_it_was(home: Path,
                                                                   stop: str) -> None:
    """walk5: ":q" or Ctrl-C at the pause kept the crisis answer as the next question's
    started lines: shown again on resume, saved under both questions."""
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "What would you like to look at today?")
    child.sendline("my evenings")
    ask(child, "What worries you about my evenings")
    child.sendline("")  # optional: asked to confirm, then skipped
    child.expect_exact("> ")
    child.sendline("")
    ask(child, "How important")
    child.sendline("7")
    child.expect_exact("Why a 7")
    child.expect_exact("> ")
    child.sendline("Some mornings I wish I just wouldn't wake up.")  # a long answer:
    child.sendline("")  # its lines are kept as typed until it ends
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    if stop == ":q":
        child.sendline(":q")
    else:
        child.sendintr()
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    finish(child)
    draft = read_only_draft(home)
    assert [a.value for a in draft.answers if a.value is not None] == [
        "my evenings", 7, "Some mornings I wish I just wouldn't wake up."]
    assert draft.pending is None


PAINFUL = "Some nights I think the kids would be better off if I just wasn't around anymore"


@pytest.mark.parametrize("term", ["dumb", "xterm-256color"])
def test_the_crisis_pause_takes_enter_alone_and_eats_no_keys(home: Path, term: str) -> None:
    """The walk-through's check-in: a number typed at the pause, then the next answer.
    Keys typed one by one end the pause at the first key, which starts the ruler's
    answer; Enter sends it; the next answer lands on the next question."""
    child = spawn(home, "checkin", TERM=term)
    ask(child, "How did today go")
    child.sendline("Rough day.")
    ask(child, "What did you do today")
    child.sendline(PAINFUL)
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.send("6")  # a key, not yet Enter: the pause ends and the ruler shows
    ask(child, "how important does a change feel")
    child.expect_exact("6")
    child.send("\r")
    ask(child, "What puts you at 6 and not lower?")
    child.sendline("Because my kids notice when I drink")
    ask(child, "how confident do you feel today")
    assert "Please pick a whole number" not in text_before(child)
    child.sendline(":q")
    assert finish(child) == 0
    answers = {a.prompt: a.value for a in read_only_draft(home).answers}
    assert answers["importance"] == 6
    assert answers["importance-lower"] == "Because my kids notice when I drink"


def test_enter_at_the_crisis_pause_only_carries_on(home: Path) -> None:
    child = spawn(home, "checkin", TERM="xterm-256color")
    ask(child, "How did today go")
    child.sendline(PAINFUL)
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.send("\x1b[A")  # an arrow key draws nothing: still waiting
    child.send("\r")
    ask(child, "What did you do today")
    child.sendline("Called my sister.")
    ask(child, "how important does a change feel")
    child.sendline(":q")
    assert finish(child) == 0
    answers = {a.prompt: a.value for a in read_only_draft(home).answers}
    assert answers["step-taken"] == "Called my sister."


def test_discard_asks_in_a_terminal_and_enter_keeps_the_draft(home: Path) -> None:
    """`mij resume ID --discard` used to delete the draft without asking."""
    child = spawn(home, "interview", "--pack", "mini-evoking")
    ask(child, "1 of 12")
    child.sendline("sleep")
    ask(child, "What worries you about sleep as it is now?")
    child.sendline(":q")
    assert finish(child) == 0
    draft_id = read_only_draft(home).id
    for keys, status in (("", 0), ("no", 0), (None, 130)):
        asked = spawn(home, "resume", draft_id, "--discard")
        ask(asked, "This cannot be undone. [y/N]")
        if keys is None:
            asked.send("y")  # typed, not entered: Ctrl-C then keeps the draft all the same
            asked.expect_exact("y")  # (a Ctrl-C while the line is still being set up waits)
            asked.sendintr()
            asked.expect_exact(interview_msg.DISCARD_KEPT_ON_INTERRUPT)
        else:
            asked.sendline(keys)
            asked.expect_exact(interview_msg.DISCARD_KEPT)
        assert finish(asked) == status
        assert read_only_draft(home).id == draft_id  # still there
    yes = spawn(home, "resume", draft_id, "--discard")
    ask(yes, "[y/N]")
    yes.sendline("y")
    yes.expect_exact(interview_msg.draft_discarded(draft_id))
    assert finish(yes) == 0
    assert drafts(home) == []


ONE_QUESTION = """
[pack]
id = "one-q"
title = "One question (test pack)"
version = "1.0.0"

[[prompts]]
id = "only"
stage = "engaging"
kind = "text"
text = "What is on your mind?"
"""


def answer_the_last_with_crisis_words(home: Path) -> pexpect.spawn[str]:
    (home / "packs" / "one-q.toml").write_text(ONE_QUESTION)
    child = spawn(home, "interview", "--pack", "one-q")
    ask(child, "What is on your mind?")
    child.sendline("Some mornings I wish I just wouldn't wake up.")
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    return child


def notes_in(home: Path) -> list[str]:
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import load_entries

    assert get_paths().home == home
    return sorted(e.text for e in load_entries(get_paths()).entries if e.text is not None)


def test_words_typed_at_the_last_answers_pause_are_kept_as_a_note(home: Path) -> None:
    """walk-through: lines typed at the pause after the LAST answer were dropped (no
    question was left to take them)."""
    from mi_journal.messages import journal as journal_msg

    child = answer_the_last_with_crisis_words(home)
    child.send("and nobody")
    child.expect_exact(journal_msg.NOTE_FROM_PAUSE)
    child.expect_exact("and nobody")
    child.sendline(" would even notice")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact("Saved in your journal")
    assert finish(child) == 0
    assert notes_in(home) == ["and nobody would even notice"]
    assert drafts(home) == []


def test_crisis_words_in_that_note_pause_again_and_what_follows_is_kept_too(
        home: Path) -> None:
    from mi_journal.messages import journal as journal_msg

    child = answer_the_last_with_crisis_words(home)
    child.sendline("I still want to die")  # a whole line typed at the pause
    child.expect_exact("I still want to die")
    child.sendline("")
    child.expect_exact(journal_msg.NOTE_SAVED)
    child.expect_exact(crisis_msg.CRISIS_REMINDER_ELSEWHERE)  # the lines again, in a few rows
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    child.sendline("one more thing")
    child.sendline("")
    child.expect_exact("Saved in your journal")
    assert finish(child) == 0
    assert notes_in(home) == ["I still want to die", "one more thing"]


def test_ctrl_c_in_that_note_keeps_it_and_the_interview_waits_as_a_draft(home: Path) -> None:
    child = answer_the_last_with_crisis_words(home)
    child.send("half a thought")
    child.expect_exact("half a thought")
    child.sendintr()
    child.expect_exact("mij delete ")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 130
    assert notes_in(home) == ["half a thought"]
    assert [a.value for a in read_only_draft(home).answers] == [
        "Some mornings I wish I just wouldn't wake up."]


def test_q_at_the_last_answers_pause_stops_as_anywhere_and_saves_no_note(home: Path) -> None:
    child = answer_the_last_with_crisis_words(home)
    child.sendline(":q")
    child.expect_exact(interview_msg.INTERVIEW_PAUSED)
    assert finish(child) == 0
    assert notes_in(home) == []
    assert len(drafts(home)) == 1

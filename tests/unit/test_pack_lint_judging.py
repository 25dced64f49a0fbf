"""The pack lint on judging, confronting and labelling wording a counsellor wrote (found
on a walk-through: `mij pack check` said nothing about them), with look-alikes that must
stay quiet, and pack-level findings that name the field they are in. Through the lint
directly and through `mij pack check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.packs.lint import Finding, check_file, count_questions, lint_pack
from mi_journal.packs.loader import parse_pack
from tests.conftest import Cli

REPO = Path(__file__).resolve().parents[2]

HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'
RULER = ('[[prompts]]\nid = "imp"\nstage = "evoking"\nkind = "scale"\n'
         'text = "How important is it, from 0 to 10?"\n\n')


def prompt_toml(text: str, pid: str = "p", kind: str = "long_text", extra: str = "") -> str:
    return (f'[[prompts]]\nid = "{pid}"\nstage = "evoking"\nkind = "{kind}"\n'
            f"text = {json.dumps(text)}\n{extra}\n")


def findings_for(text: str) -> list[Finding]:
    pack = parse_pack(HEAD + RULER + prompt_toml(text), "t.toml")
    return [f for f in lint_pack(pack, "t.toml") if f.prompt == "p"]


# --- what a counsellor wrote on the walk-through ------------------------------------------

WALK = [
    # (prompt, code, what the message quotes, a word of the suggestion)
    ("What do the other drunks at the bar say?", "labeling", '"drunks"', "someone who drinks"),
    ("Why would you do that to yourself again?", "righting-reflex", "blames",
     "What was going on for you"),
    ("What's it going to take for you to finally admit you have a problem?", "righting-reflex",
     '"finally admit you have a problem"', "How do you see your drinking"),
    ("What makes you think you can keep this up?", "righting-reflex",
     '"what makes you think you can keep this up"', "if nothing changes"),
    ("Tell me why you think you deserve another drink.", "righting-reflex",
     '"you deserve another drink"', "What does a drink give you"),
    ("What's your excuse this time?", "righting-reflex", '"your excuse"',
     "What got in the way?"),
    ("How has your drinking problem changed your week?", "labeling", '"drinking problem"',
     '"your drinking"'),
]


@pytest.mark.parametrize(("text", "code", "quoted", "suggestion"), WALK)
def test_walk_through_prompts_are_flagged_kindly(
    text: str, code: str, quoted: str, suggestion: str
) -> None:
    found = [f for f in findings_for(text) if f.code == code]
    assert len(found) == 1, findings_for(text)
    assert quoted in found[0].message and suggestion in found[0].message, found[0].message
    assert "you might" in found[0].message


def test_excuse_is_judging_as_well_as_closed() -> None:
    # It was only a closed question before; the closed-question reading is unchanged.
    assert {f.code for f in findings_for("What's your excuse this time?")} == {
        "closed-question", "righting-reflex"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Why do you do this to yourself?", "righting-reflex"),
        ("No more excuses: what will you do this week?", "righting-reflex"),
        ("What excuse did you make this time?", "righting-reflex"),
        ("How long do you think you can keep this up?", "righting-reflex"),
        ("When will you finally admit it?", "righting-reflex"),
        ("What would help you accept that you're an alcoholic?", "righting-reflex"),
        ("When will you face the fact that you have a drinking problem?", "righting-reflex"),
        ("What would help you admit you are powerless over it?", "righting-reflex"),
        ("What do problem drinkers in your family say?", "labeling"),
        ("How did your drug problem start?", "labeling"),
        ("What would a drunk like that do next?", "labeling"),
        ("What do drunkards at the pub talk about?", "labeling"),
    ],
)
def test_other_wordings_of_the_same_are_flagged(text: str, code: str) -> None:
    assert code in {f.code for f in findings_for(text)}, findings_for(text)


@pytest.mark.parametrize(
    "text",
    [
        # drinking named, not the person
        "What happens when you get drunk?",
        "How drunk did you get on Friday?",
        "What was it like being drunk at the party?",
        "What does a drunk night cost you the next day?",
        "What do the other people at the bar say?",
        "What problems, if any, has drinking caused for you?",
        "What problem does a drink solve for you?",
        "How is the drinking a problem for you, if it is?",
        # curious and evoking questions that share words with the judging ones
        "Why would you like to change?",
        "Why do you want to try again?",
        "Why does it matter to you?",
        "What would it take for you to feel ready?",
        "What would it take to move you from {imp} to {imp:+1}?",
        "What makes you think you could make this change, if you decided to?",
        "What helps you keep this up?",
        "What have you come to accept about yourself?",
        "What would it be like to accept that you are doing your best?",
        "What would help you accept that you're a good parent, even on hard days?",
        "What have you had to admit to yourself that you are proud of?",
        "What would it be like to finally get some sleep?",
        "Excuse the long question: what stood out today?",
        "What do you feel you deserve, for yourself, in the long run?",
        "Tell me why you think you deserve a break after work.",
        "What excuses do other people give you?",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    loud = [f for f in findings_for(text) if f.code in ("labeling", "righting-reflex")]
    assert loud == [], loud


def test_choices_and_labels_are_the_persons_words_not_orders() -> None:
    # A choice is what the person picks; "Don't know" or "No excuse" is theirs to say.
    text = HEAD + prompt_toml("Which fits today?", kind="choice",
                              extra='choices = ["Don\'t know", "No excuse needed"]')
    found = lint_pack(parse_pack(text, "t.toml"), "t.toml")
    assert "righting-reflex" not in {f.code for f in found}


def test_builtin_and_example_packs_stay_clean() -> None:
    files = sorted((REPO / "prompts").glob("*.toml")) + sorted(
        (REPO / "prompts" / "examples").glob("*.toml"))
    assert len(files) >= 12
    for path in files:
        pack, found = check_file(path)
        assert pack is not None and found == [], (path, found)


def test_question_count_is_unchanged_by_the_wording_rules() -> None:
    # The judging rules add warnings; they do not move the open/closed reading.
    pack = parse_pack(HEAD + "".join(prompt_toml(text, pid=f"p{n}")
                                     for n, (text, *_rest) in enumerate(WALK)), "t.toml")
    count = count_questions(pack)
    assert (count.open, count.closed_wording) == (6, 1)  # the "excuse" one reads closed


# --- the pack's own text: which field ----------------------------------------------------

PACK = """[pack]
id = "walk"
title = "Homework for problem drinkers"
version = "1"
description = "A week of looking at your drinking problem."

[assignment]
assigned_by = "Dana"
note = "No excuses"

[[prompts]]
id = "p"
stage = "evoking"
kind = "long_text"
text = "What stood out this week?"
help = "Be honest about your drinking problem."
"""


def test_pack_level_findings_name_their_field() -> None:
    found = lint_pack(parse_pack(PACK, "w.toml"), "w.toml")
    pack_level = {(f.code, f.field): f.message for f in found if f.prompt is None}
    assert set(pack_level) == {("labeling", "title"), ("labeling", "description"),
                               ("righting-reflex", "note")}
    assert pack_level[("labeling", "title")].startswith(
        "in the pack's title: \"problem drinkers\"")
    assert pack_level[("labeling", "description")].startswith(
        "in the pack's description: \"drinking problem\"")
    assert pack_level[("righting-reflex", "note")].startswith(
        "in the assignment's note: \"no excuses\"")
    # A prompt's help is named too; its text needs no naming.
    in_help = [f for f in found if f.prompt == "p"]
    assert {f.field for f in in_help} == {"help"}
    assert all(f.message.startswith("in the help: ") for f in in_help)
    assert "in the text" not in " ".join(f.message for f in findings_for("Why not just stop?"))


def test_check_names_the_field_and_stays_a_warning(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "walk.toml"
    path.write_text(PACK + prompt_toml("What's your excuse this time?", pid="excuse")
                    + prompt_toml("What do the other drunks at the bar say?", pid="bar"),
                    encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    the_pack = lines.index("  the pack:")
    assert lines[the_pack + 1].startswith(
        "    warning [righting-reflex] in the assignment's note: \"no excuses\" judges")
    assert any(line.startswith("    warning [labeling] in the pack's title: "
                               "\"problem drinkers\"") for line in lines), result.output
    assert '"your excuse" judges' in result.output
    assert '"drunks" can sting' in result.output
    assert cli(["pack", "check", "--strict", str(path)]).exit_code == 1
    rows = json.loads(cli(["pack", "check", "--json", str(path)]).output)
    assert {(row["prompt"], row["code"], row["field"]) for row in rows} >= {
        (None, "labeling", "title"), (None, "labeling", "description"),
        (None, "righting-reflex", "note"), ("p", "labeling", "help"),
        ("excuse", "righting-reflex", "text"), ("bar", "labeling", "text")}

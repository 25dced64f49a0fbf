"""A focus answer with crisis words: the questions that would quote it are left out, and
the progress counts only what is asked.

Before, in `mij interview evoking` the focus "the nights I think about suicide" went from
"1 of 10" straight to "6 of 6": the questions passed over (because they would quote the
focus) were still counted behind the cursor as if asked. Asking them with a neutral
stand-in instead was tried and not kept: a generic stand-in cannot tell an exploring
question from one that plans toward what was named ("What steps could you take toward
what you named?" after "I want to end it all"), so the questions are still left out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pexpect

from mi_journal.interview.engine import Interview
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.registry import load_builtin
from mi_journal.storage.entries import load_entries
from tests.conftest import mij_command, subprocess_env, welcome_seen

FOCUS = "the nights I think about suicide"
CRISIS_WORDS = ("suicide", "nights I think")


def walk(interview: Interview) -> list[tuple[int, int, str]]:
    """Answer every question (text: "ok", scale: 5, choices: the first), noting
    (number, total, text) of each as asked."""
    seen = []
    while (question := interview.current()) is not None:
        seen.append((question.number, question.total, question.text))
        kind = question.prompt.kind.value
        if kind == "scale":
            interview.submit_value(5)
        elif kind in ("choice", "multi_choice"):
            interview.submit_value(1)
        elif kind == "yes_no":
            interview.submit_value(True)
        elif kind == "list":
            interview.submit_value(["ok"])
        else:
            interview.submit_value("ok")
    return seen


def honest(seen: list[tuple[int, int, str]]) -> None:
    """Numbered 1, 2, 3 ... one by one, and the last question is the last of the total."""
    assert [number for number, _, _ in seen] == list(range(1, len(seen) + 1)), seen
    assert seen[-1][0] == seen[-1][1], seen


def test_evoking_with_a_crisis_focus_counts_only_what_is_asked() -> None:
    interview = Interview(load_builtin("evoking"))
    first = interview.current()
    assert first is not None and first.prompt.id == "focus"
    interview.submit_value(FOCUS)
    seen = [(first.number, first.total, first.text), *walk(interview)]
    honest(seen)
    assert len(seen) < first.total  # some were left out: counted down, not jumped over
    for _, _, text in seen[1:]:
        for words in CRISIS_WORDS:
            assert words not in text
    calm = Interview(load_builtin("evoking"))
    calm.submit_value("drinking on weeknights")
    honest([(1, first.total, first.text), *walk(calm)])


def test_a_question_passed_over_is_not_counted_behind() -> None:
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "a"\nstage = "evoking"\nkind = "text"\ntext = "What is it?"\n'
        '[[prompts]]\nid = "b"\nstage = "evoking"\nkind = "text"\ntext = "Why {a}?"\n'
        '[[prompts]]\nid = "c"\nstage = "evoking"\nkind = "text"\ntext = "And then?"\n'
        '[[prompts]]\nid = "d"\nstage = "evoking"\nkind = "text"\ntext = "How {a}?"\n'
        '[[prompts]]\nid = "e"\nstage = "evoking"\nkind = "text"\ntext = "What else?"\n',
        "p.toml")
    interview = Interview(pack)
    question = interview.current()
    assert question is not None and (question.number, question.total) == (1, 5)
    interview.submit_value(FOCUS)
    seen = walk(interview)
    assert [text for _, _, text in seen] == ["And then?", "What else?"]
    assert [(n, t) for n, t, _ in seen] == [(2, 3), (3, 3)]  # was (3, 4), (5, 5)


def test_through_the_cli_no_question_quotes_the_focus(cli: Any, paths: Any) -> None:
    answers = {"focus": FOCUS, "strengths": "my sister"}
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    [entry] = load_entries(paths).entries
    assert entry.answers[0].value == FOCUS
    for answer in entry.answers[1:]:
        for words in CRISIS_WORDS:
            assert words not in answer.question


def test_in_a_terminal_progress_goes_on_by_one(journal_home: Path) -> None:
    welcome_seen(journal_home)
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "interview", "evoking"], encoding="utf-8", timeout=30,
        dimensions=(50, 200), env=subprocess_env(journal_home, TERM="dumb", COLUMNS="200"),
    )
    child.expect_exact("1 of 11")  # evoking has 11 prompts (confidence-zero)
    child.expect_exact("> ")
    child.sendline(FOCUS)  # a one-line answer
    child.expect_exact("(press Enter to carry on)")
    child.sendline("")
    child.expect(r"(\d+) of (\d+)")
    assert isinstance(child.match, re.Match)
    assert child.match.group(1) == "2", child.match.group(0)  # was "6 of 6"
    child.expect_exact("> ")
    assert isinstance(child.before, str) and "suicide" not in child.before
    child.sendline(":q")
    child.expect(pexpect.EOF)

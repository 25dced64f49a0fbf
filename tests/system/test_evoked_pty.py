"""The question as context in a real terminal: an answer to an evoking question that holds
no cue word of its own ("Mornings would be calmer.") is reflected as a reason in the
summary; an answer that waves its question off ("Nothing, really.") is not."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from mi_journal.messages import summary as summary_msg
from tests.conftest import mij_command, subprocess_env, welcome_seen

TIMEOUT = 30
ANSWERS = {
    "focus": "drinking on weeknights",
    "better": "Mornings would be calmer.",
    "concerns": "Nothing, really. The kids are grown up and moved out.",
}


@pytest.fixture
def home(journal_home: Path) -> Path:
    welcome_seen(journal_home)
    return journal_home


def test_an_answer_to_what_might_be_better_is_reflected_as_a_reason(home: Path) -> None:
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import load_builtin

    mirror = Interview(load_builtin("evoking"))  # to know what is asked next
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "interview", "evoking"], encoding="utf-8",
        timeout=TIMEOUT, dimensions=(50, 200),
        env=subprocess_env(home, TERM="dumb", COLUMNS="200", LINES="50"))
    while (question := mirror.current()) is not None:
        child.expect_exact(question.text[:60])
        child.expect_exact("> ")
        answer = ANSWERS.get(question.prompt.id)
        if answer is None:
            child.sendline(":skip")
            mirror.skip()
            continue
        child.sendline(answer)
        if question.prompt.kind.value == "long_text":
            child.sendline("")  # an empty line ends a long answer
        mirror.submit(answer)
    child.expect_exact(summary_msg.SUMMARY_KIND_HEADINGS["reasons"])
    child.expect_exact("\u201cMornings would be calmer.\u201d")
    child.expect_exact("Saved in your journal")
    before_saved = str(child.before)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # An answer that waves the question off ("Nothing, really.") is neither a reason nor
    # read back as "You also wrote" (the summary reflects, it does not repeat sustain).
    assert "The kids are grown up" not in before_saved
    assert "drinking on weeknights" not in before_saved  # the topic alone is not quoted

"""Every crisis block fits a 24-row terminal at 60 and 80 columns, with room to spare.

An overdose written about someone else used to fill about 33 rows at 60 columns: on a
24-row screen the kind sentence, 911 and Poison Help (and, in `mij crisis`, the person's
own line and 988) scrolled off before they could be read. Nothing that issue 11 item 3
asks for may be dropped to make it fit: the own line first when set, the United States
lines labelled US, findahelpline.com for elsewhere; for an overdose 911, Poison Help
1-800-222-1222, naloxone and staying with the person; for someone else, that 988 answers
people worried about someone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pexpect
import pytest

from mi_journal.cli.crisis import crisis_text, fit_crisis_line
from mi_journal.cli.wrap import wrap
from mi_journal.crisis.detect import detect_crisis
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import mij_command, subprocess_env, text_before

ROWS = 24
SPARE = 3  # rows left over: the end of what the person wrote stays in view
OWN = "Samaritans 116 123"
CASES = {
    "self": "I want to kill myself",
    "overdose": "I took all my pills",
    "someone else": "my friend says she wants to kill herself",
    "someone else's overdose": "my son overdosed last night",
    "both": "my friend wants to kill herself and I took all my pills",
    "self and someone else": "I want to die and my friend wants to kill herself too",
}


def fitted(lines: list[str], width: int) -> list[str]:
    return [part for line in lines for part in fit_crisis_line(line, width)]


def interview_pause(block: list[str], width: int) -> int:
    """Rows an interview shows after the answer: a blank line, the block, the note on
    carrying on, and the prompt it waits at."""
    return 1 + len(fitted(block, width)) + len(wrap(crisis_msg.CRISIS_CONTINUE, width)) + 1


def flat(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def required(block: list[str], own: str, overdose: bool, someone_else: bool,
             reference: bool = False) -> None:
    text = flat(block)
    bullets = [line.removeprefix("  - ") for line in block if line.startswith("  - ")]
    lines_start = block.index(crisis_msg.CRISIS_HEADING)
    first_line = block[lines_start + 1].removeprefix("  - ")
    lines_end = next((n for n in range(lines_start + 1, len(block))
                      if not block[n].startswith(" ")), len(block))
    help_lines = [line.removeprefix("  - ") for line in block[lines_start + 1:lines_end]
                  if line.startswith("  - ")]
    if own:
        assert first_line == f"{crisis_msg.CRISIS_LOCAL_PREFIX} {own}"
    for number in ("988", "988lifeline.org", "1-800-662-4357", "911"):
        assert number in text, number
    for bullet in bullets:
        if any(n in bullet for n in ("988", "1-800-662-4357", "1-800-222-1222")):
            assert "US" in bullet.split()[0] or bullet.startswith("US"), bullet
    assert help_lines[-1].startswith("Elsewhere: findahelpline.com"), help_lines
    if overdose:
        for needed in ("911", "1-800-222-1222", "naloxone", "Stay with the person"):
            assert needed in text, needed
        if not reference:  # after crisis words, what to do now comes first
            assert block.index(crisis_msg.CRISIS_OVERDOSE_HEADING) < lines_start
    if someone_else:
        assert "988 also answers people worried about someone else" in text


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("own", ["", OWN])
@pytest.mark.parametrize("case", CASES)
def test_after_crisis_words_the_block_fits_24_rows(case: str, own: str, width: int) -> None:
    finding = detect_crisis(CASES[case])
    assert finding is not None
    block = crisis_text(own, finding)
    assert interview_pause(block, width) <= ROWS - SPARE, fitted(block, width)
    required(block, own, finding.overdose, finding.about_someone_else)


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("own", ["", OWN])
def test_mij_crisis_fits_24_rows(own: str, width: int) -> None:
    block = crisis_text(own, None, reference=True)
    # The shell's prompt comes after it.
    assert len(fitted(block, width)) + 1 <= ROWS - SPARE, fitted(block, width)
    required(block, own, overdose=True, someone_else=True, reference=True)


@pytest.mark.parametrize("width", [60, 80])
def test_mij_crisis_through_the_cli(cli: Any, width: int) -> None:
    assert cli(["config", "set", "crisis_line", OWN]).exit_code == 0
    result = cli(["crisis"], env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    shown = result.stdout.splitlines()
    assert len(shown) + 1 <= ROWS - SPARE, shown
    assert shown[1] == f"  - {crisis_msg.CRISIS_LOCAL_PREFIX} {OWN}"
    required(shown, OWN, overdose=True, someone_else=True, reference=True)


def test_a_note_about_someone_elses_overdose_through_the_cli(cli: Any) -> None:
    assert cli(["config", "set", "crisis_line", OWN]).exit_code == 0
    result = cli(["note", CASES["someone else's overdose"]], env={"COLUMNS": "60"})
    assert result.exit_code == 0
    shown = result.stdout.splitlines()
    block = shown[shown.index("") + 1:]  # after "Saved your note." and a blank line
    assert flat(block).startswith(crisis_msg.CRISIS_EITHER_NOTE)
    assert len(block) + 1 <= ROWS - SPARE, shown
    required(shown, OWN, overdose=True, someone_else=True)


def test_the_interview_pause_fits_a_24_row_terminal(journal_home: Path) -> None:
    """In a real 24x60 pseudo-terminal: from the answer to the prompt that waits."""
    journal_home.mkdir(parents=True, exist_ok=True)
    (journal_home / "config.toml").write_text(f'schema = 1\ncrisis_line = "{OWN}"\n')
    command = mij_command()
    child = pexpect.spawn(
        command[0], [*command[1:], "interview", "engaging"], encoding="utf-8", timeout=30,
        dimensions=(ROWS, 60),
        env=subprocess_env(journal_home, TERM="dumb", COLUMNS="60", LINES=str(ROWS)),
    )
    child.expect_exact("> ")
    child.sendline(CASES["someone else's overdose"])
    child.sendline("")  # a long answer ends with an empty line
    child.expect_exact(crisis_msg.CRISIS_CONTINUE_PROMPT.strip())
    after_answer = text_before(child).split(CASES["someone else's overdose"], 1)[1]
    # The rest of the answer's row and the empty line that ended it, then what it shows,
    # up to the prompt's row.
    rows = after_answer.replace("\r\n", "\n").split("\n")[2:]
    assert len(rows) <= ROWS - SPARE, rows
    text = flat(rows)
    for needed in (crisis_msg.CRISIS_EITHER_NOTE, "1-800-222-1222", f"Your own line: {OWN}",
                   "findahelpline.com"):
        assert " ".join(needed.split()) in text, needed
    child.sendline(":q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("own", ["", OWN])
def test_medicines_kept_for_later_lead_with_the_lines_and_fit(own: str, width: int) -> None:
    """A stockpile is planning, not an overdose that happened: 988 first (911 with the
    lines, said once), then putting the medicines out of reach, then Poison Help for the
    case the words did not say."""
    finding = detect_crisis("I've been saving up my pills")
    assert finding is not None and finding.overdose and finding.kept_for_later
    block = crisis_text(own, finding)
    assert interview_pause(block, width) <= ROWS - SPARE, fitted(block, width)
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in block
    assert block[0] == crisis_msg.CRISIS_GENTLE_NOTE
    start = block.index(crisis_msg.CRISIS_HEADING)
    first = block[start + 1 + (1 if own else 0)]
    assert first == f"  - {crisis_msg.CRISIS_LINE_988}"
    assert block[-2:] == [crisis_msg.CRISIS_KEPT_OUT_OF_REACH, crisis_msg.CRISIS_KEPT_IF_TAKEN]
    text = flat(block)
    assert text.count("911") == 1 and "1-800-222-1222" in text
    required(block, own, overdose=False, someone_else=False)

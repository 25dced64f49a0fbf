"""The help lines, shown gently after the person writes words that suggest danger.

Shared by every command that saves the person's words (notes, interviews and
check-ins, goal reviews, goals, steps and status notes, `mij edit`, homework,
import). What it shows, in order (wording in messages/crisis.py, checked against
../shared/MI_GUIDE.md):
1. one kind sentence: for the person, for someone they are worried about, or for
   either;
2. if an overdose may be involved: what to do now (911, Poison Help, naloxone,
   stay with the person);
3. the help lines: the person's own line first when set (never called free or
   always open: we cannot know), then the United States lines, labelled US (988,
   then, when someone else may be at risk, that 988 answers people worried about
   someone), then findahelpline.com for everywhere else.
Each number is said once (911 is not repeated after the overdose steps), so every
block fits a 24-row terminal at 60 columns (tests/cli/test_crisis_fits.py). The lines
are wrapped with a hanging indent, a phone number or address never split
(`fit_crisis_line`); `print_crisis` shows them through rich, `print_plain_block` without.
Imports nothing of rich or Typer at load time: the quick note path uses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from mi_journal.cli.render import console, safe
from mi_journal.cli.wrap import NARROWEST, cells, keep_runs_whole, wrap_words
from mi_journal.core.textsafe import inert
from mi_journal.messages import crisis as crisis_msg

if TYPE_CHECKING:
    from mi_journal.crisis.detect import CrisisFinding

BULLET = "  - "
HANGING = " " * len(BULLET)
# Lines shown bold on a terminal (headings) and dim (the hint).
STRONG = (crisis_msg.CRISIS_HEADING, crisis_msg.CRISIS_OVERDOSE_HEADING,
          crisis_msg.CRISIS_REMINDER_HEADING)
QUIET = (crisis_msg.CRISIS_SET_LOCAL_HINT, crisis_msg.CRISIS_REMINDER_MORE)


def help_lines(local_line: str, someone_else: str = "", without_911: bool = False
               ) -> list[str]:
    """The lines themselves: the person's own line first, then the United States, then
    everywhere else. `someone_else`: a line for people worried about someone, after 988;
    `without_911`: the overdose steps above already say to call 911."""
    own = local_line.strip()
    lines = [f"{crisis_msg.CRISIS_LOCAL_PREFIX} {own}"] if own else []
    for line in crisis_msg.CRISIS_LINES:
        if without_911 and line == crisis_msg.CRISIS_LINE_911:
            continue
        lines.append(line)
        if someone_else and line == crisis_msg.CRISIS_LINE_988:
            lines.append(someone_else)
    return lines


def crisis_text(local_line: str, finding: CrisisFinding | None = None,
                reference: bool = False) -> list[str]:
    """Everything shown, as lines (bulleted lines start with BULLET).

    With a finding: a kind sentence, the overdose steps when called for, then the lines.
    `reference` (`mij crisis`): the lines, for anyone looking (988 for
    someone else included), then the overdose steps, then the hint to add one's own line
    when none is set. After crisis words the hint is left out: not the moment for settings.
    """
    overdose = finding is not None and finding.overdose
    if (finding is not None and finding.kept_for_later and not finding.about_someone_else
            and not reference):
        return _kept_for_later_text(local_line, finding)
    someone_else = ""
    if reference or (finding is not None and finding.about_someone_else):
        someone_else = (crisis_msg.CRISIS_SOMEONE_ELSE if overdose or reference
                        else crisis_msg.CRISIS_SOMEONE_ELSE_STAY)
    out: list[str] = []
    if finding is not None:
        out.append(kind_sentence(finding))
    if overdose:
        out += _section(crisis_msg.CRISIS_OVERDOSE_HEADING, crisis_msg.CRISIS_OVERDOSE_STEPS)
    out.append(crisis_msg.CRISIS_HEADING)
    out += [f"{BULLET}{line}"
            for line in help_lines(local_line, someone_else, without_911=overdose)]
    if reference:
        out += _section(crisis_msg.CRISIS_OVERDOSE_HEADING, crisis_msg.CRISIS_OVERDOSE_STEPS)
    if finding is None and not local_line.strip():
        out.append(crisis_msg.CRISIS_SET_LOCAL_HINT)
    return out


def _kept_for_later_text(local_line: str, finding: CrisisFinding) -> list[str]:
    """Medicines kept for later, nothing taken ("I've been saving up my pills"): planning,
    not an overdose that happened. The lines lead (988 first, 911 with them), then a line
    on putting the medicines out of reach, then one line for the case the words did not
    say, that some were taken: Poison Help, and `mij crisis` for the steps
    (`crisis.respond`). 911 is said once, in the lines."""
    return [kind_sentence(finding), crisis_msg.CRISIS_HEADING,
            *(f"{BULLET}{line}" for line in help_lines(local_line)),
            crisis_msg.CRISIS_KEPT_OUT_OF_REACH, crisis_msg.CRISIS_KEPT_IF_TAKEN]


def reminder_text(local_line: str, finding: CrisisFinding) -> list[str]:
    """The lines again, in a few rows, when the full block was shown earlier in the
    same sitting: the kind sentence, the person's own line when set, 988 and 911
    (labelled US) on one line, findahelpline.com, and that `mij crisis` shows them all.
    Never only "shown above": by the second answer the block has scrolled away (walk6)."""
    own = local_line.strip()
    lines = [kind_sentence(finding), crisis_msg.CRISIS_REMINDER_HEADING]
    if own:
        lines.append(f"{BULLET}{crisis_msg.CRISIS_LOCAL_PREFIX} {own}")
    lines += [f"{BULLET}{crisis_msg.CRISIS_REMINDER_988}",
              f"{BULLET}{crisis_msg.CRISIS_REMINDER_ELSEWHERE}",
              crisis_msg.CRISIS_REMINDER_MORE]
    return lines


def needs_full_block(finding: CrisisFinding, shown_before: bool) -> bool:
    """In full the first time in a sitting, and whenever the words bring an overdose
    (911, Poison Help and what to do now) or someone else at risk (988 for them too);
    otherwise the reminder does."""
    return not shown_before or finding.overdose or finding.about_someone_else


def print_crisis_again(finding: CrisisFinding, shown_before: bool) -> None:
    """The one way every sitting that may show the lines more than once (an interview
    or check-in, a goal review, notes typed at the home screen's pause) shows them:
    the full block (`needs_full_block`), else `reminder_text`."""
    if needs_full_block(finding, shown_before):
        print_crisis(finding)
        return
    out = console()
    for line, style in _styled(reminder_text(local_crisis_line(), finding)):
        for part in fit_crisis_line(line, out.width):
            out.print(safe(part, style), soft_wrap=True)


def kind_sentence(finding: CrisisFinding) -> str:
    """For the person, for someone they worry about, or, when an overdose is written
    beside someone else at risk, for either: the detector cannot tell whose overdose
    it is ("my friend wants to kill herself and I took all my pills"), and a person
    who may have taken too much must not be told only about someone else."""
    if not finding.about_someone_else:
        return crisis_msg.CRISIS_GENTLE_NOTE
    if any(c not in ("other_person", "overdose") for c in finding.categories):
        return crisis_msg.CRISIS_GENTLE_NOTE  # their own words too; the other section follows
    if finding.overdose:
        return crisis_msg.CRISIS_EITHER_NOTE
    return crisis_msg.CRISIS_OTHER_NOTE


def _section(heading: str, steps: tuple[str, ...]) -> list[str]:
    return [heading, *(f"{BULLET}{step}" for step in steps)]


def local_crisis_line() -> str:
    """The person's own line from the config; the help lines show even if it is broken."""
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.config import load_config

    try:
        return load_config(get_paths()).crisis_line
    except Exception:
        return ""


def print_plain_block(finding: CrisisFinding | None = None, reference: bool = False,
                      stderr: bool = False) -> None:
    """The text without rich, wrapped to the terminal (numbers are never split).
    `stderr`: for commands whose output is JSON, which the lines must not break."""
    import sys

    from mi_journal.cli.render import terminal_width as plain_width

    stream = sys.stderr if stderr else sys.stdout
    width = plain_width()
    for line in crisis_text(local_crisis_line(), finding, reference):
        for part in fit_crisis_line(line, width):
            stream.write(inert(part) + "\n")
    stream.flush()


def offer_crisis_lines(*texts: str, stderr: bool = False) -> CrisisFinding | None:
    """After saving: if any of `texts` suggests danger, show the help lines gently.

    Nothing is stored and nothing is blocked: what was written is already saved.
    Returns what was found (None: nothing was shown).
    """
    finding = find_in(texts)
    if finding is not None:
        import sys

        (sys.stderr if stderr else sys.stdout).write("\n")
        print_plain_block(finding, stderr=stderr)
    return finding


def find_in(texts: Iterable[str]) -> CrisisFinding | None:
    """The crisis detector over several texts (empty ones are skipped), merged."""
    chosen = [text for text in texts if isinstance(text, str) and text.strip()]
    if not chosen:
        return None
    from mi_journal.crisis.detect import texts_crisis

    return texts_crisis(chosen)


# Runs of words kept on one line when they fit: a command with a quoted value, a quoted
# value, and a phone number written in groups ("0800 000 000", "+44 20 7946 0958").
# Words without spaces (988lifeline.org, 1-800-662-4357) are never split anyway.
_KEEP_TOGETHER = (
    re.compile(r'\bmij [^"\n]*"[^"\n]*"'),
    re.compile(r'"[^"\n]*"'),
    re.compile(r"`[^`\n]*`"),  # a command in backticks, such as `mij crisis`
    re.compile(r"(?<![\w-])\+?\(?\d+\)?(?: \(?\d+\)?)+(?![\w-])"),
)


def fit_crisis_line(line: str, width: int | None) -> list[str]:
    """One line of the crisis block, wrapped to `width` columns (None: left whole).

    A resource's wrapped lines hang under its text, not under the dash. A phone number,
    web address or quoted command is not split across lines when it fits on one line.
    """
    line = inert(line)
    if width is None or (cells(line) <= width and "\n" not in line):
        return [line]
    width = max(width, NARROWEST)
    bullet = line.startswith(BULLET)
    indent = HANGING if bullet else ""
    text = line[len(BULLET):] if bullet else line
    text, marker = keep_runs_whole(text, width - len(indent), _KEEP_TOGETHER)
    wrapped = wrap_words(text, width, BULLET if bullet else "", indent)
    return [part.replace(marker, " ") for part in wrapped] or [line]


def print_crisis(finding: CrisisFinding | None = None, reference: bool = False) -> None:
    out = console()
    for line, style in crisis_styled(finding, reference):
        for part in fit_crisis_line(line, out.width):
            # Already fitted: rich must neither wrap again at column 0 nor cut a long word.
            out.print(safe(part, style), soft_wrap=True)


def print_crisis_plain(finding: CrisisFinding | None = None, reference: bool = False) -> None:
    """The same text without rich, for the quick paths that never load it."""
    print_plain_block(finding, reference)


def crisis_styled(finding: CrisisFinding | None = None, reference: bool = False
                  ) -> list[tuple[str, str]]:
    """The crisis block's lines, each with its style: headings bold, the hint dim."""
    return _styled(crisis_text(local_crisis_line(), finding, reference))


def _styled(lines: list[str]) -> list[tuple[str, str]]:
    return [(line, "bold" if line in STRONG else "dim" if line in QUIET else "")
            for line in lines]

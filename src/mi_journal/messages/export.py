"""`mij export`: the report's own words (first person: the export speaks in the person's voice)."""

from __future__ import annotations

from collections.abc import Iterable

from mi_journal.messages.common import option_takes, pack_named

EXPORT_HTML_TITLE = "My mi-journal"
EXPORT_HTML_INTRO = (
    "A private journal I keep with mi-journal, a self-guided Motivational Interviewing "
    "journal. It is not treatment; I am sharing it to talk it through."
)
EXPORT_NO_READINGS = "No ruler readings in this period."
EXPORT_NO_ENTRIES = "No entries in this period."
EXPORT_SKIPPED = "(skipped)"
EXPORT_PACK_INTRO = (
    "What I wrote with this pack, shared to talk it through. mi-journal is a self-guided "
    "journal, not treatment."
)


# How many names a "left out" line spells out before it says "and N more".
LEFT_OUT_NAMED = 10


def named_files(names: list[str]) -> str:
    """File names for a one-line note, the first LEFT_OUT_NAMED of them."""
    shown = ", ".join(names[:LEFT_OUT_NAMED])
    more = len(names) - LEFT_OUT_NAMED
    return f"{shown} and {more} more" if more > 0 else shown


def export_left_out(names: list[str]) -> str:
    """Near the top of an md/html report: entry files that could not be read are not
    in it (names only, never their text), so a reader knows the report is not whole."""
    if len(names) == 1:
        return ("One of my entry files could not be read when I exported, so it is not "
                f"in this report: {named_files(names)}.")
    return (f"{len(names)} of my entry files could not be read when I exported, so they "
            f"are not in this report: {named_files(names)}.")


def export_skipped_count(count: int) -> str:
    """One line for the questions left out of a report entry because they were skipped."""
    return f"Skipped: {count} question{'' if count == 1 else 's'}"


def export_homework_progress(done: int, expected: int) -> str:
    return f"{min(done, expected)} of {expected} done"


def export_homework_period(start: str | None, due: str | None, frequency: str) -> str:
    """E.g. "daily, 2026-03-02 to 2026-03-08" or "once, by 2026-03-09"."""
    if start and due:
        return f"{frequency}, {start} to {due}"
    if due:
        return f"{frequency}, by {due}"
    if start:
        return f"{frequency}, from {start}"
    return frequency


EXPORT_CHANGE_TALK_HEADING = "In my own words: reasons and plans for change"
EXPORT_CHANGE_TALK_INTRO = (
    "Sentences from these entries that speak for change, picked out by simple word rules "
    "that can miss or misread a sentence. Included because I chose to share them."
)
EXPORT_CHANGE_TALK_NONE = "No sentences for change were picked out in this period."
EXPORT_CRISIS_LEFT_OUT = (
    "Some of what I wrote here sounded like a crisis, so it is not listed among my reasons "
    "or plans; it stays in the entries as I wrote it."
)
# Beside an entry whose words the crisis detector noticed, so whoever reads the export
# (often a counsellor) sees it there, not only in the change-talk section's one line.
EXPORT_CRISIS_IN_ENTRY = (
    "Some of what I wrote in this entry sounded like a crisis or a risk to life."
)
EXPORT_CRISIS_IN_GOAL = (
    "Some of what I wrote in this goal sounded like a crisis or a risk to life."
)
# At the end of an export that holds any crisis mark (exporting/common.py): a page
# cannot run `mij crisis`, so the lines themselves are printed once.
EXPORT_HELP_LINES_HEADING = "Help lines"
EXPORT_OWN_LINE_PREFIX = "My own line:"
# An export speaks in the person's voice, so its headings are first person.
EXPORT_KIND_HEADINGS: dict[str, str] = {
    "commitment": "What I said I will do",
    "activation": "What I feel ready or willing to do",
    "taking_steps": "Steps I have already taken",
    "desire": "What I want",
    "ability": "What I could do",
    "reasons": "My reasons",
    "need": "What feels necessary to me",
}


def export_exists(path: object) -> str:
    return f"{path} already exists; you might choose another name, or add --force to replace it."


def export_written(path: object, entries: int, goals: int) -> str:
    noun = "entry" if entries == 1 else "entries"
    goal_noun = "goal" if goals == 1 else "goals"
    return f"Wrote {entries} {noun} and {goals} {goal_noun} to {path}."


def export_is_folder(output: object) -> str:
    return f"{output} is a folder; please name a file."


def export_unknown_pack(pack: str) -> str:
    """`mij export --pack NAME` where NAME is no pack and no entry's pack (a typo, likely)."""
    return (
        f"no pack called {pack_named(pack)} is built in, installed or named in your "
        "entries; you might run `mij pack list` to see the packs' names. Nothing was written."
    )


EXPORT_RULERS_HEADING = "Rulers over time (0-10)"


def export_goals_unreadable(detail: str) -> str:
    return (
        f"{detail}; nothing was written. You might export your entries without the "
        "goals with --no-goals (the goals file is left exactly as it is)."
    )


CHANGE_TALK_FORMATS = "--change-talk is for the md and html formats."


def format_not_taken(formats: Iterable[str], given: str) -> str:
    return option_takes("--format", formats, given)


def entries_left_out(count: int, first: str) -> str:
    """After `mij export`: entry files that could not be read are not in it."""
    noun = "file" if count == 1 else "files"
    verb = "is" if count == 1 else "are"
    return (f"{count} entry {noun} could not be read and {verb} not in this export; "
            f"the first: {first}")

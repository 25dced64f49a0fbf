"""`mij reflect`: the person's own words for change, gathered back."""

from __future__ import annotations

REFLECT_TITLE = "Your own words for change"
REFLECT_PERIOD_ALL = "From all your entries."
REFLECT_NO_ENTRIES = "There are no entries to look back on yet."
REFLECT_NO_ENTRIES_SINCE = "There are no entries since then; you might try an earlier date."
REFLECT_NO_CHANGE_TALK = (
    "Nothing in these entries reads clearly as words for change yet. That is fine: this "
    "only gathers what you say in your own words, whenever you say it."
)
REFLECT_CRISIS_LEFT_OUT = (
    "Some of what you wrote sounded very painful, so it is not gathered here. "
    "`mij crisis` shows the help lines whenever you want them."
)
REFLECT_HOW = (
    "Picked out by word rules and a small statistical model that can miss or misread a "
    "sentence; they are your words, not a judgment. `mij reflect --json` shows the cues "
    "behind each one. To set a quote aside: `mij reflect hide <ref>` (`mij reflect unhide` "
    "brings it back)."
)
REFLECT_STRONGEST_HEADING = "Your strongest recent words for change"
REFLECT_HIDDEN_TITLE = "Quotes you set aside"
REFLECT_HIDDEN_NONE = "You have not set any quotes aside."


def reflect_set_aside(count: int) -> str:
    if count == 1:
        return "1 quote you set aside is not shown (`mij reflect hidden` lists it)."
    return f"{count} quotes you set aside are not shown (`mij reflect hidden` lists them)."


def reflect_hidden_done(ref: str) -> str:
    return (f"Set aside: it will not be shown in `mij reflect` or an export. "
            f"To bring it back: `mij reflect unhide {ref}`")


def reflect_unhidden_done() -> str:
    return "Brought back: it will be shown again."


def reflect_hide_no_match(reference: str) -> str:
    return (f"no quote of yours matches {reference!r}; `mij reflect` shows each quote with "
            "its reference.")


def reflect_hide_ambiguous(reference: str, count: int) -> str:
    return (f"{count} quotes match {reference!r}; you might give more of the words, or the "
            "reference `mij reflect` shows.")


def reflect_hide_already(reference: str) -> str:
    return f"the quote matching {reference!r} is already set aside."


def reflect_unhide_no_match(reference: str) -> str:
    return (f"no set-aside quote matches {reference!r}; `mij reflect hidden` lists them.")


REFLECT_KIND_HEADINGS: dict[str, str] = {
    "commitment": "What you said you will do",
    "activation": "What you feel ready or willing to do",
    "taking_steps": "Steps you have already taken",
    "desire": "What you want",
    "ability": "What you could do",
    "reasons": "Your reasons",
    "need": "What feels necessary to you",
}
REFLECT_THEMES_HEADING = "What you keep coming back to in your reasons"
REFLECT_WEEKS_HEADING = "Week by week (each week starts on the Monday shown)"
REFLECT_LEGEND_CHANGE = "words for change"
REFLECT_LEGEND_SUSTAIN = "words for keeping things as they are"
REFLECT_FILE_SKIPPED = "left out of this reflection (the file is unchanged):"
REFLECT_TAG_NEEDS_INPUT = (
    "pipe the statements in, one per line: `printf 'I want to cut down\\n' | mij reflect tag`"
)


def reflect_period(since: str) -> str:
    return f"From your entries since {since}."


def reflect_counted(entries: int, statements: int) -> str:
    e_noun = "entry" if entries == 1 else "entries"
    s_noun = "sentence" if statements == 1 else "sentences"
    return f"Read {statements} {s_noun} of your own in {entries} {e_noun}."


def reflect_more_in_kind(more: int) -> str:
    return f"... and {more} more"


def reflect_theme(word: str, count: int) -> str:
    return f"{word} (in {count} of your statements), e.g."


def reflect_sustain_brief(count: int) -> str:
    if count == 1:
        return ("1 sentence leaned toward keeping things as they are; that is part of "
                "weighing it up, and it is counted in the chart only.")
    return (
        f"{count} sentences leaned toward keeping things as they are; that is part of "
        "weighing it up, and they are counted in the chart only."
    )


def reflect_weeks_hidden(hidden: int) -> str:
    if hidden == 1:
        return "(the 1 earlier week is in `mij reflect --json`)"
    return f"(the {hidden} earlier weeks are in `mij reflect --json`)"


TAG_INPUT_TOO_LARGE = "the input is larger than 64 MB; please split it into smaller pieces."


def tag_input_not_utf8(line: int) -> str:
    return f"line {line} of the input is not valid UTF-8 text."

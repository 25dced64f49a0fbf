"""The summary at the end of an interview, built from the person's own words."""

from __future__ import annotations

SUMMARY_NOTHING_QUOTED = "Thank you for writing honestly about where things are right now."
# Crisis words are never handed back as change (issue 11); one gentle line says so instead.
SUMMARY_CRISIS_LEFT_OUT = (
    "Some of what you wrote sounded very painful, so it is not repeated here. "
    "`mij crisis` shows the help lines whenever you want them."
)
# Words written after the help lines are kept in the entry but only plain change talk is
# quoted back (interview/summary.py): the rest is said to be there, not called painful.
SUMMARY_AFTER_LINES_LEFT_OUT = (
    "What you wrote after the help lines is kept in your entry; most of it is not repeated "
    "here."
)
SUMMARY_KIND_HEADINGS = {
    "commitment": "What you said you will do:",
    "taking_steps": "Steps you have already taken:",
    "activation": "What you feel ready for:",
    "desire": "What you would like:",
    "ability": "What you feel you could do:",
    "reasons": "Your reasons:",
    "need": "What you feel needs to happen:",
}
# The summary ends the interview and "Saved" follows at once: a question to take away,
# said as one (walk-through: it read as asked, with no chance to answer).
SUMMARY_KEY_QUESTION = (
    "To take with you, if you like: where does this leave you, and what, if anything, "
    "would you like to do next? `mij note` is there whenever you want to write it down. "
    "Nothing for now is a fine answer."
)

# The person declined the question the interview hung on ("nothing for now", "not sure"):
# their answer is honoured, nothing more is asked, and nothing presses.
SUMMARY_DECLINED = (
    "That's fine. Nothing needs to be named or decided today. If you would like to come "
    "back to this another time, it will be here."
)


def _closed(quote: str) -> str:
    """A sentence that ends on a quote ends with a full stop, unless the quote brings one."""
    return quote if quote.rstrip("\u201d\"").endswith((".", "!", "?", "\u2026")) else quote + "."


def summary_double_sided(holding_back: str, toward_change: str) -> str:
    """Both sides in their words, ending on the side of change."""
    return f"Part of you wrote {holding_back}; at the same time you wrote {_closed(toward_change)}"


def summary_double_sided_brief(toward_change: str) -> str:
    return ("Part of you is holding on to how things are; at the same time you wrote "
            + _closed(toward_change))


def summary_choices(choices: list[str]) -> str:
    return "From the list, you chose: " + "; ".join(choices) + "."


def summary_affirmation(*quotes: str) -> str:
    """One quote per answer: two answers are never run together into one quote."""
    if len(quotes) > 1:
        return f"You named things you can draw on: {', '.join(quotes[:-1])} and {quotes[-1]}"
    return f"You named something you can draw on: {quotes[0]}"


def summary_context_heading(after_change: bool) -> str:
    return "You also wrote:" if after_change else "You wrote:"


def summary_ruler(name: str, value: int, low: int, high: int) -> str:
    scale = f"of {high}" if low == 0 else f"on {low}-{high}"
    return f"{name} {value} {scale}"


def summary_rulers(parts: list[str]) -> str:
    return "Your rulers: " + ", ".join(parts) + "."

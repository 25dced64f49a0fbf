"""Which stage to try next, and why (only ever a suggestion)."""

from __future__ import annotations

SUGGEST_ENGAGING = "A gentle start: getting to know what matters in your life right now."
SUGGEST_FOCUSING = (
    "You have not had a focusing interview yet; it can help you choose what you would like "
    "to look at."
)
# True for a person who never had an evoking interview (a change plan first) as well.
SUGGEST_EVOKING_RECENT = (
    "You have not looked at what matters to you, and why, in the last two weeks; you might "
    "take a look, if you like."
)
SUGGEST_PLANNING = (
    "Your rulers are high and your goal list has no active goal; you might sketch a plan, if "
    "you like."
)
SUGGEST_CHECKIN = "A short check-in keeps the thread: a minute or two on how today went."


def suggest_evoking_low(importance: int) -> str:
    return (
        f"Your latest importance ruler was {importance}; you might look at what matters to "
        "you, and why, if you like."
    )


def suggest_confidence_low(confidence: int) -> str:
    return (
        f"Your latest confidence ruler was {confidence}; looking at your strengths, what has "
        "helped before and small first tries might help it grow."
    )


def suggested_line(target: str, reason: str) -> str:
    return f"Suggested: {target} - {reason}"

"""`mij goals review`: a look at each active goal in turn."""

from __future__ import annotations

REVIEW_ENTRY_TITLE = "Goal review"
REVIEW_NOTHING = "There is nothing to review: no active goals were named."
REVIEW_NO_ACTIVE = (
    "You have no active goals to look at right now. If you like, `mij goals add` "
    "starts one, or `mij goals status ID active` brings a paused goal back."
)
REVIEW_INTRO = (
    "A short look at each of your active goals. Answer as much or as little as you like; "
    "pressing Enter skips a question."
)
# Said only after the person has told of a setback in their own words.
REVIEW_SETBACK_NOTE = (
    "Thank you for writing that down. Setbacks are part of any change: something to "
    "learn from, never something to count against you."
)
# What each decision means, shown beside its letter (goals/review.py DECISION_LETTERS).
REVIEW_DECISION_MEANINGS = {
    "keep": "keep going with it as it is",
    "adjust": "change its words or add a step",
    "pause": "rest it for a while",
    "set-aside": "set it aside for now; it stays in your list",
    "done": "mark it done",
}
REVIEW_DECISION_AGAIN = "Please press k, a, p, s or d (Enter keeps it as it is)."
REVIEW_CLOSING = (
    "Thank you for taking this time. Looking honestly at your goals is part of the work, "
    "whatever you decided."
)
def review_heading(number: int, total: int, goal_id: str, title: str | None) -> str:
    """'Goal 2 of 3: Cut down on weeknights (5fre)'; `title` None: 'your goal 5fre'."""
    named = f"your goal {goal_id}" if title is None else f"{title} ({goal_id})"
    return f"Goal {number} of {total}: {named}"


def review_bad_decision(text: str) -> str:
    return f"{text!r} is not one of keep, adjust, pause, set aside or done."


def review_not_active(goal_id: str, label: str) -> str:
    return f"goal {goal_id} is {label}; the review looks at active goals only."


def review_goal_twice(goal_id: str) -> str:
    return f"goal {goal_id} appears twice in the answers; please keep one."


def review_answers_shape(reference: str) -> str:
    return (
        f"the answers for {reference!r} should be a table of text: "
        "went_well, in_the_way, decision (and title, step for adjust)."
    )


def review_unknown_keys(reference: str, keys: list[str]) -> str:
    return f"the answers for {reference!r} have keys the review does not ask: {', '.join(keys)}."


def review_answers_unreadable(path: object, detail: str) -> str:
    return f"{path}: {detail}; nothing was saved."


def review_outcome(goal_id: str, title: str | None, decision: str) -> str:
    """One goal's outcome; `title` None when its words are not quoted back."""
    words = {
        "keep": "keeping it going",
        "adjust": "adjusted",
        "adjust-nothing": "to adjust, with no new title or step given yet, so it stays as it is",
        "pause": "paused for now",
        "set-aside": "set aside for now",
        "done": "marked done",
    }
    named = f"Goal {goal_id}" if title is None else f"{title} ({goal_id})"
    return f"{named}: {words.get(decision, decision)}"


def review_saved(entry_id: str) -> str:
    return f"Saved your review in your journal ({entry_id})."


REVIEW_STOPPED = "Stopped; this review was not saved, and your goals are as they were."
REVIEW_STOPPED_NOTE_TITLE = "Goal review, stopped before the end:"


def review_kept_on_interrupt(entry_id: str) -> str:
    return (f"Stopped; your goals are as they were, and what you wrote is saved as a note "
            f"({entry_id}). If you would rather not keep it: `mij delete {entry_id}`")


ANSWERS_NOT_A_TABLE = "expected a table of goal ids"
NOT_UTF8 = "not UTF-8 text"


def answers_json_error(line: int, column: int, detail: str) -> str:
    return f"JSON error at line {line}, column {column}: {detail}"

"""Every sentence the program says to a person, in one place to review for tone.

Wording follows ../shared/MI_GUIDE.md: person-first, no labels, no scolding,
autonomy first ("if you like", "you might"), a lapse is a setback.
"""

from __future__ import annotations

APP_NAME = "mi-journal"

WHAT_THIS_IS = (
    "mi-journal is a private, self-guided journal built on Motivational Interviewing. "
    "It asks open questions and keeps your own words, so you can hear your own reasons "
    "and shape your own goals. It is a self-help journal: it is not treatment, and it "
    "is not an emergency service. It can sit alongside counselling or therapy."
)

PRIVACY = (
    "Your journal is plain, unencrypted text kept only on this computer, in files that "
    "only your user account can read (permissions 0600). Nothing is ever sent over a "
    "network. If other people use this computer, you might turn on full-disk "
    "encryption."
)

CRISIS_HEADING = "If you are in crisis or need help now"

CRISIS_LINES: tuple[str, ...] = (
    "United States: 988 Suicide & Crisis Lifeline - call or text 988 "
    "(also for substance-use crises; press 1 for veterans, 2 for Spanish), "
    "or chat at 988lifeline.org.",
    "United States: SAMHSA National Helpline - 1-800-662-4357 (1-800-662-HELP), "
    "free, confidential, 24/7 treatment referral.",
    "If you are in immediate danger, call 911 (or your local emergency number).",
    "Elsewhere: findahelpline.com lists verified free helplines by country.",
)

CRISIS_LOCAL_PREFIX = "Your own local resource:"

CRISIS_SET_LOCAL_HINT = (
    "You can add your own local line, if you like: "
    'mij config set crisis_line "name and number"'
)

CRISIS_GENTLE_NOTE = (
    "What you wrote sounds heavy. If you are thinking about harming yourself or are "
    "in danger, you deserve support right now - these lines are free and open "
    "around the clock:"
)

WELCOME_TITLE = "Welcome to mi-journal"

WELCOME_ENDING = (
    "Everything here is a suggestion: you choose what to look at, what to answer and "
    "what to skip. Type `mij crisis` at any time to see the help lines again."
)

NOTE_SAVED = "Saved your note."
NOTE_EMPTY = "There is nothing to save yet: write your note after `mij note`, or pipe it in."

STATUS_NO_ENTRIES = "No entries yet. When you are ready, `mij` in a terminal will walk you through."


def entry_count_status(count: int, when: str) -> str:
    noun = "entry" if count == 1 else "entries"
    return f"{count} {noun} in your journal; the most recent on {when}."

NOT_A_TERMINAL = (
    "This needs a terminal to ask questions. For scripts, you might pass the answers "
    "with --answers FILE."
)

UNEXPECTED = (
    "Something unexpected went wrong and nothing was changed. "
    "Run again with MIJ_DEBUG=1 to see the details."
)

INTERRUPTED = ""  # Ctrl-C ends quietly.

HOME_CHOICES_INTRO = "What would you like to do? (press a letter, then Enter)"
HOME_CHOICES: tuple[tuple[str, str], ...] = (
    ("n", "write a quick note"),
    ("c", "see crisis and support lines"),
    ("q", "leave for now"),
)
HOME_NOTE_PROMPT = "Write as much as you like; an empty line twice (or Ctrl-D) saves it."
HOME_NOTE_NOTHING = "Nothing written, nothing saved. That is fine too."


# --- dates ---


def date_not_understood(text: str, *, future: bool) -> str:
    examples = "today, tomorrow, +7d, 2w" if future else "today, yesterday, 7d, 2w"
    return f"{text!r} is not a date I can read; you might use YYYY-MM-DD or words like {examples}."


def date_not_on_calendar(text: str) -> str:
    return f"{text!r} is not a date on the calendar; please check the month and day."


def date_out_of_range(text: str) -> str:
    return f"{text!r} reaches outside the years this journal can hold (1 to 9999)."

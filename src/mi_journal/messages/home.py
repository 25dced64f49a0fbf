"""What `mij` says on its own: the welcome, the status line and the home screen's menu."""

from __future__ import annotations

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
WELCOME_TITLE = "Welcome to mi-journal"
WELCOME_MORE = "(press Enter to go on) "
# Ctrl-C or Ctrl-D during the welcome (cli/welcome.py): nothing of it is recorded.
WELCOME_LEFT = "Stopped: nothing was saved, and `mij` shows this welcome again next time."
WELCOME_LEFT_AFTER_NOTE = (
    "Stopped: your note is saved, and `mij` shows this welcome again next time."
)
WELCOME_ENDING = (
    "Everything here is a suggestion: you choose what to look at, what to answer and "
    "what to skip. Type `mij crisis` at any time to see the help lines again."
)
STATUS_NO_ENTRIES = "No entries yet. When you are ready, `mij` in a terminal will walk you through."
HOME_NO_ENTRIES = "Your journal is empty so far; there is no wrong place to start."
HOME_NO_ENTRIES_PAUSED = "Nothing is saved in your journal yet; what you started is paused below."


def entry_count_status(count: int, when: str) -> str:
    noun = "entry" if count == 1 else "entries"
    return f"{count} {noun} in your journal; the most recent on {when}."


HOME_CHOICES_INTRO = "What would you like to do? (press a letter, then Enter)"
HOME_NOTE_PROMPT = "Write as much as you like; an empty line (or Ctrl-D) saves it."
HOME_NOTE_NOTHING = "Nothing written, nothing saved. That is fine too."
NOTE_NOTHING_SAVED_ON_INTERRUPT = "Stopped; nothing was written, so nothing was saved."
HOME_PICK_OR_LEAVE = "Whenever you are ready, type one of the letters above (q leaves)."
HOME_GOODBYE = "Until next time; everything you saved is kept."
HOME_STOPPED = "Stopped; everything you saved is kept."


def home_note_kept_on_interrupt(entry_id: str) -> str:
    return (f"Stopped; what you had typed is saved as a note ({entry_id}). "
            f"If you would rather not keep it: `mij delete {entry_id}`")


HOME_RULERS = "Your rulers lately:"
HOME_DRAFTS = "Paused, ready to pick up again:"
# After an entry in the last two days whose words sounded like a crisis.
HOME_RECENT_PAIN = (
    "Some of what you wrote recently sounded very painful. You do not have to face it "
    "alone: press c for the help lines, whenever you want them."
)
# An active goal whose own words hold crisis language: on the menu (when the line above
# was not said already) and under the goal when its key shows it.
HOME_GOALS_PAIN = (
    "Some of the words in your goals sounded very painful. You do not have to face it "
    "alone: press c for the help lines, whenever you want them."
)
HOME_GOAL_PAIN = (
    "Some of the words in this goal sounded very painful. You do not have to face it "
    "alone: press c for the help lines, whenever you want them."
)
HOME_CHOICES_INTRO_NUMBERS = (
    "What would you like to do? (press a number or a letter, then Enter)"
)
HOME_CHOICE_ANY = "choose any stage or pack"
HOME_CHOICE_CHECKIN = "daily check-in (a minute or two)"
HOME_CHOICE_NOTE = "write a quick note"
HOME_CHOICE_RESUME = "resume your paused interview"
HOME_AFTER_CRISIS = "(press Enter for the menu) "  # a prompt: kept short, never wrapped
HOME_CHOICE_CRISIS = "see crisis and support lines"
HOME_CHOICE_QUIT = "leave for now"
HOME_PICK_INTRO = "Which would you like? (a number or a name; Enter goes back)"
HOME_PICK_DRAFT = "Which one would you like to continue? (a number; Enter takes the latest)"


def home_more_drafts(count: int) -> str:
    return f"and {count} more; `mij resume --list` shows them all."


def home_suggestion(target: str, reason: str) -> str:
    return f"Suggested next: {target}. {reason} (Only a suggestion; the choice is yours.)"


def home_choice_homework(title: str, progress: str) -> str:
    return f"homework for today: {title} ({progress})"


def home_choice_goal(title: str) -> str:
    return f"your goal: {title}"


def home_choice_goal_unquoted(goal_id: str) -> str:
    """A goal whose words hold crisis language: named by its id, never quoted on the menu."""
    return f"your goal {goal_id}"


def home_goal_next(goal_id: str, open_step: int | None = None) -> list[str]:
    """Each command in full, as it runs (TEXT stands for the person's words), one a line
    so that none is split when the lines wrap."""
    lines = [f"`mij goals step {goal_id} add TEXT` adds a step;"]
    if open_step:
        lines.append(f"`mij goals step {goal_id} done {open_step}` marks step {open_step} done;")
    return [*lines, "`mij goals review` looks at each goal in turn."]


def home_choice_suggested(target: str) -> str:
    return f"{target} (suggested)"


def home_pick_a_letter(keys: str) -> str:
    return f"Please press one of {keys}, then Enter."


def home_pick_a_number(count: int) -> str:
    return f"Please pick a number from 1 to {count}, or a name from the list."


def home_pick_a_draft(count: int) -> str:
    return f"Please pick a number from 1 to {count}, or press Enter for the latest."

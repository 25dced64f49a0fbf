"""Every sentence the program says to a person, in one place to review for tone.

Wording follows ../shared/MI_GUIDE.md: person-first, no labels, no scolding,
autonomy first ("if you like", "you might"), a lapse is a setback.
"""

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

CRISIS_HEADING = "If you are in crisis or need help now"

# Every block must fit a 24-row terminal at 60 columns with room to spare
# (tests/test_crisis_fits.py): each line says one thing, and no number is said twice.
CRISIS_LINE_988 = (
    "US: 988 Suicide & Crisis Lifeline, also for substance use: call or text 988 "
    "(1 for veterans, 2 for Spanish), or chat at 988lifeline.org."
)
CRISIS_LINE_911 = "US, in immediate danger: call 911; elsewhere, your local emergency number."
CRISIS_LINES: tuple[str, ...] = (
    CRISIS_LINE_988,
    "US: SAMHSA Helpline 1-800-662-4357 (1-800-662-HELP), free, confidential, 24/7 "
    "treatment referral.",
    CRISIS_LINE_911,
    "Elsewhere: findahelpline.com, free helplines by country.",
)
# After the 988 line, when someone else may be at risk (and in `mij crisis`); with no
# overdose steps above (which say to stay with the person), how to help them too.
CRISIS_SOMEONE_ELSE = "US: 988 also answers people worried about someone else."
CRISIS_SOMEONE_ELSE_STAY = f"{CRISIS_SOMEONE_ELSE} If you safely can, stay with them."

# Shown first when set. Never called free or always open: we cannot know.
CRISIS_LOCAL_PREFIX = "Your own line:"

CRISIS_SET_LOCAL_HINT = (
    "You can add your own local line, if you like: "
    '`mij config set crisis_line "name and number"`'
)

# Shown after saving words that suggest danger (see cli/crisis.py for the order).
CRISIS_GENTLE_NOTE = (
    "What you wrote sounds very painful. You deserve support right now, and you do not "
    "have to face it alone."
)
CRISIS_OTHER_NOTE = (
    "It sounds like someone you care about may be in danger. That is a lot to carry, and "
    "you do not have to carry it alone."
)
# An overdose beside someone else at risk: whose overdose it is cannot be told apart.
CRISIS_EITHER_NOTE = (
    "What you wrote sounds very hard. Whether it is you or someone you care about, you do "
    "not have to face it alone."
)
CRISIS_OVERDOSE_HEADING = "If you or someone with you may have taken too much"
CRISIS_OVERDOSE_STEPS: tuple[str, ...] = (
    "Call 911 now (US), or your local emergency number.",
    "US Poison Help 1-800-222-1222: free, confidential, 24/7.",
    "Give naloxone if there is some (no harm if not opioids).",
    "Stay with the person and keep them breathing; if they do not respond, lay them on "
    "their side.",
)
# After `mij import`: one quiet line, never a wall of alerts.
IMPORT_CRISIS_WORDS = (
    "Some of the imported entries hold words about being in danger or in crisis. If that is "
    "where you are now, `mij crisis` shows the help lines."
)

WELCOME_TITLE = "Welcome to mi-journal"
WELCOME_MORE = "(press Enter to go on) "

WELCOME_ENDING = (
    "Everything here is a suggestion: you choose what to look at, what to answer and "
    "what to skip. Type `mij crisis` at any time to see the help lines again."
)

NOTE_SAVED = "Saved your note."
NOTE_NEEDS_TEXT = "write the note after `mij note`, or pipe it in: `echo '...' | mij note`"
NOTE_IS_EMPTY = "there is nothing to save: the note is empty."
NOTE_STDIN_NOT_UTF8 = "the note on stdin is not valid UTF-8 text; nothing was saved."


def note_too_long(limit: int) -> str:
    return f"a note may hold at most {limit:,} characters; nothing was saved."


def note_not_saved(detail: str) -> str:
    return f"the note could not be saved: {detail}."


def note_tag_length(limit: int) -> str:
    return note_not_saved(f"a tag holds 1 to {limit} characters")

STATUS_NO_ENTRIES = "No entries yet. When you are ready, `mij` in a terminal will walk you through."
HOME_NO_ENTRIES = "Your journal is empty so far; there is no wrong place to start."


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


def os_problem_line(where: str | None, reason: str) -> str:
    """A file or the output could not be used (`reason` in plain words, e.g. "the disk is full")."""
    if where is None:
        return f"could not write the output: {reason}."
    return f"could not use {where}: {reason}."


HOME_CHOICES_INTRO = "What would you like to do? (press a letter, then Enter)"
HOME_NOTE_PROMPT = "Write as much as you like; an empty line (or Ctrl-D) saves it."
HOME_NOTE_NOTHING = "Nothing written, nothing saved. That is fine too."
NOTE_NOTHING_SAVED_ON_INTERRUPT = "Stopped; nothing was written, so nothing was saved."
EDITOR_ANSWER_SHOWN = "Your answer, from the editor:"
HOME_PICK_OR_LEAVE = "Whenever you are ready, type one of the letters above (q leaves)."
HOME_GOODBYE = "Until next time; everything you saved is kept."
HOME_STOPPED = "Stopped; everything you saved is kept."


def home_note_kept_on_interrupt(entry_id: str) -> str:
    return (f"Stopped; what you had typed is saved as a note ({entry_id}). "
            f"If you would rather not keep it: `mij delete {entry_id}`")


# --- dates ---


def date_not_understood(text: str, *, future: bool) -> str:
    examples = "today, tomorrow, +7d, 2w" if future else "today, yesterday, 7d, 2w"
    return f"{text!r} is not a date I can read; you might use YYYY-MM-DD or words like {examples}."


def date_not_on_calendar(text: str) -> str:
    return f"{text!r} is not a date on the calendar; please check the month and day."


def date_out_of_range(text: str) -> str:
    return f"{text!r} reaches outside the years this journal can hold (1 to 9999)."


# --- trends ---

TRENDS_NONE = (
    "No ruler readings yet. When an interview or check-in asks how important, how confident "
    "or how ready you feel (0-10), your answers will gather here over time."
)
TRENDS_NONE_SINCE = (
    "No ruler readings in that period. `mij trends` without --since shows all of them."
)
TRENDS_ONE_READING = (
    "One reading so far. Each new one adds a point, so you can watch how things move."
)


def trends_heading(unit: str) -> str:
    return (
        f"Your rulers over time (0-10, one column per {unit}; "
        "a column with no mark had no reading)"
    )


# --- export and import ---

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


def import_done(added: int, present: int, goals_added: int, goals_present: int,
                differing: int = 0, goals_differing: int = 0) -> str:
    """`present`: already here and the same; `differing`: same id, different content."""
    text = f"Entries: added {added}, already present {present}."
    if goals_added or goals_present or goals_differing:
        text += f" Goals: added {goals_added}, already present {goals_present}."
    kept = import_kept_local(differing, goals_differing)
    return f"{text} {kept}" if kept else text


def import_kept_local(entries: int, goals: int) -> str:
    """Items whose id was already here with different content: nothing local is replaced."""
    parts = []
    if entries:
        parts.append(f"{entries} {'entry' if entries == 1 else 'entries'}")
    if goals:
        parts.append(f"{goals} {'goal' if goals == 1 else 'goals'}")
    if not parts:
        return ""
    one = entries + goals == 1
    return (f"{' and '.join(parts)} {'was' if one else 'were'} already here with different "
            f"content; {'your version was' if one else 'your versions were'} kept.")


def import_refused(path: object, detail: str) -> str:
    return f"{path}: {detail}; nothing was imported."


def view_heading(path: str, exported: str, about: str) -> str:
    return f"{path}: a mij export from {exported}, shown read-only ({about})."


def view_refused(path: object, detail: str) -> str:
    """`mij view` only reads: it never imports, so it says so differently."""
    return f"{path}: {detail}; this file cannot be shown (it was only read, not changed)."


def _pack_named(pack: str) -> str:
    """A pack name someone typed, shown inert and cut to a readable length."""
    from mi_journal.core.textsafe import inert

    return inert(repr(pack if len(pack) <= 64 else pack[:64] + "..."))


def export_is_folder(output: object) -> str:
    return f"{output} is a folder; please name a file."


def export_unknown_pack(pack: str) -> str:
    """`mij export --pack NAME` where NAME is no pack and no entry's pack (a typo, likely)."""
    return (
        f"no pack called {_pack_named(pack)} is built in, installed or named in your "
        "entries; you might run `mij pack list` to see the packs' names. Nothing was written."
    )


def sync_copy(name: str, of: str) -> str:
    return (
        f"{name} is a copy of {of} made by a sync tool; mi-journal reads only {of}, so "
        "what is only in the copy is not shown. You might compare the two, bring what you "
        f"need into {of}, then remove the copy."
    )


def cloud_only(name: str) -> str:
    return (
        f"{name} is kept in iCloud only, not on this computer (this is its placeholder), "
        "so it is left out until it is downloaded: open the folder in Finder, or run "
        "`brctl download` on it."
    )


def goals_in_cloud_only(path: str) -> str:
    return (
        f"your goals file is kept in iCloud only, not on this computer ({path} is its "
        "placeholder); please download it (open the folder in Finder, or run `brctl "
        "download` on it) first. Nothing was changed."
    )


def odd_name(spelled: str, quoted: str) -> str:
    return (
        f"its name ({spelled}) is not valid UTF-8 or holds a control character, so "
        "mi-journal cannot use it and left it as it is; you might rename it, in its folder: "
        f"mv -- {quoted} NEW-NAME"
    )


def entry_too_large(entry_id: str, limit: int) -> str:
    return (
        f"entry {entry_id} would be larger than {limit // (1024 * 1024)} MiB, more than "
        "mi-journal reads back, so it was left as it was."
    )


def entry_unreadable_hint(detail: str) -> str:
    """An entry asked for by id (show, tag, edit, delete) whose file cannot be read."""
    return (
        f"{detail}; it was left exactly as it is. You might mend it in a text editor, or "
        "move the file out of the journal folder if it is not needed."
    )


def list_unknown_pack(pack: str) -> str:
    """`mij list --pack NAME` found nothing, and NAME is no pack at all."""
    return (
        f"No entries match: no pack called {_pack_named(pack)} is built in, installed or "
        "named in your entries. `mij pack list` shows the packs' names."
    )


# --- goals ---

GOAL_TITLE_EMPTY = "A goal needs a few words for its title; nothing was changed."
GOAL_STEP_EMPTY = "A step needs a few words; nothing was changed."
GOAL_EDIT_TARGET_TYPE = (
    "target should be a date like 2026-12-31 (or left out); nothing was changed."
)
GOALS_NONE_YET = (
    "You have no goals yet. When you are ready, you might add one in your own words: "
    '`mij goals add "TITLE"`'
)
GOALS_NONE_SHOWN = "No active or paused goals right now. `mij goals list --all` shows every goal."
GOAL_NO_CHANGE = "Nothing changed."
GOAL_EDIT_NEEDS_TERMINAL = (
    "To edit in your editor, run this in a terminal; in scripts you might use "
    "--title, --why, --target or --clear-target."
)
GOAL_EDIT_CHOICE = "Would you like to [r]e-open the editor or [d]iscard this edit? (r/d) "
GOAL_EDIT_DISCARDED = "Your edit was discarded; the goal is as it was."
GOAL_EDIT_TARGET_BOTH = "Use either --target or --clear-target, not both."


def goal_bad_status(text: str) -> str:
    return f"{text!r} is not a goal status; the choices are active, done, paused and set-aside."


def goal_not_an_id(reference: str) -> str:
    return f"{reference!r} is not a goal id; `mij goals list --all` shows them."


def goal_unknown(reference: str) -> str:
    return f"No goal has the id {reference!r}; `mij goals list --all` shows them."


def goal_ambiguous(reference: str, ids: list[str]) -> str:
    return f"{reference!r} fits more than one goal ({', '.join(ids)}); please type more of the id."


def goal_invalid(detail: str) -> str:
    return f"That would not make a goal that can be saved ({detail}); nothing was changed."


def goal_step_out_of_range(goal_id: str, number: int, total: int) -> str:
    if total == 0:
        return f"Goal {goal_id} has no steps yet; `mij goals step {goal_id} add TEXT` adds one."
    return f"Goal {goal_id} has steps 1 to {total}; there is no step {number}."


def goal_added(goal_id: str) -> str:
    return f"Added your goal. Its id is {goal_id}."


def goal_saved(goal_id: str) -> str:
    return f"Saved goal {goal_id}."


def goal_step_added(goal_id: str, number: int) -> str:
    return f"Added step {number} to goal {goal_id}."


def goal_step_marked(goal_id: str, number: int, done: bool) -> str:
    if done:
        return f"Step {number} of goal {goal_id} is done: one more step taken."
    return f"Step {number} of goal {goal_id} is open again."


def goal_status_changed(goal_id: str, label: str) -> str:
    notes = {
        "done": "You reached it - that is worth taking a moment to notice.",
        "paused": "Resting a goal for a while is a choice you can come back to.",
        "set aside": "Setting a goal aside is your choice; it stays here if you want it again.",
        "active": "It is on your active list.",
    }
    return f"Goal {goal_id} is now {label}. {notes.get(label, '')}".strip()


def goals_hidden(count: int) -> str:
    noun = "goal is" if count == 1 else "goals are"
    return f"{count} more {noun} done or set aside: `mij goals list --all` shows them."


def goal_edit_header(goal_id: str, created: str) -> list[str]:
    return [
        f"Goal {goal_id} (added {created}). Change what you like, then save and close.",
        "title: a few words in your own terms. why: what makes this goal matter to you.",
        "target: a date like 2026-12-31, or the words today / tomorrow / +7d; delete it for none.",
        "status: active, paused, done or set-aside.",
        "steps: each has text and done (true or false); their order is kept.",
        "Lines starting with # are ignored.",
    ]


def goal_edit_syntax(detail: str) -> str:
    return f"The edited text is not valid TOML: {detail}."


def goal_edit_unknown_keys(keys: list[str]) -> str:
    return (
        f"A goal has no {', '.join(keys)}; the keys it can have are title, why, target, "
        "status and steps."
    )


def goal_changed_meanwhile(goal_id: str) -> str:
    return f"Goal {goal_id} was changed somewhere else while you were editing it:"


def goal_merged_meanwhile(goal_id: str) -> str:
    return (
        f"Goal {goal_id} was changed somewhere else while you were editing it; "
        "those changes are kept alongside yours:"
    )


def goal_field_changed(name: str, before: str, after: str) -> str:
    return f"{name}: {before} -> {after}"


def goal_step_changed_meanwhile(number: int, before: str, after: str) -> str:
    return f"step {number}: {before} -> {after}"


def goal_step_marked_meanwhile(number: int, done: bool) -> str:
    return f"step {number} marked {'done' if done else 'not done'}"


def goal_step_added_meanwhile(text: str) -> str:
    return f"step added: {text}"


def goal_step_removed_meanwhile(text: str) -> str:
    return f"step removed: {text}"


def goal_note_added_meanwhile(text: str) -> str:
    return f"note added: {text}"


GOAL_NO_TARGET_WORD = "none"


def goal_edit_both_changed(fields: list[str]) -> str:
    return (
        f"Your edit also changes {', '.join(fields)}, so nothing was saved yet "
        "and no change was lost."
    )


GOAL_EDIT_REOPEN_ON_LATEST = (
    "Open your edit again on top of the goal as it is now? "
    "(y, or n to keep your edit aside) "
)


def goal_edit_clash_note(fields: list[str]) -> list[str]:
    return [
        "Changed both here and somewhere else: " + ", ".join(fields) + ".",
        "Your version is below; how it is now is shown commented out just here.",
    ]


def goal_edit_kept(path: str) -> str:
    return f"The goal was left as it is now; your edit is kept at {path}."


def goal_edit_kept_after_problem(detail: str, path: str) -> str:
    return f"{detail} Your edit is kept at {path}."


def goal_step_bad_action(action: str) -> str:
    return f"{action!r} is not add, done or undo."


def goal_step_needs_number(verb: str) -> str:
    return f"`mij goals step ID {verb} N` needs one step number, like 1."


def goal_edit_problem(detail: str) -> str:
    return f"This edit cannot be saved yet: {detail}"


def editor_missing(command: str) -> str:
    return f"Could not start the editor {command!r}; you might set $VISUAL or $EDITOR."


def editor_exit(status: int) -> str:
    return f"The editor closed with status {status}; nothing was changed."


# --- goal review ---

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
REVIEW_DECISION_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("k", "keep", "keep going with it as it is"),
    ("a", "adjust", "change its words or add a step"),
    ("p", "pause", "rest it for a while"),
    ("s", "set-aside", "set it aside for now; it stays in your list"),
    ("d", "done", "mark it done"),
)
REVIEW_DECISION_AGAIN = "Please press k, a, p, s or d (Enter keeps it as it is)."
REVIEW_CLOSING = (
    "Thank you for taking this time. Looking honestly at your goals is part of the work, "
    "whatever you decided."
)

_REVIEW_QUESTIONS = {
    "went_well": "What has gone well with \u201c{title}\u201d lately, even in a small way?",
    "in_the_way": "What got in the way, if anything, and what might you take from it?",
    "decision": "What would you like to do with this goal now?",
    "new_title": "How would you put this goal now, in your own words? (Enter keeps the title)",
    "new_step": "What next step would you like to add, if any? (Enter adds none)",
}


def review_question(key: str, title: str) -> str:
    # Plain replace, never str.format: the title is the person's own text.
    return _REVIEW_QUESTIONS[key].replace("{title}", title)


def review_heading(number: int, total: int) -> str:
    return f"Goal {number} of {total}"


def review_bad_decision(text: str) -> str:
    return f"{text!r} is not one of keep, adjust, pause, set aside or done."


def review_not_active(goal_id: str, label: str) -> str:
    return f"Goal {goal_id} is {label}; the review looks at active goals only."


def review_goal_twice(goal_id: str) -> str:
    return f"Goal {goal_id} appears twice in the answers; please keep one."


def review_answers_shape(reference: str) -> str:
    return (
        f"The answers for {reference!r} should be a table of text: "
        "went_well, in_the_way, decision (and title, step for adjust)."
    )


def review_unknown_keys(reference: str, keys: list[str]) -> str:
    return f"The answers for {reference!r} have keys the review does not ask: {', '.join(keys)}."


def review_answers_unreadable(path: object, detail: str) -> str:
    return f"{path}: {detail}; nothing was saved."


def review_outcome(goal_id: str, title: str, decision: str) -> str:
    words = {
        "keep": "keeping it going",
        "adjust": "adjusted",
        "adjust-nothing": "to adjust, with no new title or step given yet, so it stays as it is",
        "pause": "paused for now",
        "set-aside": "set aside for now",
        "done": "marked done",
    }
    return f"{title} ({goal_id}): {words.get(decision, decision)}"


def review_saved(entry_id: str) -> str:
    return f"Saved your review in your journal ({entry_id})."


# --- interviews ---


def interview_progress(number: int, total: int) -> str:
    return f"{number} of {total}"


INTERVIEW_ALREADY_DONE = "This interview has no more questions."
INTERVIEW_NOT_DONE = "This interview still has questions to answer."
INTERVIEW_CANNOT_SKIP = (
    "This question cannot be skipped; a few words are enough. "
    "You can also stop here and come back later."
)
INTERVIEW_NOTHING_TO_KEEP = "There is no earlier answer here to keep."
ANSWERS_SHOWN_INSTEAD = (
    "Your answers could not be written to disk, so here they are in full; "
    "you might copy them somewhere safe:"
)


def draft_not_saved(detail: str) -> str:
    return f"The draft could not be updated ({detail}). Your answers are still here; carry on."


def entry_kept_as_draft(detail: str, draft_id: str) -> str:
    return (
        f"the entry was not saved: {detail} Your answers are kept as the draft {draft_id} "
        f"(`mij resume {draft_id}` to shorten them)."
    )


def entry_not_saved(detail: str) -> str:
    return f"The entry could not be saved: {detail}"

INTERVIEW_NOTHING_TO_ASK = (
    "There is nothing to ask here: none of this pack's questions apply this time."
)
ANSWER_EMPTY = "Whenever you are ready: a few words are enough."
ANSWER_LIST_EMPTY = "Whenever you are ready: one item per line is enough."
ANSWER_YES_NO = "Please answer y (yes) or n (no)."
ANSWER_PICK_ONE = "Please pick at least one by its number."
ANSWER_UNSTORABLE = (
    "That text holds a character that cannot be saved; could you type it again?"
)


def answer_too_long(length: int, limit: int) -> str:
    return (
        f"That answer is {length:,} characters long; an answer may hold up to {limit:,}. "
        "You might keep the heart of it, or split it over a note."
    )


def scale_out_of_range(low: int, high: int) -> str:
    return f"Please pick a whole number from {low} to {high}."


def choice_out_of_range(count: int) -> str:
    return f"Please pick a number from 1 to {count}."


def choice_not_understood(count: int) -> str:
    return f"Please pick one by its number (1 to {count}), or type the choice exactly."


def multi_choice_not_understood(count: int) -> str:
    return f"Please pick by number (1 to {count}), separated by commas, e.g. 1,3."


def too_many_picks(limit: int, picked: int) -> str:
    return f"You picked {picked}; this one asks for up to {limit}. Which matter most?"


def answer_wrong_type(kind: str) -> str:
    shapes = {
        "text": "text",
        "long_text": "text",
        "list": "a list of text (or text with one item per line)",
        "scale": "a whole number",
        "choice": "a choice's text or number",
        "multi_choice": "a list of choices (their text or numbers)",
        "yes_no": "true or false (or yes/no)",
    }
    return f"this answer takes {shapes.get(kind, kind)}."


SUMMARY_NOTHING_QUOTED = "Thank you for writing honestly about where things are right now."
# Crisis words are never handed back as change (issue 11); one gentle line says so instead.
SUMMARY_CRISIS_LEFT_OUT = (
    "Some of what you wrote sounded very painful, so it is not repeated here. "
    "`mij crisis` shows the help lines whenever you want them."
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
SUMMARY_KEY_QUESTION = (
    "Where does this leave you? What, if anything, would you like to do next? "
    "Nothing for now is a fine answer."
)


def summary_double_sided(holding_back: str, toward_change: str) -> str:
    """Both sides in their words, ending on the side of change."""
    return f"Part of you wrote {holding_back}; at the same time you wrote {toward_change}"


def summary_double_sided_brief(toward_change: str) -> str:
    return ("Part of you is holding on to how things are; at the same time you wrote "
            + toward_change)


def summary_choices(choices: list[str]) -> str:
    return "From the list, you chose: " + "; ".join(choices) + "."


def summary_affirmation(quote: str) -> str:
    return f"You named something you can draw on: {quote}"


def summary_context_heading(after_change: bool) -> str:
    return "You also wrote:" if after_change else "You wrote:"


def summary_ruler(name: str, value: int, low: int, high: int) -> str:
    scale = f"of {high}" if low == 0 else f"on {low}-{high}"
    return f"{name} {value} {scale}"


def summary_rulers(parts: list[str]) -> str:
    return "Your rulers: " + ", ".join(parts) + "."


NO_DRAFTS = "There is no paused interview to resume. `mij interview` starts a new one."


def draft_unknown(reference: str) -> str:
    return f"No paused interview matches {reference!r}; `mij resume --list` shows them."


def draft_ambiguous(reference: str, count: int) -> str:
    return f"{reference!r} matches {count} paused interviews; please give more of the id."


SUGGEST_ENGAGING = "A gentle start: getting to know what matters in your life right now."
SUGGEST_FOCUSING = "You have not chosen a focus yet; you might pick what you would like to look at."
SUGGEST_EVOKING_RECENT = (
    "It has been a while since you looked at what matters to you and why; you might take "
    "another look, if you like."
)
SUGGEST_PLANNING = (
    "Your rulers are high and there is no active goal yet; you might sketch a plan, if you like."
)
SUGGEST_CHECKIN = "A short check-in keeps the thread: a minute or two on how today went."


def suggest_evoking_low(importance: int) -> str:
    return (
        f"Your latest importance ruler was {importance}; looking at what matters to you, "
        "and why, might help."
    )


def suggest_confidence_low(confidence: int) -> str:
    return (
        f"Your latest confidence ruler was {confidence}; looking at your strengths, what has "
        "helped before and small first tries might help it grow."
    )


STAGE_PURPOSE: dict[str, str] = {
    "engaging": "Getting comfortable: what matters in your life right now.",
    "focusing": "Choosing a direction: what you would like to look at.",
    "evoking": "Your own reasons: why a change might matter to you, in your words.",
    "planning": "Your own plan: goals, first steps, and who and what can help.",
}
INTERVIEW_KEYS = (
    "At any question: ? help · < back · :skip (optional ones) · :e editor · "
    ":q stop for now (your answers are kept)"
)
# The keys' descriptions start at this column; wrapped lines hang there.
INTERVIEW_KEYS_COLUMN = 14
INTERVIEW_KEYS_LONG = (
    "?  this help\n"
    "<  or :back   go back and change the previous answer\n"
    ":skip         skip a question marked optional (two empty Enters do too)\n"
    ":e or :edit   write this answer in your editor ($VISUAL or $EDITOR)\n"
    ":q or :quit   stop for now; `mij resume` continues later\n"
    "Longer answers and lists take several lines; an empty line ends them."
)
INTERVIEW_OPTIONAL = "optional"
YES_NO_HINT = "y or n"
LONG_TEXT_HINT = (
    "Write as much as you like, over several lines; to finish, press Enter on an empty line."
)
LIST_HINT = "One item per line; to finish the list, press Enter on an empty line."
SKIP_CONFIRM = "Press Enter again to skip this one, or type your answer."
HELP_AVAILABLE = "(type ? for a little help with this question)"
EARLIER_SKIPPED = "(skipped)"
PENDING_KEPT = "The lines you had started are still here; carry on, and end with an empty line:"
INTERVIEW_AT_FIRST = "This is the first question; there is nothing before it."
SKIPPED_NOTE = "Skipped."
CRISIS_AGAIN = "The help lines are shown above, and `mij crisis` shows them any time."
CRISIS_CONTINUE = (
    "Whenever you are ready, you can carry on, or stop with :q; your answers are kept."
)
# Prompts are not wrapped: kept short enough for a narrow terminal.
CRISIS_CONTINUE_PROMPT = "(press Enter to carry on) "
REVIEW_CRISIS_CONTINUE = (
    "Whenever you are ready, you can carry on with the review; Ctrl-C stops it, and what "
    "you have written is kept as a note."
)
EDITOR_NOT_SET = (
    "No editor could be opened. You might set VISUAL or EDITOR (for example EDITOR=nano), "
    "or type your answer here."
)
EDITOR_EMPTY = "The editor came back empty, so nothing changed; you can type your answer here."
INTERVIEW_PAUSED = (
    "Paused. Your answers are kept as a draft; `mij resume` continues where you left off."
)
INTERVIEW_LEFT_NOTHING = (
    "Nothing was written yet, so there was nothing to keep. Come back whenever you like."
)
GOAL_OFFER_INTRO = "You wrote down a goal. Would you like it on your goal list too?"
GOAL_OFFER_WHY = "why:"
GOAL_OFFER_QUESTION = "Add it to your goals? [y/N] "
GOAL_OFFER_DECLINED = (
    "Left as it is; it stays in this entry, and `mij goals add` adds goals any time."
)


def scale_hint(low: int, high: int) -> str:
    return f"A whole number from {low} to {high}."


def multi_choice_hint(max_picks: int | None) -> str:
    limit = f"up to {max_picks}" if max_picks else "as many as fit"
    return f"Pick {limit} by number, separated by commas (e.g. 1,3)."


EARLIER_ANSWER = "Earlier you answered (press Enter to keep it, or type a new answer):"
SUGGESTED_ANSWER = "Last time you wrote (press Enter to keep it, or type something new):"


def kept_answer(text: str) -> str:
    """After Enter kept an earlier or suggested answer: the line typed on stays empty."""
    return f"Kept: {text}"


def interview_saved(entry_id: str) -> str:
    return f"Saved in your journal ({entry_id}). Thank you for taking the time."


def goal_offer_added(goal_id: str) -> str:
    return f"Added to your goals ({goal_id}); `mij goals` shows them."


INTERVIEW_NAME_A_STAGE = (
    "which part would you like? Name a stage (engaging, focusing, evoking, planning) "
    "or a pack with --pack ID."
)
ANSWER_NEEDED = "an answer is needed here (this question is not optional)."


def interview_bad_stage(text: str) -> str:
    return (
        f"{text!r} is not a stage or pack; the stages are engaging, focusing, evoking and "
        "planning, and `mij pack list` shows the packs."
    )


def interview_stage_not_in_pack(pack_id: str, stage: str, stages: list[str]) -> str:
    return f"pack {pack_id!r} has no {stage} questions; its stages are: {', '.join(stages)}."


def answers_file_bad(source: str, detail: str) -> str:
    return f"{source}: {detail}; nothing was saved."


def answers_unknown_ids(ids: list[str], where: str) -> str:
    noun = "a prompt" if len(ids) == 1 else "prompts"
    return (
        f"the answers name {noun} that {where} does not ask: {', '.join(ids)}; "
        "nothing was saved."
    )


def answer_problem_for(prompt_id: str, message: str) -> str:
    return f"prompt {prompt_id!r}: {message} Nothing was saved."


def answers_not_asked(ids: list[str]) -> str:
    return f"not asked this time (their conditions did not hold), so not used: {', '.join(ids)}"


ANSWERS_NEED_A_STAGE = (
    "with --answers, please name the stage or pack: `mij interview STAGE --answers FILE`"
)
DISCARD_NEEDS_ID = "please name the draft to discard: `mij resume DRAFT --discard`"
RESUME_DROPPED = (
    "The pack has changed since you paused, and these earlier answers no longer fit it; "
    "here they are, so nothing is lost:"
)


def draft_discarded(draft_id: str) -> str:
    return f"Discarded the paused interview {draft_id}."


# After a paused interview in `mij resume --list` being answered in another terminal.
DRAFT_OPEN_ELSEWHERE = "open in another terminal now"


def draft_in_use(draft_id: str) -> str:
    return (
        f"the paused interview {draft_id} is open in another terminal right now, so it was "
        "left alone there; you might finish it, or quit with :q, in that terminal first."
    )


def draft_gone(draft_id: str) -> str:
    return f"the paused interview {draft_id} was finished or discarded in the meantime."


def draft_not_discarded(draft_id: str) -> str:
    return f"the paused interview {draft_id} could not be removed; it is left as it was."


def suggested_line(target: str, reason: str) -> str:
    return f"Suggested: {target} - {reason}"


def resume_intro(title: str, when: str) -> str:
    return f"Picking up {title}, started {when}."


def resume_pack_changed(old: str, new: str) -> str:
    return f"(The pack was version {old} when you began; it is now {new}.)"


HOME_RULERS = "Your rulers lately:"
HOME_DRAFTS = "Paused, ready to pick up again:"
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


def resume_pack_missing(pack_id: str, path: str, detail: str) -> str:
    return (
        f"the pack {pack_id!r} of this draft cannot be used ({detail}); "
        f"the draft is kept at {path}."
    )


# --- journal (list, show, search, tag, edit, delete, reindex) ---

JOURNAL_NO_ENTRIES = "No entries yet. `mij note TEXT` saves a first one, whenever you like."
JOURNAL_NOTHING_MATCHES = "No entries match those filters."
SHOW_LAST_PASSED_OVER = "a newer entry could not be read, so the one before it is shown:"
JOURNAL_FILE_SKIPPED = "left out of this list (the file is unchanged):"
EDIT_NO_CHANGES = "No changes; the entry is as it was."
EDIT_SAVED = "Saved your edit."
EDIT_DISCARDED = "Your edit was not saved and has been thrown away; the entry is as it was."
EDIT_PROBLEM = "This edit cannot be saved as it is:"
EDIT_CHOICE = (
    "Open it again to fix it, or discard the edit? [o]pen again (Enter) / [d]iscard"
)
EDIT_CHOICE_AGAIN = "Please press o (or Enter) to open it again, or d to discard the edit."
EDIT_NEEDS_TERMINAL = (
    "this edit does not validate and there is no terminal to ask what to do, "
    "so it was discarded; the entry is as it was."
)
DELETE_NEEDS_CONFIRMATION = (
    "deleting needs a yes: run it in a terminal to be asked, or add --yes in scripts."
)
DELETE_KEPT = "Kept; nothing was deleted."
REVIEW_STOPPED = "Stopped; this review was not saved, and your goals are as they were."
REVIEW_STOPPED_NOTE_TITLE = "Goal review, stopped before the end:"


def review_kept_on_interrupt(entry_id: str) -> str:
    return (f"Stopped; your goals are as they were, and what you wrote is saved as a note "
            f"({entry_id}). If you would rather not keep it: `mij delete {entry_id}`")

DELETE_KEPT_ON_INTERRUPT = "Stopped; the entry is kept and nothing was deleted."
DELETE_DONE = "Deleted entry"


def search_found_nothing(words: str) -> str:
    return f"Nothing in your journal matches {words!r}."


def search_no_exact_phrase(count: int) -> str:
    noun = "entry has" if count == 1 else "entries have"
    return (f"No entry has that exact phrase; {count} {noun} all these words. "
            "Without the quotes, the words may be apart.")


def delete_question(entry_id: str, when: str, preview: str) -> str:
    # The preview on a line of its own: its own punctuation never meets the question mark.
    shown = f": {preview}" if preview else ""
    return f"Entry {entry_id} ({when}){shown}\nDelete it? This cannot be undone. [y/N]"


def reindex_done(count: int, problems: int) -> str:
    noun = "entry" if count == 1 else "entries"
    text = f"Rebuilt the index: {count} {noun}."
    if problems:
        files = "file" if problems == 1 else "files"
        text += f" {problems} {files} could not be read and are listed above."
    return text


def tags_changed(entry_id: str, added: list[str], removed: list[str], tags: list[str]) -> str:
    parts = []
    if added:
        parts.append("added " + ", ".join(added))
    if removed:
        parts.append("removed " + ", ".join(removed))
    done = "; ".join(parts) if parts else "no change"
    shown = " ".join(tag_shown(tag) for tag in tags) if tags else "(no tags)"
    return f"Entry {entry_id}: {done}. Tags now: {shown}"


# --- counsellor packs: check (lint), new, add/remove, homework ---

LINT_CLOSED_FORMS = {
    "inversion": "it starts like a yes/no question",
    "yes/no request": "it asks for a yes or a no inside a request",
    "declarative question": "it is a statement said as a question",
    "or-not question": "it ends with \"or not\"",
    "amount question": "it asks for a number or an amount",
    "time question": "it asks for a time or a date",
    "place question": "it asks for a place",
    "person question": "it asks who",
    "choice question": "it asks for a pick from a set",
    "attribute question": "it asks for one fact",
    "rating question": "it asks for a number on a scale",
    "fact echo": "it asks for one fact",
}
# Fact questions get a fact-shaped example; yes/no questions a yes/no-shaped one.
LINT_CLOSED_EXAMPLES = {
    "amount question": '"How many nights do you drink?" -> "What are your evenings like?"',
    "time question": '"When did you last use?" -> "What was going on the last time you used?"',
    "place question": '"Where do you buy it?" -> "What is it like when you go to buy it?"',
    "person question": '"Who do you drink with?" -> "What are the people you drink with like?"',
    "choice question": '"Which matters most?" -> "What matters most to you, and why?"',
    "attribute question": '"What is your usual bedtime?" -> "What are your nights like?"',
    "fact echo": '"You started when?" -> "How did it start?"',
    "rating question": '"On a scale of 0 to 10, how ready are you?" -> "What makes you feel '
    'ready, or not yet?" (a 0-10 number fits a scale prompt)',
}


def lint_closed_question(form: str) -> str:
    why = LINT_CLOSED_FORMS.get(form, "it can be answered with yes or no")
    if form in LINT_CLOSED_EXAMPLES:
        return (
            f"a free-text prompt asked as a closed question ({why}), which invites a short "
            "answer; you might ask what it is like, how it goes or what it means to the "
            f"person instead, e.g. {LINT_CLOSED_EXAMPLES[form]}"
        )
    return (
        f"a free-text prompt asked as a closed question ({why}); you might open it up with "
        '"What...", "How..." or "Tell me about...", e.g. "Do you drink every night?" -> '
        '"What are your evenings like?"'
    )


RIGHTING_REWORDS = {
    "you should": '"you might" or "what would you choose?"',
    "you must": '"you might" or "what feels right to you?"',
    "you need to": '"what do you think you could...?"',
    "you have to": '"what would you like to...?"',
    "you ought to": '"you might"',
    "why don't you": '"what might you try?"',
    "why didn't you": '"what got in the way?"',
    "why haven't you": '"what has got in the way so far?"',
    "why won't you": '"what would make it feel possible?"',
    "why can't you": '"what would help?"',
    "if i were you": '"some people find... what do you make of that?"',
    "don't you think": '"what do you make of it?"',
    "isn't it time": '"what, if anything, would you like to do about it?"',
    "don't": '"what might you try instead?"',
    "do not": '"what might you try instead?"',
    "never": '"what would you like to do about it, if anything?"',
    "stop": '"what would you like to do about it, if anything?"',
    "quit": '"what would you like to do about it, if anything?"',
    "avoid": '"what might make it easier to keep away from it, if you want to?"',
    "admit": '"what do you make of it?"',
    "promise": '"what would you like to aim for, if anything?"',
    "make sure you": '"what might help you remember to...?"',
    "be honest": 'an open question and trust in the answer, e.g. "What is a usual week like?"',
}


LINT_WHY_CONFRONTING = (
    "a why-question that confronts (\"why ... when you know\", \"why can't you\") "
    "argues for change and invites a defence (the righting reflex); you might ask what the "
    "person makes of it, e.g. \"Why do you keep drinking when you know it hurts your family?\" "
    "-> \"What do you make of the drinking and what it means for your family?\""
)


def lint_righting_reflex(phrase: str) -> str:
    reword = RIGHTING_REWORDS.get(phrase, '"you might" or a question that hands the choice back')
    return (
        f'"{phrase}" tells the person what to do (the righting reflex); '
        f"you might say {reword}"
    )


LABEL_REWORDS = {
    "addict": '"a person who uses drugs" or "someone who uses"',
    "alcoholic": '"someone who drinks" or "a person who uses alcohol"',
    "abuser": '"a person who uses..." and "substance use" instead of "abuse"',
    "junkie": '"a person who uses drugs"',
    "clean": '"not using" or "alcohol-free"',
    "dirty": '"using" or "a positive test"',
    "relapse": '"a setback", "a lapse" or "a return to use"',
    "failed": '"it did not go as planned" or "a setback"',
    "user": '"a person who uses drugs" or "someone who drinks"',
    "denial": '"not sure it is a problem" or "in two minds about it"',
}


def lint_labeling(word: str, key: str) -> str:
    return f'"{word}" can sting and stigmatize; you might say {LABEL_REWORDS[key]}'


def lint_why_not_ten(ruler: str) -> str:
    """`ruler` is the scale prompt's id, so the suggestion can be pasted as it is."""
    return (
        "this asks why the number is not higher, which invites reasons against change; "
        f'you might ask "What puts you at {{{ruler}}} and not at {{{ruler}:-2}}?" or '
        f'"What would it take to move from {{{ruler}}} to {{{ruler}:+1}}?"'
    )


def pack_remove_has_drafts(pack_id: str, count: int) -> str:
    interviews = "a paused interview" if count == 1 else f"{count} paused interviews"
    return (
        f"{interviews} from {pack_id!r} can only be resumed while the pack is installed; "
        f"you might finish with `mij resume` first, or remove it anyway with --force "
        "(the paused answers stay in your drafts folder)."
    )


def lint_assignment_left_out(missing: str) -> str:
    return (
        f"it quotes or depends on {missing!r}, which the [assignment] leaves out, so it "
        f"would never be asked as homework; you might add {missing!r} (or its stage) "
        "to the assignment"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def lint_placeholder_repeated(name: str, most: int, total: int) -> str:
    return (
        f"this prompt quotes earlier answers {total} times ({{{name}}} {most} times); a long "
        "answer quoted again and again makes a question hard to read (each quote is "
        "shortened to 300 characters and the question to 4,000), so you might quote each "
        "answer once"
    )


def lint_too_long(words: int, sentences: int, questions: int) -> str:
    counts = ", ".join(
        (_count(words, "word"), _count(sentences, "sentence"), _count(questions, "question"))
    )
    return (
        f"this prompt is long to take in at once ({counts}); "
        "you might keep one question of under 40 words and move "
        "background into `help`, or split it into two prompts"
    )


_CLOSED_KINDS = {"scale": "a 0-10 ruler", "choice": "a pick from a list",
                 "multi_choice": "a pick from a list", "yes_no": "a yes/no question"}


def lint_no_follow_up(kind: str) -> str:
    if kind == "scale":
        return (
            "a 0-10 ruler with no open follow-up: the number alone ends the thread; you "
            "might add an optional prompt after it that quotes it, e.g. "
            '"What puts you at {ruler} and not lower?" (with the ruler\'s id)'
        )
    what = _CLOSED_KINDS.get(kind, "a closed question")
    return (
        f"{what} with no open follow-up: the pick alone ends the thread; you might add an "
        'optional prompt after it that quotes it, e.g. "What drew you to {choice}?" '
        "(with the prompt's id)"
    )


def question_summary(
    open_: int, closed: int, rulers: int, choices: int, yes_no: int, percent_open: int
) -> str:
    """One line, the way MITI reports a counsellor's questions."""
    by_design = [
        _count(number, noun)
        for number, noun in ((rulers, "ruler"), (choices, "choice"), (yes_no, "yes/no prompt"))
        if number
    ]
    wording = closed - rulers - choices - yes_no
    if wording:
        by_design.append(f"{wording} by wording")
    detail = f" ({', '.join(by_design)})" if by_design else ""
    return (
        f"Questions, counted as MITI does (rulers and picks are closed): {open_} open, "
        f"{closed} closed{detail}, {percent_open}% open."
    )


def check_summary(files: int, errors: int, warnings: int) -> str:
    if not errors and not warnings:
        noun = "pack" if files == 1 else "packs"
        return f"Checked {files} {noun}: no problems found."
    return (
        f"Checked {_count(files, 'pack')}: {_count(errors, 'error')}, "
        f"{_count(warnings, 'warning')}."
    )


CHECK_STRICT_HINT = "Warnings are suggestions; `--strict` treats them as problems (exit 1)."


def pack_new_written(path: str, pack_id: str) -> str:
    return (
        f"Wrote a starting pack to {path}. Edit it, then run `mij pack check {path} --strict`; "
        f"your client can install it with `mij pack add {path}`."
    )


def pack_installed(pack_id: str, title: str, replaced: bool) -> str:
    verb = "Replaced" if replaced else "Installed"
    return f"{verb} the pack {pack_id!r} ({title}). Start it with `mij interview --pack {pack_id}`."


def pack_clash(pack_id: str, source: str) -> str:
    return (
        f"there is already a{'' if source == 'installed' else ' built-in'} pack called "
        f"{pack_id!r}; nothing was installed. Add --replace to use this one instead."
    )


def pack_removed(pack_id: str, builtin_back: bool) -> str:
    text = f"Removed the pack {pack_id!r}. Entries you wrote with it stay in your journal."
    if builtin_back:
        text += " The built-in pack with that id is in use again."
    return text


def pack_not_installed(pack_id: str, is_builtin: bool) -> str:
    if is_builtin:
        return f"{pack_id!r} is a built-in pack; only packs you added can be removed."
    return f"there is no installed pack called {pack_id!r}; `mij pack list` shows them."


HOMEWORK_NONE = (
    "No homework packs yet. If a counsellor gives you a pack, `mij pack add FILE` "
    "installs it, and it will show up here."
)
HOMEWORK_HEADING = "Homework from your packs"
HOMEWORK_DUE_TODAY_HEADING = "For today, if you like:"
HOMEWORK_ROOM_LEFT = "there's still room for this one whenever you are ready."


def homework_starts(when: str) -> str:
    return f"starts on {when}"


def homework_all_done(done: int) -> str:
    noun = "time" if done == 1 else "times"
    return f"all done: you made time for this {done} {noun}."


def homework_next(pack_id: str) -> str:
    return f"`mij homework do {pack_id}` opens the next one."


def homework_from(assigned_by: str, note: str) -> str:
    """At the start of a homework pack: who gave it and their note (either may be empty)."""
    who = " ".join(assigned_by.split())
    if note.strip():
        return f"A note from {who}: {note.strip()}" if who else f"A note with it: {note.strip()}"
    return f"From {who}." if who else ""


def homework_not_assigned(pack_id: str) -> str:
    return (
        f"the pack {pack_id!r} has no homework assignment; "
        f"`mij interview --pack {pack_id}` still opens it."
    )


def homework_for_today(due: str | None) -> str:
    text = "one for today, if you like"
    return f"{text} (hoped for by {due})." if due else f"{text}."


def homework_done_for_now(due: str | None) -> str:
    text = "done for now; the next one can wait for its day"
    return f"{text} (all hoped for by {due})." if due else f"{text}."


# --- doctor ---

DOCTOR_CHECKED = "Checked your data folder:"
DOCTOR_NO_FOLDER = "There is no data folder yet, so there is nothing to check: {home}"
DOCTOR_READ_FINE = "Read without trouble:"
DOCTOR_PROBLEMS = "Worth your attention (nothing here was changed):"
DOCTOR_TIDY = "Leftovers that `mij doctor --fix` can tidy away (none holds your writing):"
DOCTOR_NOTES = "For your information:"
DOCTOR_FIXED = "Tidied:"
DOCTOR_NOT_FIXED = "Could not tidy:"
DOCTOR_ALL_WELL = "All is well: every file could be read and nothing needs tidying."
DOCTOR_NO_PROBLEMS = "Every file could be read."
DOCTOR_NEVER_TOUCHES = (
    "`mij doctor` never rewrites, moves or deletes a file that holds your writing; "
    "a file that cannot be read is yours to look at, in any text editor."
)


def doctor_problem_count(count: int) -> str:
    noun = "thing" if count == 1 else "things"
    return f"found {count} {noun} in your data folder worth a look; the details are above."


# --- reflect (change talk) ---

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
    noun = "quote" if count == 1 else "quotes"
    return f"{count} {noun} you set aside are not shown (`mij reflect hidden` lists them)."


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
REFLECT_WEEKS_HEADING = "Week by week"
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
    noun = "sentence" if count == 1 else "sentences"
    return (
        f"{count} {noun} leaned toward keeping things as they are; that is part of "
        "weighing it up, and they are counted in the chart only."
    )


def reflect_weeks_hidden(hidden: int) -> str:
    noun = "week" if hidden == 1 else "weeks"
    return f"(the {hidden} earlier {noun} are in `mij reflect --json`)"


def index_building(count: int) -> str:
    return (
        f"Updating the search index for {count:,} entries; this happens once, "
        "and later reads are quick."
    )


# --- review fixes (journal, tags, exports) ---


def note_tag_empty(raw: str) -> str:
    shown = repr(raw)
    return (
        f"the tag {shown} has no words in it; you might give the tag a word or two, "
        "or leave --tag out. Nothing was saved."
    )


def tag_shown(tag: str) -> str:
    """A tag on screen: #tag, or as written when it carries jrnl's @ or a # already."""
    tag = " ".join(tag.split())
    return tag if tag.startswith(("@", "#")) else f"#{tag}"


EXPORT_RULERS_HEADING = "Rulers over time (0-10)"
TRENDS_FILE_SKIPPED = "left out of this chart (the file is unchanged):"


def export_goals_unreadable(detail: str) -> str:
    return (
        f"{detail}; nothing was written. You might export your entries without the "
        "goals with --no-goals (the goals file is left exactly as it is)."
    )


def goal_step_already(goal_id: str, number: int, done: bool) -> str:
    state = "done" if done else "open"
    return f"Step {number} of goal {goal_id} was already {state}; nothing was changed."


def goal_status_already(goal_id: str, label: str, kept_note: bool) -> str:
    if kept_note:
        return f"Goal {goal_id} was already {label}; your note is kept with it."
    return f"Goal {goal_id} was already {label}; nothing was changed."


EDIT_NO_EDITOR_WITHOUT_TERMINAL = (
    "there is no terminal here to open an editor in, and $VISUAL and $EDITOR are not set; "
    "you might run `mij edit` in a terminal, or set $EDITOR. The entry is as it was."
)


def filter_empty(option: str) -> str:
    return f"{option} was given nothing to look for; you might leave it out to see everything."

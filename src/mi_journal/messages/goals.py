"""`mij goals`: adding, editing and marking goals and their steps."""

from __future__ import annotations

GOAL_TITLE_EMPTY = "a goal needs a few words for its title; nothing was changed."
GOAL_STEP_EMPTY = "a step needs a few words; nothing was changed."
GOAL_EDIT_TARGET_TYPE = (
    "target should be a date like 2026-12-31 (or left out); nothing was changed."
)
GOALS_NONE_YET = (
    "You have no goals yet. When you are ready, you might add one in your own words: "
    '`mij goals add "TITLE"`'
)
GOALS_NONE_SHOWN = "No active or paused goals right now. `mij goals list --all` shows every goal."
GOAL_NO_CHANGE = "Nothing changed."
# Under a goal whose own words hold crisis language (`mij goals show`).
GOAL_SHOW_PAIN = (
    "Some of the words in this goal sounded very painful. You do not have to face it "
    "alone: `mij crisis` shows the help lines, whenever you want them."
)
GOAL_EDIT_NEEDS_TERMINAL = (
    "to edit in your editor, run this in a terminal; in scripts you might use "
    "--title, --why, --target or --clear-target."
)
GOAL_EDIT_DISCARDED = "Your edit was discarded; the goal is as it was."
def target_in_the_past(text: str, day: str) -> str:
    shown = day if text.strip() == day else f"{text.strip()!r} ({day})"
    return f"the target {shown} has passed; a target is today or a later date (or leave it out)."


GOAL_EDIT_TARGET_BOTH = "use either --target or --clear-target, not both."


def goal_bad_status(text: str) -> str:
    return f"{text!r} is not a goal status; the choices are active, done, paused and set-aside."


def goal_not_an_id(reference: str) -> str:
    return f"{reference!r} is not a goal id; `mij goals list --all` shows them."


def goal_unknown(reference: str) -> str:
    return f"no goal has the id {reference!r}; `mij goals list --all` shows them."


def goal_ambiguous(reference: str, ids: list[str]) -> str:
    return f"{reference!r} fits more than one goal ({', '.join(ids)}); please type more of the id."


def goal_invalid(detail: str) -> str:
    return f"that would not make a goal that can be saved ({detail}); nothing was changed."


def goal_step_out_of_range(goal_id: str, number: int, total: int) -> str:
    if total == 0:
        return f"goal {goal_id} has no steps yet; `mij goals step {goal_id} add TEXT` adds one."
    return f"goal {goal_id} has steps 1 to {total}; there is no step {number}."


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


# In the list's goal column, for a title holding crisis words (even negated): named by id.
GOAL_TITLE_NOT_REPEATED = "(words not repeated here)"


def goals_not_repeated(goal_ids: list[str]) -> str:
    """Under the list, when it named a goal by its id only."""
    show = (f"`mij goals show {goal_ids[0]}`" if len(goal_ids) == 1
            else "`mij goals show ID`")
    return (f"Words in a goal that sounded painful are not repeated in this list; {show} "
            "shows them in full, and `mij crisis` the help lines, whenever you want them.")


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
    """`detail`: where and what, in plain words (messages/file_syntax.py)."""
    return f"the edited text cannot be read as it is: {detail}."


def goal_edit_unknown_keys(keys: list[str]) -> str:
    return (
        f"a goal has no {', '.join(keys)}; the keys it can have are title, why, target, "
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


def goal_edit_kept_on_stop(path: str) -> str:
    """Ctrl-C or Ctrl-D at a question after an edit that cannot be saved (yet)."""
    return f"Stopped; your edit is kept in {path} and the goal is as it was."


def goal_edit_kept_after_problem(detail: str, path: str) -> str:
    return f"{detail} Your edit is kept at {path}."


def goal_step_bad_action(action: str) -> str:
    return f"{action!r} is not add, done or undo."


def goal_step_needs_number(verb: str) -> str:
    return f"`mij goals step ID {verb} N` needs one step number, like 1."


def goal_edit_problem(detail: str) -> str:
    return f"This edit cannot be saved yet: {detail}"


def editor_missing(command: str) -> str:
    return f"could not start the editor {command!r}; you might set $VISUAL or $EDITOR."


def editor_exit(status: int) -> str:
    return f"the editor closed with status {status}; nothing was changed."


def goal_step_already(goal_id: str, number: int, done: bool) -> str:
    state = "done" if done else "open"
    return f"Step {number} of goal {goal_id} was already {state}; nothing was changed."


def goal_status_already(goal_id: str, label: str, kept_note: bool) -> str:
    if kept_note:
        return f"Goal {goal_id} was already {label}; your note is kept with it."
    return f"Goal {goal_id} was already {label}; nothing was changed."


# `mij goals show`: the facts under the title, and the headings of its parts.
GOAL_WHY_LABEL = "Why it matters: "
GOAL_STEPS_LABEL = "Steps:"
GOAL_NOTES_LABEL = "Notes:"


def goal_id_fact(goal_id: str) -> str:
    return f"id {goal_id}"


def goal_target_fact(target: str) -> str:
    return f"target {target}"


def goal_dates(added: str, changed: str) -> str:
    return f"added {added}, last changed {changed}"

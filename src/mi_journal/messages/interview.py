"""Interviews: asking, checking answers, the keys, drafts and resuming."""

from __future__ import annotations

EDITOR_ANSWER_SHOWN = "Your answer, from the editor:"


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


def scale_did_you_mean(guess: int) -> str:
    """Asked when a ruler answer holds one number among words ("idk like a 3??")."""
    return f"Did you mean {guess}? Press Enter or y to take {guess}, or type the number you mean."


def scale_guess_in_file(guess: int, low: int, high: int) -> str:
    return f"Please give a whole number from {low} to {high} on its own (did you mean {guess}?)."


def choice_out_of_range(count: int) -> str:
    return f"Please pick a number from 1 to {count}."


def choice_not_understood(count: int) -> str:
    return f"Please pick one by its number (1 to {count}), or type the choice exactly."


def choice_guess_in_file(count: int, guess: int, choice: str) -> str:
    return (f"Please pick one by its number (1 to {count}), or type the choice exactly "
            f"(did you mean {guess}, \u201c{choice}\u201d?).")


def choice_did_you_mean(guess: int, choice: str) -> str:
    """Asked when a choice is answered in words that clearly match one ("make a plan i
    guess"), as a ruler answer with one number among words is."""
    return (f"Did you mean {guess}, \u201c{choice}\u201d? Press Enter or y to take it, "
            "or type the number you mean.")


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


NO_DRAFTS = "There is no paused interview to resume. `mij interview` starts a new one."


def draft_unknown(reference: str) -> str:
    return f"no paused interview matches {reference!r}; `mij resume --list` shows them."


def draft_ambiguous(reference: str, count: int) -> str:
    return f"{reference!r} matches {count} paused interviews; please give more of the id."


STAGE_PURPOSE: dict[str, str] = {
    "engaging": "Getting comfortable: what matters in your life right now.",
    "focusing": "Choosing a direction: what you would like to look at.",
    "evoking": "Your own reasons: why a change might matter to you, in your words.",
    # Shown before the key question, so it presumes no plan (lint7's walk: "Your own plan:
    # goals, first steps" greeted a person about to choose "nothing for now").
    "planning": "Looking ahead: what, if anything, you would like to do next, and what could help.",
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
# After an answer showed the help lines, no goal is offered: planning can wait.
GOAL_OFFER_HELD_BACK = (
    "Your words are saved in this entry. No goal is added today; whenever it feels "
    "right, you can add one in your own words with `mij goals add`."
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


def answers_not_asked_after_decline(ids: list[str], declined: str) -> str:
    """The answer to `declined` said "not now" ("nothing for now", "not sure"): the
    interview closed there, kindly, and the answers after it were not asked."""
    return (f"not asked this time (the answer to {declined!r} was 'not now', so the "
            f"interview closed there), so not used: {', '.join(ids)}")


ANSWERS_NEED_A_STAGE = (
    "with --answers, please name the stage or pack: `mij interview STAGE --answers FILE`"
)
DISCARD_NEEDS_ID = "please name the draft to discard: `mij resume DRAFT --discard`"
DISCARD_NEEDS_CONFIRMATION = (
    "discarding a paused interview needs a yes: run it in a terminal to be asked, or add "
    "--yes in scripts. Nothing was discarded."
)
DISCARD_KEPT = "Kept; nothing was discarded. `mij resume` continues it whenever you like."
DISCARD_KEPT_ON_INTERRUPT = "Stopped; the paused interview is kept and nothing was discarded."


def discard_question(draft: str) -> str:
    """`draft` is the draft's line as `mij resume --list` shows it."""
    return f"{draft}\nDiscard this paused interview and its answers? This cannot be undone. [y/N]"


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


def resume_intro(title: str, when: str) -> str:
    return f"Picking up {title}, started {when}."


# `mij resume` of an interview whose earlier answers showed the help lines (walk6: it
# opened straight at the next question with no word).
RESUME_AFTER_HELP_LINES = (
    "Some of what you wrote earlier in this interview sounded very painful. You do not "
    "have to face it alone: `mij crisis` shows the help lines whenever you want them."
)


def resume_pack_changed(old: str, new: str) -> str:
    return f"(The pack was version {old} when you began; it is now {new}.)"


def resume_pack_missing(pack_id: str, path: str, detail: str) -> str:
    return (
        f"the pack {pack_id!r} of this draft cannot be used ({detail}); "
        f"the draft is kept at {path}."
    )


DRAFT_SCHEMA_NEWER = "written by a newer mi-journal; it was left unchanged"
ANSWERS_NOT_A_MAPPING = "it should map prompt ids to answers"
ANSWERS_NESTED = "nested too deeply"
ANSWERS_TOO_LARGE = "larger than 1 MiB"


def draft_not_an_id(draft_id: str) -> str:
    return f"{draft_id!r} is not a draft id."


def answers_json(detail: str, line: int) -> str:
    return f"JSON: {detail} (line {line})"


def answers_toml(detail: object) -> str:
    return f"TOML: {detail}"


def answers_not_utf8(byte: int) -> str:
    return f"not UTF-8 (byte {byte})"

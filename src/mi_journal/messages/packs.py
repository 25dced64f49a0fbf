"""`mij pack new/add/remove`: writing, installing and removing prompt packs."""

from __future__ import annotations


def pack_remove_has_drafts(pack_id: str, count: int) -> str:
    interviews = "a paused interview" if count == 1 else f"{count} paused interviews"
    return (
        f"{interviews} from {pack_id!r} can only be resumed while the pack is installed; "
        f"you might finish with `mij resume` first, or remove it anyway with --force "
        "(the paused answers stay in your drafts folder)."
    )


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


PACK_TOO_LARGE = "is larger than 1 MiB; a pack may be at most 1 MiB"


def pack_not_an_id(pack_id: str) -> str:
    return (
        f"{pack_id!r} is not a pack id; use lowercase letters, digits and '-', "
        "starting with a letter (at most 64 characters), e.g. first-week."
    )


def pack_file_exists(target: object) -> str:
    return f"{target} already exists; choose another file with -o, or move it first."


def pack_file_appeared(target: object) -> str:
    """The file was made by someone else between the check and the write."""
    return f"{target} already exists; nothing was written."


def pack_not_written(target: object, reason: object) -> str:
    return f"could not write {target}: {reason}."


def pack_file_not_regular(target: object) -> str:
    return f"{target} is not a regular file; it was left as it is."


def pack_not_removed(target: object, reason: object) -> str:
    return f"could not remove {target}: {reason}."


def too_many_prompts(count: int) -> str:
    return f"has {count} prompts; a pack may have at most 500"


def no_such_pack(pack_id: str, known: str) -> str:
    return f"there is no pack called {pack_id!r}. Packs you can use: {known}."


def installed_name_differs(pack_id: str, file_name: str) -> str:
    return (f"this file holds the pack {pack_id!r}, but installed packs are found by their "
            f"file name, so it is not used. Rename it to {pack_id}.toml, or install it with "
            f"`mij pack add FILE`.")


def no_such_builtin_pack(pack_id: str) -> str:
    return f"there is no built-in pack {pack_id!r}."


# What a pack file's schema check says (pack check, pack add), and its placeholders.
CONDITION_NEEDS_A_TEST = (
    "a condition needs a test: at_least, at_most, equals, not_equals, one_of, includes or answered"
)
MAX_PICKS_KIND = '`max_picks` is only for kind = "multi_choice"'
SUGGEST_LAST_KIND = '`suggest_last` is only for kind = "text" or "long_text"'
GOAL_STEPS_KIND = 'goal = "steps" needs kind = "list" or "long_text"'
STAGES_OR_PROMPTS = "give either `stages` or `prompts`, not both"
ONCE_MEANS_ONE = 'frequency = "once" means times = 1; use "daily" or "weekly"'
LABELS_KIND = '`labels` is only for kind = "scale"'
SCALE_TOO_WIDE = "a scale may span at most 1000 steps"
CHOICES_NEEDED = "a choice prompt needs a non-empty `choices` list"
CHOICE_TWICE = "`choices` lists the same choice twice"
CHOICES_KIND = '`choices` is only for kind = "choice" or "multi_choice"'
BRACE_NEVER_CLOSED = "a `{` is never closed (write `{{` for a literal brace)"
BRACE_NEVER_OPENED = "a `}` has no matching `{` (write `}}` for a literal brace)"


def goal_needs_text(goal: str) -> str:
    return f'goal = "{goal}" needs a text or choice prompt'


def due_before_start(due: object, start: object) -> str:
    return f"due ({due}) is before start ({start})"


def assignment_unknown_prompt(prompt_id: str, close: str | None = None) -> str:
    guess = f" (did you mean {close!r}?)" if close else ""
    return f"assignment.prompts: {prompt_id!r} is not a prompt in this pack{guess}"


def assignment_stage_empty(stage: str) -> str:
    return f"assignment.stages: this pack has no {stage!r} prompts"


def min_above_max(low: int, high: int) -> str:
    return f"min ({low}) is greater than max ({high})"


def scale_only(name: str) -> str:
    return f'`{name}` is only for kind = "scale"'


def label_out_of_range(key: str, low: int, high: int) -> str:
    return f"label {key!r} is not a number between {low} and {high}"


def not_a_placeholder(inner: str) -> str:
    return (
        f"`{{{inner}}}` is not a placeholder; use {{prompt-id}}, "
        "{prompt-id:-2} or {prompt-id:+2} (or `{{` for a literal brace)"
    )


# A pack's references: placeholders and conditions may only look back at earlier prompts.
def id_used_earlier(prompt_id: str) -> str:
    return f"the id {prompt_id!r} is used by an earlier prompt too"


def shift_needs_scale(field: str, target: str) -> str:
    return f"{field}: {{{target}:...}} needs a scale prompt"


def refers_later(what: str, target: str) -> str:
    return f"{what} refers to {target!r}, which comes later; it may only look back"


def refers_unknown(
    what: str, target: str, close: str | None = None, placeholder: bool = False
) -> str:
    # A placeholder's guess is written as one ({importance}), a condition's as an id.
    if close is None:
        guess = ""
    elif placeholder:
        guess = did_you_mean_placeholder(close)
    else:
        guess = f" (did you mean {close!r}?)"
    return f"{what} refers to {target!r}, which is not a prompt in this pack{guess}"


def did_you_mean_placeholder(close: str | None) -> str:
    return f" (did you mean {{{close}}}?)" if close else ""


def bounds_need_scale(target_id: str, kind: str) -> str:
    return (f"when: at_least/at_most need a scale, multi_choice or list prompt (a number, "
            f"or how many picks or items), and {target_id!r} is {kind}")


def includes_needs_multi_choice(target_id: str) -> str:
    return f"when: includes needs a multi_choice prompt, and {target_id!r} is not one"


def includes_not_a_choice(includes: str, target_id: str) -> str:
    return f"when: {includes!r} is not one of {target_id!r}'s choices"


def pack_skipped(problem: object) -> str:
    return f"skipped a pack that cannot be used: {problem}"


def pack_homework(assigned_by: str | None, frequency: str, days: list[str]) -> str:
    """`mij pack show`: the [assignment], e.g. "Homework from Dana: daily, 2026-03-02 to ..."."""
    by = f" from {assigned_by}" if assigned_by else ""
    dates = " to ".join(days)
    return f"Homework{by}: {frequency}" + (f", {dates}" if dates else "")


# --- `mij pack show`: what a counsellor checks the flow with ------------------------


def _shown_value(value: object) -> str:
    """An answer a condition looks for, as the person would give it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f'"{value}"' if isinstance(value, str) else str(value)


def pack_show_condition(prompt: str, tests: dict[str, object], counted: bool) -> str:
    """One `when` condition in words: "area is \"something else\"", "importance is at
    least 1"; `counted`: the answer is a list or picks, so numbers count its items."""
    parts = []
    if tests.get("answered") is True:
        parts.append(f"{prompt} is answered")
    elif tests.get("answered") is False:
        parts.append(f"{prompt} is skipped")
    subject = f"{prompt} has" if counted else f"{prompt} is"
    items = " items" if counted else ""
    low, high = tests.get("at_least"), tests.get("at_most")
    if low is not None and high is not None:
        parts.append(f"{subject} {low} to {high}{items}")
    elif low is not None:
        parts.append(f"{subject} at least {low}{items}")
    elif high is not None:
        parts.append(f"{subject} at most {high}{items}")
    if tests.get("equals") is not None:
        parts.append(f"{prompt} is {_shown_value(tests['equals'])}")
    if tests.get("not_equals") is not None:
        parts.append(f"{prompt} is not {_shown_value(tests['not_equals'])}")
    one_of = tests.get("one_of")
    if isinstance(one_of, list):
        parts.append(f"{prompt} is one of " + ", ".join(_shown_value(v) for v in one_of))
    if tests.get("includes") is not None:
        parts.append(f"{prompt} includes {_shown_value(tests['includes'])}")
    return " and ".join(parts)


def pack_show_when(conditions: list[str]) -> str:
    return "asked only when " + " and ".join(conditions)


def pack_show_scale(low: int, high: int, labels: list[tuple[str, str]]) -> str:
    """A ruler's range and its labels: "0 to 10; 0: not at all, 10: very"."""
    named = ", ".join(f"{value}: {label}" for value, label in labels)
    return f"a number from {low} to {high}" + (f"; {named}" if named else "")


def pack_show_picks(most: int | None) -> str:
    return "pick as many as fit" if most is None else f"pick up to {most}"


def pack_show_help(text: str) -> str:
    return f"help: {text}"

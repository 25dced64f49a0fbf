"""The person's own goals: add, find, edit, steps, status (reviews: review.py).

Every change is one locked read-modify-write of goals.toml (through
`storage.goals.editing_goals`) and bumps the goal's `updated` time. Ids are
short and typable; any unambiguous prefix of one is accepted. Nothing here
knows about the terminal: the CLI asks the questions, this module keeps them.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import GOAL_STATUS_ORDER, GOALS_SHOWN_BY_DEFAULT, goal_status_label
from mi_journal.messages import goals as goals_msg
from mi_journal.storage.goals import editing_goals, load_goals
from mi_journal.storage.models import (
    Goal,
    GoalList,
    GoalStatus,
    Step,
    now,
)
from mi_journal.storage.tomlfile import describe_validation

ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
ID_LENGTH = 4
STATUS_ORDER: dict[GoalStatus, int] = {status: n for n, status in enumerate(GOAL_STATUS_ORDER)}
SHOWN_BY_DEFAULT = GOALS_SHOWN_BY_DEFAULT
_REFERENCE = re.compile(r"^[a-z0-9]{1,16}$")


# --- ids, statuses, ordering ---------------------------------------------------------


def new_goal_id(taken: Iterable[str]) -> str:
    """A fresh 4-character id from an alphabet without look-alikes.

    It avoids being a prefix of another id (or having one as a prefix) when it
    can, so short prefixes stay unambiguous; a crowded list gets longer ids.
    """
    used = set(taken)
    length = ID_LENGTH
    while True:
        for attempt in range(60):
            candidate = "".join(secrets.choice(ID_ALPHABET) for _ in range(length))
            if candidate in used:
                continue
            if attempt >= 30 or not any(
                other.startswith(candidate) or candidate.startswith(other) for other in used
            ):
                return candidate
        length += 1


def parse_status(text: str) -> GoalStatus:
    """active, done, paused, set-aside; "set aside" and "set_aside" are the same."""
    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    try:
        return GoalStatus(cleaned)
    except ValueError:
        raise UsageProblem(goals_msg.goal_bad_status(text)) from None


def status_label(status: GoalStatus) -> str:
    return goal_status_label(status)


def ordered(goals: Iterable[Goal], *, include_all: bool = False) -> list[Goal]:
    """Active first, then paused, done, set aside; oldest first within each."""
    chosen = [g for g in goals if include_all or g.status in SHOWN_BY_DEFAULT]
    return sorted(chosen, key=lambda g: (STATUS_ORDER[g.status], g.created, g.id))


def find_goal(goals: GoalList, reference: str) -> Goal:
    """The goal with this id, or the only one whose id starts with `reference`."""
    ref = reference.strip().lower()
    if not _REFERENCE.match(ref):
        raise MijError(goals_msg.goal_not_an_id(reference))
    for goal in goals.goals:
        if goal.id == ref:
            return goal
    matches = [goal for goal in goals.goals if goal.id.startswith(ref)]
    if not matches:
        raise MijError(goals_msg.goal_unknown(reference))
    if len(matches) > 1:
        raise MijError(goals_msg.goal_ambiguous(reference, sorted(g.id for g in matches)))
    return matches[0]


# --- reading ---------------------------------------------------------------------------


def list_goals(paths: Paths, *, include_all: bool = False) -> list[Goal]:
    return ordered(load_goals(paths).goals, include_all=include_all)


def hidden_count(paths: Paths) -> int:
    """How many goals `list` leaves out without --all (done or set aside)."""
    return sum(1 for g in load_goals(paths).goals if g.status not in SHOWN_BY_DEFAULT)


def get_goal(paths: Paths, reference: str) -> Goal:
    return find_goal(load_goals(paths), reference)


def goal_to_dict(goal: Goal) -> dict[str, Any]:
    """The documented, stable JSON shape of one goal (see README, "Goals")."""
    return {
        "id": goal.id,
        "title": goal.title,
        "why": goal.why,
        "status": goal.status.value,
        "target": goal.target.isoformat() if goal.target else None,
        "created": goal.created.isoformat(),
        "updated": goal.updated.isoformat(),
        "steps": [
            {"number": number, "text": step.text, "done": step.done}
            for number, step in enumerate(goal.steps, start=1)
        ],
        "steps_done": sum(1 for step in goal.steps if step.done),
        "notes": [{"at": note.at.isoformat(), "text": note.text} for note in goal.notes],
    }


# --- changing ------------------------------------------------------------------------------


def checked(build: Callable[[], Any]) -> Any:
    """Build a model; a validation problem becomes a one-line MijError."""
    try:
        return build()
    except ValidationError as exc:
        raise MijError(goals_msg.goal_invalid(describe_validation(exc))) from None


def _clean(text: str) -> str:
    return text.strip()


def target_from_words(text: str, today: date | None = None) -> date:
    """A target date typed by the person (`--target`): today or later.

    A date already past ("yesterday", "3 days ago", last month's date) is refused in
    one line rather than saved silently: a target is somewhere to aim, and a goal
    that starts out overdue helps no one. Targets already stored stay as they are
    (a target passes while a goal is worked on; the editor and imports keep it)."""
    from mi_journal.core.dates import parse_date

    base = today if today is not None else date.today()
    when = parse_date(text, future=True, today=base)
    if when < base:
        raise UsageProblem(goals_msg.target_in_the_past(text, when.isoformat()))
    return when


def add_goal(
    paths: Paths,
    title: str,
    *,
    why: str = "",
    target: date | None = None,
    steps: Iterable[str] = (),
) -> Goal:
    """Add a new active goal in the person's own words; returns it with its id."""
    if not _clean(title):
        raise MijError(goals_msg.GOAL_TITLE_EMPTY)
    step_texts = [_clean(text) for text in steps]
    if any(not text for text in step_texts):
        raise MijError(goals_msg.GOAL_STEP_EMPTY)
    with editing_goals(paths) as goals:
        stamp = now()
        goal: Goal = checked(
            lambda: Goal(
                id=new_goal_id(g.id for g in goals.goals),
                title=_clean(title),
                why=_clean(why),
                target=target,
                steps=[Step(text=text) for text in step_texts],
                created=stamp,
                updated=stamp,
            )
        )
        goals.goals.append(goal)
    return goal


@dataclass(frozen=True)
class GoalChange:
    """A goal after a change, and the goal as it was found under the lock."""

    goal: Goal
    before: Goal

    @property
    def changed(self) -> bool:
        return self.goal != self.before


def _change(paths: Paths, reference: str, apply: Callable[[Goal], Goal]) -> GoalChange:
    """Find, replace with `apply(goal)` (validated), bump `updated`, save; all locked."""
    with editing_goals(paths) as goals:
        current = find_goal(goals, reference)
        changed = apply(current)
        if changed == current:
            return GoalChange(current, current)
        fresh: Goal = checked(
            lambda: Goal.model_validate(
                {**changed.model_dump(by_alias=True), "updated": moment_after(current)}
            )
        )
        index = next(i for i, g in enumerate(goals.goals) if g.id == current.id)
        goals.goals[index] = fresh
    return GoalChange(fresh, current)


def moment_after(goal: Goal) -> datetime:
    """Now, or a moment after the last change if the clock has not moved on."""
    stamp = now()
    return stamp if stamp > goal.updated else goal.updated + timedelta(microseconds=1)


def copy_goal(goal: Goal, **changes: Any) -> Goal:
    data = goal.model_dump(by_alias=True)
    data.update(changes)
    result: Goal = checked(lambda: Goal.model_validate(data))
    return result


_UNCHANGED: Any = object()


def edit_goal(
    paths: Paths,
    reference: str,
    *,
    title: str | None = None,
    why: str | None = None,
    target: date | None = _UNCHANGED,
) -> Goal:
    """Change the title, the why and/or the target (None clears the target)."""
    if title is not None and not _clean(title):
        raise MijError(goals_msg.GOAL_TITLE_EMPTY)

    def apply(goal: Goal) -> Goal:
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = _clean(title)
        if why is not None:
            changes["why"] = _clean(why)
        if target is not _UNCHANGED:
            changes["target"] = target
        return copy_goal(goal, **changes)

    return _change(paths, reference, apply).goal


def add_step(paths: Paths, reference: str, text: str) -> Goal:
    if not _clean(text):
        raise MijError(goals_msg.GOAL_STEP_EMPTY)

    def apply(goal: Goal) -> Goal:
        steps = [s.model_dump() for s in goal.steps] + [{"text": _clean(text), "done": False}]
        return copy_goal(goal, steps=steps)

    return _change(paths, reference, apply).goal


def mark_step(paths: Paths, reference: str, number: int, *, done: bool) -> GoalChange:
    """Mark step `number` (1-based) done, or not done again."""

    def apply(goal: Goal) -> Goal:
        if not 1 <= number <= len(goal.steps):
            raise MijError(goals_msg.goal_step_out_of_range(goal.id, number, len(goal.steps)))
        steps = [s.model_dump() for s in goal.steps]
        steps[number - 1]["done"] = done
        return copy_goal(goal, steps=steps)

    return _change(paths, reference, apply)


def change_status(
    paths: Paths, reference: str, status: GoalStatus, *, note: str | None = None
) -> GoalChange:
    """Move a goal to another status, with an optional note in the person's words."""

    def apply(goal: Goal) -> Goal:
        notes = [n.model_dump() for n in goal.notes]
        if note is not None and _clean(note):
            notes.append({"at": now(), "text": _clean(note)})
        return copy_goal(goal, status=status, notes=notes)

    return _change(paths, reference, apply)


# --- editing as a TOML document --------------------------------------------------------

EDITABLE_KEYS = ("title", "why", "target", "status", "steps")


def goal_as_toml(goal: Goal) -> str:
    """The goal as a TOML document for an editor, with a short guide in comments."""
    header = goals_msg.goal_edit_header(goal.id, goal.created.isoformat(timespec="minutes"))
    parts = ["".join(f"# {line}\n" if line else "#\n" for line in header), "\n"]
    parts.append(_toml({"title": goal.title, "why": goal.why}))
    if goal.target is None:
        parts.append("# target = 2026-12-31\n")
    else:
        parts.append(_toml({"target": goal.target}))
    parts.append(_toml({"status": goal.status.value}))
    parts.append(_toml({"steps": [{"text": s.text, "done": s.done} for s in goal.steps]}))
    return "".join(parts)


def _toml(data: dict[str, Any]) -> str:
    """TOML for `data`: readable multi-line strings when they read back exactly."""
    import tomllib

    import tomli_w

    text = tomli_w.dumps(data, multiline_strings=True)
    if tomllib.loads(text) != data:
        text = tomli_w.dumps(data)
    return text


def goal_from_toml(original: Goal, text: str) -> Goal:
    """The edited goal, validated; id, created and notes stay as they were.

    Raises MijError with a one-line reason when the text no longer makes a goal.
    """
    import tomllib

    from mi_journal.core.dates import parse_date

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from mi_journal.core.textfile import toml_syntax_detail

        raise MijError(goals_msg.goal_edit_syntax(toml_syntax_detail(exc, text))) from None
    unknown = sorted(set(data) - set(EDITABLE_KEYS))
    if unknown:
        raise MijError(goals_msg.goal_edit_unknown_keys(unknown))
    if "title" not in data:
        raise MijError(goals_msg.GOAL_TITLE_EMPTY)
    target = data.get("target")
    if isinstance(target, str):
        target = parse_date(target, future=True) if target.strip() else None
    elif target is not None and type(target) is not date:
        raise MijError(goals_msg.GOAL_EDIT_TARGET_TYPE)
    status = data.get("status", original.status.value)
    if isinstance(status, str):
        status = parse_status(status)
    title = data["title"].strip() if isinstance(data["title"], str) else data["title"]
    if title == "":
        raise MijError(goals_msg.GOAL_TITLE_EMPTY)
    why = data.get("why", "")
    candidate = {
        **original.model_dump(by_alias=True),
        "title": title,
        "why": why.strip() if isinstance(why, str) else why,
        "target": target,
        "status": status,
        "steps": data.get("steps", []),
    }
    edited: Goal = checked(lambda: Goal.model_validate(candidate))
    return edited


class GoalChangedMeanwhile(MijError):
    """The person's edit and a change made elsewhere meanwhile touch the same fields.

    Nothing was written. `current` is the goal as it is now, `meanwhile` says what
    changed since the edit began, `conflicts` names the fields both changed, and
    `proposal` is the goal now with every change that does not collide, and the
    person's version where they do (for opening the editor again).
    """

    def __init__(self, message: str, *, current: Goal, meanwhile: list[str],
                 conflicts: list[str], proposal: Goal) -> None:
        super().__init__(message)
        self.current = current
        self.meanwhile = meanwhile
        self.conflicts = conflicts
        self.proposal = proposal


@dataclass(frozen=True)
class SavedEdit:
    """The goal as saved, and what had changed elsewhere and was kept with the edit."""

    goal: Goal
    meanwhile: list[str]
    changed: bool


def save_goal_edit(paths: Paths, base: Goal, edited: Goal) -> SavedEdit:
    """Save an edit of `base` (the goal as it was opened): a compare-and-swap under the lock.

    If the stored goal is still `base`, the edit is saved. If it changed meanwhile,
    the two are merged field by field (steps one by one): what only one side changed
    is taken from that side. Where both changed the same thing, nothing is written
    and GoalChangedMeanwhile says what changed, so no change is ever lost unseen.
    """
    meanwhile: list[str] = []

    def apply(current: Goal) -> Goal:
        if current == base:
            return copy_goal(current, **{key: getattr(edited, key) for key in EDITABLE_KEYS})
        meanwhile.extend(changes_between(base, current))
        merged, conflicts = merge_edit(base, edited, current)
        if conflicts:
            raise GoalChangedMeanwhile(
                goals_msg.goal_changed_meanwhile(current.id), current=current,
                meanwhile=list(meanwhile), conflicts=conflicts, proposal=merged)
        return merged

    change = _change(paths, base.id, apply)
    return SavedEdit(change.goal, meanwhile, change.changed)


_CONFLICT: Any = object()


def _three_way(base: Any, mine: Any, theirs: Any) -> Any:
    if mine in (base, theirs):
        return theirs
    if theirs == base:
        return mine
    return _CONFLICT


def _merge_steps(base: list[Step], mine: list[Step], theirs: list[Step]) -> list[Step] | None:
    """Steps merged one by one (text and done apart), new ones from both sides kept;
    None when one side removed or reordered steps the other changed."""
    whole = _three_way(base, mine, theirs)
    if whole is not _CONFLICT:
        return list(whole)
    count = len(base)
    if len(mine) < count or len(theirs) < count:
        return None
    merged: list[Step] = []
    for old, mine_step, their_step in zip(base, mine, theirs, strict=False):
        text = _three_way(old.text, mine_step.text, their_step.text)
        done = _three_way(old.done, mine_step.done, their_step.done)
        if text is _CONFLICT or done is _CONFLICT:
            return None
        merged.append(Step(text=text, done=done))
    added_there = theirs[count:]
    return merged + added_there + [step for step in mine[count:] if step not in added_there]


def merge_edit(base: Goal, mine: Goal, theirs: Goal) -> tuple[Goal, list[str]]:
    """Three-way merge of the editable fields: the merged goal (built on `theirs`,
    with `mine` where both changed) and the names of the fields both changed."""
    fields: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in EDITABLE_KEYS:
        if key == "steps":
            value: Any = _merge_steps(base.steps, mine.steps, theirs.steps)
            value = _CONFLICT if value is None else [s.model_dump() for s in value]
        else:
            value = _three_way(getattr(base, key), getattr(mine, key), getattr(theirs, key))
        if value is _CONFLICT:
            conflicts.append(key)
            value = getattr(mine, key)
            if key == "steps":
                value = [s.model_dump() for s in value]
        fields[key] = value
    return copy_goal(theirs, **fields), conflicts


def changes_between(before: Goal, after: Goal) -> list[str]:
    """What changed from `before` to `after`, one short line each, in plain words."""
    lines: list[str] = []
    for key in ("title", "why"):
        if getattr(before, key) != getattr(after, key):
            lines.append(goals_msg.goal_field_changed(
                key, _short(getattr(before, key)), _short(getattr(after, key))))
    if before.target != after.target:
        lines.append(goals_msg.goal_field_changed(
            "target", _date_or_none(before.target), _date_or_none(after.target)))
    if before.status != after.status:
        lines.append(goals_msg.goal_field_changed(
            "status", status_label(before.status), status_label(after.status)))
    for number, (old, new) in enumerate(zip(before.steps, after.steps, strict=False), 1):
        if old.text != new.text:
            lines.append(goals_msg.goal_step_changed_meanwhile(
                number, _short(old.text), _short(new.text)))
        if old.done != new.done:
            lines.append(goals_msg.goal_step_marked_meanwhile(number, new.done))
    for step in after.steps[len(before.steps):]:
        lines.append(goals_msg.goal_step_added_meanwhile(_short(step.text)))
    for step in before.steps[len(after.steps):]:
        lines.append(goals_msg.goal_step_removed_meanwhile(_short(step.text)))
    for note in after.notes[len(before.notes):]:
        lines.append(goals_msg.goal_note_added_meanwhile(_short(note.text)))
    return lines


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _date_or_none(value: date | None) -> str:
    return value.isoformat() if value is not None else goals_msg.GOAL_NO_TARGET_WORD


def proposal_as_toml(conflict: GoalChangedMeanwhile) -> str:
    """The goal for the editor after a clash: the person's version where both changed,
    each such field followed by how it is now, commented out."""
    now_lines: list[str] = []
    current = conflict.current
    for key in conflict.conflicts:
        if key == "steps":
            value: Any = [{"text": s.text, "done": s.done} for s in current.steps]
        elif key == "status":
            value = current.status.value
        else:
            value = getattr(current, key)
        if value is None:
            continue
        now_lines.extend(f"# {line}" for line in _toml({key: value}).splitlines())
    note = "".join(f"# {line}\n" for line in goals_msg.goal_edit_clash_note(conflict.conflicts))
    return note + "\n".join(now_lines) + "\n\n" + goal_as_toml(conflict.proposal)


def keep_goal_edit(paths: Paths, goal_id: str, text: str) -> Path:
    """Keep the person's edited text beside the journal (drafts/edits/), 0600; returns where."""
    from mi_journal.storage.files import atomic_write_bytes, refuse_linked_folders

    stamp = now().strftime("%Y%m%d-%H%M%S")
    folder = paths.edits
    refuse_linked_folders(folder / "goal.toml", paths.home)  # neither drafts/ nor edits/
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        target = folder / f"goal-{goal_id}-{stamp}{suffix}.toml"
        if not target.exists():
            break
    atomic_write_bytes(target, text.encode("utf-8"))
    return target

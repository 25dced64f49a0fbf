"""`mij homework`: packs a counsellor assigned, and how far along they are."""

from __future__ import annotations

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
    how_often = {1: "once", 2: "twice"}.get(done, f"{done} times")
    return f"all done: you made time for this {how_often}."


def homework_next(pack_id: str) -> str:
    return f"`mij homework do {pack_id}` opens the next one."


def homework_early(pack_id: str) -> str:
    """Under a pack that is done for now or has not started: the next one can wait, so
    this is offered, not prompted (walk6: "done for now; the next one can wait for its
    day" was followed by "... opens the next one")."""
    return f"If you would like one sooner, `mij homework do {pack_id}` opens it."


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

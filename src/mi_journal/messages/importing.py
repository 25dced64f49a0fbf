"""`mij import` and `mij view`: reading an export back."""

from __future__ import annotations

# After `mij import`: one quiet line, never a wall of alerts.
IMPORT_CRISIS_WORDS = (
    "Some of the imported entries hold words about being in danger or in crisis. If that is "
    "where you are now, `mij crisis` shows the help lines."
)


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

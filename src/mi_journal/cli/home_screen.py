"""The interactive home screen: where things stand, a suggestion, and a free choice.

Shows the status line, the rulers sparkline and homework due today (when those
features are installed), paused interviews, and the suggested next stage with
its reason. The person picks: the suggestion, any stage or pack, the check-in, a
note, resuming, the crisis lines, or leaving. Nothing optional may break it: each
extra line is guarded, so home always opens.
"""

from __future__ import annotations

import contextlib
import importlib.util
from typing import TYPE_CHECKING, Any

from mi_journal import messages
from mi_journal.cli.render import console, safe

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.paths import Paths


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _sparkline(paths: Paths) -> str | None:
    if not _has_module("mi_journal.trends"):
        return None
    try:
        from mi_journal import trends

        line = trends.home_sparkline(paths)
    except Exception:
        return None
    return line if isinstance(line, str) and line.strip() else None


def _homework(out: Console) -> None:
    if not (_has_module("mi_journal.homework") and _has_module("mi_journal.cli.cmd_homework")):
        return
    with contextlib.suppress(Exception):
        from mi_journal.cli.cmd_homework import print_due_today

        print_due_today(out)


def _drafts(paths: Paths) -> list[Any]:
    try:
        from mi_journal.interview.drafts import list_drafts

        return list(list_drafts(paths).drafts)
    except Exception:
        return []


def _suggestion(paths: Paths) -> tuple[str, str] | None:
    try:
        from mi_journal.interview.suggest import suggest_next

        found = suggest_next(paths)
    except Exception:
        return None
    return found.target, found.reason


def run_home_screen() -> None:
    from mi_journal.cli.home import status_line
    from mi_journal.paths import get_paths

    paths = get_paths()
    out = console()
    out.print(safe(status_line(on_home_screen=True)))
    spark = _sparkline(paths)
    if spark:
        out.print(safe(f"{messages.HOME_RULERS} {spark}"))
    _homework(out)
    drafts = _drafts(paths)
    if drafts:
        from mi_journal.cli.cmd_interview import draft_line

        out.print()
        out.print(safe(messages.HOME_DRAFTS))
        for draft in drafts[:3]:
            out.print(safe(f"  {draft_line(draft)}"))
        if len(drafts) > 3:
            out.print(safe(f"  {messages.home_more_drafts(len(drafts) - 3)}", "dim"))
    suggestion = _suggestion(paths)
    if suggestion is not None:
        out.print()
        out.print(safe(messages.home_suggestion(*suggestion)))
    choices = _choices(suggestion, bool(drafts))
    while True:
        choice = _pick_choice(choices)
        if choice is None:
            return
        if choice != "n":
            break
        _write_note()  # then back to the menu
    _act(choice, paths, suggestion, drafts)


def _pick_choice(choices: list[tuple[str, str]]) -> str | None:
    out = console()
    out.print()
    out.print(safe(messages.HOME_CHOICES_INTRO))
    for key, label in choices:
        out.print(safe(f"  [{key}] {label}"))
    while True:
        try:
            choice = out.input("> ").strip().lower()
        except EOFError:
            return None
        if choice in ("", "q"):
            return None
        if choice in {key for key, _ in choices}:
            return choice
        out.print(safe(messages.home_pick_a_letter("/".join(key for key, _ in choices)),
                       "yellow"))


def _choices(suggestion: tuple[str, str] | None, has_drafts: bool) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if suggestion is not None:
        choices.append(("s", messages.home_choice_suggested(suggestion[0])))
    choices.append(("i", messages.HOME_CHOICE_ANY))
    choices.append(("k", messages.HOME_CHOICE_CHECKIN))
    choices.append(("n", messages.HOME_CHOICE_NOTE))
    if has_drafts:
        choices.append(("r", messages.HOME_CHOICE_RESUME))
    choices.append(("c", messages.HOME_CHOICE_CRISIS))
    choices.append(("q", messages.HOME_CHOICE_QUIT))
    return choices


def _act(choice: str, paths: Paths, suggestion: tuple[str, str] | None,
         drafts: list[Any]) -> None:
    from mi_journal.cli.home import print_crisis

    if choice == "n":
        _write_note()
    elif choice == "c":
        print_crisis()
    elif choice == "s" and suggestion is not None:
        _interview(paths, suggestion[0], None)
    elif choice == "k":
        _interview(paths, "checkin", None)
    elif choice == "i":
        picked = _pick_pack(paths)
        if picked is not None:
            _interview(paths, picked, None)  # a stage name or a pack id
    elif choice == "r" and drafts:
        from mi_journal.cli.cmd_interview import resume_in_terminal

        draft_id = _pick_draft(drafts)
        if draft_id is not None:
            resume_in_terminal(paths, draft_id)


_STAGES = ("engaging", "focusing", "evoking", "planning")


def _interview(paths: Paths, stage: str | None, pack: str | None) -> None:
    from mi_journal.cli.cmd_interview import run_in_terminal
    from mi_journal.interview.session import start_interview

    console().print()
    run_in_terminal(paths, start_interview(paths, stage, pack))


def _pick_draft(drafts: list[Any]) -> str | None:
    """With one paused interview, that one; with several, the person picks (Enter: latest)."""
    from mi_journal.cli.cmd_interview import draft_line

    if len(drafts) == 1:
        return str(drafts[0].id)
    out = console()
    out.print()
    out.print(safe(messages.HOME_PICK_DRAFT))
    for number, draft in enumerate(drafts, start=1):
        out.print(safe(f"  {number:>2}. {draft_line(draft)}"))
    while True:
        try:
            reply = out.input("> ").strip()
        except EOFError:
            return None
        if not reply:
            return str(drafts[0].id)
        if reply.lower() in ("q", ":q"):
            return None
        if reply.isdigit() and 1 <= int(reply) <= len(drafts):
            return str(drafts[int(reply) - 1].id)
        out.print(safe(messages.home_pick_a_draft(len(drafts)), "yellow"))


def _pick_pack(paths: Paths) -> str | None:
    """Every stage and pack, numbered; returns a stage name or pack id, or None."""
    from mi_journal.packs.registry import list_packs

    out = console()
    listing = list_packs(paths)
    by_id = {entry.pack.id: entry.pack for entry in listing.packs}
    order = [pid for pid in _STAGES if pid in by_id]
    order += sorted(pid for pid in by_id if pid not in _STAGES)
    out.print()
    out.print(safe(messages.HOME_PICK_INTRO))
    for number, pack_id in enumerate(order, start=1):
        pack = by_id[pack_id]
        out.print(safe(f"  {number:>2}. {pack_id} - {pack.pack.title}"))
    while True:
        try:
            reply = out.input("> ").strip()
        except EOFError:
            return None
        if not reply or reply.lower() in ("q", ":q"):
            return None
        if reply.isdigit() and 1 <= int(reply) <= len(order):
            return order[int(reply) - 1]
        if reply.lower() in by_id:
            return reply.lower()
        out.print(safe(messages.home_pick_a_number(len(order)), "yellow"))


def _write_note() -> None:
    """Lines until one empty line (or Ctrl-D), as in interviews; saved as a note.

    Ctrl-C after some lines keeps them as a note (and says how to delete it);
    crisis language shows the help lines gently after saving.
    """
    from mi_journal.cli.note import offer_crisis_lines
    from mi_journal.journal import add_note
    from mi_journal.paths import get_paths

    out = console()
    out.print()
    out.print(safe(messages.HOME_NOTE_PROMPT))
    lines: list[str] = []
    line = ""
    try:
        while True:
            line = ""
            line = out.input("  " if lines else "> ")
            if not line.strip():
                break
            lines.append(line)
            line = ""
    except EOFError:
        pass
    except KeyboardInterrupt:
        if line.strip() and not (lines and lines[-1] is line):
            lines.append(line)  # Ctrl-C came just after Enter, before it was kept
        text = "\n".join(lines).strip()
        if not text:
            raise
        entry = add_note(get_paths(), text)
        out.print()
        out.print(safe(messages.home_note_kept_on_interrupt(entry.id)))
        offer_crisis_lines(text)
        raise
    text = "\n".join(lines).strip()
    if not text:
        out.print(safe(messages.HOME_NOTE_NOTHING))
        return
    entry = add_note(get_paths(), text)
    out.print(safe(f"{messages.NOTE_SAVED} ({entry.id})"))
    offer_crisis_lines(text)

"""The interactive home screen: what is here, and a choice of next steps."""

from __future__ import annotations

from mi_journal import messages
from mi_journal.cli.render import console, safe


def run_home_screen() -> None:
    from mi_journal.cli.home import print_crisis, status_line

    out = console()
    out.print(safe(status_line()))
    from mi_journal.cli.cmd_homework import print_due_today

    print_due_today(out)
    out.print()
    out.print(safe(messages.HOME_CHOICES_INTRO))
    for key, label in messages.HOME_CHOICES:
        out.print(safe(f"  [{key}] {label}"))
    try:
        choice = out.input("> ").strip().lower()
    except EOFError:
        return
    if choice == "n":
        _write_note()
    elif choice == "c":
        print_crisis()


def _write_note() -> None:
    from mi_journal.journal import add_note
    from mi_journal.paths import get_paths

    out = console()
    out.print(safe(messages.HOME_NOTE_PROMPT))
    lines: list[str] = []
    try:
        while True:
            line = out.input("")
            if not line and lines and not lines[-1]:
                break
            lines.append(line)
    except EOFError:
        pass
    text = "\n".join(lines).strip()
    if not text:
        out.print(safe(messages.HOME_NOTE_NOTHING))
        return
    entry = add_note(get_paths(), text)
    out.print(safe(f"{messages.NOTE_SAVED} ({entry.id})"))

"""Small commands of the foundation: paths, note, crisis (config is in cmd_config)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Option

if TYPE_CHECKING:
    from mi_journal.cli.declare import Registry


def register(app: Registry) -> None:
    app.command(
        "paths", short_help="Show the folders where mi-journal keeps your data."
    )(paths_command)
    app.command(
        "note", short_help="Save a quick thought as an entry, with no questions asked."
    )(note_command)
    app.command(
        "crisis", short_help="Show crisis and support lines (and your own line, if set)."
    )(crisis_command)


def paths_command(
    as_json: bool = Option(False, "--json", help="Print the paths as JSON."),
) -> None:
    """Show where your journal, goals, settings, packs, drafts and cache live."""
    from mi_journal.cli.render import print_json, print_plain
    from mi_journal.core.paths import get_paths

    table = get_paths().as_dict()
    if as_json:
        print_json({name: str(path) for name, path in table.items()})
        return
    width = max(len(name) for name in table)
    for name, path in table.items():
        print_plain(f"{name.ljust(width)}  {path}", hang=width + 2)


def note_command(
    text: list[str] = Argument(
        None, help="The note. Leave out to write it at the prompt (or pipe it in)."),
    tag: list[str] = Option(None, "--tag", "-t", help="Add a tag (repeatable)."),
) -> None:
    """Save a quick thought as a journal entry, with no questions asked."""
    from mi_journal.cli.note import save_note
    from mi_journal.cli.render import stdin_is_terminal

    if not text and stdin_is_terminal():
        from mi_journal.cli.home_screen import write_note
        from mi_journal.cli.welcome import welcome_first_time
        from mi_journal.journal.notes import clean_tags

        chosen = clean_tags(tag or [])  # a mistaken tag is said before the welcome
        welcome_first_time()  # the first time on a terminal, before the note is asked for
        write_note(chosen)  # asks for the note, as the home screen does
        return
    save_note(text or [], tag or [])


def crisis_command() -> None:
    """Show crisis and support lines (and your own local line, if set)."""
    from mi_journal.cli.crisis import print_crisis

    print_crisis(reference=True)

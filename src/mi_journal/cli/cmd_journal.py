"""Looking back: list, show, search, tag, edit, delete and reindex."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Option
from mi_journal.cli.journal_view import MAX_NUMBER, MIN_NUMBER
from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.messages import common as common_msg
from mi_journal.messages import journal as journal_msg

if TYPE_CHECKING:
    from pathlib import Path

    from mi_journal.cli.declare import Registry
    from mi_journal.storage.models import Entry


def register(app: Registry) -> None:
    app.command("list")(list_command)
    app.command("show")(show_command)
    app.command(
        "search", short_help="Find entries by their words; case and accents do not matter."
    )(search_command)
    app.command(
        "tag", context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False}
    )(tag_command)
    app.command(
        "edit", short_help="Edit an entry in your $EDITOR; it is checked before saving."
    )(edit_command)
    app.command("delete")(delete_command)
    app.command(
        "reindex", short_help="Rebuild the search index (a cache) from your entry files."
    )(reindex_command)


_NUMBER = Option(None, "-n", "--number", min=MIN_NUMBER, max=MAX_NUMBER,
                 help="Show at most N entries (1 to 1,000,000).")
_JSON = Option(False, "--json", help="Print JSON (fields are listed in the README).")


def list_command(
    number: int | None = _NUMBER,
    since: str | None = Option(None, "--since", help="From this date: 2026-03-01, "
                               "today, yesterday, 7d, 2w, 3m."),
    until: str | None = Option(None, "--until", help="Up to this date (same forms)."),
    stage: str | None = Option(None, "--stage", help="engaging, focusing, evoking "
                               "or planning."),
    pack: str | None = Option(None, "--pack", help="Only interviews from this pack."),
    goal: str | None = Option(None, "--goal", help="Only entries linked to this goal id."),
    tag: str | None = Option(None, "--tag", help="Only entries with this tag."),
    as_json: bool = _JSON,
) -> None:
    """List your entries, newest first."""
    from mi_journal.cli.journal_view import ListRequest, run_list

    run_list(ListRequest(number=number, since=since, until=until, stage=stage, pack=pack,
                         goal=goal, tag=tag, as_json=as_json))


def search_command(
    words: list[str] = Argument(..., help='Words to find; "quoted words" as a phrase.'),
    number: int | None = _NUMBER,
    as_json: bool = _JSON,
) -> None:
    """Find entries by their words (any case, with or without accents)."""
    from mi_journal.cli.journal_view import ListRequest, run_search

    run_search(ListRequest(number=number, as_json=as_json, words=list(words)))


def show_command(
    reference: str = Argument(..., metavar="ID", help="An entry id, part of one, or last."),
    as_json: bool = Option(False, "--json", help="Print the whole entry as JSON."),
) -> None:
    """Show one entry: each question as it was asked, and your answer."""
    from mi_journal.cli.journal_view import emit, render_entry
    from mi_journal.cli.render import print_json
    from mi_journal.core.paths import get_paths

    paths = get_paths()
    if reference.strip().lower() == "last":
        from mi_journal.cli.journal_view import warn_unreadable
        from mi_journal.journal.changes import find_last_record
        from mi_journal.messages.journal import SHOW_LAST_PASSED_OVER

        path, record, passed_over = find_last_record(paths)
        warn_unreadable(passed_over, SHOW_LAST_PASSED_OVER)
    else:
        from mi_journal.journal.changes import find_entry
        from mi_journal.storage.record_json import entry_record

        path, entry = find_entry(paths, reference)
        record = entry_record(entry)
    if as_json:
        print_json({**record, "path": str(path)})
        return
    emit(render_entry(record), paths)


def tag_command(
    reference: str = Argument(..., metavar="ID", help="An entry id, part of one, or last."),
    changes: list[str] = Argument(..., metavar="+TAG|-TAG...",
                                  help="+TAG adds a tag, -TAG removes one."),
) -> None:
    """Add or remove tags on an entry: mij tag ID +work -old."""
    from mi_journal.cli.render import print_plain
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.changes import tag_entry
    from mi_journal.messages.journal import tags_changed

    entry_id, change = tag_entry(get_paths(), reference, list(changes))
    print_plain(tags_changed(entry_id, change.added, change.removed, change.tags))


def _ask(question: str) -> str:
    from mi_journal.cli.render import print_plain

    print_plain(question)
    sys.stdout.write("> ")
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.strip().lower()


def editor_command() -> list[str]:
    """$VISUAL, then $EDITOR, split like a shell would (but never run by one)."""
    import os
    import shlex
    import shutil

    for name in ("VISUAL", "EDITOR"):
        chosen = os.environ.get(name, "").strip()
        if chosen:
            try:
                parts = shlex.split(chosen)
            except ValueError:
                raise MijError(journal_msg.editor_unreadable(name, chosen)) from None
            if parts:
                return parts
    from mi_journal.cli.render import stdin_is_terminal
    from mi_journal.messages.journal import EDIT_NO_EDITOR_WITHOUT_TERMINAL

    if not stdin_is_terminal():
        # A screen editor chosen for the person (nano, vi) cannot work without a
        # terminal: it would only fill the output with control codes.
        raise UsageProblem(EDIT_NO_EDITOR_WITHOUT_TERMINAL)
    for fallback in ("nano", "vi", "notepad"):
        if shutil.which(fallback):
            return [fallback]
    raise MijError(journal_msg.NO_EDITOR_FOUND)


def _run_editor(command: list[str], path: Path) -> None:
    import subprocess

    try:
        result = subprocess.run([*command, str(path)], check=False)
    except OSError as exc:
        raise MijError(journal_msg.editor_not_started(command[0], exc.strerror)) from None
    if result.returncode != 0:
        raise MijError(journal_msg.editor_ended(result.returncode))


def edit_command(
    reference: str = Argument(..., metavar="ID", help="An entry id, part of one, or last."),
) -> None:
    """Edit an entry's file in your $EDITOR; it is saved only if it still reads correctly."""
    from mi_journal.cli.edit_again import EditStopped, open_again
    from mi_journal.cli.render import console, print_plain, say, stdin_is_terminal, terminal_width
    from mi_journal.cli.wrap import wrap
    from mi_journal.core.errors import DataFileError
    from mi_journal.core.paths import get_paths
    from mi_journal.core.textsafe import inert
    from mi_journal.journal.changes import (
        check_edit,
        discard_draft,
        keep_edit,
        save_edit,
        start_edit,
    )
    from mi_journal.messages import journal as journal_msg
    from mi_journal.storage.files import read_bytes_limited
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

    paths = get_paths()
    command = editor_command()
    session = start_edit(paths, reference)
    for earlier in session.earlier:  # said before the editor takes the screen
        say(console(stderr=True), journal_msg.earlier_edit_kept(str(earlier)), "dim")
    keep_draft = False
    try:
        while True:
            _run_editor(command, session.draft)
            try:
                raw = read_bytes_limited(session.draft, MAX_DATA_FILE_BYTES)
            except FileNotFoundError:
                raise MijError(common_msg.as_error(journal_msg.EDIT_DISCARDED)) from None
            try:
                edited = check_edit(session, raw)
            except DataFileError as problem:
                problem_lines = wrap(f"{journal_msg.EDIT_PROBLEM} {inert(problem.detail)}",
                                     terminal_width())
                sys.stderr.write("\n".join(problem_lines) + "\n")
                if not stdin_is_terminal():  # no one to ask: kept, never thrown away
                    keep_draft = True
                    kept = str(keep_edit(session, raw))
                    raise MijError(journal_msg.edit_kept_no_terminal(kept)) from None
                try:
                    again = open_again()
                except EditStopped as stop:  # Ctrl-C or Ctrl-D: kept, and said where
                    keep_draft = True
                    print_plain(journal_msg.edit_kept_on_stop(str(keep_edit(session, raw))))
                    if stop.interrupted:
                        import typer

                        raise typer.Exit(130) from None
                    return
                if again:
                    continue
                print_plain(journal_msg.EDIT_DISCARDED)
                return
            if edited is None:
                print_plain(journal_msg.EDIT_NO_CHANGES)
                return
            try:
                save_edit(paths, session, edited)
            except MijError:
                keep_draft = session.draft.exists()
                raise
            print_plain(f"{journal_msg.EDIT_SAVED} ({edited.id})")
            _offer_crisis_lines(session.original, edited.entry)
            return
    finally:
        if not keep_draft:
            discard_draft(session)


def _offer_crisis_lines(before: Entry, after: Entry) -> None:
    """After an edit is saved: the help lines if the words just written suggest danger
    (only text that was not in the entry before is read)."""
    from mi_journal.cli.crisis import offer_crisis_lines
    from mi_journal.storage.models import own_words

    old = {text for text, _ in own_words(before)}
    offer_crisis_lines(*(text for text, _ in own_words(after) if text not in old))


def delete_command(
    reference: str = Argument(..., metavar="ID", help="An entry id, part of one, or last."),
    yes: bool = Option(False, "--yes", "-y", help="Do not ask (for scripts)."),
) -> None:
    """Delete one entry, after asking (it cannot be undone)."""
    from mi_journal.cli.render import print_plain, stdin_is_terminal
    from mi_journal.core.paths import get_paths
    from mi_journal.index import preview_of
    from mi_journal.journal.changes import delete_entry, find_entry
    from mi_journal.messages import journal as journal_msg

    paths = get_paths()
    path, entry = find_entry(paths, reference)
    if not yes:
        if not stdin_is_terminal():
            raise UsageProblem(journal_msg.DELETE_NEEDS_CONFIRMATION)
        question = journal_msg.delete_question(
            entry.id, entry.created.strftime("%Y-%m-%d %H:%M"), preview_of(entry)
        )
        try:
            answer = _ask(question)
        except EOFError:
            answer = ""
        except KeyboardInterrupt:
            sys.stdout.write("\n")
            print_plain(journal_msg.DELETE_KEPT_ON_INTERRUPT)
            import typer

            raise typer.Exit(130) from None
        if answer not in ("y", "yes"):
            print_plain(journal_msg.DELETE_KEPT)
            return
    kept = delete_entry(paths, path)
    print_plain(f"{journal_msg.DELETE_DONE} {entry.id}.")
    if kept:
        print_plain(journal_msg.delete_left_kept_edits([str(edit) for edit in kept]))


def reindex_command() -> None:
    """Rebuild the search index from your entry files (it is only a cache)."""
    from mi_journal.cli.journal_view import index_notice, warn_problems
    from mi_journal.cli.render import print_plain
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.changes import rebuild_search_index
    from mi_journal.messages.journal import reindex_done

    report = rebuild_search_index(get_paths(), notice=index_notice)
    warn_problems(report)
    print_plain(reindex_done(report.total, len(report.problems)))

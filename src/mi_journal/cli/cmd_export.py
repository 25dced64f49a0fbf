"""`mij export` and `mij import`: the journal out as JSON, Markdown or HTML, and back in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Option
from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.messages import export as export_msg
from mi_journal.messages import importing as importing_msg

if TYPE_CHECKING:
    from mi_journal.cli.declare import Registry
    from mi_journal.exporting.selection import Selected

_FORMATS = ("json", "md", "html")
_SOURCES = ("mij", "jrnl")


def register(app: Registry) -> None:
    app.command(
        "export", short_help="Export your journal as json, md (to read) or html (to share)."
    )(export_command)
    app.command(
        "import", short_help="Import a `mij export` file or jrnl's JSON; safe to repeat."
    )(import_command)
    app.command("view")(view_command)


def export_command(
    fmt: str = Option("json", "--format", "-f", help="json (complete), md or html."),
    since: str = Option(None, "--since", help="From this date: 2026-03-01, 7d, 3m."),
    until: str = Option(None, "--until", help="Up to and including this date."),
    pack: str = Option(None, "--pack", help="Only entries from this pack."),
    stage: str = Option(None, "--stage", help="Only this stage: engaging, focusing, ..."),
    tag: str = Option(None, "--tag", help="Only entries with this tag."),
    include_goals: bool = Option(
        None,
        "--include-goals/--no-goals",
        help="Include your goals or leave them out (default: included, except with --pack).",
    ),
    change_talk: bool = Option(
        False,
        "--change-talk",
        help="md/html: add your own sentences for change, grouped by kind (only if you ask).",
    ),
    output: Path = Option(
        None, "--output", "-o", help="Write to this file (0600) instead of the screen."
    ),
    force: bool = Option(False, "--force", help="Replace the -o file if it exists."),
) -> None:
    """Export your journal: json (complete, re-importable), md (to read) or html (to share)."""
    from mi_journal.cli.export_json import (
        build_selection,
        export_json,
        output_stream,
        refuse_existing,
        report_goal_copies,
        report_problems,
        screen_or_file,
    )
    from mi_journal.core.paths import get_paths
    from mi_journal.exporting.selection import select

    fmt = fmt.strip().lower()
    if fmt not in _FORMATS:
        raise UsageProblem(export_msg.format_not_taken(_FORMATS, fmt))
    if change_talk and fmt == "json":
        raise UsageProblem(export_msg.CHANGE_TALK_FORMATS)
    selection = build_selection(since, until, pack, stage, tag, include_goals, change_talk)
    target = screen_or_file(output)
    refuse_existing(target, force)
    if fmt == "json":
        export_json(selection, target, force)
        return
    selected = select(get_paths(), selection)
    data = _render(fmt, selected).encode("utf-8")
    report_problems(selected.problems)
    report_goal_copies(selection.include_goals)
    try:
        with output_stream(target, force) as out:
            out.write(data)
    except BrokenPipeError:
        from mi_journal.cli.exits import reader_went_away

        reader_went_away()
        return
    if target is None:
        return
    from mi_journal.messages.export import export_written

    sys.stderr.write(export_written(target, len(selected.entries), len(selected.goals)) + "\n")


def _render(fmt: str, selected: Selected) -> str:
    if fmt == "json":
        from mi_journal.exporting.json_format import render_json

        return render_json(selected)
    if fmt == "md":
        from mi_journal.exporting.markdown import render_markdown

        return render_markdown(selected)
    from mi_journal.exporting.html_format import render_html

    return render_html(selected)


def import_command(
    file: Path = Argument(..., help="The file to import."),
    source: str = Option(
        "mij", "--from", help="mij (a `mij export` JSON file, the default) or jrnl (jrnl's JSON)."
    ),
) -> None:
    """Import a `mij export` JSON file, or jrnl's JSON with --from jrnl. Safe to repeat."""
    from mi_journal.core.paths import get_paths

    source = source.strip().lower()
    if source not in _SOURCES:
        raise UsageProblem(importing_msg.source_not_taken(_SOURCES, source))
    if source == "jrnl":
        from mi_journal.importing.jrnl import import_jrnl_file

        counts = import_jrnl_file(get_paths(), file)
    else:
        from mi_journal.importing.own import import_export_file

        counts = import_export_file(get_paths(), file)
    from mi_journal.messages.importing import import_done

    _line(import_done(counts.added, counts.present, counts.goals_added, counts.goals_present,
                      counts.differing, counts.goals_differing))
    if counts.left_out:
        from mi_journal.messages.importing import export_file_left_out

        _line(export_file_left_out(list(counts.left_out)))
    if counts.crisis_words:
        from mi_journal.cli.crisis import fit_crisis_line
        from mi_journal.cli.render import terminal_width
        from mi_journal.messages.importing import IMPORT_CRISIS_WORDS

        # Wrapped between words, `mij crisis` kept whole (a 60-column terminal cut
        # "dange|r" and "s|hows" in the middle).
        for part in fit_crisis_line(IMPORT_CRISIS_WORDS, terminal_width()):
            _line(part)


def _line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def view_command(
    file: Path = Argument(..., help="A file written by `mij export` (json)."),
) -> None:
    """Read a `mij export` JSON file on screen, without importing it.

    Each entry is shown as `mij show` has it."""
    from mi_journal.cli.journal_view import emit, render_export
    from mi_journal.core.paths import get_paths
    from mi_journal.importing.own import read_export_file
    from mi_journal.importing.reading import ImportProblem
    from mi_journal.messages.importing import view_refused

    try:
        selected = read_export_file(file)
    except ImportProblem as exc:
        raise MijError(view_refused(file, exc.detail)) from None
    emit(render_export(selected, str(file)), get_paths())

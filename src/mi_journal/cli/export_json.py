"""`mij export --format json`, streamed.

The entries' lines come from the index in batches and go out in chunks, to the
screen or to a temporary file that gets its name only when it is complete, so
memory stays flat at any journal size.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from mi_journal.core.errors import UsageProblem

if TYPE_CHECKING:
    from mi_journal.core.errors import DataFileError
    from mi_journal.exporting.selection import JsonSelection, Selection

_CHUNK_CHARS = 1 << 18


def build_selection(since: str | None, until: str | None, pack: str | None,
                    stage: str | None, tag: str | None, include_goals: bool | None,
                    change_talk: bool = False) -> Selection:
    from mi_journal.exporting.selection import Selection
    from mi_journal.journal.filters import build_filter

    if include_goals is None:
        # A pack report for a counsellor holds that pack's entries unless the
        # person chooses to add their goals; a whole-journal export is complete.
        include_goals = pack is None
    # The same checks as `mij list` (dates, empty values, stages), so both read
    # their filters alike.
    chosen = build_filter(since=since, until=until, stage=stage, pack=pack, tag=tag)
    chosen_stage = None
    if chosen.stage is not None:
        from mi_journal.core.vocabulary import Stage

        chosen_stage = Stage(chosen.stage)
    start, end, pack, tag = chosen.since, chosen.until, chosen.pack, chosen.tag
    return Selection(start, end, pack, chosen_stage, tag, include_goals, change_talk)


def screen_or_file(output: str | Path | None) -> Path | None:
    """`-o -` means the screen, as in `mij pack new -o -`; anything else names a file."""
    if output is None or str(output) == "-":
        return None
    return Path(output)


def refuse_existing(output: Path | None, force: bool) -> None:
    """Before anything is read: a folder, a regular file without --force, or a place
    never written (a socket, a disk device, a link to a file) is refused."""
    import os

    from mi_journal.storage.files import OUTPUT_FILE, output_kind

    if output is None:
        return
    if os.path.isdir(output.expanduser()):
        from mi_journal.messages.export import export_is_folder

        # Said first: --force cannot replace a folder, so it is no use suggesting it.
        raise UsageProblem(export_is_folder(output))
    if output_kind(output.expanduser()) == OUTPUT_FILE and not force:
        from mi_journal.messages.export import export_exists

        raise UsageProblem(export_exists(output))


@contextmanager
def output_stream(output: Path | None, force: bool) -> Iterator[BinaryIO]:
    """Where an export goes: the screen (or -o /dev/stdout), a pipe or character
    device written through (/dev/null, a FIFO, `>(...)`), or a regular file written
    atomically (0600), replacing one only with --force."""
    from mi_journal.storage.files import (
        OUTPUT_STDOUT,
        OUTPUT_STREAM,
        atomic_writer,
        output_kind,
        stream_writer,
    )

    kind = OUTPUT_STDOUT if output is None else output_kind(output.expanduser())
    if output is None or kind == OUTPUT_STDOUT:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = output.expanduser()
    if kind == OUTPUT_STREAM:
        with stream_writer(target) as out:
            yield out
        return
    from mi_journal.core.errors import MijError
    from mi_journal.messages.export import export_exists

    try:
        with atomic_writer(target, exclusive=not force) as out:
            yield out
    except FileExistsError:
        raise MijError(export_exists(output)) from None


def report_problems(problems: list[DataFileError]) -> None:
    if not problems:
        return
    from mi_journal.cli.exits import print_error
    from mi_journal.messages import export as export_msg

    print_error(f"note: {export_msg.entries_left_out(len(problems), problems[0].message)}")


def report_goal_copies(include_goals: bool) -> None:
    """A sync tool's copy of goals.toml is not in the export: say so, as for entries."""
    if not include_goals:
        return
    from mi_journal.cli.exits import print_error
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.sync import copy_notes

    for line in copy_notes(get_paths().goals):
        print_error(f"note: {line}")


def _stream(chosen: JsonSelection, out: BinaryIO) -> tuple[int, int]:
    """Write the export to `out` (inside `open_json_selection`); returns (entries, goals)."""
    from mi_journal.exporting import json_format

    report_problems(chosen.problems)
    pending: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        out.write("".join(pending).encode("utf-8"))
        pending.clear()
        size = 0

    def write(text: str) -> None:
        nonlocal size
        pending.append(text)
        size += len(text)
        if size >= _CHUNK_CHARS:
            flush()

    count = json_format.write_json(write, chosen.exported, chosen.selection, chosen.entry_lines,
                                   chosen.goal_lines, chosen.left_out)
    flush()
    return count, len(chosen.goal_lines)


def export_json(selection: Selection, output: Path | None, force: bool) -> None:
    """The JSON export, to the screen or (atomically, 0600) to `output`.

    The selection is opened first, so a selection refused (an unknown --pack)
    leaves no trace: not even the output's folder is created.
    """
    from mi_journal.core.paths import get_paths
    from mi_journal.exporting.selection import open_json_selection
    from mi_journal.messages.export import export_is_folder, export_written

    if output is not None and output.expanduser().is_dir():
        raise UsageProblem(export_is_folder(output))
    try:
        with (open_json_selection(get_paths(), selection) as chosen,
              output_stream(output, force) as out):
            report_goal_copies(selection.include_goals)
            entries, goals = _stream(chosen, out)
    except BrokenPipeError:
        # The reader (`head`, a pager, the far end of a pipe) stopped early, as it may.
        from mi_journal.cli.exits import reader_went_away

        reader_went_away()
        return
    if output is None:
        return
    sys.stderr.write(export_written(output, entries, goals) + "\n")

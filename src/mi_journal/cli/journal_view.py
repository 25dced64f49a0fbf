"""Printing the journal: `mij list` and `mij search`, the pager, one entry.

Standard library only at the top level: `mij list` and `mij search` usually run
without Typer (cli/commands.py), and this module should not undo that.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.messages import journal as journal_msg

if TYPE_CHECKING:
    from mi_journal.cli.render import Said
    from mi_journal.core.paths import Paths
    from mi_journal.exporting.selection import Selected
    from mi_journal.index import Index, IndexedEntry, IndexReport


# `-n` bounds: cmd_journal declares the option with them; run_list and run_search
# check them again for callers that do not come through the command line.
MIN_NUMBER = 1
MAX_NUMBER = 1_000_000


def check_number(number: int | None) -> None:
    """`-n` must be 1..1,000,000 (a usage mistake otherwise, exit 2)."""
    if number is not None and not MIN_NUMBER <= number <= MAX_NUMBER:
        from mi_journal.core.errors import UsageProblem

        raise UsageProblem(journal_msg.list_number_range(MIN_NUMBER, MAX_NUMBER))


@dataclass
class ListRequest:
    number: int | None = None
    since: str | None = None
    until: str | None = None
    stage: str | None = None
    pack: str | None = None
    goal: str | None = None
    tag: str | None = None
    as_json: bool = False
    words: list[str] = field(default_factory=list)


def warn_problems(report: IndexReport) -> None:
    """One line per unreadable file on stderr; the rest is still listed."""
    warn_unreadable(report.problems)


def warn_unreadable(problems: list[DataFileError], lead: str | None = None) -> None:
    """One line per file on stderr, each starting with `lead` (default: left out of
    this list)."""
    from mi_journal.cli.exits import print_error
    from mi_journal.messages.journal import JOURNAL_FILE_SKIPPED

    for problem in problems:  # wrapped between words on a terminal, whole to a file
        print_error(f"{lead or JOURNAL_FILE_SKIPPED} {problem}")


def index_notice(count: int) -> None:
    """On a terminal, say why this read takes a while (a first index build)."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    if tty:
        from mi_journal.messages.journal import index_building

        sys.stderr.write(index_building(count) + "\n")
        sys.stderr.flush()


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _pager_wanted(paths: Paths) -> bool:
    from mi_journal.storage.config import load_config

    try:
        return load_config(paths).pager
    except MijError:
        return True


def pager_command() -> list[str] | None:
    import shlex
    import shutil

    chosen = os.environ.get("PAGER")
    if chosen is not None:
        try:
            parts = shlex.split(chosen)
        except ValueError:
            return None
        return parts or None
    if shutil.which("less"):
        return ["less", "-FRX"]
    if shutil.which("more"):
        return ["more"]
    return None


def emit(text: str, paths: Paths | None = None) -> None:
    """Print `text` (already inert), through a pager when it will not fit the terminal."""
    if not text.endswith("\n"):
        text += "\n"
    if _stdout_is_terminal() and paths is not None:
        import shutil

        rows = shutil.get_terminal_size((80, 24)).lines
        if text.count("\n") >= rows and _pager_wanted(paths):
            command = pager_command()
            if command is not None and _run_pager(command, text):
                return
    sys.stdout.write(text)
    sys.stdout.flush()


def _run_pager(command: list[str], text: str) -> bool:
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8", "replace"))
        process.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # The person quit the pager early.
    try:
        process.wait()
    except KeyboardInterrupt:
        process.wait()
    return True


def list_rows(entries: Sequence[IndexedEntry], width: int | None) -> list[str]:
    """One line per entry: id, date and kind in columns (each padded to the widest
    shown: an imported entry's id is longer), then the entry's words, then its tags.
    Cut to `width`, the tags keep up to half of the room after the kind (whole tags,
    then "+N" for the rest) and the words the other half, so neither hides the other
    behind an ellipsis."""
    from mi_journal.cli.wrap import cells, fit
    from mi_journal.core.textsafe import inert
    from mi_journal.journal.changes import list_parts

    parts = [list_parts(row, width) for row in entries]
    heads = [[inert(column) for column in head] for head, _, _ in parts]
    widths = [max(cells(head[n]) for head in heads) for n in range(len(heads[0]))] if heads else []
    lines = []
    for head, (_, raw_preview, raw_tags) in zip(heads, parts, strict=True):
        start = "  ".join(column + " " * (widths[n] - cells(column))
                          for n, column in enumerate(head))
        preview, tags = inert(raw_preview), [inert(tag) for tag in raw_tags]
        shown_tags = " ".join(tags)
        if width is not None:
            room = width - cells(start) - 2
            if preview and cells(shown_tags) > room // 2:
                shown_tags = _fitted_tags(tags, room // 2)
            words_room = room - (cells(shown_tags) + 2 if shown_tags else 0)
            preview = fit(preview, words_room) if preview and words_room > 1 else ""
        row = "  ".join(part for part in (start, preview, shown_tags) if part)
        lines.append(fit(row.rstrip(), width))
    return lines


def _fitted_tags(tags: list[str], room: int) -> str:
    """As many whole tags as fit in `room` columns, then "+N" for the others."""
    from mi_journal.cli.wrap import cells, fit

    for count in range(len(tags), 0, -1):
        more = f" +{len(tags) - count}" if count < len(tags) else ""
        shown = " ".join(tags[:count]) + more
        if cells(shown) <= room:
            return shown
    more = f" +{len(tags) - 1}" if len(tags) > 1 else ""
    return fit(tags[0], max(room - len(more), 2)) + more


def _print_rows(paths: Paths, rows: Sequence[object], request: ListRequest, empty: str) -> None:
    from mi_journal.cli.render import terminal_width
    from mi_journal.core.textsafe import safe_json
    from mi_journal.index import IndexedEntry
    from mi_journal.journal.changes import json_rows

    entries = [row for row in rows if isinstance(row, IndexedEntry)]
    if request.as_json:
        sys.stdout.write(safe_json(json_rows(entries)) + "\n")
        sys.stdout.flush()
        return
    if not entries:
        from mi_journal.cli.render import print_plain

        print_plain(empty)
        return
    width = terminal_width()  # one row each, cut to the screen; whole in a file or pipe
    emit("\n".join(list_rows(entries, width)), paths)


def _filters(request: ListRequest, paths: Paths):  # type: ignore[no-untyped-def]
    from mi_journal.journal.filters import build_filter, resolve_goal_filter

    filters = build_filter(since=request.since, until=request.until, stage=request.stage,
                           pack=request.pack, goal=request.goal, tag=request.tag)
    goal = resolve_goal_filter(paths, request.goal)
    if goal is None or not goal.strip():
        return filters
    return replace(filters, goal=goal.strip().lower())


def run_list(request: ListRequest) -> int:
    from mi_journal.core.paths import get_paths
    from mi_journal.index import open_index
    from mi_journal.messages.journal import JOURNAL_NO_ENTRIES, JOURNAL_NOTHING_MATCHES

    check_number(request.number)
    paths = get_paths()
    filters = _filters(request, paths)
    with open_index(paths, notice=index_notice) as ix:
        warn_problems(ix.report)
        _refuse_unknown_pack(paths, filters.pack, ix)
        rows = ix.query(filters, request.number)
        empty = JOURNAL_NO_ENTRIES if ix.report.total == 0 else JOURNAL_NOTHING_MATCHES
    _print_rows(paths, rows, request, empty)
    return 0


def _refuse_unknown_pack(paths: Paths, pack: str | None, ix: Index) -> None:
    """A `--pack` that names no pack at all (a typo, likely) is said as a problem (exit
    1), as `mij export --pack` says it, not listed as an empty journal. A pack with no
    entries (yet, or in the period) is no problem."""
    if pack is None:
        return
    from mi_journal.exporting.selection import pack_is_known
    from mi_journal.messages.journal import list_unknown_pack

    if not pack_is_known(paths, pack, ix):
        raise MijError(list_unknown_pack(pack))


def run_search(request: ListRequest) -> int:
    from mi_journal.core.paths import get_paths
    from mi_journal.index import open_index, parse_query
    from mi_journal.index.search_text import SearchTerm
    from mi_journal.messages.journal import (
        JOURNAL_NO_ENTRIES,
        search_found_nothing,
        search_no_exact_phrase,
    )

    check_number(request.number)
    paths = get_paths()
    terms = parse_query(request.words)
    filters = _filters(request, paths)
    matches: dict[str, tuple[str, str | None]] = {}
    with open_index(paths, notice=index_notice) as ix:
        warn_problems(ix.report)
        rows = ix.search(terms, filters, request.number)
        empty = (JOURNAL_NO_ENTRIES if ix.report.total == 0
                 else search_found_nothing(" ".join(request.words)))
        if not rows and ix.report.total and any(term.phrase for term in terms):
            # No exact phrase: do all its words appear, apart or in another order?
            loose = [SearchTerm((word,), False) for term in terms for word in term.words]
            found = len(ix.search(loose, filters, None))
            if found:
                empty = search_no_exact_phrase(found)
        if rows and not request.as_json:
            matches = ix.match_texts([row.id for row in rows], terms)
    if request.as_json or not rows:
        _print_rows(paths, rows, request, empty)
        return 0
    _print_found(paths, rows, matches, terms)
    return 0


HIGHLIGHT_ON, HIGHLIGHT_OFF = "\x1b[7m", "\x1b[27m"  # reverse video, and back


def _print_found(paths: Paths, rows: Sequence[object], matches: dict[str, tuple[str, str | None]],
                 terms: Sequence[object]) -> None:
    """Each entry's row, then a line of its own words around the match, the match
    highlighted on a terminal. The words are inert; only our own codes mark the match."""
    from mi_journal.cli.render import terminal_width
    from mi_journal.index import IndexedEntry
    from mi_journal.index.search_text import SearchTerm
    from mi_journal.index.snippets import snippet

    width = terminal_width()
    tty = _stdout_is_terminal()
    found = [term for term in terms if isinstance(term, SearchTerm)]
    lines: list[str] = []
    entries = [row for row in rows if isinstance(row, IndexedEntry)]
    for row, line in zip(entries, list_rows(entries, width), strict=True):
        lines.append(line)
        document, marked = matches.get(row.id, (None, None))
        context = snippet(document, found, marked)
        if context is not None:
            lines.append(_snippet_line(context, width, tty))
    emit("\n".join(lines), paths)


SNIPPET_INDENT = "    "


def _snippet_line(context: object, width: int | None, tty: bool) -> str:
    """`    …words around the match…`, cut to `width` columns."""
    from mi_journal.cli.wrap import ELLIPSIS, cells
    from mi_journal.core.textsafe import inert
    from mi_journal.index.snippets import Snippet

    assert isinstance(context, Snippet)
    room = None if width is None else max(width - len(SNIPPET_INDENT), 10) - 1
    out = [SNIPPET_INDENT, ELLIPSIS if context.cut_before else ""]
    used = cells(out[1])
    for text, matched in context.pieces:
        text = inert(text)
        if room is not None and used + cells(text) > room:
            keep = ""
            for ch in text:
                if used + cells(keep + ch) > room:
                    break
                keep += ch
            if keep.strip():
                out.append(_marked(keep.rstrip(), matched, tty))
            out.append(ELLIPSIS)
            break
        out.append(_marked(text, matched, tty))
        used += cells(text)
    return "".join(out).rstrip()


def _marked(text: str, matched: bool, tty: bool) -> str:
    return f"{HIGHLIGHT_ON}{text}{HIGHLIGHT_OFF}" if matched and tty else text


# --- one entry, and an export file, as `mij show` prints them -------------------------


def render_entry(record: Mapping[str, Any]) -> str:
    """One entry as `mij show` prints it: each question as asked, and the answer.
    `record` is the entry's canonical JSON form (storage/record_json.py), as the index
    keeps it."""
    import shutil

    from mi_journal.cli.render import stdout_is_terminal

    tty = stdout_is_terminal()
    width = shutil.get_terminal_size((100, 24)).columns if tty else 100
    return _entry_text(record, tty, width)


def _entry_text(record: Mapping[str, Any], tty: bool, width: int,
                crisis_mark: bool = False) -> str:
    """Through rich on a terminal (the styles show); plain, without rich, otherwise."""
    from mi_journal.cli.render import plain_said

    said = entry_said(record, crisis_mark)
    if not tty:
        from mi_journal.cli.render import terminal_width

        return plain_said(said, terminal_width())
    import io

    from rich.console import Console

    from mi_journal.cli.render import print_said

    buffer = io.StringIO()
    out = Console(file=buffer, force_terminal=True, width=width,
                  highlight=False, emoji=False, markup=False)
    print_said(out, said)
    return buffer.getvalue()


def entry_said(record: Mapping[str, Any], crisis_mark: bool = False) -> list[Said]:
    """What `mij show` says of one entry (its canonical JSON form), line by line;
    `crisis_mark` adds the line md/html exports put at an entry whose words sounded
    like a crisis (`mij view`, where a counsellor reads a client's file)."""
    from datetime import datetime

    from mi_journal.cli.render import Said
    from mi_journal.core.vocabulary import EntryKind
    from mi_journal.journal.changes import shown_answer
    from mi_journal.messages.journal import (
        SHOW_SUMMARY_HEADING,
        show_entry_id,
        show_goals,
        show_pack,
        show_stage,
        show_tags,
        tag_shown,
    )

    created = datetime.fromisoformat(record["created"])
    heading = [created.strftime("%Y-%m-%d %H:%M"), record["kind"]]
    if record.get("pack"):
        heading.append(show_pack(record["pack"]))
    if record.get("stage") and record["kind"] != EntryKind.checkin.value:
        heading.append(show_stage(record["stage"]))  # a check-in is no stage's work
    said = [Said(" · ".join(heading), "bold", keep=tuple(heading)),  # never "stage" / "evoking"
            Said(show_entry_id(record["id"]), "dim")]
    if record.get("tags"):
        said.append(Said(show_tags([tag_shown(tag) for tag in record["tags"]])))
    if record.get("goals"):
        said.append(Said(show_goals(record["goals"])))
    if crisis_mark:
        from mi_journal.messages.export import EXPORT_CRISIS_IN_ENTRY

        said += [Said(), Said(EXPORT_CRISIS_IN_ENTRY, "bold")]
    if record.get("title"):
        said += [Said(), Said(record["title"], "bold")]
    for answer in record.get("answers") or ():
        said += [Said(), Said(answer["question"], "bold cyan")]
        style = "dim" if answer.get("skipped") else ""
        said += [Said(f"  {line}" if line else "", style)  # a blank line stays blank
                 for line in shown_answer(answer).splitlines() or [""]]
    if record.get("text"):
        said += [Said(), Said(record["text"])]
    if record.get("summary"):
        said += [Said(), Said(SHOW_SUMMARY_HEADING, "bold")]
        said += [Said(f"  {line}" if line else "") for line in record["summary"].splitlines()]
    return said


def render_export(selected: Selected, file: str) -> str:
    """`mij view FILE`: what the file is, its goals, then each entry as `mij show` has it."""
    import shutil

    from mi_journal.cli.render import stdout_is_terminal
    from mi_journal.cli.wrap import wrap
    from mi_journal.crisis.entries import entry_sounds_like_crisis, goal_sounds_like_crisis
    from mi_journal.exporting.common import count_and_period
    from mi_journal.goals.editing import status_label
    from mi_journal.messages.export import EXPORT_CRISIS_IN_GOAL, EXPORT_NO_ENTRIES
    from mi_journal.messages.importing import view_heading
    from mi_journal.storage.record_json import entry_record

    tty = stdout_is_terminal()
    width = shutil.get_terminal_size((100, 24)).columns if tty else None
    about = count_and_period(selected.entries)
    head = [*wrap(view_heading(file, f"{selected.exported:%Y-%m-%d %H:%M}", about), width)]
    if selected.left_out:
        from mi_journal.messages.importing import export_file_left_out

        head += wrap(export_file_left_out(selected.left_out), width)
    for goal in selected.goals:
        head += wrap(f"  - {goal.title} ({status_label(goal.status)})", width)
        if goal_sounds_like_crisis(goal):  # as the md/html export marks it
            head += wrap(f"    {EXPORT_CRISIS_IN_GOAL}", width)
    parts = ["\n".join(head)]
    if not selected.entries:
        parts.append(EXPORT_NO_ENTRIES)
    rule = "\u2500" * min(width or 40, 40)
    for entry in selected.entries:
        text = _entry_text(entry_record(entry), tty, width or 100,
                           crisis_mark=entry_sounds_like_crisis(entry))
        parts.append(rule + "\n" + text.rstrip("\n"))
    return "\n\n".join(parts) + "\n"

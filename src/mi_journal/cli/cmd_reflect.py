"""`mij reflect`: your own change talk gathered over time; `mij reflect hide` / `unhide` /
`hidden` set quotes aside and bring them back; `mij reflect tag` labels lines."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Group, Option
from mi_journal.cli.render import say
from mi_journal.messages import reflect as reflect_msg

if TYPE_CHECKING:
    import typer
    from rich.console import Console
    from rich.text import Text

    from mi_journal.cli.declare import Registry
    from mi_journal.reflect.summaries import Quote, Reflection, WeekTally

_MAX_STDIN_BYTES = 64 * 1024 * 1024
_WEEKS_SHOWN = 12
_BAR_WIDTH = 30


def register(app: Registry) -> None:
    reflect_app = Group(
        help="Your own words for change, gathered from your entries.",
        invoke_without_command=True,
        no_args_is_help=False,
    )
    reflect_app.callback(invoke_without_command=True)(reflect_command)
    reflect_app.command(
        "tag", short_help="Label statements from stdin as change, sustain or neutral talk."
    )(tag_command)
    reflect_app.command("hide", short_help="Set a quote aside so it is not shown again.")(
        hide_command)
    reflect_app.command("unhide", short_help="Bring back a quote you set aside.")(
        unhide_command)
    reflect_app.command("hidden", short_help="List the quotes you set aside.")(hidden_command)
    app.add_typer(reflect_app, name="reflect")


def reflect_command(
    ctx: typer.Context,
    since: str = Option(
        None, "--since", help="Start date: 2026-03-01, yesterday, 7d, 3m, 1y."
    ),
    as_json: bool = Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Your own words for change over a period: grouped by kind (what you will do
    first), the reasons you come back to, and change and sustain talk week by week."""
    if ctx.invoked_subcommand is not None:
        return
    from mi_journal.cli.journal_view import index_notice
    from mi_journal.cli.render import console, print_json
    from mi_journal.core.dates import parse_since
    from mi_journal.core.paths import get_paths
    from mi_journal.reflect.stored_talk import journal_reflection
    from mi_journal.reflect.summaries import reflection_json

    start = parse_since(since) if since is not None else None
    reflection, problems = journal_reflection(get_paths(), start, notice=index_notice)
    _warn_unreadable(problems)
    if as_json:
        print_json(reflection_json(reflection))
        return
    _print_reflection(console(), reflection, since is not None)


def tag_command() -> None:
    """Label statements read from stdin, one per line, as change, sustain or neutral
    talk; prints one JSON object per line: {"text", "label", "kind", "cues", "crisis"}
    ("crisis" is true for crisis words, never labelled change). A line
    may also be a JSON object {"text": ..., "question": ...}: the statement is then
    read as the answer to that question."""
    from mi_journal.changetalk import tag_statement
    from mi_journal.cli.render import stdin_is_terminal
    from mi_journal.core.errors import MijError, UsageProblem
    from mi_journal.core.textsafe import safe_json_lines
    from mi_journal.messages.reflect import REFLECT_TAG_NEEDS_INPUT

    if stdin_is_terminal():
        raise UsageProblem(REFLECT_TAG_NEEDS_INPUT)
    data = sys.stdin.buffer.read(_MAX_STDIN_BYTES + 1)
    if len(data) > _MAX_STDIN_BYTES:
        raise MijError(reflect_msg.TAG_INPUT_TOO_LARGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise MijError(reflect_msg.tag_input_not_utf8(line)) from None
    rows: list[dict[str, object]] = []
    for line in text.splitlines():
        if line.strip():
            said, question = _statement_and_question(line)
            rows.append(tag_statement(said, question=question).as_dict())
    if rows:
        sys.stdout.write(safe_json_lines(rows))
        sys.stdout.flush()


def hide_command(
    reference: str = Argument(
        ..., help="The quote's reference as `mij reflect` shows it, or words from it."),
) -> None:
    """Set one of your quotes aside: it is not shown again in `mij reflect` or in an
    export's change-talk section. Nothing is deleted; `mij reflect unhide` brings it back."""
    from mi_journal.cli.render import console, say
    from mi_journal.core.paths import get_paths
    from mi_journal.messages.reflect import reflect_hidden_done
    from mi_journal.reflect.summaries import hide_quote
    from mi_journal.storage.entries import load_entries

    paths = get_paths()
    loaded = load_entries(paths)
    _warn_unreadable(loaded.problems)
    item = hide_quote(paths, loaded.entries, reference)
    from mi_journal.changetalk.select import quote_ref

    out = console()
    ref = quote_ref(item.text)
    say(out, f"\u201c{' '.join(item.text.split())}\u201d", "dim")
    # Through `wrap`: rich broke "`mij reflect unhide" / "cb8c25`" at 100 columns.
    say(out, reflect_hidden_done(ref), keep=(f"`mij reflect unhide {ref}`",))


def unhide_command(
    reference: str = Argument(
        ..., help="The reference `mij reflect hidden` shows, or words from the quote."),
) -> None:
    """Bring back a quote you set aside, so it is shown again."""
    from mi_journal.cli.render import console, say
    from mi_journal.core.paths import get_paths
    from mi_journal.messages.reflect import reflect_unhidden_done
    from mi_journal.reflect.summaries import unhide_quote

    item = unhide_quote(get_paths(), reference)
    out = console()
    say(out, f"\u201c{' '.join(item.text.split())}\u201d", "dim")
    say(out, reflect_unhidden_done())


def hidden_command(
    as_json: bool = Option(False, "--json", help="Print the list as JSON."),
) -> None:
    """The quotes you set aside, each with the reference `mij reflect unhide` takes."""
    from mi_journal.changetalk.select import quote_ref
    from mi_journal.cli.render import console, print_json, safe
    from mi_journal.core.paths import get_paths
    from mi_journal.messages.reflect import REFLECT_HIDDEN_NONE, REFLECT_HIDDEN_TITLE
    from mi_journal.storage.hidden import load_hidden

    quotes = load_hidden(get_paths()).quotes
    if as_json:
        print_json([{"text": q.text, "entry": q.entry, "hidden": q.hidden.isoformat(),
                     "ref": quote_ref(q.text)} for q in quotes])
        return
    from mi_journal.cli.render import say_text

    out = console()
    if not quotes:
        say(out, REFLECT_HIDDEN_NONE)
        return
    say(out, REFLECT_HIDDEN_TITLE, "bold")
    for quote in quotes:
        line = safe(f"  \u201c{' '.join(quote.text.split())}\u201d")
        line.append(f"  [{quote_ref(quote.text)}]", style="dim")
        say_text(out, line, hang=3)


def _statement_and_question(line: str) -> tuple[str, str | None]:
    """A plain line, or a JSON object line {"text": ..., "question": ...}."""
    if not line.lstrip().startswith("{"):
        return line, None
    import json

    try:
        data = json.loads(line)
    except ValueError:
        return line, None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return line, None
    question = data.get("question")
    return data["text"], question if isinstance(question, str) and question.strip() else None


def _warn_unreadable(problems: Sequence[object]) -> None:
    from mi_journal.cli.exits import print_error
    from mi_journal.messages.reflect import REFLECT_FILE_SKIPPED

    for problem in problems:  # wrapped between words on a terminal, whole to a file
        print_error(f"{REFLECT_FILE_SKIPPED} {problem}")


def _print_reflection(out: Console, reflection: Reflection, filtered: bool) -> None:
    from mi_journal.cli.render import safe, say_text
    from mi_journal.messages import reflect as reflect_msg

    if reflection.entries == 0:
        say(out, reflect_msg.REFLECT_NO_ENTRIES_SINCE if filtered
            else reflect_msg.REFLECT_NO_ENTRIES)
        return
    say(out, reflect_msg.REFLECT_TITLE, "bold")
    period = reflect_msg.reflect_period(reflection.since.isoformat()) if reflection.since else (
        reflect_msg.REFLECT_PERIOD_ALL
    )
    counted = reflect_msg.reflect_counted(reflection.entries, reflection.statements)
    say(out, f"{period} {counted}", "dim")
    out.print()
    if reflection.crisis_left_out:
        say(out, reflect_msg.REFLECT_CRISIS_LEFT_OUT)  # through `wrap`: `mij crisis` stays whole
        out.print()
    if not reflection.groups:
        say(out, reflect_msg.REFLECT_NO_CHANGE_TALK)
    shown = sum(len(group.quotes) for group in reflection.groups)
    if reflection.strongest and shown > len(reflection.strongest):
        say(out, reflect_msg.REFLECT_STRONGEST_HEADING, "bold")
        for quote in reflection.strongest:
            say_text(out, _quote_line(quote), hang=3, keep=[_quote_where(quote)])
        out.print()
    for group in reflection.groups:
        say(out, reflect_msg.REFLECT_KIND_HEADINGS.get(group.kind, group.kind), "bold")
        for quote in group.quotes:
            say_text(out, _quote_line(quote), hang=3, keep=[_quote_where(quote)])
        if group.total > len(group.quotes):
            more = group.total - len(group.quotes)
            say(out, "  " + reflect_msg.reflect_more_in_kind(more), "dim")
        out.print()
    if reflection.hidden:
        say(out, reflect_msg.reflect_set_aside(reflection.hidden), "dim")
        out.print()
    if reflection.themes:
        say(out, reflect_msg.REFLECT_THEMES_HEADING, "bold")
        for theme in reflection.themes:
            line = safe(f"  {reflect_msg.reflect_theme(theme.word, theme.count)} ")
            line.append_text(safe(f"\u201c{' '.join(theme.example.text.split())}\u201d", "italic"))
            say_text(out, line)
        out.print()
    if reflection.sustain:
        say(out, reflect_msg.reflect_sustain_brief(reflection.sustain), "dim")
        out.print()
    if reflection.weeks and (reflection.change or reflection.sustain):
        _print_weeks(out, reflection.weeks)
        out.print()
    say(out, reflect_msg.REFLECT_HOW, "dim")


def _quote_line(quote: Quote) -> Text:
    from mi_journal.cli.render import safe

    line = safe(f"  \u201c{' '.join(quote.text.split())}\u201d")
    line.append(f"  {_quote_where(quote)}", style="dim")
    return line


def _quote_where(quote: Quote) -> str:
    """The date and the reference, kept on one line: a reference alone on a line read
    as belonging to nothing."""
    return f"{quote.day.isoformat()}  [{quote.ref}]"


def _print_weeks(out: Console, weeks: list[WeekTally]) -> None:
    from rich.cells import cell_len
    from rich.text import Text

    from mi_journal.cli.render import console_width, say_text
    from mi_journal.messages import reflect as reflect_msg

    shown = weeks[-_WEEKS_SHOWN:]
    top = max(max(w.change, w.sustain) for w in shown) or 1
    scale = min(1.0, _BAR_WIDTH / top)
    out.print(Text(reflect_msg.REFLECT_WEEKS_HEADING, style="bold"))
    for week in shown:
        line = Text(f"  {week.start:%b %d}  ", style="dim")
        change = round(week.change * scale) or (1 if week.change else 0)
        sustain = round(week.sustain * scale) or (1 if week.sustain else 0)
        line.append("█" * change, style="green")
        line.append(f" {week.change}" if week.change else " ·", style="green")
        line.append("   ")
        line.append("░" * sustain, style="yellow")
        line.append(f" {week.sustain}" if week.sustain else " ·", style="yellow")
        out.print(line, no_wrap=True, overflow="crop")
    change_key = Text("  ")
    change_key.append("█", style="green")
    change_key.append(f" {reflect_msg.REFLECT_LEGEND_CHANGE}")
    sustain_key = Text("  ")
    sustain_key.append("░", style="yellow")
    sustain_key.append(f" {reflect_msg.REFLECT_LEGEND_SUSTAIN}")
    legend = change_key + Text(" ") + sustain_key
    width = console_width(out)
    if width is None or cell_len(legend.plain) <= width:
        out.print(legend, soft_wrap=True)
    else:  # one key a line, each wrapped whole, rather than "as they" / "are"
        say_text(out, change_key, hang=4)
        say_text(out, sustain_key, hang=4)
    hidden = len(weeks) - len(shown)
    if hidden:
        out.print(Text("  " + reflect_msg.reflect_weeks_hidden(hidden), style="dim"))

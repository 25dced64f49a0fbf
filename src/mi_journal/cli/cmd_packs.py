"""`mij pack list` and `mij pack show`: the packs you can use."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from mi_journal.cli.declare import Argument, Group, Option
from mi_journal.cli.render import say

if TYPE_CHECKING:

    from mi_journal.cli.declare import Registry

pack_app = Group(help="Prompt packs: list, show, check, install.", no_args_is_help=True)


def register(app: Registry) -> None:
    app.add_typer(pack_app, name="pack")


def _pack_summary(entry: Any) -> dict[str, Any]:
    from mi_journal.packs.summaries import summary_of

    return summary_of(entry.pack, entry.source, entry.location).as_row()


@pack_app.command(
    "list", short_help="List built-in and installed packs, with stages and prompt counts."
)
def list_command(
    as_json: bool = Option(False, "--json", help="Print the list as JSON."),
) -> None:
    """List the built-in and installed packs, their stages and prompt counts."""
    from mi_journal.cli.render import print_json, said_width, show_said
    from mi_journal.core.paths import get_paths
    from mi_journal.packs.summaries import pack_summaries

    listing = pack_summaries(get_paths())
    if listing.problems:
        from mi_journal.cli.exits import print_error
        from mi_journal.messages import packs as packs_msg

        for problem in listing.problems:
            print_error(packs_msg.pack_skipped(problem))
    rows = [summary.as_row() for summary in listing.packs]
    if as_json:
        print_json(rows)
        return
    from mi_journal.cli.render import Said
    from mi_journal.cli.wrap import column_rows
    from mi_journal.journal.changes import NARROW_ROW

    # One row per pack, cut to the screen; on a narrow one the stages make way.
    width = said_width()
    if width is not None and width < NARROW_ROW:
        table = [("id", "prompts", "source", "title")] + [
            (row["id"], str(row["prompts"]), row["source"], row["title"]) for row in rows]
    else:
        table = [("id", "prompts", "source", "stages", "title")] + [
            (row["id"], str(row["prompts"]), row["source"], ", ".join(row["stages"]),
             row["title"]) for row in rows]
    show_said([Said(line, "bold" if number == 0 else "", whole=True)
               for number, line in enumerate(column_rows(table, width))])


@pack_app.command("show")
def show_command(
    pack_id: str = Argument(..., metavar="ID", help="The pack id."),
    as_json: bool = Option(False, "--json", help="Print the pack as JSON."),
) -> None:
    """Show a pack's prompts, grouped by stage."""
    from mi_journal.cli.render import console, print_json
    from mi_journal.core.paths import get_paths
    from mi_journal.packs.registry import find_pack

    entry = find_pack(get_paths(), pack_id)
    pack = entry.pack
    if as_json:
        data = _pack_summary(entry)
        data["prompts"] = [
            prompt.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
            | {"id": prompt.id, "stage": prompt.stage.value, "kind": prompt.kind.value}
            for prompt in pack.prompts
        ]
        if pack.assignment is not None:
            data["assignment"] = pack.assignment.model_dump(mode="json", exclude_none=True)
        print_json(data)
        return
    out = console()
    say(out, f"{pack.pack.title} ({pack.id} {pack.pack.version}, {entry.source})", "bold")
    if pack.pack.description:
        say(out, pack.pack.description)
    if pack.assignment is not None:
        assignment = pack.assignment
        from mi_journal.messages import packs as packs_msg

        days = [day.isoformat() for day in (assignment.start, assignment.due) if day is not None]
        line = packs_msg.pack_homework(assignment.assigned_by, assignment.frequency, days)
        say(out, line, "dim")
        if assignment.note:
            say(out, assignment.note, "dim")
    for stage in pack.stages:
        out.print()
        say(out, stage.value.capitalize(), "bold underline")
        for prompt in pack.prompts:
            if prompt.stage is not stage:
                continue
            extra = " (optional)" if prompt.optional else ""
            say(out, f"  {prompt.id} [{prompt.kind.value}]{extra}", "dim")
            say(out, f"    {prompt.text}", hang=4)
            for line, style, hang in _prompt_details(pack, prompt):
                say(out, line, style, hang=hang)


def _prompt_details(pack: Any, prompt: Any) -> list[tuple[str, str, int]]:
    """What a counsellor checks the flow with, under a prompt's text: its help, its
    choices, a ruler's range and labels, and when it is asked. (line, style, hang)"""
    from mi_journal.messages import packs as packs_msg
    from mi_journal.storage.models import AnswerKind

    lines: list[tuple[str, str, int]] = []
    if prompt.help:
        lines.append((f"    {packs_msg.pack_show_help(prompt.help)}", "dim", 6))
    if prompt.kind is AnswerKind.scale:
        low, high = prompt.bounds
        labels = sorted(prompt.labels.items(), key=lambda item: int(item[0]))
        lines.append((f"    {packs_msg.pack_show_scale(low, high, labels)}", "", 6))
    if prompt.choices:
        if prompt.kind is AnswerKind.multi_choice:
            lines.append((f"    {packs_msg.pack_show_picks(prompt.max_picks)}", "", 6))
        width = len(str(len(prompt.choices)))
        lines += [(f"      {number:>{width}}. {choice}", "", 8 + width)
                  for number, choice in enumerate(prompt.choices, start=1)]
    conditions = prompt.conditions()
    if conditions:
        counted = {p.id for p in pack.prompts
                   if p.kind in (AnswerKind.list, AnswerKind.multi_choice)}
        said = [packs_msg.pack_show_condition(
            condition.prompt, condition.model_dump(exclude_none=True, exclude={"prompt"}),
            condition.prompt in counted) for condition in conditions]
        lines.append((f"    {packs_msg.pack_show_when(said)}", "dim", 6))
    return lines


# --- counsellor commands: new, check, add, remove ---------------------------------------


@pack_app.command(
    "new", short_help="Write a commented starting pack showing every prompt kind."
)
def new_command(
    pack_id: str = Argument(..., metavar="ID", help="The new pack's id, e.g. first-week."),
    output: str = Option(
        None, "--output", "-o", metavar="FILE",
        help="Where to write it (default ./ID.toml; '-' prints it).",
    ),
) -> None:
    """Write a commented starting pack (every prompt kind, a condition, placeholders)."""
    from pathlib import Path

    from mi_journal.cli.render import console
    from mi_journal.messages import packs as packs_msg
    from mi_journal.packs.authoring import starter_pack, write_starter

    if output == "-":
        sys.stdout.write(starter_pack(pack_id))
        return
    target = write_starter(pack_id, Path(output) if output else None)
    say(console(), packs_msg.pack_new_written(str(target), pack_id))


@pack_app.command(
    "check", short_help="Check packs for errors and MI-style wording, with suggestions."
)
def check_command(
    files: list[str] = Argument(..., metavar="FILE...", help="Pack files to check."),
    strict: bool = Option(False, "--strict", help="Treat MI-style warnings as problems."),
    as_json: bool = Option(False, "--json", help="Print the findings as a JSON list."),
) -> None:
    """Check packs: errors (exit 1) and MI-style warnings with a suggested rewording.

    Warnings: closed-question, no-follow-up, righting-reflex, presumes-change, labeling,
    ruler-why-not-ten, ruler-required, too-long, placeholder-repeated, assignment-left-out,
    markup, escape-code (text the person would see as written). They leave the exit code
    at 0 unless --strict is given.
    Every error and warning comes in one run (a TOML syntax error alone: the file cannot
    be read past it). Findings are grouped by prompt; a pack without errors ends with its
    questions counted as MITI counts them (rulers and picks are closed).
    """
    from pathlib import Path

    from mi_journal.cli.render import console, print_json, say
    from mi_journal.messages import lint as lint_msg
    from mi_journal.packs.lint import check_file, fails

    findings = []
    checked = []
    for name in files:
        pack, found = check_file(Path(name))
        findings.extend(found)
        checked.append((name, pack, found))
    if as_json:
        print_json([finding.as_dict() for finding in findings])
    else:
        out = console()
        for name, pack, found in checked:
            _print_pack_findings(out, name, pack, found)
        errors = sum(1 for finding in findings if finding.level == "error")
        warnings = len(findings) - errors
        say(out, lint_msg.check_summary(len(files), errors, warnings), "bold")
        if any(finding.code == "syntax" for finding in findings):
            say(out, lint_msg.CHECK_SYNTAX_ALONE, "dim")
        if warnings and not strict:
            say(out, lint_msg.CHECK_STRICT_HINT, "dim")
    if fails(findings, strict):
        import typer

        raise typer.Exit(1)


def _print_pack_findings(out: Any, name: str, pack: Any, found: list[Any]) -> None:
    """One pack: its findings grouped under the prompt they are about, then its questions."""
    from mi_journal.cli.render import console_width, safe
    from mi_journal.cli.wrap import wrap
    from mi_journal.messages import lint as lint_msg
    from mi_journal.packs.lint import count_questions

    if not found and pack is None:
        return
    say(out, name, "bold")
    current: object = object()
    for finding in found:
        if finding.prompt != current:
            current = finding.prompt
            heading = f"prompt {finding.prompt}" if finding.prompt else "the pack"
            say(out, f"  {heading}:")
        style = "red" if finding.level == "error" else "yellow"
        label = f"    {finding.level} [{finding.code}] "
        # One helper wraps it all: the message hangs under the label's start, not at column 0.
        for number, part in enumerate(wrap(label + finding.message, console_width(out), 6)):
            if number == 0 and part.startswith(label):
                out.print(safe(label, style) + safe(part[len(label):]), soft_wrap=True)
            else:
                out.print(safe(part), soft_wrap=True)
    if pack is not None:
        count = count_questions(pack)
        say(out, "  " + lint_msg.question_summary(
            count.open, count.closed, count.rulers, count.choices, count.yes_no,
            count.percent_open,
        ), "dim")


@pack_app.command("add")
def add_command(
    file: str = Argument(..., metavar="FILE", help="The pack file to install."),
    replace: bool = Option(
        False, "--replace", help="Install even if a pack with this id exists (yours wins)."
    ),
) -> None:
    """Check a pack and install it into your packs folder under its id."""
    from pathlib import Path

    from mi_journal.cli.render import console
    from mi_journal.core.paths import get_paths
    from mi_journal.messages import homework as homework_msg
    from mi_journal.messages import packs as packs_msg
    from mi_journal.packs.install import install_pack

    done = install_pack(get_paths(), Path(file), replace=replace)
    title = done.pack.pack.title
    say(console(), packs_msg.pack_installed(done.pack.id, title, done.replaced))
    if done.pack.assignment is not None:
        say(console(), homework_msg.homework_next(done.pack.id), "dim")


@pack_app.command("remove")
def remove_command(
    pack_id: str = Argument(..., metavar="ID", help="The installed pack's id."),
    force: bool = Option(
        False, "--force", help="Remove it even though a paused interview uses it."
    ),
) -> None:
    """Remove a pack you installed. Entries written with it stay in your journal."""
    from mi_journal.cli.render import console
    from mi_journal.core.errors import MijError
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.drafts import list_drafts
    from mi_journal.messages import packs as packs_msg
    from mi_journal.packs.install import remove_pack

    paths = get_paths()
    paused = [d for d in list_drafts(paths).drafts if d.pack == pack_id]
    if paused and not force:
        # A paused interview can only go on with its pack: keep what was typed resumable.
        raise MijError(packs_msg.pack_remove_has_drafts(pack_id, len(paused)))
    builtin_back = remove_pack(paths, pack_id)
    say(console(), packs_msg.pack_removed(pack_id, builtin_back))

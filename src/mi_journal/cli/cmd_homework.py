"""`mij homework` and `mij homework do ID`: packs handed over by a counsellor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Group, Option
from mi_journal.cli.render import say

if TYPE_CHECKING:
    import typer
    from rich.console import Console

    from mi_journal.cli.declare import Registry
    from mi_journal.interview.homework import Homework

homework_app = Group(
    help="Homework packs from a counsellor: progress, what is due, and doing the next one.",
    invoke_without_command=True,
)


def register(app: Registry) -> None:
    app.add_typer(
        homework_app, name="homework",
        short_help="Homework from a counsellor: progress and the next one to do.",
    )


def status_text(item: Homework) -> str:
    from mi_journal.messages import homework as homework_msg

    assignment = item.assignment
    due = assignment.due.isoformat() if assignment.due is not None else None
    if item.status == "done":
        return homework_msg.homework_all_done(item.done)
    if item.status == "upcoming" and assignment.start is not None:
        return homework_msg.homework_starts(assignment.start.isoformat())
    if item.status == "room-left":
        return homework_msg.HOMEWORK_ROOM_LEFT
    if item.status == "due-today":
        return homework_msg.homework_for_today(due)
    return homework_msg.homework_done_for_now(due)


@homework_app.callback()
def homework_command(
    ctx: typer.Context,
    as_json: bool = Option(False, "--json", help="Print the list as JSON."),
) -> None:
    """List your homework packs with progress (e.g. 3 of 7) and what is due today."""
    if ctx.invoked_subcommand is not None:
        return
    from mi_journal.cli.render import Said, print_json, show_said
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.homework import homework_listing
    from mi_journal.messages import homework as homework_msg

    listing = homework_listing(get_paths())
    items = listing.items
    if listing.problems:
        from mi_journal.cli.exits import print_error
        from mi_journal.messages import packs as packs_msg

        for problem in listing.problems:
            print_error(packs_msg.pack_skipped(problem))
    if as_json:
        print_json([item.as_dict() for item in items])
        return
    if not items:
        show_said([Said(homework_msg.HOMEWORK_NONE)])
        return
    said = [Said(homework_msg.HOMEWORK_HEADING, "bold")]
    for item in items:
        assignment = item.assignment
        by = f" - from {assignment.assigned_by}" if assignment.assigned_by else ""
        said += [Said(), Said(f"{item.title} ({item.pack_id}){by}", "bold"),
                 Said(f"  {item.progress} ({assignment.frequency}); {status_text(item)}")]
        if assignment.note:
            said.append(Said(f"  {assignment.note}", "dim"))
        if item.status in ("waiting", "upcoming"):  # the next one can wait for its day
            said.append(Said(f"  {homework_msg.homework_early(item.pack_id)}", "dim"))
        elif item.status != "done":
            said.append(Said(f"  {homework_msg.homework_next(item.pack_id)}", "dim"))
    show_said(said)


@homework_app.command(
    "do", short_help="Do a homework pack: an interview with only the assigned prompts."
)
def do_command(
    pack_id: str = Argument(..., metavar="ID", help="The homework pack's id."),
    answers: str = Option(
        None, "--answers", metavar="FILE",
        help="Answer from a TOML or JSON file mapping prompt id -> value (`-` reads stdin).",
    ),
) -> None:
    """Do the next one: the same interview as `mij interview --pack ID`, limited to what
    was assigned."""
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.engine import Interview
    from mi_journal.interview.homework import assigned_prompts, find_homework

    paths = get_paths()
    pack = find_homework(paths, pack_id)
    interview = Interview(pack, None, only=assigned_prompts(pack))
    if answers is not None:
        from mi_journal.cli.interview_run import answer_from_file

        answer_from_file(paths, interview, answers)
        return
    from mi_journal.cli.interview_run import run_in_terminal
    from mi_journal.cli.render import stdin_is_terminal
    from mi_journal.core.errors import UsageProblem
    from mi_journal.messages import common as common_msg

    if not stdin_is_terminal():
        raise UsageProblem(common_msg.NOT_A_TERMINAL)
    run_in_terminal(paths, interview)


def print_due_today(out: Console) -> None:
    """The home screen's homework lines; a pack that cannot be read never gets in the way."""
    from mi_journal.core.errors import MijError
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.homework import due_today
    from mi_journal.messages import homework as homework_msg

    try:
        items = due_today(get_paths())
    except (MijError, OSError):
        return
    if not items:
        return
    out.print()
    say(out, homework_msg.HOMEWORK_DUE_TODAY_HEADING)
    for item in items:
        say(out, f"  {item.title}: {item.progress}. {homework_msg.homework_next(item.pack_id)}")

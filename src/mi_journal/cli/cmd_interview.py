"""`mij interview`, `mij checkin`, `mij resume`, `mij suggest`: guided interviews."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.declare import Argument, Option
from mi_journal.cli.interview_run import (
    answer_from_file,
    draft_keep,
    draft_line,
    resume_in_terminal,
    run_in_terminal,
)
from mi_journal.core.errors import UsageProblem

if TYPE_CHECKING:
    from mi_journal.cli.declare import Registry
    from mi_journal.core.paths import Paths
    from mi_journal.interview.engine import Interview


def register(app: Registry) -> None:
    app.command("interview")(interview_command)
    app.command("checkin")(checkin_command)
    app.command("resume")(resume_command)
    app.command(
        "suggest", short_help="A suggested next stage and its reason; the choice is yours."
    )(suggest_command)


ANSWERS_HELP = (
    "Answer from a TOML or JSON file mapping prompt id -> value (`-` reads stdin); "
    "no terminal needed."
)


def interview_command(
    stage: str = Argument(
        None, metavar="STAGE",
        help="engaging, focusing, evoking or planning (or a pack id). Leave out for the "
             "suggested one.",
    ),
    pack: str = Option(None, "--pack", "-p", help="Use this pack; with STAGE, only "
                       "that stage's questions."),
    answers: str = Option(None, "--answers", metavar="FILE", help=ANSWERS_HELP),
) -> None:
    """A guided interview, one question at a time. Your answers are kept if you stop."""
    from mi_journal.core.paths import get_paths
    from mi_journal.messages import interview as interview_msg
    from mi_journal.messages import suggest as suggest_msg

    paths = get_paths()
    if answers is not None:
        if stage is None and pack is None:
            raise UsageProblem(interview_msg.ANSWERS_NEED_A_STAGE)
        run_from_answers(paths, stage, pack, answers)
        return
    # An unknown stage or pack is said first, with or without a terminal.
    interview = _start(paths, stage, pack) if stage is not None or pack is not None else None
    _need_terminal()
    if interview is None:
        from mi_journal.cli.render import console, say
        from mi_journal.cli.welcome import welcome_first_time
        from mi_journal.interview.suggest import suggest_next

        suggestion = suggest_next(paths)
        interview = _start(paths, suggestion.target, None)
        welcome_first_time()  # before the suggestion's line (run_in_terminal's comes after)
        say(console(), suggest_msg.suggested_line(suggestion.target, suggestion.reason), "dim")
    run_in_terminal(paths, interview)


def checkin_command(
    answers: str = Option(None, "--answers", metavar="FILE", help=ANSWERS_HELP),
) -> None:
    """The daily check-in: a minute or two on how today went."""
    from mi_journal.core.paths import get_paths

    paths = get_paths()
    if answers is not None:
        run_from_answers(paths, None, "checkin", answers)
        return
    _need_terminal()
    run_in_terminal(paths, _start(paths, None, "checkin"))


def resume_command(
    draft: str = Argument(None, metavar="DRAFT",
                          help="The draft id (or its start or end); the latest if left out."),
    list_them: bool = Option(False, "--list", "-l", help="List paused interviews."),
    discard: bool = Option(False, "--discard", help="Delete the named draft instead "
                           "(after asking)."),
    yes: bool = Option(False, "--yes", "-y", help="With --discard: do not ask (for scripts)."),
) -> None:
    """Continue an interview you paused, where you left off."""
    from mi_journal.cli.render import console, print_plain, safe, stdin_is_terminal
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.drafts import delete_draft, find_draft, holding_draft, list_drafts
    from mi_journal.messages import interview as interview_msg

    paths = get_paths()
    if list_them:
        listing = list_drafts(paths)
        for problem in listing.problems:
            console(stderr=True).print(safe(f"mij: {problem.message}"))
        if not listing.drafts:
            print_plain(interview_msg.NO_DRAFTS)
        for item in listing.drafts:
            print_plain(draft_line(item), hang=len(item.id) + 2, keep=draft_keep(item))
        return
    if discard:
        if draft is None:
            raise UsageProblem(interview_msg.DISCARD_NEEDS_ID)
        found = find_draft(paths, draft)
        if not yes and not stdin_is_terminal():
            raise UsageProblem(interview_msg.DISCARD_NEEDS_CONFIRMATION)
        shown = draft_line(found)  # before holding it, which would mark it open
        with holding_draft(paths, found.id):  # refused while another terminal has it open
            if not yes and not _yes_to(interview_msg.discard_question(shown),
                                       keep=draft_keep(found)):
                print_plain(interview_msg.DISCARD_KEPT)
                return
            deleted = delete_draft(paths, found.id)
        if not deleted:
            from mi_journal.core.errors import MijError

            raise MijError(interview_msg.draft_not_discarded(found.id))
        print_plain(interview_msg.draft_discarded(found.id))
        return
    found = find_draft(paths, draft)
    _need_terminal()
    resume_in_terminal(paths, found.id)


def suggest_command(
    as_json: bool = Option(False, "--json", help="Print it as JSON."),
) -> None:
    """The suggested next stage, with its reason (only ever a suggestion)."""
    from mi_journal.cli.render import print_json, print_plain
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.suggest import suggest_next

    suggestion = suggest_next(get_paths())
    if as_json:
        print_json({"suggestion": suggestion.target, "reason": suggestion.reason})
    else:
        print_plain(f"{suggestion.target}: {suggestion.reason}", hang=len(suggestion.target) + 2)


# --- shared by the commands and the home screen ----------------------------------------


def _yes_to(question: str, keep: tuple[str, ...] = ()) -> bool:
    """Ask on the terminal; only y or yes is a yes (Enter, anything else, Ctrl-D: no).
    Ctrl-C stops with nothing changed. `keep`: pieces not to break across lines."""
    from mi_journal.cli.line_input import read_line
    from mi_journal.cli.render import print_plain
    from mi_journal.messages import interview as interview_msg

    print_plain(question, keep=keep)
    try:
        answer = read_line("> ").strip().lower()
    except EOFError:
        answer = ""
    except KeyboardInterrupt:
        import typer

        print_plain("")
        print_plain(interview_msg.DISCARD_KEPT_ON_INTERRUPT)
        raise typer.Exit(130) from None
    return answer in ("y", "yes")


def _need_terminal() -> None:
    from mi_journal.cli.render import stdin_is_terminal
    from mi_journal.messages import common as common_msg

    if not stdin_is_terminal():
        raise UsageProblem(common_msg.NOT_A_TERMINAL)


def _start(paths: Paths, stage: str | None, pack: str | None) -> Interview:
    from mi_journal.interview.session import start_interview

    return start_interview(paths, stage, pack)


def run_from_answers(paths: Paths, stage: str | None, pack: str | None, source: str) -> None:
    """Run an interview from a file, for scripts and tests: no terminal, no questions."""
    interview = _start(paths, stage, pack)
    answer_from_file(paths, interview, source)



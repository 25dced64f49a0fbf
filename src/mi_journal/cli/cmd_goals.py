"""`mij goals ...`: the person's own goals, their steps and statuses.

This module only parses arguments, calls mi_journal.goals.editing and renders the
result. The guided review lives in cli/goal_review.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from mi_journal.cli.declare import Argument, Group, Option
from mi_journal.cli.render import say
from mi_journal.core.errors import MijError, UsageProblem

if TYPE_CHECKING:
    from collections.abc import Collection

    import typer

    from mi_journal.cli.declare import Registry
    from mi_journal.core.paths import Paths
    from mi_journal.storage.models import Goal

HELP = "Your goals, in your own words: list, add, show, edit, steps, status, review."
# Tried in this order when neither $VISUAL nor $EDITOR is set.
_FALLBACK_EDITORS = ("nano", "vi")


def register(app: Registry) -> None:
    goals_app = Group(help=HELP, invoke_without_command=True, no_args_is_help=False)
    goals_app.callback(invoke_without_command=True)(goals_root)
    goals_app.command(
        "list", short_help="List your goals: active first, then paused (--all for the rest)."
    )(list_command)
    goals_app.command("add")(add_command)
    goals_app.command("show")(show_command)
    goals_app.command("edit")(edit_command)
    goals_app.command(
        "step", short_help="Add a step to a goal, or mark a step done or not done."
    )(step_command)
    goals_app.command("status")(status_command)
    goals_app.command(
        "review", short_help="A short guided look at each active goal, saved in your journal."
    )(review_command)
    app.add_typer(
        goals_app, name="goals", short_help="Your goals, in your own words, with steps and reviews."
    )


_ALL = Option(False, "--all", "-a", help="Include goals that are done or set aside.")
_JSON = Option(False, "--json", help="Print a JSON list of goal objects (see README).")


def goals_root(ctx: typer.Context, show_all: bool = _ALL, as_json: bool = _JSON) -> None:
    """Your goals, in your own words. With no command: the list."""
    if ctx.invoked_subcommand is None:
        list_command(show_all=show_all, as_json=as_json)


def list_command(show_all: bool = _ALL, as_json: bool = _JSON) -> None:
    """List your goals: active first, then paused (and with --all, done and set aside)."""
    from mi_journal.cli.render import Said, print_json, said_width, show_said
    from mi_journal.goals.listing import goal_records, hidden, shown, titles_named_by_id
    from mi_journal.messages import goals as goals_msg

    paths = _paths()
    records = goal_records(paths)
    goals = shown(records, include_all=show_all)
    from mi_journal.storage.sync import copy_notes

    for line in copy_notes(paths.goals):  # a sync tool's copy is not read: say so
        from mi_journal.cli.render import console, safe

        console(stderr=True).print(safe(f"mij: note: {line}"))
    if as_json:
        print_json(goals)
        return
    left_out = 0 if show_all else hidden(records)
    if not goals:
        show_said([Said(goals_msg.GOALS_NONE_SHOWN if left_out else goals_msg.GOALS_NONE_YET)])
        return
    by_id = titles_named_by_id(paths, goals)
    heading, *rows = goal_record_rows(goals, said_width(), by_id)
    said = [Said(heading, "bold", whole=True), *(Said(row, whole=True) for row in rows)]
    if left_out:
        said.append(Said(goals_msg.goals_hidden(left_out), "dim"))
    if by_id:
        said.append(Said(goals_msg.goals_not_repeated(
            [goal["id"] for goal in goals if goal["id"] in by_id])))
    show_said(said)


def goal_rows(goals: list[Goal], width: int | None) -> list[str]:
    """A heading and one row per goal, in columns; the goal's words are cut to
    `width` with an ellipsis (None: rows stay whole)."""
    from mi_journal.goals.editing import goal_to_dict

    return goal_record_rows([goal_to_dict(goal) for goal in goals], width)


def goal_record_rows(goals: list[dict[str, Any]], width: int | None,
                     named_by_id: Collection[str] = ()) -> list[str]:
    """`goal_rows` of goals in their JSON shape (`goal_to_dict`, as the index keeps them);
    the goals in `named_by_id` get a marker in place of their words (README, "Goals")."""
    from mi_journal.cli.wrap import column_rows
    from mi_journal.core.vocabulary import goal_status_label
    from mi_journal.messages import goals as goals_msg

    rows: list[tuple[str, ...]] = [("id", "status", "steps", "target", "goal")]
    for goal in goals:
        steps = goal["steps"]
        rows.append((goal["id"], goal_status_label(goal["status"]),
                     f"{goal['steps_done']}/{len(steps)}" if steps else "-",
                     goal["target"] or "-",
                     goals_msg.GOAL_TITLE_NOT_REPEATED if goal["id"] in named_by_id
                     else goal["title"]))  # one row per goal, even if typed on lines
    return column_rows(rows, width)


def add_command(
    title: list[str] = Argument(..., metavar="TITLE", help="The goal, in your own words."),
    why: str = Option("", "--why", help="What makes this goal matter to you."),
    target: str = Option(
        None, "--target", help="A target date: YYYY-MM-DD, today, tomorrow, +7d, 2w."
    ),
    step: list[str] = Option(None, "--step", help="A first step (repeatable)."),
    as_json: bool = Option(False, "--json", help="Print the new goal as JSON."),
) -> None:
    """Add a goal and print its id."""
    from mi_journal.cli.crisis import offer_crisis_lines
    from mi_journal.cli.render import print_json, print_plain
    from mi_journal.goals.editing import add_goal, goal_to_dict, target_from_words
    from mi_journal.messages import goals as goals_msg

    when = target_from_words(target) if target is not None else None
    goal = add_goal(_paths(), " ".join(title), why=why, target=when, steps=step or [])
    if as_json:
        print_json(goal_to_dict(goal))
    else:
        print_plain(goals_msg.goal_added(goal.id))
    offer_crisis_lines(goal.title, goal.why, *(item.text for item in goal.steps),
                       stderr=as_json)


def show_command(
    goal_id: str = Argument(..., metavar="ID", help="A goal id or its first letters."),
    as_json: bool = Option(False, "--json", help="Print the goal as JSON."),
) -> None:
    """Show one goal with its why, steps and notes."""
    from mi_journal.cli.goal_view import print_goal
    from mi_journal.cli.render import print_json
    from mi_journal.goals.editing import get_goal, goal_to_dict

    goal = get_goal(_paths(), goal_id)
    if as_json:
        print_json(goal_to_dict(goal))
        return
    print_goal(goal)
    from mi_journal.crisis.entries import goal_sounds_like_crisis

    if goal_sounds_like_crisis(goal):  # as the home screen says under such a goal
        from mi_journal.cli.render import console
        from mi_journal.messages import goals as goals_msg

        say(console(), goals_msg.GOAL_SHOW_PAIN, "bold")


def edit_command(
    goal_id: str = Argument(..., metavar="ID", help="A goal id or its first letters."),
    title: str = Option(None, "--title", help="A new title."),
    why: str = Option(None, "--why", help="A new 'why it matters'."),
    target: str = Option(None, "--target", help="A new target date (YYYY-MM-DD, +7d...)."),
    clear_target: bool = Option(False, "--clear-target", help="Remove the target date."),
) -> None:
    """Change a goal. With no options, on a terminal: opens it in your editor."""
    from mi_journal.cli.render import print_plain, stdin_is_terminal, stdout_is_terminal
    from mi_journal.goals.editing import edit_goal
    from mi_journal.messages import goals as goals_msg

    paths = _paths()
    if title is None and why is None and target is None and not clear_target:
        if not (stdin_is_terminal() and stdout_is_terminal()):
            raise UsageProblem(goals_msg.GOAL_EDIT_NEEDS_TERMINAL)
        _edit_in_editor(paths, goal_id)
        return
    if target is not None and clear_target:
        raise UsageProblem(goals_msg.GOAL_EDIT_TARGET_BOTH)
    changes: dict[str, Any] = {"title": title, "why": why}
    if clear_target:
        changes["target"] = None
    elif target is not None:
        from mi_journal.goals.editing import target_from_words

        changes["target"] = target_from_words(target)
    goal = edit_goal(paths, goal_id, **changes)
    print_plain(goals_msg.goal_saved(goal.id))
    from mi_journal.cli.crisis import offer_crisis_lines

    offer_crisis_lines(title or "", why or "")


def _edit_in_editor(paths: Paths, reference: str) -> None:
    from mi_journal.cli.render import console, print_plain
    from mi_journal.goals.editing import (
        GoalChangedMeanwhile,
        get_goal,
        goal_as_toml,
        goal_from_toml,
        proposal_as_toml,
        save_goal_edit,
    )
    from mi_journal.messages import goals as goals_msg

    base = get_goal(paths, reference)  # the goal as the person sees it in the editor
    shown = goal_as_toml(base)
    text = shown
    out = console()
    while True:
        text = _run_editor(paths, text)
        if text == shown:
            print_plain(goals_msg.GOAL_NO_CHANGE)
            return
        try:
            edited = goal_from_toml(base, text)
        except MijError as problem:
            say(out, goals_msg.goal_edit_problem(problem.message), "bold")
            if _open_again_or_keep(paths, base.id, text):
                continue
            print_plain(goals_msg.GOAL_EDIT_DISCARDED)
            return
        try:
            saved = save_goal_edit(paths, base, edited)
        except GoalChangedMeanwhile as clash:
            say(out, clash.message, "bold")
            for line in clash.meanwhile:
                say(out, f"  {line}")
            say(out, goals_msg.goal_edit_both_changed(clash.conflicts))
            if _ask_yes_or_keep(paths, base.id, text, goals_msg.GOAL_EDIT_REOPEN_ON_LATEST):
                base = clash.current  # the next save compares against this
                shown = goal_as_toml(base)
                text = proposal_as_toml(clash)
                continue
            print_plain(goals_msg.goal_edit_kept(str(_keep_edit(paths, base.id, text))))
            return
        except MijError as problem:
            kept = _keep_edit(paths, base.id, text)
            raise MijError(goals_msg.goal_edit_kept_after_problem(problem.message, str(kept))
                           ) from None
        if saved.meanwhile:
            say(out, goals_msg.goal_merged_meanwhile(saved.goal.id), "bold")
            for line in saved.meanwhile:
                say(out, f"  {line}")
        print_plain(goals_msg.goal_saved(saved.goal.id) if saved.changed
                    else goals_msg.GOAL_NO_CHANGE)
        if saved.changed:
            from mi_journal.cli.crisis import offer_crisis_lines

            offer_crisis_lines(*_new_words(base, saved.goal))
        return


def _keep_edit(paths: Paths, goal_id: str, text: str) -> Path:
    from mi_journal.goals.editing import keep_goal_edit

    return keep_goal_edit(paths, goal_id, text)


def _new_words(before: Goal, after: Goal) -> list[str]:
    """The person's words in `after` that `before` did not hold: only what was just
    written is read for crisis words."""
    def words(goal: Goal) -> list[str]:
        return [goal.title, goal.why, *(s.text for s in goal.steps), *(n.text for n in goal.notes)]

    old = set(words(before))
    return [text for text in words(after) if text not in old]


def _open_again_or_keep(paths: Paths, goal_id: str, text: str) -> bool:
    """The question `mij edit` asks too (Enter or o opens again, only d discards); on
    Ctrl-C or Ctrl-D the edit is kept in drafts/edits/ and one line says where."""
    from mi_journal.cli.edit_again import EditStopped, open_again

    try:
        return open_again()
    except EditStopped as stop:
        _stopped_keeping(paths, goal_id, text, interrupted=stop.interrupted)


def _ask_yes_or_keep(paths: Paths, goal_id: str, text: str, question: str) -> bool:
    """`_ask_yes`; Ctrl-C there keeps the edit as "n" (or Ctrl-D) does, and says where."""
    try:
        return _ask_yes(question)
    except KeyboardInterrupt:
        sys.stdout.write("\n")
        _stopped_keeping(paths, goal_id, text, interrupted=True)


def _stopped_keeping(paths: Paths, goal_id: str, text: str, *, interrupted: bool) -> NoReturn:
    import typer

    from mi_journal.cli.render import print_plain
    from mi_journal.messages import goals as goals_msg

    print_plain(goals_msg.goal_edit_kept_on_stop(str(_keep_edit(paths, goal_id, text))))
    raise typer.Exit(130 if interrupted else 0) from None


def _ask_yes(question: str) -> bool:
    # Wrapped between words, its "(y, or n ...)" kept whole: the terminal broke a long
    # prompt anywhere ("(y, or n to keep your edit" / " aside)" at 80 columns).
    from mi_journal.cli.render import terminal_width
    from mi_journal.cli.wrap import wrap

    choice = question[question.rfind("("):].strip() if "(" in question else ""
    *head, last = wrap(question.rstrip(), terminal_width(), 0, (choice,) if choice else ())
    while True:
        if head:
            sys.stdout.write("\n".join(head) + "\n")
            sys.stdout.flush()
        try:
            reply = input(last + " ").strip().lower()
        except EOFError:
            return False
        if reply in ("y", "yes"):
            return True
        if reply in ("n", "no"):
            return False


def editor_command() -> list[str]:
    """$VISUAL, then $EDITOR, then nano or vi: split like a shell would, never run by one."""
    import shlex
    import shutil

    for variable in ("VISUAL", "EDITOR"):
        value = os.environ.get(variable, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                words = []
            if not words:
                from mi_journal.messages import goals as goals_msg

                raise MijError(goals_msg.editor_missing(value))
            return words
    for name in _FALLBACK_EDITORS:
        found = shutil.which(name)
        if found:
            return [found]
    from mi_journal.messages import goals as goals_msg

    raise MijError(goals_msg.editor_missing(_FALLBACK_EDITORS[0]))


def _run_editor(paths: Paths, text: str) -> str:
    import subprocess
    import tempfile

    from mi_journal.messages import goals as goals_msg
    from mi_journal.storage.files import ensure_private_dir

    command = editor_command()
    ensure_private_dir(paths.cache)
    handle, name = tempfile.mkstemp(prefix="goal-edit-", suffix=".toml", dir=paths.cache)
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError:
            raise MijError(goals_msg.editor_missing(command[0])) from None
        if result.returncode != 0:
            raise MijError(goals_msg.editor_exit(result.returncode))
        from mi_journal.storage.files import read_bytes_limited
        from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

        # Whatever the editor left there: a FIFO or a huge file is refused, not waited on.
        raw = read_bytes_limited(path, MAX_DATA_FILE_BYTES)
        return raw.decode("utf-8", errors="replace")
    finally:
        path.unlink(missing_ok=True)


def step_command(
    goal_id: str = Argument(..., metavar="ID", help="A goal id or its first letters."),
    action: str = Argument(
        ..., metavar="add|done|undo",
        help="add: a new step; done: mark step N done; undo: mark step N not done again."),
    value: list[str] = Argument(..., metavar="TEXT|N", help="The step text, or its number."),
) -> None:
    """Add a step to a goal, or mark step N done (or not done again with undo)."""
    from mi_journal.cli.render import print_plain
    from mi_journal.goals.editing import add_step, mark_step
    from mi_journal.messages import goals as goals_msg

    paths = _paths()
    verb = action.strip().lower()
    if verb == "add":
        goal = add_step(paths, goal_id, " ".join(value))
        print_plain(goals_msg.goal_step_added(goal.id, len(goal.steps)))
        from mi_journal.cli.crisis import offer_crisis_lines

        offer_crisis_lines(" ".join(value))
        return
    if verb not in ("done", "undo"):
        raise UsageProblem(goals_msg.goal_step_bad_action(action))
    if len(value) != 1 or not value[0].strip().isdigit() or not value[0].strip().isascii():
        raise UsageProblem(goals_msg.goal_step_needs_number(verb))
    number = int(value[0])
    wanted = verb == "done"
    change = mark_step(paths, goal_id, number, done=wanted)
    if not change.changed:  # say so, rather than "one more step taken" again
        print_plain(goals_msg.goal_step_already(change.goal.id, number, wanted))
        return
    print_plain(goals_msg.goal_step_marked(change.goal.id, number, wanted))


def status_command(
    goal_id: str = Argument(..., metavar="ID", help="A goal id or its first letters."),
    status: list[str] = Argument(..., metavar="active|done|paused|set-aside",
                                 help="The goal's new status."),
    note: str = Option(None, "--note", help="A note in your own words, kept with the goal."),
) -> None:
    """Change a goal's status: active, done, paused or set aside."""
    from mi_journal.cli.crisis import offer_crisis_lines
    from mi_journal.cli.render import print_plain
    from mi_journal.goals.editing import change_status, parse_status, status_label
    from mi_journal.messages import goals as goals_msg

    chosen = parse_status(" ".join(status))
    change = change_status(paths=_paths(), reference=goal_id, status=chosen, note=note)
    goal = change.goal
    if change.before.status == chosen:  # the same status again: say so (a --note is kept)
        kept_note = note is not None and bool(note.strip())
        print_plain(goals_msg.goal_status_already(goal.id, status_label(goal.status), kept_note))
    else:
        print_plain(goals_msg.goal_status_changed(goal.id, status_label(goal.status)))
    offer_crisis_lines(note or "")


def review_command(
    answers: Path = Option(
        None, "--answers", metavar="FILE",
        help="TOML or JSON (- for stdin): goal id -> {went_well, in_the_way, decision}, "
             "for scripts.",
    ),
) -> None:
    """A short guided look at each active goal: what went well, what got in the way,
    and what you would like to do with it now. Saved in your journal."""
    from mi_journal.cli.goal_review import run_review

    run_review(_paths(), answers)


def _paths() -> Paths:
    from mi_journal.core.paths import get_paths

    return get_paths()

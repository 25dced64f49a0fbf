"""The interactive home screen: where things stand, a suggestion, and a free choice.

Shows the status line, the rulers sparkline, homework due today, paused
interviews, and the suggested next stage with its reason. The person picks: the
suggestion, any stage or pack, the check-in, a note, resuming, the crisis lines,
or leaving. Nothing optional may break it: each extra line is guarded, so home
always opens (with MIJ_DEBUG=1 what went wrong is shown, so a mistake in the code
is not hidden).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mi_journal.cli.render import console, console_width, safe, say
from mi_journal.messages import home as home_msg
from mi_journal.messages import journal as journal_msg

if TYPE_CHECKING:

    from mi_journal.core.paths import Paths


def _left_out(problem: Exception) -> None:
    """An optional line that could not be made is left out; MIJ_DEBUG=1 shows why."""
    from mi_journal.cli.exits import debug, print_debug_traceback

    if debug():
        print_debug_traceback(problem)


def _sparkline(paths: Paths) -> str | None:
    try:
        from mi_journal.reflect import trends

        line = trends.home_sparkline(paths)
    except Exception as problem:
        _left_out(problem)
        return None
    return line if isinstance(line, str) and line.strip() else None


def _homework(paths: Paths) -> list[Any]:
    """Homework one might do today; a pack that cannot be read never gets in the way."""
    try:
        from mi_journal.interview.homework import due_today

        return list(due_today(paths))
    except Exception as problem:
        _left_out(problem)
        return []


def _active_goals(paths: Paths) -> list[Any]:
    try:
        from mi_journal.goals.editing import list_goals

        return [goal for goal in list_goals(paths) if goal.status.value == "active"]
    except Exception as problem:
        _left_out(problem)
        return []


# Homework due today, then active goals, each on a number key (at most nine in all).
_NUMBER_KEYS = "123456789"


def _drafts(paths: Paths) -> list[Any]:
    try:
        from mi_journal.interview.drafts import list_drafts

        return list(list_drafts(paths).drafts)
    except Exception as problem:
        _left_out(problem)
        return []


def _suggestion(paths: Paths) -> tuple[str, str] | None:
    try:
        from mi_journal.interview.suggest import suggest_next

        found = suggest_next(paths)
    except Exception as problem:
        _left_out(problem)
        return None
    return found.target, found.reason


# How long after painful words the home screen still says so, for entries and drafts.
_PAIN_DAYS = 2


def _recent_pain(paths: Paths, drafts: Sequence[Any] = ()) -> bool:
    """Whether an entry from the last two days holds crisis wording, however many
    ordinary entries came after it, or an interview paused in them had shown the help
    lines: then the home screen says so before suggesting anything (a suggestion alone
    read as if nothing had been written)."""
    from datetime import timedelta

    from mi_journal.interview.drafts import paused_after_help_lines

    within = timedelta(days=_PAIN_DAYS)
    if any(paused_after_help_lines(draft, within) for draft in drafts):
        return True
    try:
        from mi_journal.journal.notes import recent_painful_entry

        return recent_painful_entry(paths, within)
    except Exception:  # the index cannot be used just now: nothing to say
        return False


def status_line(on_home_screen: bool = False, paused: bool = False) -> str:
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.notes import journal_status

    status = journal_status(get_paths())
    if status.entry_count == 0:
        if on_home_screen:  # "empty" read oddly above a paused interview (walk5)
            return home_msg.HOME_NO_ENTRIES_PAUSED if paused else home_msg.HOME_NO_ENTRIES
        return home_msg.STATUS_NO_ENTRIES
    assert status.latest is not None
    when = status.latest.strftime("%Y-%m-%d %H:%M")
    return home_msg.entry_count_status(status.entry_count, when)


def run_home_screen() -> None:
    from mi_journal.cli.line_input import enable_line_editing
    from mi_journal.core.paths import get_paths

    enable_line_editing()  # arrow keys, and bracketed paste for the note
    paths = get_paths()
    out = console()
    drafts = _drafts(paths)
    goals = _active_goals(paths)
    top: list[_Said] = [_Said(status_line(on_home_screen=True, paused=bool(drafts)))]
    if _recent_pain(paths, drafts):
        top.append(_Said(home_msg.HOME_RECENT_PAIN, "bold"))
    elif any(_painful_goal(goal) for goal in goals[:len(_NUMBER_KEYS)]):
        top.append(_Said(home_msg.HOME_GOALS_PAIN, "bold"))
    spark = _sparkline(paths)
    if spark:
        top.append(_Said(f"{home_msg.HOME_RULERS} {spark}"))
    homework = _homework(paths)
    suggestion = _suggestion(paths)
    below = [_Said(""), _Said(home_msg.home_suggestion(*suggestion))] if suggestion else []
    choices = _choices(suggestion, bool(drafts))
    numbered = _numbered(homework, goals)
    # All of it fits the screen, its first line included (walk6: 80x24 with 3 goals, a
    # paused interview and the painful-words line pushed it off): the menu takes a blank
    # row, its question, a row per key and the prompt; when that is too much, the
    # numbered keys share one row, and then only the latest paused interview is listed.
    width = console_width(out)
    height = out.height if out.is_terminal else None
    menu = 3 + len(choices) + len(numbered)
    listed = _drafts_said(drafts, 3)
    fold = height is not None and _rows(top + listed + below, width) + menu > height
    if fold and len(numbered) > 1:
        menu -= len(numbered) - 1
    if height is not None and _rows(top + listed + below, width) + menu > height:
        listed = _drafts_said(drafts, 1)
    for said in top + listed + below:
        if said.text:
            say(out, said.text, said.style, hang=said.hang, keep=said.keep)
        else:
            out.print()
    keys = {":q", *(key for key, _ in choices), *(key for key, _, _ in numbered)}
    queued = ""  # a menu key typed at the pause after the help lines
    try:
        while True:
            choice: str | None = queued or _pick_choice(
                choices, [(key, label) for key, label, _ in numbered], fold=fold)
            queued = ""
            if choice in ("q", ":q"):
                choice = None
            if choice is None:
                out.print()
                say(out, home_msg.HOME_GOODBYE)
                return
            picked = next((item for key, _, item in numbered if key == choice), None)
            if picked is not None and not hasattr(picked, "pack_id"):
                _show_goal(picked)  # then back to the menu
                continue
            if picked is not None:
                _homework_interview(paths, str(picked.pack_id))
                return
            if choice == "n":
                if _write_note() is True:
                    queued = _pause_after_crisis_lines(keys)
                continue  # then back to the menu
            if choice == "c":
                from mi_journal.cli.crisis import print_crisis

                out.print()
                print_crisis(reference=True)  # as `mij crisis`: overdose steps, 988 for others
                queued = _pause_after_crisis_lines(keys)
                continue  # then back to the menu, as after a note
            # Ctrl-C while picking a pack or a draft lands below too (an interview
            # handles its own Ctrl-C and keeps its draft).
            if _act(choice, paths, suggestion, drafts):
                return
            # Enter (or q) in the pack picker goes back to the menu, as it says
    except KeyboardInterrupt:
        import typer

        out.print()
        say(out, home_msg.HOME_STOPPED)
        raise typer.Exit(130) from None


def _numbered(homework: list[Any], goals: list[Any]) -> list[tuple[str, str, Any]]:
    items: list[tuple[str, Any]] = [
        (home_msg.home_choice_homework(item.title, item.progress), item) for item in homework]
    items += [(_goal_label(goal), goal) for goal in goals]
    return [(key, label, item) for key, (label, item) in zip(_NUMBER_KEYS, items, strict=False)]


@dataclass(frozen=True)
class _Said:
    """One piece of the home screen above the menu, as `say` takes it ("" a blank row)."""

    text: str
    style: str = ""
    hang: int | None = None
    keep: Sequence[str] = ()


def _rows(said: list[_Said], width: int | None) -> int:
    from mi_journal.cli.wrap import wrap

    return sum(len(wrap(item.text, width, item.hang, item.keep)) if item.text else 1
               for item in said)


def _drafts_said(drafts: Sequence[Any], most: int) -> list[_Said]:
    """The paused interviews, the latest `most` of them listed."""
    if not drafts:
        return []
    from mi_journal.cli.interview_run import draft_keep, draft_line

    said = [_Said(""), _Said(home_msg.HOME_DRAFTS)]
    said += [_Said(f"  {draft_line(draft)}", hang=len(draft.id) + 4, keep=draft_keep(draft))
             for draft in drafts[:most]]
    if len(drafts) > most:
        said.append(_Said(f"  {home_msg.home_more_drafts(len(drafts) - most)}", "dim"))
    return said


def _folded(numbered: list[tuple[str, str]], width: int | None) -> str:
    """The numbered keys on one row: "  [1-3] 1 your goal: Walk… · 2 your goal: Call…",
    each label cut to an equal share of the row."""
    from mi_journal.cli.wrap import fit

    head = f"  [{numbered[0][0]}-{numbered[-1][0]}] "
    share = None if width is None else max(8, (width - len(head)) // len(numbered) - 3)
    parts = [fit(f"{key} {' '.join(label.split())}", share) for key, label in numbered]
    return fit(head + " · ".join(parts), width)


def _pick_choice(choices: list[tuple[str, str]],
                 numbered: list[tuple[str, str]] | None = None,
                 fold: bool = False) -> str | None:
    from mi_journal.cli.line_input import read_line
    from mi_journal.cli.render import console_width
    from mi_journal.cli.wrap import fit

    out = console()
    out.print()
    say(out, home_msg.HOME_CHOICES_INTRO_NUMBERS if numbered else home_msg.HOME_CHOICES_INTRO)
    width = console_width(out)
    shown = list(choices)
    if numbered and fold and len(numbered) > 1:
        out.print(safe(_folded(numbered, width)), soft_wrap=True)
    else:
        shown = [*(numbered or []), *choices]
    for key, label in shown:
        # One row each, cut to the screen: a long goal must not push the menu off it.
        out.print(safe(fit(f"  [{key}] {' '.join(label.split())}", width)), soft_wrap=True)
    choices = [*(numbered or []), *choices]

    while True:
        try:
            choice = read_line("> ").strip().lower()
        except EOFError:
            return None
        if choice in ("q", ":q"):
            return None
        if not choice:  # Enter alone (say, to get past the welcome) never leaves
            say(out, home_msg.HOME_PICK_OR_LEAVE, "dim")
            continue
        if choice in {key for key, _ in choices}:
            return choice
        out.print(safe(home_msg.home_pick_a_letter("/".join(key for key, _ in choices)),
                       "yellow"))


def _choices(suggestion: tuple[str, str] | None, has_drafts: bool) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if suggestion is not None:
        choices.append(("s", home_msg.home_choice_suggested(suggestion[0])))
    choices.append(("i", home_msg.HOME_CHOICE_ANY))
    choices.append(("k", home_msg.HOME_CHOICE_CHECKIN))
    choices.append(("n", home_msg.HOME_CHOICE_NOTE))
    if has_drafts:
        choices.append(("r", home_msg.HOME_CHOICE_RESUME))
    choices.append(("c", home_msg.HOME_CHOICE_CRISIS))
    choices.append(("q", home_msg.HOME_CHOICE_QUIT))
    return choices


def _act(choice: str, paths: Paths, suggestion: tuple[str, str] | None,
         drafts: list[Any]) -> bool:
    """Do what `choice` names; False when the person stepped back out of a picker
    without choosing, so the menu comes again."""
    if choice == "s" and suggestion is not None:
        _interview(paths, suggestion[0], None)
    elif choice == "k":
        _interview(paths, "checkin", None)
    elif choice == "i":
        picked = _pick_pack(paths)
        if picked is None:
            return False
        _interview(paths, picked, None)  # a stage name or a pack id
    elif choice == "r" and drafts:
        from mi_journal.cli.interview_run import resume_in_terminal

        draft_id = _pick_draft(drafts)
        if draft_id is None:
            return False
        resume_in_terminal(paths, draft_id)
    return True


def _homework_interview(paths: Paths, pack_id: str) -> None:
    """As `mij homework do ID`: the pack's interview, limited to what was assigned."""
    from mi_journal.cli.interview_run import run_in_terminal
    from mi_journal.interview.engine import Interview
    from mi_journal.interview.homework import assigned_prompts, find_homework

    pack = find_homework(paths, pack_id)
    console().print()
    run_in_terminal(paths, Interview(pack, None, only=assigned_prompts(pack)))


def _goal_label(goal: Any) -> str:
    """The menu's words for a goal: its title, unless the title holds crisis language,
    even negated (walk5: "your goal: Stop thinking about ending it all" sat on the menu
    under the line saying such words were not repeated)."""
    try:
        from mi_journal.crisis.entries import goal_title_named_by_id

        quiet = goal_title_named_by_id(goal.title)  # as `mij goals list` (README, Goals)
    except Exception as problem:
        _left_out(problem)
        quiet = True  # in doubt, not quoted
    if quiet:
        return home_msg.home_choice_goal_unquoted(goal.id)
    return home_msg.home_choice_goal(goal.title)


def _painful_goal(goal: Any) -> bool:
    """The goal's own words hold crisis language (`crisis.entries`); never in the way."""
    try:
        from mi_journal.crisis.entries import goal_sounds_like_crisis

        return goal_sounds_like_crisis(goal)
    except Exception as problem:
        _left_out(problem)
        return False


def _show_goal(goal: Any) -> None:
    """The goal as `mij goals show` has it, and where to go from there."""
    from mi_journal.cli.goal_view import print_goal

    out = console()
    out.print()
    print_goal(goal)
    if _painful_goal(goal):
        say(out, home_msg.HOME_GOAL_PAIN, "bold")
    open_step = next((number for number, step in enumerate(goal.steps, start=1)
                      if not step.done), None)
    for line in home_msg.home_goal_next(goal.id, open_step):
        say(out, line, "dim")


def _interview(paths: Paths, stage: str | None, pack: str | None) -> None:
    from mi_journal.cli.interview_run import run_in_terminal
    from mi_journal.interview.session import start_interview

    console().print()
    run_in_terminal(paths, start_interview(paths, stage, pack))


def _pick_draft(drafts: list[Any]) -> str | None:
    """With one paused interview, that one; with several, the person picks (Enter: latest)."""
    from mi_journal.cli.interview_run import draft_keep, draft_line
    from mi_journal.cli.line_input import read_line

    if len(drafts) == 1:
        return str(drafts[0].id)
    out = console()
    out.print()
    say(out, home_msg.HOME_PICK_DRAFT)
    for number, draft in enumerate(drafts, start=1):
        say(out, f"  {number:>2}. {draft_line(draft)}", keep=draft_keep(draft))
    while True:
        try:
            reply = read_line("> ").strip()
        except EOFError:
            return None
        if not reply:
            return str(drafts[0].id)
        if reply.lower() in ("q", ":q"):
            return None
        if reply.isdigit() and 1 <= int(reply) <= len(drafts):
            return str(drafts[int(reply) - 1].id)
        say(out, home_msg.home_pick_a_draft(len(drafts)), "yellow")


def _pick_pack(paths: Paths) -> str | None:
    """Every stage and pack, numbered; returns a stage name or pack id, or None."""
    from mi_journal.cli.line_input import read_line
    from mi_journal.core.vocabulary import STAGE_NAMES
    from mi_journal.packs.registry import list_packs

    out = console()
    listing = list_packs(paths)
    by_id = {entry.pack.id: entry.pack for entry in listing.packs}
    order = [pid for pid in STAGE_NAMES if pid in by_id]
    order += sorted(pid for pid in by_id if pid not in STAGE_NAMES)
    out.print()
    say(out, home_msg.HOME_PICK_INTRO)
    for number, pack_id in enumerate(order, start=1):
        pack = by_id[pack_id]
        say(out, f"  {number:>2}. {pack_id} - {pack.pack.title}")
    while True:
        try:
            reply = read_line("> ").strip()
        except EOFError:
            return None
        if not reply or reply.lower() in ("q", ":q"):
            return None
        if reply.isdigit() and 1 <= int(reply) <= len(order):
            return order[int(reply) - 1]
        if reply.lower() in by_id:
            return reply.lower()
        say(out, home_msg.home_pick_a_number(len(order)), "yellow")


def write_note(tags: list[str]) -> None:
    """Bare `mij note` on a terminal: asks for the note, as the home screen does."""
    from mi_journal.cli.line_input import enable_line_editing

    enable_line_editing()
    try:
        _write_note(tags)
    except (KeyboardInterrupt, EOFError):
        import typer

        out = console()
        out.print()
        say(out, home_msg.NOTE_NOTHING_SAVED_ON_INTERRUPT)
        raise typer.Exit(130) from None


def _pause_after_crisis_lines(keys: Collection[str] = ()) -> str:
    """Wait for Enter before the menu comes back: printed at once, the menu pushed the
    kind sentence, 911 and Poison Help off a 24-row screen.

    Words typed at the pause are never dropped (walk-through: they were read as the
    pause's line and lost): they carry on as a note of their own, said so on screen,
    and after crisis words in it the pause comes again. A menu key typed alone there
    is returned, for the menu to act on; "" goes back to the menu."""
    from mi_journal.cli.line_input import wait_for_enter

    while True:
        console().print()
        try:
            ahead = wait_for_enter(home_msg.HOME_AFTER_CRISIS)
        except EOFError:  # the menu then meets the end of input too
            return ""
        if not ahead:
            return ""
        shown = _write_note(ahead=ahead, keys=keys)
        if isinstance(shown, str):
            return shown
        if not shown:
            return ""


def _write_note(tags: list[str] | None = None, ahead: str = "",
                keys: Collection[str] = ()) -> bool | str:
    """Lines until one empty line (or Ctrl-D), as in interviews; saved as a note.

    Ctrl-C after some lines keeps them as a note (and says how to delete it);
    crisis language shows the help lines gently after saving (then True).
    `ahead` and `keys`: words typed at the pause after the help lines carry on as a
    note (cli/note_lines.py); a menu key typed alone there is returned, to act on.
    """
    from mi_journal.cli.note import offer_crisis_lines
    from mi_journal.cli.note_lines import read_note_lines
    from mi_journal.core.paths import get_paths
    from mi_journal.journal.notes import add_note

    out = console()
    out.print()
    say(out, journal_msg.NOTE_FROM_PAUSE if ahead else home_msg.HOME_NOTE_PROMPT)
    try:
        typed = read_note_lines(ahead, keys)
    except KeyboardInterrupt as stop:
        text = "\n".join(getattr(stop, "lines", [])).strip()
        if not text:
            raise
        entry = add_note(get_paths(), text, tags or [])
        out.print()
        say(out, home_msg.home_note_kept_on_interrupt(entry.id))
        offer_crisis_lines(text)
        import typer

        raise typer.Exit(130) from None
    if typed.key:
        return typed.key
    if not typed.text:
        say(out, home_msg.HOME_NOTE_NOTHING)
        return False
    entry = add_note(get_paths(), typed.text, tags or [])
    say(out, f"{journal_msg.NOTE_SAVED} ({entry.id})")
    if ahead:  # the lines are just above: a short reminder, as an interview gives
        return _remind_of_the_lines(typed.text)
    return offer_crisis_lines(typed.text)


def _remind_of_the_lines(text: str) -> bool:
    """After crisis words in a note typed at the pause: the kind sentence and the lines
    again in a few rows, as a later answer in an interview gets; in full when it brings
    an overdose or someone else at risk (`print_crisis_again`). True when anything was
    shown."""
    from mi_journal.cli.crisis import find_in, print_crisis_again

    finding = find_in([text])
    if finding is None:
        return False
    console().print()
    print_crisis_again(finding, shown_before=True)
    return True

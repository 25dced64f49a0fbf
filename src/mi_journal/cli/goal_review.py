"""`mij goals review` on a terminal: a short, guided look at each active goal.

For each goal: what went well, what got in the way, then keep / adjust / pause /
set aside / done. The review is saved at the end; Ctrl-C before then leaves the
goals as they were, and keeps whatever the person had written as a note (someone
who stops to call for help must not lose their words). Scripts and tests pass
`--answers FILE` instead of a terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mi_journal.cli.render import say
from mi_journal.core.errors import DataFileError, FileRefused, MijError, UsageProblem
from mi_journal.messages import common as common_msg
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import goal_review as goal_review_msg

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.core.paths import Paths
    from mi_journal.goals.review import GoalReview
    from mi_journal.storage.models import Goal


def run_review(paths: Paths, answers_file: Path | None) -> None:
    from mi_journal.cli.render import console, stdin_is_terminal, stdout_is_terminal
    from mi_journal.goals.review import active_goals, reviews_from_mapping, save_review

    out = console()
    if answers_file is not None:
        answers = read_answers(answers_file)  # its problems name the file already
        try:
            reviews = reviews_from_mapping(paths, answers)
        except DataFileError:
            raise
        except MijError as problem:
            detail = problem.message.rstrip(".")
            unreadable = goal_review_msg.review_answers_unreadable(answers_file, detail)
            raise MijError(unreadable) from None
    else:
        if not (stdin_is_terminal() and stdout_is_terminal()):
            raise UsageProblem(common_msg.NOT_A_TERMINAL)
        from mi_journal.cli.line_input import enable_line_editing
        from mi_journal.cli.welcome import welcome_first_time

        enable_line_editing()
        welcome_first_time()  # the first time on a terminal, before the first question
        goals = active_goals(paths)
        if not goals:
            say(out, goal_review_msg.REVIEW_NO_ACTIVE)
            return
        written: list[tuple[str, str]] = []
        read: list[str] = []  # answers already read for crisis words, as they came
        try:
            reviews = ask_about(out, goals, written, read)
        except (KeyboardInterrupt, EOFError) as stop:
            import typer

            partial = getattr(stop, "partial", "").strip()
            # Only words not read yet: the answer being typed when the stop came. The
            # lines for an answer already read were shown right after it, once.
            unread = [answer for _, answer in written[len(read):]] + [partial]
            if partial and written:
                written[-1] = (written[-1][0], "\n".join(filter(None, [written[-1][1], partial])))
            out.print()
            kept = _keep_as_note(paths, written)
            say(out, goal_review_msg.REVIEW_STOPPED if kept is None
                else goal_review_msg.review_kept_on_interrupt(kept))
            if kept is not None:
                from mi_journal.cli.crisis import offer_crisis_lines

                offer_crisis_lines(*unread)
            raise typer.Exit(130) from None
    if not reviews:
        say(out, goal_review_msg.REVIEW_NOTHING)
        return
    entry = save_review(paths, reviews)
    out.print()
    for review in reviews:
        say(out, goal_review_msg.review_outcome(review.goal_id, review.named_title,
                                                review.outcome))
    say(out, goal_review_msg.review_saved(entry.id))
    say(out, goal_review_msg.REVIEW_CLOSING, "italic")
    if answers_file is not None:  # on a terminal the lines were shown as the words came
        from mi_journal.cli.crisis import offer_crisis_lines

        offer_crisis_lines(*(text for review in reviews for text in _written(review)))


def _written(review: GoalReview) -> list[str]:
    return [review.went_well, review.in_the_way, review.new_title, review.new_step]


def _keep_as_note(paths: Paths, written: list[tuple[str, str]]) -> str | None:
    """What was written before a stop, each answer under its question; None if nothing."""
    blocks = [f"{question}\n{answer}" for question, answer in written if answer.strip()]
    if not blocks:
        return None
    from mi_journal.journal.notes import add_note

    return add_note(paths, "\n\n".join([goal_review_msg.REVIEW_STOPPED_NOTE_TITLE, *blocks])).id


def ask_about(
    out: Console, goals: list[Goal], written: list[tuple[str, str]] | None = None,
    read: list[str] | None = None,
) -> list[GoalReview]:
    """Ask about each goal; every question and answer is also added to `written` as
    soon as it is typed (the typing so far is put there too when Ctrl-C comes), and
    each answer to `read` once it has been read for crisis words."""
    from mi_journal.crisis.detect import mentions_crisis
    from mi_journal.goals.review import GoalReview, mentions_setback

    written = [] if written is None else written
    read = [] if read is None else read

    say(out, goal_review_msg.REVIEW_INTRO)
    reviews = []
    shown: set[str] = set()  # crisis categories whose lines were shown
    for number, goal in enumerate(goals, start=1):
        out.print()
        review = GoalReview.of(goal)  # a goal with crisis words is never quoted
        say(out, goal_review_msg.review_heading(number, len(goals), review.goal_id,
                                                review.named_title), "bold", hang=2)
        review.went_well = _ask_text(out, review.ask("went_well"), shown, written, read)
        review.in_the_way = _ask_text(out, review.ask("in_the_way"), shown, written, read)
        said = (review.went_well, review.in_the_way)
        # After crisis words the help lines speak; a note about setbacks would read as
        # if those words were only a lapse.
        if any(map(mentions_setback, said)) and not any(map(mentions_crisis, said)):
            say(out, goal_review_msg.REVIEW_SETBACK_NOTE, "dim")
        review.decision = _ask_decision(out, review.ask("decision"))
        if review.decision == "adjust":
            review.new_title = _ask_text(out, review.ask("new_title"), shown, written, read)
            review.new_step = _ask_text(out, review.ask("new_step"), shown, written, read)
        reviews.append(review)
    return reviews


def _ask_text(
    out: Console, question: str, shown: set[str], written: list[tuple[str, str]],
    read: list[str],
) -> str:
    from mi_journal.cli.line_input import arrived_together, read_line

    say(out, question, "bold cyan")
    written.append((question, ""))
    lines = [read_line("> ")]
    written[-1] = (question, lines[0])
    while arrived_together():  # a pasted paragraph stays with this question
        lines.append(read_line("  "))
        written[-1] = (question, "\n".join(lines))
    answer = "\n".join(lines).strip()
    written[-1] = (question, answer)
    _check_crisis(out, answer, shown)
    read.append(answer)
    return answer


def _check_crisis(out: Console, answer: str, shown: set[str]) -> None:
    """Words that suggest danger: the help lines at once (in full the first time),
    then the review carries on; nothing is saved until the end, as before."""
    from mi_journal.crisis.detect import detect_crisis

    finding = detect_crisis(answer) if answer else None
    if finding is None:
        return
    from mi_journal.cli.crisis import print_crisis_again
    from mi_journal.cli.render import safe

    out.print()
    print_crisis_again(finding, shown_before=bool(shown))
    shown |= set(finding.categories)
    out.print(safe(crisis_msg.REVIEW_CRISIS_CONTINUE, "dim"))


def _ask_decision(out: Console, question: str) -> str:
    from mi_journal.cli.line_input import read_line
    from mi_journal.goals.review import DECISION_LETTERS, parse_decision

    say(out, question, "bold cyan")
    for letter, word in DECISION_LETTERS.items():
        meaning = goal_review_msg.REVIEW_DECISION_MEANINGS[word]
        say(out, f"  {letter}  {word.replace('-', ' ')}: {meaning}")
    while True:
        reply = read_line("> ").strip()
        if not reply:
            return "keep"
        try:
            return parse_decision(reply)
        except MijError:
            say(out, goal_review_msg.REVIEW_DECISION_AGAIN, "dim")


_MAX_ANSWERS_BYTES = 1024 * 1024


def _answers_from_stdin() -> dict[str, Any]:
    import sys

    from mi_journal.messages.interview import ANSWERS_TOO_LARGE

    source = Path("stdin")  # how the problems name it
    raw = sys.stdin.buffer.read(_MAX_ANSWERS_BYTES + 1)
    if len(raw) > _MAX_ANSWERS_BYTES:
        raise MijError(goal_review_msg.review_answers_unreadable(source, ANSWERS_TOO_LARGE))
    return _answers_from_bytes(source, raw)


def read_answers(path: Path) -> dict[str, Any]:
    """A TOML or JSON table of goal id -> answers (stdin for "-"); problems name the
    file and line."""
    from mi_journal.storage.files import read_bytes_limited

    if str(path) == "-":  # as `mij interview --answers -` and `mij checkin` read it
        return _answers_from_stdin()
    try:
        raw = read_bytes_limited(path, _MAX_ANSWERS_BYTES)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise MijError(goal_review_msg.review_answers_unreadable(path, reason)) from None
    except FileRefused:  # a link, not a regular file, too large: says so, naming the file
        raise
    except MijError as problem:  # could not read it: said as a problem with the answers
        detail = problem.message.rstrip(".")
        raise MijError(goal_review_msg.review_answers_unreadable(path, detail)) from None
    return _answers_from_bytes(path, raw)


def _answers_from_bytes(path: Path, raw: bytes) -> dict[str, Any]:
    import json

    from mi_journal.storage.tomlfile import parse_toml

    if raw.lstrip().startswith(b"{") or path.suffix.lower() == ".json":
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            not_text = goal_review_msg.review_answers_unreadable(path, goal_review_msg.NOT_UTF8)
            raise MijError(not_text) from None
        except json.JSONDecodeError as exc:
            detail = goal_review_msg.answers_json_error(exc.lineno, exc.colno, exc.msg)
            raise MijError(goal_review_msg.review_answers_unreadable(path, detail)) from None
    else:
        data = parse_toml(path, raw)
    if not isinstance(data, dict):
        raise MijError(
            goal_review_msg.review_answers_unreadable(path, goal_review_msg.ANSWERS_NOT_A_TABLE))
    return data

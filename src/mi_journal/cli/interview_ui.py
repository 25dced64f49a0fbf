"""The terminal side of an interview: one question at a time, kindly.

Only shows and reads; the engine decides. At any prompt the person may type
`?` (help), `<` or `:back`, `:skip` (optional questions), `:q` / `:quit`
(keeps a draft) or `:e` / `:edit` (opens $VISUAL or $EDITOR). Long answers and
lists take several lines, ended by an empty line. Every answer is saved to a
draft at once, and quit, Ctrl-C, Ctrl-D or a closed terminal keep it, including
lines already typed for the current question.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from types import FrameType
from typing import TYPE_CHECKING, Any

from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import homework as homework_msg
from mi_journal.messages import interview as interview_msg

if TYPE_CHECKING:
    from rich.console import Console

    from mi_journal.core.paths import Paths
    from mi_journal.interview.engine import Interview, Question
    from mi_journal.storage.models import Entry

MULTI_LINE_KINDS = ("long_text", "list")
# Kinds whose answer is the person's own words: lines pasted together stay in one
# answer. (A number or a choice is one line; lines after it answer the next questions.)
PASTE_KINDS = ("text", "long_text", "list")
COLUMNS_FROM = 12  # more choices than this are shown in columns
KEPT_SHOWN = 120  # columns of a kept answer echoed back (it was shown in full above)
HELP_WORDS = ("?", ":help", ":h")
BACK_WORDS = ("<", ":back", ":b")
SKIP_WORDS = (":skip", ":s")
QUIT_WORDS = (":q", ":quit")
EDIT_WORDS = (":e", ":edit")


class _Quit(Exception):
    """The person asked to stop for now (:q or Ctrl-D)."""


class _HangUp(BaseException):
    """The terminal went away (SIGHUP) or the process was asked to stop (SIGTERM)."""

    def __init__(self, signum: int = 1) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_hang_up(signum: int, frame: FrameType | None) -> None:
    raise _HangUp(signum)


@contextlib.contextmanager
def _hang_up_raises() -> Iterator[None]:
    names = [name for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]
    previous: dict[int, Any] = {}
    for name in names:
        number = getattr(signal, name)
        with contextlib.suppress(ValueError, OSError):
            previous[number] = signal.signal(number, _raise_hang_up)
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(number, handler)


def _enable_line_editing() -> None:
    from mi_journal.cli.line_input import enable_line_editing

    enable_line_editing()  # arrow keys, history and bracketed paste for input()


class InterviewUI:
    """Runs one interview on the terminal; `run()` returns the entry, or None if paused."""

    def __init__(
        self,
        paths: Paths,
        interview: Interview,
        *,
        draft_id: str | None = None,
        created: datetime | None = None,
        pending: str | None = None,
        out: Console | None = None,
    ) -> None:
        from mi_journal.cli.render import console
        from mi_journal.storage.models import now

        self.paths = paths
        self.interview = interview
        self.draft_id = draft_id
        self.created = created or now()
        self.pending_lines: list[str] = pending.split("\n") if pending else []
        self.pending_for = interview.position  # lines typed belong to this question only
        # Typed during the crisis pause: whole lines, then a line begun (see _read_line).
        self._typed_ahead: list[str] = []
        self._ahead_partial = ""
        self.out = out or console()
        self._shown_stage: object = None
        self._crisis_shown: set[str] = set()  # categories whose lines were shown
        self._reask = ""  # a prompt id: re-ask without showing the whole question again
        self._skip_asked = ""  # a prompt id: an empty Enter there was asked about once
        self._guess: tuple[str, int] | None = None  # "Did you mean 3?" asked at a prompt
        self._edit_buffer: tuple[str, str] = ("", "")  # (prompt id, text) after a refused edit
        # The lock of a draft this interview starts (a resumed one is held by its caller).
        self._draft_hold = contextlib.ExitStack()

    # --- output helpers ---------------------------------------------------------------

    def say(self, text: str, style: str = "") -> None:
        from mi_journal.cli.render import say

        say(self.out, text, style)

    def kind_note(self, text: str) -> None:
        self.say(text, "yellow")

    # --- drafts -----------------------------------------------------------------------

    def save_draft(self, pending: list[str] | None = None) -> bool:
        """Save the answers so far (and any lines typed); False when there is nothing."""
        from mi_journal.interview.drafts import draft_from_interview, new_draft_id, save_draft

        text = "\n".join(pending or []).strip("\n")
        if not self.interview.given and not text.strip() and self.draft_id is None:
            return False
        if self.draft_id is None:
            from mi_journal.interview.drafts import holding_draft

            draft_id = new_draft_id(self.created)
            self._draft_hold.enter_context(holding_draft(self.paths, draft_id))
            self.draft_id = draft_id
        save_draft(self.paths, draft_from_interview(
            self.interview, self.draft_id, self.created, pending=text or None))
        return True

    # --- the loop ---------------------------------------------------------------------

    def run(self) -> Entry | None:
        with self._draft_hold:
            return self._run()

    def _run(self) -> Entry | None:
        import typer

        if self.interview.finished and not self.interview.given:
            self.say(interview_msg.INTERVIEW_NOTHING_TO_ASK)
            return None
        if sys.stdin.isatty():
            _enable_line_editing()
        from mi_journal.interview.session import offer_earlier_answers

        offer_earlier_answers(self.paths, self.interview)
        typed: list[str] = []
        try:
            with _hang_up_raises():
                self._intro()
                while (question := self.interview.current()) is not None:
                    typed = []
                    self._ask(question, typed)
                typed = []
                self._keep_words_after_the_end()
        except _Quit:
            self._paused(typed)
            return None
        except KeyboardInterrupt as stop:
            partial = getattr(stop, "partial", "")
            if partial.strip():  # typed on the line but not yet entered: kept too
                typed.append(partial)
            self._paused(typed)
            raise typer.Exit(130) from None
        except (_HangUp, OSError) as gone:
            # The terminal is gone: save quietly, say nothing (there is no one to read it).
            with contextlib.suppress(Exception):
                self.save_draft(typed)
            code = 128 + gone.signum if isinstance(gone, _HangUp) else 129
            raise typer.Exit(code) from None
        return self._finish()

    def _intro(self) -> None:
        pack = self.interview.pack
        self.say(pack.pack.title, "bold")
        if pack.pack.description:
            self.say(pack.pack.description)
        if pack.assignment is not None:  # homework: who gave it, and their note
            given = homework_msg.homework_from(pack.assignment.assigned_by, pack.assignment.note)
            if given:
                self.say(given, "italic")
        self.say(interview_msg.INTERVIEW_KEYS, "dim")

    def _stages_interleave(self) -> bool:
        """True when the pack's stages come back after another (as in the daily
        check-in): a stage header would flip on every question, so the pack title,
        shown at the start, stands alone."""
        runs: list[object] = []
        for prompt in self.interview.prompts:
            if not runs or runs[-1] != prompt.stage:
                runs.append(prompt.stage)
        return len(runs) != len(set(runs))

    def _show_stage(self, question: Question) -> None:
        if self._shown_stage == question.stage or self._stages_interleave():
            return
        self._shown_stage = question.stage
        self.out.print()
        self.say(question.stage.value.capitalize(), "bold underline")
        self.say(interview_msg.STAGE_PURPOSE[question.stage.value], "italic")

    def _show_question(self, question: Question) -> None:
        prompt = question.prompt
        self._show_stage(question)
        self.out.print()
        optional = f" · {interview_msg.INTERVIEW_OPTIONAL}" if prompt.optional else ""
        self.say(f"{question.progress}{optional}", "dim")
        kind = prompt.kind.value
        # A long menu (values: 64) would push its question off the top: ask after it.
        long_menu = len(prompt.choices or []) > COLUMNS_FROM
        if not long_menu:
            self.say(question.text, "bold")
        if kind == "scale":
            from mi_journal.cli.render import say

            low, high = prompt.bounds
            each = [f"{key} = {prompt.labels[key]}"
                    for key in sorted(prompt.labels, key=lambda k: int(k))]
            say(self.out, interview_msg.scale_hint(low, high))
            if each:  # a line of their own, so a narrow screen never breaks one mid-way
                # "10 = completely ready" is never split after the "=".
                say(self.out, "   ".join(each), keep=each)
        elif kind in ("choice", "multi_choice"):
            self._show_choices(prompt.choices or [])
            if long_menu:
                self.say(question.text, "bold")
            if kind == "multi_choice":
                self.say(interview_msg.multi_choice_hint(prompt.max_picks), "dim")
        elif kind == "yes_no":
            self.say(interview_msg.YES_NO_HINT, "dim")
        elif kind in MULTI_LINE_KINDS:
            self.say(interview_msg.LIST_HINT if kind == "list"
                     else interview_msg.LONG_TEXT_HINT, "dim")
        if prompt.help:
            self.say(interview_msg.HELP_AVAILABLE, "dim")
        if question.has_previous:
            from mi_journal.packs.template import show_value

            value = question.previous
            if question.previous_skipped:
                lines = [interview_msg.EARLIER_SKIPPED]
            elif isinstance(value, list):
                lines = [f"- {item}" for item in value]
            else:
                lines = show_value(value).split("\n")
            self.say(interview_msg.EARLIER_ANSWER, "dim")
            for line in lines:
                self.say(f"  {line}", "dim")
        elif question.suggested is not None:
            self.say(interview_msg.SUGGESTED_ANSWER, "dim")
            self.say(f"  {question.suggested}", "dim")

    def _show_choices(self, choices: list[str]) -> None:
        """Numbered; a long list (e.g. values) in columns so it fits on one screen."""
        from mi_journal.cli.render import safe

        width = len(str(len(choices)))
        items = [f"{number:>{width}}. {choice}" for number, choice in enumerate(choices, 1)]
        if len(items) <= COLUMNS_FROM:
            for item in items:
                self.say(f"  {item}")
            return
        from rich.columns import Columns

        self.out.print(Columns([safe(item) for item in items], padding=(0, 3),
                               column_first=True))

    def _read_line(self, prompt: str = "> ", prefill: str = "") -> str:
        """The next line typed: first those typed during the crisis pause (shown on
        the prompt they answer, as if typed there), then the terminal's, a key or two
        typed during the pause already on it."""
        from mi_journal.cli.line_input import read_line
        from mi_journal.cli.render import safe

        if self._typed_ahead:
            line = self._typed_ahead.pop(0)
            self.out.print(safe(prompt + line), soft_wrap=True)
            return line
        if self._ahead_partial:
            prefill, self._ahead_partial = self._ahead_partial + prefill, ""
        try:
            return read_line(prompt, prefill)
        except EOFError:
            raise _Quit() from None

    def _read_answer(self, question: Question, typed: list[str]) -> str | None:
        """Typed text, or None when a command was handled. Lines go into `typed` as read.

        Lines that arrive together (a paste the terminal did not mark) stay in this
        answer: they are never commands, and an empty line among them is a paragraph
        break, not the end.
        """
        from mi_journal.cli.line_input import arrived_together

        kind = question.prompt.kind.value
        multi = kind in MULTI_LINE_KINDS
        if self.pending_lines and self.pending_for != question.prompt.id:
            self.pending_lines = []
        prefill = ""
        if self.pending_lines and not multi:
            prefill = " ".join(line for line in self.pending_lines if line.strip())
            self.pending_lines = []
        if multi and self.pending_lines:
            typed.extend(self.pending_lines)
            self.pending_lines = []
            self.say(interview_msg.PENDING_KEPT, "dim")
            for line in typed:
                self.say(f"  {line}")
        pasted = False
        if not typed:
            first = self._read_line("> ", prefill)
            pasted = kind in PASTE_KINDS and arrived_together()
            if not pasted and self._command(first.strip().lower(), question, typed):
                return None
            if not pasted and (not multi or not first.strip()):
                return first
            typed.append(first)
        while True:
            line = self._read_line("  ")
            together, pasted = pasted, kind in PASTE_KINDS and arrived_together()
            if together or pasted:  # part of a paste: text, whatever it says
                if line.strip() or kind != "list":
                    typed.append(line)
                if pasted:
                    continue
                if not multi or not line.strip():
                    return "\n".join(typed).strip("\n")
                continue
            word = line.strip().lower()
            if word in QUIT_WORDS:
                raise _Quit()
            if word in EDIT_WORDS:
                self._edit(question, "\n".join(typed), typed_first=True)
                return None
            if not line.strip():
                return "\n".join(typed)
            typed.append(line)

    def _command(self, word: str, question: Question, typed: list[str]) -> bool:
        interview = self.interview
        if word in HELP_WORDS:
            if question.help:
                self.say(question.help)
            self._say_keys()
            self._reask = question.prompt.id
            return True
        if word in BACK_WORDS:
            if not interview.back():
                self.kind_note(interview_msg.INTERVIEW_AT_FIRST)
                self._reask = question.prompt.id
            return True
        if word in SKIP_WORDS:
            if question.prompt.optional:
                interview.skip()
                self._saved()
            else:
                self.kind_note(interview_msg.INTERVIEW_CANNOT_SKIP)
                self._reask = question.prompt.id
            return True
        if word in QUIT_WORDS:
            raise _Quit()
        if word in EDIT_WORDS:
            buffer_id, previous = self._edit_buffer
            if buffer_id != question.prompt.id:
                previous = ""
            if not previous and question.previous is not None:
                from mi_journal.packs.template import show_value

                value = question.previous
                previous = "\n".join(value) if isinstance(value, list) else show_value(value)
            self._edit(question, previous)
            return True
        return False

    def _say_kept(self, question: Question) -> None:
        """What an empty Enter kept, under the empty line it was typed on."""
        from mi_journal.cli.wrap import fit
        from mi_journal.packs.template import show_value

        value = question.previous if question.has_previous else question.suggested
        if question.previous_skipped:
            text = interview_msg.EARLIER_SKIPPED
        elif isinstance(value, list):
            text = "; ".join(value)
        else:
            text = show_value(value) if value is not None else ""
        self.say(interview_msg.kept_answer(fit(" ".join(text.split()), KEPT_SHOWN)), "dim")

    def _say_keys(self) -> None:
        """The keys, their descriptions wrapped under each other, not under the keys."""
        from mi_journal.cli.render import say

        for line in interview_msg.INTERVIEW_KEYS_LONG.split("\n"):
            key = line[:interview_msg.INTERVIEW_KEYS_COLUMN]
            hang = interview_msg.INTERVIEW_KEYS_COLUMN if key.endswith("  ") else None
            say(self.out, line, "dim", hang=hang)

    def _ask(self, question: Question, typed: list[str]) -> None:
        from mi_journal.interview.engine import AnswerProblem, ChoiceGuess, NumberGuess

        if self._reask != question.prompt.id:
            self._show_question(question)
        self._reask = ""
        raw = self._read_answer(question, typed)
        guess, self._guess = self._guess, None
        if raw is None:
            return
        if guess is not None and guess[0] == question.prompt.id and (
                raw.strip().lower() in ("", "y", "yes")):
            raw = str(guess[1])  # "Did you mean 3?" answered yes
        if not raw.strip():
            if question.has_previous or question.suggested is not None:
                self.interview.keep()
                self._say_kept(question)
                self._saved()
                return
            if question.prompt.optional:
                if self._skip_asked != question.prompt.id:
                    # A habitual second Enter must not skip a question unread.
                    self._skip_asked = question.prompt.id
                    self.say(interview_msg.SKIP_CONFIRM, "dim")
                    self._reask = question.prompt.id
                    return
                self.interview.skip()
                self.say(interview_msg.SKIPPED_NOTE, "dim")
                self._saved()
                return
        try:
            value = self.interview.submit(raw)
        except NumberGuess as problem:  # asked, never taken silently
            self.kind_note(interview_msg.choice_did_you_mean(problem.guess, problem.choice)
                           if isinstance(problem, ChoiceGuess)
                           else interview_msg.scale_did_you_mean(problem.guess))
            self._guess = (question.prompt.id, problem.guess)
            self._reask = question.prompt.id
            return
        except AnswerProblem as problem:
            self.kind_note(problem.message)
            self._reask = question.prompt.id
            return
        # Taken: nothing of it is pending any more. Left in `typed`, a stop at the pause
        # after the help lines kept it as the start of the next question's answer (walk5:
        # the crisis words came back on resume, and were saved under both questions).
        typed.clear()
        self._saved()
        self._check_crisis(value)

    def _saved(self) -> None:
        from mi_journal.core.errors import MijError

        self._skip_asked = ""

        try:
            self.save_draft()
        except MijError as problem:
            # Keep going: the answers are still here, and the next answer tries again.
            self.kind_note(interview_msg.draft_not_saved(problem.message))

    def _check_crisis(self, value: object) -> None:
        """Right after an answer with words that suggest danger: the help lines, in
        full the first time and for an overdose or someone else at risk; later the
        lines again in a few rows (cli/crisis.print_crisis_again)."""
        from mi_journal.crisis.detect import answer_crisis

        finding = answer_crisis(value)
        if finding is None:
            return
        self.out.print()
        from mi_journal.cli.crisis import print_crisis_again

        print_crisis_again(finding, shown_before=bool(self._crisis_shown))
        self._crisis_shown |= set(finding.categories)
        self.say(crisis_msg.CRISIS_CONTINUE, "dim")
        if not sys.stdin.isatty():
            return
        # On a terminal, wait: printed at once, the next question pushed the kind
        # sentence, 911 and Poison Help off a 24-row screen. Enter alone ends the wait;
        # other keys end it too and start what comes next, as if typed there.
        from mi_journal.cli.line_input import wait_for_enter

        try:
            ahead = wait_for_enter(crisis_msg.CRISIS_CONTINUE_PROMPT)
        except EOFError:
            raise _Quit() from None
        *lines, partial = ahead.split("\n")
        if lines and lines[0].strip().lower() in QUIT_WORDS:
            raise _Quit()
        self._typed_ahead, self._ahead_partial = lines, partial

    def _keep_words_after_the_end(self) -> None:
        """Keys typed at the pause after the last answer's help lines: no question is
        left to take them, so they carry on as a note of their own, said so on screen
        (walk-through: they were dropped, and the rest of the line went to the shell).
        `:q` alone there stops as at any pause; crisis words in the note show the
        reminder and pause again, and what is typed then is kept the same way."""
        from mi_journal.cli.note_lines import read_note_lines
        from mi_journal.messages import home as home_msg
        from mi_journal.messages import journal as journal_msg

        while self._typed_ahead or self._ahead_partial:
            ahead = "".join(f"{line}\n" for line in self._typed_ahead) + self._ahead_partial
            self._typed_ahead, self._ahead_partial = [], ""
            self.out.print()
            self.say(journal_msg.NOTE_FROM_PAUSE, "dim")
            try:
                typed = read_note_lines(ahead, QUIT_WORDS, self.out)
            except KeyboardInterrupt as stop:
                text = "\n".join(getattr(stop, "lines", [])).strip()
                if text:
                    self._keep_note(text, home_msg.home_note_kept_on_interrupt)
                raise KeyboardInterrupt from None  # then paused, as at any question
            if typed.key:
                raise _Quit()
            if not typed.text:
                self.say(home_msg.HOME_NOTE_NOTHING, "dim")
                return
            if self._keep_note(typed.text, lambda entry_id: (
                    f"{journal_msg.NOTE_SAVED} ({entry_id})")):
                self._check_crisis(typed.text)

    def _keep_note(self, text: str, saying: Callable[[str], str]) -> bool:
        """Save words as a note of their own; when that fails, show them whole to copy."""
        from mi_journal.core.errors import MijError
        from mi_journal.journal.notes import add_note

        try:
            entry = add_note(self.paths, text)
        except MijError as problem:
            from mi_journal.messages import journal as journal_msg

            self.kind_note(problem.message)
            self.say(journal_msg.NOTE_SHOWN_INSTEAD)
            self.say(text)
            return False
        self.say(saying(entry.id))
        return True

    # --- the editor -------------------------------------------------------------------

    def _edit(self, question: Question, initial: str, typed_first: bool = False) -> None:
        from mi_journal.interview.engine import AnswerProblem

        text = edit_text(self.paths, initial)
        if text is None:
            self.kind_note(interview_msg.EDITOR_NOT_SET)
            if typed_first and initial.strip():
                self.pending_lines = initial.split("\n")  # the lines typed stay on screen
                self.pending_for = question.prompt.id
            else:
                self._reask = question.prompt.id
            return
        if not text.strip():
            self.kind_note(interview_msg.EDITOR_EMPTY)
            return
        try:
            value = self.interview.submit(text)
        except AnswerProblem as problem:
            self.kind_note(problem.message)
            self._edit_buffer = (question.prompt.id, text)  # `:e` again reopens it
            return
        self._edit_buffer = ("", "")
        self.say(interview_msg.EDITOR_ANSWER_SHOWN, "dim")  # what the editor gave back, to see
        for line in text.strip("\n").split("\n"):
            self.say(f"  {line}")
        self._saved()
        self._check_crisis(value)

    # --- endings ----------------------------------------------------------------------

    def _paused(self, typed: list[str]) -> None:
        """Keep a draft; when it cannot be written, show every answer, then the one-line error."""
        from mi_journal.core.errors import MijError

        try:
            saved = self.save_draft(typed)
        except MijError:
            self.out.print()
            self._show_answers(typed)
            self.out.print()
            raise
        self.out.print()
        self.say(interview_msg.INTERVIEW_PAUSED if saved else interview_msg.INTERVIEW_LEFT_NOTHING)

    def _finish(self) -> Entry:
        import typer

        from mi_journal.core.errors import MijError
        from mi_journal.interview.session import save_entry

        try:
            entry = save_entry(self.paths, self.interview, self.draft_id)
        except MijError as problem:
            self.kind_note(interview_msg.entry_not_saved(problem.message))
            self._keep_somehow()
            raise typer.Exit(1) from None
        self.out.print()
        if entry.summary:
            self.say(entry.summary)
            self.out.print()
        self.say(interview_msg.interview_saved(entry.id))
        self._offer_goal(entry)
        return entry

    def _keep_somehow(self) -> None:
        """The entry could not be written: keep the draft, or at least show every answer."""
        from mi_journal.core.errors import MijError

        with contextlib.suppress(MijError):
            if self.save_draft():
                self.say(interview_msg.INTERVIEW_PAUSED)
                return
        self._show_answers([])

    def _show_answers(self, typed: list[str]) -> None:
        """Every answer so far in full (and lines typed for the current question), to copy."""
        from mi_journal.packs.template import show_value

        self.say(interview_msg.ANSWERS_SHOWN_INSTEAD)
        for answer in self.interview.answers():
            if answer.skipped:
                continue
            self.out.print()
            self.say(answer.question, "bold")
            self.say(show_value(answer.value))
        text = "\n".join(typed).strip("\n")
        question = self.interview.current()
        if text.strip() and question is not None:
            self.out.print()
            self.say(question.text, "bold")
            self.say(text)

    def _offer_goal(self, entry: Entry) -> None:
        from mi_journal.core.errors import MijError
        from mi_journal.interview.session import (
            add_offered_goal,
            goal_offer,
            goal_offer_held_back,
            link_goal,
        )

        offer = goal_offer(self.interview)
        if offer is None:
            if goal_offer_held_back(self.interview):  # the help lines were shown
                self.out.print()
                self.say(interview_msg.GOAL_OFFER_HELD_BACK)
            return
        self.out.print()
        self.say(interview_msg.GOAL_OFFER_INTRO)
        self.say(f"  {offer.title}", "bold")
        if offer.why:
            self.say(f"  {interview_msg.GOAL_OFFER_WHY} {offer.why}")
        for step in offer.steps:
            self.say(f"  - {step}")
        while True:
            try:
                reply = input(interview_msg.GOAL_OFFER_QUESTION).strip().lower()
            except (EOFError, KeyboardInterrupt):
                reply = "n"
            if reply in ("y", "yes"):
                try:
                    goal = add_offered_goal(self.paths, offer)
                except MijError as problem:
                    self.kind_note(problem.message)
                    return
                self.say(interview_msg.goal_offer_added(goal.id))
                with contextlib.suppress(MijError):
                    link_goal(self.paths, entry, goal.id)
                return
            if reply in ("", "n", "no"):
                self.say(interview_msg.GOAL_OFFER_DECLINED, "dim")
                return
            self.kind_note(interview_msg.ANSWER_YES_NO)


def edit_text(paths: Paths, initial: str) -> str | None:
    """Open $VISUAL or $EDITOR (split like a shell would, never run by one) on a private file.

    Returns the text written, or None when no editor is set or it could not run.
    """
    import shlex
    import subprocess
    import tempfile

    from mi_journal.storage.files import ensure_private_dir, refuse_linked_folders

    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command or not command.strip():
        return None
    try:
        argv = shlex.split(command)
    except ValueError:
        return None
    folder = paths.cache / "edit"
    refuse_linked_folders(folder, paths.home)  # cache/ is no link (edit/ is checked next)
    ensure_private_dir(folder)
    fd, name = tempfile.mkstemp(prefix="answer-", suffix=".txt", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(initial)
        try:
            result = subprocess.run([*argv, name], check=False)
        except OSError:
            return None
        if result.returncode != 0:
            return None
        from pathlib import Path

        from mi_journal.core.errors import MijError
        from mi_journal.storage.files import read_bytes_limited
        from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

        try:  # whatever the editor left there: a FIFO is never waited on
            raw = read_bytes_limited(Path(name), MAX_DATA_FILE_BYTES)
        except MijError:
            return None
        return raw.decode("utf-8", errors="replace")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)

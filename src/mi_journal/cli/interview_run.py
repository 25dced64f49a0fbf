"""Running an interview: in the terminal (new or resumed from a draft) or from an
answers file, and saving what it gives. Shared by `mij interview`, `checkin`,
`resume`, `homework do` and the home screen; the question-by-question screen
itself is cli/interview_ui.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mi_journal.cli.render import say

if TYPE_CHECKING:
    from mi_journal.core.paths import Paths
    from mi_journal.interview.engine import Interview
    from mi_journal.storage.models import Entry


def draft_line(draft: object) -> str:
    """One paused interview, as `mij resume --list` and the home screen list it; one
    being answered in another terminal right now says so."""
    from mi_journal.core.paths import get_paths
    from mi_journal.interview.drafts import Draft, draft_is_open
    from mi_journal.messages import interview as interview_msg

    assert isinstance(draft, Draft)
    part = f" ({draft.stage.value})" if draft.stage else ""
    title = draft.pack_title or draft.pack
    answered, touched, _ = draft_keep(draft)
    line = f"{draft.id}  {title}{part} - {answered}, {touched}"
    if draft_is_open(get_paths(), draft.id):
        line += f" - {interview_msg.DRAFT_OPEN_ELSEWHERE}"
    return line


def draft_keep(draft: object) -> tuple[str, str, str]:
    """The parts of `draft_line` that wrap as one ("3 answered", "last touched
    2026-12-05 08:41", "open in another terminal now"), so a narrow screen breaks
    between them, never inside."""
    from mi_journal.interview.drafts import Draft
    from mi_journal.messages import interview as interview_msg

    assert isinstance(draft, Draft)
    answered = sum(1 for a in draft.answers if not a.skipped)
    return (f"{answered} answered", f"last touched {draft.updated:%Y-%m-%d %H:%M}",
            interview_msg.DRAFT_OPEN_ELSEWHERE)


def run_in_terminal(paths: Paths, interview: Interview) -> None:
    from mi_journal.cli.interview_ui import InterviewUI
    from mi_journal.cli.welcome import welcome_first_time

    welcome_first_time()  # the first time on a terminal, before the first question
    InterviewUI(paths, interview).run()


def resume_in_terminal(paths: Paths, reference: str | None) -> None:
    from mi_journal.interview.drafts import find_draft, holding_draft

    found = find_draft(paths, reference)
    # Held until the interview ends, so no other terminal answers the same draft.
    with holding_draft(paths, found.id):
        _resume_held(paths, found.id)


def _resume_held(paths: Paths, draft_id: str) -> None:
    from mi_journal.cli.interview_ui import InterviewUI
    from mi_journal.cli.render import console, safe
    from mi_journal.core.errors import MijError
    from mi_journal.interview.drafts import draft_path, read_draft, resume_interview
    from mi_journal.interview.engine import Interview
    from mi_journal.messages import interview as interview_msg
    from mi_journal.packs.registry import find_pack

    try:
        # Read again under the lock: another terminal may have finished it meanwhile.
        draft = read_draft(draft_path(paths, draft_id))
    except FileNotFoundError:
        raise MijError(interview_msg.draft_gone(draft_id)) from None
    try:
        pack = find_pack(paths, draft.pack).pack
    except MijError as problem:
        raise MijError(interview_msg.resume_pack_missing(
            draft.pack, str(draft_path(paths, draft.id)), problem.message)) from None
    interview = Interview(pack, draft.stage, only=draft.only)
    from mi_journal.cli.welcome import welcome_first_time

    welcome_first_time()  # before what was answered so far is shown
    out = console()
    given = {a.prompt: a for a in draft.answers}
    dropped = resume_interview(draft, interview)
    out.print(safe(interview_msg.resume_intro(draft.pack_title or draft.pack,
                                         f"{draft.created:%Y-%m-%d %H:%M}"), "dim"))
    if interview.help_lines_shown:  # from the draft, or read again from its answers
        say(out, interview_msg.RESUME_AFTER_HELP_LINES, keep=("`mij crisis`",))
    if pack.pack.version != draft.pack_version:
        say(out, interview_msg.resume_pack_changed(draft.pack_version, pack.pack.version), "dim")
    if dropped:
        from mi_journal.packs.template import show_value

        say(out, interview_msg.RESUME_DROPPED)
        for prompt_id in dropped:
            earlier = given[prompt_id]
            shown = interview_msg.EARLIER_SKIPPED if earlier.skipped else show_value(earlier.value)
            say(out, f"  {earlier.question}  {shown}")
    InterviewUI(paths, interview, draft_id=draft.id, created=draft.created,
                pending=draft.pending, out=out).run()


def answer_from_file(paths: Paths, interview: Interview, source: str) -> None:
    """Answer `interview` from a TOML/JSON file, save the entry, print the summary.

    Shared with other commands that build their own interview (e.g. homework).
    """
    from mi_journal.cli.render import console, print_plain, safe
    from mi_journal.interview.session import answers_from_file, apply_answers
    from mi_journal.messages import interview as interview_msg

    mapping = answers_from_file(source)
    applied = apply_answers(interview, mapping)
    entry = save_entry_or_keep_draft(paths, interview)
    if applied.not_asked:
        declined = interview.closed_by()
        not_asked = (interview_msg.answers_not_asked(applied.not_asked) if declined is None
                     else interview_msg.answers_not_asked_after_decline(applied.not_asked,
                                                                        declined))
        console(stderr=True).print(safe(f"mij: {not_asked}"))
    if entry.summary:
        print_plain(entry.summary)
    print_plain(interview_msg.interview_saved(entry.id))
    from mi_journal.crisis.detect import texts_crisis

    # Every answer read together: a word of taking in one answer ("I took a few of them
    # last night") keeps the overdose steps first after pills kept in another.
    finding = texts_crisis([text for answer in entry.answers
                            for text in (answer.value if isinstance(answer.value, list)
                                         else [answer.value])
                            if isinstance(text, str)])
    if finding is not None:
        from mi_journal.cli.crisis import print_crisis

        print_plain("")
        print_crisis(finding)


def save_entry_or_keep_draft(paths: Paths, interview: Interview) -> Entry:
    """Save the entry; one too large to read back is refused, and the answers kept as a draft."""
    from mi_journal.core.errors import MijError
    from mi_journal.interview.drafts import draft_from_interview, new_draft_id, save_draft
    from mi_journal.interview.session import save_entry
    from mi_journal.messages import interview as interview_msg
    from mi_journal.storage.models import now
    from mi_journal.storage.tomlfile import TooLargeToStore

    try:
        return save_entry(paths, interview)
    except TooLargeToStore as problem:
        created = now()
        draft = draft_from_interview(interview, new_draft_id(created), created)
        save_draft(paths, draft)
        raise MijError(interview_msg.entry_kept_as_draft(problem.message, draft.id)) from None

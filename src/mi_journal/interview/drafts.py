"""Paused interviews: saved after every answer and on quit, resumed with `mij resume`.

A draft is one TOML file in the drafts folder, named by its id, written with the
same atomic replace as entries. It holds the pack id and version, the stage
filter, the answers so far (each with the question exactly as asked), the
question being asked, any lines already typed for it, and when it began. The
draft is deleted only once its entry has been written.

An interview holds its draft's lock (`holding_draft`) for as long as it runs, so
the same draft is never answered in two terminals at once: the second is told so
and leaves it alone, and neither can overwrite the other's answers.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StringConstraints

from mi_journal.core.errors import DataFileError, MijError, NewerSchema
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import ENTRY_ID_RE, MAX_ANSWER_CHARS
from mi_journal.interview.engine import Given, Interview
from mi_journal.messages import common as common_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.messages import storage as storage_msg
from mi_journal.storage.entries import new_entry_id
from mi_journal.storage.files import atomic_write_bytes, is_temp_file
from mi_journal.storage.models import (
    Answer,
    EntryId,
    Slug,
    Stage,
    Stored,
    Text,
    now,
)

DRAFT_SCHEMA: Literal[1] = 1
# Larger than the entry limit on purpose: answers whose entry would be too large to
# read back are still kept as a draft, to resume and shorten.
MAX_DRAFT_BYTES = 64 * 1024 * 1024


class Draft(Stored):
    """An interview in progress, as saved on disk."""

    schema_version: Literal[1] = Field(default=DRAFT_SCHEMA, alias="schema")
    id: EntryId
    pack: Slug
    pack_version: Text
    pack_title: Text = ""
    stage: Stage | None = None
    only: list[Slug] | None = None
    position: Slug | None = None
    pending: Annotated[Text, StringConstraints(max_length=MAX_ANSWER_CHARS)] | None = None
    created: AwareDatetime
    updated: AwareDatetime
    answers: list[Answer] = Field(default_factory=list)
    # Only once an answer showed the help lines (left out otherwise, so a draft reads
    # the same to an mi-journal from before they were kept): the prompts answered after.
    help_lines_shown: bool | None = None
    after_help_lines: list[Slug] | None = None


def draft_path(paths: Paths, draft_id: str) -> Path:
    if not ENTRY_ID_RE.match(draft_id):
        raise MijError(interview_msg.draft_not_an_id(draft_id))
    return paths.drafts / f"{draft_id}.toml"


def new_draft_id(created: datetime | None = None) -> str:
    return new_entry_id(created or now())


def draft_from_interview(
    interview: Interview,
    draft_id: str,
    created: datetime,
    *,
    pending: str | None = None,
) -> Draft:
    """Everything needed to continue later: answers in pack order, and the position."""
    answers = interview.answers(only_applicable=False)
    keep_pending = pending if pending and pending.strip() else None
    if keep_pending is not None and len(keep_pending) > MAX_ANSWER_CHARS:
        keep_pending = keep_pending[:MAX_ANSWER_CHARS]
    return Draft(
        id=draft_id,
        pack=interview.pack.id,
        pack_version=interview.pack.pack.version,
        pack_title=interview.pack.pack.title,
        stage=interview.stage,
        only=None if interview.only is None else sorted(interview.only),
        position=interview.position,
        pending=keep_pending,
        created=created,
        updated=now(),
        answers=answers,
        help_lines_shown=True if interview.help_lines_shown else None,
        after_help_lines=(sorted(interview.after_help_lines)
                          if interview.help_lines_shown else None),
    )


def save_draft(paths: Paths, draft: Draft) -> Path:
    from mi_journal.storage.tomlfile import dump_model

    target = draft_path(paths, draft.id)
    atomic_write_bytes(target, dump_model(draft, limit=MAX_DRAFT_BYTES))
    return target


def read_draft(path: Path) -> Draft:
    from mi_journal.storage.files import read_bytes_limited
    from mi_journal.storage.tomlfile import parse_toml, validate

    raw = read_bytes_limited(path, MAX_DRAFT_BYTES)
    data = parse_toml(path, raw)
    version = data.get("schema")
    if version != DRAFT_SCHEMA or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > DRAFT_SCHEMA:
            raise NewerSchema(path, interview_msg.DRAFT_SCHEMA_NEWER)
        raise DataFileError(path, storage_msg.SCHEMA_MISSING)
    draft = validate(path, data, Draft)
    if path.stem != draft.id:
        raise DataFileError(path, storage_msg.id_not_file_name(draft.id))
    return draft


@dataclass
class DraftListing:
    drafts: list[Draft] = field(default_factory=list)
    problems: list[DataFileError] = field(default_factory=list)


def list_drafts(paths: Paths) -> DraftListing:
    """Every readable draft, most recently touched first; unreadable ones reported."""
    listing = DraftListing()
    folder = paths.drafts
    if not folder.is_dir():
        return listing
    for name in sorted(os.listdir(folder)):
        path = folder / name
        if not name.endswith(".toml") or is_temp_file(path):
            continue
        try:
            listing.drafts.append(read_draft(path))
        except DataFileError as problem:
            listing.problems.append(problem)
        except MijError as problem:
            listing.problems.append(DataFileError(path, problem.message))
    listing.drafts.sort(key=lambda d: (d.updated, d.id), reverse=True)
    return listing


def find_draft(paths: Paths, reference: str | None = None) -> Draft:
    """The draft with this id (or unambiguous start or end of one); else the latest."""
    listing = list_drafts(paths)
    if reference is None:
        if listing.drafts:
            return listing.drafts[0]
        if listing.problems:
            raise listing.problems[0]
        from mi_journal.messages import interview as interview_msg

        raise MijError(common_msg.as_error(interview_msg.NO_DRAFTS))
    ref = reference.strip()
    matches = [d for d in listing.drafts if d.id == ref]
    if not matches and len(ref) >= 4:
        matches = [d for d in listing.drafts if d.id.startswith(ref) or d.id.endswith(ref)]
    if len(matches) == 1:
        return matches[0]
    from mi_journal.messages import interview as interview_msg

    if not matches:
        raise MijError(interview_msg.draft_unknown(reference))
    raise MijError(interview_msg.draft_ambiguous(reference, len(matches)))


def delete_draft(paths: Paths, draft_id: str) -> bool:
    """Remove a draft; False when it could not be removed (it is then left as it is)."""
    try:
        os.unlink(draft_path(paths, draft_id))
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


class DraftInUse(MijError):
    """Another running interview holds this draft."""


@contextmanager
def holding_draft(paths: Paths, draft_id: str) -> Iterator[None]:
    """Hold the draft's lock while an interview works on it; DraftInUse if another does."""
    from mi_journal.messages import interview as interview_msg
    from mi_journal.storage.locking import LockBusy, held_at_once

    hold = ExitStack()
    try:
        hold.enter_context(held_at_once(paths.locks, f"draft-{draft_id}"))
    except LockBusy:
        raise DraftInUse(interview_msg.draft_in_use(draft_id)) from None
    with hold:
        yield


def draft_is_open(paths: Paths, draft_id: str) -> bool:
    """True when a running interview (in another terminal) holds this draft's lock.

    Probed without waiting: the lock is taken for an instant and let go when free, so
    a `mij resume` of the same draft at that very instant may be told it is in use and
    can simply be tried again. False where the lock cannot be probed (no flock)."""
    from mi_journal.storage.locking import LockBusy, lock_path_for, try_lock, unlock

    try:
        fd = try_lock(lock_path_for(paths.locks, f"draft-{draft_id}"), create=False)
    except LockBusy:
        return True
    except (OSError, ImportError):  # no lock file (nobody holds it), or no flock here
        return False
    unlock(fd)
    return False


def resume_interview(draft: Draft, interview: Interview) -> list[str]:
    """Load the draft's answers into a fresh interview of its pack; returns dropped ids."""
    given = {
        answer.prompt: Given(answer.question, None if answer.skipped else answer.value)
        for answer in draft.answers
    }
    return interview.restore(given, draft.position,
                             help_lines_shown=bool(draft.help_lines_shown),
                             after_help_lines=draft.after_help_lines or ())


def paused_after_help_lines(draft: Draft, within: timedelta) -> bool:
    """A paused interview, touched in the last `within`, whose answers showed the help
    lines (walk5: paused right after them, the home screen said nothing of it)."""
    return bool(draft.help_lines_shown) and now() - draft.updated <= within

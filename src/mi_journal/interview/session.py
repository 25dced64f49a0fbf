"""Starting, feeding and finishing interviews: the steps every front end shares.

- `start_interview(paths, stage_or_pack, pack_id)` picks the pack and stage filter.
- `answers_from_file(path)` / `apply_answers(interview, mapping)` run an interview
  from a TOML or JSON mapping of prompt id -> value, with errors naming the prompt.
- `save_entry(paths, interview)` writes the finished entry (and removes its draft).
- `goal_offer(interview)` / `add_offered_goal(paths, offer)` turn a plan's answers
  into a goal, only when the person says yes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.interview.engine import AnswerProblem, Interview
from mi_journal.messages import common as common_msg
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.model import Pack
from mi_journal.storage.models import Entry, Goal, Stage, now

MAX_ANSWERS_FILE_BYTES = 1024 * 1024
STAGE_NAMES = tuple(stage.value for stage in Stage)


def stage_or_none(text: str | None) -> Stage | None:
    if text is None:
        return None
    try:
        return Stage(text.strip().lower())
    except ValueError:
        return None


def start_interview(paths: Paths, stage_or_pack: str | None, pack_id: str | None) -> Interview:
    """`STAGE` alone: that stage's pack. `--pack ID`: the whole pack, or with STAGE, that part.

    A name that is not a stage but is a pack id (e.g. "checkin", "values") runs that pack.
    """
    from mi_journal.packs.loader import PackError
    from mi_journal.packs.registry import find_pack

    stage = stage_or_none(stage_or_pack)
    if pack_id is not None:
        if stage_or_pack is not None and stage is None:
            raise UsageProblem(interview_msg.interview_bad_stage(stage_or_pack))
        pack = find_pack(paths, pack_id.strip()).pack
        if stage is not None and stage not in pack.stages:
            raise MijError(interview_msg.interview_stage_not_in_pack(
                pack.id, stage.value, [s.value for s in pack.stages]))
        return Interview(pack, stage)
    if stage_or_pack is None:
        raise UsageProblem(interview_msg.INTERVIEW_NAME_A_STAGE)
    if stage is not None:
        return Interview(find_pack(paths, stage.value).pack)
    name = stage_or_pack.strip()
    if not _is_pack_name(name):
        raise UsageProblem(interview_msg.interview_bad_stage(stage_or_pack))
    try:
        return Interview(find_pack(paths, name).pack)
    except PackError:
        raise
    except MijError:
        raise UsageProblem(interview_msg.interview_bad_stage(stage_or_pack)) from None


def _is_pack_name(name: str) -> bool:
    import re

    return re.fullmatch(r"[a-z][a-z0-9-]{0,63}", name) is not None


# --- answers carried from earlier entries ---------------------------------------------

EARLIER_ENTRIES_READ = 100  # the focus is nearly always in the last few entries


def earlier_answers(paths: Paths, prompt_ids: list[str]) -> dict[str, str]:
    """The person's latest text answer to each of `prompt_ids`, from earlier entries.

    Feeds `suggest_last` prompts: the focus named in focusing is offered again in
    evoking and planning. Reads entries newest first and stops when all are found.
    """
    from mi_journal.crisis.detect import touches_crisis
    from mi_journal.interview.declining import declines
    from mi_journal.interview.suggest import entries_newest_first

    wanted = set(prompt_ids)
    found: dict[str, str] = {}
    if not wanted:
        return found
    for count, entry in enumerate(entries_newest_first(paths)):
        if count >= EARLIER_ENTRIES_READ:
            break
        for answer in entry.answers:
            if (
                answer.prompt in wanted
                and answer.prompt not in found
                and isinstance(answer.value, str)
                and answer.value.strip()
            ):
                # Never hand crisis words back as a suggested answer: nothing is offered.
                # Nor "nothing for now": it named no focus, and an older focus it came
                # after is not brought back over it.
                if touches_crisis(answer.value) or declines(answer.value):  # crisis even negated
                    found[answer.prompt] = ""
                else:
                    found[answer.prompt] = answer.value
        if len(found) == len(wanted):
            break
    return {prompt: text for prompt, text in found.items() if text}


def offer_earlier_answers(paths: Paths, interview: Interview) -> None:
    """Offer earlier answers to the `suggest_last` prompts not answered yet: in a new
    interview and, the same way, in one resumed from a draft (a prompt answered in the
    draft keeps its own answer; before, a resumed interview offered nothing)."""
    ids = [prompt_id for prompt_id in interview.suggested_ids()
           if prompt_id not in interview.given]
    if ids:
        interview.suggest(earlier_answers(paths, ids))


# --- answers from a file -------------------------------------------------------------


def parse_answers_text(text: str, source: str, as_json: bool | None = None) -> dict[str, Any]:
    """A TOML or JSON object of prompt id -> value; JSON when `as_json` or it looks like it."""
    import tomllib

    looks_json = text.lstrip().startswith("{") if as_json is None else as_json
    try:
        data: Any = json.loads(text) if looks_json else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise MijError(
            interview_msg.answers_file_bad(source, interview_msg.answers_json(exc.msg, exc.lineno))
        ) from None
    except tomllib.TOMLDecodeError as exc:
        from mi_journal.core.textfile import toml_syntax_detail

        detail = interview_msg.answers_toml(toml_syntax_detail(exc, text))
        raise MijError(interview_msg.answers_file_bad(source, detail)) from None
    except RecursionError:
        nested = interview_msg.answers_file_bad(source, interview_msg.ANSWERS_NESTED)
        raise MijError(nested) from None
    if not isinstance(data, dict):
        raise MijError(interview_msg.answers_file_bad(source, interview_msg.ANSWERS_NOT_A_MAPPING))
    return data


def answers_from_file(path_text: str) -> dict[str, Any]:
    """Read `path_text` (or stdin for "-"), at most 1 MiB, as TOML or JSON."""
    import sys

    from mi_journal.storage.files import read_bytes_limited

    if path_text == "-":
        raw = sys.stdin.buffer.read(MAX_ANSWERS_FILE_BYTES + 1)
        source = "stdin"
        if len(raw) > MAX_ANSWERS_FILE_BYTES:
            raise MijError(interview_msg.answers_file_bad(source, interview_msg.ANSWERS_TOO_LARGE))
    else:
        path = Path(path_text).expanduser()
        source = str(path)
        try:
            raw = read_bytes_limited(path, MAX_ANSWERS_FILE_BYTES)
        except FileNotFoundError:
            missing = interview_msg.answers_file_bad(source, common_msg.NO_SUCH_FILE)
            raise MijError(missing) from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        not_text = interview_msg.answers_file_bad(source, interview_msg.answers_not_utf8(exc.start))
        raise MijError(not_text) from None
    as_json = True if source.endswith(".json") else (False if source.endswith(".toml") else None)
    return parse_answers_text(text, source, as_json)


@dataclass
class Applied:
    not_asked: list[str] = field(default_factory=list)


def apply_answers(interview: Interview, mapping: Mapping[str, Any]) -> Applied:
    """Answer every question from `mapping`; omitted optional prompts are skipped.

    Raises MijError naming the prompt id for an unknown id, a missing required
    answer or a value that does not fit. Ids of prompts whose conditions did not
    hold are returned in `not_asked`.
    """
    if interview.finished and not interview.given:
        raise MijError(common_msg.as_error(interview_msg.INTERVIEW_NOTHING_TO_ASK))
    known = {prompt.id for prompt in interview.prompts}
    unknown = sorted(key for key in mapping if key not in known)
    if unknown:
        where = interview.pack.id + (f" ({interview.stage.value})" if interview.stage else "")
        raise MijError(interview_msg.answers_unknown_ids(unknown, where))
    asked: set[str] = set()
    while (question := interview.current()) is not None:
        prompt = question.prompt
        asked.add(prompt.id)
        value = mapping.get(prompt.id)
        try:
            if value is None or (prompt.optional and value == ""):
                if not prompt.optional:
                    raise AnswerProblem(interview_msg.ANSWER_NEEDED, prompt.id)
                interview.skip()
            else:
                interview.submit_value(value)
        except AnswerProblem as problem:
            raise MijError(interview_msg.answer_problem_for(prompt.id, problem.message)) from None
    return Applied(not_asked=sorted(key for key in mapping if key not in asked))


# --- finishing -----------------------------------------------------------------------


def save_entry(paths: Paths, interview: Interview, draft_id: str | None = None) -> Entry:
    """Write the finished interview as a new entry, then remove its draft."""
    from mi_journal.interview.drafts import delete_draft
    from mi_journal.storage.entries import new_entry_id, write_new_entry

    created = now()
    entry = interview.entry(new_entry_id(created), created)
    path = write_new_entry(paths, entry)
    if draft_id is not None:
        delete_draft(paths, draft_id)
    return entry.model_copy(update={"id": path.stem})


@dataclass(frozen=True)
class GoalOffer:
    title: str
    why: str
    steps: list[str]


def goal_offer(interview: Interview) -> GoalOffer | None:
    """A goal built from the answers to goal = "title"/"why"/"steps" prompts, if any.

    None once the interview has shown the help lines: it does not go on to goal-setting
    then (`goal_offer_held_back` says whether one was held back)."""
    if interview.help_lines_shown:
        return None
    return _offer_from_answers(interview)


def goal_offer_held_back(interview: Interview) -> bool:
    """True when the answers make a goal that is not offered, as the help lines were shown."""
    return interview.help_lines_shown and _offer_from_answers(interview) is not None


def _offer_from_answers(interview: Interview) -> GoalOffer | None:
    found = interview.goal_answers()
    title = found.get("title")
    if not isinstance(title, str) or not title.strip():
        return None
    why = found.get("why")
    steps_value = found.get("steps")
    if isinstance(steps_value, str):
        steps = [line.strip() for line in steps_value.splitlines() if line.strip()]
    elif isinstance(steps_value, list):
        steps = [item.strip() for item in steps_value if item.strip()]
    else:
        steps = []
    return GoalOffer(
        title=" ".join(title.split())[:500],
        why=why.strip() if isinstance(why, str) else "",
        steps=[" ".join(step.split())[:2000] for step in steps],
    )


def add_offered_goal(paths: Paths, offer: GoalOffer) -> Goal:
    """Add the goal (only ever called after the person said yes)."""
    from mi_journal.goals.editing import add_goal

    return add_goal(paths, offer.title, why=offer.why, steps=offer.steps)


def link_goal(paths: Paths, entry: Entry, goal_id: str) -> Entry:
    """Note on the saved entry that this goal came from it (best effort)."""
    from mi_journal.storage.entries import entry_path, read_entry, replace_entry

    current = read_entry(entry_path(paths, entry.id))
    if goal_id in current.goals:
        return current
    linked = current.model_copy(update={"goals": [*current.goals, goal_id]})
    replace_entry(paths, linked)
    return linked


def pack_stage_line(pack: Pack, stage: Stage | None) -> str:
    return pack.pack.title if stage is None else f"{pack.pack.title} - {stage.value}"

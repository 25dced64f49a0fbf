"""Turning the filter options a person typed (dates, stage, pack, goal, tag, kind)
into an index filter: shared by list, search and export, kept light (no pydantic)
because those commands usually start without it."""

from __future__ import annotations

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.core.vocabulary import ENTRY_KIND_NAMES, STAGE_NAMES
from mi_journal.index import EntryFilter
from mi_journal.messages import journal as journal_msg

# What --stage and --kind accept: the vocabulary's own names.
STAGES = STAGE_NAMES
KINDS = ENTRY_KIND_NAMES


def build_filter(
    *,
    since: str | None = None,
    until: str | None = None,
    stage: str | None = None,
    pack: str | None = None,
    goal: str | None = None,
    tag: str | None = None,
    kind: str | None = None,
) -> EntryFilter:
    """Check and turn the filter options a person typed into an EntryFilter."""
    since_day = until_day = None
    if since is not None or until is not None:
        from mi_journal.core.dates import parse_date, parse_since

        # An empty --since '' is a date that cannot be read, not "no filter".
        since_day = parse_since(since) if since is not None else None
        until_day = parse_date(until, future=False) if until is not None else None
    if since_day and until_day and since_day > until_day:
        raise UsageProblem(journal_msg.since_after_until(since_day, until_day))
    for option, value in (("--pack", pack), ("--goal", goal), ("--tag", tag)):
        if value is not None and not value.strip():  # as an empty --stage '' already is
            from mi_journal.messages.journal import filter_empty

            raise UsageProblem(filter_empty(option))
    if stage is not None:
        stage = stage.strip().lower()
        if stage not in STAGES:
            raise UsageProblem(journal_msg.unknown_stage(stage, STAGES))
    if kind is not None:
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise UsageProblem(journal_msg.unknown_kind(kind, KINDS))
    return EntryFilter(
        since=since_day, until=until_day, stage=stage,
        pack=pack.strip().lower() if pack else None,
        goal=goal.strip().lower() if goal else None,
        tag=tag if tag and tag.strip() else None,
        kind=kind,
    )


def resolve_goal_filter(paths: Paths, goal: str | None) -> str | None:
    """The goal id that `--goal` means: any unambiguous start of a goal's id works,
    as in `mij goals show`; a start that fits two goals is a usage problem naming
    both. A reference that fits no goal (say an imported entry's goal that is not
    in this goal list), or an unreadable goals file, leaves it as typed."""
    if goal is None or not goal.strip():
        return goal
    from mi_journal.messages.goals import goal_ambiguous
    from mi_journal.storage.goals import load_goals

    reference = goal.strip().lower()
    try:
        ids = [item.id for item in load_goals(paths).goals]
    except MijError:
        return goal
    if reference in ids:
        return reference
    matches = sorted(goal_id for goal_id in ids if goal_id.startswith(reference))
    if len(matches) > 1:
        raise UsageProblem(goal_ambiguous(goal, matches))
    return matches[0] if matches else goal

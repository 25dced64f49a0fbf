"""The next-stage suggestion: the documented rule, through the domain and the CLI."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mi_journal.core.paths import Paths
from mi_journal.interview.suggest import History, decide, gather, suggest_next
from mi_journal.messages import suggest as suggest_msg
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, Stage, now
from tests.conftest import Cli


def make_entry(
    when: datetime,
    stage: Stage | None = None,
    kind: EntryKind = EntryKind.interview,
    rulers: dict[Ruler, int] | None = None,
) -> Entry:
    answers = [
        Answer(prompt=ruler.value, question=f"How {ruler.value}?", kind=AnswerKind.scale,
               value=value, ruler=ruler)
        for ruler, value in (rulers or {}).items()
    ]
    if kind is EntryKind.note:
        return Entry(id=new_entry_id(when), created=when, kind=kind, text="a note")
    return Entry(id=new_entry_id(when), created=when, kind=kind, stage=stage, answers=answers)


def save(paths: Paths, *entries: Entry) -> None:
    for entry in entries:
        write_new_entry(paths, entry)


NOW = now()
DAY = timedelta(days=1)


def suggestion_for(entries: list[Entry], active_goals: int | None = 0) -> str:
    newest_first = sorted(entries, key=lambda e: e.created, reverse=True)
    return decide(gather(newest_first, NOW), active_goals).target


def test_rule_order() -> None:
    assert suggestion_for([]) == "engaging"
    assert suggestion_for([make_entry(NOW, kind=EntryKind.note)]) == "engaging"
    engaged = make_entry(NOW - 3 * DAY, Stage.engaging)
    assert suggestion_for([engaged]) == "focusing"
    focused = make_entry(NOW - 2 * DAY, Stage.focusing)
    assert suggestion_for([engaged, focused]) == "evoking"  # no evoking yet
    evoked_high = make_entry(NOW - DAY, Stage.evoking,
                             rulers={Ruler.importance: 8, Ruler.confidence: 7})
    assert suggestion_for([engaged, focused, evoked_high]) == "planning"
    assert suggestion_for([engaged, focused, evoked_high], active_goals=1) == "checkin"
    assert suggestion_for([engaged, focused, evoked_high], active_goals=None) == "checkin"


@pytest.mark.parametrize(
    ("rulers", "expected"),
    [
        ({Ruler.importance: 6, Ruler.confidence: 9}, "evoking"),
        ({Ruler.importance: 9, Ruler.confidence: 6}, "confidence"),
        ({Ruler.importance: 3, Ruler.confidence: 2}, "evoking"),  # why before how
        ({Ruler.confidence: 0}, "confidence"),
        ({Ruler.importance: 7, Ruler.confidence: 7}, "planning"),
        ({Ruler.importance: 10}, "planning"),
        ({Ruler.readiness: 2}, "checkin"),  # readiness is not part of the rule; no rulers known
        ({}, "checkin"),
    ],
)
def test_rulers_thresholds(rulers: dict[Ruler, int], expected: str) -> None:
    entries = [
        make_entry(NOW - 5 * DAY, Stage.focusing),
        make_entry(NOW - DAY, Stage.evoking, rulers=rulers),
    ]
    assert suggestion_for(entries) == expected


def test_latest_ruler_wins_even_from_a_checkin() -> None:
    entries = [
        make_entry(NOW - 5 * DAY, Stage.focusing),
        make_entry(NOW - 3 * DAY, Stage.evoking, rulers={Ruler.importance: 3,
                                                          Ruler.confidence: 3}),
        make_entry(NOW - DAY, Stage.evoking, kind=EntryKind.checkin,
                   rulers={Ruler.importance: 8, Ruler.confidence: 9}),
    ]
    assert suggestion_for(entries) == "planning"
    entries.append(make_entry(NOW, kind=EntryKind.checkin, rulers={Ruler.confidence: 5}))
    result = decide(gather(sorted(entries, key=lambda e: e.created, reverse=True), NOW), 0)
    assert result.target == "confidence"  # low confidence: build it, not more reasons
    assert result.reason == suggest_msg.suggest_confidence_low(5)


def test_evoking_counts_for_fourteen_days_and_checkins_do_not_count_as_evoking() -> None:
    base = [make_entry(NOW - 40 * DAY, Stage.focusing)]
    old = make_entry(NOW - 15 * DAY, Stage.evoking,
                     rulers={Ruler.importance: 9, Ruler.confidence: 9})
    result = decide(gather([old, *base], NOW), 0)
    assert result.target == "evoking"
    assert result.reason == suggest_msg.SUGGEST_EVOKING_RECENT
    checkin = make_entry(NOW - DAY, Stage.evoking, kind=EntryKind.checkin)
    assert decide(gather([checkin, old, *base], NOW), 0).target == "evoking"
    recent = make_entry(NOW - 13 * DAY, Stage.evoking)
    assert decide(gather([checkin, recent, old, *base], NOW), 0).target == "planning"


def test_reasons_are_one_line() -> None:
    for history in (History(), History(any_interview=True),
                    History(any_interview=True, focusing=True),
                    History(any_interview=True, focusing=True, recent_evoking=True,
                            rulers={Ruler.importance: 8}),
                    History(any_interview=True, focusing=True, recent_evoking=True)):
        for goals in (0, 1):
            reason = decide(history, goals).reason
            assert reason and "\n" not in reason


def test_suggest_next_reads_the_journal_and_goals(paths: Paths) -> None:
    from mi_journal.goals.editing import add_goal

    assert suggest_next(paths).target == "engaging"
    save(paths, make_entry(NOW - 2 * DAY, Stage.focusing),
         make_entry(NOW - DAY, Stage.evoking, rulers={Ruler.importance: 8,
                                                      Ruler.confidence: 8}))
    assert suggest_next(paths).target == "planning"
    add_goal(paths, "walk after dinner")
    assert suggest_next(paths) == (
        "checkin", suggest_msg.SUGGEST_CHECKIN)


def test_unreadable_files_do_not_break_the_suggestion(paths: Paths) -> None:
    save(paths, make_entry(NOW - DAY, Stage.focusing))
    folder = paths.entries / f"{NOW:%Y}" / f"{NOW:%m}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{NOW:%Y%m%d}-235959-zzzz.toml").write_text("not = [toml")
    paths.goals.write_text("broken = [")
    assert suggest_next(paths).target == "evoking"


def test_suggest_command(cli: Cli, paths: Paths) -> None:
    result = cli(["suggest"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert result.stdout.strip() == f"engaging: {suggest_msg.SUGGEST_ENGAGING}"
    save(paths, make_entry(NOW, Stage.engaging))
    result = cli(["suggest", "--json"])
    assert result.exit_code == 0
    import json

    assert json.loads(result.stdout) == {"suggestion": "focusing",
                                         "reason": suggest_msg.SUGGEST_FOCUSING}


def test_low_confidence_suggests_the_confidence_pack_through_the_cli(cli: Cli,
                                                                     paths: Paths) -> None:
    save(paths, make_entry(NOW - 2 * DAY, Stage.focusing),
         make_entry(NOW - DAY, Stage.evoking, rulers={Ruler.importance: 8,
                                                      Ruler.confidence: 3}))
    result = cli(["suggest", "--json"])
    assert result.exit_code == 0
    import json

    assert json.loads(result.output) == {
        "suggestion": "confidence", "reason": suggest_msg.suggest_confidence_low(3)}
    # ...and the suggestion names a pack that runs.
    answers = '{"focus": "drinking on weeknights", "confidence": 3}'
    result = cli(["interview", "confidence", "--answers", "-"], input=answers)
    assert result.exit_code == 0, result.output


def test_suggestion_reasons_do_not_presume_a_change() -> None:
    for reason in (suggest_msg.SUGGEST_EVOKING_RECENT, suggest_msg.suggest_evoking_low(4),
                   suggest_msg.suggest_confidence_low(2)):
        assert "reasons for change" not in reason and "the change" not in reason


def test_someone_who_named_a_focus_elsewhere_is_past_focusing(
        cli: Cli, paths: Paths) -> None:
    # Walked twice: a focus named in evoking and kept in planning, then `mij suggest` said
    # "You have not chosen a focus yet"; later, a confidence interview, a change plan and
    # four goals still met "focusing: You have not had a focusing interview yet". Every
    # evoking and planning pack asks for a focus: the person has chosen a direction.
    answers = '{"focus": "drinking most nights"}'
    assert cli(["interview", "evoking", "--answers", "-"], input=answers).exit_code == 0
    result = cli(["suggest"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert not result.stdout.startswith("focusing: "), result.stdout


def test_the_walk_through_person_is_past_focusing(cli: Cli, paths: Paths) -> None:
    from mi_journal.goals.editing import add_goal

    save(paths, make_entry(NOW - 3 * DAY, Stage.engaging),
         make_entry(NOW - 2 * DAY, Stage.evoking, rulers={Ruler.confidence: 8}),  # confidence
         make_entry(NOW - DAY, Stage.planning, rulers={Ruler.confidence: 8}))  # change plan
    for title in ("keep every clinic appointment", "walk after dinner", "call my sister",
                  "save for the deposit"):
        add_goal(paths, title)
    assert suggest_next(paths) == ("checkin", suggest_msg.SUGGEST_CHECKIN)
    result = cli(["suggest", "--json"])
    assert result.exit_code == 0
    assert '"focusing"' not in result.stdout


@pytest.mark.parametrize(("entries", "goals", "expected"), [
    # Nothing that names a direction yet: focusing, with the reason that is true.
    ([Stage.engaging], 0, "focusing"),
    ([Stage.engaging], None, "focusing"),  # a goal list that cannot be read counts as none
    ([None], 0, "focusing"),  # a check-in only
    # A direction named in an interview of a later stage, or a goal of their own.
    ([Stage.engaging, Stage.planning], 0, "evoking"),
    ([Stage.engaging, Stage.evoking], 0, "checkin"),
    ([Stage.engaging], 2, "evoking"),
    ([Stage.engaging, Stage.focusing], 0, "evoking"),
])
def test_the_direction_rule(entries: list[Stage | None], goals: int | None,
                            expected: str) -> None:
    made = [make_entry(NOW - (len(entries) - i) * DAY, stage,
                       kind=EntryKind.interview if stage else EntryKind.checkin)
            for i, stage in enumerate(entries)]
    result = decide(gather(sorted(made, key=lambda e: e.created, reverse=True), NOW), goals)
    assert result.target == expected
    if expected == "focusing":
        assert result.reason == suggest_msg.SUGGEST_FOCUSING


def test_goals_alone_count_through_the_journal(paths: Paths) -> None:
    from mi_journal.goals.editing import add_goal

    save(paths, make_entry(NOW - DAY, Stage.engaging))
    assert suggest_next(paths).target == "focusing"
    add_goal(paths, "fewer late nights")
    assert suggest_next(paths).target == "evoking"

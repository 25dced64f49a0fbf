"""Property: any valid journal -> export json -> import into an empty home -> export again
gives byte-identical JSON (with the same `exported` time), and a second import adds nothing."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mi_journal.core.paths import Paths
from mi_journal.exporting.json_format import render_json
from mi_journal.exporting.selection import Selection, select
from mi_journal.importing.own import import_export_file
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.files import atomic_write_bytes
from mi_journal.storage.models import (
    Answer,
    AnswerKind,
    Entry,
    EntryKind,
    Goal,
    GoalList,
    GoalNote,
    GoalStatus,
    Ruler,
    Stage,
    Step,
)
from mi_journal.storage.tomlfile import dump_model

FIXED = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
ZONES = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-9, minutes=-30)),
         timezone(timedelta(hours=5, minutes=45))]

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
nonempty = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20)
slugs = st.from_regex(r"^[a-z][a-z0-9-]{0,10}$", fullmatch=True)
times = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2099, 12, 31),
    timezones=st.sampled_from(ZONES),
)
suffixes = st.from_regex(r"^[a-z0-9]{4,8}$", fullmatch=True)
goal_ids = st.from_regex(r"^[a-z0-9]{2,6}$", fullmatch=True)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    kind = draw(st.sampled_from(list(AnswerKind)))
    skipped = draw(st.booleans())
    value: object = None
    ruler = None
    if not skipped:
        if kind in (AnswerKind.text, AnswerKind.long_text, AnswerKind.choice):
            value = draw(texts)
        elif kind is AnswerKind.scale:
            value = draw(st.integers(0, 10))
            ruler = draw(st.none() | st.sampled_from(list(Ruler)))
        elif kind is AnswerKind.yes_no:
            value = draw(st.booleans())
        else:
            value = draw(st.lists(texts, max_size=3))
    return Answer(prompt=draw(slugs), question=draw(texts), kind=kind, value=value,
                  skipped=skipped, ruler=ruler)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    created = draw(times)
    return Entry(
        id=f"{created:%Y%m%d-%H%M%S}-{draw(suffixes)}",
        created=created,
        updated=draw(st.none() | times),
        kind=draw(st.sampled_from(list(EntryKind))),
        pack=draw(st.none() | slugs),
        pack_version=draw(st.none() | texts),
        stage=draw(st.none() | st.sampled_from(list(Stage))),
        title=draw(st.none() | texts),
        text=draw(st.none() | texts),
        tags=draw(st.lists(nonempty, max_size=3)),
        goals=draw(st.lists(goal_ids, max_size=2)),
        answers=draw(st.lists(answers(), max_size=4)),
        summary=draw(st.none() | texts),
        source=draw(st.none() | texts),
    )


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    return Goal(
        id=draw(goal_ids),
        title=draw(nonempty),
        why=draw(texts),
        status=draw(st.sampled_from(list(GoalStatus))),
        steps=draw(st.lists(st.builds(Step, text=nonempty, done=st.booleans()), max_size=3)),
        created=draw(times),
        updated=draw(times),
        target=draw(st.none() | st.dates()),
        notes=draw(st.lists(st.builds(GoalNote, at=times, text=texts), max_size=2)),
    )


journals = st.tuples(
    st.lists(entries(), max_size=5, unique_by=lambda e: e.id),
    st.lists(goals(), max_size=3, unique_by=lambda g: g.id),
)


def export_text(paths: Paths) -> str:
    return render_json(select(paths, Selection(), FIXED))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals)
def test_export_import_export_is_identical(journal: tuple[list[Entry], list[Goal]]) -> None:
    stored, goal_list = journal
    # fsync makes no difference to what is written; skipping it keeps this test quick.
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        source = Paths(home=Path(folder) / "a")
        target = Paths(home=Path(folder) / "b")
        for entry in stored:
            write_new_entry(source, entry)
        if goal_list:
            atomic_write_bytes(source.goals, dump_model(GoalList(goals=goal_list)))
        first = export_text(source)
        file = Path(folder) / "export.json"
        file.write_text(first, "utf-8")
        counts = import_export_file(target, file)
        assert counts.added == len(stored) and counts.goals_added == len(goal_list)
        assert export_text(target) == first
        again = import_export_file(target, file)
        assert again.added == 0 and again.present == len(stored)
        assert export_text(target) == first

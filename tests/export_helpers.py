"""Sample journals shared by the export and import tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from mi_journal.core.paths import Paths
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
    Ruler,
    Stage,
    Step,
)
from mi_journal.storage.tomlfile import dump_model

TZ = timezone(timedelta(hours=-5))
NASTY = (
    'Tom & "Jerry" <script>alert(1)</script> <img src=x onerror=alert(2)> '
    "https://evil.example/x \x1b[31mred\u202e"
)


def sample_entries() -> list[Entry]:
    base = datetime(2026, 3, 2, 19, 30, tzinfo=TZ)
    interview = Entry(
        id="20260302-193000-aaaa",
        created=base,
        kind=EntryKind.interview,
        pack="evoking",
        pack_version="1",
        stage=Stage.evoking,
        title="Why it matters",
        tags=["evening", "family"],
        goals=["ab"],
        answers=[
            Answer(prompt="why", question="What would be better if things changed?",
                   kind=AnswerKind.long_text, value="I'd sleep.\nAnd " + NASTY),
            Answer(prompt="importance", question="How important is this to you, 0-10?",
                   kind=AnswerKind.scale, value=6, ruler=Ruler.importance),
            Answer(prompt="confidence", question="How confident are you, 0-10?",
                   kind=AnswerKind.scale, value=4, ruler=Ruler.confidence),
            Answer(prompt="help", question="Who could help?", kind=AnswerKind.list,
                   value=["my sister", "the clinic"]),
            Answer(prompt="ready", question="Ready to talk to someone?",
                   kind=AnswerKind.yes_no, value=True),
            Answer(prompt="skip", question="Anything else?", kind=AnswerKind.text, skipped=True),
        ],
        summary="You said sleep matters. " + NASTY,
    )
    checkin = Entry(
        id="20260310-080000-bbbb",
        created=base + timedelta(days=7, hours=12, minutes=30),
        kind=EntryKind.checkin,
        pack="daily",
        stage=Stage.planning,
        tags=["morning"],
        answers=[
            Answer(prompt="readiness", question="How ready do you feel, 0-10?",
                   kind=AnswerKind.scale, value=7, ruler=Ruler.readiness),
            Answer(prompt="importance", question="How important is this to you, 0-10?",
                   kind=AnswerKind.scale, value=8, ruler=Ruler.importance),
        ],
    )
    note = Entry(
        id="20260401-120000-cccc",
        created=datetime(2026, 4, 1, 12, tzinfo=TZ),
        kind=EntryKind.note,
        text=NASTY + "\nline two",
        tags=[NASTY[:40]],
    )
    return [interview, checkin, note]


def sample_goals() -> GoalList:
    at = datetime(2026, 3, 1, 9, tzinfo=TZ)
    return GoalList(goals=[
        Goal(id="ab", title="Weeknights off " + NASTY, why="For my kids. " + NASTY,
             steps=[Step(text="Tell my sister", done=True), Step(text="Plan Fridays " + NASTY)],
             created=at, updated=at, target=date(2026, 6, 1),
             notes=[GoalNote(at=at, text="Went well " + NASTY)]),
        Goal(id="cd", title="Walk more", created=at, updated=at, status="paused"),
    ])


def write_sample(paths: Paths) -> None:
    for entry in sample_entries():
        write_new_entry(paths, entry)
    atomic_write_bytes(paths.goals, dump_model(sample_goals()))

"""A realistic three weeks for the counsellor-report tests: 20 entries answered through
the interview engine (a homework pack, daily check-ins, evoking interviews) plus notes.

The answers are ordinary sentences of ordinary length, with some optional questions
skipped, two check-ins on one day, and a homework pack installed as a client would.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.interview.engine import Interview
from mi_journal.packs.registry import find_pack, installed_pack_path
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.models import AnswerKind, Entry, EntryKind

TZ = timezone(timedelta(hours=-5))
START = datetime(2026, 3, 2, 20, 15, tzinfo=TZ)
HOMEWORK = "first-week-noticing"
EXAMPLES = Path(__file__).resolve().parents[2] / "prompts" / "examples"

SENTENCES = [
    "After work I sat in the car for ten minutes before going in, and I noticed I was "
    "already thinking about the fridge.",
    "My sister called and we talked for an hour; I did not think about a drink until she "
    "hung up.",
    "I want to be awake for the kids' football on Saturday mornings, not sitting in the car "
    "with a headache.",
    "I could tell Sam that I am taking a break for a month, he would probably understand.",
    "Money is tight and I added it up: it is more than I spend on food some weeks.",
    "I poured the rest of the wine down the sink on Sunday and went for a walk instead.",
    "Evenings alone are the hardest part, especially when the house is quiet.",
    "I will ask the doctor about sleep when I see her on Thursday.",
]
SHORT = ["tired", "a bit better than yesterday", "walked home", "my sister", "Sam"]


def _answer(interview: Interview, turn: int) -> None:
    question = interview.current()
    assert question is not None
    prompt = question.prompt
    if prompt.optional and turn % 4 == 3:
        interview.skip()
        return
    kind = prompt.kind
    if kind is AnswerKind.scale:
        low, high = prompt.bounds
        interview.submit_value(min(high, max(low, 4 + turn % 5)))
    elif kind is AnswerKind.yes_no:
        interview.submit_value(turn % 2 == 0)
    elif kind is AnswerKind.choice:
        assert prompt.choices is not None  # a choice prompt has its choices
        interview.submit_value(prompt.choices[turn % len(prompt.choices)])
    elif kind is AnswerKind.list:
        interview.submit_value(SHORT[turn % 3: turn % 3 + 2])
    elif kind is AnswerKind.long_text:
        interview.submit(SENTENCES[turn % len(SENTENCES)] + " "
                         + SENTENCES[(turn + 3) % len(SENTENCES)])
    else:
        interview.submit(SENTENCES[turn % len(SENTENCES)].split(",")[0].rstrip(".") + ".")


def _interview_entry(paths: Paths, pack_id: str, created: datetime, seed: int) -> Entry:
    interview = Interview(find_pack(paths, pack_id).pack)
    turn = seed
    while not interview.finished:
        _answer(interview, turn)
        turn += 1
    entry_id = f"{created:%Y%m%d-%H%M%S}-r{seed:03d}"
    return interview.entry(entry_id, created)


def install_homework(paths: Paths) -> None:
    target = installed_pack_path(paths, HOMEWORK)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copyfile(EXAMPLES / f"{HOMEWORK}.toml", target)
    target.chmod(0o600)


def write_realistic_journal(paths: Paths) -> list[Entry]:
    """Write the 20 entries (and install the homework pack); return them, oldest first."""
    install_homework(paths)
    plan: list[tuple[str | None, timedelta]] = []
    for day in range(5):  # homework on five evenings
        plan.append((HOMEWORK, timedelta(days=day)))
    for day in range(9):  # check-ins, two on the third day
        plan.append(("checkin", timedelta(days=day, hours=-11)))
    plan.append(("checkin", timedelta(days=2, hours=-2)))
    for day in (6, 11, 16):  # longer interviews
        plan.append(("evoking", timedelta(days=day, hours=-1)))
    plan += [(None, timedelta(days=3, hours=-6)), (None, timedelta(days=13, hours=-4))]
    entries = []
    for seed, (pack_id, offset) in enumerate(plan):
        created = START + offset
        if pack_id is None:
            entry = Entry(id=f"{created:%Y%m%d-%H%M%S}-n{seed:03d}", created=created,
                          kind=EntryKind.note, text=SENTENCES[seed % len(SENTENCES)])
        else:
            entry = _interview_entry(paths, pack_id, created, seed)
        write_new_entry(paths, entry)
        entries.append(entry)
    return sorted(entries, key=lambda entry: entry.id)

"""The everyday commands served by the index give what the full path gives.

`mij reflect`, `suggest`, `trends`, `homework` and the home status read the
derived index (the change talk each entry holds is read once and kept, ruler
readings have a table, file names come from the index) instead of parsing and
tagging the journal. Each keeps a full path (reading every file) for when the
index cannot be used; these tests compare the two on a journal with edits,
deletions, set-aside quotes and crisis answers, through the domain functions and
through the CLI.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.paths import Paths
from mi_journal.index import IndexBusy
from mi_journal.reflect.stored_talk import journal_reflection
from mi_journal.reflect.summaries import build_reflection, hidden_keys, hide_quote, reflection_json
from mi_journal.storage.entries import entry_path, load_entries, new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Ruler, Stage
from tests.conftest import Cli

BASE = datetime(2026, 3, 20, 20, 0).astimezone()
CRISIS = "I want to die. I will stop drinking tonight."


def _when(days_ago: float) -> datetime:
    return BASE - timedelta(days=days_ago)


def _note(text: str, days_ago: float) -> Entry:
    created = _when(days_ago)
    return Entry(id=new_entry_id(created), created=created, kind=EntryKind.note, text=text)


def _interview(texts: list[str], rulers: dict[Ruler, int], days_ago: float,
               stage: Stage = Stage.evoking, pack: str = "evoking",
               kind: EntryKind = EntryKind.interview) -> Entry:
    created = _when(days_ago)
    answers = [Answer(prompt=f"p{i}", question="What would make this change worth it?",
                      kind=AnswerKind.text, value=text) for i, text in enumerate(texts)]
    answers += [Answer(prompt=ruler.value, question="From 0 to 10?", kind=AnswerKind.scale,
                       value=value, ruler=ruler) for ruler, value in rulers.items()]
    answers.append(Answer(prompt="skipped", question="Anything else?", kind=AnswerKind.text,
                          skipped=True))
    return Entry(id=new_entry_id(created), created=created, kind=kind, pack=pack,
                 stage=None if kind is EntryKind.checkin else stage, answers=answers)


def _journal() -> list[Entry]:
    """Change talk of every kind, repeated wordings, sustain talk, crisis answers,
    rulers over months, a focusing interview and a check-in."""
    entries = [
        _interview(["I want to spend more time with my kids.", "It matters for my health."],
                   {Ruler.importance: 4, Ruler.confidence: 6}, 200, Stage.focusing,
                   "focusing"),
        _note("I want to cut down on the wine. It helps me relax though.", 150),
        _note("My sleep would be so much better without the wine.", 120),
        _interview(["I'd have more money for the kids. I'm ready to try.", CRISIS],
                   {Ruler.importance: 8, Ruler.confidence: 5, Ruler.readiness: 7}, 90),
        _note("I will call the clinic on Monday.", 60),
        _note("I want to cut down on the wine.", 40),  # the same wording again
        _interview(["I need to stop for my health. I could walk to work instead."],
                   {Ruler.importance: 9, Ruler.confidence: 8}, 20, Stage.planning, "planning"),
        _interview(["Honestly I think everyone would be better off without me."],
                   {Ruler.importance: 3}, 10),
        _interview(["I will pour the rest out tonight, for my kids."],
                   {Ruler.importance: 7}, 5, kind=EntryKind.checkin, pack="checkin"),
        _note("I have already cut down to two glasses on weeknights.", 2),
        _note("Drinking is the only thing that helps me sleep.", 1),
        _note("I want to cut down on the wine, for my health and my kids.", 0.5),
    ]
    return entries


def _old(path: Path, seconds: float = 60) -> None:
    """As in real use, files are not from this very second."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def _save(paths: Paths, entries: list[Entry]) -> list[Path]:
    saved = [write_new_entry(paths, entry) for entry in entries]
    for path in saved:
        _old(path)
    return saved


def _full(paths: Paths, since: date | None = None) -> dict[str, Any]:
    loaded = load_entries(paths)
    return reflection_json(build_reflection(loaded.entries, since, hidden=hidden_keys(paths)))


def _served(paths: Paths, since: date | None = None) -> dict[str, Any]:
    return reflection_json(journal_reflection(paths, since)[0])


def _same_reflection(paths: Paths) -> None:
    for since in (None, (BASE - timedelta(days=100)).date(), (BASE - timedelta(days=3)).date(),
                  (BASE + timedelta(days=10)).date()):
        assert _served(paths, since) == _full(paths, since), since


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    _old(path, 30)


def test_reflect_from_the_index_equals_the_full_path(paths: Paths) -> None:
    saved = _save(paths, _journal())
    _same_reflection(paths)
    served = _served(paths)
    assert served["change_talk"] > 5 and served["crisis_left_out"] == 2
    quoted = json.dumps(served)
    assert "die" not in quoted and "better off without me" not in quoted
    # Set a quote aside, edit one entry in place, delete another: still the same.
    hide_quote(paths, load_entries(paths).entries, "I will call the clinic on Monday.")
    _old(paths.hidden_quotes)
    _rewrite(saved[2], "My sleep would be so much better without the wine.",
             "I am going to stop buying wine this week.")
    saved[5].unlink()
    _same_reflection(paths)
    served = _served(paths)
    assert served["set_aside"] == 1
    assert "stop buying wine" in json.dumps(served)
    assert "clinic on Monday" not in json.dumps(served)


def test_crisis_words_added_by_an_edit_are_never_reflected(paths: Paths) -> None:
    saved = _save(paths, _journal())
    steps = "I have already cut down to two glasses on weeknights."
    assert steps in json.dumps(_served(paths))
    before = _served(paths)["crisis_left_out"]
    _rewrite(saved[9], steps, steps + " Then I want to end it all.")
    served = _served(paths)
    assert served == _full(paths)
    assert served["crisis_left_out"] == before + 1
    assert "two glasses" not in json.dumps(served)
    assert "end it all" not in json.dumps(served)


def test_talk_is_read_once_and_again_only_for_changed_entries(paths: Paths) -> None:
    from mi_journal.index import open_index
    from mi_journal.reflect.stored_talk import fill_talk

    saved = _save(paths, _journal())
    _served(paths)
    with open_index(paths) as index:
        assert fill_talk(index.db, paths.entries) == 0  # all read already
    _rewrite(saved[1], "It helps me relax though.", "It helps me relax, I suppose.")
    with open_index(paths) as index:
        assert fill_talk(index.db, paths.entries) == 1  # only the changed one


def test_talk_is_read_again_when_the_tagger_changes(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.index import open_index
    from mi_journal.reflect import stored_talk

    _save(paths, _journal())
    _served(paths)
    monkeypatch.setattr(stored_talk, "talk_fingerprint", lambda: "another tagger")
    with open_index(paths) as index:
        assert stored_talk.fill_talk(index.db, paths.entries) == len(_journal())
    assert _served(paths) == _full(paths)


def test_the_fingerprint_covers_the_crisis_detector() -> None:
    from mi_journal.reflect import stored_talk

    package = Path(stored_talk.__file__).resolve().parent.parent
    assert (package / "crisis" / "detect.py").is_file()
    assert (package / "crisis" / "weights.json").is_file()
    assert (package / "changetalk" / "tagger.py").is_file()
    stored_talk.talk_fingerprint.cache_clear()
    assert len(stored_talk.talk_fingerprint()) == 32


def _unusable_index(monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(*_: object, **__: object) -> None:
        raise IndexBusy("busy")

    monkeypatch.setattr("mi_journal.index.open_index", busy)


@pytest.mark.parametrize("args", [["reflect"], ["reflect", "--json"],
                                  ["reflect", "--since", "2026-01-01"], ["suggest"],
                                  ["suggest", "--json"], ["homework", "--json"], []])
def test_cli_output_is_that_of_the_full_path(
        cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    saved = _save(paths, _journal())
    hide_quote(paths, load_entries(paths).entries, "I want to spend more time with my kids.")
    saved[3].unlink()
    served = cli(args, env={"COLUMNS": "100"})
    assert served.exit_code == 0, served.output
    _unusable_index(monkeypatch)
    full = cli(args, env={"COLUMNS": "100"})
    assert full.exit_code == 0, full.output
    assert served.stdout == full.stdout
    assert served.stdout.strip()


def test_suggest_from_the_index_follows_edits_and_goals(cli: Cli, paths: Paths) -> None:
    from mi_journal.interview.suggest import decide, entries_newest_first, gather, suggest_next

    saved = _save(paths, _journal())

    def both() -> str:
        served = suggest_next(paths, BASE)
        goals = None if not paths.goals.exists() else sum(
            1 for line in paths.goals.read_text().splitlines() if line == 'status = "active"')
        full = decide(gather(entries_newest_first(paths), BASE), goals or 0)
        assert served == full
        return served.target

    history = gather(entries_newest_first(paths), BASE)
    assert history.rulers == {Ruler.importance: 7, Ruler.confidence: 8}
    assert history.has_direction and history.recent_evoking
    assert both() == "planning"  # no goal yet
    _rewrite(saved[8], "value = 7", "value = 5")  # the latest importance, now low
    assert both() == "evoking"
    _rewrite(saved[8], "value = 5", "value = 9")
    assert both() == "planning"
    assert cli(["goals", "add", "Walk to work"]).exit_code == 0
    _old(paths.goals)
    assert both() == "checkin"
    # The goal paused, the file changed again: the kept count is not reused.
    text = paths.goals.read_text(encoding="utf-8").replace('status = "active"',
                                                          'status = "paused"')
    paths.goals.write_text(text, encoding="utf-8")
    _old(paths.goals, 30)
    assert both() == "planning"


def test_trends_chart_from_the_index_equals_the_readings(paths: Paths) -> None:
    from mi_journal.reflect.trends import build_trend, chart_from_index, load_readings, summarise

    saved = _save(paths, _journal())
    _rewrite(saved[6], "value = 9", "value = 2")
    saved[0].unlink()
    for rulers in (None, [Ruler.confidence], [Ruler.importance, Ruler.readiness]):
        for since in (None, (BASE - timedelta(days=30)).date(), (BASE + timedelta(1)).date()):
            for columns in (400, 30, 8, 2, 1):
                readings = load_readings(paths, rulers, since)
                trend = build_trend(readings, rulers, max_columns=columns)
                chart, problems = chart_from_index(paths, rulers, since, max_columns=columns)
                assert problems == []
                assert chart.count == len(readings)
                assert (chart.trend.unit, chart.trend.rulers, chart.trend.buckets) == (
                    trend.unit, trend.rulers, trend.buckets) or not readings
                assert chart.summaries == summarise(trend)


def test_trends_first_and_latest_with_readings_at_the_same_moment(paths: Paths) -> None:
    from mi_journal.reflect.trends import build_trend, chart_from_index, load_readings, summarise

    created = _when(3)
    twins = []
    for suffix, value in (("bbbb", 4), ("aaaa", 6)):
        entry = _interview(["I want to rest more."], {Ruler.importance: value}, 3)
        twins.append(entry.model_copy(update={"id": created.strftime("%Y%m%d-%H%M%S-") + suffix,
                                              "created": created}))
    _save(paths, twins)
    trend = build_trend(load_readings(paths))
    chart, _ = chart_from_index(paths)
    assert chart.summaries == summarise(trend)
    assert chart.summaries[0].first.entry_id.endswith("aaaa")


def test_home_status_from_the_index_counts_file_names(paths: Paths) -> None:
    from mi_journal.journal.notes import _status_of_names, journal_status
    from mi_journal.storage.entries import iter_entry_files

    saved = _save(paths, _journal()[:3])
    folder = saved[0].parent
    for name in ("20240229-101010-abcd.toml", "20230229-101010-abcd.toml",
                 "20240431-101010-abcd.toml", "20241301-101010-abcd.toml",
                 "20240101-246060-abcd.toml", "29991231-235959-zzzz.toml", "notes.toml"):
        (folder / name).write_text("x = 1\n", encoding="utf-8")  # unreadable entries
    # A readable entry whose id names a day that does not exist.
    odd = _note("I want to rest more.", 1).model_copy(update={"id": "20230229-101010-wxyz"})
    path = entry_path(paths, odd.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    from mi_journal.storage.tomlfile import dump_model

    path.write_bytes(dump_model(odd))
    full = _status_of_names(p.stem for p in iter_entry_files(paths))
    assert journal_status(paths) == full
    assert full.entry_count == 3 + 2  # the three, 20240229 and 29991231
    assert full.latest == datetime(2999, 12, 31, 23, 59, 59)


def test_doctor_reads_again_what_changed_since_the_index_saw_it(cli: Cli, paths: Paths) -> None:
    saved = _save(paths, _journal())
    assert cli(["list"]).exit_code == 0  # the index holds every entry as readable
    saved[4].write_text("schema = 1\nid = [broken\n", encoding="utf-8")
    _old(saved[4], 30)
    result = cli(["doctor", "--json"])
    report = json.loads(result.stdout)
    assert report["read"]["entries"] == len(saved) - 1
    assert [f["kind"] for f in report["findings"] if f["problem"]] == ["unreadable"]


def test_doctor_without_a_usable_index_reads_every_file(cli: Cli, paths: Paths) -> None:
    from mi_journal.journal.doctor import check

    saved = _save(paths, _journal())
    assert cli(["list"]).exit_code == 0
    with_index = check(paths)
    index = paths.cache / "index.sqlite3"
    index.write_bytes(b"not a database")
    without = check(paths)
    assert with_index.counts["entries"] == without.counts["entries"] == len(saved)
    assert any(f.kind == "index" for f in without.findings)


def test_many_entries_are_read_by_workers_with_the_same_result(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first `reflect` of many entries shares them out over forked workers."""
    from mi_journal.index import open_index
    from mi_journal.reflect import stored_talk

    _save(paths, _journal())
    monkeypatch.setattr("mi_journal.index.refresh.PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(stored_talk, "FILL_BATCH", 5)  # several batches, one pool
    noticed: list[int] = []
    monkeypatch.setattr(stored_talk, "NOTICE_MIN_ENTRIES", 1)
    with open_index(paths) as index:
        assert stored_talk.fill_talk(index.db, paths.entries, noticed.append) == len(_journal())
    assert noticed == [len(_journal())]
    _same_reflection(paths)


def test_the_reflection_is_kept_until_the_talk_or_the_quotes_set_aside_change(
        paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.reflect import stored_talk

    saved = _save(paths, _journal())
    worked_out: list[date | None] = []
    real = stored_talk.reflection_from_index

    def counting(db: Any, since: date | None, *rest: Any) -> Any:
        worked_out.append(since)
        return real(db, since, *rest)

    monkeypatch.setattr(stored_talk, "reflection_from_index", counting)
    first = _served(paths)
    assert _served(paths) == first == _full(paths)
    assert len(worked_out) == 1  # the second was the kept one
    since = (BASE - timedelta(days=30)).date()
    assert _served(paths, since) == _full(paths, since)
    assert worked_out[-1] == since and len(worked_out) == 2
    _save(paths, [_note("I want to walk to work, for my health.", 0.2)])  # a new entry
    assert _served(paths) == _full(paths) != first
    saved[4].unlink()  # a deleted one: its talk goes with its row
    assert _served(paths) == _full(paths)
    _rewrite(saved[6], "I could walk to work instead.", "I could cycle instead.")
    assert _served(paths) == _full(paths)
    hide_quote(paths, load_entries(paths).entries, "I want to cut down on the wine.")
    _old(paths.hidden_quotes)
    assert _served(paths) == _full(paths)
    assert len(worked_out) == 6
    assert _served(paths) == _full(paths)
    assert len(worked_out) == 6  # nothing changed since: kept


def test_a_kept_reflection_reads_back_whole(paths: Paths) -> None:
    from dataclasses import fields

    from mi_journal.reflect.stored_talk import reflection_from_record, reflection_record
    from mi_journal.reflect.summaries import Reflection

    _save(paths, _journal())
    hide_quote(paths, load_entries(paths).entries, "I will call the clinic on Monday.")
    reflection = journal_reflection(paths)[0]
    assert reflection.strongest and reflection.groups and reflection.themes
    record = reflection_record(reflection)
    assert set(record) == {field.name for field in fields(Reflection)}
    back = reflection_from_record(json.loads(json.dumps(record)))
    assert back == reflection
    assert [quote.key for quote in back.strongest] == [quote.key for quote in reflection.strongest]


def _ruler_days(paths: Paths) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The kept per-day totals, and the same summed from every reading."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(paths.cache / "index.sqlite3")) as db:
        kept = db.execute("SELECT day, ruler, total, many, low, high FROM ruler_days "
                          "ORDER BY day, ruler").fetchall()
        summed = db.execute("SELECT day, ruler, sum(value), count(*), min(value), max(value) "
                            "FROM readings GROUP BY day, ruler ORDER BY day, ruler").fetchall()
    return kept, summed


@pytest.mark.parametrize("args", [["trends"], ["trends", "--since", "2026-03-01"],
                                  ["trends", "--ruler", "importance"], ["trends", "--json"]])
def test_trends_kept_day_totals_follow_every_change(
        cli: Cli, paths: Paths, args: list[str]) -> None:
    """`ruler_days` is kept up to date by triggers as readings come and go: after edits
    (the lowest and highest reading of a day changed), deletions, new entries, a file
    that no longer reads and one that reads again, it equals the readings summed, and
    `mij trends` prints byte for byte what a fresh index built from the files gives."""
    same_day = [_interview(["I want to rest more."], {Ruler.importance: value,
                                                      Ruler.confidence: 10 - value},
                           20 + hour / 24) for hour, value in ((1, 2), (2, 9), (3, 5))]
    saved = _save(paths, [*_journal(), *same_day])

    def check() -> None:
        first = cli(args, env={"COLUMNS": "100"})
        assert first.exit_code == 0, first.output
        kept, summed = _ruler_days(paths)
        assert kept == summed
        assert kept
        (paths.cache / "index.sqlite3").unlink()
        fresh = cli(args, env={"COLUMNS": "100"})
        assert fresh.exit_code == 0, fresh.output
        assert first.stdout == fresh.stdout
        assert _ruler_days(paths) == (kept, summed)

    check()
    lowest, highest = saved[-3], saved[-2]
    _rewrite(lowest, "value = 2", "value = 6")  # the day's lowest importance goes up
    check()
    highest.unlink()  # the day's highest importance goes
    check()
    _rewrite(saved[-1], "value = 5", "value = 0")
    check()
    broken = saved[6]
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text + "\nnot toml at all [[[\n", encoding="utf-8")
    _old(broken, 30)
    check()  # its readings are gone with its row
    broken.write_text(text, encoding="utf-8")
    _old(broken, 20)
    check()
    saved += _save(paths, [_interview(["I could walk more."], {Ruler.readiness: 4}, 0.2)])
    check()
    for path in saved:
        if path.exists():
            path.unlink()
    assert cli(args).exit_code == 0
    assert _ruler_days(paths) == ([], [])

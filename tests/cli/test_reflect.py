"""`mij reflect` and `mij reflect tag`: through the CLI and the domain functions."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from mi_journal.core.paths import Paths
from mi_journal.messages import reflect as reflect_msg
from mi_journal.reflect.summaries import (
    build_reflection,
    change_talk_section,
    own_words,
    reflection_json,
)
from mi_journal.storage.entries import new_entry_id, write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind
from tests.conftest import Cli


def _when(days_ago: int) -> datetime:
    base = datetime(2026, 3, 20, 20, 0).astimezone()
    return base - timedelta(days=days_ago)


def _note(text: str, days_ago: int = 0) -> Entry:
    created = _when(days_ago)
    return Entry(id=new_entry_id(created), created=created, kind=EntryKind.note, text=text)


def _interview(answers: list[tuple[AnswerKind, object]], days_ago: int = 0) -> Entry:
    created = _when(days_ago)
    return Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        answers=[
            Answer(prompt=f"p{i}", question="What matters to you?", kind=kind, value=value)
            for i, (kind, value) in enumerate(answers)
        ],
    )


JOURNAL = [
    _note("I want to cut down on the wine. It helps me relax though.", days_ago=15),
    _note("My sleep would be so much better without the wine. My wife wants me to quit.", 14),
    _interview([
        (AnswerKind.text, "I'd have more money for the kids. I'm ready to try."),
        (AnswerKind.choice, "I will quit today"),  # a pack's option, not the person's words
        (AnswerKind.scale, 7),
        (AnswerKind.list, ["I will call the clinic on Monday.", "more time with the kids"]),
    ], days_ago=7),
    _note("I poured the rest of the wine out. I need it to sleep, honestly.", 1),
    _note("I want to cut down on the wine.", 0),
]


def _save(paths: Paths, entries: list[Entry]) -> None:
    for entry in entries:
        write_new_entry(paths, entry)


def test_own_words_leave_out_pack_wording() -> None:
    words = [text for text, _ in own_words(JOURNAL[2])]
    assert words == [
        "I'd have more money for the kids. I'm ready to try.",
        "I will call the clinic on Monday.", "more time with the kids",
    ]


def test_build_reflection_groups_mobilizing_first() -> None:
    reflection = build_reflection(JOURNAL)
    kinds = [group.kind for group in reflection.groups]
    assert kinds == ["commitment", "activation", "taking_steps", "desire", "reasons"]
    desire = reflection.groups[3]
    assert [q.text for q in desire.quotes] == ["I want to cut down on the wine."]  # once only
    quoted = {q.text for g in reflection.groups for q in g.quotes}
    assert "I need it to sleep, honestly." not in quoted  # sustain talk is never quoted
    assert "It helps me relax though." not in quoted
    assert "My wife wants me to quit." not in quoted
    assert "I will quit today" not in quoted
    assert reflection.sustain == 2
    assert reflection.entries == 5


def test_repeated_reasons_and_weeks() -> None:
    reflection = build_reflection(JOURNAL)
    words = {theme.word: theme.count for theme in reflection.themes}
    assert words.get("wine") == 2
    assert "i'd" not in words and "would" not in words
    assert all(count >= 2 for count in words.values())
    weeks = reflection.weeks
    assert [w.start.weekday() for w in weeks] == [0] * len(weeks)
    assert weeks == sorted(weeks, key=lambda w: w.start)
    assert sum(w.change for w in weeks) == reflection.change
    assert sum(w.sustain for w in weeks) == 2
    assert len(weeks) == 3  # every week from the first to the last, empty ones too


def test_since_limits_the_period() -> None:
    since = _when(2).date()
    reflection = build_reflection(JOURNAL, since)
    assert reflection.entries == 2
    assert reflection.weeks[0].start <= since
    data = reflection_json(reflection)
    assert data["since"] == since.isoformat()
    assert {group["kind"] for group in data["by_kind"]} == {"taking_steps", "desire"}


def test_change_talk_section_for_export() -> None:
    section = change_talk_section(JOURNAL)
    assert section[0].kind == "commitment"
    assert section[0].quotes[0].text == "I will call the clinic on Monday."
    assert all(q.kind == g.kind for g in section for q in g.quotes)
    assert change_talk_section([]) == []
    assert change_talk_section([_note("It helps me relax.")]) == []


def test_cli_reflect_tag_json_lines(cli: Cli) -> None:
    text = "I want to quit.\nmy wife wants me to quit\n\n  \nI can't stop\n"
    result = cli(["reflect", "tag"], input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["label"], r["kind"]) for r in rows] == [
        ("change", "desire"), ("neutral", None), ("sustain", "ability"),
    ]
    assert rows[0]["text"] == "I want to quit."
    assert all(set(r) == {"text", "label", "kind", "cues", "crisis"} for r in rows)
    assert not any(r["crisis"] for r in rows)
    assert isinstance(rows[0]["cues"], list) and rows[0]["cues"]


def test_cli_reflect_tag_escapes_control_characters(cli: Cli) -> None:
    result = cli(["reflect", "tag"], input="I want to quit \x1b[31m now\n")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert json.loads(result.stdout)["text"] == "I want to quit \x1b[31m now"


def test_cli_reflect_tag_refuses_bad_utf8(cli: Cli) -> None:
    result = cli(["reflect", "tag"], input=b"I want to quit\n\xff\xfe oops\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "line 2" in result.stderr and "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_reflect_tag_empty_input(cli: Cli) -> None:
    result = cli(["reflect", "tag"], input="")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_cli_reflect_without_entries(cli: Cli) -> None:
    result = cli(["reflect"])
    assert result.exit_code == 0
    assert "no entries" in result.stdout


def test_cli_reflect_summary(cli: Cli, paths: Paths) -> None:
    _save(paths, JOURNAL)
    result = cli(["reflect"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("What you said you will do") < out.index("What you want")
    assert "I will call the clinic on Monday." in out
    assert "I poured the rest of the wine out." in out
    assert "I need it to sleep" not in out
    assert "helps me relax" not in out
    assert "2 sentences leaned toward keeping things as they are" in out
    assert reflect_msg.REFLECT_WEEKS_HEADING in out and "█" in out and "░" in out
    assert "wine (in 2 of your statements)" in out
    weeks = out[out.index(reflect_msg.REFLECT_WEEKS_HEADING):].splitlines()[1:]
    mondays = {(_when(days) - timedelta(days=_when(days).weekday())).strftime("%b %d")
               for days in range(16)}
    rows = [line for line in weeks if ("█" in line or "░" in line) and "█ words" not in line]
    labels = [line.split("  ")[1] for line in rows]
    assert labels and all(label in mondays for label in labels), labels


def test_cli_reflect_json_and_since(cli: Cli, paths: Paths) -> None:
    _save(paths, JOURNAL)
    result = cli(["reflect", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["entries"] == 5
    assert data["by_kind"][0]["kind"] == "commitment"
    assert data["sustain_talk"] == 2
    assert data["weeks"][0]["week"] <= data["weeks"][-1]["week"]
    since = (date.today() + timedelta(days=1)).isoformat()
    later = cli(["reflect", "--since", since])
    assert later.exit_code == 0
    assert "no entries since then" in later.stdout


def test_cli_reflect_bad_since(cli: Cli) -> None:
    result = cli(["reflect", "--since", "last blue moon"])
    assert result.exit_code == 2
    assert result.stderr.startswith("mij: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_reflect_unreadable_entry_is_reported_and_left(cli: Cli, paths: Paths) -> None:
    _save(paths, JOURNAL[:1])
    bad = paths.entries / "2026" / "03" / "20260301-120000-abcd.toml"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text("this is = = not toml", encoding="utf-8")
    result = cli(["reflect"])
    assert result.exit_code == 0
    assert "left out of this reflection" in result.stderr
    assert bad.read_text(encoding="utf-8") == "this is = = not toml"
    assert "I want to cut down on the wine." in result.stdout


@pytest.mark.parametrize("args", [["reflect", "--help"], ["reflect", "tag", "--help"]])
def test_cli_reflect_help(cli: Cli, args: list[str]) -> None:
    result = cli(args)
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_reflect_tag_needs_piped_input(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    result = cli(["reflect", "tag"])
    assert result.exit_code == 2
    assert "pipe the statements in" in result.stderr


def test_cli_reflect_long_history_shows_recent_weeks(cli: Cli, paths: Paths) -> None:
    _save(paths, [_note("I want to cut down.", days_ago=7 * week) for week in range(20)])
    _save(paths, [_note("It helps me relax.", days_ago=3)])
    result = cli(["reflect"])
    assert result.exit_code == 0
    assert "earlier weeks are in `mij reflect --json`" in result.stdout
    data = json.loads(cli(["reflect", "--json"]).stdout)
    assert len(data["weeks"]) == 20
    assert sum(w["change"] for w in data["weeks"]) == 20
    assert data["by_kind"] == [
        {"kind": "desire", "total": 1, "quotes": data["by_kind"][0]["quotes"]},
    ]  # twenty times the same words: quoted once


def test_tag_a_limit_as_a_goal_and_the_habit_as_it_is(cli: Cli) -> None:
    """A goal that limits the habit is never sustain talk; the habit as it is, is."""
    lines = ["Only drink on Fridays and Saturdays", "I will only drink on Fridays from now on.",
             "We only drink on Fridays anyway."]
    result = cli(["reflect", "tag"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    labels = [json.loads(line)["label"] for line in result.stdout.splitlines()]
    assert labels[0] != "sustain" and labels[1:] == ["change", "sustain"]

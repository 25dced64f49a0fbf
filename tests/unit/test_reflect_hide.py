"""`mij reflect` (issue 12): strongest recent change talk, change and sustain talk by
week, setting quotes aside (`hide` / `unhide` / `hidden`, stored and reversible), and
the md/html change-talk sections fed by the same selection."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mi_journal.changetalk.select import quote_ref
from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.exporting.html_format import render_html
from mi_journal.exporting.markdown import render_markdown
from mi_journal.exporting.selection import Selection, select
from mi_journal.reflect.summaries import build_reflection, hidden_keys, hide_quote, unhide_quote
from mi_journal.storage.entries import load_entries, new_entry_id, write_new_entry
from mi_journal.storage.hidden import load_hidden
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind
from tests.conftest import Cli


def _when(days_ago: int) -> datetime:
    return datetime(2026, 3, 20, 20, 0).astimezone() - timedelta(days=days_ago)


def _note(text: str, days_ago: int = 0) -> Entry:
    created = _when(days_ago)
    return Entry(id=new_entry_id(created), created=created, kind=EntryKind.note, text=text)


JOURNAL = [
    _note("I want to cut down on the wine. It helps me relax though.", 40),
    _note("I will call the clinic on Monday. I need it to sleep, honestly.", 9),
    _note("I poured the rest of the wine out. I want to feel rested in the mornings.", 2),
    _note("I want to stop. I want to kill myself.", 1),
    _note("Yeah right, I'm totally going to stop drinking.", 0),
]


def _save(paths: Paths) -> None:
    for entry in JOURNAL:
        write_new_entry(paths, entry)


def _all_quotes(reflection) -> list[str]:
    return [q.text for g in reflection.groups for q in g.quotes]


def test_strongest_recent_is_mobilizing_first_and_recent() -> None:
    reflection = build_reflection(JOURNAL)
    strongest = [q.text for q in reflection.strongest]
    assert strongest[:2] == ["I poured the rest of the wine out.",
                             "I will call the clinic on Monday."]
    # "recent": the 40-day-old wish is grouped but not among the strongest recent
    assert "I want to cut down on the wine." in _all_quotes(reflection)
    assert "I want to cut down on the wine." not in strongest


def test_crisis_and_sarcasm_never_quoted_nor_counted_as_change() -> None:
    reflection = build_reflection(JOURNAL)
    quotes = " ".join(_all_quotes(reflection))
    assert "kill" not in quotes and "I want to stop." not in quotes
    assert "totally going to stop" not in quotes
    text = json.dumps(__import__("mi_journal.reflect.summaries", fromlist=["x"]).reflection_json(
        reflection))
    assert "kill myself" not in text


def test_weeks_count_change_and_sustain() -> None:
    reflection = build_reflection(JOURNAL)
    assert sum(w.change for w in reflection.weeks) == reflection.change >= 4
    assert sum(w.sustain for w in reflection.weeks) == reflection.sustain >= 2


def test_hide_and_unhide_domain(paths: Paths) -> None:
    _save(paths)
    entries = load_entries(paths).entries
    item = hide_quote(paths, entries, "clinic")
    assert item.text == "I will call the clinic on Monday."
    assert item.entry is not None
    stored = load_hidden(paths)
    assert [q.text for q in stored.quotes] == [item.text]
    mode = stat.S_IMODE(os.stat(paths.hidden_quotes).st_mode)
    assert mode == 0o600
    reflection = build_reflection(entries, hidden=hidden_keys(paths))
    assert item.text not in _all_quotes(reflection)
    assert item.text not in [q.text for q in reflection.strongest]
    assert reflection.hidden == 1
    with pytest.raises(MijError, match="already set aside"):
        hide_quote(paths, entries, "clinic")
    with pytest.raises(MijError, match="no quote of yours matches"):
        hide_quote(paths, entries, "nothing like this")
    with pytest.raises(MijError, match="2 quotes match"):
        hide_quote(paths, entries, "the wine")
    back = unhide_quote(paths, quote_ref(item.text))
    assert back.text == item.text
    assert load_hidden(paths).quotes == []
    assert item.text in _all_quotes(build_reflection(entries, hidden=hidden_keys(paths)))
    with pytest.raises(MijError, match="no set-aside quote matches"):
        unhide_quote(paths, "clinic")


def test_hide_by_reference_through_the_cli(cli: Cli, paths: Paths) -> None:
    _save(paths)
    shown = cli(["reflect"])
    assert shown.exit_code == 0, shown.output
    ref = quote_ref("I poured the rest of the wine out.")
    assert f"[{ref}]" in shown.stdout
    assert "Your strongest recent words for change" in shown.stdout
    hidden = cli(["reflect", "hide", ref])
    assert hidden.exit_code == 0, hidden.output
    assert f"mij reflect unhide {ref}" in " ".join(hidden.stdout.split())
    after = cli(["reflect"])
    assert "I poured the rest of the wine out." not in after.stdout
    assert "1 quote you set aside is not shown" in " ".join(after.stdout.split())
    assert "lists it)" in after.stdout
    data = json.loads(cli(["reflect", "--json"]).stdout)
    assert data["set_aside"] == 1
    assert all(q["ref"] != ref for g in data["by_kind"] for q in g["quotes"])
    listed = cli(["reflect", "hidden", "--json"])
    assert [q["ref"] for q in json.loads(listed.stdout)] == [ref]
    assert ref in cli(["reflect", "hidden"]).stdout
    again = cli(["reflect", "hide", ref])
    assert again.exit_code == 1
    assert "already set aside" in again.stderr
    back = cli(["reflect", "unhide", ref])
    assert back.exit_code == 0
    assert "I poured the rest of the wine out." in cli(["reflect"]).stdout
    missing = cli(["reflect", "unhide", ref])
    assert missing.exit_code == 1
    assert "Traceback" not in missing.output
    assert "You have not set any quotes aside." in cli(["reflect", "hidden"]).stdout


def test_set_aside_and_earlier_weeks_counts_agree_in_number() -> None:
    from mi_journal.messages import reflect as reflect_msg

    assert reflect_msg.reflect_set_aside(1).startswith("1 quote you set aside is not shown")
    assert reflect_msg.reflect_set_aside(2).startswith("2 quotes you set aside are not shown")
    assert reflect_msg.reflect_weeks_hidden(1) == "(the 1 earlier week is in `mij reflect --json`)"
    assert "3 earlier weeks are in" in reflect_msg.reflect_weeks_hidden(3)


def test_a_broken_hidden_file_is_reported_and_left_untouched(cli: Cli, paths: Paths) -> None:
    _save(paths)
    paths.hidden_quotes.write_text("schema = 1\nquotes = [ broken", encoding="utf-8")
    before = paths.hidden_quotes.read_bytes()
    result = cli(["reflect", "hide", "clinic"])
    assert result.exit_code == 1
    assert "reflect-hidden.toml" in result.stderr
    assert paths.hidden_quotes.read_bytes() == before
    with pytest.raises(DataFileError):
        load_hidden(paths)
    doctor = cli(["doctor"])
    assert doctor.exit_code != 0
    assert "reflect-hidden.toml" in doctor.output
    assert paths.hidden_quotes.read_bytes() == before


def test_export_sections_leave_out_set_aside_quotes(cli: Cli, paths: Paths) -> None:
    _save(paths)
    assert cli(["reflect", "hide", "clinic"]).exit_code == 0
    markdown = render_markdown(select(paths, Selection(change_talk=True)))
    section = markdown.split("## Entries")[0]
    assert "I poured the rest of the wine out." in section
    assert "I will call the clinic on Monday." not in section
    assert "kill myself" not in section
    assert "totally going to stop" not in section
    html = render_html(select(paths, Selection(change_talk=True)))
    html_section = html.split("<h2>Entries</h2>")[0]
    assert "I poured the rest of the wine out." in html_section
    assert "I will call the clinic on Monday." not in html_section
    # the entries themselves are exported as written: setting aside hides a quote only
    assert "I will call the clinic on Monday." in markdown.split("## Entries")[1]
    result = cli(["export", "--format", "md", "--change-talk"])
    assert "I will call the clinic on Monday." not in result.stdout.split("## Entries")[0]
    assert cli(["reflect", "unhide", "clinic"]).exit_code == 0
    again = render_markdown(select(paths, Selection(change_talk=True))).split("## Entries")[0]
    assert "I will call the clinic on Monday." in again


def test_reflect_and_export_show_the_same_selection(paths: Paths) -> None:
    _save(paths)
    reflection = build_reflection(load_entries(paths).entries, per_kind=10)
    markdown = render_markdown(select(paths, Selection(change_talk=True))).split("## Entries")[0]
    for quote in _all_quotes(reflection):
        assert quote in markdown


def test_interview_answers_are_tagged_with_their_question(tmp_path: Path) -> None:
    created = _when(0)
    entry = Entry(id=new_entry_id(created), created=created, kind=EntryKind.interview, answers=[
        Answer(prompt="two", question="Do you think you could go two months without drinking?",
               kind=AnswerKind.text, value="Yeah, I think so.")])
    reflection = build_reflection([entry])
    assert [(q.text, q.kind) for q in reflection.strongest + [
        q for g in reflection.groups for q in g.quotes]][:1] == [("Yeah, I think so.", "ability")]


def test_reflect_tag_reads_json_lines_with_their_question(cli: Cli) -> None:
    lines = "\n".join([
        json.dumps({"text": "Yeah, probably.",
                    "question": "Do you think you could go two months without drinking?"}),
        "Yeah, probably.",
        json.dumps({"text": "No.", "question": "Are you ready to cut down?"}),
        "{not json, so read as it is",
        json.dumps({"question": "no text here"}),
        json.dumps({"text": "I should quit but I won't", "question": None}),
    ]) + "\n"
    result = cli(["reflect", "tag"], input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["label"], o["kind"]) for o in out] == [
        ("change", "ability"), ("neutral", None), ("sustain", "activation"),
        ("neutral", None), ("neutral", None), ("sustain", "commitment"),
    ]
    assert out[0]["text"] == "Yeah, probably."
    assert any(c.startswith("yes to the question:") for c in out[0]["cues"])
    assert out[3]["text"] == "{not json, so read as it is"

"""Misreads of the walk-through of December 5, midday (walk6, issue 12), each with
look-alikes that must not move. Read as change before: a complaint about work ("the job
is killing me this week."), a success about another habit years ago ("i quit smoking in
2015 ...") as a step taken. Missed: everyday commitments ("keep wine out of the house",
"2 and done", "I will do wednesday too" after a plan), not wanting a child to grow up
with it, "made it through monday w/o drinking.", someone's words then the person's own
fright, "I want to be the dad who can drive ... without thinking about it"; and "i like
beer" (sustain) read as neutral and quoted under "You also wrote". Also how a quote is
cut in `mij reflect` (whole pieces: "and i want to be around for the kids" is never
quoted alone) and a summary that quoted the same answer twice in a row. Through the
tagger, the summary, `mij reflect tag`, `mij interview --answers` and `mij reflect`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import pytest

from mi_journal.changetalk import Tagged, tag_statement, tag_text
from mi_journal.changetalk.select import pieces, quotable
from mi_journal.messages import reflect as reflect_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.reflect.summaries import build_reflection
from mi_journal.storage.models import Entry, EntryKind
from tests.conftest import Cli
from tests.unit.test_changetalk_misreads import _lines

MISREADS3 = Path(__file__).resolve().parents[1] / "data" / "misreads3"

# (text, label, kind, the rules' cue that decides it starts with)
FIXED = [
    ("the job is killing me this week.", "neutral", None,
     "neutral, an everyday complaint:the job is killing me"),
    ("i quit smoking in 2015 so i can do hard stuff when i want to", "change", "ability",
     "ability, a past success:in 2015"),
    ("I will keep wine out of the house on weeknights and text Priya if I slip", "change",
     "commitment", "commitment:will, change target:keep wine out of the house"),
    ("i will do the same tomorrow, 2 and done", "change", "commitment",
     "commitment:will, change target:2 and done"),
    ("I dont want Jess growing up thinking this is normal", "change", "reasons",
     "reasons:i do not want jess growing up thinking"),
    ("made it through monday w/o drinking.", "change", "taking_steps",
     "taking_steps:made it through monday without drinking"),
    ("and my doctor said my liver numbers are up, that scared me.", "change", "reasons",
     "reasons:that scared me"),
    ("I want to be the dad who can drive the kids anywhere at night without thinking about it",
     "change", "desire", "desire:want to, change target:be the dad who can drive"),
    ("honestly probably nothing, i like beer", "sustain", "desire", "sustain desire:i like beer"),
    ("I will totally keep wine out of the house, sure", "sustain", "commitment",
     "sarcasm:totally keep wine out of the house, sure"),
]


@pytest.mark.parametrize(("text", "label", "kind", "cue"), FIXED)
def test_each_misread_reads_as_fixed(text: str, label: str, kind: str | None, cue: str) -> None:
    tagged = tag_statement(text)
    assert (tagged.label, tagged.kind) == (label, kind), tagged.cues
    assert tagged.cues[0].startswith(cue), tagged.cues
    assert not tagged.crisis


PLAN = "I'm going to skip drinking on Tuesday."


def test_another_day_the_same_way_reads_with_the_plan_before_it() -> None:
    first, second = tag_text(f"{PLAN} I will do wednesday too")
    assert (first.label, first.kind) == ("change", "commitment")
    assert (second.label, second.kind) == ("change", "commitment"), second.cues
    assert not quotable(second)  # alone it says nothing: never quoted on its own
    # alone, after a plain sentence, or naming something else: not change talk
    for text in ("I will do wednesday too", "I had a long day at work. I will do Wednesday too.",
                 f"{PLAN} I will do Wednesday's shopping too."):
        last = tag_text(text)[-1]
        assert last.label == "neutral", (text, last.cues)
    # after a plan to keep the habit up, it leans that way
    assert tag_text("I'm going to drink on Friday. I'll do Saturday too.")[-1].label == "sustain"


# Look-alikes: (text, label, kind or None for any); each was read so before the rules.
LOOKALIKES = [
    # a complaint stays a complaint; the habit named is a reason
    ("The drinking is killing me.", "change", "reasons"),
    ("The hangovers are killing me this week.", "change", "reasons"),
    ("My back is killing me.", "neutral", None),
    # a year named: ability; a step now, since a year, someone else's
    ("I quit smoking last week.", "change", "taking_steps"),
    ("Since 2015 I haven't smoked.", "change", "taking_steps"),
    ("My brother quit smoking in 2015.", "neutral", None),
    # the drink kept out, not anything kept out; sarcasm
    ("I will keep the dog out of the house tonight.", "neutral", None),
    ("Oh sure, I'll keep the beer out of the house, like that's going to happen.", "sustain",
     None),
    ("Two and done, they said, but we stayed till close.", "neutral", None),
    # children: not any wish about them, not someone else's worry
    ("I don't want Jess growing up too fast.", "neutral", None),
    ("My wife doesn't want Jess growing up thinking this is normal.", "neutral", None),
    ("I don't want my son to see me crying.", "neutral", None),
    # made it: not someone else, not something else, not with a lapse after it
    ("Made it through the meeting without falling asleep.", "neutral", None),
    ("She made it through the weekend without a drink.", "neutral", None),
    ("I got through the day without a drink, then had four.", "neutral", None),
    ("if I made it through monday that'd be a miracle", "neutral", None),
    # someone's words alone, a fright denied, someone else's fright
    ("My doctor said my liver numbers are up.", "neutral", None),
    ("The doctor said my liver numbers are up, that never scared me.", "neutral", None),
    ("My wife said that scared her.", "neutral", None),
    # a hedge stays a hedge
    ("I might cut down, still thinking about it.", "neutral", None),
    # liking another drink, someone else's liking; a turn toward change wins
    ("I like root beer.", "neutral", None),
    ("My husband likes beer.", "neutral", None),
    ("I like beer but I want to cut down.", "change", "desire"),
]


@pytest.mark.parametrize(("text", "label", "kind"), LOOKALIKES)
def test_lookalikes_do_not_move(text: str, label: str, kind: str | None) -> None:
    tagged = tag_statement(text)
    assert tagged.label == label, tagged.cues
    if kind is not None:
        assert tagged.kind == kind, tagged.cues


def _rows(half: str) -> list[dict[str, str]]:
    path = MISREADS3 / f"{half}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _read(row: Mapping[str, str]) -> Tagged:
    if row.get("before"):
        return tag_text(f"{row['before']} {row['text']}")[-1]
    return tag_statement(row["text"])


# Read as change by the statistical part alone (never quoted back: `select.quotable`).
MODEL_ONLY = {"I want to be the dad who can fix anything."}


def test_our_dev_sentences_none_read_the_wrong_way() -> None:
    """Our own writing (tests/data/misreads3/dev.jsonl, the half the rules were written
    on): nothing that is not change is quoted as change (one is labelled change by the
    statistical part alone, never quoted), no neutral sentence reads as sustain, no
    change sentence is missed and none labelled preparatory is given a mobilizing kind."""
    rows = _rows("dev")
    assert len(rows) == 62
    for row in rows:
        tagged = _read(row)
        if row["label"] != "change":
            assert not quotable(tagged), row
            assert tagged.label != "change" or row["text"] in MODEL_ONLY, row
        assert not (row["label"] == "neutral" and tagged.label == "sustain"), row
        if row["label"] == "change":
            assert tagged.label == "change", (row, tagged.cues)
            if row.get("kind") in ("desire", "ability", "reasons", "need"):
                assert tagged.kind in ("desire", "ability", "reasons", "need"), (row, tagged.kind)


# --- how `mij reflect` cuts a quote --------------------------------------------------------

def _note(text: str) -> Entry:
    created = datetime(2026, 12, 5, 12, 0).astimezone()
    return Entry(id="20261205-120000-abcd", created=created, kind=EntryKind.note, text=text)


def _quotes(text: str) -> list[str]:
    return [q.text for group in build_reflection([_note(text)]).groups for q in group.quotes]


def test_a_sentence_that_leans_back_is_quoted_with_the_one_before() -> None:
    text = "id sleep better. and i want to be around for the kids"
    assert pieces(text) == [text]
    assert _quotes(text) == [text]
    # a sentence cut by a line break, and a fragment, go with their neighbour
    assert _quotes("I want to be around for my kids\nand see them grow up") == [
        "I want to be around for my kids and see them grow up"]
    both = "mostly the kids. i dont want them to remember me like my dad"
    assert _quotes(both) == [both]
    # a sentence that stands on its own is still quoted on its own
    assert _quotes("I will call the clinic on Monday. I want to feel rested.") == [
        "I will call the clinic on Monday.", "I want to feel rested."]


def test_change_talk_leaning_on_sustain_talk_is_not_quoted_without_it() -> None:
    # the first sentence stands alone: quoted; the sustain talk leaning on it never is
    assert _quotes("I want to cut down on the wine. It helps me relax though.") == [
        "I want to cut down on the wine."]
    # "But I want to stop." leans on sustain talk: not quoted alone, nor with it
    assert _quotes("I need it to sleep. But I want to stop.") == []
    counted = build_reflection([_note("I need it to sleep. But I want to stop.")])
    assert (counted.statements, counted.change, counted.sustain) == (2, 1, 1)


def test_reflect_tag_reads_each_misread_as_fixed(cli: Cli) -> None:
    found = _lines(cli, [text for text, _, _, _ in FIXED])
    assert [(row["label"], row["kind"]) for row in found] == [
        (label, kind) for _, label, kind, _ in FIXED]
    assert not any(row["crisis"] for row in found)


EVOKING = {"focus": "drinking on weeknights", "importance": 6,
           "importance-lower": "mostly the kids. i dont want them to remember me like my dad",
           "importance-higher": "honestly probably nothing, i like beer",
           "better": "id sleep better. and i want to be around for the kids",
           "concerns": "and my doctor said my liver numbers are up, that scared me."}


def test_evoking_summary_quotes_each_answer_once_and_not_the_sustain_as_you_wrote(
        cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(EVOKING), encoding="utf-8")
    done = cli(["interview", "evoking", "--answers", str(answers)], env={"COLUMNS": "300"})
    assert done.exit_code == 0, done.output
    out = done.stdout
    lines = out.splitlines()
    # both sides, ending on change; what it ends on is not quoted again under it
    assert lines[0].startswith(
        "Part of you wrote \u201chonestly probably nothing, i like beer\u201d"), lines[0]
    for answer in ("mostly the kids.", "id sleep better.", "my liver numbers are up"):
        assert out.count(answer) == 1, (answer, out)
    assert summary_msg.summary_context_heading(after_change=True) not in lines
    reasons = lines.index(summary_msg.SUMMARY_KIND_HEADINGS["reasons"])
    assert "  - \u201cand my doctor said my liver numbers are up, that scared me.\u201d" in lines[
        reasons + 1:]
    # then `mij reflect`: whole pieces, never a quote that starts mid-thought
    shown = cli(["reflect"], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    assert "\u201cand i want to be around for the kids\u201d" not in shown.stdout
    assert "\u201cid sleep better. and i want to be around for the kids\u201d" in shown.stdout
    assert "\u201cmostly the kids.\u201d" not in shown.stdout
    assert "i like beer" not in shown.stdout  # sustain talk is counted, never quoted
    assert reflect_msg.REFLECT_KIND_HEADINGS["taking_steps"] not in shown.stdout


def test_a_past_success_is_not_a_step_in_the_summary(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({
        "focus": "drinking on weeknights", "confidence": 5,
        "confidence-lower": "i quit smoking in 2015 so i can do hard stuff when i want to"}),
        encoding="utf-8")
    done = cli(["interview", "evoking", "--answers", str(answers)], env={"COLUMNS": "300"})
    assert done.exit_code == 0, done.output
    assert summary_msg.SUMMARY_KIND_HEADINGS["taking_steps"] not in done.stdout
    assert summary_msg.SUMMARY_KIND_HEADINGS["ability"] in done.stdout


def test_our_test_sentences_none_read_the_wrong_way() -> None:
    """tests/data/misreads3/test.jsonl, run once at the end (README): nothing read the
    wrong way and no preparatory talk was given a mobilizing kind; held here as measured
    (3 change sentences missed, not asserted)."""
    rows = _rows("test")
    assert len(rows) == 54
    for row in rows:
        tagged = _read(row)
        assert tagged.label != "change" or row["label"] == "change", row
        assert not (row["label"] == "neutral" and tagged.label == "sustain"), row
        if tagged.label == "change" and row.get("kind") in ("desire", "ability", "reasons",
                                                             "need"):
            assert tagged.kind in ("desire", "ability", "reasons", "need"), (row, tagged.kind)

"""Crisis words are never handed back as change (issue 11, item 4): not by the
interview summary, `mij reflect`, the md/html change-talk sections, nor the
labels of `mij reflect tag`; one gentle line stands in their place."""

from __future__ import annotations

import json

import pytest

from mi_journal.changetalk import CHANGE, strongest_change_talk, tag_statement, tag_text
from mi_journal.changetalk.select import without_crisis
from mi_journal.core.paths import Paths
from mi_journal.messages import crisis as crisis_msg
from mi_journal.messages import export as export_msg
from mi_journal.messages import reflect as reflect_msg
from mi_journal.messages import summary as summary_msg
from mi_journal.reflect.summaries import build_reflection, change_talk_section
from mi_journal.storage.entries import load_entries
from tests.conftest import Cli

# The first repro of issue 11, typed into `mij interview evoking`.
CRISIS_ANSWER = (
    "Honestly I'd be better off dead some nights. My family would be better off without me."
)
CRISIS_WORDS = ("better off", "dead", "without me")
EVOKING = {
    "focus": "drinking",
    "importance": 7,
    "confidence": 5,
    "importance-lower": CRISIS_ANSWER,
    "better": "I will call the clinic tomorrow.",
}


def _evoking(cli: Cli, answers: dict[str, object]) -> str:
    result = cli(["interview", "evoking", "--answers", "-"], input=json.dumps(answers),
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def _summary(paths: Paths) -> str:
    [entry] = load_entries(paths).entries
    assert entry.summary is not None
    return entry.summary


def test_evoking_interview_summary_never_quotes_crisis_words(cli: Cli, paths: Paths) -> None:
    out = _evoking(cli, EVOKING)
    assert crisis_msg.CRISIS_HEADING in out  # the help lines were shown
    summary = _summary(paths)
    for words in CRISIS_WORDS:
        assert words not in summary
    assert "\u201cI will call the clinic tomorrow.\u201d" in summary  # other answers still are
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT in summary.splitlines()
    for words in CRISIS_WORDS:  # the answers are not echoed: only the summary is printed
        assert words not in out


def test_reflect_never_lists_crisis_words(cli: Cli, paths: Paths) -> None:
    _evoking(cli, EVOKING)
    assert cli(["note", "Honestly some nights I'd be better off dead."]).exit_code == 0
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    for words in CRISIS_WORDS:
        assert words not in shown.stdout
    assert "I will call the clinic tomorrow." in shown.stdout
    assert " ".join(reflect_msg.REFLECT_CRISIS_LEFT_OUT.split()) in " ".join(shown.stdout.split())
    as_json = json.loads(cli(["reflect", "--json"]).stdout)
    assert as_json["crisis_left_out"] == 2
    for words in CRISIS_WORDS:
        assert words not in json.dumps(as_json)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_change_talk_export_never_lists_crisis_words(cli: Cli, paths: Paths, fmt: str) -> None:
    _evoking(cli, EVOKING)
    result = cli(["export", "--format", fmt, "--change-talk"])
    assert result.exit_code == 0
    marker = "## Entries" if fmt == "md" else "<h2>Entries</h2>"
    section = result.stdout.split(marker)[0]
    assert "I will call the clinic tomorrow." in section
    for words in CRISIS_WORDS:
        assert words not in section
    assert export_msg.EXPORT_CRISIS_LEFT_OUT in section
    # The entries themselves stay as written: the person's journal is theirs.
    assert "better off without me" in result.stdout.split(marker)[1]


def test_export_without_crisis_words_has_no_crisis_line(cli: Cli, paths: Paths) -> None:
    _evoking(cli, {"focus": "drinking", "importance": 7, "confidence": 5,
                   "better": "I will call the clinic tomorrow."})
    section = cli(["export", "--format", "md", "--change-talk"]).stdout.split("## Entries")[0]
    assert export_msg.EXPORT_CRISIS_LEFT_OUT not in section
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT not in _summary(paths)


def test_reflect_tag_marks_crisis_lines_and_never_labels_them_change(cli: Cli) -> None:
    lines = [
        "Honestly some nights I'd be better off dead.",
        "I want to kill myself.",
        "I want to quit drinking.",
        "I'm not suicidal.",
    ]
    result = cli(["reflect", "tag"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["crisis"] for row in rows] == [True, True, False, True]
    assert [row["label"] for row in rows] == ["neutral", "neutral", "change", "neutral"]
    from mi_journal.changetalk.tagger import CRISIS_CUE

    assert rows[0]["cues"] == [CRISIS_CUE]


def test_the_tagger_itself_never_labels_crisis_words_change() -> None:
    tagged = tag_statement("I want to end my life.")  # "want to" is a desire frame
    assert tagged.crisis and tagged.label != CHANGE and tagged.kind is None
    assert tag_statement("I want to quit drinking.").label == CHANGE
    assert not tag_statement("I want to quit drinking.").crisis
    assert all(t.crisis for t in tag_text("I want to kill myself. I want to die."))
    negated = tag_statement("I'm not suicidal, I want to quit drinking.")
    assert negated.crisis and negated.label != CHANGE  # negated: no alarm, never change


def test_without_crisis_is_the_one_place_texts_are_left_out() -> None:
    whole = "I have the pills saved. I want to die tonight."
    assert without_crisis(["I have the pills saved.", "I want to die tonight."], whole) == (
        [], True)
    pieces = ["I'm not suicidal.", "I will call the clinic tomorrow."]
    assert without_crisis(pieces, " ".join(pieces)) == (["I will call the clinic tomorrow."],
                                                        True)
    assert without_crisis(["I will walk."], "I will walk.") == (["I will walk."], False)
    found = strongest_change_talk(
        ["I want to kill myself. I will call the clinic tomorrow.", "I will walk every day."]
    )
    assert all("kill" not in t.text and "clinic" not in t.text for t in found)


def test_reflection_domain_counts_but_never_quotes(paths: Paths) -> None:
    from datetime import UTC, datetime

    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.models import Entry, EntryKind

    texts = ["I want to die. I will stop drinking. I will do it tonight.", "I will walk daily."]
    for number, text in enumerate(texts):
        write_new_entry(paths, Entry(
            id=f"20260302-20150{number}-abcd", created=datetime(2026, 3, 2, 20, 15, tzinfo=UTC),
            kind=EntryKind.note, text=text,
        ))
    entries = load_entries(paths).entries
    reflection = build_reflection(entries)
    quoted = [q.text for g in reflection.groups for q in g.quotes]
    # Beside the crisis sentence, only what stands alone ("do it tonight" may be the crisis).
    assert quoted == ["I will stop drinking.", "I will walk daily."]
    assert reflection.crisis_left_out == 1
    assert [q.text for g in change_talk_section(entries) for q in g.quotes] == quoted


@pytest.mark.parametrize("text", [
    "I'm going to stop living.",
    "I will be done with it all tonight.",
    "I'm ready to give up on life.",
    "My family would be better off without me.",
    "Honestly some nights I'd be better off dead.",
])
def test_the_issues_crisis_statements_are_never_change(cli: Cli, paths: Paths, text: str) -> None:
    tagged = tag_statement(text)
    assert tagged.crisis and tagged.label != CHANGE
    _evoking(cli, {"focus": "drinking", "importance": 7, "confidence": 5, "better": text,
                   "concerns": "I will call the clinic tomorrow."})
    summary = _summary(paths)
    assert text not in summary
    assert "I will call the clinic tomorrow." in summary
    shown = cli(["reflect"], env={"COLUMNS": "200"}).stdout
    assert " ".join(text.split()) not in " ".join(shown.split())
    for fmt in ("md", "html"):
        exported = cli(["export", "--format", fmt, "--change-talk"]).stdout
        section = exported.split("## Entries" if fmt == "md" else "<h2>Entries</h2>")[0]
        assert text.rstrip(".") not in section


@pytest.mark.parametrize("text", [
    "I'm going to take my life back from alcohol.",
    "I want to end this life of partying every weekend.",
])
def test_the_guard_list_keeps_change_talk_in_the_summary(cli: Cli, paths: Paths, text: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleared by the guard list, the statement is ordinary text: the crisis guard leaves
    its label exactly as the change-talk tagger gives it, and the summary keeps it (as
    change talk when the tagger says so; the tagger itself is issue 12's)."""
    from mi_journal.crisis import detect as crisis

    guarded = tag_statement(text)
    assert not guarded.crisis
    with monkeypatch.context() as patched:
        patched.setattr(crisis, "touches_crisis", lambda _text: False)
        assert tag_statement(text) == guarded
    out = _evoking(cli, {"focus": "drinking", "importance": 7, "confidence": 5,
                         "better": text})
    assert crisis_msg.CRISIS_HEADING not in out  # no alarm either
    summary = _summary(paths)
    assert f"\u201c{text}\u201d" in summary
    assert summary_msg.SUMMARY_CRISIS_LEFT_OUT not in summary
    if guarded.label == CHANGE:
        lines = summary.splitlines()
        quoted = lines.index(f"  - \u201c{text}\u201d")
        headings = set(summary_msg.SUMMARY_KIND_HEADINGS.values())
        assert any(line in headings for line in lines[:quoted])  # quoted as change talk
        section = cli(["export", "--format", "md", "--change-talk"]).stdout.split("## Entries")[0]
        assert text in section


def test_a_negated_crisis_answer_is_not_quoted_into_a_later_question() -> None:
    from mi_journal.crisis.detect import answer_touches_crisis
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.loader import parse_pack

    assert answer_touches_crisis("I'm not suicidal") and answer_touches_crisis(["ok", "kms"])
    assert not answer_touches_crisis(["walks", "calls"]) and not answer_touches_crisis(3)
    pack = parse_pack(
        '[pack]\nid = "p"\ntitle = "P"\nversion = "1"\n'
        '[[prompts]]\nid = "a"\nstage = "evoking"\nkind = "text"\ntext = "How are you?"\n'
        '[[prompts]]\nid = "b"\nstage = "evoking"\nkind = "text"\noptional = true\n'
        'text = "You said {a}. What else?"\n', "p.toml")
    interview = Interview(pack)
    interview.submit_value("I'm not suicidal, just tired")
    assert interview.current() is None  # the question that would quote it is not asked

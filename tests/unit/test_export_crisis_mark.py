"""An exported entry whose words the crisis detector notices says so at the entry, in md
and html, so a counsellor reading it sees it there (walk-through, December 5, 2026: only
the change-talk section's one line hinted at it, and only with --change-talk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.crisis.entries import entry_sounds_like_crisis
from mi_journal.journal.notes import add_quick_note
from mi_journal.messages.export import EXPORT_CRISIS_IN_ENTRY
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, now
from tests.conftest import Cli


def _entry(*answers: str | list[str], text: str | None = None) -> Entry:
    return Entry(id="20261205-070000-abcd12", created=now(), kind=EntryKind.interview,
                 text=text,
                 answers=[Answer(prompt=f"q{n}", question="How was the week?",
                                 kind=AnswerKind.list if isinstance(a, list)
                                 else AnswerKind.long_text, value=a)
                          for n, a in enumerate(answers)])


def test_which_entries_sound_like_crisis() -> None:
    assert entry_sounds_like_crisis(_entry("Fine. I've been saving up my sleeping pills."))
    assert entry_sounds_like_crisis(_entry(["walk", "i wanna quit life"]))
    assert entry_sounds_like_crisis(_entry(text="honestly i want to kill myself"))
    assert not entry_sounds_like_crisis(_entry("I'm not suicidal, just tired of drinking."))
    assert not entry_sounds_like_crisis(_entry("I want to take my life back from alcohol."))


def test_md_and_html_mark_only_that_entry(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    add_quick_note(paths, "A calm day, walked the dog.", [])
    add_quick_note(paths, "I have been saving up my sleeping pills.", [])
    for fmt in ("md", "html"):
        out = tmp_path / f"journal.{fmt}"
        result = cli(["export", "--format", fmt, "--output", str(out)])
        assert result.exit_code == 0, result.output
        written = out.read_text("utf-8")
        assert written.count(EXPORT_CRISIS_IN_ENTRY) == 1, fmt
        pills = written.index("saving up my sleeping pills")
        mark = written.index(EXPORT_CRISIS_IN_ENTRY)
        assert mark < pills and "A calm day" not in written[mark:pills]  # at its own entry


def test_view_marks_the_entry_as_the_exports_do(cli: Cli, paths: Paths, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """`mij view FILE` (a counsellor reading a client's JSON export) carries the same
    line at the same entry (walk-through: the md/html had it, view did not)."""
    from mi_journal.cli.journal_view import entry_said
    from mi_journal.storage.record_json import entry_record

    painful = ("Some nights I think the kids would be better off if I just wasn't "
               "around anymore")
    said = [item.text for item in entry_said(entry_record(_entry(painful)), crisis_mark=True)]
    assert EXPORT_CRISIS_IN_ENTRY in said
    assert said.index(EXPORT_CRISIS_IN_ENTRY) < said.index("How was the week?")
    assert EXPORT_CRISIS_IN_ENTRY not in [item.text for item in
                                          entry_said(entry_record(_entry(painful)))]
    add_quick_note(paths, "A calm day, walked the dog.", [])
    add_quick_note(paths, painful, [])
    add_quick_note(paths, "I'm not suicidal, just tired of the drinking.", [])
    file = tmp_path / "client.json"
    assert cli(["export", "-o", str(file)]).exit_code == 0
    monkeypatch.setenv("MI_JOURNAL_HOME", str(tmp_path / "counsellor"))
    result = cli(["view", str(file)])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert shown.count(EXPORT_CRISIS_IN_ENTRY) == 1
    mark = shown.index(EXPORT_CRISIS_IN_ENTRY)
    entry_start = shown.rfind("\u2500" * 10, 0, mark)
    assert "kids would be better off" in shown[mark:]
    assert "calm day" not in shown[entry_start:mark] and "not suicidal" not in shown[
        entry_start:shown.index("kids would be better off")]

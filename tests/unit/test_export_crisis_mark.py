"""An exported entry whose words the crisis detector notices says so at the entry, in md
and html, so a counsellor reading it sees it there (walk-through, December 5, 2026: only
the change-talk section's one line hinted at it, and only with --change-talk)."""

from __future__ import annotations

from pathlib import Path

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

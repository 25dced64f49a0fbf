"""Counts said the way a person says them (walk-through, December 5, 2026)."""

from __future__ import annotations

from mi_journal.messages.homework import homework_all_done
from mi_journal.messages.reflect import reflect_sustain_brief


def test_homework_done_once_twice_and_more() -> None:
    assert homework_all_done(1).endswith("made time for this once.")
    assert homework_all_done(2).endswith("made time for this twice.")
    assert homework_all_done(5).endswith("made time for this 5 times.")


def test_one_sustain_sentence_is_it_not_they() -> None:
    one, three = reflect_sustain_brief(1), reflect_sustain_brief(3)
    assert "1 sentence leaned" in one and "it is counted" in one and "they are counted" not in one
    assert "3 sentences leaned" in three and "they are counted" in three

"""Change talk: find the person's own words for change, and hand them back.

A transparent tagger: word rules, then a small logistic model whose weights ship
as a data file (`model.py`; no download, no network). It splits
text into statements and labels each one "change", "sustain" or "neutral";
change talk also carries its kind (desire, ability, reasons, need: preparatory;
commitment, activation, taking_steps: mobilizing) and every label carries the
cues that decided it. When unsure it says neutral: sustain or neutral talk is
never presented as the person's change talk.

For other features:
- `tag_statement(text) -> Tagged(text, label, kind, cues)`: one statement.
- `tag_text(text) -> list[Tagged]`: a free text, sentence by sentence.
- `strongest_change_talk(texts, limit) -> list[Tagged]`: the person's change
  talk from several answers, mobilizing before preparatory, duplicates
  removed, in the person's own words (the end-of-interview summary uses it).
- `is_sustain_talk(text) -> bool`: leans toward the status quo with no change
  talk in it (a summary mentions such answers only briefly).
- `mi_journal.reflect.summaries.change_talk_section(entries)`: grouped change talk from
  entries, for an export that the person asked to include it in.

Cue lists are data, one module per language (`cues_en.py`); see `lexicon.py`.
"""

from __future__ import annotations

from mi_journal.changetalk.lexicon import KINDS_CHANGE, MOBILIZING
from mi_journal.changetalk.select import is_sustain_talk, strongest_change_talk
from mi_journal.changetalk.tagger import (
    CHANGE,
    NEUTRAL,
    SUSTAIN,
    Tagged,
    normalise,
    split_statements,
    tag_statement,
    tag_text,
)

__all__ = [
    "CHANGE",
    "KINDS_CHANGE",
    "MOBILIZING",
    "NEUTRAL",
    "SUSTAIN",
    "Tagged",
    "is_sustain_talk",
    "normalise",
    "split_statements",
    "strongest_change_talk",
    "tag_statement",
    "tag_text",
]

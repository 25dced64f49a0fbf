"""The closing summary: the person's own words handed back, never ours.

Order: their strongest change talk first (mobilizing before preparatory, as
picked by `mi_journal.changetalk`); then the answers the pack marked `reflect`
that were not already quoted; then the rulers they gave. Sustain talk is never
presented as change talk: a reflected answer the tagger reads as sustain talk is
shortened to a brief mention. Every quote is the person's text, verbatim
(only trimmed when long).
"""

from __future__ import annotations

from collections.abc import Sequence

from mi_journal import messages
from mi_journal.models import Answer, AnswerKind
from mi_journal.packs.model import Pack
from mi_journal.packs.template import show_value

CHANGE_TALK_LIMIT = 3
QUOTE_CHARS = 400
BRIEF_CHARS = 80


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"\u201c{flat}\u201d"


def free_texts(answers: Sequence[Answer]) -> list[str]:
    """The person's free-text words in these answers: text, long text and list items."""
    texts: list[str] = []
    for answer in answers:
        if answer.skipped or answer.value is None:
            continue
        if answer.kind in (AnswerKind.text, AnswerKind.long_text) and isinstance(answer.value, str):
            texts.append(answer.value)
        elif answer.kind is AnswerKind.list and isinstance(answer.value, list):
            texts.extend(answer.value)
    return texts


def strongest_change_talk(texts: list[str], limit: int = CHANGE_TALK_LIMIT) -> list[str]:
    """The person's strongest change-talk statements, mobilizing first (never sustain)."""
    if not texts:
        return []
    try:
        from mi_journal.changetalk import strongest_change_talk as strongest

        found = strongest(texts, limit)
    except Exception:  # The summary must never stop an interview from being saved.
        return []
    quotes: list[str] = []
    for item in found:
        text = item.text.strip()
        if text and text not in quotes:
            quotes.append(text)
    return quotes[:limit]


def _is_sustain(text: str) -> bool:
    try:
        from mi_journal.changetalk import is_sustain_talk

        return is_sustain_talk(text)
    except Exception:
        return False


def _covered(item: str, lead: list[str]) -> bool:
    """True when the change-talk lead already quotes all of this answer."""
    rest = item
    for text in lead:
        rest = rest.replace(text, " ")
    return not any(ch.isalnum() for ch in rest)


def _ruler_line(pack: Pack, answers: Sequence[Answer]) -> str:
    parts: list[str] = []
    for answer in answers:
        if answer.ruler is None or not isinstance(answer.value, int) or answer.skipped:
            continue
        try:
            low, high = pack.prompt(answer.prompt).bounds
        except KeyError:
            low, high = 0, 10
        parts.append(messages.summary_ruler(answer.ruler.value, answer.value, low, high))
    return messages.summary_rulers(parts) if parts else ""


def build_summary(pack: Pack, answers: Sequence[Answer]) -> str:
    """Plain text, saved with the entry and shown at the close of the interview."""
    lead = strongest_change_talk(free_texts(answers))
    quotes = [_quote(text) for text in lead]
    shown = {" ".join(text.split()) for text in lead}
    reflect_ids = {p.id for p in pack.prompts if p.reflect}
    for answer in answers:
        if answer.prompt not in reflect_ids or answer.skipped or answer.value is None:
            continue
        items = answer.value if isinstance(answer.value, list) else [show_value(answer.value)]
        for item in items:
            if " ".join(item.split()) in shown or _covered(item, lead):
                continue
            shown.add(" ".join(item.split()))
            brief = answer.kind in (AnswerKind.text, AnswerKind.long_text) and _is_sustain(item)
            quotes.append(_quote(item, BRIEF_CHARS if brief else QUOTE_CHARS))
    lines: list[str] = []
    if quotes:
        lines.append(messages.SUMMARY_OWN_WORDS)
        lines.extend(f"  - {quote}" for quote in quotes)
    rulers = _ruler_line(pack, answers)
    if rulers:
        lines.append(rulers)
    return "\n".join(lines)

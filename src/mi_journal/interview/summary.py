"""The closing summary: the person's own words handed back, never ours.

What is quoted, sentence by sentence (the change-talk tagger reads each one):
1. Their change talk, mobilizing before preparatory (as ranked by
   `mi_journal.changetalk`): the strongest few from all their answers, and
   every change-talk sentence of an answer the pack marked `reflect`.
2. The other (neutral) sentences of reflected answers, under a separate
   heading: their own context, never presented as change talk.
3. Sustain talk is never quoted: if some was left out, one short line
   acknowledges that change has its hard sides.
4. A sentence with crisis language is never quoted (the help lines were shown
   when it was written).
5. The rulers they gave.
If everything reflected was left out, a short kind line stands in its place.
Every quote is the person's text, verbatim (only trimmed when long).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mi_journal import messages
from mi_journal.interview.crisis import mentions_crisis
from mi_journal.models import Answer, AnswerKind
from mi_journal.packs.model import Pack
from mi_journal.packs.template import show_value

CHANGE_TALK_LIMIT = 3
QUOTE_CHARS = 400
_FREE_KINDS = (AnswerKind.text, AnswerKind.long_text, AnswerKind.list)


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"\u201c{flat}\u201d"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _items(answer: Answer) -> list[str]:
    if answer.skipped or answer.value is None:
        return []
    if isinstance(answer.value, list):
        return [item for item in answer.value if isinstance(item, str)]
    if answer.kind in _FREE_KINDS and isinstance(answer.value, str):
        return [answer.value]
    return [show_value(answer.value)]


def free_texts(answers: Sequence[Answer]) -> list[str]:
    """The person's free-text words in these answers: text, long text and list items."""
    return [item for answer in answers if answer.kind in _FREE_KINDS for item in _items(answer)]


def _sentences(text: str) -> list[str]:
    """The sentences of `text` that may be quoted: none that hold crisis language.
    If the text holds crisis language no single sentence shows (it spans two),
    nothing of it is quoted."""
    from mi_journal.changetalk import split_statements

    pieces = split_statements(text)
    kept = [piece for piece in pieces if not mentions_crisis(piece)]
    if len(kept) == len(pieces) and mentions_crisis(text):
        return []
    return kept


def strongest_change_talk(texts: list[str], limit: int = CHANGE_TALK_LIMIT) -> list[str]:
    """The person's strongest change-talk sentences, mobilizing first (never
    sustain, never a sentence with crisis language)."""
    if not texts:
        return []
    try:
        from mi_journal.changetalk import strongest_change_talk as strongest

        found = strongest([s for text in texts for s in _sentences(text)], limit)
    except Exception:  # The summary must never stop an interview from being saved.
        return []
    quotes: list[str] = []
    for item in found:
        text = item.text.strip()
        if text and text not in quotes:
            quotes.append(text)
    return quotes[:limit]


@dataclass
class _Sorted:
    change: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    sustain_left_out: bool = False
    crisis_left_out: bool = False


def _sort_reflected(pack: Pack, answers: Sequence[Answer]) -> _Sorted:
    """Split the reflected answers into change talk, neutral context and what is left out."""
    from mi_journal.changetalk import CHANGE, SUSTAIN, tag_statement
    from mi_journal.changetalk.select import dedupe_key

    out = _Sorted()
    reflect_ids = {p.id for p in pack.prompts if p.reflect}
    for answer in answers:
        if answer.prompt not in reflect_ids:
            continue
        for item in _items(answer):
            if answer.kind not in _FREE_KINDS:
                out.context.append(item)  # a number or a choice: the pack's words
                continue
            kept = _sentences(item)
            neutral: list[str] = []
            for sentence in kept:
                label = tag_statement(sentence).label
                if label == CHANGE:
                    out.change.append(dedupe_key(sentence))
                elif label == SUSTAIN:
                    out.sustain_left_out = True
                else:
                    neutral.append(sentence)
            if mentions_crisis(item):
                out.crisis_left_out = True
            if neutral:
                out.context.append(" ".join(neutral))
    return out


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


def _change_quotes(answers: Sequence[Answer], reflected: list[str]) -> list[str]:
    """The strongest few change-talk sentences, then every reflected one, in rank order."""
    from mi_journal.changetalk.select import dedupe_key

    texts = free_texts(answers)
    everything = strongest_change_talk(texts, limit=10_000)
    wanted = set(reflected)
    return [
        text for index, text in enumerate(everything)
        if index < CHANGE_TALK_LIMIT or dedupe_key(text) in wanted
    ]


def build_summary(pack: Pack, answers: Sequence[Answer]) -> str:
    """Plain text, saved with the entry and shown at the close of the interview."""
    try:
        reflected = _sort_reflected(pack, answers)
        change = _change_quotes(answers, reflected.change)
    except Exception:  # The summary must never stop an interview from being saved.
        reflected, change = _Sorted(), []
    shown = {_flat(text) for text in change}
    context: list[str] = []
    for text in reflected.context:
        if _flat(text) not in shown:
            shown.add(_flat(text))
            context.append(text)
    lines: list[str] = []
    if change:
        lines.append(messages.SUMMARY_OWN_WORDS)
        lines.extend(f"  - {_quote(text)}" for text in change)
    if context:
        lines.append(messages.summary_context_heading(after_change=bool(change)))
        lines.extend(f"  - {_quote(text)}" for text in context)
    if not change and not context:
        if reflected.sustain_left_out or reflected.crisis_left_out:
            lines.append(messages.SUMMARY_NOTHING_QUOTED)
    elif reflected.sustain_left_out:
        lines.append(messages.SUMMARY_MIXED)
    rulers = _ruler_line(pack, answers)
    if rulers:
        lines.append(rulers)
    return "\n".join(lines)

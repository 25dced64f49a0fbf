"""Collecting summaries: the person's own change talk gathered over a period.

`build_reflection(entries, since)` reads the person's own words (free-text
answers, list items and notes; never a pack's wording or a choice they picked),
tags every sentence, and collects:
- their change talk grouped by kind, mobilizing first (commitment, activation,
  taking steps), then preparatory (desire, ability, reasons, need);
- the reasons they come back to most often (recurring words in their reasons,
  needs and wishes, each with one example in their own words);
- change talk and sustain talk counted week by week.
Sustain talk is only counted, never quoted. `change_talk_section(entries)` is
the grouped change talk alone, for an export the person asked to include it in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mi_journal.changetalk import CHANGE, KINDS_CHANGE, SUSTAIN, Tagged, normalise, tag_text
from mi_journal.changetalk.lexicon import lexicon
from mi_journal.changetalk.select import dedupe_key
from mi_journal.models import AnswerKind, Entry

THEME_KINDS = ("reasons", "need", "desire")
THEME_LIMIT = 5
QUOTES_PER_KIND = 5
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Quote:
    """One change-talk statement, verbatim, with where and when it was said."""

    text: str
    kind: str
    entry_id: str
    day: date
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class KindGroup:
    kind: str
    quotes: tuple[Quote, ...]
    total: int


@dataclass(frozen=True)
class Theme:
    """A word the person keeps returning to in their reasons."""

    word: str
    count: int
    example: Quote


@dataclass(frozen=True)
class WeekTally:
    start: date  # the Monday of the week
    change: int
    sustain: int


@dataclass
class Reflection:
    since: date | None
    entries: int = 0
    statements: int = 0
    change: int = 0
    sustain: int = 0
    groups: list[KindGroup] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    weeks: list[WeekTally] = field(default_factory=list)


def own_words(entry: Entry) -> Iterator[str]:
    """The person's own free text in an entry: notes, text answers, list items."""
    if entry.text:
        yield entry.text
    for answer in entry.answers:
        if answer.skipped or answer.value is None:
            continue
        if answer.kind in (AnswerKind.text, AnswerKind.long_text) and isinstance(answer.value, str):
            yield answer.value
        elif answer.kind is AnswerKind.list and isinstance(answer.value, list):
            yield from answer.value


def _tag_entries(entries: Iterable[Entry]) -> Iterator[tuple[Entry, Tagged]]:
    for entry in entries:
        for text in own_words(entry):
            for tagged in tag_text(text):
                yield entry, tagged


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _group(quotes: list[Quote], per_kind: int) -> list[KindGroup]:
    by_kind: dict[str, list[Quote]] = {kind: [] for kind in KINDS_CHANGE}
    for quote in quotes:
        by_kind.setdefault(quote.kind, []).append(quote)
    groups = []
    for kind in KINDS_CHANGE:
        found = by_kind[kind]
        if found:
            recent = sorted(found, key=lambda q: q.day, reverse=True)[:per_kind]
            groups.append(KindGroup(kind=kind, quotes=tuple(recent), total=len(found)))
    return groups


def _collect(entries: Iterable[Entry]) -> tuple[list[Quote], list[tuple[date, str]]]:
    """Deduplicated change-talk quotes, and (day, label) for every decided statement."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    labels: list[tuple[date, str]] = []
    for entry, tagged in _tag_entries(entries):
        day = entry.created.date()
        labels.append((day, tagged.label))
        if tagged.label != CHANGE or tagged.kind is None:
            continue
        key = dedupe_key(tagged.text)
        if not key or key in seen:
            continue
        seen.add(key)
        quotes.append(Quote(tagged.text.strip(), tagged.kind, entry.id, day, tagged.cues))
    return quotes, labels


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _themes(quotes: list[Quote], limit: int) -> list[Theme]:
    stopwords = lexicon().theme_stopwords
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    examples: dict[str, Quote] = {}
    for quote in quotes:
        if quote.kind not in THEME_KINDS:
            continue
        words = {w for w in _WORD.findall(normalise(quote.text)) if w not in stopwords}
        stems = set()
        for word in words:
            if len(word) < 3:
                continue
            stem = _stem(word)
            stems.add(stem)
            forms.setdefault(stem, Counter())[word] += 1
            current = examples.get(stem)
            if current is None or quote.day >= current.day:
                examples[stem] = quote
        counts.update(stems)
    ranked = sorted(
        ((stem, n) for stem, n in counts.items() if n >= 2),
        key=lambda item: (-item[1], item[0]),
    )
    return [
        Theme(word=forms[stem].most_common(1)[0][0], count=n, example=examples[stem])
        for stem, n in ranked[:limit]
    ]


def _weeks(labels: list[tuple[date, str]], since: date | None) -> list[WeekTally]:
    if not labels:
        return []
    change: Counter[date] = Counter()
    sustain: Counter[date] = Counter()
    for day, label in labels:
        if label == CHANGE:
            change[_week_start(day)] += 1
        elif label == SUSTAIN:
            sustain[_week_start(day)] += 1
    first = _week_start(since) if since else min(_week_start(d) for d, _ in labels)
    last = max(_week_start(d) for d, _ in labels)
    weeks = []
    start = first
    while start <= last:
        weeks.append(WeekTally(start, change[start], sustain[start]))
        start += timedelta(days=7)
    return weeks


def in_period(entries: Iterable[Entry], since: date | None) -> list[Entry]:
    chosen = [e for e in entries if since is None or e.created.date() >= since]
    return sorted(chosen, key=lambda e: e.created)


def build_reflection(
    entries: Iterable[Entry], since: date | None = None, per_kind: int = QUOTES_PER_KIND
) -> Reflection:
    chosen = in_period(entries, since)
    quotes, labels = _collect(chosen)
    reflection = Reflection(since=since, entries=len(chosen), statements=len(labels))
    reflection.change = sum(1 for _, label in labels if label == CHANGE)
    reflection.sustain = sum(1 for _, label in labels if label == SUSTAIN)
    reflection.groups = _group(quotes, per_kind)
    reflection.themes = _themes(quotes, THEME_LIMIT)
    reflection.weeks = _weeks(labels, since)
    return reflection


def change_talk_section(entries: Iterable[Entry], per_kind: int = 10) -> list[KindGroup]:
    """The person's own change talk in these entries, grouped by kind, mobilizing
    first, each wording once. For an export only when the person asks for it."""
    quotes, _ = _collect(in_period(entries, None))
    return _group(quotes, per_kind)


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {"text": quote.text, "kind": quote.kind, "entry": quote.entry_id,
            "date": quote.day.isoformat(), "cues": list(quote.cues)}


def reflection_json(reflection: Reflection) -> dict[str, Any]:
    return {
        "since": reflection.since.isoformat() if reflection.since else None,
        "entries": reflection.entries,
        "statements": reflection.statements,
        "change_talk": reflection.change,
        "sustain_talk": reflection.sustain,
        "by_kind": [
            {"kind": g.kind, "total": g.total, "quotes": [_quote_json(q) for q in g.quotes]}
            for g in reflection.groups
        ],
        "repeated_reasons": [
            {"word": t.word, "count": t.count, "example": _quote_json(t.example)}
            for t in reflection.themes
        ],
        "weeks": [
            {"week": w.start.isoformat(), "change": w.change, "sustain": w.sustain}
            for w in reflection.weeks
        ],
    }

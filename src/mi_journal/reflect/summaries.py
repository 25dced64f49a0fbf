"""Collecting summaries: the person's own change talk gathered over a period.

`build_reflection(entries, since, hidden=...)` reads the person's own words
(free-text answers, list items and notes; never a pack's wording or a choice
they picked), tags every sentence with the question it answered, and collects:
- their strongest recent change talk (mobilizing first, then the latest);
- their change talk grouped by kind, mobilizing first (commitment, activation,
  taking steps), then preparatory (desire, ability, reasons, need);
- the reasons they come back to most often (recurring words in their reasons,
  needs and wishes, each with one example in their own words);
- change talk and sustain talk counted week by week.
Sustain talk is only counted, never quoted. A quote is change talk the rules
found (`changetalk.select.quotable`), never one with crisis language
(`changetalk.select.screen`), and never one the person set aside
(`hide_quote` / `unhide_quote`, stored in reflect-hidden.toml): `_collect` is the
one selection, and `change_talk_section(entries, hidden)` is its grouped change
talk alone, for an md/html export the person asked to include it in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from mi_journal.changetalk import (
    CHANGE,
    KINDS_CHANGE,
    MOBILIZING,
    SUSTAIN,
    Tagged,
    normalise,
    split_statements,
)
from mi_journal.changetalk.lexicon import lexicon
from mi_journal.changetalk.select import (
    dedupe_key,
    key_ref,
    piece_quotes,
    pieces,
    quote_ref,
    screen,
    tag_cleared,
    without_crisis,
)
from mi_journal.changetalk.tagger import waves_off
from mi_journal.core.errors import MijError
from mi_journal.storage.models import own_words as own_words  # where it is read from

if TYPE_CHECKING:
    from mi_journal.core.paths import Paths
    from mi_journal.storage.models import Entry, HiddenQuote

THEME_KINDS = ("reasons", "need", "desire")
THEME_LIMIT = 5
QUOTES_PER_KIND = 5
STRONGEST_LIMIT = 3
RECENT_DAYS = 28  # "recent": the four weeks up to the latest entry
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Quote:
    """One change-talk statement, verbatim, with where and when it was said."""

    text: str
    kind: str
    entry_id: str
    day: date
    cues: tuple[str, ...] = ()
    # The text's `dedupe_key` when known (the index keeps it): the same quote either way.
    key: str = field(default="", compare=False, repr=False)

    @property
    def ref(self) -> str:
        """What `mij reflect hide` takes to set this quote aside."""
        return key_ref(self.key) if self.key else quote_ref(self.text)


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
    hidden: int = 0  # quotes left out because the person set them aside
    crisis_left_out: int = 0  # texts with crisis words: never quoted, one gentle line
    strongest: list[Quote] = field(default_factory=list)
    groups: list[KindGroup] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    weeks: list[WeekTally] = field(default_factory=list)


def crisis_left_out(entries: Iterable[Entry]) -> int:
    """How many of the person's texts in these entries had crisis words left out."""
    return sum(1 for entry in entries for text, _ in own_words(entry)
               if without_crisis(split_statements(text), text)[1])


def talk_of(entry: Entry) -> Iterator[tuple[list[Tagged], list[Tagged], bool]]:
    """For each of the person's own texts in `entry`: its statements, tagged, with
    crisis language screened out first; what of it may be quoted as change talk (whole
    pieces, `changetalk.select.piece_quotes`: a sentence that leans on the one before, "and
    i want to be around for the kids", is quoted with it, as in the interview summary);
    and whether anything was left out for crisis language. What the index keeps of an
    entry (reflect/stored_talk.py) is read through here too."""
    for text, question in own_words(entry):
        kept, left_out = screen(pieces(text), text)
        evoked = not waves_off(text, question)  # the answer as a whole (changetalk.evoked)
        statements: list[Tagged] = []
        quotes: list[Tagged] = []
        for cleared in kept:  # read for crisis words once, in `screen`
            tagged = tag_cleared(cleared, question=question, evoked=evoked)
            statements.extend(tagged)
            quotes.extend(piece_quotes(cleared, tagged))
        yield statements, quotes, left_out


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


def _collect(
    entries: Iterable[Entry], hidden: frozenset[str] = frozenset(),
) -> tuple[list[Quote], list[tuple[date, str]], int]:
    """The one selection behind `mij reflect` and the export sections: quotable
    change talk, each wording once, none the person set aside; (day, label) for
    every statement; and how many quotes were left out as set aside."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    labels: list[tuple[date, str]] = []
    set_aside: set[str] = set()
    for entry in entries:
        day = entry.created.date()
        for statements, quoted, _ in talk_of(entry):
            labels.extend((day, tagged.label) for tagged in statements)
            for tagged in quoted:
                key = dedupe_key(tagged.text)
                if not key or key in seen or tagged.kind is None:
                    continue
                if key in hidden:
                    set_aside.add(key)
                    continue
                seen.add(key)
                quotes.append(Quote(tagged.text.strip(), tagged.kind, entry.id, day,
                                    tagged.cues))
    return quotes, labels, len(set_aside)


def _strongest(quotes: list[Quote], limit: int) -> list[Quote]:
    """Mobilizing before preparatory, the latest first, within the last weeks."""
    if not quotes:
        return []
    latest = max(quote.day for quote in quotes)
    recent = [q for q in quotes if (latest - q.day).days < RECENT_DAYS]
    rank = {kind: index for index, kind in enumerate(KINDS_CHANGE)}
    recent.sort(key=lambda q: (q.kind not in MOBILIZING, -q.day.toordinal(), rank[q.kind]))
    return recent[:limit]


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def quote_words(text: str) -> list[tuple[str, str]]:
    """The words of a quote that may make a recurring reason, each with its stem."""
    stopwords = lexicon().theme_stopwords
    words = {w for w in _WORD.findall(normalise(text)) if w not in stopwords}
    # In a fixed order, so that of two forms as frequent the first said wins.
    return [(word, _stem(word)) for word in sorted(words) if len(word) >= 3]


def _themes(quotes: list[Quote], limit: int) -> list[Theme]:
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    examples: dict[str, Quote] = {}
    for quote in quotes:
        if quote.kind not in THEME_KINDS:
            continue
        stems = set()
        for word, stem in quote_words(quote.text):
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
    entries: Iterable[Entry], since: date | None = None, per_kind: int = QUOTES_PER_KIND,
    hidden: frozenset[str] = frozenset(),
) -> Reflection:
    """`hidden`: dedupe keys (`changetalk.select.dedupe_key`) of set-aside quotes."""
    chosen = in_period(entries, since)
    quotes, labels, set_aside = _collect(chosen, hidden)
    reflection = Reflection(since=since, entries=len(chosen), statements=len(labels))
    reflection.change = sum(1 for _, label in labels if label == CHANGE)
    reflection.sustain = sum(1 for _, label in labels if label == SUSTAIN)
    reflection.hidden = set_aside
    reflection.strongest = _strongest(quotes, STRONGEST_LIMIT)
    reflection.groups = _group(quotes, per_kind)
    reflection.themes = _themes(quotes, THEME_LIMIT)
    reflection.weeks = _weeks(labels, since)
    reflection.crisis_left_out = crisis_left_out(chosen)
    return reflection


def change_talk_section(
    entries: Iterable[Entry], per_kind: int = 10, hidden: frozenset[str] = frozenset(),
) -> list[KindGroup]:
    """The person's own change talk in these entries, grouped by kind, mobilizing
    first, each wording once, none set aside. For an export only when the person
    asks for it."""
    quotes, _, _ = _collect(in_period(entries, None), hidden)
    return _group(quotes, per_kind)


def hidden_keys(paths: Paths) -> frozenset[str]:
    """Dedupe keys of the quotes the person set aside."""
    from mi_journal.storage.hidden import load_hidden

    return frozenset(dedupe_key(quote.text) for quote in load_hidden(paths).quotes)


def _matching(reference: str, texts: list[str]) -> list[int]:
    wanted = reference.strip()
    exact = [i for i, text in enumerate(texts) if quote_ref(text) == wanted.lower()]
    if exact:
        return exact
    key = dedupe_key(wanted)
    if not key:
        return []
    same = [i for i, text in enumerate(texts) if dedupe_key(text) == key]
    return same or [i for i, text in enumerate(texts) if key in dedupe_key(text)]


def hide_quote(paths: Paths, entries: Iterable[Entry], reference: str) -> HiddenQuote:
    """Set aside one of the person's quotes (its reference as `mij reflect` shows
    it, or words from it that match one quote only), so it is not shown again in
    `mij reflect` or an export's change-talk section. Stored, and reversible."""
    from mi_journal.messages.reflect import (
        reflect_hide_already,
        reflect_hide_ambiguous,
        reflect_hide_no_match,
    )
    from mi_journal.storage.hidden import editing_hidden
    from mi_journal.storage.models import HiddenQuote, now

    quotes, _, _ = _collect(in_period(entries, None))
    found = _matching(reference, [quote.text for quote in quotes])
    if not found:
        with_hidden = hidden_keys(paths)
        if with_hidden and _matching(reference, _hidden_texts(paths)):
            raise MijError(reflect_hide_already(reference))
        raise MijError(reflect_hide_no_match(reference))
    if len(found) > 1:
        raise MijError(reflect_hide_ambiguous(reference, len(found)))
    quote = quotes[found[0]]
    with editing_hidden(paths) as stored:
        if any(dedupe_key(item.text) == dedupe_key(quote.text) for item in stored.quotes):
            raise MijError(reflect_hide_already(reference))
        item = HiddenQuote(text=quote.text, entry=quote.entry_id, hidden=now())
        stored.quotes.append(item)
    return item


def _hidden_texts(paths: Paths) -> list[str]:
    from mi_journal.storage.hidden import load_hidden

    return [quote.text for quote in load_hidden(paths).quotes]


def unhide_quote(paths: Paths, reference: str) -> HiddenQuote:
    """Bring back a quote the person set aside (its reference or words from it)."""
    from mi_journal.messages.reflect import reflect_hide_ambiguous, reflect_unhide_no_match
    from mi_journal.storage.hidden import editing_hidden

    with editing_hidden(paths) as stored:
        found = _matching(reference, [item.text for item in stored.quotes])
        if not found:
            raise MijError(reflect_unhide_no_match(reference))
        if len(found) > 1:
            raise MijError(reflect_hide_ambiguous(reference, len(found)))
        return stored.quotes.pop(found[0])


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {"text": quote.text, "kind": quote.kind, "entry": quote.entry_id,
            "date": quote.day.isoformat(), "ref": quote.ref, "cues": list(quote.cues)}


def reflection_json(reflection: Reflection) -> dict[str, Any]:
    return {
        "since": reflection.since.isoformat() if reflection.since else None,
        "entries": reflection.entries,
        "statements": reflection.statements,
        "change_talk": reflection.change,
        "sustain_talk": reflection.sustain,
        "set_aside": reflection.hidden,
        "crisis_left_out": reflection.crisis_left_out,
        "strongest_recent": [_quote_json(q) for q in reflection.strongest],
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

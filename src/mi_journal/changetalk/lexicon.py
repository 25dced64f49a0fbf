"""Turn a language's cue lists (plain data) into compiled patterns, once.

A language is a module with the names documented in `cues_en`. To add one,
write `cues_xx.py` with the same names and list it in `LANGUAGES`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache, cached_property
from types import ModuleType

from mi_journal.changetalk.phrases import PhraseIndex, build_index
from mi_journal.changetalk.quick import gated, needed_letter, word_alternation
from mi_journal.messages import changetalk as changetalk_msg

LANGUAGES: dict[str, str] = {"en": "mi_journal.changetalk.cues_en"}

KINDS_CHANGE: tuple[str, ...] = (
    "commitment", "activation", "taking_steps", "desire", "ability", "reasons", "need",
)
MOBILIZING: frozenset[str] = frozenset({"commitment", "activation", "taking_steps"})


def _alternation(fragments: tuple[str, ...] | list[str]) -> str:
    return "|".join(f"(?:{fragment})" for fragment in fragments)


@dataclass(frozen=True)
class Lexicon:
    language: str
    apostrophes: dict[int, str]
    word_forms: dict[str, str]
    word_form: re.Pattern[str]
    phrase_forms: tuple[tuple[re.Pattern[str], str], ...]
    # The same forms in two parts: the leading ones, tried only where `phrase_forms_any`
    # (see `_pre_filter`) finds one of them, then the rest, always tried in order.
    phrase_forms_first: tuple[tuple[re.Pattern[str], str], ...]
    phrase_forms_any: re.Pattern[str] | None
    phrase_forms_rest: tuple[tuple[re.Pattern[str], str], ...]
    # A character each of the rest needs in the text to match at all (None: always tried).
    phrase_forms_rest_needs: tuple[str | None, ...]
    fillers: re.Pattern[str]
    subject_before: re.Pattern[str]
    negator: re.Pattern[str]
    negator_after: re.Pattern[str]
    modal: re.Pattern[str]
    other_object: re.Pattern[str]
    implicit_kinds: frozenset[str]
    target: re.Pattern[str]
    # The phrase tables as written (kind -> fragments); each kind as one pattern in
    # `change_phrases` / `sustain_phrases`, compiled on first use (the tagger reads them
    # through `phrase_index`, which compiles what a text needs).
    change_table: dict[str, tuple[str, ...]]
    sustain_table: dict[str, tuple[str, ...]]
    # Both tables at once, found faster (see phrases.py): names "change:<kind>", "sustain:<kind>".
    phrase_index: PhraseIndex
    sentence_sustain: re.Pattern[str]
    neutral: tuple[tuple[str, re.Pattern[str]], ...]
    neutral_any: re.Pattern[str] | None  # every neutral list at once; None: search each
    question_start: re.Pattern[str]
    future_time: re.Pattern[str]
    progressive: re.Pattern[str]
    progressive_change: frozenset[str]
    theme_stopwords: frozenset[str]
    clause_breaks: re.Pattern[str]
    activation_open: re.Pattern[str]
    consequence_after: re.Pattern[str]
    feared_after: re.Pattern[str]
    status_quo_ending: re.Pattern[str]
    sarcasm: re.Pattern[str]
    sarcasm_words: tuple[str, ...]
    hypothetical: re.Pattern[str]
    lapse: re.Pattern[str]
    refers_back: re.Pattern[str]
    elided_refusal: re.Pattern[str]
    take_back: re.Pattern[str]
    closed_question: re.Pattern[str]
    yes: re.Pattern[str]
    no: re.Pattern[str]
    not_ready_open: re.Pattern[str]
    question_to_statement: tuple[tuple[re.Pattern[str], str], ...]
    question_word: re.Pattern[str]
    second_to_first: dict[str, str]
    kind_hints: tuple[tuple[str, re.Pattern[str]], ...]
    past_success: re.Pattern[str]
    recent_step: re.Pattern[str]
    habit_worry: re.Pattern[str]
    worry_mark: re.Pattern[str]
    denied_worry: re.Pattern[str]
    worry_phrase: re.Pattern[str]
    activity_step: re.Pattern[str]
    step_tied: re.Pattern[str]

    @cached_property
    def change_phrases(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return _phrases(self.change_table)

    @cached_property
    def sustain_phrases(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return _phrases(self.sustain_table)


def _modal_pattern(modals: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern for every modal cue, a named group per kind. At one position the
    kind listed first wins, and within a kind the longest phrase. Every phrase
    starts with a plain word; a look-ahead on those words keeps the search fast."""
    first_words: set[str] = set()
    groups = []
    for kind, phrases in modals.items():
        for phrase in phrases:
            word = re.match(r"[a-z]+", phrase)
            if word is None:
                raise ValueError(changetalk_msg.modal_cue_needs_a_word(phrase))
            first_words.add(word.group(0))
        ordered = sorted(phrases, key=lambda phrase: -len(phrase))
        groups.append(f"(?P<{kind}>" + "|".join(f"(?:{p})" for p in ordered) + ")")
    words = "|".join(sorted(first_words))
    return re.compile(rf"\b(?=(?:{words})\b)(?:" + "|".join(groups) + r")\b")


def _phrases(table: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile(r"\b(?:" + _alternation(phrases) + r")"))
        for kind, phrases in table.items()
        if phrases and kind
    )


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # joined, a number would change


def _pre_filter(fragments: list[str]) -> re.Pattern[str] | None:
    """One pattern that finds a match wherever any of `fragments` would: a text it finds
    nothing in needs none of them tried (one search in C instead of one per list). None
    when a fragment refers back to a numbered or named group (joined, the numbers and
    names would change)."""
    if not fragments or any(_BACK_REFERENCE.search(f) or "(?P<" in f for f in fragments):
        return None
    return gated(_alternation(fragments))


def build(data: ModuleType, language: str) -> Lexicon:
    modal = _modal_pattern(data.MODALS)
    bridge = data.BRIDGE
    others = _alternation(data.OTHER_SUBJECTS)
    neutral_table = dict(data.NEUTRAL_PHRASES)
    neutral_table["someone else's words"] = (
        rf"\b(?:{others})\b(?: \w+){{0,2}} (?:{data.REPORTING_VERBS})\b",
    )
    phrase_forms = tuple((re.compile(p), r) for p, r in data.PHRASE_FORMS)
    # Forms before the first one a joined pattern cannot stand for: a later form may
    # match only what an earlier one wrote, so the pre-filter covers a leading run only.
    first = next((n for n, (p, _) in enumerate(phrase_forms) if _pre_filter([p.pattern]) is None),
                 len(phrase_forms))
    return Lexicon(
        language=language,
        apostrophes=str.maketrans(dict.fromkeys(data.APOSTROPHES, "'")),
        word_forms=dict(data.WORD_FORMS),
        word_form=_word_form(data.WORD_FORMS),
        phrase_forms=phrase_forms,
        phrase_forms_first=phrase_forms[:first],
        phrase_forms_any=_pre_filter([pattern.pattern for pattern, _ in phrase_forms[:first]]),
        phrase_forms_rest=phrase_forms[first:],
        phrase_forms_rest_needs=tuple(needed_letter(p.pattern) for p, _ in phrase_forms[first:]),
        fillers=re.compile(r"^(?:(?:" + data.FILLERS + r")\b[\s,.!]*)+"),
        subject_before=re.compile(
            rf"(?:^|\b(?P<subj>{data.SUBJECT}) )(?:(?:{bridge}) )*$"
        ),
        negator=re.compile(rf"\b(?:{data.NEGATORS})\b"),
        negator_after=re.compile(rf" (?:{data.NEGATORS})\b"),
        modal=modal,
        other_object=re.compile(rf"^ (?:{data.OTHER_OBJECT}) to\b"),
        implicit_kinds=frozenset(data.IMPLICIT_SUBJECT_MODALS),
        target=gated(
            r"\b(?:(?P<change>" + _alternation(data.CHANGE_TARGETS) + r")|(?P<status>"
            + _alternation(data.STATUS_QUO_TARGETS) + r"))\b"
        ),
        change_table=dict(data.CHANGE_PHRASES),
        sustain_table=dict(data.SUSTAIN_PHRASES),
        phrase_index=build_index(
            [(f"change:{kind}", phrases) for kind, phrases in data.CHANGE_PHRASES.items()
             if phrases and kind]
            + [(f"sustain:{kind}", phrases) for kind, phrases in data.SUSTAIN_PHRASES.items()
               if phrases and kind]
        ),
        sentence_sustain=gated(r"\b(?:" + _alternation(data.SUSTAIN_PHRASES[""]) + r")"),
        neutral=tuple((reason, re.compile(_alternation(p))) for reason, p in neutral_table.items()),
        neutral_any=_pre_filter([_alternation(p) for p in neutral_table.values()]),
        question_start=re.compile(r"^(?:" + data.QUESTION_START + r")"),
        future_time=gated(data.FUTURE_TIME),
        progressive=re.compile(r"\b" + data.PROGRESSIVE_COMMITMENT + r"\b"),
        progressive_change=frozenset(data.PROGRESSIVE_CHANGE_VERBS),
        theme_stopwords=frozenset(data.THEME_STOPWORDS.split()),
        clause_breaks=gated(data.CLAUSE_BREAKS),
        activation_open=re.compile(data.ACTIVATION_OPEN),
        consequence_after=re.compile(data.CONSEQUENCE_AFTER),
        feared_after=re.compile(data.FEARED_AFTER),
        status_quo_ending=re.compile(rf"(?P<status>{data.STATUS_QUO_ENDING})"),
        sarcasm=gated(_alternation(data.SARCASM)),
        sarcasm_words=tuple(data.SARCASM_WORDS),
        hypothetical=gated(_alternation(data.HYPOTHETICAL)),
        lapse=gated(_alternation(data.LAPSE)),
        refers_back=re.compile(data.REFERS_BACK),
        elided_refusal=re.compile(data.ELIDED_REFUSAL),
        take_back=re.compile(data.TAKE_BACK),
        closed_question=re.compile(data.CLOSED_QUESTION),
        yes=re.compile(data.YES),
        no=re.compile(data.NO),
        not_ready_open=re.compile(data.NOT_READY_OPEN),
        question_to_statement=tuple(
            (re.compile(rf"(?:^|\b){p}\b"), r) for p, r in data.QUESTION_TO_STATEMENT
        ),
        question_word=re.compile(data.QUESTION_WORDS),
        second_to_first=dict(data.SECOND_TO_FIRST),
        kind_hints=tuple((kind, re.compile(p)) for kind, p in data.KIND_HINTS),
        past_success=re.compile(_alternation(data.PAST_SUCCESS)),
        recent_step=re.compile(_alternation(data.RECENT_STEP)),
        habit_worry=gated(_alternation(data.HABIT_WORRY)),
        worry_mark=re.compile(_alternation(data.WORRY_MARK)),
        denied_worry=gated(_alternation(data.DENIED_WORRY)),
        worry_phrase=re.compile(data.WORRY_PHRASE),
        activity_step=re.compile(_alternation(data.ACTIVITY_STEP)),
        step_tied=gated(_alternation(data.STEP_TIED)),
    )


def _word_form(forms: dict[str, str]) -> re.Pattern[str]:
    """Any of the whole words `forms` rewrites. Each is made of word characters and
    apostrophes and must stand alone, so at most one can match at a place, and the
    words as a tree of their letters find the same one as the plain alternation."""
    if all(re.fullmatch(r"[\w']+", word) for word in forms):
        words = word_alternation(forms)
    else:
        words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(r"(?<![\w'])(?:" + words + r")(?![\w'])")


@cache
def lexicon(language: str = "en") -> Lexicon:
    module_name = LANGUAGES.get(language)
    if module_name is None:
        raise ValueError(changetalk_msg.no_cues_for_language(language))
    module = importlib.import_module(module_name)
    return build(module, language)

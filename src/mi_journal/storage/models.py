"""The shapes of everything stored on disk. Only these cross the storage boundary.

Every model read from a file forbids unknown keys, so a misspelt key fails
loudly instead of being ignored. Text fields refuse lone surrogates, the only
Python strings that cannot be written as UTF-8. Stage names, entry kinds, sizes
and that text rule come from core/vocabulary.py, shared with the paths that do
not load pydantic.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from mi_journal.core.dates import now as now
from mi_journal.core.vocabulary import (
    CONFIG_SCHEMA,
    ENTRY_ID_RE,
    ENTRY_SCHEMA,
    GOALS_SCHEMA,
    HIDDEN_QUOTES_SCHEMA,
    MAX_ANSWER_CHARS,
    MAX_NOTE_CHARS,
    NOTE_TEXT_RULE,
    SURROGATE_PROBLEM,
    TAG_RULE,
    has_surrogates,
)
from mi_journal.core.vocabulary import EntryKind as EntryKind
from mi_journal.core.vocabulary import GoalStatus as GoalStatus
from mi_journal.core.vocabulary import Ruler as Ruler
from mi_journal.core.vocabulary import Stage as Stage
from mi_journal.messages import storage as storage_msg


def _no_surrogates(value: str) -> str:
    if has_surrogates(value):
        raise ValueError(SURROGATE_PROBLEM)
    return value


Text = Annotated[str, AfterValidator(_no_surrogates)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,63}$")]
Tag = Annotated[
    str,
    StringConstraints(min_length=TAG_RULE.min_chars, max_length=TAG_RULE.max_chars),
    AfterValidator(_no_surrogates),
]
EntryId = Annotated[str, StringConstraints(pattern=ENTRY_ID_RE.pattern)]
GoalId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{2,16}$")]


class Stored(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_assignment=True)


class AnswerKind(StrEnum):
    text = "text"
    long_text = "long_text"
    scale = "scale"
    choice = "choice"
    multi_choice = "multi_choice"
    yes_no = "yes_no"
    list = "list"


AnswerValue = StrictBool | StrictInt | Text | list[Text]


def _value_fits_kind(kind: AnswerKind, value: Any) -> bool:
    if kind in (AnswerKind.text, AnswerKind.long_text, AnswerKind.choice):
        return isinstance(value, str)
    if kind is AnswerKind.scale:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is AnswerKind.yes_no:
        return isinstance(value, bool)
    return isinstance(value, list)


class Answer(Stored):
    """One question exactly as it was asked, and what the person answered."""

    prompt: Slug
    question: Text
    kind: AnswerKind
    value: AnswerValue | None = None
    skipped: StrictBool = False
    ruler: Ruler | None = None

    @model_validator(mode="after")
    def _value_matches_kind(self) -> Answer:
        if self.skipped:
            if self.value is not None:
                raise ValueError(storage_msg.SKIPPED_HAS_NO_VALUE)
            return self
        if self.value is None:
            raise ValueError(storage_msg.ANSWER_NEEDS_VALUE)
        if not _value_fits_kind(self.kind, self.value):
            raise ValueError(storage_msg.answer_value_kind(self.kind.value))
        if isinstance(self.value, str) and len(self.value) > MAX_ANSWER_CHARS:
            raise ValueError(storage_msg.answer_too_long(MAX_ANSWER_CHARS))
        return self


class Entry(Stored):
    """One journal entry: an interview, a check-in, a note or an imported entry."""

    schema_version: Literal[1] = Field(default=ENTRY_SCHEMA, alias="schema")
    id: EntryId
    created: AwareDatetime
    updated: AwareDatetime | None = None
    kind: EntryKind
    pack: Slug | None = None
    pack_version: Text | None = None
    stage: Stage | None = None
    title: Text | None = None
    text: Annotated[Text, StringConstraints(max_length=NOTE_TEXT_RULE.max_chars)] | None = None
    tags: list[Tag] = Field(default_factory=list)
    goals: list[GoalId] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    summary: Text | None = None
    source: Text | None = None

    def ruler_readings(self) -> list[tuple[Ruler, int]]:
        """The rulers answered with a whole number, in answer order: what trends, the
        suggestion and the index's `rulers` column all call a reading."""
        return [(answer.ruler, answer.value) for answer in self.answers
                if answer.ruler is not None and not answer.skipped
                and isinstance(answer.value, int) and not isinstance(answer.value, bool)]


class Step(Stored):
    text: Annotated[Text, StringConstraints(min_length=1, max_length=2_000)]
    done: StrictBool = False


class GoalNote(Stored):
    at: AwareDatetime
    text: Annotated[Text, StringConstraints(max_length=MAX_ANSWER_CHARS)]


class Goal(Stored):
    """A goal the person set for themselves, in their own words."""

    id: GoalId
    title: Annotated[Text, StringConstraints(min_length=1, max_length=500)]
    why: Annotated[Text, StringConstraints(max_length=MAX_ANSWER_CHARS)] = ""
    status: GoalStatus = GoalStatus.active
    steps: list[Step] = Field(default_factory=list)
    created: AwareDatetime
    updated: AwareDatetime
    target: date | None = None
    notes: list[GoalNote] = Field(default_factory=list)


class GoalList(Stored):
    schema_version: Literal[1] = Field(default=GOALS_SCHEMA, alias="schema")
    goals: list[Goal] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> GoalList:
        seen: set[str] = set()
        for goal in self.goals:
            if goal.id in seen:
                raise ValueError(storage_msg.goal_id_twice(goal.id))
            seen.add(goal.id)
        return self


class Config(Stored):
    schema_version: Literal[1] = Field(default=CONFIG_SCHEMA, alias="schema")
    crisis_line: Annotated[Text, StringConstraints(max_length=500)] = ""
    pager: StrictBool = True


class HiddenQuote(Stored):
    """A quote of the person's own change talk they set aside (`mij reflect hide`)."""

    # A quote is one sentence of an answer or a note, so a note's limit bounds it.
    text: Annotated[Text, StringConstraints(min_length=1, max_length=MAX_NOTE_CHARS)]
    entry: str | None = None
    hidden: AwareDatetime


class HiddenQuotes(Stored):
    schema_version: Literal[1] = Field(default=HIDDEN_QUOTES_SCHEMA, alias="schema")
    quotes: list[HiddenQuote] = Field(default_factory=list)


def own_words(entry: Entry) -> Iterator[tuple[str, str | None]]:
    """The person's own free text in an entry (notes, text answers, list items),
    each with the question it answered (None for a note)."""
    if entry.text:
        yield entry.text, None
    for answer in entry.answers:
        if answer.skipped or answer.value is None:
            continue
        if answer.kind in (AnswerKind.text, AnswerKind.long_text) and isinstance(answer.value, str):
            yield answer.value, answer.question
        elif answer.kind is AnswerKind.list and isinstance(answer.value, list):
            for item in answer.value:
                yield item, answer.question

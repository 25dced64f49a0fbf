"""The prompt-pack format: a contract counsellors write against.

Documented for authors in prompts/README.md. Everything read from a pack file
forbids unknown keys. Checks that span prompts (unique ids, placeholders and
conditions that may only look back) live in `reference_problems` (every one, for
`mij pack check`) and `check_pack_references` (the first, for loading).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from mi_journal.messages import packs as packs_msg
from mi_journal.storage.models import AnswerKind, Ruler, Slug, Stage, Text

MAX_PACK_BYTES = 1024 * 1024
MAX_PROMPTS = 500
MAX_PROMPT_CHARS = 2_000

PromptText = Annotated[Text, StringConstraints(min_length=1, max_length=MAX_PROMPT_CHARS)]
ShortText = Annotated[Text, StringConstraints(max_length=MAX_PROMPT_CHARS)]
Version = Annotated[
    str, StringConstraints(pattern=r"^\d{1,6}(\.\d{1,6}){0,2}([-+][0-9A-Za-z.-]{1,40})?$")
]
Scalar = StrictBool | StrictInt | Text

CHOICE_KINDS = (AnswerKind.choice, AnswerKind.multi_choice)
FREE_TEXT_KINDS = (AnswerKind.text, AnswerKind.long_text, AnswerKind.list)


class PackModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackMeta(PackModel):
    id: Slug
    title: Annotated[Text, StringConstraints(min_length=1, max_length=200)]
    version: Version
    description: ShortText = ""
    author: Annotated[Text, StringConstraints(max_length=200)] = ""
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")] = "en"


class Condition(PackModel):
    prompt: Slug
    at_least: StrictInt | None = None
    at_most: StrictInt | None = None
    equals: Scalar | None = None
    not_equals: Scalar | None = None
    one_of: Annotated[list[Scalar], Field(min_length=1, max_length=200)] | None = None
    includes: Text | None = None
    answered: StrictBool | None = None

    def has_value_tests(self) -> bool:
        return any(
            test is not None
            for test in (
                self.at_least, self.at_most, self.equals, self.not_equals,
                self.one_of, self.includes,
            )
        )

    @model_validator(mode="after")
    def _has_a_test(self) -> Condition:
        if not self.has_value_tests() and self.answered is None:
            raise ValueError(packs_msg.CONDITION_NEEDS_A_TEST)
        return self


class Prompt(PackModel):
    id: Slug
    stage: Stage
    kind: AnswerKind
    text: PromptText
    help: ShortText = ""
    optional: StrictBool = False
    min: StrictInt | None = None
    max: StrictInt | None = None
    labels: dict[str, Annotated[Text, StringConstraints(max_length=200)]] = Field(
        default_factory=dict
    )
    ruler: Ruler | None = None
    choices: Annotated[list[Annotated[Text, StringConstraints(min_length=1, max_length=300)]],
                       Field(max_length=200)] | None = None
    max_picks: Annotated[StrictInt, Field(ge=1)] | None = None
    when: Condition | Annotated[list[Condition], Field(min_length=1, max_length=20)] | None = None
    reflect: StrictBool = False
    goal: Literal["title", "why", "steps"] | None = None
    suggest_last: StrictBool = False

    @property
    def bounds(self) -> tuple[int, int]:
        return (0 if self.min is None else self.min, 10 if self.max is None else self.max)

    @model_validator(mode="after")
    def _fits_kind(self) -> Prompt:
        is_scale = self.kind is AnswerKind.scale
        if not is_scale:
            for name in ("min", "max", "ruler"):
                if getattr(self, name) is not None:
                    raise ValueError(packs_msg.scale_only(name))
            if self.labels:
                raise ValueError(packs_msg.LABELS_KIND)
        else:
            low, high = self.bounds
            if low > high:
                raise ValueError(packs_msg.min_above_max(low, high))
            if high - low > 1000:
                raise ValueError(packs_msg.SCALE_TOO_WIDE)
            for key in self.labels:
                if not key.lstrip("-").isdigit() or not low <= int(key) <= high:
                    raise ValueError(packs_msg.label_out_of_range(key, low, high))
        if self.kind in CHOICE_KINDS:
            if not self.choices:
                raise ValueError(packs_msg.CHOICES_NEEDED)
            if len(set(self.choices)) != len(self.choices):
                raise ValueError(packs_msg.CHOICE_TWICE)
        elif self.choices is not None:
            raise ValueError(packs_msg.CHOICES_KIND)
        if self.max_picks is not None and self.kind is not AnswerKind.multi_choice:
            raise ValueError(packs_msg.MAX_PICKS_KIND)
        if self.suggest_last and self.kind not in (AnswerKind.text, AnswerKind.long_text):
            raise ValueError(packs_msg.SUGGEST_LAST_KIND)
        if self.goal == "steps" and self.kind not in (AnswerKind.list, AnswerKind.long_text):
            raise ValueError(packs_msg.GOAL_STEPS_KIND)
        if self.goal in ("title", "why") and self.kind not in (
            AnswerKind.text, AnswerKind.long_text, AnswerKind.choice,
        ):
            raise ValueError(packs_msg.goal_needs_text(self.goal))
        return self

    def conditions(self) -> list[Condition]:
        if self.when is None:
            return []
        return self.when if isinstance(self.when, list) else [self.when]


MAX_ASSIGNED_TIMES = 366


class Assignment(PackModel):
    """Optional `[assignment]`: a counsellor hands this pack over as homework.

    `times` is how many entries are hoped for in all; without it: 1 for "once",
    one a day (or a week) from `start` to `due` when both are given, else 1.
    `stages` or `prompts` (not both) narrow what the person is asked.
    """

    assigned_by: Annotated[Text, StringConstraints(max_length=200)] = ""
    note: ShortText = ""
    start: date | None = None
    due: date | None = None
    frequency: Literal["once", "daily", "weekly"] = "once"
    times: Annotated[int, Field(ge=1, le=MAX_ASSIGNED_TIMES)] | None = None
    stages: Annotated[list[Stage], Field(min_length=1, max_length=4)] | None = None
    prompts: Annotated[list[Slug], Field(min_length=1, max_length=MAX_PROMPTS)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Assignment:
        if self.start is not None and self.due is not None and self.due < self.start:
            raise ValueError(packs_msg.due_before_start(self.due, self.start))
        if self.stages is not None and self.prompts is not None:
            raise ValueError(packs_msg.STAGES_OR_PROMPTS)
        if self.frequency == "once" and self.times not in (None, 1):
            raise ValueError(packs_msg.ONCE_MEANS_ONE)
        return self


class Pack(PackModel):
    pack: PackMeta
    prompts: Annotated[list[Prompt], Field(min_length=1, max_length=MAX_PROMPTS)]
    assignment: Assignment | None = None

    @property
    def id(self) -> str:
        return self.pack.id

    @property
    def stages(self) -> list[Stage]:
        seen: list[Stage] = []
        for prompt in self.prompts:
            if prompt.stage not in seen:
                seen.append(prompt.stage)
        return seen

    def assigned_prompt_ids(self) -> list[str] | None:
        """The prompt ids an `[assignment]` asks for (None: the whole pack)."""
        if self.assignment is None:
            return None
        if self.assignment.prompts is not None:
            return list(self.assignment.prompts)
        if self.assignment.stages is not None:
            return [p.id for p in self.prompts if p.stage in self.assignment.stages]
        return None

    def prompt(self, prompt_id: str) -> Prompt:
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise KeyError(prompt_id)


class PackReferenceError(ValueError):
    def __init__(self, index: int, prompt_id: str, message: str) -> None:
        super().__init__(message)
        self.index = index
        self.prompt_id = prompt_id
        self.message = message


def check_pack_references(pack: Pack) -> None:
    """Ids are unique; placeholders and conditions name earlier prompts only."""
    problems = reference_problems(pack)
    if problems:
        raise problems[0]


def reference_problems(
    pack: Pack, set_aside: frozenset[str] = frozenset()
) -> list[PackReferenceError]:
    """Every id, placeholder, condition and assignment entry that points nowhere, in
    file order. `set_aside`: ids of prompts in the file that could not be read (their
    own problem is told); what points at them is not told again."""
    from mi_journal.packs.template import TemplateSyntaxError, references

    problems: list[PackReferenceError] = []
    earlier: dict[str, Prompt] = {}
    every_id = {prompt.id for prompt in pack.prompts}
    for index, prompt in enumerate(pack.prompts):
        def fail(message: str, index: int = index, prompt: Prompt = prompt) -> None:
            problem = PackReferenceError(index, prompt.id, message)
            if not any((p.index, p.message) == (index, message) for p in problems):
                problems.append(problem)

        if prompt.id in earlier:
            fail(packs_msg.id_used_earlier(prompt.id))
        for field_name in ("text", "help"):
            try:
                refs = references(getattr(prompt, field_name))
            except TemplateSyntaxError as exc:
                close = _close_id(exc.inner, earlier, every_id) if exc.inner else None
                fail(f"{field_name}: {exc}" + packs_msg.did_you_mean_placeholder(close))
                continue
            for ref in refs:
                target = _target(ref.prompt, earlier, every_id, set_aside,
                                 f"{field_name}: placeholder", fail, placeholder=True)
                if target is not None and ref.shifted and target.kind is not AnswerKind.scale:
                    fail(packs_msg.shift_needs_scale(field_name, ref.prompt))
        for condition in prompt.conditions():
            target = _target(condition.prompt, earlier, every_id, set_aside,
                             "when: condition", fail)
            if target is not None:
                _check_condition_fits(condition, target, fail)
        earlier[prompt.id] = prompt
    return problems + _assignment_problems(pack, every_id | set_aside)


def _close_id(name: str, earlier: dict[str, Prompt], every_id: set[str]) -> str | None:
    """The prompt id a misspelt one most likely meant: an earlier prompt's first."""
    import difflib

    wanted = name.split(":")[0].strip().lower()
    for ids in (list(earlier), sorted(every_id)):
        close = difflib.get_close_matches(wanted, ids, n=1, cutoff=0.6)
        if close:
            return close[0]
    return None


def _assignment_problems(pack: Pack, every_id: set[str]) -> list[PackReferenceError]:
    assignment = pack.assignment
    if assignment is None:
        return []
    problems = []
    for prompt_id in assignment.prompts or []:
        if prompt_id not in every_id:
            close = _close_id(prompt_id, {}, {p.id for p in pack.prompts})
            problems.append(PackReferenceError(
                -1, "", packs_msg.assignment_unknown_prompt(prompt_id, close)))
    for stage in assignment.stages or []:
        if stage not in pack.stages:
            problems.append(PackReferenceError(
                -1, "", packs_msg.assignment_stage_empty(stage.value)))
    return problems


def _target(
    target: str, earlier: dict[str, Prompt], every_id: set[str], set_aside: frozenset[str],
    what: str, fail: object, placeholder: bool = False,
) -> Prompt | None:
    """The earlier prompt `target` names, else None (and what is wrong told to `fail`)."""
    assert callable(fail)
    if target in earlier:
        return earlier[target]
    if target in every_id:
        fail(packs_msg.refers_later(what, target))
    elif target not in set_aside:
        close = _close_id(target, earlier, every_id)
        fail(packs_msg.refers_unknown(what, target, close, placeholder))
    return None


def _check_condition_fits(condition: Condition, target: Prompt, fail: object) -> None:
    assert callable(fail)
    if (condition.at_least is not None or condition.at_most is not None) and (
        target.kind not in (AnswerKind.scale, AnswerKind.multi_choice, AnswerKind.list)
    ):
        fail(packs_msg.bounds_need_scale(target.id, target.kind.value))
    if condition.includes is not None:
        if target.kind is not AnswerKind.multi_choice:
            fail(packs_msg.includes_needs_multi_choice(target.id))
        if target.choices and condition.includes not in target.choices:
            fail(packs_msg.includes_not_a_choice(condition.includes, target.id))

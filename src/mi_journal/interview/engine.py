"""The interview engine: one question at a time, from a pack, as pure domain code.

No terminal here. A caller (the rich UI, the `--answers` runner, a test) asks
`current()` for the next question, then calls `submit(text)` (typed input),
`submit_value(value)` (an already-typed value from a file), `skip()`, `keep()`
or `back()`. When `finished` is true, `entry()` builds the journal entry.

The model is a cursor over the pack's prompts (optionally narrowed to one stage
or to a set of prompt ids). A prompt is asked when its `when` conditions hold
and every placeholder in its text has an answer. Going back moves the cursor to
the previous question without forgetting later answers: they come back as the
suggested answer when the cursor reaches them again. Changing an answer drops
every later answer whose prompt no longer applies.

An answer that declines or is unsure ("nothing for now", "not sure";
`interview.declining`) is never quoted by a later question. When it answers a
required prompt that later questions quote (the focus), the interview closes
there: the rest would be about nothing the person named, and pressing on would not
honour their answer. The summary then says kindly that this is fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from mi_journal.core.vocabulary import MAX_ANSWER_CHARS
from mi_journal.crisis.detect import answer_mentions_crisis, answer_touches_crisis
from mi_journal.interview.declining import declines, is_free_text, topic_prompts
from mi_journal.messages import interview as interview_msg
from mi_journal.packs.conditions import conditions_hold
from mi_journal.packs.model import Pack, Prompt
from mi_journal.packs.template import references, render
from mi_journal.storage.models import (
    Answer,
    AnswerKind,
    AnswerValue,
    Entry,
    EntryKind,
    Ruler,
    Stage,
)

YES = frozenset({"y", "yes"})
NO = frozenset({"n", "no"})
_INT = re.compile(r"^[+-]?\d{1,9}$")


class AnswerProblem(ValueError):
    """An answer that cannot be taken as it is; `message` says what would work."""

    def __init__(self, message: str, prompt_id: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.prompt_id = prompt_id


class NumberGuess(AnswerProblem):
    """A ruler answer with one whole number in range among words ("idk like a 3??"):
    not taken silently; a front end may ask "Did you mean 3?" (`guess`)."""

    def __init__(self, message: str, guess: int) -> None:
        super().__init__(message)
        self.guess = guess


class ChoiceGuess(NumberGuess):
    """A free-text answer to a choice whose words clearly match one choice ("make a
    plan i guess"): asked about as a ruler's number is ("Did you mean 1?"), never taken
    silently. `guess` is the choice's number, `choice` its text."""

    def __init__(self, message: str, guess: int, choice: str) -> None:
        super().__init__(message, guess)
        self.choice = choice


@dataclass(frozen=True)
class Question:
    """One question, ready to show: the prompt and its text as the person sees it."""

    prompt: Prompt
    text: str
    help: str
    number: int
    total: int
    previous: AnswerValue | None
    previous_skipped: bool
    suggested: str | None = None  # from an earlier entry (`suggest_last`), Enter keeps it

    @property
    def progress(self) -> str:
        return interview_msg.interview_progress(self.number, self.total)

    @property
    def stage(self) -> Stage:
        return self.prompt.stage

    @property
    def has_previous(self) -> bool:
        return self.previous is not None or self.previous_skipped


@dataclass(frozen=True)
class Given:
    """What the person did at one prompt: the question as asked, and the value (None = skipped)."""

    question: str
    value: AnswerValue | None

    @property
    def skipped(self) -> bool:
        return self.value is None


class Interview:
    """A running interview over `pack`; see the module docstring."""

    def __init__(
        self,
        pack: Pack,
        stage: Stage | None = None,
        *,
        only: Iterable[str] | None = None,
    ) -> None:
        chosen = set(only) if only is not None else None
        self.pack = pack
        self.stage = stage
        self.only = chosen
        self.prompts: list[Prompt] = [
            p for p in pack.prompts
            if (stage is None or p.stage is stage) and (chosen is None or p.id in chosen)
        ]
        self._bounds = {p.id: p.bounds for p in pack.prompts if p.kind is AnswerKind.scale}
        self._free_text = {p.id for p in self.prompts if is_free_text(p)}
        topics = topic_prompts(self.prompts)
        self._topics = [p.id for p in self.prompts if p.id in topics]  # in asking order
        self._place = {p.id: index for index, p in enumerate(self.prompts)}
        self.given: dict[str, Given] = {}
        self.suggestions: dict[str, str] = {}
        self._crisis_seen: dict[str, tuple[object, bool]] = {}
        # Once an answer has shown the help lines, the interview hands back nothing the
        # person writes after that point: the detector can miss the next answer ("Give
        # Maria the dog ... take them all some night"), and quoted into the next
        # questions, the summary or a goal it would read as their plan. Kept in drafts.
        self.help_lines_shown = False
        self.after_help_lines: set[str] = set()  # prompts answered after them
        self._cursor = -1
        self._advance()

    # --- what applies -------------------------------------------------------------

    def values(self) -> dict[str, AnswerValue]:
        return {pid: g.value for pid, g in self.given.items() if g.value is not None}

    def _render(self, text: str, values: Mapping[str, object]) -> str | None:
        """The text as asked: placeholders filled only from answers that may be quoted."""
        return render(text, self._quotable(values), self._bounds, self.pack.pack.language)

    def _quotable(self, values: Mapping[str, object]) -> dict[str, object]:
        """The answers a later question may quote: never one that holds crisis words,
        nor one that declines ("nothing for now", "not sure"), nor the person's own words
        given after the help lines were shown (`withheld`).

        A question that would quote such an answer is not asked (as if it had not been
        given), so the interview never hands those words back as a topic to explore.
        """
        withheld = self.withheld()
        return {pid: v for pid, v in values.items()
                if pid not in withheld and not self._holds_crisis(pid, v)
                and not (pid in self._free_text and declines(v))}

    def _counted(self, values: Mapping[str, object]) -> Mapping[str, object]:
        """The answers `when` conditions see: a free-text answer that declines ("idk",
        "nothing for now") counts as not answered, so a follow-up that leans on it ("What
        is it about that best outcome...?" after "idk") is not asked."""
        declined = [pid for pid, v in values.items() if pid in self._free_text and declines(v)]
        if not declined:
            return values
        return {pid: v for pid, v in values.items() if pid not in declined}

    def withheld(self) -> frozenset[str]:
        """Prompts whose answer, in the person's own words, was given after an answer
        showed the help lines: never quoted into a question or the summary."""
        return frozenset(pid for pid in self.after_help_lines if pid in self._free_text)

    def closed_by(self, values: Mapping[str, object] | None = None) -> str | None:
        """The required, quoted prompt whose answer declined, closing the interview there."""
        vals = self.values() if values is None else values
        for prompt_id in self._topics:
            if prompt_id in vals and declines(vals[prompt_id]):
                return prompt_id
        return None

    def _past_closing(self, prompt: Prompt, values: Mapping[str, object]) -> bool:
        closing = self.closed_by(values)
        return closing is not None and self._place[prompt.id] > self._place[closing]

    def _holds_crisis(self, prompt_id: str, value: object) -> bool:
        # Asked for every prompt on every step: remember the verdict per answer given.
        known = self._crisis_seen.get(prompt_id)
        if known is not None and known[0] is value:
            return known[1]
        verdict = answer_touches_crisis(value)
        self._crisis_seen[prompt_id] = (value, verdict)
        return verdict

    def applies(self, prompt: Prompt, values: Mapping[str, object] | None = None) -> bool:
        """True when the prompt's conditions hold and its placeholders can be filled.
        A free-text answer that declined counts as not answered for the conditions.

        This decides which answers belong to the entry, so an answer already given is
        kept even when the answer its question quotes has since become unquotable.
        """
        vals = self.values() if values is None else values
        return (conditions_hold(prompt.when, self._counted(vals))
                and not self._past_closing(prompt, vals)
                and render(prompt.text, vals, self._bounds, self.pack.pack.language) is not None)

    def askable(self, prompt: Prompt, values: Mapping[str, object] | None = None) -> bool:
        """True when the prompt applies and can be asked without quoting crisis words."""
        vals = self.values() if values is None else values
        # Rendering from the quotable answers alone succeeds only where rendering from
        # all of them would, so this one render also stands for `applies`.
        return (conditions_hold(prompt.when, self._counted(vals))
                and not self._past_closing(prompt, vals)
                and self._render(prompt.text, vals) is not None)

    def _might_apply(self, index: int, values: Mapping[str, object]) -> bool:
        """For progress: a prompt ahead counts unless an answer already rules it out.

        A condition or placeholder on a question not reached yet counts as holding.
        """
        prompt = self.prompts[index]
        if self._past_closing(prompt, values):
            return False
        unknown = {p.id for p in self.prompts[self._cursor :]} - set(self.given)
        counted = self._counted(values)
        for condition in prompt.conditions():
            if condition.prompt not in unknown and not conditions_hold(condition, counted):
                return False
        quotable = self._quotable(values)
        return all(
            ref.prompt in unknown or quotable.get(ref.prompt) is not None
            for ref in references(prompt.text)
        )

    def _advance(self, start: int | None = None) -> None:
        index = self._cursor + 1 if start is None else start
        values = self.values()
        while index < len(self.prompts) and not self.askable(self.prompts[index], values):
            index += 1
        self._cursor = index

    @property
    def finished(self) -> bool:
        return self._cursor >= len(self.prompts)

    @property
    def position(self) -> str | None:
        """The id of the prompt being asked (None when finished): saved in drafts."""
        return None if self.finished else self.prompts[self._cursor].id

    def current(self) -> Question | None:
        if self.finished:
            return None
        prompt = self.prompts[self._cursor]
        values = self.values()
        text = self._render(prompt.text, values) or prompt.text
        help_text = self._render(prompt.help, values) if prompt.help else ""
        # Behind the cursor, only what was asked or could be: a question passed over
        # because it would quote crisis words is not counted as if it had been asked
        # (a crisis focus went from "1 of 10" to "6 of 6").
        counted = [
            i for i in range(len(self.prompts))
            if (i < self._cursor and (self.prompts[i].id in self.given
                                      or self.askable(self.prompts[i], values)))
            or i == self._cursor
            or (i > self._cursor and self._might_apply(i, values))
        ]
        earlier = self.given.get(prompt.id)
        return Question(
            prompt=prompt,
            text=text,
            help=help_text or "",
            number=counted.index(self._cursor) + 1,
            total=len(counted),
            previous=earlier.value if earlier else None,
            previous_skipped=bool(earlier and earlier.skipped),
            suggested=None if earlier else self.suggestions.get(prompt.id),
        )

    def suggest(self, found: Mapping[str, str]) -> None:
        """Offer earlier answers (prompt id -> text) for the prompts marked `suggest_last`."""
        for prompt in self.prompts:
            text = found.get(prompt.id)
            if (prompt.suggest_last and isinstance(text, str) and text.strip()
                    and not declines(text)):
                self.suggestions[prompt.id] = text.strip()

    def suggested_ids(self) -> list[str]:
        return [prompt.id for prompt in self.prompts if prompt.suggest_last]

    # --- answering ----------------------------------------------------------------

    def _current_or_fail(self) -> Question:
        question = self.current()
        if question is None:
            raise AnswerProblem(interview_msg.INTERVIEW_ALREADY_DONE)
        return question

    def submit(self, raw: str) -> AnswerValue:
        """Take typed input for the current question; raises AnswerProblem to re-ask."""
        question = self._current_or_fail()
        value = parse_typed(question.prompt, raw)
        self._record(question, value)
        return value

    def submit_value(self, value: object) -> AnswerValue:
        """Take a value read from a file (int, bool, text, list); text is parsed like typing."""
        question = self._current_or_fail()
        checked = parse_value(question.prompt, value)
        self._record(question, checked)
        return checked

    def skip(self) -> None:
        question = self._current_or_fail()
        if not question.prompt.optional:
            raise AnswerProblem(interview_msg.INTERVIEW_CANNOT_SKIP, question.prompt.id)
        self._record(question, None)

    def keep(self) -> None:
        """Keep the answer given earlier to this question (after going back)."""
        question = self._current_or_fail()
        if not question.has_previous and question.suggested is not None:
            self._record(question, parse_value(question.prompt, question.suggested))
            return
        if not question.has_previous:
            raise AnswerProblem(interview_msg.INTERVIEW_NOTHING_TO_KEEP, question.prompt.id)
        if question.previous is None:
            self.skip()
            return
        self._record(question, parse_value(question.prompt, question.previous))

    def _record(self, question: Question, value: AnswerValue | None) -> None:
        self.given[question.prompt.id] = Given(question.text, value)
        if self.help_lines_shown:
            self.after_help_lines.add(question.prompt.id)
        elif value is not None and answer_mentions_crisis(value):
            # The same test that shows the help lines (`answer_crisis` is not None).
            self.help_lines_shown = True
        self._drop_stale(self._cursor)
        self._advance()

    def _drop_stale(self, after: int) -> None:
        """Forget later answers whose prompt no longer applies (cascading in order)."""
        for prompt in self.prompts[after + 1 :]:
            if prompt.id in self.given and not self.applies(prompt):
                del self.given[prompt.id]

    def back(self) -> bool:
        """Return to the previous question; False when this is the first one."""
        end = len(self.prompts) if self.finished else self._cursor
        values = self.values()
        for index in range(end - 1, -1, -1):
            prompt = self.prompts[index]
            if prompt.id in self.given and self.askable(prompt, values):
                self._cursor = index
                return True
        return False

    def restore(self, given: Mapping[str, Given], position: str | None, *,
                help_lines_shown: bool = False,
                after_help_lines: Iterable[str] = ()) -> list[str]:
        """Load answers saved in a draft; returns the ids that no longer fit and were dropped.

        `help_lines_shown` and `after_help_lines` come back from the draft too; a draft
        written before they were kept, holding an answer that shows the help lines, is
        read as if every later answer in the pack came after it."""
        dropped: list[str] = []
        by_id = {p.id: p for p in self.prompts}
        for prompt_id, earlier in given.items():
            prompt = by_id.get(prompt_id)
            if prompt is None:
                dropped.append(prompt_id)
                continue
            if earlier.value is None:
                if prompt.optional:
                    self.given[prompt_id] = earlier
                else:
                    dropped.append(prompt_id)
                continue
            try:
                value = parse_value(prompt, earlier.value)
            except AnswerProblem:
                dropped.append(prompt_id)
                continue
            self.given[prompt_id] = Given(earlier.question, value)
        self._restore_help_lines(help_lines_shown, after_help_lines)
        self._drop_stale(-1)
        dropped.extend(pid for pid in given if pid in by_id and pid not in self.given
                       and pid not in dropped)
        ids = [p.id for p in self.prompts]
        values = self.values()
        # Continue at the saved position if it still applies and every earlier
        # applicable prompt has an answer; otherwise at the first unanswered one.
        first_open = next(
            (i for i, p in enumerate(self.prompts)
             if p.id not in self.given and self.askable(p, values)),
            len(self.prompts),
        )
        target = first_open
        if position in ids:
            saved = ids.index(position)
            if saved <= first_open and self.askable(self.prompts[saved], values):
                target = saved
        self._cursor = target
        return dropped

    def _restore_help_lines(self, shown: bool, after: Iterable[str]) -> None:
        self.help_lines_shown = shown
        self.after_help_lines = {pid for pid in after if pid in self.given}
        if shown:
            return
        crisis_at = next((index for index, prompt in enumerate(self.prompts)
                          if prompt.id in self.given
                          and answer_mentions_crisis(self.given[prompt.id].value)), None)
        if crisis_at is not None:
            self.help_lines_shown = True
            self.after_help_lines |= {prompt.id for prompt in self.prompts[crisis_at + 1 :]
                                      if prompt.id in self.given}

    # --- results ------------------------------------------------------------------

    def answers(self, *, only_applicable: bool = True) -> list[Answer]:
        """Every answered or skipped prompt, in pack order, as stored.

        By default only those that still apply; a draft keeps them all, so an
        answer hidden by going back comes back if the path returns to it.
        """
        out: list[Answer] = []
        values = self.values()
        for prompt in self.prompts:
            earlier = self.given.get(prompt.id)
            if earlier is None or (only_applicable and not self.applies(prompt, values)):
                continue
            out.append(
                Answer(
                    prompt=prompt.id,
                    question=earlier.question,
                    kind=prompt.kind,
                    value=earlier.value,
                    skipped=earlier.skipped,
                    ruler=prompt.ruler,
                )
            )
        return out

    def entry_stage(self) -> Stage | None:
        """The stage filter, else the one stage the answers come from (the pack's own when
        nothing was answered). None when they come from several, as in a homework pack or
        the check-in: naming the stage most answers came from mislabelled the rest."""
        if self.stage is not None:
            return self.stage
        answered = {self.pack.prompt(answer.prompt).stage
                    for answer in self.answers() if not answer.skipped}
        stages = answered or set(self.pack.stages)
        return next(iter(stages)) if len(stages) == 1 else None

    def summary(self) -> str:
        from mi_journal.interview.summary import build_summary

        return build_summary(self.pack, self.answers(), withheld=self.withheld())

    def entry(self, entry_id: str, created: datetime, kind: EntryKind | None = None) -> Entry:
        """The finished interview as a journal entry (raises if not finished)."""
        if not self.finished:
            raise AnswerProblem(interview_msg.INTERVIEW_NOT_DONE)
        if kind is None:
            kind = EntryKind.checkin if self.pack.id == "checkin" else EntryKind.interview
        answers = self.answers()
        return Entry(
            id=entry_id,
            created=created,
            kind=kind,
            pack=self.pack.id,
            pack_version=self.pack.pack.version,
            stage=self.entry_stage(),
            title=self.pack.pack.title,
            answers=answers,
            summary=self.summary() or None,
        )

    def goal_answers(self) -> dict[str, AnswerValue]:
        """Answers to prompts marked goal = "title"/"why"/"steps" (the last of each wins).

        An answer that declines ("not sure") is not offered as part of a goal."""
        found: dict[str, AnswerValue] = {}
        values = self.values()
        for prompt in self.prompts:
            if (prompt.goal and prompt.id in values and self.applies(prompt, values)
                    and not (prompt.id in self._free_text and declines(values[prompt.id]))):
                found[prompt.goal] = values[prompt.id]
        return found

    def rulers(self) -> dict[Ruler, int]:
        out: dict[Ruler, int] = {}
        for answer in self.answers():
            if answer.ruler is not None and isinstance(answer.value, int):
                out[answer.ruler] = answer.value
        return out


# --- parsing and checking answers ------------------------------------------------------


def _check_text(text: str) -> str:
    if len(text) > MAX_ANSWER_CHARS:
        raise AnswerProblem(interview_msg.answer_too_long(len(text), MAX_ANSWER_CHARS))
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise AnswerProblem(interview_msg.ANSWER_UNSTORABLE)
    return text


def _clean_text(raw: str) -> str:
    # Keep the person's words; only trailing spaces and blank edges go.
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()


def parse_typed(prompt: Prompt, raw: str) -> AnswerValue:
    """Typed input -> a value of the prompt's kind, or AnswerProblem with a kind message."""
    try:
        return _parse_typed(prompt, raw)
    except AnswerProblem as problem:
        problem.prompt_id = prompt.id
        raise


def _parse_typed(prompt: Prompt, raw: str) -> AnswerValue:
    kind = prompt.kind
    _check_text(raw)
    if kind in (AnswerKind.text, AnswerKind.long_text):
        text = _clean_text(raw)
        if not text:
            raise AnswerProblem(interview_msg.ANSWER_EMPTY)
        return text
    if kind is AnswerKind.list:
        items = [line.strip() for line in _clean_text(raw).split("\n")]
        items = [item for item in items if item]
        if not items:
            raise AnswerProblem(interview_msg.ANSWER_LIST_EMPTY)
        return items
    word = raw.strip()
    if kind is AnswerKind.scale:
        low, high = prompt.bounds
        if not _INT.match(word) or not low <= int(word) <= high:
            guess = number_among_words(word, low, high)
            if guess is not None and not _INT.match(word):
                raise NumberGuess(interview_msg.scale_guess_in_file(guess, low, high), guess)
            raise AnswerProblem(interview_msg.scale_out_of_range(low, high))
        return int(word)
    if kind is AnswerKind.yes_no:
        lowered = word.lower()
        if lowered in YES:
            return True
        if lowered in NO:
            return False
        raise AnswerProblem(interview_msg.ANSWER_YES_NO)
    choices = prompt.choices or []
    if kind is AnswerKind.choice:
        return _pick(word, choices)
    return _picks([part for part in re.split(r"[,\s]+", word) if part], choices, prompt)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_OUT_OF = re.compile(r"(\d+)\s*(?:/|out of|of)\s*(\d+)", re.IGNORECASE)


def number_among_words(text: str, low: int, high: int) -> int | None:
    """The one whole number from `low` to `high` in `text` ("idk like a 3??" -> 3,
    "7/10" -> 7), or None: no number, two numbers ("3 or 4"), a fraction ("3.5") or
    one out of range. A guess to ask about, never to take silently."""
    text = _OUT_OF.sub(lambda m: m.group(1) if int(m.group(2)) == high else m.group(0), text)
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1 or not numbers[0].isdigit():
        return None
    number = int(numbers[0])
    return number if low <= number <= high else None


def _pick(word: str, choices: list[str]) -> str:
    if _INT.match(word):
        number = int(word)
        if 1 <= number <= len(choices):
            return choices[number - 1]
        raise AnswerProblem(interview_msg.choice_out_of_range(len(choices)))
    if word in choices:
        return word
    folded = [c for c in choices if c.casefold() == word.casefold()]
    if len(folded) == 1:
        return folded[0]
    guess = closest_choice(word, choices)
    if guess is not None:
        choice = choices[guess - 1]
        raise ChoiceGuess(interview_msg.choice_guess_in_file(len(choices), guess, choice),
                          guess, choice)
    raise AnswerProblem(interview_msg.choice_not_understood(len(choices)))


# Words that say nothing about which choice is meant ("make a plan i guess").
_FILLER = frozenset((
    "a", "an", "the", "for", "of", "to", "and", "or", "it", "its", "i", "my", "me", "some",
    "more", "now", "with", "how", "see", "goes", "be", "is", "in", "on", "at", "as", "so",
    "just", "guess", "think", "maybe", "like", "yeah", "um", "uh", "ok", "okay", "well",
    "probably", "perhaps", "really", "yes"))
_WORD = re.compile(r"[a-z0-9']+")
_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ting", "ping", "ning", "ming", "ging")


def _same_word(one: str, other: str) -> bool:
    """One word, or the same with an ending: "cut" and "cutting", "take" and "taking"
    ("not" and "nothing" are not)."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    base = short[:-1] if short.endswith("e") else short
    return len(base) >= 3 and long.startswith(base) and long[len(base):] in _ENDINGS


def closest_choice(answer: str, choices: list[str]) -> int | None:
    """The number of the one choice whose own words the answer clearly holds ("make a
    plan i guess" -> "make a plan"), or None when none or several match as well."""
    said = [w for w in _WORD.findall(answer.casefold()) if w not in _FILLER]
    if not said:
        return None
    scores = []
    for choice in choices:
        words = [w for w in _WORD.findall(choice.casefold()) if w not in _FILLER]
        found = sum(1 for w in words if any(_same_word(w, s) for s in said))
        scores.append(found / len(words) if words and found else 0.0)
    best = max(scores)
    if best < 0.5 or scores.count(best) > 1:
        return None
    return scores.index(best) + 1


def _picks(words: list[str], choices: list[str], prompt: Prompt) -> list[str]:
    if not words:
        raise AnswerProblem(interview_msg.ANSWER_PICK_ONE)
    picked: list[str] = []
    for word in words:
        if not _INT.match(word):
            raise AnswerProblem(interview_msg.multi_choice_not_understood(len(choices)))
        number = int(word)
        if not 1 <= number <= len(choices):
            raise AnswerProblem(interview_msg.choice_out_of_range(len(choices)))
        if choices[number - 1] not in picked:
            picked.append(choices[number - 1])
    return _check_picks(picked, prompt)


def _check_picks(picked: list[str], prompt: Prompt) -> list[str]:
    if not picked:
        raise AnswerProblem(interview_msg.ANSWER_PICK_ONE)
    if prompt.max_picks is not None and len(picked) > prompt.max_picks:
        raise AnswerProblem(interview_msg.too_many_picks(prompt.max_picks, len(picked)))
    return picked


def parse_value(prompt: Prompt, value: object) -> AnswerValue:
    """A value from an answers file or a draft -> a checked value of the prompt's kind."""
    try:
        return _parse_value(prompt, value)
    except AnswerProblem as problem:
        problem.prompt_id = prompt.id
        raise


def _parse_value(prompt: Prompt, value: object) -> AnswerValue:
    kind = prompt.kind
    if isinstance(value, str):
        if kind is AnswerKind.multi_choice and value.strip() in (prompt.choices or []):
            return _check_picks([value.strip()], prompt)
        return _parse_typed(prompt, value)
    if isinstance(value, bool):
        if kind is AnswerKind.yes_no:
            return value
        raise AnswerProblem(interview_msg.answer_wrong_type(kind.value))
    if isinstance(value, int):
        if kind in (AnswerKind.scale, AnswerKind.choice, AnswerKind.multi_choice):
            return _parse_typed(prompt, str(value))
        raise AnswerProblem(interview_msg.answer_wrong_type(kind.value))
    if isinstance(value, list):
        if kind is AnswerKind.list:
            if not all(isinstance(item, str) for item in value):
                raise AnswerProblem(interview_msg.answer_wrong_type(kind.value))
            items = [_check_text(item).strip() for item in value]
            items = [item for item in items if item]
            if not items:
                raise AnswerProblem(interview_msg.ANSWER_LIST_EMPTY)
            _check_text("\n".join(items))
            return items
        if kind is AnswerKind.multi_choice:
            choices = prompt.choices or []
            picked: list[str] = []
            for item in value:
                if isinstance(item, bool) or not isinstance(item, int | str):
                    raise AnswerProblem(interview_msg.answer_wrong_type(kind.value))
                choice = _pick(str(item).strip(), choices)
                if choice not in picked:
                    picked.append(choice)
            return _check_picks(picked, prompt)
    raise AnswerProblem(interview_msg.answer_wrong_type(kind.value))

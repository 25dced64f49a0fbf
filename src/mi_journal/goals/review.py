"""A short guided review of each active goal, kept as a journal entry.

What went well, what got in the way, then keep / adjust / pause / set aside /
done. The questions are stored exactly as asked; decisions are applied to the
goal list and the entry is written under one lock. No terminal code here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mi_journal.core.errors import MijError
from mi_journal.core.paths import Paths
from mi_journal.goals.editing import (
    checked,
    copy_goal,
    find_goal,
    list_goals,
    moment_after,
    ordered,
    status_label,
)
from mi_journal.messages import common as common_msg
from mi_journal.messages import goal_review as goal_review_msg
from mi_journal.storage.goals import editing_goals, load_goals
from mi_journal.storage.models import (
    Answer,
    AnswerKind,
    Entry,
    EntryKind,
    Goal,
    GoalStatus,
    Stage,
    now,
)

REVIEW_PACK = "goal-review"
# What a review can decide for a goal, each with the letter that picks it, in the order
# they are offered (what each means to the person is in messages/goal_review.py).
DECISION_LETTERS = {"k": "keep", "a": "adjust", "p": "pause", "s": "set-aside", "d": "done"}
DECISIONS = tuple(DECISION_LETTERS.values())

# The questions the review asks about each goal: content, kept beside the code that asks
# them (what the review says around them is in messages/goal_review.py).
REVIEW_QUESTIONS = {
    "went_well": "What has gone well with \u201c{title}\u201d lately, even in a small way?",
    "in_the_way": "What got in the way, if anything, and what might you take from it?",
    "decision": "What would you like to do with this goal now?",
    "new_title": "How would you put this goal now, in your own words? (Enter keeps the title)",
    "new_step": "What next step would you like to add, if any? (Enter adds none)",
}


# Said instead of the quoted title of a goal whose words hold crisis language.
THIS_GOAL = "this goal"


def review_question(key: str, title: str | None) -> str:
    """The question for `key`; `title` None: the goal is not quoted ("this goal")."""
    if title is None:
        return REVIEW_QUESTIONS[key].replace("\u201c{title}\u201d", THIS_GOAL)
    # Plain replace, never str.format: the title is the person's own text.
    return REVIEW_QUESTIONS[key].replace("{title}", title)


_SETBACK = re.compile(
    r"\b(?:set\s*backs?|lapsed?|lapses|lapsing|relaps\w*|slip(?:s|ped|ping)?|slip-?ups?"
    r"|fell\s+(?:off|back|short)|fall(?:ing)?\s+(?:off|back)|went\s+back\s+to|back\s+to\s+"
    r"(?:drinking|using|smoking|gambling|betting|vaping|old\s+habits)|gave\s+in|give\s+in"
    r"|caved|messed\s+(?:it\s+)?up|blew\s+it|screwed\s+up|broke\s+my|binged?"
    r"|(?:drank|used|smoked|gambled|bet|vaped)\s+(?:again|anyway|more)"
    r"|had\s+(?:a|one|two|a\s+few|some)\s+(?:drinks?|beers?|glass(?:es)?|cigarettes?|smokes?)"
    r"|didn'?t\s+(?:manage|stick|keep|make\s+it)|did\s+not\s+(?:manage|stick|keep)"
    r"|(?:could\s*n'?t|could\s+not|was\s*n'?t\s+able\s+to)\s+(?:stop|stick|keep|resist))",
    re.IGNORECASE,
)


def mentions_setback(text: str) -> bool:
    """True when the person's own words tell of a setback; only then does the review
    say that setbacks are part of change (unasked, it would presume one)."""
    return _SETBACK.search(text.replace("\u2019", "'")) is not None


def decision_words(decision: str) -> str:
    """The decision as the entry keeps it, in words: "set aside", not the key "set-aside"
    (`mij show` printed the key; entries saved before keep it as written)."""
    return decision.replace("-", " ")


def parse_decision(text: str) -> str:
    """keep, adjust, pause, set aside (or set-aside), done; first letters work too."""
    cleaned = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    if cleaned in DECISIONS:
        return cleaned
    if cleaned in DECISION_LETTERS:
        return DECISION_LETTERS[cleaned]
    raise MijError(goal_review_msg.review_bad_decision(text))


@dataclass
class GoalReview:
    """What the person said about one goal, with each question exactly as asked."""

    goal_id: str
    title: str
    went_well: str = ""
    in_the_way: str = ""
    decision: str = "keep"
    new_title: str = ""
    new_step: str = ""
    asked: dict[str, str] = field(default_factory=dict)
    # The goal's own words hold crisis language (even negated): its title is never
    # quoted back in a question or the outcome line (`crisis.entries.goal_touches_crisis`).
    unquoted: bool = False
    # The title itself holds such words: the goal is then named by its id alone.
    title_painful: bool = False

    @classmethod
    def of(cls, goal: Goal) -> GoalReview:
        from mi_journal.crisis.detect import touches_crisis
        from mi_journal.crisis.entries import goal_touches_crisis

        return cls(goal_id=goal.id, title=goal.title, unquoted=goal_touches_crisis(goal),
                   title_painful=touches_crisis(goal.title))

    @property
    def named_title(self) -> str | None:
        """The title beside the goal's id in the heading and the outcome line, so that
        with several goals the person can tell which one is asked about (walk6: a goal
        whose note held crisis words was asked about as "this goal", unnamed); None when
        the title itself holds crisis words."""
        return None if self.title_painful else self.title

    @property
    def shown_title(self) -> str | None:
        """The title as the review may say it; None when it is not quoted."""
        return None if self.unquoted else self.title

    @property
    def outcome(self) -> str:
        """What happens to the goal: the decision, or "adjust-nothing" when adjust
        was chosen without a new title or step (the goal then stays as it is)."""
        if self.decision == "adjust" and not (self.new_title.strip() or self.new_step.strip()):
            return "adjust-nothing"
        return self.decision

    def ask(self, key: str) -> str:
        """The question for `key` as it is put to the person (and stored)."""
        question = self.asked.get(key) or review_question(key, self.shown_title)
        self.asked[key] = question
        return question


def active_goals(paths: Paths) -> list[Goal]:
    return [g for g in list_goals(paths) if g.status is GoalStatus.active]


def _answer(prompt: str, question: str, value: str, kind: AnswerKind) -> Answer:
    if not value.strip():
        return Answer(prompt=prompt, question=question, kind=kind, skipped=True)
    return Answer(prompt=prompt, question=question, kind=kind, value=value.strip())


def review_entry(reviews: list[GoalReview]) -> Entry:
    """The journal entry that keeps a review: questions as asked, answers as given."""
    from mi_journal.storage.entries import new_entry_id

    answers: list[Answer] = []
    for review in reviews:
        gid = review.goal_id
        answers.append(
            _answer(f"went-well-{gid}", review.ask("went_well"), review.went_well, AnswerKind.text)
        )
        answers.append(
            _answer(
                f"in-the-way-{gid}", review.ask("in_the_way"), review.in_the_way, AnswerKind.text
            )
        )
        answers.append(
            _answer(f"decision-{gid}", review.ask("decision"), decision_words(review.decision),
                    AnswerKind.choice)
        )
        if review.decision == "adjust":
            answers.append(
                _answer(f"new-title-{gid}", review.ask("new_title"), review.new_title,
                        AnswerKind.text)
            )
            answers.append(
                _answer(f"new-step-{gid}", review.ask("new_step"), review.new_step,
                        AnswerKind.text)
            )
    created = now()
    entry: Entry = checked(
        lambda: Entry(
            id=new_entry_id(created),
            created=created,
            kind=EntryKind.checkin,
            pack=REVIEW_PACK,
            stage=Stage.planning,
            title=goal_review_msg.REVIEW_ENTRY_TITLE,
            goals=[r.goal_id for r in reviews],
            answers=answers,
        )
    )
    return entry


def _apply_review(goal: Goal, review: GoalReview) -> Goal:
    changes: dict[str, Any] = {}
    if review.decision == "pause":
        changes["status"] = GoalStatus.paused
    elif review.decision == "set-aside":
        changes["status"] = GoalStatus.set_aside
    elif review.decision == "done":
        changes["status"] = GoalStatus.done
    elif review.decision == "adjust":
        if review.new_title.strip():
            changes["title"] = review.new_title.strip()
        if review.new_step.strip():
            changes["steps"] = [s.model_dump() for s in goal.steps] + [
                {"text": review.new_step.strip(), "done": False}
            ]
    return copy_goal(goal, **changes) if changes else goal


def save_review(paths: Paths, reviews: list[GoalReview]) -> Entry:
    """Apply each decision to its goal and save the review entry, under one lock.

    The entry is written before the goals, so a problem with either leaves the
    goal list as it was. A goal removed meanwhile is kept in the entry only.
    """
    from mi_journal.storage.entries import write_new_entry

    if not reviews:
        raise MijError(common_msg.as_error(goal_review_msg.REVIEW_NOTHING))
    entry = review_entry(reviews)
    with editing_goals(paths) as goals:
        by_id = {g.id: i for i, g in enumerate(goals.goals)}
        updates: dict[int, Goal] = {}
        for review in reviews:
            index = by_id.get(review.goal_id)
            if index is None:
                continue
            current = goals.goals[index]
            changed = _apply_review(current, review)
            if changed != current:
                updates[index] = copy_goal(changed, updated=moment_after(current))
        path = write_new_entry(paths, entry)
        for index, goal in updates.items():
            goals.goals[index] = goal
    return entry.model_copy(update={"id": path.stem})


_ANSWER_KEYS = frozenset({"went_well", "in_the_way", "decision", "title", "step"})


def reviews_from_mapping(paths: Paths, data: Mapping[str, Any]) -> list[GoalReview]:
    """Turn {goal id or prefix: {went_well, in_the_way, decision, title?, step?}} into
    reviews of active goals, in list order. Anything off is a one-line error."""
    goals = load_goals(paths)
    chosen: dict[str, GoalReview] = {}
    for reference, answers in data.items():
        goal = find_goal(goals, str(reference))
        if goal.status is not GoalStatus.active:
            raise MijError(goal_review_msg.review_not_active(goal.id, status_label(goal.status)))
        if goal.id in chosen:
            raise MijError(goal_review_msg.review_goal_twice(goal.id))
        if not isinstance(answers, Mapping):
            raise MijError(goal_review_msg.review_answers_shape(str(reference)))
        unknown = sorted(set(answers) - _ANSWER_KEYS)
        if unknown:
            raise MijError(goal_review_msg.review_unknown_keys(str(reference), unknown))
        texts = {key: answers.get(key, "") for key in _ANSWER_KEYS}
        if any(not isinstance(value, str) for value in texts.values()):
            raise MijError(goal_review_msg.review_answers_shape(str(reference)))
        decision = parse_decision(texts["decision"] or "keep")
        review = GoalReview.of(goal)
        review.went_well = texts["went_well"]
        review.in_the_way = texts["in_the_way"]
        review.decision = decision
        review.new_title = texts["title"] if decision == "adjust" else ""
        review.new_step = texts["step"] if decision == "adjust" else ""
        chosen[goal.id] = review
    order = {g.id: n for n, g in enumerate(ordered(goals.goals))}
    return sorted(chosen.values(), key=lambda r: order.get(r.goal_id, 0))

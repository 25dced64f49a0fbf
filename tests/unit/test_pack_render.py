"""Every built-in pack, run with realistic answers down every branch: each question as the
person would see it must read right.

The walk answers each prompt the way a real person might (a habit named as a habit, a
change named as a change, two or five values, one or two helpers) and takes every choice
and several ruler numbers, so every placeholder in every pack is rendered in context.
Each rendered question is then checked: nothing left unfilled, no presumed change or
goal, lists that read as lists, numbers that make sense, and a question that the lint
reads as open. A few key renderings are also pinned word for word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mi_journal.interview.engine import Interview
from mi_journal.interview.session import goal_offer
from mi_journal.packs.lint import lint_pack
from mi_journal.packs.loader import load_pack_file
from mi_journal.packs.model import Pack
from mi_journal.packs.questions import read_prompt
from mi_journal.storage.models import AnswerKind

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
BUILTIN = sorted(path.stem for path in PROMPTS.glob("*.toml"))

# Four people. The first names a habit with a long phrase and picks five values; the
# second uses a short name and picks two; the third picks one value and one area. Text
# answers are keyed by prompt id.
PEOPLE: dict[str, dict[str, object]] = {
    "first": {
        "focus": "drinking on weeknights",
        "change": "cutting down to weekends",
        "goal-title": "no drinks from Monday to Thursday this month",
        "helpers": ["Jo", "Dave"],
        "steps": ["clear the fridge on Saturday", "walk after dinner"],
        "options": ["a group", "an app", "telling a friend"],
        "values-pick": [1, 6, 11, 15, 33],
        "areas-pick": [1, 9, 15],
        "text": "I felt calmer on the evenings I went for a walk",
    },
    "second": {
        "focus": "the betting apps",
        "change": "a month off",
        "goal-title": "delete the apps",
        "helpers": ["my sister"],
        "steps": ["delete the apps tonight"],
        "options": ["blocking software"],
        "values-pick": [11, 29],
        "areas-pick": [6],
        "text": "money is tight and I am tired of hiding it",
    },
    # One pick of each: the questions after a single value or area must read right too.
    "third": {
        "focus": "the pills",
        "change": "a slower taper",
        "goal-title": "ask the GP about a taper",
        "helpers": ["my GP"],
        "steps": ["call the surgery on Monday"],
        "options": ["a taper plan"],
        "values-pick": [11],
        "areas-pick": [5],
        "text": "I want to feel clear-headed in the mornings again",
    },
    # Already in treatment, and writing in whole sentences: an answer's own full stop
    # must not end a sentence in the middle of a question ('...for good.", how ...').
    "fourth": {
        "focus": "Staying on my methadone program and off heroin for good.",
        "change": "Taking my dose at the clinic every morning.",
        "goal-title": "Keep every clinic appointment this month!",
        "helpers": ["my counsellor", "my mum."],
        "steps": ["set two alarms.", "ask for the early slot"],
        "options": ["a peer group."],
        "values-pick": [2, 7],
        "areas-pick": [4],
        "text": "I want to keep my job and see my kids at weekends.",
    },
}
RULER_NUMBERS = (0, 1, 3, 6, 10)
MAX_PATHS = 400

# Wording that presumes a decision, a goal or a problem the person has not named.
PRESUMING = re.compile(
    r"the change you (?:want|are working on)|toward a goal|was a concern|"
    r"until you come back|those possibilities|"
    r"your reasons for change\b(?! matter)|the change you chose|your addiction|your problem|"
    r"if you decided to make a change",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asked:
    pack: str
    prompt: str
    kind: AnswerKind
    text: str
    help: str


def _answer_for(prompt_id: str, kind: AnswerKind, person: dict[str, object]) -> object:
    value = person.get(prompt_id)
    if value is not None and isinstance(value, list) == (kind is AnswerKind.list):
        return value
    if kind is AnswerKind.list:
        return ["one thing", "another thing"]
    return person["text"]


# An answer that declines: a follow-up that leans on it ("What is it about that best
# outcome...?") must not be asked after it (lint7's walk: asked after "idk").
DECLINED = "idk"


def _branches(prompt_id: str, kind: AnswerKind, choices: list[str], optional: bool,
              person: dict[str, object], leaned_on: frozenset[str] = frozenset()
              ) -> list[object]:
    """The answers to try at this prompt (None = skip)."""
    if kind is AnswerKind.scale:
        options: list[object] = list(RULER_NUMBERS)
    elif kind is AnswerKind.choice:
        options = list(choices)
    elif kind is AnswerKind.multi_choice:
        key = "values-pick" if len(choices) > 20 else "areas-pick"
        picks = person[key]
        assert isinstance(picks, list)
        options = [[choices[i - 1] for i in picks if i <= len(choices)] or [choices[0]]]
    elif kind is AnswerKind.yes_no:
        options = [True, False]
    else:
        options = [_answer_for(prompt_id, kind, person)]
        if prompt_id in leaned_on:
            options.append(DECLINED if kind is not AnswerKind.list else [DECLINED])
    if optional and kind in (AnswerKind.scale, AnswerKind.choice, AnswerKind.multi_choice):
        options.append(None)
    return options


def _leaned_on(pack: Pack) -> frozenset[str]:
    """Prompts that a later prompt's `answered` condition leans on."""
    return frozenset(c.prompt for p in pack.prompts for c in p.conditions()
                     if c.answered is not None)


def walk(pack: Pack, person: dict[str, object]) -> Iterator[tuple[list[Asked], Interview]]:
    """Every path through the pack (depth first, replaying answers from the start)."""
    stack: list[list[object]] = [[]]
    paths = 0
    leaned_on = _leaned_on(pack)
    while stack:
        path = stack.pop()
        interview = Interview(pack)
        asked: list[Asked] = []
        for value in path:
            question = interview.current()
            assert question is not None
            asked.append(Asked(pack.id, question.prompt.id, question.prompt.kind,
                               question.text, question.help))
            if value is None:
                interview.skip()
            else:
                interview.submit_value(value)
        question = interview.current()
        if question is None:
            paths += 1
            assert paths <= MAX_PATHS, pack.id
            yield asked, interview
            continue
        prompt = question.prompt
        for value in reversed(_branches(prompt.id, prompt.kind, prompt.choices or [],
                                        prompt.optional, person, leaned_on)):
            stack.append([*path, value])


def _all_asked() -> list[Asked]:
    seen: dict[tuple[str, str, str], Asked] = {}
    for pack_id in BUILTIN:
        pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
        for person in PEOPLE.values():
            for asked, _ in walk(pack, person):
                for item in asked:
                    seen.setdefault((item.pack, item.prompt, item.text), item)
    return list(seen.values())


ASKED = _all_asked()


def test_the_walk_covers_every_prompt_of_every_pack() -> None:
    for pack_id in BUILTIN:
        pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
        reached = {item.prompt for item in ASKED if item.pack == pack_id}
        assert reached == {p.id for p in pack.prompts}, pack_id


@pytest.mark.parametrize("item", ASKED, ids=lambda a: f"{a.pack}/{a.prompt}/{len(a.text)}")
def test_every_rendered_question_reads_right(item: Asked) -> None:
    text, where = item.text, f"{item.pack}/{item.prompt}: {item.text!r}"
    assert "{" not in text and "}" not in text, where
    assert text.rstrip().endswith(("?", ".")), where
    assert len(text) <= 240, where
    assert not PRESUMING.search(text + " " + item.help), where
    assert not re.search(r"\b(\w+) \1\b", text, re.IGNORECASE), f"doubled word in {where}"
    assert not re.search(r"\bfor now\b.*\bfor now\b", text), where
    # A quoted answer keeps no closing "." or "!" inside the question.
    assert not re.search(r"[^.][.!][\"\u201d]\s*\S", text), where
    # A quoted list reads as a list: "Jo and Dave", never "Jo, Dave" at the end.
    for name_list in (["Jo", "Dave"], ["one thing", "another thing"]):
        assert ", ".join(name_list) not in text, where
    # Numbers from a ruler make sense: never "at 0 and not at 0", "from 10 to 10".
    numbers = re.findall(r"\b\d+\b", text.split("from 0 to 10")[0])
    assert len(numbers) == len(set(numbers)), where
    if item.kind in (AnswerKind.text, AnswerKind.long_text, AnswerKind.list):
        assert read_prompt(text).verdict != "closed", where


def _rendered(pack_id: str, prompt_id: str) -> set[str]:
    return {item.text for item in ASKED if item.pack == pack_id and item.prompt == prompt_id}


@pytest.mark.parametrize(
    ("pack_id", "prompt_id", "expected"),
    [
        ("decisional-balance", "change",
         'What change around "drinking on weeknights" are you weighing up? '
         "A few words are enough."),
        ("decisional-balance", "staying-costs",
         'What is less good about "drinking on weeknights" as things are now?'),
        ("decisional-balance", "miss-or-worry",
         'What would you miss, or worry about, if you went ahead with '
         '"cutting down to weekends"?'),
        ("decisional-balance", "changing-good",
         'What good things might come from "cutting down to weekends"?'),
        ("extremes", "worst",
         'If things with "drinking on weeknights" went on as they are, what is the worst '
         "that could happen?"),
        ("extremes", "best",
         'If you made a change around "drinking on weeknights", one you chose, what is the '
         "best that could happen?"),
        ("change-plan", "helpers-how",
         "Thinking of Jo and Dave: what kind of help would make a difference, and how might "
         "you ask for it?"),
        ("values", "values-most",
         "You picked: being there for my family, good health, honesty, kindness and "
         "self-respect. Which of "
         "these matters most to you right now, and what makes it important?"),
        ("values", "clashes",
         'How, if at all, does "drinking on weeknights" pull against what you value: being '
         "there for my family, good health, honesty, kindness and self-respect?"),
        ("checkin", "importance-lower", "What puts you at 6 and not lower?"),
        ("focusing", "direction-why", 'What draws you to "cutting down"?'),
        ("focusing", "direction-keep",
         'That is your call to make. What, if anything, would you like to keep in mind about '
         '"drinking on weeknights" for the time being?'),
        ("focusing", "areas-why", "What draws your attention there right now?"),
        ("values", "value-one", "You picked: honesty. What makes it important to you right now?"),
        ("values", "values-today", "How does what you picked show up in your days right now?"),
        ("evoking", "confidence-zero",
         "What would have to be different for you to feel even a little confident?"),
        ("confidence", "confidence",
         'How confident are you that you could make or keep up a change around "Staying on '
         'my methadone program and off heroin for good", if you choose to, from 0 to 10?'),
        ("evoking", "confidence",
         'How confident are you that you could make or keep up a change around "the pills", '
         "if you choose to, from 0 to 10?"),
        ("change-plan", "helpers-how",
         "Thinking of my counsellor and my mum: what kind of help would make a difference, "
         "and how might you ask for it?"),
        ("planning", "steps",
         'What steps could you take toward "Keep every clinic appointment this month"? List '
         "as many or as few as you like."),
        ("looking-back-forward", "before",
         'Think back to a time when "the pills" had a smaller place in your life, or none at '
         "all. What was your life like then?"),
    ],
)
def test_key_renderings_word_for_word(pack_id: str, prompt_id: str, expected: str) -> None:
    assert expected in _rendered(pack_id, prompt_id)


def test_second_person_renderings() -> None:
    assert "You picked: honesty and time in nature. Which of these matters most to you right " \
        "now, and what makes it important?" in _rendered("values", "values-most")
    assert "Thinking of my sister: what kind of help would make a difference, and how might " \
        "you ask for it?" in _rendered("change-plan", "helpers-how")


@pytest.mark.parametrize("pack_id", BUILTIN)
def test_every_path_ends_cleanly_and_builtin_packs_lint_clean(pack_id: str) -> None:
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    assert lint_pack(pack, pack_id) == []
    for person in PEOPLE.values():
        for _, interview in walk(pack, person):
            assert interview.finished
            interview.summary()  # never raises


# --- "not now": readiness 0-3 and "nothing for now" ------------------------------------


def _run(pack_id: str, answers: dict[str, object]) -> tuple[list[str], Interview]:
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    interview = Interview(pack)
    asked: list[str] = []
    while (question := interview.current()) is not None:
        asked.append(question.prompt.id)
        value = answers.get(question.prompt.id)
        if value is None:
            if question.prompt.optional:
                interview.skip()
                continue
            value = "something in my own words"
        interview.submit_value(value)
    return asked, interview


NOT_NOW = ("nothing for now", "think it over some more")
KEY_QUESTION = "Given where you are, what, if anything, would you like to do next?"


@pytest.mark.parametrize("pack_id", ["planning", "change-plan"])
@pytest.mark.parametrize("ruler", [0, 1, 2, 3, None])
@pytest.mark.parametrize("choice", NOT_NOW)
def test_not_now_asks_no_steps_and_offers_no_goal(pack_id: str, ruler: int | None,
                                                  choice: str) -> None:
    ruler_id = "readiness" if pack_id == "planning" else "confidence"
    asked, interview = _run(pack_id, {"focus": "drinking on weeknights", ruler_id: ruler,
                                      "next": choice})
    assert "next" in asked
    for never in ("steps", "goal-title", "change", "first-step", "helpers", "obstacles",
                  "interfere", "signs"):
        assert never not in asked, (pack_id, ruler, choice, asked)
    assert asked[-1] == "not-now"  # the kind closing question
    assert goal_offer(interview) is None
    entry_answers = {a.prompt for a in interview.answers()}
    assert "steps" not in entry_answers


@pytest.mark.parametrize("pack_id", ["planning", "change-plan"])
@pytest.mark.parametrize("ruler", [0, 1, 2, 3])
def test_low_ruler_meets_the_key_question_before_any_step(pack_id: str, ruler: int) -> None:
    ruler_id = "readiness" if pack_id == "planning" else "confidence"
    asked, interview = _run(pack_id, {"focus": "drinking on weeknights", ruler_id: ruler,
                                      "next": "make a plan", "goal-title": "weekends only",
                                      "change": "weekends only", "steps": ["walk after dinner"]})
    assert asked.index(ruler_id) < asked.index("next") < asked.index("steps")
    follow_up = f"{ruler_id}-zero" if ruler == 0 else f"{ruler_id}-lower"
    assert asked.index(follow_up) < asked.index("next")
    assert "not-now" not in asked
    offer = goal_offer(interview)
    assert offer is not None and offer.title == "weekends only"
    assert offer.steps == ["walk after dinner"]
    key = Interview(load_pack_file(PROMPTS / f"{pack_id}.toml")).pack.prompt("next")
    assert key.text.startswith(KEY_QUESTION) and '"Nothing for now" is a fine answer' in key.text


@pytest.mark.parametrize("pack_id", ["planning", "change-plan"])
def test_one_small_step_asks_for_the_step_but_not_a_list_of_steps(pack_id: str) -> None:
    asked, interview = _run(pack_id, {"focus": "sleep", "next":
                                      "try one small step and see how it goes"})
    assert "steps" not in asked
    offer = goal_offer(interview)
    assert offer is not None and offer.steps == []


# --- optional rulers -------------------------------------------------------------------


@pytest.mark.parametrize("pack_id", BUILTIN)
def test_every_ruler_can_be_skipped_and_then_asks_no_follow_up(pack_id: str) -> None:
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    rulers = [p.id for p in pack.prompts if p.ruler is not None]
    if not rulers:
        pytest.skip("no ruler in this pack")
    asked, interview = _run(pack_id, {"focus": "sleep", "next": "nothing for now"})
    for ruler in rulers:
        assert ruler in asked
        answer = next(a for a in interview.answers() if a.prompt == ruler)
        assert answer.skipped
        assert not any(p.startswith(f"{ruler}-") for p in asked), asked


@pytest.mark.parametrize("pack_id", BUILTIN)
def test_titles_and_descriptions_presume_nothing(pack_id: str) -> None:
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    for text in (pack.pack.title, pack.pack.description):
        assert not PRESUMING.search(text), text


# --- found by the packs review (walked through in a terminal) --------------------------


def test_areas_skipped_asks_nothing_about_these_areas() -> None:
    asked, _ = _run("focusing", {"focus": "sleep"})
    assert "areas" in asked and "areas-why" not in asked
    asked, _ = _run("focusing", {"areas": ["sleep"], "focus": "sleep"})
    assert "areas-why" in asked


@pytest.mark.parametrize("rhythm", ["a short check-in most days", "a longer look now and then",
                                    "whenever something comes up"])
def test_rhythm_follow_up_reads_for_every_choice(rhythm: str) -> None:
    pack = load_pack_file(PROMPTS / "engaging.toml")
    interview = Interview(pack)
    while (question := interview.current()) is not None and question.prompt.id != "rhythm":
        interview.skip()
    interview.submit_value(rhythm)
    question = interview.current()
    assert question is not None and question.prompt.id == "rhythm-fit"
    # Never quoted into the sentence: 'What would help "whenever something comes up" fit...'
    assert rhythm not in question.text


def test_one_small_step_is_not_called_a_plan() -> None:
    pack = load_pack_file(PROMPTS / "change-plan.toml")
    interview = Interview(pack)
    answers: dict[str, object] = {"focus": "the betting apps", "next":
                                  "try one small step and see how it goes",
                                  "change": "self-exclusion for six months",
                                  "helpers": ["Jo", "Dave"], "interfere": "a big match"}
    texts: dict[str, str] = {}
    while (question := interview.current()) is not None:
        texts[question.prompt.id] = question.text
        value = answers.get(question.prompt.id)
        if value is None and question.prompt.optional:
            interview.skip()
        else:
            interview.submit_value(value if value is not None else "something")
    for prompt_id in ("helpers", "signs", "interfere"):
        assert "plan" not in texts[prompt_id], texts[prompt_id]
        assert '"self-exclusion for six months"' in texts[prompt_id]


# --- found by lint7's terminal walk (three kinds of person through every pack) ----------


def _paths_with_asked(pack_id: str) -> Iterator[tuple[list[Asked], Interview]]:
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    for person in PEOPLE.values():
        yield from walk(pack, person)


@pytest.mark.parametrize("pack_id", BUILTIN)
def test_a_follow_up_is_never_asked_after_the_answer_it_leans_on_declined(pack_id: str) -> None:
    """'What is it about that best outcome...?' after 'idk', 'Looking back at what you would
    miss...' after 'I don't know': the walk answers every leaned-on prompt with 'idk' too."""
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    leaned = {p.id: [c.prompt for c in p.conditions() if c.answered]
              for p in pack.prompts}
    declined_somewhere = False
    for _, interview in _paths_with_asked(pack_id):
        given = {a.prompt: a.value for a in interview.answers()}
        for prompt_id in given:
            for earlier in leaned[prompt_id]:
                assert given.get(earlier) not in (DECLINED, [DECLINED]), (prompt_id, earlier)
        declined_somewhere |= DECLINED in given.values() or [DECLINED] in given.values()
    free = {p.id for p in pack.prompts
            if p.kind in (AnswerKind.text, AnswerKind.long_text, AnswerKind.list)}
    assert declined_somewhere == any(set(ids) & free for ids in leaned.values())


def _answer_all(pack_id: str, answers: dict[str, object]) -> dict[str, str]:
    """Run a pack: given answers by id, skip every other optional prompt; the questions."""
    pack = load_pack_file(PROMPTS / f"{pack_id}.toml")
    interview = Interview(pack)
    texts: dict[str, str] = {}
    while (question := interview.current()) is not None:
        texts[question.prompt.id] = question.text
        value = answers.get(question.prompt.id)
        if value is None and question.prompt.optional:
            interview.skip()
        else:
            interview.submit_value(value if value is not None else "my own words")
    return texts


def test_extremes_best_outcome_follow_up_not_asked_after_idk() -> None:
    asked = _answer_all("extremes", {"focus": "smoking weed", "worst": "losing my job",
                                     "best": "idk"})
    assert "best-most" not in asked and "worst-most" in asked
    # Only one picture was drawn: nothing asks about "those two pictures".
    assert "likely" not in asked and "takeaway" not in asked
    asked = _answer_all("extremes", {"focus": "smoking weed", "worst": "losing my job",
                                     "best": "more money"})
    assert {"likely", "takeaway", "best-most"} <= set(asked)


def test_looking_forward_compares_two_pictures_only_when_both_were_drawn() -> None:
    asked = _answer_all("looking-back-forward", {"focus": "smoking weed",
                                                 "forward-same": "much the same as now"})
    assert "stands-out" not in asked
    asked = _answer_all("looking-back-forward", {"focus": "smoking weed",
                                                 "forward-same": "much the same as now",
                                                 "forward-change": "more money, clearer head"})
    assert "stands-out" in asked


def test_values_list_may_be_skipped_and_the_habit_still_meets_both_sides() -> None:
    asked = _answer_all("values", {"focus": "smoking weed"})
    assert "values" in asked  # offered, and skipped
    for never in ("values-most", "value-one", "values-today", "clashes"):
        assert never not in asked
    assert asked["fits"] == 'In what ways does "smoking weed" fit with what you value?'
    assert asked["clashes-unlisted"] == (
        'How, if at all, does "smoking weed" pull against what matters most to you?')
    picked = _answer_all("values", {"values": ["honesty"], "focus": "smoking weed"})
    assert "clashes" in picked and "clashes-unlisted" not in picked


@pytest.mark.parametrize("pack_id", ["planning", "change-plan"])
def test_not_now_closing_presumes_no_return(pack_id: str) -> None:
    asked = _answer_all(pack_id, {"focus": "smoking weed", "next": "nothing for now"})
    assert asked["not-now"] == (
        'That is your call to make. What, if anything, would you like to keep in mind about '
        '"smoking weed" for the time being?')


def test_helpers_follow_up_reads_for_things_as_well_as_people() -> None:
    asked = _answer_all("change-plan", {"focus": "gambling", "next": "make a plan",
                                        "change": "no betting apps", "steps": ["delete them"],
                                        "helpers": ["a blocking app", "my brother"]})
    assert asked["helpers-how"] == (
        "Thinking of a blocking app and my brother: what kind of help would make a "
        "difference, and how might you ask for it?")


def test_focusing_direction_menu_leaves_room_for_every_direction() -> None:
    """Issue 13: the menu offers "keeping things as they are for now" and "using more
    safely"; "something else" asks what it is, in the person's words."""
    pack = load_pack_file(PROMPTS / "focusing.toml")
    choices = pack.prompt("direction").choices or []
    assert {"keeping things as they are for now", "using more safely",
            "something else"} <= set(choices)
    asked = _answer_all("focusing", {"focus": "vaping at work", "direction": "something else",
                                     "direction-other": "vaping only outside"})
    assert asked["direction-other"] == ("What direction would you choose? Put it in your own "
                                        "words.")
    assert "direction-why" not in asked and "direction-keep" not in asked

"""Tagger v2 rules one by one (issue 12): each with a positive and a negative case."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mi_journal.changetalk import tag_statement
from mi_journal.changetalk.tagger import rule_statement

TRICKY = Path(__file__).resolve().parents[1] / "data" / "changetalk" / "tricky.jsonl"


def _label(text: str, question: str | None = None) -> tuple[str, str | None]:
    tagged = tag_statement(text, question=question)
    return tagged.label, tagged.kind


# Every phrase the issue lists, with what it must come out as.
@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("I'm going to tell Jo what I'm trying.", "change", "commitment"),
        ("I'll do it Sunday after the kids are in bed.", "change", "commitment"),
        ("I will keep the house dry Monday to Thursday.", "change", "commitment"),
        ("I've already started telling people.", "change", "taking_steps"),
        ("Left the wine off the shopping list.", "change", "taking_steps"),
        ("My kids are starting to notice when I've been drinking.", "change", "reasons"),
        ("Something has to give.", "change", "need"),
        ("I need to get this under control.", "change", "need"),
        ("haven't had a drink in 10 days", "change", "taking_steps"),
        ("the hangovers are making me miss work", "change", "reasons"),
        ("I'm going to cut down to weekends.", "change", "commitment"),
        ("I've started walking after dinner.", "change", "taking_steps"),
    ],
)
def test_missed_change_talk_is_found(text: str, label: str, kind: str) -> None:
    assert _label(text) == (label, kind), tag_statement(text).cues


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I should quit but I won't", "sustain"),
        ("Oh sure, I'll just quit tomorrow, like that's going to happen", "sustain"),
        ("Yeah right, I'm totally going to stop drinking", "sustain"),
        ("I'd have a lot more money if I didn't gamble", "neutral"),
        ("Would be nice I guess", "neutral"),
        ("I'm not ready to change anything yet.", "sustain"),
        ("not sure I want to", "sustain"),
        ("My wife wants me to stop.", "neutral"),
        ("Should I cut down?", "neutral"),
        ("Help me figure out if I actually want to cut down", "neutral"),
    ],
)
def test_issue_misreadings_are_fixed(text: str, label: str) -> None:
    assert tag_statement(text).label == label, tag_statement(text).cues


def test_take_back_later_clause_wins_both_ways() -> None:
    assert _label("I want to cut back, though honestly I won't.")[0] == "sustain"
    assert _label("I could quit, and yet I don't think I will.")[0] == "sustain"
    # the later clause toward change wins too
    assert _label("I used to drink a lot, but now I want to quit.") == ("change", "desire")
    # "but" that does not take anything back leaves the change talk alone
    assert _label("I want to quit, but it will be hard and I will need help.")[0] == "change"
    cues = tag_statement("I should quit but I won't").cues
    assert any(cue.startswith("taken back:") for cue in cues), cues
    assert any(cue.startswith("take-back:") for cue in cues), cues


def test_sarcasm_markers() -> None:
    for text in ("As if I'd ever give it up.", "Sure, I'll stop gambling when pigs fly.",
                 "Yeah right, I'll call the clinic."):
        assert _label(text)[0] != "change", tag_statement(text).cues
    # the same words without the marker are change talk
    assert _label("I'll call the clinic.") == ("change", "commitment")
    assert _label("Sure, I want to stop.")[0] == "change"  # "sure" alone is agreement
    assert any("sarcasm:" in c for c in tag_statement("Yeah right, I'll quit.").cues)


def test_hypotheticals_and_counterfactuals() -> None:
    for text in ("I'd have a lot more money if I didn't gamble.", "If only I didn't like it.",
                 "It would be nice to drink less, I suppose.", "In an ideal world I'd quit."):
        assert _label(text)[0] != "change", tag_statement(text).cues
    assert any("hypothetical" in c for c in tag_statement("I'd feel better if I didn't smoke").cues)
    # a plain reason is still change talk
    assert _label("I'd have more money at the end of the month.")[0] == "change"


def test_negated_readiness_and_desire_are_sustain() -> None:
    assert _label("I'm not ready to quit.") == ("sustain", "activation")
    assert _label("I'm not ready to change anything yet.") == ("sustain", "activation")
    assert _label("I'm not sure I want to stop.")[0] != "change"
    assert rule_statement("I'm not sure I want to stop.").label == "sustain"
    assert _label("I'm ready to change.")[0] == "change"
    assert _label("I'm not sure what time it is.")[0] == "neutral"


def test_other_peoples_wishes_and_questions_are_neutral() -> None:
    for text in ("My wife wants me to stop.", "My doctor keeps asking whether I'm ready to quit.",
                 "Everyone says I should go to meetings.", "Should I cut down?",
                 "Do you think I could really stop?"):
        assert _label(text) == ("neutral", None), tag_statement(text).cues
    assert _label("I want to stop.")[0] == "change"


def test_everyday_commitment_and_steps() -> None:
    assert _label("I'll do it Sunday.") == ("change", "commitment")
    assert _label("I'll do the dishes Sunday.")[0] != "change"
    assert _label("I've already told my sister.") == ("change", "taking_steps")
    assert _label("Left my keys off the hook.")[0] != "change"
    assert _label("Three weeks without a cigarette.") == ("change", "taking_steps")


def test_reasons_without_a_cue_word_and_need_idioms() -> None:
    assert _label("My wife is getting worried about me.") == ("change", "reasons")
    assert _label("My wife is getting a new car.")[0] == "neutral"
    assert _label("Enough is enough.") == ("change", "need")
    assert _label("I can't go on like this.")[0] == "change"
    assert _label("Something has to give, I suppose")[0] == "change"


def test_question_as_context() -> None:
    question = "Do you think you could go two months without drinking?"
    assert _label("Yeah, probably.", question) == ("change", "ability")
    assert _label("No.", "Are you ready to cut down?") == ("sustain", "activation")
    assert _label("Yeah, probably.") == ("neutral", None)  # without the question: nothing
    assert _label("Yes.", "Is it raining where you are?")[0] == "neutral"
    cues = tag_statement("Yes", question="Will you call the clinic this week?").cues
    assert any(c.startswith("yes to the question:i will call the clinic") for c in cues), cues


def test_crisis_words_are_never_change_talk() -> None:
    for text in ("I want to stop, I want to kill myself.", "I'm going to quit and end it all.",
                 "I will stop drinking before I overdose again."):
        tagged = tag_statement(text)
        assert tagged.label != "change", tagged.cues
        assert tagged.kind is None
    # with the question as context too
    assert tag_statement("yes, I want to die", question="Will you cut down?").label != "change"


def test_every_label_carries_its_cues() -> None:
    for text in ("I will call the clinic.", "It helps me relax.", "Yeah right, I'll quit."):
        assert tag_statement(text).cues


def test_tricky_sentences_never_read_as_change() -> None:
    rows = [json.loads(line) for line in TRICKY.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 40
    for row in rows:
        label = tag_statement(row["text"], question=row.get("question")).label
        if row["label"] != "change":
            assert label != "change", row["text"]
        else:
            assert label == "change", row["text"]


def test_eval_script_runs_on_tricky_set() -> None:
    script = Path(__file__).resolve().parents[1] / "eval" / "eval_changetalk.py"
    done = subprocess.run([sys.executable, str(script), "tricky"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tricky sentences read as change: 0" in done.stdout


def test_phrase_index_finds_exactly_what_a_plain_search_finds() -> None:
    """The faster phrase lookup (phrases.py) gives the same match, list by list, as
    re.search on each whole list, on every clause of our sentences and odd input."""
    from mi_journal.changetalk.lexicon import lexicon
    from mi_journal.changetalk.phrases import first_words
    from mi_journal.changetalk.tagger import _clauses, normalise

    lex = lexicon()
    plain = [(f"change:{k}", p) for k, p in lex.change_phrases] + [
        (f"sustain:{k}", p) for k, p in lex.sustain_phrases]
    folder = TRICKY.parent
    texts = [json.loads(line)["text"] for name in ("dev", "test", "tricky")
             for line in (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    texts += ["", "i", "i i i", "costs me a fortune", "i hate that i keep", "what would be better",
              "not sure i want to", "my kids are starting to notice", "left it off the list"]
    # Every fragment's plain words as a text: each alternative of a fragment with "|" on its
    # own ("waking up with regrets|i regret": "i regret" must be found where it stands alone).
    texts += [" ".join(re.findall(r"[a-z]+", branch)) for _, whole in plain
              for branch in whole.pattern.split("|")]
    clauses = [c for text in texts for c in _clauses(normalise(text), lex)] + texts
    assert len(clauses) > 500
    for clause in clauses:
        expected = [(n, m.start(), m.group(0)) for n, p in plain if (m := p.search(clause))]
        found = [(n, m.start(), m.group(0)) for n, m in lex.phrase_index.search(clause)]
        assert found == expected, clause
    assert first_words("i hate (it|this)") == frozenset({"i"})
    assert first_words("(scares|worries) me") == frozenset({"scares", "worries"})
    assert first_words("costs? me") == frozenset({"cost", "costs"})
    # the lookbehind is checked when tried
    assert first_words("(?<!not )i have") == frozenset({"i"})
    assert first_words("(all )?my friends") == frozenset({"all", "my"})
    assert first_words("every(one|body) drinks") is None  # searched as before
    assert first_words("(?:^|i )left it") is None


# A past success (long ago, or another behaviour back then) is ability, not a step now.
@pytest.mark.parametrize("text", [
    "I stopped smoking once, years ago.",
    "Years ago, I quit drinking for a whole year.",
    "I quit drinking for a year back when I was 30.",
    "In my twenties I stopped smoking for good.",
])
def test_a_past_success_is_ability_not_taking_steps(text: str) -> None:
    tagged = rule_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "ability")
    assert any("a past success:" in cue and "taking_steps:" in cue for cue in tagged.cues)
    assert tag_statement(text).kind != "taking_steps"


@pytest.mark.parametrize("text", [
    "I poured the rest of the bottle out last night",
    "I haven't had a drink in 10 days",
    "I stopped drinking 3 weeks ago.",
    "I stopped smoking years ago and I stopped drinking this week.",
    "I've already started telling people.",
])
def test_a_step_taken_now_stays_taking_steps(text: str) -> None:
    assert _label(text) == ("change", "taking_steps")
    assert not any("past success" in cue for cue in tag_statement(text).cues)


def test_used_to_be_able_to_is_never_a_step_taken() -> None:
    assert _label("I used to be able to go weeks without a drink.")[1] != "taking_steps"


# "Can't stop" + the habit, read as a worry (a mark of one: "even at work", "all the time",
# "it scares me", an answer "That I ..."), is a reason for change; sustain talk is an
# inability to change.
@pytest.mark.parametrize("text", [
    "That I can't stop checking odds, even at work.",
    "I can't stop checking odds, even at work.",
    "I just can't stop scrolling the betting apps all the time.",
    "I can't stop checking my phone at work and it scares me.",
])
def test_cant_stop_the_habit_is_a_worry_a_reason_for_change(text: str) -> None:
    tagged = rule_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "reasons")
    assert any(cue.startswith("reasons, a worry about the habit:") for cue in tagged.cues)
    assert tag_statement(text).label != "sustain"


@pytest.mark.parametrize("text", [
    "I can't cope without it.",
    "I can't stop, I need it.",
    "I can't stop drinking right now.",
    "I can't stop on my own.",
    "I can't stop eating once I start.",  # no mark of a worry: labelled sustain in our set
    "I can't stop drinking right now, even at work.",
])
def test_cant_stop_or_cope_as_inability_stays_sustain(text: str) -> None:
    tagged = rule_statement(text)
    assert tagged.label == "sustain"
    assert not any("worry" in cue for cue in tagged.cues)


def test_a_pre_filter_finds_something_wherever_one_of_its_lists_would() -> None:
    """The joined searches that let a text skip lists (lexicon._pre_filter) miss nothing,
    and are not made where joining would renumber a group a pattern refers back to."""
    from mi_journal.changetalk.lexicon import _pre_filter, lexicon
    from mi_journal.changetalk.tagger import normalise

    assert _pre_filter([r"(\w+)-+ (?=\1\b)"]) is None
    assert _pre_filter(["a(b)?(?(1)c|d)"]) is None
    assert _pre_filter(["(?P<x>a) (?P=x)"]) is None
    assert _pre_filter([]) is None
    lex = lexicon()
    assert lex.phrase_forms_first + lex.phrase_forms_rest == lex.phrase_forms
    assert lex.neutral_any is not None and lex.phrase_forms_any is not None
    texts = [json.loads(line)["text"] for name in ("dev", "test", "tricky")
             for line in (TRICKY.parent / f"{name}.jsonl").read_text("utf-8").splitlines()]
    texts += ["you know, i mean it", "um, not any more.", "my wife says i drink too much"]
    for text in texts:
        for clause in (text.lower(), normalise(text)):
            each = any(p.search(clause) for _, p in lex.neutral)
            assert each == bool(lex.neutral_any.search(clause)), clause
            each = any(p.search(clause) for p, _ in lex.phrase_forms_first)
            assert each == bool(lex.phrase_forms_any.search(clause)), clause


# A limit on the habit said before it is change talk; the same words as a habit the person
# has now are sustain talk. A planning goal with no subject ("Only drink on Fridays and
# Saturdays") was read as sustain talk, so the planning summary set the person's own goal
# against itself ("Part of you wrote ...; at the same time ...").
@pytest.mark.parametrize("text", [
    "I will only drink on Fridays from now on.",
    "I'm going to only drink on weekends.",
    "I'll only smoke outside after dinner.",
])
def test_a_limit_before_the_habit_is_commitment(text: str) -> None:
    tagged = rule_statement(text)
    assert (tagged.label, tagged.kind) == ("change", "commitment")
    assert any("change target:only" in cue for cue in tagged.cues)


@pytest.mark.parametrize("text", ["Only drink on Fridays and Saturdays",
                                  "My plan: only drink on weekends."])
def test_a_limit_as_a_plan_is_never_sustain(text: str) -> None:
    assert rule_statement(text).label != "sustain"
    assert tag_statement(text).label != "sustain"


@pytest.mark.parametrize("text", [
    "I only drink on weekends so it's fine.",
    "We only drink on Fridays anyway.",
    "I will drink tonight.",
    "Nothing really, the beer helped me relax honestly.",
])
def test_the_habit_as_it_is_stays_sustain(text: str) -> None:
    assert rule_statement(text).label == "sustain"

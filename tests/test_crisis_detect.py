"""Crisis language in an answer: generous on purpose, and never stored."""

from __future__ import annotations

import pytest

from mi_journal.interview.crisis import answer_mentions_crisis, mentions_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I think about suicide.",
        "I've been feeling SUICIDAL again",
        "part of me wants to kill myself",
        "I could just kill my self",
        "I want to end my life",
        "sometimes I want to end it all",
        "I thought about taking... no, about how to take my own life",
        "self-harm was how I coped",
        "self harm",
        "I hurt myself last week",
        "I keep cutting myself",
        "I overdosed in March",
        "a friend had an overdose",
        "I OD'd twice last year",
        "I OD\u2019d twice last year",
        "I don't want to live like this",
        "I don\u2019t want to live anymore",
        "I do not want to be alive",
        "I didn't want to wake up",
        "I want to die",
        "I wish I was dead",
        "everyone would be better off dead... me I mean",
        "there is no reason to live",
        "I'm not suicidal",  # negations still show the lines, gently
        "i wanna die lol",
        "I want to kms",
        "gonna kms tonight",
        "I took too many pills on purpose",
        "I took all of my meds on purpose",
        "I want to disappear forever",
        "I just want to go to sleep and not wake up",
        "I hope I don't wake up tomorrow",
        "there is nothing left to live for",
        "life isn't worth living",
    ],
)
def test_clear_crisis_language_is_noticed(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "I feel fine today.",
        "That was an odd day.",
        "I was coding all night.",
        "killing time before the meeting",
        "I want to live a calmer life",
        "the deadline nearly killed the mood",
        "my self-esteem is better",
        "I hurt my knee",
        "dying to see the new film",
        "I ran 5 kms this morning",
        "I did not wake up until noon",
        "I could not wake up this morning",
        "I want the cravings to disappear",
        "I took the long way on purpose",
        "I took too long to answer",
    ],
)
def test_everyday_words_are_left_alone(text: str) -> None:
    assert not mentions_crisis(text)


def test_any_answer_value() -> None:
    assert answer_mentions_crisis(["walks", "stop wanting to die"])
    assert answer_mentions_crisis("overdose")
    assert not answer_mentions_crisis(["walks", "calls"])
    assert not answer_mentions_crisis(7)
    assert not answer_mentions_crisis(True)
    assert not answer_mentions_crisis(None)

"""The crisis detector's rules from round eight (holdout8 and holdout9 read and tuned on;
see README, "Crisis wording"): a crisis the text places in the past and says is over,
and the guards for everyday talk a death word rides on. Each in words of our own, both
ways: what must stay quiet, and wording near it that must still show the lines (by the
rule's own phrase, so a change to the rule is seen even where the model would catch it)."""

from __future__ import annotations

import pytest

from mi_journal.crisis.detect import detect_crisis, normalise, touches_crisis

PAST_AND_OVER = [
    "Ten years ago I tried to kill myself. I got help and I'm fine now.",
    "Back in 2012 I took an overdose. These days I'm settled and happy.",
    "When I was a teenager I used to self harm. I'm 45 now and mention it only for the record.",
    "I wanted to die most days back then. It's a relief to see how far I've come.",
    "Last year I tried to end it. I got proper help and I'm in a different place now.",
    "I thought about suicide a lot in my twenties. None since.",
    "I had bad depression after the birth and thought about dying. That was years ago "
    "and I came through it.",
]


@pytest.mark.parametrize("text", PAST_AND_OVER)
def test_a_past_the_text_says_is_over_does_not_show_the_lines(text: str) -> None:
    assert detect_crisis(text) is None
    assert touches_crisis(text)  # still crisis wording: never quoted as change talk


PAST_NOT_OVER = [
    # no distance, or nothing said to be over, or opened again
    ("I tried to kill myself two years ago.", "kill myself"),
    ("I tried to kill myself. I got help and I'm fine now.", "kill myself"),
    ("Years ago I tried to kill myself. I got help, but lately the thoughts are back.",
     "kill myself"),
    ("Years ago I tried to kill myself. I got help. I'm not doing well now.", "kill myself"),
    ("A year ago I wanted to die, I got help, but I still want to die.", "want to die"),
    ("Years ago I took an overdose and I'm fine now. Tonight I might again.", "overdose"),
    ("Back in 2015 I used to self harm. I got help. Now I want to self harm again.",
     "self harm"),
    ("Years ago I tried to kill myself. I'm fine now, but I think about it sometimes.",
     "kill myself"),
    ("Years ago I tried to kill myself. I'm fine now. Some nights the thought creeps in.",
     "kill myself"),
    ("Years ago I tried to hang myself. I got help. Part of me still wants to.", "hang myself"),
    ("In my twenties I overdosed twice. I'm fine now. I have pills saved just in case.",
     "overdosed"),
    ("When I was at uni I used to self harm. I'm well now, but I'm scared it's starting.",
     "self harm"),
    # the distance is there but the phrase is not in the past
    ("Years ago I got help for the drink and I'm fine, but I want to kill myself.",
     "kill myself"),
]


@pytest.mark.parametrize(("text", "phrase"), PAST_NOT_OVER)
def test_a_past_not_said_to_be_over_or_opened_again_shows_the_lines(text: str,
                                                                    phrase: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None
    assert any(phrase in found for found in finding.phrases)


GUARDED = [
    "The gambling has to die so the rest of me can live.",
    "Phone on 4%, about to die, quick entry: day 9 done.",
    "my laptop is dying so this is short",
    "The hangover was so bad I wanted to die, but I'm fine after a fry up.",
    "I wanted to die this morning, not literally, just a bad commute.",
    "My sister will kill me if I'm late to the christening again.",
    "Long overdose call at work today; the patient is stable, I went for a run after.",
    "The course taught us what to do in an overdose.",
    "A lad from our street killed himself back in the 80s; we talked about him today.",
    "I want to stop existing as the one who always gets wasted at weddings.",
    "overdosed on old sitcom episodes all weekend",
    "Went to see a band that is called Suicide Bunnies, terrible name, great gig.",
    "cut myself a big thick hunk of bread",
    "The nurse asked whether I had thoughts of hurting myself or ending my life, and I "
    "could say no to both.",
    "I'm not having any of those dark thoughts about ending things these days.",
]


@pytest.mark.parametrize("text", GUARDED)
def test_everyday_talk_a_death_word_rides_on_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None


NOT_GUARDED = [
    ("I want to die, my phone is the least of it.", "want to die"),
    ("I want to die and it isn't the hangover.", "want to die"),
    ("I wanted to die this morning and I meant it.", "wanted to die"),
    ("I want to kill myself if this goes on.", "kill myself"),
    ("Took an overdose after the call from my ex.", "overdose"),
    ("A lad from our street killed himself last night.", "killed himself"),
    ("I want to stop existing.", "stop existing"),
    ("I overdosed on my sleeping pills.", "overdosed"),
    ("cut myself with a big knife", "cut myself"),
    ("The nurse asked whether I had thoughts of ending my life and I said no. I have.",
     "ending my life"),
    ("She asked if I had thought about suicide and I said no, which was a lie.", "suicide"),
    ("I'm having those dark thoughts about ending things again.", "ending things"),
    ("My counsellor is called Anna and I told her I want to kill myself.", "kill myself"),
    ("I called Dad and said I want to kill myself.", "kill myself"),
    ("The drinking has to stop or I have to die.", "have to die"),
    ("Googled what to do to overdose properly.", "overdose"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_GUARDED)
def test_wording_near_those_guards_still_shows_the_lines(text: str, phrase: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None
    assert any(phrase in found for found in finding.phrases)


def test_not_literally_is_kept_while_literally_alone_is_a_filler() -> None:
    assert normalise("I wanted to die, not literally") == "i wanted to die , not literally"
    assert normalise("I literally want to die") == "i want to die"
    assert detect_crisis("I literally want to die") is not None


def test_a_hangover_guard_is_not_read_through_a_denial() -> None:
    for text in ("It's not the hangover, I want to die.",
                 "Hangover is gone but I still want to die."):
        finding = detect_crisis(text)
        assert finding is not None and "want to die" in finding.phrases


NOT_WANTING_TO_BE_SAVED_OR_FOUND = [
    ("I have no desire to be resuscitated this time.", "no desire to be resuscitated"),
    ("please, I don't want anybody to save me", "do not want anybody to save me"),
    ("I'll go to the woods, hoping nobody finds me for days", "hoping nobody finds me for days"),
    ("left a note for whoever finds me.", "whoever finds me"),
    ("I'd do it while away so it's done without my wife finding me",
     "without my wife finding me"),
    ("honestly I'd like to be erased", "like to be erased"),
    ("thinking about uninstalling my whole existence", "uninstalling my whole existence"),
    ("opting out of life, quietly", "opting out of life"),
    ("been looking up ways to ctb", "ctb"),
    ("tempted to delete myself", "delete myself"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_WANTING_TO_BE_SAVED_OR_FOUND)
def test_not_wanting_to_be_saved_or_found_and_being_deleted(text: str, phrase: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None
    assert phrase in finding.phrases


EVERYDAY_NEAR_THOSE = [
    "No wish to be found out by the neighbours, so I keep the empties in the garage.",
    "I have no intention to be found asleep at my desk again.",
    "I don't want to be rescued by my mum every time I run short of cash.",
    "whoever finds me a good mechanic gets a coffee",
    "I'd love to be erased from that group chat.",
    "deleted myself from the group chat and felt lighter",
    "Opting out of the office drinks this year.",
    "I want to uninstall the betting app.",
    "I saved £40 this week by not going to the pub.",
    "The lifeguard said he rescued three swimmers this summer.",
]


@pytest.mark.parametrize("text", EVERYDAY_NEAR_THOSE)
def test_everyday_wording_near_being_saved_found_or_deleted_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None


def test_tablets_sorted_into_a_pill_organiser_are_not_an_overdose() -> None:
    assert detect_crisis(
        "Took all my tablets for the week out and sorted them into the dosette box.") is None
    assert detect_crisis("Took all my pills out of the packets and into the organiser.") is None
    finding = detect_crisis("Took all my tablets for the week at once.")
    assert finding is not None and "took all my tablets" in finding.phrases


def test_the_distance_must_be_in_the_phrases_own_sentence_or_the_next() -> None:
    """A distance named elsewhere in the text ("years ago" about a move) does not put
    today's overdose in the past, even when the text says help came."""
    text = ("Years ago I lived in Leeds and loved it. Work is busy. Today I took an overdose. "
            "I got help from my neighbour and I'm okay now.")
    finding = detect_crisis(text)
    assert finding is not None and any("overdose" in phrase for phrase in finding.phrases)
    assert detect_crisis("Years ago I took an overdose. I got help and I'm okay now.") is None

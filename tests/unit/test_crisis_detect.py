"""The crisis detector: categories, normalising, the guard list, negation, and
the labelled set (tests/data/crisis; see tests/eval/eval_crisis.py for the figures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.eval.eval_crisis import Figures

from mi_journal.crisis.detect import (
    OTHER_PERSON,
    OVERDOSE,
    SELF_HARM,
    SUICIDE,
    answer_crisis,
    answer_mentions_crisis,
    detect_crisis,
    mentions_crisis,
    normalise,
    texts_crisis,
    touches_crisis,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "crisis"

# Every phrase issue 11 quotes as missed, with the category it should get.
ISSUE_MISSED = [
    ("Honestly I'd be better off dead some nights. My family would be better off without me.",
     SUICIDE),
    ("My family would be better off without me.", SUICIDE),
    ("I'm going to stop living.", SUICIDE),
    ("I will be done with it all tonight.", SUICIDE),
    ("I'm ready to give up on life.", SUICIDE),
    ("There's no point anymore", SUICIDE),
    ("Everyone would be better off without me", SUICIDE),
    ("I'm going to end it tonight", SUICIDE),
    ("I took all my pills", OVERDOSE),
    ("I swallowed a whole bottle of sleeping tablets", OVERDOSE),
    ("been cutting again", SELF_HARM),
    ("feeling sucidal", SUICIDE),
    ("I wnat to kill myslef", SUICIDE),
    ("ready to check out permanently", SUICIDE),
    ("My friend says she wants to kill herself", OTHER_PERSON),
    ("my son overdosed", OTHER_PERSON),
    ("I relapsed and honestly I want to kill myself", SUICIDE),
]
# Every phrase issue 11 quotes as a false alarm, or names in the guard list.
ISSUE_NOT_CRISIS = [
    "I'm going to take my life back from alcohol",
    "I want to end this life of partying every weekend",
    "I want to disappear into a book",
    "Listening to Suicide Is Painless",
    "Cutting myself a slice of cake",
    "I want to take my life back",
    "It's time to end this chapter",
    "I need to kill this habit",
    "I'm killing it at work",
    "I'm dying to try the new place",
    "dead tired",
    "this traffic is killing me",
    "my feet are killing me",
    "this hangover is killing me",
    'Humming "Suicide Is Painless" in the car',
]


@pytest.mark.parametrize(("text", "category"), ISSUE_MISSED)
def test_every_phrase_the_issue_says_was_missed_is_noticed(text: str, category: str) -> None:
    finding = detect_crisis(text)
    assert finding is not None
    assert category in finding.categories
    assert mentions_crisis(text)


@pytest.mark.parametrize("text", ISSUE_NOT_CRISIS)
def test_every_idiom_the_issue_names_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None
    assert not touches_crisis(text)  # ordinary text: it may well be change talk


def test_categories_are_ordered_and_merged() -> None:
    finding = detect_crisis("I want to die. Last night I cut myself and took all my pills.")
    assert finding is not None
    assert finding.categories == (SUICIDE, SELF_HARM, OVERDOSE)
    assert not finding.about_someone_else and finding.overdose
    other = detect_crisis("My roommate took a bunch of pills and I can't wake her up")
    assert other is not None and other.categories == (OVERDOSE, OTHER_PERSON)
    assert other.about_someone_else


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I DON\u2019T want to be ALIVE", "i do not want to be alive"),
        ("im gonna", "i am going to"),
        ("I wanna dieeeee", "i want to die"),
        ("so suiciiiidal", "so suicidal"),
        ("k1ll mys3lf", "kill myself"),
        ("I OD'd", "i overdosed"),
        ("That was odd", "that was odd"),
        ("kill my self", "kill myself"),
        ("self-harm", "self harm"),
        ("gonna kms", "going to kill myself"),
        ("ran 5 kms", "ran distance"),
        ("I'm willing myself to go", "i am willing myself to go"),  # a real word stays
        ("putting myself first", "putting myself first"),
        ("I want to dye my hair", "i want to dye my hair"),
        ("I want to dye.", "i want to die ."),
    ],
)
def test_normalising(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal",
        "I would never hurt myself",
        "No thoughts of suicide today",
        "I don't want to die, I want things to get better",
        "I'm not going to overdose",
        "I have never self harmed",
    ],
)
def test_negated_phrases_do_not_alarm_but_still_touch_crisis(text: str) -> None:
    assert detect_crisis(text) is None
    assert touches_crisis(text)  # never labelled or quoted as change talk


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal but I wish I was dead",
        "I can't stop thinking about killing myself",
        "I'm not sure I want to live",
        "I don't want to live anymore",
        "No, I want to die",
    ],
)
def test_a_negation_whose_reach_ends_first_negates_nothing(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to kill myself but I think about it",  # the lead's probe
        "I won't kill myself, though some days I want to.",
        "I would never hurt myself, except when it gets really bad",
        "I'm not going to kill myself. Yet.",
        "I'm not suicidal. Some days the thought is still there.",
        "I don't want to overdose, but sometimes I think about it",
        "I'm not going to end my life, still it crosses my mind",
        "Im not gonna kill myself but part of me wants to",
    ],
)
def test_a_negation_taken_back_by_a_contrast_alarms(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal but I want things to get better",
        "I would never hurt myself, but I do want to drink less",
        "I'm not suicidal, still I think about drinking",
        "I'm not going to overdose, though I still use on weekends",
    ],
)
def test_a_contrast_that_keeps_nothing_alive_leaves_the_negation(text: str) -> None:
    assert detect_crisis(text) is None
    assert touches_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "wrote letters to my kids in case I'm not around",  # the lead's probes
        "I've written a note for my family in case",
        "She recorded a video for her son, just in case something happens to her",
        "left a letter for my wife in case I don't make it through the week",
    ],
)
def test_goodbye_letters_written_in_case_alarm(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I left a note for my flatmate in case she is late",
        "Wrote a card for mum in case I forget her birthday",
        "I wrote a message to my sponsor in case the meeting moves",
    ],
)
def test_everyday_notes_in_case_are_left_alone(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I think about suicide.",
        "I've been feeling SUICIDAL again",
        "I thought about taking... no, about how to take my own life",
        "self-harm was how I coped",
        "I OD\u2019d twice last year",
        "I took too many pills on purpose",
        "I just want to go to sleep and not wake up",
        "I tried to kill myself two years ago",  # the past counts, gently
        "My brother keeps saying he wants to die",
        "gonna kms tonight",
        "thinking about unaliving",
    ],
)
def test_more_crisis_language_is_noticed(text: str) -> None:
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "I feel fine today.",
        "That was an odd day.",
        "killing time before the meeting",
        "I want to live a calmer life",
        "I don't want to live like this",  # need talk, not a crisis
        "I hurt my knee",
        "I ran 5 kms this morning",
        "I did not wake up until noon",
        "I took the long way on purpose",
        "I took too long to answer",
        "I drank too much last night",
        "Watched Suicide Squad with my brother",
        "It would be career suicide",
        "I burned myself on the stove making toast",
        "I cut myself shaving",
        "I overdosed on Netflix this weekend",
        "I want to cut down, you know, stop drinking so much",
    ],
)
def test_everyday_words_are_left_alone(text: str) -> None:
    assert not mentions_crisis(text)


def test_any_answer_value() -> None:
    assert answer_mentions_crisis(["walks", "I want to die"])
    assert answer_mentions_crisis("overdose")
    assert not answer_mentions_crisis(["walks", "calls"])
    assert not answer_mentions_crisis(7)
    assert not answer_mentions_crisis(True)
    assert not answer_mentions_crisis(None)
    merged = answer_crisis(["I cut myself", "My friend overdosed"])
    assert merged is not None and merged.categories == (SELF_HARM, OVERDOSE, OTHER_PERSON)
    several = texts_crisis(["fine", "I want to kill myself"])
    assert several is not None and several.categories == (SUICIDE,)
    assert texts_crisis(["fine", "all good"]) is None


def test_long_text_is_read_whole() -> None:
    filler = "I walked the dog and made soup. " * 10_000
    assert mentions_crisis(filler + "I want to kill myself.")
    assert not mentions_crisis(filler)


def _load(split: str) -> list[dict[str, object]]:
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize(("text", "category"), [
    # Filler words between the words of a phrase are read through.
    ("I hope I really don't wake up", SUICIDE),
    ("i hope that i just never wake up again", SUICIDE),
    ("I literally want to die", SUICIDE),
    ("she keeps wishing she was dead", OTHER_PERSON),
    ("I've been wishing that I was dead all week", SUICIDE),
    ("Honestly the world would be better off without someone like me", SUICIDE),
    ("my wife would be better off without a husband like me", SUICIDE),
    ("I googled how far the drop is from the old bridge", SUICIDE),
    ("I checked how high the roof of the car park is", SUICIDE),
    ("I said goodbye to my friends one by one without telling them", SUICIDE),
    ("saying my goodbyes to people quietly", SUICIDE),
    ("thinking of peacing out of this world", SUICIDE),
    ("I want to bow out of life", SUICIDE),
    ("gonna take a nap, the forever kind", SUICIDE),
    ("I just want to take the eternal nap", SUICIDE),
    ("everybody wud be better of without me", SUICIDE),
    ("I'm not going to hurt myself. Not yet, at least.", SELF_HARM),
    ("I won't kill myself, not yet anyway", SUICIDE),
    ("the need to cut was so strong last night", SELF_HARM),
    ("I want to cut whenever he shouts", SELF_HARM),
    ("I haven't cut for a year but I still want to", SELF_HARM),
    ("back to the blade stuff", SELF_HARM),
    ("ran the razor across my arm", SELF_HARM),
    ("took too much and my chest feels tight", OVERDOSE),
])
def test_rules_from_the_third_hold_out_round(text: str, category: str) -> None:
    """The kinds of wording holdout3 missed, each read as a rule (other words, same rule)."""
    finding = detect_crisis(text)
    assert finding is not None, text
    assert category in finding.categories


@pytest.mark.parametrize("text", [
    "I'd like to stop overdoing it every Friday",
    "I overdid it at the gym and my legs ache",
    "I really want to live a calmer life",
    "I need to cut back on drinking",
    "the urge to cut down is getting stronger, which is good",
    "I want to cut my hair short",
    "I haven't cut my hair in months",
    "I looked up how high Everest is",
    "I'm logging out of Instagram for good",
    "we said goodbye to the neighbours before the move",
    "I'd be better off without a car like this one",
    "a bus ride, the long kind, to see my sister",
    "I want to catch the early train to work",
    "my heart is racing before the interview",
    "I need a proper nap this weekend",
    "I haven't had a drink in months and I feel better off for it",
])
def test_everyday_wording_near_those_rules_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_not_cutting_for_a_while_is_quiet_but_still_crisis_wording() -> None:
    """ "I haven't cut in months" shows no lines, but it is never change talk."""
    assert detect_crisis("I haven't cut in months") is None
    assert touches_crisis("I haven't cut in months")


def test_filler_words_are_dropped_but_meaning_words_are_kept() -> None:
    assert normalise("I just really want to die") == "i want to die"
    assert normalise("I never still so want") == "i never still so want"


@pytest.mark.parametrize(("text", "category"), [
    ("what's even the point of all this anymore", SUICIDE),
    ("my wife would have a happier life without me", SUICIDE),
    ("I'm such a drain on everybody", SUICIDE),
    ("can't see myself lasting till the summer", SUICIDE),
    ("no more tomorrows for me", SUICIDE),
    ("the only escape is being gone", SUICIDE),
    ("ran out of reasons to stay", SUICIDE),
    ("googled how quick it would take", SUICIDE),
    ("things will be easier for them once I'm gone", SUICIDE),
    ("stood on the balcony staring down again", SUICIDE),
    ("I know where my grandad hides the rifle", SUICIDE),
    ("left letters for everybody on the table", SUICIDE),
    ("if someone finds this, forgive me", SUICIDE),
    ("this will be my final post.", SUICIDE),
    ("sold my bike, I won't be needing it", SUICIDE),
    # read as about the neighbour (other_person), which still shows the lines
    ("the cats go to my neighbour after.", OTHER_PERSON),
    ("she attempted twice this year", OTHER_PERSON),
    ("I won't go through with it, but I have chosen the place", SUICIDE),
    ("I'm not going to hurt myself, honest. maybe.", SELF_HARM),
    ("kept banging my head against the door", SELF_HARM),
    ("kicked the door till my foot bled on purpose", SELF_HARM),
    ("clean from the cutting for a month and then relapsed on the cutting", SELF_HARM),
    ("got my blades out last night", SELF_HARM),
    ("picked my skin until it bled", SELF_HARM),
    ("I hurted myself again", SELF_HARM),
    ("holding the razor in the bathroom", SELF_HARM),
    ("swallowed about 30 of the sleeping tablets", OVERDOSE),
    ("took everything in my pill drawer", OVERDOSE),
    ("his face is turning blue", OVERDOSE),
    ("drank vodka with my xanax and I can barely breathe", OVERDOSE),
    ("almost didn't wake up this time", OVERDOSE),
    ("going to do the entire stash in one go", OVERDOSE),
    ("took more than my prescription says and my heart is pounding", OVERDOSE),
    ("my mate sent a goodbye and isn't answering", OTHER_PERSON),
    ("i want to dye and never wake", SUICIDE),
])
def test_rules_from_the_fourth_round(text: str, category: str) -> None:
    """The kinds of wording holdout4 (written blind) missed, each read as a rule
    (other words, same rule)."""
    finding = detect_crisis(text)
    assert finding is not None, text
    assert category in finding.categories


@pytest.mark.parametrize("text", [
    "what's the point of this meeting",
    "an easier life without stairs",
    "the backpack was a weight on my shoulders",
    "I can't see myself making it to the gym every day",
    "no more mornings at the old job, I start the new one Monday",
    "the only way out of the car park is through the barrier",
    "I'm out of reasons to skip the gym",
    "looked up how long it takes to boil an egg",
    "it'll be easier when the builders are gone",
    "I'm done, checking out of the hotel now",
    "I know where dad keeps the screwdrivers",
    "we wrote thank you notes to everyone",
    "if anyone reads this, please water the plants",
    "this is my last entry for today, more tomorrow",
    "gave my old phone to my brother, he needs it more",
    "the dog goes to my brother after school",
    "I made my will last year, like everyone should",
    "I attempted the marathon again",
    "we picked the spot for the picnic",
    "I hit my head on the cupboard door",
    "punched the air when we won",
    "cut deeper into the budget than we planned",
    "got the scissors out to cut the wrapping paper",
    "my cat scratched my arm",
    "I need the pain relief gel",
    "took like 2 of my vitamins",
    "tied the rope to the boat and went out fishing",
    "we had a bottle of wine with dinner",
    "there was an overdose prevention talk at group, useful",
    "my lips went blue in the cold sea",
    "took the kids to the park and now I can't keep my eyes open",
    "I'm not suicidal. I don't know why I feel so flat though",
    "I want to dye my hair and be done with the grey",
    "I picked the spot.",
    "we found a place for the tent",
    "I attempted again to call her",
    "gave my old coat to charity, won't need it in summer",
    "the stuff goes to the tip after.",
    "forgot my gran's pills, I keep thinking about them",
    "the scissors came out for the ribbon.",
    "my lips turned blue from the ice lolly",
    "I need the pain to stop",
    "we ate the whole bag at once",
    "cut deeper than I meant when chopping onions",
])
def test_everyday_wording_near_the_fourth_round_rules_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_eval_reads_style_as_well_as_group() -> None:
    """holdout4 was written blind and names the kind of phrasing "style"."""
    from tests.eval.eval_crisis import evaluate, group_of

    assert group_of({"style": "indirect"}) == "indirect"
    assert group_of({"group": "direct"}) == "direct"
    result = evaluate([{"text": "I want to die", "crisis": True, "category": SUICIDE,
                        "style": "direct"}])
    assert result["recall"] == 1.0


@pytest.mark.parametrize("split", ["dev", "test", "holdout", "holdout2", "holdout3", "holdout4",
                                   "holdout5", "holdout6"])
def test_every_phrasing_of_the_tuned_splits(split: str) -> None:
    """dev, and the held-out splits once their mistakes were studied (and the model
    trained on them): all right."""
    wrong = [row["text"] for row in _load(split)
             if (detect_crisis(str(row["text"])) is not None) != row["crisis"]]
    assert wrong == []


def _evaluate(split: str) -> Figures:
    from tests.eval.eval_crisis import evaluate

    return evaluate(_load(split))


def test_holdout7_figures_as_measured() -> None:
    """holdout7 (written blind) is tuned data since round seven; its last misses and
    false alarms were not written as rules (see README, "Crisis wording"). This asserts
    the figures as measured after training, so a change that makes it worse fails."""
    result = _evaluate("holdout7")
    assert result["false_alarm_rate"] <= 6 / 80
    assert result["recall"] >= 0.95


@pytest.mark.parametrize(("split", "found", "alarms"), [("holdout10", 114, 9),
                                                      ("holdout11", 116, 9),
                                                      ("holdout12", 127, 10),
                                                      ("holdout13", 128, 18),
                                                      ("holdout14", 136, 11),
                                                      ("holdout15", 129, 10),
                                                      ("holdout16", 134, 6),
                                                      ("holdout17", 121, 6),
                                                      ("holdout18", 124, 9),
                                                      ("holdout19", 125, 9)])
def test_blind_sets_as_measured(split: str, found: int, alarms: int) -> None:
    """holdout10 and holdout11 were written blind and measured once on the frozen round-eight
    detector (ff2a731; README, "Round eight, blind"), holdout12 and holdout13 on round nine's
    (8366f06; "Round nine, blind"), holdout14 and holdout15 on it again (0aaf924, and
    446904d after round ten and the walk-through rules: the same figures; "Round ten,
    blind"), holdout16 and holdout17 on round ten's (0878823) and on round eleven's with the
    walk-through rules (a17448f, the figures held here; "Round eleven, blind"), holdout18 and
    holdout19 on round eleven's (773a4df) and on round twelve's with the walk-through rules
    (dbb6b4c, the figures held here; "Round twelve, blind"); they may be tuned on from now on,
    and
    this holds their blind figures as a floor, so a change that makes them worse fails.
    Every one of these sets is training data now (holdout16 and holdout17 since round twelve,
    crisis16), so the detector finds more on them than these floors (holdout16 153 of 160
    with 5 false alarms, holdout17 147 with 4): that is not a measurement, and the floors stay
    the blind figures rather than move up with the training."""
    result = _evaluate(split)
    assert result["crisis"] == 160 and result["safe"] == 80
    assert round(result["recall"] * 160) >= found
    assert round(result["false_alarm_rate"] * 80) <= alarms


def test_the_quick_gate_lets_every_phrase_through() -> None:
    """Every possible match of every phrase holds an anchor (read with Python's regex
    parser), so a text the gate closes on could not have matched anyway."""
    from tests.eval.crisis_anchors import phrase_requirements, uncovered

    assert uncovered() == []
    assert all(phrase_requirements(phrase) for phrase in _all_phrases())


def _all_phrases() -> tuple[str, ...]:
    from mi_journal.crisis import words as crisis_words

    return crisis_words.SUICIDE + crisis_words.SELF_HARM + crisis_words.OVERDOSE


def test_patterns_are_compiled_only_when_a_text_could_match() -> None:
    import subprocess
    import sys

    code = (
        "from mi_journal.crisis import detect as crisis\n"
        "crisis.detect_crisis('Had a good day and walked the dog.')\n"
        "print(sum(c.compiled for c in crisis._COMPILED.values()))\n"
        "crisis.detect_crisis('I want to die')\n"
        "print(int(crisis._COMPILED['suicide'].compiled))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["0", "1"]


# ---------------------------------------------------------------- the statistical part

def _rule_findings(text: str) -> list[str]:
    from mi_journal.crisis import detect as crisis

    return [hit.phrase for hit in crisis._rule_hits(crisis.normalise(text)) if not hit.negated]


@pytest.mark.parametrize(("text", "category"), [
    # None of these is in a labelled set or named by a rule: the model finds them.
    ("i keep thinking everyone would breathe easier if i was out of the picture", SUICIDE),
    ("swallowed the whole sheet of my sleeping tablets with some gin", OVERDOSE),
    ("my nephew keeps saying he wants to go to sleep and never come back", OTHER_PERSON),
    ("i've written my goodbyes and put them under my pillow", SUICIDE),
    ("there's nothing left for me here, time to go", SUICIDE),
])
def test_the_model_finds_wording_no_rule_names(text: str, category: str) -> None:
    assert _rule_findings(text) == []  # so this is the model's finding, not a rule's
    finding = detect_crisis(text)
    assert finding is not None, text
    assert category in finding.categories
    assert finding.phrases[0].startswith("model p=")  # its cue names the words that decided
    assert touches_crisis(text)  # and so it is never labelled or quoted as change talk


@pytest.mark.parametrize("text", [
    "I drank too much last night and my head hurts",
    "took my tablets with breakfast and went for a run",
    "I'm going to take my life back from the bottle, one day at a time",
    "saying goodbye to vodka for good, day one today",
    "I want to be alive and well for my kids",
    "my phone died and the bus was late, what a day",
    "carved the chicken and burned the roast potatoes",
    "shot myself in the foot by going to the work do, but i stuck to lemonade",
    "the old me has to die so the new me can live",
    "I attempted again to call her",
])
def test_everyday_and_change_talk_stay_quiet_with_the_model(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_the_guard_list_comes_first_for_the_model() -> None:
    """A window the model would flag is read again without the guard list's matches."""
    from mi_journal.crisis import detect as crisis
    from mi_journal.crisis import model as crisis_model

    text = "I want to end this life of partying every weekend"
    plain = crisis.normalise(text)
    [(start, end, tokens)] = crisis_model.windows(plain)
    names = crisis_model.features(tokens)
    model = crisis_model.load()
    guards = [found.span() for found in crisis._guard().finditer(plain, start, end)]
    assert guards  # "end this life of" is an idiom the guard list names
    without = crisis_model.features(crisis._without(plain, start, end, guards))
    assert (crisis_model.crisis_probability(model, without)
            < crisis_model.crisis_probability(model, names))
    assert detect_crisis(text) is None
    assert not touches_crisis(text)


def test_a_direct_negation_the_rules_read_stays_decided_for_the_model() -> None:
    """The words the rules read as negated are left out of what the model reads: a
    denial alone shows nothing; one taken back still does."""
    for text in ("I would never kill myself, I promise, I just feel flat",
                 "I'm not suicidal, just exhausted and fed up with drinking"):
        assert detect_crisis(text) is None, text
        assert touches_crisis(text)  # still crisis wording: never change talk
    finding = detect_crisis("I'm not going to kill myself but I think about it")
    assert finding is not None and SUICIDE in finding.categories


def test_a_window_without_a_crisis_concept_is_not_read() -> None:
    from mi_journal.crisis import detect as crisis
    from mi_journal.crisis import model as crisis_model

    plain = crisis.normalise("Had a good day and walked the dog.")
    assert all(crisis_model.gated_features(tokens) is None
               for _, _, tokens in crisis_model.windows(plain))
    plain = crisis.normalise("I want to die.")
    assert all(crisis_model.gated_features(tokens) is not None
               for _, _, tokens in crisis_model.windows(plain))


def test_the_model_reads_two_sentences_at_a_time() -> None:
    """A long entry is read in windows of two sentences, so many ordinary sentences
    with a weak word each do not add up to an alarm."""
    from mi_journal.crisis import model as crisis_model

    plain = "a b . c d . e f ."
    assert [plain[start:end] for start, end, _ in crisis_model.windows(plain)] == [
        "a b . c d .", "c d . e f ."]
    assert [tokens for _, _, tokens in crisis_model.windows("one sentence")] == [
        ["one", "sentence"]]
    entry = " ".join(["Went to the shop for bread and milk.", "Work was long.",
                      "Watched the match with my brother.", "Had an early night."] * 20)
    assert detect_crisis(entry) is None
    assert detect_crisis(entry + " I want to go to sleep and never wake up.") is not None


def test_model_cues_read_as_words() -> None:
    from mi_journal.crisis import model as crisis_model

    assert crisis_model._cue("w:~live") == "not live"
    assert crisis_model._cue("b:want to") == "want to"
    assert crisis_model._cue("kk:ingest substance") == "[ingest+substance]"
    assert crisis_model._cue("k:death") == "[death]"


def test_the_training_script_never_reads_a_set_kept_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A set kept back for a final measurement (REFUSED; none is in the repository now)
    is refused before anything is read, and sets are named explicitly (never a folder
    listing)."""
    from tests.eval import crisis_train

    monkeypatch.setattr(crisis_train, "REFUSED", frozenset({"kept_back"}))
    assert crisis_train.main(["--sets", "dev", "kept_back", "--loso"]) == 2
    assert crisis_train.main(["--sets", "dev", "--always", "kept_back", "--write"]) == 2
    with pytest.raises(SystemExit):
        crisis_train.load_set("kept_back")


@pytest.mark.parametrize("text", [
    "ready to say goodbye to vodka",
    "farewell to the bottle, day one",
    "goodbye to my dealer, deleted his number",
    "gave away my bong, don't need it anymore",
    "threw out my vape and the cigs",
    "I'm done with the booze for good",
    "ready to end my relationship with weed, it's been 10 years",
    "we attempted a new recipe",
    "she attempted the climb twice",
])
def test_change_talk_that_names_the_habit_is_guarded(text: str) -> None:
    """What ends, goes or is given away is the habit, not a life: ordinary text, so the
    change talk stays in summaries (for the rules and the model alike)."""
    assert detect_crisis(text) is None, text
    assert not touches_crisis(text)


@pytest.mark.parametrize("text", [
    "gave away my things, won't need them",
    "gave away my pills, won't need them",
    "I attempted suicide last year",
    "I attempted again",
    "done with life",
])
def test_the_habit_guards_leave_crisis_wording_alone(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Well, maybe I shouldn't be alive.", True),
    ("I don't deserve to live", True),
    ("she says she doesn't deserve to exist", True),
    ("I should not live like this", False),
    ("I should not be here at the pub", False),
    ("I should not live on takeaways", False),
])
def test_what_one_should_not_do_or_deserve(text: str, expected: bool) -> None:
    assert (detect_crisis(text) is not None) is expected, text


def test_a_long_sentence_is_also_read_clause_by_clause() -> None:
    from mi_journal.crisis import model as crisis_model

    plain = ("had tea , did the homework , put a wash on , wiped the sides , checked the doors , "
             "and sat here")
    pieces = [plain[start:end] for start, end, _ in crisis_model.windows(plain)]
    assert pieces[0] == plain  # the sentence itself, then every two clauses in a row
    assert pieces[1:] == ["had tea , did the homework ,", "did the homework , put a wash on ,",
                          "put a wash on , wiped the sides ,",
                          "wiped the sides , checked the doors ,",
                          "checked the doors , and sat here"]
    short = "had tea , did the homework , and sat here"
    assert [short[s:e] for s, e, _ in crisis_model.windows(short)] == [short]


# ------------------------------------------------ mutation survivors (issue 14 item 11)
# Each test below was written to notice one change the mutation run (tests/eval/mutation/mutate.py
# crisis) found no test noticing; the comment names it.

def test_crisis_finding_equality() -> None:
    """CrisisFinding.__eq__: `and` for `or`, `!=` for `==`."""
    from mi_journal.crisis.detect import CrisisFinding

    one = CrisisFinding((SUICIDE,), ("want to die",))
    assert one == CrisisFinding((SUICIDE,), ("want to die",))
    assert hash(one) == hash(CrisisFinding((SUICIDE,), ("want to die",)))
    assert one != CrisisFinding((OVERDOSE,), ("want to die",))
    assert one != CrisisFinding((SUICIDE,), ("kill myself",))
    assert one != "want to die"  # another type is never equal (and never read as one)


def test_long_texts_are_read_in_pieces_and_short_ones_from_the_cache() -> None:
    """_MAX_CHARS and _CACHED_CHARS, each off by one."""
    from mi_journal.crisis import detect as crisis

    assert len(crisis._pieces("x" * 200_000)) == 1
    assert len(crisis._pieces("x" * 200_001)) == 2
    # Pieces overlap by 1,000 characters, so no phrase is cut in two.
    assert [len(piece) for piece in crisis._pieces("x" * 250_000)] == [200_000, 51_000]
    long_text = "x " * 99_700 + "I want to die " + "y " * 10_000
    assert detect_crisis(long_text) is not None
    crisis._read_short.cache_clear()
    crisis.touches_crisis("a" * 2_000)
    assert crisis._read_short.cache_info().currsize == 1
    crisis._read_short.cache_clear()
    crisis.touches_crisis("a" * 2_001)
    assert crisis._read_short.cache_info().currsize == 0


@pytest.mark.parametrize(("text", "expected"), [
    # _MEDIA_AFTER.match from the start of what follows (_Lazy.match's pos), and a run of
    # two or three capitals with a media word after it is a title.
    ("Better Off Dead came on the radio", "title"),
    ("Kill Myself came on the radio", "title"),
    # One capital word with a media word after it is not enough (the count of capitals).
    ("Suicide came on the radio", "crisis"),
    # A capital word led by a digit counts ("1st"): two capitals.
    ("1st Suicide came on the radio", "title"),
    # Without a media word before or after, capitals are not a title.
    ("Honestly Suicidal tonight", "crisis"),
    # One capital word right after a media word is a title.
    ("I watched Suicide last night", "title"),
    # A run that starts with "I" is never a title.
    ("kept listening to I Want To Die Tonight", "crisis"),
    # A quoted title at the very start of the text.
    ('"Kill Myself" came on the radio', "title"),
    # A title right after another one (two spans that touch).
    ('listened to "Dead Inside"Kill Myself came on', "title"),
    # What follows the last title is still read.
    ("watched 'Dead Inside' and I want to die", "crisis"),
])
def test_titles_are_told_apart_by_their_media_words(text: str, expected: str) -> None:
    finding = detect_crisis(text)
    assert (finding is None) is (expected == "title"), text


def test_title_runs_keep_their_own_words_only() -> None:
    """_title_run_end: trailing small words dropped, a capitalised one kept."""
    from mi_journal.crisis.detect import _mask_titles

    assert _mask_titles("I watched Better Off Dead on the sofa") == (
        "I watched  title  on the sofa")
    assert _mask_titles("I watched Kill It yesterday") == "I watched  title  yesterday"


def test_a_media_word_counts_within_forty_characters_before_a_title() -> None:
    """The look-back before a quoted title and before a Title Case run: 40 characters."""
    near = "listened to" + " again" * 4 + " a a "
    far = "listened to" + " again" * 4 + " an a "
    assert (len(near), len(far)) == (40, 41)  # the "l" of "listened" is 40 or 41 back
    assert detect_crisis(near + '"Kill Myself"') is None  # a title
    assert detect_crisis(far + '"Kill Myself"') is not None
    assert detect_crisis(near + "Kill Myself Tonight") is None
    assert detect_crisis(far + "Kill Myself Tonight") is not None


@pytest.mark.parametrize(("a", "b", "limit", "expected"), [
    ("killng", "killing", 1, 1),  # one letter left out: lengths differ by the limit itself
    ("killling", "killing", 1, 1),  # one letter too many
    ("abcd", "abc", 1, 1),
    ("aaa", "a", 2, 2),  # no swap is read across the start of the other word
    ("myslef", "myself", 1, 1),  # two letters swapped count once
    ("ab", "ba", 1, 1),
    ("sucidal", "suicidal", 2, 1),
    ("xbc", "abc", 1, 1),  # the first letter wrong
    ("abc", "abc", 0, 0),
    ("", "ab", 2, 2),  # an empty word: the length of the other
    ("a", "abcd", 1, 2),  # lengths too far apart: limit + 1 at once
    ("xyz", "abc", 1, 2),  # beyond the limit: limit + 1
])
def test_edit_distance(a: str, b: str, limit: int, expected: int) -> None:
    """_distance (Damerau-Levenshtein, cut off at the limit)."""
    from mi_journal.crisis.detect import _distance

    assert _distance(a, b, limit) == expected


@pytest.mark.parametrize(("text", "plain"), [
    ("I want to k1ll mys3lf", "i want to kill myself"),  # digits inside a word
    ("home at 10pm", "home at 10pm"),  # ... but not in a word that starts with one
    ("myelf", "myself"),  # a five-letter misspelling is mended
    ("sundial", "sundial"),  # three letters from "suicidal" is another word
    ("at 5 o'clock", "at 5 oclock"),  # an apostrophe that is no contraction
    ("i can`t do this", "i can not do this"),  # a backtick for an apostrophe
    ("i o.d. last night", "i overdose last night"),  # "o.d." without "od" in it
])
def test_normalising_words(text: str, plain: str) -> None:
    """_word, _contraction and normalise, each branch."""
    assert normalise(text) == plain


def test_the_subject_is_looked_for_within_200_characters_before() -> None:
    near = "my brother " + "blah " * 37 + "bla "
    far = "my brother " + "blah " * 38
    assert (len(near), len(far)) == (200, 201)
    near_finding = detect_crisis(near + "wants to die")
    far_finding = detect_crisis(far + "wants to die")
    assert near_finding is not None and near_finding.categories == (OTHER_PERSON,)
    assert far_finding is not None and far_finding.categories == (SUICIDE,)


def test_a_negation_is_taken_back_within_160_characters_after() -> None:
    """_negated reads at most 160 characters after the phrase, and no further than the
    end of the next sentence."""
    near = "i am not going to kill myself" + " blah" * 27 + " but i think about it"
    far = "i am not going to kill myself" + " blah" * 28 + " but i think about it"
    assert detect_crisis(near) is not None
    assert detect_crisis(far) is None  # "... about i|t": the window ends inside "it"
    assert detect_crisis("I'm not going to kill myself. That's fine. But I think about it") is None
    assert detect_crisis("I'm not going to kill myself. But I think about it") is not None


def test_a_guard_is_looked_for_from_120_characters_before() -> None:
    """_guarded: a guard match that starts up to 120 characters before the phrase (a
    screening question answered no names two things: "asked ... harming myself or ending
    my life ... I said no")."""
    pad = ("in case neighbourhoodwat somewhereovertherainbow sometimesandeverywhere "
           "apparentlyeverybodyknows ")
    near = pad + "everybodyeverywhereall overdoses"
    far = pad + "everybodyeverywherealls overdoses"
    assert (near.index("overdoses"), far.index("overdoses")) == (120, 121)
    assert detect_crisis(near) is None  # "in case ... overdoses": guarded
    assert detect_crisis(far) is not None  # the guard starts 121 back: not looked for
    # ... and up to 60 characters after it: "in case <words> overdos..." holds "suicidal"
    # only while "overdos" ends within 60 characters of it ("overdoses" is guarded both
    # times: its guard starts well within 120 characters before it).
    words = "in case suicidal neighbourhoods accidentally unexpectedly "
    within = detect_crisis(words + "somewheres overdoses")
    beyond = detect_crisis(words + "somewheress overdoses")
    assert within is None
    assert beyond is not None and beyond.phrases == ("suicidal",)


def test_without_leaves_out_exactly_the_words_inside_the_spans() -> None:
    from mi_journal.crisis.detect import _without

    plain = "i am not suicidal at all , honestly"
    start = plain.index("suicidal")
    assert _without(plain, 0, len(plain), [(start, start + len("suicidal"))]) == [
        "i", "am", "not", "at", "all", ",", "honestly"]
    assert _without(plain, 5, 20, [(0, 4)]) == ["not", "suicidal", "at"]
    assert _without(plain, 0, len(plain), []) == plain.split(" ")


def test_the_model_counts_a_window_from_its_threshold_on() -> None:
    """A probability equal to the threshold counts, before and after the guard list's
    matches are left out (a model whose every window scores exactly 0.5)."""
    from mi_journal.crisis import detect as crisis
    from mi_journal.crisis import model as crisis_model

    model = crisis_model.Model(crisis={}, category=({}, {}, {}, {}), threshold=0.5)
    plain = crisis.normalise("I feel dead inside and I want to end this life of partying")
    hits = crisis._model_hits(plain, [], model)
    assert [hit.category for hit in hits] == [SUICIDE]
    assert hits[0].phrase == "model p=0.50"
    stricter = crisis_model.Model(crisis={}, category=({}, {}, {}, {}), threshold=0.51)
    assert crisis._model_hits(plain, [], stricter) == []


def test_empty_and_odd_answers_touch_nothing() -> None:
    from mi_journal.crisis.detect import answer_touches_crisis

    assert not touches_crisis("")
    assert not touches_crisis("   ")
    assert answer_touches_crisis(["walked the dog", "made soup"]) is False
    assert answer_touches_crisis(["walked the dog", "I'm not suicidal"]) is True
    assert answer_touches_crisis(5) is False
    assert answer_touches_crisis(None) is False


def test_merging_findings() -> None:
    from mi_journal.crisis.detect import CrisisFinding, merge_findings

    assert merge_findings([]) is None
    assert merge_findings([None, None]) is None
    merged = merge_findings([CrisisFinding((OTHER_PERSON,), ("a",)), None,
                             CrisisFinding((SUICIDE,), ("b", "a"))])
    assert merged == CrisisFinding((SUICIDE, OTHER_PERSON), ("a", "b"))


def test_a_sentence_of_more_than_16_words_is_read_clause_by_clause() -> None:
    from mi_journal.crisis import model as crisis_model

    seventeen = ("had tea , did the homework , put a wash on , wiped the sides , checked the "
                 "doors , and sat")
    sixteen = seventeen.replace("had tea", "tea")
    assert len([t for t in seventeen.split() if t != ","]) == 17
    assert len(crisis_model.windows(seventeen)) > 1
    assert len(crisis_model.windows(sixteen)) == 1
    three = ("had tea and did the homework with the kids , put a wash on and wiped the "
             "sides , then sat")
    assert len(crisis_model.windows(three)) == 3  # the sentence and two pairs of clauses


def test_a_model_finding_names_three_words() -> None:
    finding = detect_crisis("i keep thinking everyone would breathe easier if i was out of "
                            "the picture")
    assert finding is not None
    cue = finding.phrases[0]
    assert cue.startswith("model p=")
    assert len(cue[cue.index("(") + 1:-1].split(", ")) == 3


def test_concepts_of_one_to_four_words() -> None:
    from mi_journal.crisis.model import concepts

    assert "substance" in concepts(["i", "took", "zopiclone"])  # one word
    assert "means" in concepts(["the", "multi", "storey"])  # two
    assert "death" in concepts(["it", "finishes", "the", "job", "tonight"])  # three
    assert "hopeless" in concepts(["i", "can", "not", "go", "on", "like", "this"])  # four
    assert concepts(["walked", "the", "dog"]) == set()


def test_negation_marks_reach_to_punctuation_or_a_contrast() -> None:
    from mi_journal.crisis.model import _marked

    assert _marked(["i", "do", "not", "want", "to", "live", ",", "really"]) == (
        ["i", "do", "not", "want", "to", "live", "|", "really"],
        ["i", "do", "not", "~want", "~to", "~live", "|", "really"])
    assert _marked(["not", "sad", "but", "tired"])[1] == ["not", "~sad", "but", "tired"]
    assert _marked(["fine", "but", "tired"])[1] == ["fine", "but", "tired"]


def test_features_of_a_window() -> None:
    from mi_journal.crisis.model import _letters, features

    names = features(["i", "want", "to", "die", ".", "."])
    assert names[0] == "bias"
    assert {"w:want", "w:die", "b:i want", "b:want to", "b:to die", "b:die |"} <= set(names)
    assert "b:| |" not in names  # two stops in a row make no pair
    assert {"k:death", "k:self", "kk:death self"} <= set(names)
    assert _letters("i") == ("c:<i>",)
    assert _letters("to") == ("c:<to>",)
    assert _letters("die") == ("c:<die", "c:die>")
    assert _letters("want") == ("c:<wan", "c:want", "c:ant>")


def test_windows_offsets_and_tokens_exactly() -> None:
    """windows and _pieces: stops in a row join the sentence before, a trailing stray
    comma makes no piece, and clause offsets count from the sentence's own start."""
    from mi_journal.crisis.model import windows

    text = "i am done . . . checking out . goodbye"
    assert windows(text) == [
        (0, 30, ["i", "am", "done", ".", ".", ".", "checking", "out", "."]),
        (16, 38, ["checking", "out", ".", "goodbye"])]
    assert windows("a b . ,") == [(0, 5, ["a", "b", "."])]
    assert windows("i am done . . .") == [(0, 15, ["i", "am", "done", ".", ".", "."])]
    text = ("x . had tea , did the homework , put a wash on , wiped the sides , checked the "
            "doors , and sat there quietly")
    spans = [(start, end) for start, end, _ in windows(text)]
    assert spans == [(0, 108), (4, 32), (14, 48), (33, 66), (49, 86), (67, 108)]
    assert windows(text)[-1][2] == ["checked", "the", "doors", ",", "and", "sat", "there",
                                     "quietly"]


def test_the_cue_names_the_words_that_pushed_most() -> None:
    """guess: the bias and letter features are never named; at most three, strongest
    first, none that pushed the other way."""
    from mi_journal.crisis import model as crisis_model

    model = crisis_model.Model(
        crisis={"bias": 9.0, "c:<die": 5.0, "w:die": 2.0, "k:death": 1.0, "b:to die": 0.5,
                "w:to": 0.25, "w:want": -1.0},
        category=({}, {"k:death": 1.0}, {}, {}), threshold=0.5)
    names = ["bias", "w:want", "w:to", "w:die", "c:<die", "b:to die", "k:death"]
    found = crisis_model.guess(model, names, 0.9)
    assert found.cues == ("model p=0.90 (die, [death], to die)",)
    assert found.category == SELF_HARM
    assert crisis_model.guess(model, ["bias", "w:want"], 0.6).cues == ("model p=0.60",)


def test_weights_of_the_wrong_shape_are_refused() -> None:
    from mi_journal.crisis import model as crisis_model

    with pytest.raises(AssertionError):
        crisis_model.from_data({"crisis": {}, "category": [], "threshold": 0.5})
    with pytest.raises(AssertionError):
        crisis_model.from_data({"crisis": [], "category": {}, "threshold": 0.5})

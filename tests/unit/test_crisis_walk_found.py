"""What a person-like walk-through found on December 5, 2026 (helper walk2), written as
rules, so these are checks, not a measurement: "quit" said of life, done with life, life
not worth it, gone by morning, no way out, things given away after being done fighting,
a misspelt "wanna", "@" before slang, and the person's own goodbyes read as someone
else's. Each positive has a look-alike that must stay ordinary (mostly change talk)."""

from __future__ import annotations

import json

import pytest

from mi_journal.changetalk import tag_statement
from mi_journal.crisis.detect import detect_crisis
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import Cli

FOUND = [
    ("i wanna quit life", "suicide"),
    ("Honestly I want to quit my life, not just the drinking.", "suicide"),
    ("im just done w life", "suicide"),
    ("life aint worth it", "suicide"),
    ("ill be gone by morning", "suicide"),
    ("i feel like i'm drowning and there's no way out", "suicide"),
    ("i wnna die", "suicide"),
    ("I got through my divorce. I'm done fighting, I've given my guitar and records away "
     "already.", "suicide"),
    ("Nothing really. I'm done fighting. I've given my guitar and my records to my nephew "
     "already and said my goodbyes.", "suicide"),
    ("been reading up on how to @ctb and what i need", "suicide"),
]

ORDINARY = [
    "I want to quit the party life.",
    "I quit drinking to save my life.",
    "I want to quit living like this.",
    "I'm done with my life as a drinker.",
    "I'm done with the drinking life.",
    "Life without booze is worth it.",
    "I'll be gone by morning, early flight to Denver.",
    "There's no way out of this lease.",
    "I gave my old guitar to my nephew, he loves it.",
    "I'm done fighting with my sister about the wedding.",
    "I want to quit my life of drinking every night.",
]


# The second walk of December 5, 2026 (rules again, not a measurement).
FOUND_SECOND = [
    "I'm going to quit everything, my job, my life, all of it",
    "quit my job, my friends and my life",
    "I'm done. Tonight's the night",
    "im done.. tonights the night :(",
]
ORDINARY_SECOND = [
    "I quit my job, my friends and my life of drinking",
    "I quit everything, drinking, smoking, and my life got better",
    "I quit my job and my life got better",
    "I'm done. Tonight's the night I tell him.",
    "Tonight's the night!",
    "I'm done with work. Tonight's the night for the big match.",
]
# Third walk (December 5): the point of the person themself, asked beside the drinking;
# and being tired of waking up ashamed is a reason, not a crisis.
FOUND_THIRD = [
    "the drinking, and whether there's any point in me still being here",
    "Drinking and wondering what the point of me is.",
    "wine, and whether I should even be here",
    "some nights i wonder why i should even be alive",
]
ORDINARY_THIRD = [
    "I'm tired of waking up ashamed.",
    "I'm tired of waking up hungover and ashamed.",
    "what is the point of me going to the party",
    "I wonder if I should be here at 9",
    "I'm not sure whether I should be here.",
    "I wonder if I should even be here, the meeting is for parents",
]


# Fourth walk (December 5): a person on methadone; take-home doses kept back, the next one
# hoped to be the end, someone who uses alone (categories as the help they need).
FOUND_FOURTH = [
    ("Honestly some days I hope the next one takes me.", ("overdose",)),
    ("I dont care if the next one kills me", ("overdose",)),
    ("Still keeping a few take-homes in the shoebox just in case.", ("overdose",)),
    ("I have been hoarding my take homes", ("overdose",)),
    ("saving up my doses for a bad night", ("overdose",)),
    ("I skip a dose here and there and keep them", ("overdose",)),
    ("Give Maria the bag of methadone so I can't take them all some night", ("overdose",)),
    ("Lou uses alone every night now", ("overdose", "other_person")),
    ("I have been using alone again", ("overdose",)),
    ("I don't care if I die", ("suicide",)),
    ("I just want to sleep and not have to deal with any of it again.", ("suicide",)),
    ("nothing scares me anymore, not even dying. I want it over.", ("suicide",)),
]
ORDINARY_FOURTH = [
    "I hope the next one is better than the last",
    "I hope the next one takes me back to how I felt at 20",
    "I don't care if the next one is decaf",
    "I take my take-homes every morning as prescribed",
    "I keep my take homes in a lockbox",
    "she uses alone time to recharge",
    "I take them all at once every morning, all my vitamins",
    "I don't care if I die trying",
    "I skip a dose of coffee and keep the money",
    "Hardly anything scares me anymore.",  # model false alarms (talk6, walk4), guarded
    "I want to sleep and not think about work for a day",
    "I want to sleep and not think about anything for a week",
]

# Fifth (crisis16, December 5): the misses left by the walks above, now rules. Each with
# look-alikes that stay ordinary: change talk about the last drink, a meeting, a trip or a
# move, freedom from the drinking with things sorted out with a sponsor.
FOUND_FIFTH: list[tuple[str, tuple[str, ...]]] = [
    ("I hope the next hit is the last one", ("overdose",)),
    ("honestly hoping my next hit is my last.", ("overdose",)),
    ("I'm ready to go. said bye to mom today", ("suicide",)),
    ("im ready to go now, said my goodbyes", ("suicide",)),
    ("I will finally be free soon, I've sorted everything out", ("suicide",)),
    ("I'll be at peace soon. Everything is sorted.", ("suicide",)),
]
ORDINARY_FIFTH = [
    "I hope the next drink is the last one I ever have",
    "I hope the next hit is the last one I ever take, I want to stop",
    "I hope the next hit is the last one before rehab",
    "I hope the next one is the last one, these meetings drag",
    "I'm ready to go to the meeting",
    "I'm ready to go. Said bye to mom today, flight is at 6.",
    "Bags packed for Spain. I'm ready to go. Said bye to mom today.",
    "I'm ready to go to rehab. Said bye to mom today.",
    "finally free of the booze soon, sorted everything out with my sponsor",
    "I'll be free soon, sorted everything out with work so I can come",
    "I will finally be free of the pills soon. I've sorted everything out with my doctor.",
]


@pytest.mark.parametrize(("text", "categories"), FOUND_FOURTH + FOUND_FIFTH)
def test_fourth_walk_is_noticed_with_the_right_help(text: str,
                                                    categories: tuple[str, ...]) -> None:
    found = detect_crisis(text)
    assert found is not None and found.categories == categories, (text, found)


@pytest.mark.parametrize(("text", "category"), FOUND
                         + [(text, "suicide") for text in FOUND_SECOND + FOUND_THIRD])
def test_found_on_the_walk_is_noticed_as_the_persons_own(text: str, category: str) -> None:
    found = detect_crisis(text)
    assert found is not None, text
    assert found.categories == (category,), found  # never "someone else" for one's own goodbyes


@pytest.mark.parametrize("text", ORDINARY + ORDINARY_SECOND + ORDINARY_THIRD
                         + ORDINARY_FOURTH + ORDINARY_FIFTH)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_fifth_round_is_never_change_talk_and_its_look_alikes_are_ordinary_text() -> None:
    for text, _ in FOUND_FIFTH:
        tagged = tag_statement(text)
        assert tagged.crisis and tagged.label != "change", tagged
    for text in ORDINARY_FIFTH:
        assert not tag_statement(text).crisis, text


def test_quit_life_is_never_change_talk_and_quit_drinking_is() -> None:
    tagged = tag_statement("i wanna quit life")
    assert tagged.crisis and tagged.label != "change"
    assert tag_statement("I want to quit drinking.").label == "change"


def test_sarcasm_like_ill_ever_quit_is_not_commitment() -> None:
    tagged = tag_statement("Partner asked again about tonight. Yeah, like I'll ever quit.")
    assert tagged.label != "change"
    assert any("sarcasm" in cue for cue in tagged.cues)


def test_through_the_cli_note_shows_the_lines_and_reflect_tag_flags(cli: Cli) -> None:
    noted = cli(["note", "i", "wanna", "quit", "life"])
    assert noted.exit_code == 0, noted.output
    assert crisis_msg.CRISIS_HEADING in noted.output
    tagged = cli(["reflect", "tag"], input="i wanna quit life\nI want to quit drinking.\n")
    rows = [json.loads(line) for line in tagged.stdout.splitlines()]
    assert [(row["crisis"], row["label"]) for row in rows] == [(True, rows[0]["label"]),
                                                                (False, "change")]
    assert rows[0]["label"] != "change"
    reflected = cli(["reflect"])
    assert "quit life" not in reflected.output


# Despair that names nothing: no help lines on its own, never handed back as change.
DESPAIR = ["I can't do this anymore", "I cant do ths anymre", "I can't take it anymore",
           "I just can't anymore.", "i cant cope no more",
           "Work was long. I can't do this any longer.",
           "Setback. I used again on Saturday. I'm tired of fighting this."]
NAMED = ["I can't keep drinking like this anymore", "I can't take these hangovers anymore",
         "I can't do this anymore, the drinking has to stop", "I can't go on like this.",
         "I can't do this to myself anymore.", "I'm tired of fighting my cravings every night."]


@pytest.mark.parametrize("text", DESPAIR)
def test_despair_that_names_nothing_is_never_change_and_shows_no_lines(text: str) -> None:
    from mi_journal.crisis.detect import touches_crisis

    assert detect_crisis(text) is None, text
    assert touches_crisis(text), text
    tagged = tag_statement(text)
    assert tagged.crisis and tagged.label != "change", tagged


@pytest.mark.parametrize("text", NAMED)
def test_despair_that_names_the_drinking_stays_ordinary_text(text: str) -> None:
    from mi_journal.crisis.detect import touches_crisis

    assert not touches_crisis(text), text
    assert not tag_statement(text).crisis


def test_despair_through_the_cli_no_lines_not_reflected_gentle_line(cli: Cli) -> None:
    from mi_journal.messages import reflect as reflect_msg

    noted = cli(["note", "I can't do this anymore"])
    assert noted.exit_code == 0, noted.output
    assert crisis_msg.CRISIS_HEADING not in noted.output
    assert cli(["note", "I can't keep drinking like this anymore."]).exit_code == 0
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "do this anymore" not in shown.stdout
    assert "keep drinking like this" in shown.stdout
    assert " ".join(reflect_msg.REFLECT_CRISIS_LEFT_OUT.split()) in " ".join(shown.stdout.split())
    rows = [json.loads(line) for line in
            cli(["reflect", "tag"], input="I can't do this anymore\n").stdout.splitlines()]
    assert rows[0]["crisis"] is True and rows[0]["label"] != "change"


def test_tired_of_waking_up_ashamed_is_quoted_as_a_reason(cli: Cli) -> None:
    answer = "I need to be there for my kids, and I'm tired of waking up ashamed."
    noted = cli(["note", answer])
    assert noted.exit_code == 0 and crisis_msg.CRISIS_HEADING not in noted.output
    shown = cli(["reflect"], env={"COLUMNS": "200"})
    assert "be there for my kids" in shown.stdout


# Sixth walk (December 5, 2026; helper crisis17, guards and a rule, so checks and not a
# measurement). Drinking told by its quantity as a setback, and a success, were the
# model's false alarms (they showed the lines and later marked the entry as painful):
# beer, wine and cider counted or by the pack, case or bottle clear only when nothing of
# pills, medicines, spirits, another drug or intent comes after. "i dont see a way out of
# this" was missed; a way out of something named stays ordinary.
SETBACKS_WALK6 = [
    "bad. had six last night after I said I'd stop at two. wife didnt say anything which is "
    "worse",
    "messed up again last night. drank the whole six pack",
    "drank the whole bottle of wine by myself last night",
    "monday went ok and i sort of surprised myself, didnt even think about it after 9pm.",
    # look-alikes of the same families
    "had eight beers after I promised myself I'd stick to three",
    "drank two pints after i told myself i would stick to one",
    "had 4 cans when i said id only have two",
    "drank a whole bottle of red on my own again. feel rubbish",
    "drank the entire bottle of wine last night, i know i said i wouldnt",
    "had a whole bottle of wine last night",
    "downed a whole bottle of wine on friday, not my finest hour",
    "had the whole six pack again after work. annoyed at myself",
    "tuesday was good, didnt even think about drinking after dinner",
    "i surprised myself, didnt even think about a drink all evening",
]
STILL_CRISIS_WALK6 = [
    ("drank a whole bottle of vodka and took my pills", "overdose"),
    ("drank the whole bottle hoping not to wake up", "overdose"),
    ("drank the whole bottle of wine and swallowed all my sleeping tablets", "overdose"),
    ("drank the whole six pack and took every pill in the cabinet", "overdose"),
    ("drank the whole six pack last night and then took all my sleeping pills", "overdose"),
    ("drank the whole bottle of wine with my sleeping pills so i wouldnt wake up", "overdose"),
    ("downed a whole bottle of wine with a handful of oxy last night", "overdose"),
    ("drank the whole bottle of whiskey hoping it would be enough", "overdose"),
    ("drank the whole bottle of wine, i want to die", "suicide"),
    ("drank a whole case of beer. i dont want to wake up", "suicide"),
    ("had six last night after I said I'd stop at two. i want to die", "suicide"),
    ("i wanted to die so i drank the whole bottle of wine", "suicide"),
    ("didnt even think about it, i just took them all", "overdose"),
]
WAY_OUT_WALK6 = [
    "i dont see a way out of this",
    "I don't see a way out of this.",
    "there's no way out of this",
    "honestly i cant see any way out of this anymore",
    "i dont see a way out of this, and im tired",
]
WAY_OUT_ORDINARY_WALK6 = [
    "I don't see a way out of this contract",
    "no way out of the car park",
    "no way out of the car park, had to wait an hour",
    "I don't see a way out of drinking on weekends without losing my mates",
    "i cant see a way out of the maze",
    "we could not find a way out of the building",
]


@pytest.mark.parametrize("text", SETBACKS_WALK6 + WAY_OUT_ORDINARY_WALK6)
def test_walk6_setbacks_successes_and_named_ways_out_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None, (text, detect_crisis(text))


@pytest.mark.parametrize(("text", "category"), STILL_CRISIS_WALK6)
def test_walk6_drinking_beside_an_overdose_or_intent_still_shows_the_lines(
        text: str, category: str) -> None:
    found = detect_crisis(text)
    assert found is not None and category in found.categories, (text, found)


@pytest.mark.parametrize("text", WAY_OUT_WALK6)
def test_walk6_no_way_out_of_this_is_noticed(text: str) -> None:
    found = detect_crisis(text)
    assert found is not None and found.categories == ("suicide",), (text, found)


def test_walk6_through_the_cli_no_lines_and_no_mark_for_the_setbacks(cli: Cli) -> None:
    for text in SETBACKS_WALK6[:4]:
        noted = cli(["note", text])
        assert noted.exit_code == 0, noted.output
        assert crisis_msg.CRISIS_HEADING not in noted.output, text
    exported = cli(["export", "--format", "md"])
    assert exported.exit_code == 0, exported.output
    assert "sounded like a crisis" not in exported.stdout
    assert "surprised myself" in exported.stdout
    noted = cli(["note", "drank a whole bottle of vodka and took my pills"])
    assert crisis_msg.CRISIS_OVERDOSE_HEADING in noted.output
    noted = cli(["note", "i dont see a way out of this"])
    assert crisis_msg.CRISIS_HEADING in noted.output


def test_walk6_sentences_are_taught_as_everyday_to_later_training() -> None:
    """The setbacks and successes are rows of train_extra (crisis false), which
    crisis_train reads with every training, so a retrained model learns them."""
    from pathlib import Path

    rows = [json.loads(line) for line in
            (Path(__file__).resolve().parents[1] / "data" / "crisis" / "train_extra.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    everyday = {row["text"] for row in rows if row["crisis"] is False}
    assert set(SETBACKS_WALK6[:4]) <= everyday


# safety6 (rules, not a measurement): a stash or stockpile of a medicine kept for a bad
# night or "just in case" went unnoticed; a stash of something else, or medicine kept
# "in case of a headache", "in case the pharmacy is closed", stays ordinary.
STASH = ["keeping a stash of pills for a bad night", "I have a stockpile of oxy in case",
         "ive got a stash of my sleeping pills just in case",
         "i keep a little stash of tramadol for when i cant take it anymore",
         "a stash of pills just in case it gets too much",
         "my stockpile of painkillers in case i need them",
         "a hoard of sleeping tablets for when it gets too much"]
STASH_ORDINARY = ["keeping a stash of snacks for a bad night",
                  "i keep a stash of beer in the garage",
                  "I keep a supply of paracetamol in case of a headache",
                  "I keep a stash of ibuprofen in my bag in case my back goes",
                  "we have a supply of insulin in case the pharmacy is closed",
                  "I have a supply of my meds in case I get stuck abroad",
                  "a supply of meds in case I need to travel",
                  "a supply of my meds for when I need a refill"]


@pytest.mark.parametrize("text", STASH)
def test_a_stash_of_medicine_kept_for_a_bad_night_is_noticed_as_kept_for_later(
        text: str) -> None:
    found = detect_crisis(text)
    assert found is not None and "overdose" in found.categories, (text, found)
    assert found.kept_for_later, text


@pytest.mark.parametrize("text", STASH_ORDINARY)
def test_a_stash_of_something_else_or_medicine_for_an_ordinary_need_stays_ordinary(
        text: str) -> None:
    assert detect_crisis(text) is None, text


def test_a_stash_through_the_cli_leads_with_the_lines_not_the_overdose_steps(cli: Cli) -> None:
    noted = cli(["note", "keeping a stash of pills for a bad night"])
    assert noted.exit_code == 0, noted.output
    said = noted.output
    assert crisis_msg.CRISIS_HEADING in said and "988" in said
    assert said.index(crisis_msg.CRISIS_HEADING) < said.index("1-800-222-1222")
    assert crisis_msg.CRISIS_OVERDOSE_HEADING not in said.split(crisis_msg.CRISIS_HEADING)[0]
    assert "take-back" in " ".join(said.split())


SLEEP_ORDINARY = ["I keep sleeping pills for when I cant sleep",
                  "my doctor gave me zopiclone for when I cant sleep"]
SLEEP_STILL_CRISIS = ["I keep sleeping pills for when I cant sleep and one night I will take "
                      "all of them",
                      "I keep sleeping pills for when I cant sleep anymore and want it over"]


@pytest.mark.parametrize("text", SLEEP_ORDINARY)
def test_sleeping_pills_kept_for_sleepless_nights_stay_ordinary(text: str) -> None:
    """The model read "I keep sleeping pills for when I cant sleep" as a plan (p=0.95)."""
    assert detect_crisis(text) is None, text


@pytest.mark.parametrize("text", SLEEP_STILL_CRISIS)
def test_sleeping_pills_with_words_of_an_end_still_show_the_lines(text: str) -> None:
    assert detect_crisis(text) is not None, text

"""The crisis detector's rules from round nine (holdout10 and holdout11 read and tuned on,
and issue 11's walk-through; see README, "Crisis wording"). Each kind of wording in words
of our own, both ways: what must show the lines, by the rule's own phrase (so a change to
the rule is seen even where the model would catch it), and everyday wording near it that
must stay quiet."""

from __future__ import annotations

import pytest

from mi_journal.crisis.detect import detect_crisis

SHOWS = [
    # rest or sleep made permanent (the walk-through)
    ("I will finally get some permanent rest.", "permanent rest", "suicide"),
    ("Honestly I just want eternal sleep.", "want eternal sleep", "suicide"),
    ("I'm ready for some everlasting peace now.", "everlasting peace", "suicide"),
    # the pain ended for good (the walk-through)
    ("I'm going to end the pain for good.", "end the pain for good", "suicide"),
    ("I want to stop all this suffering once and for all.", "suffering once and for all",
     "suicide"),
    ("Time to end the misery, forever.", "end the misery , forever", "suicide"),
    # a pet handed on (the walk-through: giving things away)
    ("I am going to give my dog to my sister this weekend.", "give my dog to my",
     "suicide"),
    ("I'm rehoming my cats to a colleague on Friday.", "rehoming my cats to", None),
    ("Gave my old cat to the neighbour today.", "gave my old cat to the", None),
    # given away, "won't need them where I'm going"
    ("gave my headphones to my cousin, dont need em where im going",
     "where i am going", "suicide"),
    # not planning to be around
    ("I do not plan on being around to see him graduate.", "being around to see", "suicide"),
    ("I'm not planning to be here much longer.", "be here much longer", "suicide"),
    ("I'll make sure I never see my next birthday.", "never see my next birthday", "suicide"),
    # an aim not to wake or come round
    ("I mixed them with the intention of not waking.", "intention of not waking", "suicide"),
    ("There's enough to make sure I don't come round.", "make sure i do not come round",
     "suicide"),
    # made to look like an accident
    ("I've thought about ways to crash so it looks like an accident.",
     "looks like an accident", "suicide"),
    ("If a tree came down on me it would look like an accident.",
     "would look like an accident", "suicide"),
    # going under and staying there
    ("I thought about sinking under and staying there.", "sinking under and staying",
     "suicide"),
    # the head against a wall when something is unbearable
    ("When the crying starts I bang my head against the wall till it hurts.",
     "bang my head against the wall", "self_harm"),
    ("Been smashing me head off the bedroom wall whenever I'm craving.",
     "smashing me head off the bedroom wall", "self_harm"),
    ("I headbanged the kitchen wall last night.", "headbanged the kitchen wall", "self_harm"),
    # a part of the body hit or burned on purpose
    ("I whacked my hand with the hammer on purpose.", "whacked my hand with the hammer on "
     "purpose", "self_harm"),
    ("Burned my arm on the oven door deliberately.", "burned my arm on the oven door "
     "deliberately", "self_harm"),
    # swallowed to be hurt; cutting in clinical words
    ("I keep swallowing screws when it gets bad.", "swallowing screws", "self_harm"),
    ("Made some shallow lacerations on my forearm again.", "shallow lacerations on my forearm",
     "self_harm"),
    # medicines saved or stockpiled by name
    ("I've been stockpiling my sertraline for a while.", "stockpiling my sertraline",
     "overdose"),
    ("Saving up the sleeping tablets, about thirty now.", "saving up the sleeping tablets",
     "overdose"),
    ("I have two months of morphine stashed in the wardrobe.", "morphine stashed", "overdose"),
    # a dose worked out for one's own weight
    ("I worked out the mg per kg I would need.", "worked out the mg per kg", "overdose"),
    ("Calculated the amount of codeine needed for my weight.",
     "amount of codeine needed for my weight", "overdose"),
]


@pytest.mark.parametrize(("text", "phrase", "category"), SHOWS)
def test_round_nine_wording_shows_the_lines_by_its_rule(text: str, phrase: str,
                                                        category: str | None) -> None:
    finding = detect_crisis(text)
    assert finding is not None, text
    assert any(phrase in found for found in finding.phrases), finding.phrases
    if category is not None:
        assert category in finding.categories


QUIET = [
    # rest, peace and pain in everyday use
    "The doctor says I need a good long rest after the surgery.",
    "May she rest in eternal peace, we buried Nan on Tuesday.",
    "I hope the new injections end the pain for good.",
    "I want to end the pain of drinking for good and get my life back.",
    "I'm going to stop the hurt from my drinking days once and for all by making amends.",
    # pets looked after for a while, or handed over for a walk or a bath
    "I'm giving my dog to my sister for the weekend while I'm at the wedding.",
    "Gave my cat to the vet nurse for her jabs.",
    "Handing my dog over to my mum to walk while I'm at my meeting.",
    "Giving my rabbit to my neighbour until I'm back from rehab.",
    # holidays, plans, birthdays
    "I'm not planning to be around on Saturday, I'm at my nan's.",
    "I don't plan on being here for the party, I'll be at work.",
    "I want to make sure I see my next birthday sober.",
    # waking and coming round in everyday use
    "I turned the alarm off so I don't wake up at six on my day off.",
    # accidents, water, walls
    "The insurance said it looks like an accident, the car just slid on the ice.",
    "The kids go under and stay under for ten seconds at swimming, they love it.",
    "It's like banging my head against a brick wall when I call the council.",
    "Felt like I was banging my head off a wall with that spreadsheet.",
    "I banged my head on the cupboard door, what a day.",
    # on purpose and deliberately, kindly meant
    "I kicked the ball on purpose into the hedge so the dog would chase it.",
    "I deliberately left my card at home so I couldn't buy wine.",
    "My toddler nearly swallowed a coin, gave me a fright.",
    # surgery, saving, stockpiling that is not medicine
    "The incisions on my stomach from the operation are healing well.",
    "Saving up for a holiday with the money I'm not spending on drink.",
    "I've been stockpiling tins of beans for the winter, my nan's habit.",
    "Saving my sertraline for the trip so I have enough while I'm away.",
    "I worked out my calories for my weight with the dietician.",
    # round nine's guards
    "Overdose of paperwork today, then a walk instead of the pub.",
    "I overdosed on drag race this weekend lol, fourteen episodes.",
    "The pharmacist helped me cut my pills back to the label dose.",
    "My dad drank himself to death when I was small. That's why I'm stopping.",
    "Grief counsellor asked if I think about ending my life. I told her no, I've got the "
    "grandkids.",
    "The nurse asked about any thoughts of harming yourself and I said no.",
    "Years back I tried to hang myself in a cell. That was 2011. Now I run a peer group and "
    "it gets better.",
]


@pytest.mark.parametrize("text", QUIET)
def test_everyday_wording_near_round_nine_rules_stays_quiet(text: str) -> None:
    assert detect_crisis(text) is None, detect_crisis(text)


def test_a_screening_answer_taken_back_still_shows_the_lines() -> None:
    finding = detect_crisis("The nurse asked about any thoughts of harming yourself. I said no. "
                            "That was a lie.")
    assert finding is not None


def test_a_pet_given_for_a_while_in_the_next_sentence_is_still_given() -> None:
    # the "while" that makes it temporary must be in the same sentence
    assert detect_crisis("Gave my dog to my cousin today. Told her it was for a wee while. "
                         "It's not.") is not None

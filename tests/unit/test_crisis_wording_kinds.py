"""The crisis detector's rules from rounds six and seven (holdout5, holdout6 and
holdout7 read and tuned on; see README, "Crisis wording"): each kind of wording in
words of our own, not the sets' sentences, and everyday wording near each rule that
must stay quiet. Also the pause rule for a negation taken back, and numbers read as
a quantity by the statistical part."""

from __future__ import annotations

import pytest

from mi_journal.crisis.detect import (
    OTHER_PERSON,
    OVERDOSE,
    SELF_HARM,
    SUICIDE,
    detect_crisis,
    normalise,
    touches_crisis,
)

# Crisis wording of each new kind, said differently from the sets.
# None: shown, but the category is not asserted (a subject before the phrase, "my sister
# found my letter", reads it as about someone else; left so, see README).
NEW_KINDS: list[tuple[str, str | None]] = [
    # slang verbs and means said plainly
    ("think I'll top myself after the weekend", SUICIDE),
    ("gonna do myself in, nobody would care", SUICIDE),
    ("some nights I want to eat a bullet", SUICIDE),
    ("I'm taking myself out of the equation permanently", SUICIDE),
    ("so sick of waking up", SUICIDE),
    ("not really into the whole living thing anymore", SUICIDE),
    ("there's no future with me in it", SUICIDE),
    ("can't imagine myself still here next christmas", SUICIDE),
    ("this is the last time she'll hear from me", SUICIDE),
    ("if a train hit me on the way home I'd be relieved", SUICIDE),
    ("I keep thinking about stepping in front of a lorry", SUICIDE),
    ("going to wade into the lake and not come back", SUICIDE),
    ("sitting in the car in the garage with the engine running", SUICIDE),
    ("taped the hose to the exhaust", SUICIDE),
    ("stood on the railway line waiting for the train", SUICIDE),
    ("hanging out of the bedroom window at night, practice for the real thing", SUICIDE),
    ("at least the kids would get the life insurance", SUICIDE),
    ("how many would it take?", SUICIDE),
    ("spent all night looking up how.", SUICIDE),
    ("keeping the tablets for when I decide.", SUICIDE),
    ("the tablets are lined up by the bed", SUICIDE),
    ("been thinking about my self checkout, not the tesco kind", SUICIDE),
    ("bought a rope and I know what it's for", SUICIDE),
    ("I want to finish my life", SUICIDE),
    ("forgive me for what I am about to do", SUICIDE),
    ("I just want to be where you are.", SUICIDE),
    ("the nurse asked if I meant it and I said no", SUICIDE),
    ("the rifle is locked up but I know the code.", SUICIDE),
    ("next time I won't back out.", SUICIDE),
    ("got charcoal and duct tape for my room", SUICIDE),
    ("the voices in my head keep telling me to jump", SUICIDE),
    ("I'll make it look like a car accident.", SUICIDE),
    ("I've stopped eating properly on purpose", SUICIDE),
    ("wrote them a video for when they are older.", None),
    ("whatever is in this bag, let it take me.", SUICIDE),
    ("please never let me wake up again", SUICIDE),
    ("lord, please take me tonight", SUICIDE),
    ("I won't need it to last beyond june.", SUICIDE),
    ("they'll kill me when they find out, might as well do it myself first", SUICIDE),
    ("I googled the lethal dose of my tablets", SUICIDE),
    ("I wish a car would run over me", SUICIDE),
    ("better I am not alive.", SUICIDE),
    ("my wife would get my insurance money", SUICIDE),
    ("my sister found my letter.", None),
    ("I don't have another night in me", SUICIDE),
    ("someone will find me hanging", SUICIDE),
    ("drinking until I'm brave enough.", SUICIDE),
    ("I keep thinking of swerving into oncoming traffic", SUICIDE),
    ("Final entry. Thanks for everything", SUICIDE),
    ("i kys myself every night in my head", SUICIDE),
    ("hoping the vodka finishes me off", SUICIDE),
    ("the kind of sleep you never wake up from", SUICIDE),
    ("friday is the day I do it", SUICIDE),
    ("told my boss I was leaving. I am not.", SUICIDE),
    ("tidied everything up before.", SUICIDE),
    ("the only thing left to lose is me", SUICIDE),
    ("swallowed the pills from the cupboard, now I wait.", OVERDOSE),
    ("I tried to end it at 17", SUICIDE),
    ("tried to end it with the pills last year", SUICIDE),
    ("chucking myself off the cliff path tonight", SUICIDE),
    ("went up to the top of the car park to see how high it is.", SUICIDE),
    ("I should just killmyself", SUICIDE),
    ("going to drive off the road on the way home", SUICIDE),
    # self-harm
    ("cut into my thigh again last night", SELF_HARM),
    ("took a razor to my wrist", SELF_HARM),
    ("gave myself three cuts on the leg", SELF_HARM),
    ("when it gets too loud in my head I cut.", SELF_HARM),
    ("i drink and cut.", SELF_HARM),
    ("cutting calms me more than anything", SELF_HARM),
    ("I used to cut as a teenager", SELF_HARM),
    ("hoodie on all day to hide the cuts", SELF_HARM),
    ("my scars are old but I made a fresh one tonight", SELF_HARM),
    ("I burned myself with the kettle and said it was an accident", SELF_HARM),
    ("dug the scissors into my palm", SELF_HARM),
    ("pressed a hot spoon onto my arm", SELF_HARM),
    ("the cutting is back", SELF_HARM),
    ("smoked a joint and still cut anyway", SELF_HARM),
    ("I scratch my arms until they are raw", SELF_HARM),
    ("did the thing with the razor again", SELF_HARM),
    ("stubbed a cigarette out on my wrist", SELF_HARM),
    ("banged my head on the door over and over", SELF_HARM),
    # overdose
    ("got narcanned outside the chippy", OVERDOSE),
    ("the ambulance crew brought me round on the bathroom floor", OVERDOSE),
    ("they told me I had stopped breathing", OVERDOSE),
    ("these pills were stronger than I thought and my chest hurts", OVERDOSE),
    ("I swallowed a whole blister pack", OVERDOSE),
    ("took like 40 of the diazapam", OVERDOSE),
    ("it says do not exceed the dose. had 30", OVERDOSE),
    ("took them all.", OVERDOSE),
    ("I took everything.", OVERDOSE),
    ("I've taken too much and now I'm frightened", OVERDOSE),
    ("used the same gear that killed my cousin", OVERDOSE),
    ("I remember turning blue", OVERDOSE),
    ("had to use the naloxone kit in the toilets", OVERDOSE),
    ("I only took extra. ok, the whole strip.", OVERDOSE),
    ("had a few more tablets than the prescription says and I'm dizzy", OVERDOSE),
    # another person
    ("his lips looked blue when I found him", OTHER_PERSON),
    ("my brother texted sorry for everything and now he won't answer", OTHER_PERSON),
    ("the paramedics gave him naloxone", OTHER_PERSON),
]

# Everyday wording near each of those rules (probes written against them).
EVERYDAY = [
    "topped myself up with coffee before the meeting",
    "I did myself in at the gym, legs are jelly",
    "sick of waking up hungover, that's why I'm cutting down",
    "not feeling the whole dry january thing this year",
    "I can't see myself being here in this job by next year",
    "last time he'll see me drunk, I promise",
    "last entry of the year, goodbye 2026 and thanks for everything",
    "if a bus hit me tomorrow my boss would still email me lol",
    "thinking about walking into work late tomorrow",
    "I've been thinking about stepping off the committee",
    "thought about running into the sea at the beach holiday, the kids loved it",
    "the car was in the garage with the engine running for a minute to warm it up",
    "we sat at the station waiting for the train for an hour",
    "leaning out the window to get a better photo of the fireworks",
    "my wife would get the life insurance if anything happened, we sorted it with the bank",
    "how many would it take to fill the van",
    "I was looking up how to bake bread",
    "counted the pills out for the week into my pill box",
    "the meds are lined up in the organiser for the week",
    "cut into my steak and it was perfect",
    "took the scissors to my hair last night, bit of a fringe disaster",
    "gave myself a few cuts shaving this morning",
    "I cut. I cut the grass and then I cut the hedge.",
    "when I'm stressed I drink and cut corners at work",
    "cutting helps the roses grow back stronger",
    "cutting down helps my sleep",
    "used to cut hair at the salon",
    "wearing long sleeves in july because of sunburn",
    "wearing a hoodie to hide my hangover face",
    "the nurse gave him naloxone training at the clinic",
    "the ambulance brought her back home from the hospital after her hip op",
    "the baby's lips look a bit blue from the ice lolly",
    "this coffee is stronger than I thought, heart racing lol",
    "lost count of the drinks and woke up with a headache",
    "swallowed a whole pack of mints before the interview",
    "took 20 of my tablets to the pharmacy for recycling",
    "had 40 quid left after paying rent",
    "the instructions say do not exceed the stated dose so I only had 2",
    "texted mum goodbye before the flight and she is not answering because she's at work",
    "thanks for everything, she said, and then she didn't reply to my text",
    "no version of this plan works with me in it, I hate public speaking",
    "except tonight I'm having a drink with dinner, otherwise dry all week",
    "the hose was attached to the exhaust of the generator at the campsite",
    "I want to finish my degree and my life will be better",
    "forgive me for what I'm about to say but the new sponsor is rubbish",
    "I want to be where you are, mum, at the seaside, it looks lovely",
    "the nurse asked if I meant it when I said I'd quit for good",
    "she asked whether I did it on purpose, the broken mug",
    "the gun safe at the range, I know the code because I work there",
    "next time I won't chicken out of the open mic night",
    "bought charcoal and tape for the barbecue and the garden party decorations",
    "my kid's voice telling me to do it, jump in the pool dad!",
    "we tried to make it look like an accident that we forgot her birthday, as a joke",
    "stopped eating sugar on purpose for lent",
    "letters to my kids for when they're older about their grandad's war",
    "don't let me wake up the baby when I come in late",
    "please take me to the meeting tomorrow, my car is broken",
    "I won't need the money to last past march because my new job starts",
    "I don't need it to last past march, the new contract starts then",
    "how many units is deadly? I'm worried about my dad's drinking",
    "mum will kill me if I'm late again, I'd rather do it myself than get a lift though",
    "I wish a bus would come, been waiting an hour",
    "it is better I am not around when my brother drinks, we fight",
    "my family would get the insurance money if the house flooded, thank god for that",
    "I don't have one more day in me at this job",
    "they'll find me at the pub if they need me",
    "drinking till I'm brave enough to talk to her",
    "drifting into the oncoming lane is the worst nightmare for a lorry driver",
    "last entry. thanks for the lovely year, see you in the new journal",
    "pressed the pin into my arm to test the blood sugar",
    "I stuck a needle in my arm at the doctor for the blood test",
    "took them all to the recycling",
    "took everything. the kids, the dog, the tent. camping was brilliant",
    "the sky was going blue after the storm",
    "my face went blue from laughing so hard",
    "used the naloxone training at work to teach the new staff",
    "the bridge is beautiful, we checked how high it is for the boat",
    "took too much on at work and now I'm scared I'll burn out",
    "the same stuff that got my brother clean got me clean, NA works",
    "the cutting board is in the sink",
    "tonight is the night I tell her I'm sober",
    "told them I was moving. I am, to a new flat near my sister",
    "tidying up before my mum visits",
    "we ended it at the registry office, amicable divorce",
    "drove off the road into a ditch by accident in the snow, car's a write-off",
    # guards of these rounds
    "did the mental health first aid course, learned how to ask someone about suicide",
    "watched a documentary about suicide prevention, made me check on my mates",
    "the news had a piece about overdose deaths going up",
    "nurse asked the usual questions about self harm, no to all of them",
    "Counsellor asked if I'd had thoughts of harming myself. No, I haven't.",
    "cut myself a big slice of cake to celebrate 2 weeks",
    "anniversary of my brother's overdose, long time ago now",
    "my uncle took his own life years ago, I think of him at christmas",
    "my coffee overdose today was embarrassing",
    "the traffic on the ring road makes me want to shoot myself",
    "I starve myself of sleep when I'm stressed",
    "the plan is to go to bed early and not wake up before nine",
    "took all my old lighters and threw them out",
    "put the cigarette out on the wall by the door",
]


@pytest.mark.parametrize(("text", "category"), NEW_KINDS)
def test_the_kinds_of_wording_from_rounds_six_and_seven(text: str, category: str | None) -> None:
    finding = detect_crisis(text)
    assert finding is not None, text
    assert category is None or category in finding.categories


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_wording_near_those_rules_is_left_alone(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_cover_story_after_an_accident_is_not_cleared_by_the_guard() -> None:
    assert detect_crisis("I burned myself with the iron") is None
    assert detect_crisis("I burned myself with the iron and told work it was an accident")


def test_a_one_word_sentence_is_a_pause_not_the_next_sentence() -> None:
    """A negation is taken back by this sentence or the next one; "well." or "ok." is a
    pause, so the sentence after it is read; a sentence of two words is not a pause."""
    assert detect_crisis("I'm not going to kill myself. well. I don't know.")
    assert detect_crisis("I'm not going to kill myself. ok. maybe.")
    assert detect_crisis("I would never kill myself. I promise. maybe.") is None
    assert touches_crisis("I would never kill myself. I promise. maybe.")
    assert detect_crisis("I'm not going to kill myself. well. I want to get better.") is None


def test_a_negation_is_taken_back_by_a_lie_owned_or_a_day_named() -> None:
    assert detect_crisis("I said I wasn't suicidal. that was a lie.")
    assert detect_crisis("I don't self harm anymore. except friday")
    assert detect_crisis("I'm not suicidal. I think about it every day though")
    assert detect_crisis("I'm not suicidal and I want to get better.") is None


def test_spelt_out_and_run_together_slang_is_read() -> None:
    assert normalise("k m s") == "kill myself"
    assert normalise("killmyself") == "kill myself"
    assert normalise("diazapam") == "diazepam"
    assert normalise("heroine") == "heroine"


def test_numbers_of_two_digits_or_more_are_a_quantity_for_the_model() -> None:
    from mi_journal.crisis import model

    assert "quantity" in model.concepts(["had", "40"])
    assert "quantity" not in model.concepts(["had", "4"])
    assert "quantity" not in model.concepts(["had", "forty2"])


# ---------------------------------------------------------------- phrases grouped by letter

def test_first_letters_of_a_pattern() -> None:
    from mi_journal.crisis.detect import _first_letters

    assert _first_letters("") is None
    assert _first_letters("abc") == frozenset({"a"})
    assert _first_letters("9 lives") == frozenset({"9"})
    assert _first_letters(" a") == frozenset({" "})
    assert _first_letters("(?:ab|cd)e") == frozenset({"a", "c"})
    assert _first_letters("(?:a(?:b|c)|d)") == frozenset({"a", "d"})
    assert _first_letters("(?:a|(?:b|c))x") == frozenset({"a", "b", "c"})
    for unclear in ("(?:ab|cd)?e", "(?:ab)*c", "(?:ab ){0,2}c", "(?:ab|\\w+)", "[ab]c", "\\bx",
                    "(?=a)b", "(ab)c", "(?:ab", "(?:|a)b", "^a", ".a"):
        assert _first_letters(unclear) is None, unclear


def test_the_end_of_a_group_and_its_branches() -> None:
    from mi_journal.crisis.detect import _branches, _group_end

    assert _group_end("(?:a(b)c)d") == 8
    assert _group_end("(?:a\\)b)c") == 7
    assert _group_end("(?:[)]a)b") == 7
    assert _group_end("(?:a(b)c") is None
    assert _group_end("(?:[(]a)") == 7
    assert _group_end("(?:a\\))x") == 6  # the escaped ")" is skipped, the next one is read
    assert _group_end("(?:[a)]b)c") == 8  # a class holds its ")" wherever it stands
    assert _branches("a|b(c|d)|[|]e|\\|f") == ["a", "b(c|d)", "[|]e", "\\|f"]
    assert _branches("a") == ["a"]
    assert _branches("[a|](x)|b") == ["[a|](x)", "b"]
    assert _branches("[a|b]c|d") == ["[a|b]c", "d"]
    assert _branches("a\\||b") == ["a\\|", "b"]


def test_phrases_grouped_by_letter_match_as_one_alternation_would() -> None:
    """Every phrase is found by the grouped pattern exactly where it alone is found, and
    the letters worked out for a phrase hold every match of it in the labelled sets."""
    import json
    import re
    from pathlib import Path

    from mi_journal.crisis import words
    from mi_journal.crisis.detect import _compile, _first_letters

    texts: list[str] = []
    for path in sorted((Path(__file__).resolve().parents[1] / "data" / "crisis")
                      .glob("*.jsonl")):
        texts += [normalise(json.loads(line)["text"])
                  for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    phrases = words.SUICIDE + words.SELF_HARM + words.OVERDOSE
    lettered = 0
    for phrase in phrases:
        body = phrase.removeprefix("\\b")
        letters = _first_letters(body)
        if letters is None:
            continue
        lettered += 1
        alone = re.compile(r"\b(?:" + body + ")")
        for text in texts:
            for found in alone.finditer(text):
                assert found.group(0)[:1] in letters, (phrase, found.group(0))
    assert lettered >= 0.9 * len(phrases)  # grouped, so only a few are tried everywhere
    for category in (words.SUICIDE, words.SELF_HARM, words.OVERDOSE, words.GUARDS):
        grouped = _compile(category)
        plain = re.compile(r"\b(?:" + "|".join(
            f"(?:{phrase.removeprefix(chr(92) + 'b')})" for phrase in category) + ")")
        assert "(?=" in grouped.pattern
        for text in texts:
            assert ([m.span() for m in grouped.finditer(text)]
                    == [m.span() for m in plain.finditer(text)]), text

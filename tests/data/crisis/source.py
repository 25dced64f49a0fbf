"""The crisis set, as written (issue 11, item 5): every phrasing ours, none tuned to.

`python tests/data/crisis/source.py` writes dev.jsonl and test.jsonl once: each
(expected, group) stratum is shuffled with a fixed seed and halved. The phrases
quoted in issue 11 all go to dev (they were read while writing the rules).
Rules were tuned on dev only; test is only run to report.

Each line: {"text", "crisis": bool, "category": suicide|self_harm|overdose|
other_person|null, "group": what kind of phrasing it is}.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261204

# Quoted in issue 11 as missed, or as a false alarm: always in dev.
ISSUE_CRISIS = [
    ("suicide", "indirect", "Honestly I'd be better off dead some nights. My family would be better off without me."),
    ("suicide", "indirect", "My family would be better off without me."),
    ("suicide", "indirect", "Honestly some nights I'd be better off dead."),
    ("suicide", "slang", "I'm going to stop living."),
    ("suicide", "slang", "I will be done with it all tonight."),
    ("suicide", "indirect", "I'm ready to give up on life."),
    ("suicide", "indirect", "There's no point anymore"),
    ("suicide", "indirect", "Everyone would be better off without me"),
    ("suicide", "slang", "I'm going to end it tonight"),
    ("overdose", "direct", "I took all my pills"),
    ("overdose", "direct", "I swallowed a whole bottle of sleeping tablets"),
    ("self_harm", "slang", "been cutting again"),
    ("suicide", "misspelling", "feeling sucidal"),
    ("suicide", "misspelling", "I wnat to kill myslef"),
    ("suicide", "slang", "ready to check out permanently"),
    ("other_person", "third_person", "My friend says she wants to kill herself"),
    ("other_person", "third_person", "my son overdosed"),
    ("suicide", "direct", "I relapsed and honestly I want to kill myself"),
]
ISSUE_SAFE = [
    ("change_talk", "I'm going to take my life back from alcohol"),
    ("change_talk", "I want to end this life of partying every weekend"),
    ("everyday", "I want to disappear into a book"),
    ("title", "Listening to Suicide Is Painless"),
    ("food", "Cutting myself a slice of cake"),
    ("idiom", "I want to take my life back"),
    ("idiom", "Time to end this chapter"),
    ("change_talk", "I need to kill this habit"),
    ("idiom", "I'm killing it at work"),
    ("idiom", "I'm dying to try the new climbing gym"),
    ("idiom", "dead tired after the night shift"),
    ("hyperbole", "this traffic is killing me"),
    ("hyperbole", "my feet are killing me"),
    ("hyperbole", "this hangover is killing me"),
]

CRISIS: dict[str, dict[str, list[str]]] = {
    "suicide": {
        "direct": [
            "I want to kill myself",
            "I keep thinking about killing myself",
            "I want to die",
            "I just want to die tonight",
            "I've been having thoughts of suicide again",
            "I feel suicidal",
            "Suicidal thoughts all day today",
            "I want to end my life",
            "I'm thinking about ending my life",
            "I don't want to be alive anymore",
            "I don't want to live anymore",
            "I wish I were dead",
            "I wish I could go to sleep and never wake up",
            "I'm planning to take my own life",
            "Part of me wants to die and part of me wants the drinking to stop",
            "Sometimes I think about how I would kill myself",
            "Tonight I might actually do it, end my life I mean",
            "I have a plan to kill myself",
            "I want it all to end, I want to be dead",
            "I want to hang myself",
            "I thought about jumping in front of a train today",
            "I'm going to jump off the bridge",
            "I'm so tired of being alive",
            "I can't go on living like this",
            "I don't see a reason to keep living",
            "If it wasn't for my dog I'd have killed myself already",
            "I'm going to kill myself after the weekend",
            "I want to die in my sleep",
            "i just want to be dead",
        ],
        "indirect": [
            "There is no point in anything anymore",
            "Nothing matters and there's no point going on",
            "Everyone would be better off if I was gone",
            "They would all be better off without me around",
            "My kids would be better off without me",
            "I'm just a burden to everyone",
            "I feel like such a burden on my family, they'd be happier if I wasn't here",
            "I don't want to be here anymore",
            "I can't do this anymore, I want it all to stop for good",
            "I'm done with life",
            "I hope I don't wake up tomorrow",
            "I wouldn't mind if I didn't wake up",
            "I'm not going to be around much longer",
            "I won't be a problem for anyone much longer",
            "I wrote goodbye letters to my kids",
            "I've been writing letters to say goodbye",
            "I gave my guitar and my watch away, I won't need them",
            "I've started giving my things away",
            "I bought a rope today",
            "I keep looking at the bridge on my way home and thinking about it",
            "I've been saving up my pills for when I'm ready",
            "I have the gun in the drawer and I keep thinking about using it on myself",
            "Life isn't worth living",
            "There's nothing left to live for",
            "I'd rather be dead than keep going like this",
            "what's the point of living",
            "I want to disappear forever",
            "I'm tired of living",
            "I wish I had never been born",
            "Nobody would even notice if I was gone",
            "I've made my peace and said my goodbyes",
            "I don't think I'll still be here next week",
            "I want to go to sleep forever",
            "it would be easier for everyone if I just died",
            "I can't see any way out except dying",
        ],
        "slang": [
            "gonna kms",
            "i want to kms",
            "honestly kms",
            "I want to unalive myself",
            "thinking about unaliving",
            "I just want to end it all",
            "I'm going to end it",
            "I want to end it",
            "I'm thinking of ending it",
            "I want to check out for good",
            "Thinking about checking out early",
            "I want to go to sleep and not wake up",
            "I just want to not wake up",
            "I want to off myself",
            "thinking about sewer slide",
            "I want to delete myself",
            "I'm going to yeet myself off the bridge",
            "I'm going to end things tonight",
            "Ready to be done with it all",
            "i want to die lol",
            "kill me now, for real this time, I mean it",
            "I just want to stop existing",
        ],
        "misspelling": [
            "I feel suicidel",
            "suicidle thoughts again",
            "i want to kil myself",
            "I want to kill my self",
            "want to kill mysefl",
            "I want to dye",
            "i want to diee",
            "i wanna dieeee",
            "so suiciiiidal tonight",
            "thinkin bout killin myself",
            "I dont wanna live anymore",
            "I dont want to b alive",
            "everyone wud be better off without me",
            "I wish I was ded",
            "Im going to end my lfie",
            "suicdal again",
            "I want to end my lyfe",
        ],
        "past": [
            "I tried to kill myself two years ago",
            "I attempted suicide when I was nineteen",
            "Last night I wanted to die",
            "Yesterday I thought about ending it all",
            "I was suicidal all weekend",
            "I almost killed myself last month",
            "I wrote a note last night, a goodbye note",
            "I stood on the bridge for an hour on Sunday",
            "I wanted to be dead after the fight",
            "I was going to hang myself last week",
        ],
    },
    "self_harm": {
        "direct": [
            "I cut myself last night",
            "I've been cutting myself again",
            "I want to hurt myself",
            "I keep hurting myself when I'm sober",
            "I burned myself with a lighter on purpose",
            "I've been burning myself with cigarettes",
            "self harm is the only thing that helps",
            "I self-harmed again after the party",
            "I want to cut",
            "I hit myself until it bruised",
            "I scratch my arms until they bleed",
            "I punched the wall on purpose so it would hurt",
            "I want to harm myself",
            "Cutting is how I cope with cravings",
        ],
        "slang": [
            "relapsed on sh again",
            "SH urges are bad tonight",
            "been cutting again this week",
            "back to cutting",
            "cut again last night",
            "I need to feel pain, so I cut",
        ],
        "misspelling": [
            "I've been cuting myself",
            "self harmimg again",
            "selfharm again tonight",
            "i hurt my self on purpose",
            "cuttin myself again",
        ],
        "past": [
            "I used to cut myself in high school and the urge is back",
            "I burned my arm with a cigarette last week",
            "I hurt myself again on Friday",
            "I self harmed last night",
        ],
    },
    "overdose": {
        "direct": [
            "I took all my sleeping pills",
            "I took a whole bottle of painkillers",
            "I just swallowed all my meds",
            "I overdosed last night",
            "I think I took too much, I can't feel my legs",
            "I'm going to take all my pills tonight",
            "I'm going to overdose on purpose",
            "I mixed the pills with vodka hoping it would be enough",
            "I took a handful of oxy and some wine, hoping it's enough",
            "I want to overdose",
            "I'm going to OD",
            "I OD'd on Friday",
            "I took every pill in the cabinet",
            "I drank a bottle of whiskey and took my xanax, hoping not to wake up",
            "I swallowed the whole pack of paracetamol",
            "I took double my methadone on purpose",
            "Mixing benzos and alcohol tonight and hoping it's enough",
            "I injected a lot more than usual, hoping that's it",
        ],
        "misspelling": [
            "i overdosd last night",
            "I took al my pills",
            "I think I over dosed",
            "i od'ed on heroin",
            "im going to overdoes",
        ],
        "past": [
            "I overdosed in March",
            "I took too many pills on purpose last year",
            "Last weekend I took a whole bottle of my antidepressants",
            "I OD'd twice this year",
        ],
    },
    "other_person": {
        "third_person": [
            "My friend told me she wants to kill herself",
            "My brother keeps saying he wants to die",
            "My son overdosed last night",
            "My daughter has been cutting herself",
            "My partner said everyone would be better off without him",
            "My roommate took a bunch of pills and I can't wake her up",
            "My mom overdosed on her pain meds",
            "My friend posted a goodbye message and won't answer her phone",
            "I'm worried my dad is suicidal",
            "My best friend is talking about ending it",
            "My sister is self harming again",
            "My husband said he's going to kill himself",
            "my friend OD'd at the party",
            "My girlfriend took all her pills",
            "A friend told me he has a rope and a plan",
            "My coworker said she doesn't want to live anymore",
            "My son said he wishes he was dead",
            "My dad is giving all his things away and saying goodbye",
            "My friend keeps talking about jumping off the bridge",
            "my cousin tried to kill himself last week",
            "My friend is overdosing, what do I do",
            "my brother is sucidal",
        ],
    },
}

SAFE: dict[str, list[str]] = {
    "idiom": [
        "I'm taking my life back one day at a time",
        "This is me taking back my life",
        "I want to end this chapter of drinking",
        "I'm ready to end this chapter and start fresh",
        "Killing it at the gym lately",
        "My daughter is killing it at school",
        "I'm dying to see the new film",
        "I was dying for a coffee",
        "I'm dead tired",
        "I could kill for a burger right now",
        "My phone died halfway through the call",
        "That joke killed me, I laughed so hard",
        "I'm dead, that was hilarious",
        "The battery is dead again",
        "Don't kill the messenger",
        "We killed two birds with one stone",
        "The meeting dragged on to death",
        "I'm killing time before my appointment",
        "I'll be there if it kills me",
        "My boss will kill me if I'm late",
        "It would be career suicide to quit now",
        "Cutting corners at work again",
        "I want to cut my hours at work",
        "I need to check out of the hotel by noon",
        "I checked out a book from the library",
        "I'm going to end it with my ex tonight",
        "I ended it with Sam last week",
        "That was the end of it",
        "He's a dead ringer for my uncle",
        "I hit a dead end with the job search",
        "My legs are dying after that run",
        "I'm over the moon, not over the edge",
        "I jumped at the chance",
        "I could sleep forever on weekends",
        "I burn the candle at both ends",
        "I overdosed on Netflix this weekend",
        "An overdose of sugar at the party",
        "I hurt my back lifting boxes",
        "I cut my finger chopping onions",
        "I burned myself on the stove making toast",
        "I cut myself shaving",
        "I hit my head on the cupboard",
        "There's no point arguing with him",
        "There's no point buying wine if I'm cutting down",
        "The mortgage is a burden",
        "I gave my old bike away to my nephew",
        "I wrote a goodbye card for my coworker who's leaving",
        "We said our goodbyes at the airport",
        "I bought a rope for the tent",
        "I walked across the bridge to work",
        "Took my pills with breakfast like the doctor said",
        "I took all my vitamins this morning",
        "I finished the whole bottle of water",
        "I want to dye my hair blue",
        "I couldn't wake up for work",
        "I didn't wake up until noon",
        "I want to disappear for a weekend in the mountains",
        "I want to kill the cravings",
        "I'd kill to get a good night's sleep",
        "We're going to bury the hatchet",
    ],
    "hyperbole": [
        "Mondays are killing me",
        "This heat is killing me",
        "Work is going to be the death of me",
        "I nearly died of embarrassment",
        "I'm going to die if I have to wait any longer for the bus",
        "My mother-in-law is driving me to an early grave",
        "I was bored to death at the meeting",
        "My back is killing me",
        "The kids are killing me today",
        "This diet is murder",
        "I'd rather die than sing karaoke",
        "I'm scared to death of the dentist",
        "The cravings are killing me but I'm holding on",
        "These hangovers are killing me",
    ],
    "title": [
        "Watched Suicide Squad with my brother",
        "\"Suicide Is Painless\" came on the radio",
        "Reading 'The Virgin Suicides' for book club",
        "Listening to Hurt by Johnny Cash",
        "We watched Kill Bill last night",
        "Dead Poets Society made me cry",
        "I saw 'Death of a Salesman' at the theatre",
        "Playing 'Killing in the Name' loud in the car",
        "My favourite song right now is 'Dancing with Myself'",
        "Rewatched The Walking Dead",
    ],
    "change_talk": [
        "I'm taking my life back from drinking",
        "I want my life back",
        "Drinking is killing me and I want to stop",
        "If I keep using like this it will kill me, so I want to cut down",
        "I don't want to die from this, I want to see my kids grow up",
        "I want to live long enough to meet my grandchildren",
        "Quitting will save my life",
        "I want to end my drinking for good",
        "I'm going to end the habit this month",
        "I'm done with pills, I want to stay sober",
        "I want to put an end to the weekend binges",
        "I'm going to kill the habit of drinking after work",
        "I poured the bottle out so I can't overdo it",
        "I threw my stash away last night",
        "I want to stop hurting my family with my drinking",
        "I'm ready to cut out the wine",
        "I cut back to two drinks this week",
        "I want to cut down on weed",
        "I want to stop living like this and get help",
        "I'm checking out a meeting on Thursday",
        "I will give my lighter away so I stop smoking",
        "I want to be alive and present for my family",
        "The pills are ruining my life and I'm ready to stop",
        "I want to get my life back on track",
        "I'm going to end my night earlier and skip the last round",
    ],
    "negation": [
        "I'm not suicidal, just really tired",
        "I'm not suicidal",
        "I would never hurt myself",
        "I would never kill myself, I love my kids too much",
        "I don't want to die, I want things to get better",
        "No thoughts of suicide, just stressed",
        "I'm not going to hurt myself",
        "I have never self harmed",
        "I'm not thinking about ending my life, I'm thinking about ending the drinking",
        "I don't have any thoughts of killing myself",
        "Not feeling suicidal at all today",
        "I've never wanted to die, even on bad days",
        "I'm not going to overdose, I'm being careful",
        "I'm no longer suicidal and feel steadier",
    ],
    "everyday": [
        "I feel fine today.",
        "Had a long day at work and made soup",
        "Ran 5 kms this morning",
        "That was an odd day",
        "I went to bed early and slept well",
        "My friend is killing it at her new job",
        "Called my sponsor and we talked for an hour",
        "I'm worried about my drinking on weeknights",
        "My son overslept and missed the bus",
        "I took the long way home on purpose",
        "The doctor changed my dose",
        "My brother is quitting smoking too",
        "The plant in the kitchen died",
        "I was coding all night",
        "Pain in my knee again today",
        "Lots of cravings this afternoon, went for a walk",
        "I feel low today but I got through it",
        "Work was hard and I wanted a drink",
        "I took too long to answer the email",
        "I want to feel rested in the mornings",
    ],
}


def _rows() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    issue: list[dict[str, object]] = []
    for category, group, text in ISSUE_CRISIS:
        issue.append({"text": text, "crisis": True, "category": category, "group": group})
    for group, text in ISSUE_SAFE:
        issue.append({"text": text, "crisis": False, "category": None, "group": group})
    rest: list[dict[str, object]] = []
    for category, groups in CRISIS.items():
        for group, texts in groups.items():
            rest += [{"text": t, "crisis": True, "category": category, "group": group}
                     for t in texts]
    for group, texts in SAFE.items():
        rest += [{"text": t, "crisis": False, "category": None, "group": group} for t in texts]
    return issue, rest


def split() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    issue, rest = _rows()
    strata: dict[tuple[object, object], list[dict[str, object]]] = {}
    for row in rest:
        strata.setdefault((row["category"], row["group"]), []).append(row)
    rng = random.Random(SEED)
    dev, test = list(issue), []
    for key in sorted(strata, key=str):
        rows = strata[key]
        rng.shuffle(rows)
        half = len(rows) // 2
        dev += rows[:half]
        test += rows[half:]
    return dev, test


def main() -> None:
    dev, test = split()
    texts = [row["text"] for row in dev + test]
    assert len(texts) == len(set(texts)), "a phrasing is written twice"
    for name, rows in (("dev", dev), ("test", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, rows in (("dev", dev), ("test", test)):
        alarm = sum(1 for row in rows if row["crisis"])
        print(f"{name}: {len(rows)} rows, {alarm} crisis, {len(rows) - alarm} must not alarm")


if __name__ == "__main__":
    main()

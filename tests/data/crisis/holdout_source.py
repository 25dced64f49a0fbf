"""The second held-out crisis set (issue 11, item 5): written after the first
test split had been run once (recall 0.949) and BEFORE its mistakes were looked
at. From then on test.jsonl served as more dev data; this file is the figure
reported. Rules were never tuned on it.

`python tests/data/crisis/holdout_source.py` writes holdout.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CRISIS = [
    # suicide, direct
    ("suicide", "direct", "I really think I might kill myself this weekend"),
    ("suicide", "direct", "After the fight with Dan I wanted to die"),
    ("suicide", "direct", "All I can think about is suicide"),
    ("suicide", "direct", "I want to die, I'm so tired of all of it"),
    ("suicide", "direct", "Been having suicidal thoughts since the relapse"),
    ("suicide", "direct", "I'm thinking about taking my own life"),
    ("suicide", "direct", "I don't want to live any more"),
    ("suicide", "direct", "I want my life to be over"),
    ("suicide", "direct", "I made a plan to end my life"),
    ("suicide", "direct", "I keep picturing killing myself"),
    ("suicide", "direct", "Honestly I'd rather die than go through another week of this"),
    ("suicide", "direct", "I feel like dying"),
    ("suicide", "direct", "I wish I could just die in my sleep"),
    ("suicide", "direct", "Tonight I want to die"),
    ("suicide", "direct", "I'm going to kill myself, I mean it this time"),
    ("suicide", "direct", "I have thought about jumping off the car park roof"),
    ("suicide", "direct", "I just want to be dead, not sad, dead"),
    ("suicide", "direct", "i think about ending my life every night"),
    ("suicide", "direct", "I'm scared of how much I want to die"),
    ("suicide", "direct", "I could end it all tonight and nobody would stop me"),
    # suicide, indirect
    ("suicide", "indirect", "What's the point of anything anymore"),
    ("suicide", "indirect", "My family would honestly be better off without me"),
    ("suicide", "indirect", "I'm a burden on everyone around me"),
    ("suicide", "indirect", "I don't see the point of being here"),
    ("suicide", "indirect", "Everyone would be happier if I just disappeared forever"),
    ("suicide", "indirect", "I don't think I can keep living like this much longer, I want out"),
    ("suicide", "indirect", "I've been giving my stuff away to friends"),
    ("suicide", "indirect", "I wrote letters to my kids in case I'm not here"),
    ("suicide", "indirect", "I keep driving past the bridge and thinking about it"),
    ("suicide", "indirect", "I've been saving my pills"),
    ("suicide", "indirect", "I don't want to wake up tomorrow"),
    ("suicide", "indirect", "If I didn't wake up tomorrow I'd be fine with that"),
    ("suicide", "indirect", "Nobody would care if I died"),
    ("suicide", "indirect", "There's no reason to keep going"),
    ("suicide", "indirect", "I'm tired of being alive"),
    ("suicide", "indirect", "I just want everything to stop forever"),
    ("suicide", "indirect", "There's nothing to live for now she's gone"),
    ("suicide", "indirect", "I won't be around to see the new year"),
    ("suicide", "indirect", "It would be so much easier if I was dead"),
    ("suicide", "indirect", "My life isn't worth living anymore"),
    ("suicide", "indirect", "I bought a rope on the way home"),
    ("suicide", "indirect", "I keep thinking the kids would be better off with me gone"),
    ("suicide", "indirect", "I said goodbye to everyone at the meeting, they won't see me again"),
    ("suicide", "indirect", "I'm so done with being alive"),
    ("suicide", "indirect", "I hope I don't wake up"),
    # suicide, slang
    ("suicide", "slang", "i'm gonna kms fr"),
    ("suicide", "slang", "want to unalive myself tbh"),
    ("suicide", "slang", "I'm going to end it all"),
    ("suicide", "slang", "I might just end it"),
    ("suicide", "slang", "thinking of checking out permanently"),
    ("suicide", "slang", "I just want to not wake up tomorrow"),
    ("suicide", "slang", "honestly thinking of offing myself"),
    ("suicide", "slang", "I'm done with it all"),
    ("suicide", "slang", "ready to give up on life for good"),
    ("suicide", "slang", "I want to stop living"),
    ("suicide", "slang", "kms tbh"),
    ("suicide", "slang", "planning to end things this week"),
    # suicide, misspelling
    ("suicide", "misspelling", "i feel so suicdal"),
    ("suicide", "misspelling", "I wnat to die"),
    ("suicide", "misspelling", "want to kill myslef tonight"),
    ("suicide", "misspelling", "i want to end my lfe"),
    ("suicide", "misspelling", "thinking abt killing my self"),
    ("suicide", "misspelling", "i dnt want to live anymore"),
    ("suicide", "misspelling", "im sooo suicidal"),
    ("suicide", "misspelling", "I want to kiil myself"),
    ("suicide", "misspelling", "suiside thoughts again"),
    ("suicide", "misspelling", "wanna dieee"),
    # suicide, past
    ("suicide", "past", "I attempted suicide in 2021"),
    ("suicide", "past", "Last night I wanted to kill myself"),
    ("suicide", "past", "I tried to overdose when I was 17 and I'm scared of those feelings again"),
    ("suicide", "past", "I was planning my suicide last week"),
    ("suicide", "past", "On Saturday I sat on the bridge for a long time"),
    ("suicide", "past", "Two years ago I tried to end my life"),
    ("suicide", "past", "Yesterday I didn't want to be alive"),
    ("suicide", "past", "I wrote a suicide note last month and still have it"),
    # self-harm
    ("self_harm", "direct", "I cut myself again tonight"),
    ("self_harm", "direct", "I want to hurt myself really badly"),
    ("self_harm", "direct", "I've started cutting myself again"),
    ("self_harm", "direct", "I burned myself with the lighter"),
    ("self_harm", "direct", "Self harming is the only thing that calms me down"),
    ("self_harm", "direct", "I keep hitting myself when I'm angry"),
    ("self_harm", "slang", "sh again last night"),
    ("self_harm", "slang", "relapsed on cutting after 3 months"),
    ("self_harm", "misspelling", "I've been cuttin my arms"),
    ("self_harm", "misspelling", "i hurt myslef on purpose"),
    ("self_harm", "past", "I cut my arms after the party"),
    ("self_harm", "past", "Used to self harm and I want to again"),
    # overdose
    ("overdose", "direct", "I took a whole packet of paracetamol"),
    ("overdose", "direct", "I'm going to swallow every pill I have"),
    ("overdose", "direct", "I just took all my antidepressants"),
    ("overdose", "direct", "I think I'm overdosing"),
    ("overdose", "direct", "I want to take all my pills and go to sleep"),
    ("overdose", "direct", "I took a bottle of sleeping pills with vodka"),
    ("overdose", "direct", "I shot up way too much and I feel like I'm fading"),
    ("overdose", "direct", "Mixing my xanax with wine tonight hoping it's enough"),
    ("overdose", "direct", "I've taken too many pills"),
    ("overdose", "misspelling", "i overdozed last night"),
    ("overdose", "misspelling", "im gonna od tonight"),
    ("overdose", "past", "I had an overdose last Christmas"),
    ("overdose", "past", "I ODed on fentanyl two weeks ago"),
    ("overdose", "past", "I took all my meds on Tuesday and ended up in hospital"),
    # another person at risk
    ("other_person", "third_person", "My brother told me he wants to kill himself"),
    ("other_person", "third_person", "My best friend overdosed last weekend"),
    ("other_person", "third_person", "My daughter is cutting herself again"),
    ("other_person", "third_person", "My partner keeps saying he wants to die"),
    ("other_person", "third_person", "My mate took a load of pills and won't answer"),
    ("other_person", "third_person", "My sister tried to kill herself last night"),
    ("other_person", "third_person", "My friend says she's suicidal"),
    ("other_person", "third_person",
     "My dad is saying goodbye to everyone and gave away his tools"),
    ("other_person", "third_person", "My son is talking about ending his life"),
    ("other_person", "third_person", "My flatmate isn't breathing properly after using"),
    ("other_person", "third_person", "My wife says we'd all be better off without her"),
    ("other_person", "third_person", "My friend just took a bunch of pills"),
    ("other_person", "third_person", "my cousin od'd yesterday"),
    ("other_person", "third_person", "My mum has been self harming"),
    ("other_person", "third_person", "I'm scared my husband will kill himself"),
    ("other_person", "third_person", "My girlfriend is threatening to jump off the bridge"),
]

SAFE = [
    # idioms
    ("idiom", "I'm taking my life back from the bottle"),
    ("idiom", "It's time to end this chapter of my life"),
    ("idiom", "I want to kill this habit once and for all"),
    ("idiom", "My team is killing it this quarter"),
    ("idiom", "I'm dying to try that new cafe"),
    ("idiom", "Dead tired after work but proud I didn't drink"),
    ("idiom", "I could murder a cup of tea"),
    ("idiom", "My phone is dead again"),
    ("idiom", "I'm checking out of the hotel tomorrow"),
    ("idiom", "I'm going to end it with Jake, he drinks too much"),
    ("idiom", "We killed time at the airport"),
    ("idiom", "I cut myself a break this week"),
    ("idiom", "I cut myself on a tin can"),
    ("idiom", "I hurt my wrist at the gym"),
    ("idiom", "I was dead to the world by nine"),
    ("idiom", "There's no point rushing it"),
    ("idiom", "I gave away my old records to a charity shop"),
    ("idiom", "I burned myself on the kettle"),
    ("idiom", "I'm done with the late nights"),
    ("idiom", "My plants died while I was away"),
    # hyperbole
    ("hyperbole", "This weather is killing me"),
    ("hyperbole", "These cravings are killing me"),
    ("hyperbole", "My knees are killing me"),
    ("hyperbole", "I'll die if I have to do one more spreadsheet"),
    ("hyperbole", "My kids will be the death of me"),
    ("hyperbole", "I almost died of boredom at the training"),
    ("hyperbole", "The heat today nearly killed me"),
    ("hyperbole", "That hill nearly killed me"),
    ("hyperbole", "I'm going to kill my brother for eating my leftovers"),
    ("hyperbole", "I'm literally dying of thirst"),
    # titles
    ("title", "Listening to 'Suicide Is Painless' on repeat"),
    ("title", "Finished reading The Virgin Suicides"),
    ("title", "Watched Dead Man Walking again"),
    ("title", "My sponsor recommended the book 'Drinking: A Love Story'"),
    ("title", "Played 'Hurt' on guitar tonight"),
    ("title", "Watching Suicide Squad with the kids"),
    # change talk
    ("change_talk", "I'm going to take my life back from alcohol, starting today"),
    ("change_talk", "I want to end this life of drinking every night"),
    ("change_talk", "I want to stop drinking before it kills me"),
    ("change_talk", "Drinking is slowly killing me and I'm ready to quit"),
    ("change_talk", "I want to live long enough to see my daughter graduate"),
    ("change_talk", "I want my old life back, the sober one"),
    ("change_talk", "I'm ready to cut out the weed"),
    ("change_talk", "I want to put an end to the benders"),
    ("change_talk", "I'm going to kill off my Friday drinking habit"),
    ("change_talk", "I flushed the pills I don't need"),
    ("change_talk", "I'm done with pills for good"),
    ("change_talk", "I will end my nights at ten"),
    ("change_talk", "I don't want to die young because of booze"),
    ("change_talk", "Quitting saved my life last time and it can again"),
    ("change_talk", "I'm cutting down to one drink a night"),
    ("change_talk", "I want to stop living paycheck to paycheck because of gambling"),
    # negations
    ("negation", "I'm not suicidal, I'm just angry"),
    ("negation", "I'd never kill myself"),
    ("negation", "I don't want to hurt myself"),
    ("negation", "No thoughts of self harm today"),
    ("negation", "I'm not going to end my life, I'm going to end my drinking"),
    ("negation", "I've never been suicidal"),
    ("negation", "Not thinking about suicide, just worn out"),
    ("negation", "I don't want to die, I want to get well"),
    ("negation", "I have no plans to hurt myself"),
    ("negation", "I wouldn't overdose, I'm careful with my dose"),
    # everyday
    ("everyday", "Long day, cooked dinner, early night"),
    ("everyday", "My cat died last year and I still miss her"),
    ("everyday", "I'm worried about how much I drank at the wedding"),
    ("everyday", "I took my medication at eight like every day"),
    ("everyday", "I ran ten kms along the river"),
    ("everyday", "My sister is moving to Leeds"),
    ("everyday", "I'm going to the pharmacy to pick up my prescription"),
    ("everyday", "I wanted a drink after the fight but I went for a walk"),
    ("everyday", "Went to a meeting and talked about my week"),
    ("everyday", "I feel flat today"),
    ("everyday", "My doctor lowered my dose of sertraline"),
    ("everyday", "I crossed the bridge on my bike this morning"),
    ("everyday", "The pain in my back kept me up"),
]


def main() -> None:
    rows = [{"text": t, "crisis": True, "category": c, "group": g} for c, g, t in CRISIS]
    rows += [{"text": t, "crisis": False, "category": None, "group": g} for g, t in SAFE]
    texts = [str(row["text"]) for row in rows]
    assert len(texts) == len(set(texts)), "a phrasing is written twice"
    with open(HERE / "holdout.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    alarm = sum(1 for row in rows if row["crisis"])
    print(f"holdout: {len(rows)} rows, {alarm} crisis, {len(rows) - alarm} must not alarm")


if __name__ == "__main__":
    main()

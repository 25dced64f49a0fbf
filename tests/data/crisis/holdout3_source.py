"""The fourth held-out crisis set (second round of issue 11): written after the
lead's probes were fixed (negation taken back by a contrast, letters "in case")
and BEFORE any other rule was changed or any mistake of dev was looked at. It was
run once, untouched, and that figure is the one reported; no rule was tuned on it
afterwards (see README, "Crisis wording").

`python tests/data/crisis/holdout3_source.py` writes holdout3.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CRISIS = [
    # suicide, direct
    ("suicide", "direct", "I want to kill myself and I don't know who to tell"),
    ("suicide", "direct", "Lately I think about suicide every single night"),
    ("suicide", "direct", "I'm done, I'm going to end my life this weekend"),
    ("suicide", "direct", "I keep wishing I was dead"),
    ("suicide", "direct", "I have a plan to kill myself"),
    ("suicide", "direct", "After the relapse I just wanted to die"),
    ("suicide", "direct", "I've been having thoughts of ending my life"),
    ("suicide", "direct", "Tonight I want to die more than I want to drink"),
    ("suicide", "direct", "I could just overdose on purpose and be done with it"),
    ("suicide", "direct", "Sometimes I want to take my own life"),
    ("suicide", "direct", "I feel suicidal when I'm coming down"),
    ("suicide", "direct", "I'm thinking of hanging myself"),
    # suicide, indirect
    ("suicide", "indirect", "What's the point of going on like this"),
    ("suicide", "indirect", "Nobody would even notice if I was gone"),
    ("suicide", "indirect", "My kids would be better off without a dad like me"),
    ("suicide", "indirect", "I'm just a burden on everyone around me"),
    ("suicide", "indirect", "I hope I just don't wake up tomorrow"),
    ("suicide", "indirect", "I can't do this anymore, I want it all to stop for good"),
    ("suicide", "indirect", "I've started giving my stuff away to friends"),
    ("suicide", "indirect", "I looked up how high the bridge on route 9 is"),
    ("suicide", "indirect", "I bought rope today and I know what it's for"),
    ("suicide", "indirect", "There's no reason for me to be here anymore"),
    ("suicide", "indirect", "I don't see a future for myself at all, I'd rather not exist"),
    ("suicide", "indirect", "Everyone would be happier if I disappeared for good"),
    ("suicide", "indirect", "I won't be a problem for anybody much longer"),
    ("suicide", "indirect", "I'm tired of being alive"),
    ("suicide", "indirect", "I've been saying goodbye to people without telling them why"),
    ("suicide", "indirect", "I don't want to wake up anymore"),
    ("suicide", "indirect", "Life isn't worth living without her"),
    ("suicide", "indirect", "I've been stockpiling my sleeping pills"),
    # suicide, slang
    ("suicide", "slang", "ngl i wanna unalive myself"),
    ("suicide", "slang", "lowkey want to kms rn"),
    ("suicide", "slang", "thinking about just ending it tbh"),
    ("suicide", "slang", "ready to peace out of this life for good"),
    ("suicide", "slang", "i wanna catch the bus, the permanent kind"),
    ("suicide", "slang", "gonna off myself one of these days"),
    ("suicide", "slang", "kinda wanna just not exist"),
    # suicide, misspelling
    ("suicide", "misspelling", "I want to kil myself"),
    ("suicide", "misspelling", "been feelin suicidle all week"),
    ("suicide", "misspelling", "i wanna dye"),
    ("suicide", "misspelling", "thinkin bout sucide again"),
    ("suicide", "misspelling", "i dont want to live anymor"),
    ("suicide", "misspelling", "everyone wuld be better of without me"),
    ("suicide", "misspelling", "I want to end my lfie"),
    # suicide, past
    ("suicide", "past", "Last winter I tried to end my life"),
    ("suicide", "past", "I attempted suicide when I was nineteen"),
    ("suicide", "past", "Back then I wanted to die every day"),
    ("suicide", "past", "I was going to kill myself the night my sponsor called"),
    ("suicide", "past", "I used to think everyone would be better off if I was dead"),
    # suicide, negation with a contrast
    ("suicide", "negation_contrast", "I'm not suicidal exactly, but I think about dying a lot"),
    ("suicide", "negation_contrast", "I wouldn't kill myself, but some days I wish I could"),
    ("suicide", "negation_contrast",
     "I don't have a plan to end my life, though the thought keeps coming back"),
    ("suicide", "negation_contrast", "I'm not going to do anything, but I do think about suicide"),
    ("suicide", "negation_contrast", "I'm not going to kill myself. Not yet anyway."),
    ("suicide", "negation_contrast", "No, I wouldn't end my life, except on the really bad nights"),
    ("suicide", "negation_contrast",
     "I don't want to die, yet some nights I want to stop existing"),
    ("suicide", "negation_contrast",
     "I'm not planning to kill myself but it's on my mind more than it should be"),
    # self-harm
    ("self_harm", "direct", "I cut myself again last night"),
    ("self_harm", "direct", "I want to hurt myself when I feel like this"),
    ("self_harm", "direct", "I've been burning my arms with a lighter"),
    ("self_harm", "direct", "When I'm sober the urge to cut is so strong"),
    ("self_harm", "direct", "I punched the wall until my hand bled, on purpose, to feel something"),
    ("self_harm", "direct", "I keep scratching my skin until it bleeds"),
    ("self_harm", "direct", "I started self harming again"),
    ("self_harm", "slang", "relapsed on sh last night"),
    ("self_harm", "slang", "been doing the razor thing again"),
    ("self_harm", "misspelling", "i want to hurt myslf"),
    ("self_harm", "misspelling", "started cuting again"),
    ("self_harm", "past", "In my teens I used to cut my wrists"),
    ("self_harm", "past", "I burned myself with cigarettes when I was younger"),
    ("self_harm", "negation_contrast",
     "I haven't cut in months, but I still want to sometimes"),
    ("self_harm", "negation_contrast", "I won't hurt myself, though the urge is there"),
    # overdose
    ("overdose", "direct", "I took a whole pack of paracetamol an hour ago"),
    ("overdose", "direct", "I'm going to take every pill in the cabinet tonight"),
    ("overdose", "direct",
     "I drank a bottle of vodka with my sleeping pills so I wouldn't wake up"),
    ("overdose", "direct", "I think I took too much and my heart is racing"),
    ("overdose", "direct", "I want to overdose"),
    ("overdose", "direct", "Going to use way more than usual and hope it's enough"),
    ("overdose", "direct", "I swallowed all of my antidepressants"),
    ("overdose", "slang", "gonna OD tonight fr"),
    ("overdose", "misspelling", "i took to many pils on purpose"),
    ("overdose", "misspelling", "I overdosd last weekend"),
    ("overdose", "past", "I overdosed on heroin two years ago and nearly died"),
    ("overdose", "past", "Last month I took a bunch of pills to end it"),
    ("overdose", "negation_contrast",
     "I'm not going to overdose, but I've thought about taking the whole bottle"),
    # another person at risk
    ("other_person", "third_person", "My sister told me she wants to kill herself"),
    ("other_person", "third_person", "My roommate has been cutting himself"),
    ("other_person", "third_person", "My dad overdosed last night and is in the ICU"),
    ("other_person", "third_person", "My boyfriend says he'd be better off dead"),
    ("other_person", "third_person", "My best friend tried to take her own life"),
    ("other_person", "third_person", "My son keeps saying he doesn't want to live"),
    ("other_person", "third_person", "I found my mom passed out with an empty pill bottle"),
    ("other_person", "third_person", "My friend texted me a goodbye message"),
    ("other_person", "third_person", "My wife is talking about ending it all"),
    ("other_person", "third_person", "My daughter has been hurting herself"),
    ("other_person", "third_person", "He said he's going to jump off the bridge"),
    ("other_person", "third_person", "My brother is suicidal and won't talk to anyone"),
]

SAFE = [
    # idioms
    ("idiom", "I'm going to kill it at my interview tomorrow"),
    ("idiom", "This cough is killing me"),
    ("idiom", "I'm dying to see my daughter's recital"),
    ("idiom", "I nearly died laughing at the meeting"),
    ("idiom", "I was dead on my feet after the double shift"),
    ("idiom", "Over my dead body will I drink at that wedding"),
    ("idiom", "I'm cutting back on sugar too"),
    ("idiom", "Time to cut ties with the people I used with"),
    ("idiom", "My phone died halfway through the call"),
    ("idiom", "I'd kill for a good night's sleep"),
    ("idiom", "She's going to kill me when she finds out I forgot"),
    ("idiom", "It was a dead end job anyway"),
    ("idiom", "I'm ready to end this habit for good"),
    ("idiom", "Taking my life back one day at a time"),
    # hyperbole
    ("hyperbole", "If I have to sit through another budget meeting I'll die"),
    ("hyperbole", "My boss will literally murder me if I'm late again"),
    ("hyperbole", "I could just die of embarrassment"),
    ("hyperbole", "This heat is going to be the death of me"),
    ("hyperbole", "I'm so hungry I could die"),
    ("hyperbole", "Ugh, kill me now, the printer jammed again"),
    # titles
    ("title", "Watched 'The Lovely Bones' with my partner"),
    ("title", "Listening to 'Hurt' by Johnny Cash on repeat"),
    ("title", "Reading 'Dying of Whiteness' for my book club"),
    ("title", "Played Dead by Daylight with my nephew"),
    # change talk
    ("change_talk", "I want to stop killing my liver with beer"),
    ("change_talk", "I'm going to cut down to two drinks on weekends"),
    ("change_talk", "I'm ready to end my relationship with pills"),
    ("change_talk", "I want my life back from cocaine"),
    ("change_talk", "Drinking is slowly killing me and I want to quit"),
    ("change_talk", "I don't want to die young like my uncle did, so I'm quitting"),
    ("change_talk", "I want to live long enough to see my grandkids"),
    ("change_talk", "Going to give away all my vapes so I'm not tempted"),
    ("change_talk", "I'm throwing out the pills I don't need anymore"),
    ("change_talk", "I'd like to stop overdoing it every Friday"),
    # plain negations
    ("negation", "I'm not suicidal, just really tired"),
    ("negation", "I'd never hurt myself, I have my kids"),
    ("negation", "No thoughts of self harm this week"),
    ("negation", "I don't want to die, I want to feel better"),
    ("negation", "I'm not going to overdose, I'm careful now"),
    ("negation", "I haven't had any suicidal thoughts since starting therapy"),
    ("negation", "I'm not going to kill myself, I promised my sister and I mean it"),
    # everyday journal lines about substances
    ("everyday", "Had three beers at the game and stopped there"),
    ("everyday", "Took my methadone dose this morning as usual"),
    ("everyday", "Picked up my prescription refill at the pharmacy"),
    ("everyday", "Skipped the bar and went to bed early"),
    ("everyday", "My doctor lowered my dose of sertraline"),
    ("everyday", "Cravings were bad after work but I called my sponsor"),
    ("everyday", "Put the leftover pills in the drop box at the pharmacy"),
    ("everyday", "Had a glass of wine with dinner and felt fine"),
    ("everyday", "Went to my NA meeting and shared for the first time"),
    ("everyday", "I carry naloxone now just in case"),
    ("everyday", "Wrote a letter to my future self about why I'm quitting"),
    ("everyday", "I'm cutting the grass and then going to a meeting"),
    ("everyday", "Got a hangover that made me want to crawl into a hole"),
]


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for category, group, text in CRISIS:
        out.append({"text": text, "crisis": True, "category": category, "group": group})
    for group, text in SAFE:
        out.append({"text": text, "crisis": False, "category": None, "group": group})
    return out


if __name__ == "__main__":
    with (HERE / "holdout3.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")

"""The third held-out crisis set (issue 11, item 5): written after holdout.jsonl
had been run (recall 0.889) and BEFORE its mistakes were looked at. From then on
holdout.jsonl served as more dev data; this file is the figure reported. Rules
were never tuned on it.

`python tests/data/crisis/holdout2_source.py` writes holdout2.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CRISIS = [
    # suicide, direct
    ("suicide", "direct", "Some days I really want to die"),
    ("suicide", "direct", "I've been thinking about killing myself a lot this week"),
    ("suicide", "direct", "I want to end my own life"),
    ("suicide", "direct", "Suicide keeps crossing my mind"),
    ("suicide", "direct", "I'm having suicidal feelings again"),
    ("suicide", "direct", "I think I want to die, honestly"),
    ("suicide", "direct", "If things don't change I'm going to kill myself"),
    ("suicide", "direct", "I'd like to just die and be done"),
    ("suicide", "direct", "I wish I would die"),
    ("suicide", "direct", "I keep planning how I'd do it, how I'd end my life"),
    ("suicide", "direct", "Part of me wants to be dead"),
    ("suicide", "direct", "Tonight I feel like killing myself"),
    ("suicide", "direct", "I'm going to hang myself in the shed"),
    ("suicide", "direct", "I want to take my life"),
    ("suicide", "direct", "I'm seriously considering suicide"),
    # suicide, indirect
    ("suicide", "indirect", "Honestly what is the point in living"),
    ("suicide", "indirect", "Everybody would be better off without me in the picture"),
    ("suicide", "indirect", "I feel like a burden to my whole family"),
    ("suicide", "indirect", "I don't want to be alive tomorrow"),
    ("suicide", "indirect", "I just want to sleep forever"),
    ("suicide", "indirect", "I have been giving away my things to my sister"),
    ("suicide", "indirect", "I wrote my goodbye letters last night"),
    ("suicide", "indirect", "I bought a rope and I know where I'd do it"),
    ("suicide", "indirect", "I keep thinking about stepping in front of a bus"),
    ("suicide", "indirect", "I've been hoarding my tablets"),
    ("suicide", "indirect", "There's no reason for me to keep living"),
    ("suicide", "indirect", "Nothing will ever get better so why bother living"),
    ("suicide", "indirect", "My kids would be better off if I wasn't here"),
    ("suicide", "indirect", "I don't think I want to be here anymore"),
    ("suicide", "indirect", "It would be easier if I just didn't exist"),
    ("suicide", "indirect", "I can't go on living with this pain"),
    ("suicide", "indirect", "I hope I never wake up again"),
    ("suicide", "indirect", "I'm tired of life"),
    ("suicide", "indirect", "I want to go to sleep and stay asleep forever"),
    ("suicide", "indirect", "I'm ready to say goodbye to everyone"),
    ("suicide", "indirect", "No point carrying on"),
    ("suicide", "indirect", "Nobody would miss me if I died"),
    ("suicide", "indirect", "I'm only a burden"),
    ("suicide", "indirect", "I've been looking up ways to die"),
    ("suicide", "indirect", "I won't be here much longer"),
    # suicide, slang
    ("suicide", "slang", "gonna unalive myself"),
    ("suicide", "slang", "literally about to kms"),
    ("suicide", "slang", "I'm done. Ending it tonight"),
    ("suicide", "slang", "I want to end it all right now"),
    ("suicide", "slang", "thinking about ending things"),
    ("suicide", "slang", "just want to check out for good"),
    ("suicide", "slang", "i want to not exist"),
    ("suicide", "slang", "might just end it"),
    ("suicide", "slang", "wanna be dead fr"),
    ("suicide", "slang", "ready to be done with life"),
    # suicide, misspelling
    ("suicide", "misspelling", "feel so suicidall"),
    ("suicide", "misspelling", "i want to kill mysef"),
    ("suicide", "misspelling", "thinking of sucide"),
    ("suicide", "misspelling", "i dont wana live anymore"),
    ("suicide", "misspelling", "i wnt to die"),
    ("suicide", "misspelling", "I'm gonna kil my self"),
    ("suicide", "misspelling", "sucidal again tonite"),
    ("suicide", "misspelling", "wish i wuz dead"),
    # suicide, past
    ("suicide", "past", "I tried to take my life last spring"),
    ("suicide", "past", "Last week I almost did it, I had the pills in my hand"),
    ("suicide", "past", "I was suicidal after the divorce"),
    ("suicide", "past", "I attempted to kill myself in my twenties"),
    ("suicide", "past", "On Monday I wanted to die"),
    ("suicide", "past", "I wrote a suicide note in March"),
    # self-harm
    ("self_harm", "direct", "I've been cutting my arms again"),
    ("self_harm", "direct", "I cut myself tonight after the argument"),
    ("self_harm", "direct", "I keep burning myself"),
    ("self_harm", "direct", "I really want to cut myself"),
    ("self_harm", "direct", "I hurt myself on purpose again"),
    ("self_harm", "direct", "Self-harm urges are really strong tonight"),
    ("self_harm", "direct", "I've been hitting myself"),
    ("self_harm", "slang", "relapsed with sh last night"),
    ("self_harm", "slang", "back to cutting again"),
    ("self_harm", "misspelling", "i cutt my arms"),
    ("self_harm", "misspelling", "self harmin again"),
    ("self_harm", "past", "I used to self harm and I did it again yesterday"),
    ("self_harm", "past", "I burned myself with a cigarette on Saturday"),
    # overdose
    ("overdose", "direct", "I took all my pills an hour ago"),
    ("overdose", "direct", "I'm going to swallow all my tablets"),
    ("overdose", "direct", "I just took a whole bottle of pills"),
    ("overdose", "direct", "I think I might be overdosing"),
    ("overdose", "direct", "I took way too many pills tonight"),
    ("overdose", "direct", "I want to overdose and not wake up"),
    ("overdose", "direct", "I mixed my meds with alcohol hoping it would be enough"),
    ("overdose", "direct", "I'm going to take every pill I have"),
    ("overdose", "misspelling", "i overdosed on my meds lol"),
    ("overdose", "misspelling", "gonna OD tonight"),
    ("overdose", "past", "I had an overdose in the summer"),
    ("overdose", "past", "I took too many sleeping pills last month on purpose"),
    # another person at risk
    ("other_person", "third_person", "My friend wants to kill herself"),
    ("other_person", "third_person", "My brother is talking about suicide"),
    ("other_person", "third_person", "My son took all his pills"),
    ("other_person", "third_person", "My partner has been cutting himself"),
    ("other_person", "third_person", "My mum said she wants to die"),
    ("other_person", "third_person", "My friend overdosed on heroin last night"),
    ("other_person", "third_person", "My sister says she's a burden and wants it to end"),
    ("other_person", "third_person", "My dad is suicidal"),
    ("other_person", "third_person", "My roommate won't wake up and there are pills everywhere"),
    ("other_person", "third_person", "My daughter said she wants to end her life"),
    ("other_person", "third_person", "my friend tried to kill himself"),
    ("other_person", "third_person", "My colleague said he's going to jump off the bridge"),
]

SAFE = [
    ("idiom", "I'm going to take my life back"),
    ("idiom", "It's the end of an era"),
    ("idiom", "We're killing it this season"),
    ("idiom", "I'm dying to get some sleep"),
    ("idiom", "I'm dead on my feet after the double shift"),
    ("idiom", "My laptop died during the meeting"),
    ("idiom", "I want to cut back on screen time"),
    ("idiom", "I cut myself some slack today"),
    ("idiom", "I burned myself on the oven door"),
    ("idiom", "I hurt myself playing football"),
    ("idiom", "I checked out early from the conference"),
    ("idiom", "I'm ending things with my dealer"),
    ("idiom", "That comedian killed it"),
    ("idiom", "There's no point worrying about it now"),
    ("idiom", "I gave my guitar away to my nephew"),
    ("idiom", "I could kill for a pizza"),
    ("idiom", "We took the bridge over the river"),
    ("idiom", "I took all my meds this morning as usual"),
    ("hyperbole", "My job is killing me"),
    ("hyperbole", "The kids' noise is killing me"),
    ("hyperbole", "I almost died of laughter"),
    ("hyperbole", "I'll die if I don't get coffee"),
    ("hyperbole", "This cold is killing me"),
    ("hyperbole", "I'm bored to death"),
    ("hyperbole", "I nearly died when I saw the bill"),
    ("hyperbole", "My sister will kill me if I forget her birthday"),
    ("title", "Listening to 'Suicide Is Painless' tonight"),
    ("title", "Watched The Suicide Squad again"),
    ("title", "Reading a book called 'Dying to Be Me'"),
    ("title", "Song of the day: 'Kill Your Darlings'"),
    ("change_talk", "I'm going to take my life back from the pills"),
    ("change_talk", "I want to end this cycle of drinking"),
    ("change_talk", "Drinking is slowly killing me, so I'm cutting down"),
    ("change_talk", "I don't want to die from my drinking"),
    ("change_talk", "I'm ready to kill the habit"),
    ("change_talk", "I want my health back"),
    ("change_talk", "I'm going to cut out booze on weeknights"),
    ("change_talk", "I want to live a long life"),
    ("change_talk", "I'm done with drinking for good"),
    ("change_talk", "I'm cutting down to three days a week"),
    ("change_talk", "I want to stop living paycheck to paycheck"),
    ("change_talk", "I'm putting an end to the weekend benders"),
    ("negation", "I'm not suicidal, I'm just stressed"),
    ("negation", "I would never kill myself"),
    ("negation", "I don't want to hurt myself again, I am doing better"),
    ("negation", "I'm not going to overdose"),
    ("negation", "No self harm for six months now"),
    ("negation", "I don't want to die, I want to change"),
    ("negation", "I have never tried to kill myself"),
    ("negation", "I'm not thinking of suicide"),
    ("everyday", "I went for a long walk by the river"),
    ("everyday", "Pharmacy run for my prescription"),
    ("everyday", "My grandmother passed away peacefully last year"),
    ("everyday", "I felt low today but called a friend"),
    ("everyday", "I'm worried about my drinking"),
    ("everyday", "The bus was late again"),
    ("everyday", "I took a nap after lunch"),
    ("everyday", "I cooked pasta and watched TV"),
]


def main() -> None:
    rows = [{"text": t, "crisis": True, "category": c, "group": g} for c, g, t in CRISIS]
    rows += [{"text": t, "crisis": False, "category": None, "group": g} for g, t in SAFE]
    texts = [str(row["text"]) for row in rows]
    assert len(texts) == len(set(texts)), "a phrasing is written twice"
    with open(HERE / "holdout2.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    alarm = sum(1 for row in rows if row["crisis"])
    print(f"holdout2: {len(rows)} rows, {alarm} crisis, {len(rows) - alarm} must not alarm")


if __name__ == "__main__":
    main()

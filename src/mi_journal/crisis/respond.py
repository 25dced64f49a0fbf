"""What the help lines lead with, decided from the person's words (no terminal here).

Overdose wording covers two different things (issue 11: "an overdose, intended or just
happened"): medicines *kept* for later ("I've been saving up my pills", "a stash for a
bad night") and medicines *taken*. The overdose steps (911 now, Poison Help, naloxone,
stay with the person) fit something taken; a stockpile is planning, and the reply leads
with the suicide lines (988 first) and a line about putting the medicines out of reach
(cli/crisis.py sets the order; the steps still follow, under their own "If you or
someone with you may have taken too much"). Safety first: any word that some may
already have been taken, or are being taken, keeps the steps first, as before.
"""

from __future__ import annotations

import re

# Medicines put by: saved, stashed, stockpiled, hoarded, hidden, kept, set aside...
_KEPT = re.compile(
    r"\b(?:sav(?:e|es|ed|ing|in)|stash(?:ed|es|ing)?|stock ?pil(?:e|es|ed|ing)|"
    r"hoard(?:ed|s|ing)?|put(?:ting)? (?:\w+ ){0,3}(?:aside|away|by)|"
    r"set(?:ting)? (?:\w+ ){0,3}aside|kept|keep(?:s|ing)?|collect(?:ed|s|ing)?|"
    r"squirrel(?:l?ed|l?ing)?|hid(?:den|ing)?|hide|stor(?:e|ed|es|ing)|"
    r"buil(?:d|ding|t) up|gather(?:ed|ing)?)\b"
)
# Taking them later, as a plan ("to take", "going to take"): not taken yet; and
# methadone "take homes" (doses taken home), which are a name, not a taking.
_TAKING_LATER = re.compile(
    r"(?:\b(?:to|will|would|could|might|may|gonna|wanna|want to|plan to|planning to|"
    r"in case i|when i)|'ll|'d)"
    r" (?:\w+ ){0,2}tak(?:e|ing)\b|\btake[ -]?homes?\b"
)
# Any sign that some were taken, or are being taken, or that the body shows it ("too
# much", but not "for when it gets too much", which is about a day, not a dose).
_TAKEN = re.compile(
    r"\b(?:took|taken|tak(?:e|es|ing)|swallow\w*|downed|downing|popp?(?:ed|ing)|ate|"
    r"eaten|eating|inject\w*|shot up|snort\w*|chug\w*|drank|drunk|drinking|overdos\w*|"
    r"o ?d|od'?d|(?<!gets )(?<!get )(?<!got )(?<!becomes )too (?:much|many)|emptied|"
    r"finished|ingest\w*|did it|done it|"
    r"wake|woke|passed out|pass out|throw(?:ing)? up|threw up|vomit\w*|sick|blue|"
    r"breath\w*|dizzy|spinning|numb|sleepy|drowsy|high|mixed|mixing|with alcohol)\b"
)


def only_kept_for_later(text: str) -> bool:
    """Medicines kept for later and nothing that says any were (or are being) taken:
    "I've been saving up my pills", "keeping a stash of pills for a bad night",
    "I have pills saved up. I'm going to take them tonight". Not: "I took the pills I
    saved", "saving them and took some tonight", "I'm taking them now"."""
    # Its own light reading (case, curly quotes, spaces): the detector imports this
    # module, so this one does not import the detector.
    words = " ".join(text.lower().replace("\u2019", "'").replace("\u2018", "'").split())
    if not _KEPT.search(words):
        return False
    return _TAKEN.search(_TAKING_LATER.sub(" ", words)) is None

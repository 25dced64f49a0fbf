"""Does a wh-question ask for one fact or a pick from a small set? (MITI: a closed question.)

Coding systems for Motivational Interviewing count a question as closed when it can be
answered yes/no *or* asks for a specific fact or a very restricted range of answers:
an amount ("How many days...?"), a time ("When did you last...?", but not "When was a
time you...?", which asks for an episode to tell), a real place ("Where
do you buy it?"), a person ("Who do you drink with?"), a pick from a set ("Which of
these...?"), an attribute ("What is your address?") or a rating ("On a scale of 0 to
10..."). Everything else a wh-word asks (an account, a feeling, a view, reasons) is open.

`fact_form(words)` reads the words of a clause that starts with a wh-word (lower case,
contractions split: "when's" -> "when", "'s") and names the kind of fact, or None.
"""

from __future__ import annotations

import re
from itertools import pairwise

# how + one of these asks for an amount, a frequency, a duration, an age, a distance.
QUANTITY = frozenset(
    {"many", "much", "often", "long", "old", "far", "soon", "frequently", "late", "early"}
)
# "How much does it matter / bother you" weighs a feeling: a judgement, not an amount.
DEGREE_VERBS = frozenset(
    {
        "matter", "matters", "bother", "bothers", "worry", "worries", "care", "want",
        "wants", "like", "likes", "enjoy", "enjoys", "mean", "means", "love", "loves",
        "hate", "hates", "miss", "misses", "affect", "affects", "affected", "trust",
        "believe", "help", "helps", "helped", "hurt", "hurts", "feel", "feels", "value",
        "appeal", "appeals", "weigh", "weighs", "influence", "influences", "think",
    }
)
AUXILIARIES = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will",
     "would", "could", "can", "might", "should", "'s", "'re", "'ve", "'d", "'ll", "am"}
)
WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})
PAST = frozenset({"did", "was", "were", "had", "didn't", "wasn't", "weren't", "hadn't"})
MODAL = frozenset({"will", "would", "could", "can", "might", "shall", "should", "'ll", "'d"})
PRESENT = frozenset({"do", "does", "is", "are", "'s", "'re", "am", "don't", "doesn't"})
DETERMINERS = frozenset({"your", "the", "his", "her", "their", "our", "my"})
POSSESSIVES = frozenset({"your", "his", "her", "their"})
# what + one of these asks for a time, an age, a dose.
WHAT_NOUNS = frozenset({"time", "age", "day", "date", "year", "month", "hour", "dose"})
# "What's the <noun> ...?" asks for a number.
COUNTED_NOUNS = frozenset({"quantity", "amount", "number", "dose", "dosage", "cost", "price"})
# "What's your <noun>?" asks for an attribute ("address", "usual bedtime") unless the noun
# is a view, a feeling or a judgement ("What's your take on it?", "...biggest worry?").
OPEN_ATTRIBUTES = frozenset(
    {
        "take", "view", "views", "sense", "thoughts", "thinking", "feeling", "feelings",
        "worry", "worries", "concern", "concerns", "fear", "fears", "hope", "hopes",
        "reason", "reasons", "plan", "plans", "goal", "goals", "understanding",
        "experience", "idea", "ideas", "guess", "hunch", "impression", "reaction",
        "main", "biggest", "greatest", "best", "worst", "hardest", "toughest", "first", "top",
        "relationship", "life", "story", "side", "part", "role", "motivation", "dream",
        "dreams", "wish", "wishes", "priority", "priorities", "advice", "opinion",
        "feel", "gut", "instinct",
    }
)
# "where" in a figurative sense: "Where does that leave you?", "Where do you see
# yourself?", "Where would you start?", "Where are you at with it?".
FIGURATIVE_WHERE = frozenset(
    {"here", "leave", "leaves", "see", "start", "begin", "fit", "fits", "stand", "stands",
     "headed", "heading", "draw"}
)
AMOUNT_SUPERLATIVES = frozenset(
    {"longest", "shortest", "earliest", "latest", "furthest", "farthest", "oldest",
     "youngest", "fewest"}
)
PRONOUNS = frozenset({"you", "i", "we", "he", "she", "they", "you've", "you'd"})
SCALE = re.compile(r"\bon\s+a\s+scale\b|\bscale\s+of\b|\bout\s+of\s+(?:10|ten)\b", re.IGNORECASE)


def _how(words: list[str]) -> str | None:
    if len(words) < 2 or words[1] not in QUANTITY:
        return None
    if words[1] == "much":
        rest = words[2:]
        if rest[:1] and rest[0] in AUXILIARIES:
            rest = rest[1:]
        if rest[:2] in (["you", "think"], ["you", "reckon"]) and len(rest) > 3:
            rest = rest[2:]  # "How much do you think you drink?" asks about the drinking
        # subject (one or two words), then the verb: "How much does it matter to you?"
        if any(word in DEGREE_VERBS for word in rest[1:3]):
            return None
    return "amount question"


def _what(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    if _superlative_amount(words[1:]):
        return "amount question"
    if words[1] in WHAT_NOUNS:
        return "time question" if words[1] != "dose" else "attribute question"
    if words[1] in ("is", "'s", "was") and words[2:3] == ["the"] and words[3:4] and (
        words[3] in COUNTED_NOUNS
    ):
        return "amount question"  # "What's the quantity you're drinking?"
    if words[1] in ("is", "'s", "was", "are", "were") and words[2:3] and (
        words[2] in POSSESSIVES
    ):
        rest = words[3:]
        # "What were your evenings like this week?" asks for an account.
        if not rest or "like" in rest or "been" in rest:
            return None
        if any(word in OPEN_ATTRIBUTES for word in rest[:4]):
            return None
        return "attribute question"
    return None


def _superlative_amount(words: list[str]) -> bool:
    """ "What was the longest you went without?", "What's the most you've spent?"."""
    if words[:1] not in (["is"], ["'s"], ["was"]) or words[1:2] != ["the"] or len(words) < 4:
        return False
    if words[2] in AMOUNT_SUPERLATIVES:
        return True
    # "the most you've spent" is an amount; "the most important thing" is a judgement.
    return words[2] in ("most", "least") and words[3] in PRONOUNS


# "When was a time you managed it?" asks for an episode to tell, not a date; "When was the
# last time...?" asks for a date.
EPISODE = re.compile(r"^when (?:is|was|'s|has been|have there been) (?:a|the|one|some) times? "
                     r"(?:in (?:the|your) (?:past|life) )?(?:that|when|where|you|i)\b")


def _when(words: list[str]) -> str | None:
    if len(words) == 1:
        return "time question"
    if EPISODE.match(" ".join(words).replace(" '", "'")):
        return None
    following = words[1]
    if following in PAST or following in MODAL:
        return "time question"
    fixed_event = len(words) > 2 and words[2] in DETERMINERS  # "When's your appointment?"
    if following in PRESENT and ("next" in words or fixed_event):
        return "time question"
    return None


def _where(words: list[str]) -> str | None:
    if any(word in FIGURATIVE_WHERE for word in words) or words[-1] == "at" or any(
        pair in (("at", "with"), ("at", "now")) for pair in pairwise(words)
    ) or _where_you_are_with(words):
        return None
    if any(
        word == "take" and words[index + 1:index + 2] in (["this"], ["that"], ["it"], ["you"])
        for index, word in enumerate(words)
    ):
        return None  # "Where do you want to take this next?"
    if "to" in words and "be" in words:  # "Where would you like to be in a year?"
        return None
    return "place question"


def _where_you_are_with(words: list[str]) -> bool:
    """ "Where are you with all this?", "...where you're with it": a stance, not a place.

    So is an embedded "where you are" with nothing after it ("I'm wondering where you are").
    """
    if words[1:] in (["you", "are"], ["you", "'re"]):
        return True
    return any(
        words[index:index + 3] in (["are", "you", "with"], ["you", "are", "with"],
                                   ["you", "'re", "with"])
        for index in range(len(words))
    )


def _who(words: list[str]) -> str | None:
    if words[1:3] == ["or", "what"] or words[-1] == "be":
        return None  # "Who or what helps you...?", "Who do you want to be?"
    return "person question"


def fact_form(words: list[str]) -> str | None:
    """The kind of fact a clause starting with a wh-word asks for, or None when it is open."""
    if not words:
        return None
    first = words[0]
    coordinated = len(words) > 2 and words[1] in ("and", "or") and words[2] in WH_WORDS
    if coordinated and first != "who":
        # "When and where would you...?": closed only if both would be.
        one, other = fact_form([first, *words[3:]]), fact_form(words[2:])
        return one if one and other else None
    # "What one do you remember?" picks from a set; "What one thing...?" need not.
    if first == "which" or (words[:2] == ["what", "one"] and words[2:3] and (
        words[2] in AUXILIARIES or words[2] == "of"
    )):
        return "choice question"
    if first == "how":
        return _how(words)
    if first == "what":
        return _what(words)
    if first == "when":
        return _when(words)
    if first in ("where", "whereabouts"):
        return _where(words)
    if first in ("who", "whom", "whose"):
        return _who(words)
    return None


def prepositional_fact_form(words: list[str]) -> str | None:
    """ "At what point did...", "For how long?", "With whom...": a preposition, then a wh-word."""
    if len(words) < 2:
        return None
    if words[1] == "what" and words[2:3] in (["point"], ["time"], ["age"]):
        return "time question"
    if words[1] in ("whom", "who", "which", "how", "when", "where"):
        return fact_form(words[1:])
    return None


def asks_a_rating(sentence: str) -> bool:
    """ "On a scale of 0 to 10, how...?", "..., out of ten?": the answer is a number."""
    return SCALE.search(sentence) is not None

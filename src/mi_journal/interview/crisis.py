"""Clear crisis language in an answer: suicide, self-harm, overdose, not wanting to live.

Deliberately simple and generous: a phrase anywhere in the text counts, even in
a negated sentence ("I'm not suicidal"), because showing the help lines gently
when they were not needed costs little, and missing a real moment costs much.
Nothing is stored or logged; the answer is only read.
"""

from __future__ import annotations

import re
import unicodedata

_PHRASES = (
    r"suicid\w*",
    r"kill(?:ing)?\s+my\s?self",
    r"end(?:ing)?\s+(?:my|this)\s+life",
    r"end(?:ing)?\s+it\s+all",
    r"take\s+my\s+(?:own\s+)?life",
    r"self[\s-]?harm\w*",
    r"(?:hurt|harm|cut|cutting|hurting|harming)\s+my\s?self",
    r"overdos\w*",
    r"o\.?d'd",  # OD'd; plain "odd" must not match
    r"o\.?d'?ing",
    r"hang(?:ing)?\s+my\s?self",
    r"(?:do\s*n[o']?t|did\s*n[o']?t|dont|didnt|no\s+longer)\s+want\s+to\s+"
    r"(?:live|be\s+alive|wake\s+up|be\s+here)",
    r"want(?:ed|ing|s)?\s+to\s+(?:die|be\s+dead)",
    r"wanna\s+(?:die|be\s+dead)",
    r"wish\s+i\s+(?:was|were)\s+dead",
    r"wish\s+i\s+(?:could|would)\s+(?:just\s+)?die",
    r"better\s+off\s+dead",
    r"no\s+reason\s+to\s+live",
    r"nothing\s+(?:left\s+)?to\s+live\s+for",
    r"(?:not|is\s*n'?t)\s+worth\s+living",
    # "kms" (kill myself) only after words that make it a verb: "5 kms" is a distance
    r"(?:to|gonna|wanna|i|ima|i'll|i'm|might|could|should|will|just|finna|gon)\s+kms",
    r"unalive\w*",
    r"end(?:ing)?\s+my\s?self",
    r"took\s+(?:too\s+many|all\s+(?:of\s+)?(?:my|the))\b[^.!?\n]{0,40}?\bon\s+purpose",
    r"too\s+many\s+(?:of\s+my\s+)?(?:sleeping\s+)?(?:pills|tablets)",
    r"disappear\s+forever",
    r"(?:want(?:ed|s)?\s+to|wanna)\s+(?:just\s+)?disappear",
    r"(?:and|to)\s+(?:just\s+)?(?:not|never)\s+wake\s+up",
    r"(?:hope|wish)\s+i\s+(?:do\s*n'?t|did\s*n'?t|do\s+not|did\s+not|would\s*n'?t|"
    r"would\s+not|never)\s+wake\s+up",
)

_PATTERN = re.compile(r"(?<![\w])(?:" + "|".join(_PHRASES) + r")(?![\w])", re.IGNORECASE)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


def mentions_crisis(text: str) -> bool:
    """True when `text` holds clear crisis language. Stores nothing."""
    if not text:
        return False
    return _PATTERN.search(_normalize(text)) is not None


def answer_mentions_crisis(value: object) -> bool:
    """The same test over any answer value (text, or a list of items)."""
    if isinstance(value, str):
        return mentions_crisis(value)
    if isinstance(value, list):
        return any(isinstance(item, str) and mentions_crisis(item) for item in value)
    return False

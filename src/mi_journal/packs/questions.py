"""Is a prompt a closed question? A small grammar, no model.

Closed follows the way MI coding systems (MITI, MISC) code questions: answerable with
yes/no, or asking for a specific fact or a very restricted range of answers. English marks
a yes/no question by its form, and a fact question by its wh-phrase, so the rules follow
the form:

1. A prompt is split into sentences, and each sentence into clauses at commas,
   semicolons and dashes. Leading discourse words ("so", "and", "now") are skipped.
2. A clause *opens* a question when it starts with
   - a wh-word followed by an auxiliary, by nothing, or by anything that is not a
     subject ("What helps?", "How so?", "What's next?"), or a preposition plus a
     wh-word ("In what ways...", "To what extent...")  -> open, unless the wh-phrase
     asks for a fact (facts.py): how many/much/often/long/old/far/soon, what time/age/
     day/year, when about a past or fixed time, where about a real place, who, which,
     "what is your <attribute>", "at what point", "with whom"  -> closed;
   - an auxiliary, modal or copula (do, is, have, can, would, isn't...) followed by
     its subject: inversion ("Do you...", "Is it...", tag "..., isn't it?") -> closed,
     except a request to tell: a modal + "you" + a verb of telling ("Could you tell
     me about...", "Would you describe...", "Can you walk me through...") -> open,
     unless what is asked is a yes/no matter ("...tell me whether/if...",
     "Would you describe yourself as...", "Would you say (that) you...") or a fact
     ("Could you tell me how much you spend?") -> closed.
3. A clause led by a subordinator or a lead-in ("When you drink, ...", "If you
   could..., ...", "Thinking about last week ...") is passed over; its main clause
   decides, even without a comma.
4. A sentence ending in "?" with no question opening is a declarative question
   ("You drink every night?", "Anything else?", "..., right?") -> closed, unless
   it is an invitation ("Tell me about...", "I wonder what...") or an echo asking for
   more ("You felt what?", "Such as?") -> open. An echo asking for a fact ("You started
   when?", "For how long?") is closed.
5. Imperative invitations and "I wonder/I was wondering/I'm curious/I'd like to hear"
   count as open, unless they ask for a fact ("Tell me how often...") or a yes/no
   matter ("Tell me if it hurts.", "I wondered if we could...").
6. A rating ("On a scale of 0 to 10, how...", "..., out of ten?") asks for a number:
   closed. ("How important is it, from 0 to 10?" is how built-in scale prompts ask; it
   is left open, and the lint does not check scale prompts.)
7. A sentence is open if a later part is open ("Which one matters most, and why?");
   across sentences the last question or invitation decides, as it does for the person
   answering: "Was today hard? Write about what made it hard." invites a story, so it is
   open; "What happened? Was it hard?" ends on a yes/no, so it is closed.
8. Spoken forms are read as said: restarts ("Wh-what", "to-to-to") are taken once, a
   start broken off by a dash gives way to the new start ("I want- I wanted to ask..."),
   fillers ("I mean", "you know") and acknowledgements ("Yeah so what happened?",
   "Mm-hmm so...", "I see so...") passed over, "I'm wondering, have you...?" is decided
   by the question after the lead-in, a proposal ("Why don't we...?", "How about if
   I...?") is closed, and a question joined on mid-sentence ("...and how's that going?")
   or an ellipsis asking for ideas ("Any thoughts on what might help?") is read as asked.
   A wh-word leads a statement, not a question, without "?" and without question word
   order ("What we talk about stays here.").

These rules were calibrated on real therapist questions (AnnoMI, tuned on transcripts
kept apart from the ones the README reports; see tests/eval/eval_closed_questions.py).

Permission questions ("Would you like to talk about...?", "Can we...?") are closed.
How + a word of degree ("How important...", "How much does it matter...") is open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from mi_journal.packs.facts import QUANTITY, asks_a_rating, fact_form, prepositional_fact_form

Verdict = Literal["open", "closed", "none"]

WH = frozenset(
    {"what", "why", "how", "when", "where", "who", "whom", "whose", "which", "whatever",
     "wherever", "whereabouts"}
)
AUX = frozenset(
    {
        "am", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't",
        "haven't", "hasn't", "hadn't", "can't", "cannot", "couldn't", "won't",
        "wouldn't", "shan't", "shouldn't", "mightn't", "mustn't", "ain't", "'s", "'re",
        "'d", "'ve", "'ll", "'m",
    }
)
MODALS_OF_REQUEST = frozenset({"can", "could", "would", "will", "won't", "wouldn't", "might"})
PERSONAL = frozenset(
    {"you", "i", "we", "they", "he", "she", "it", "there", "that", "this", "these",
     "those", "y'all", "ya"}
)
SUBJECT_LIKE = PERSONAL | frozenset(
    {
        "your", "my", "our", "their", "his", "her", "its", "the", "a", "an", "some",
        "people", "someone", "somebody", "something", "anyone", "anybody", "anything",
        "everyone", "everybody", "everything", "nobody", "nothing", "things", "me",
        "us", "them", "him", "other", "others", "most", "all", "many",
    }
)
# Verbs of telling after "Could you / Would you / Can you ...", each with the words that
# may follow it for the request to be an invitation to tell (None: anything).
# "Could you tell me about..." invites a story; "Could you tell your wife?",
# "Could you give up?", "Could you walk to work?" are yes/no questions.
_ME = frozenset({"me", "us"})
TELLING: dict[str, frozenset[str] | None] = {
    "tell": _ME | {"more", "a", "about"},
    "say": WH | {"more", "something", "a", "anything", "about", "in", "what", "how"},
    "talk": _ME | {"about", "a", "more", "through", "to", "with", "it"},
    "speak": _ME | {"about", "a", "more", "to", "with"},
    "walk": _ME,
    "take": _ME,
    "run": _ME,
    "fill": _ME,
    "give": _ME | {"an", "a", "some", "examples", "more", "one", "two", "three"},
    "help": _ME,
    "go": frozenset({"into", "through", "over", "on"}),
    "put": None,
    "describe": None, "explain": None, "share": None, "list": None, "name": None,
    "elaborate": None, "expand": None, "outline": None, "paint": None, "clarify": None,
    "write": None, "sum": None, "summarize": None, "summarise": None, "recount": None,
    "unpack": None, "identify": None, "mention": None, "spell": None,
}
TELLING_ING = {
    "telling": "tell", "describing": "describe", "explaining": "explain", "saying": "say",
    "sharing": "share", "talking": "talk", "walking": "walk", "taking": "take",
    "giving": "give", "filling": "fill", "listing": "list", "naming": "name", "writing": "write",
    "going": "go", "speaking": "speak",
}
INVITING_IMPERATIVES = frozenset(
    {
        "tell", "describe", "explain", "say", "share", "talk", "walk", "give", "list",
        "name", "write", "elaborate", "expand", "outline", "paint", "jot", "note",
        "help", "fill", "sum", "summarize", "summarise", "reflect", "explore",
        "complete", "finish", "capture", "record", "put", "go",
    }
)
# Set-up imperatives ("Think about last week.") frame a question; they ask nothing.
# "I'm just kind of wondering", "I was wondering", "I'm really interested": spoken hedges.
_HEDGE = r"(?:(?:just|really|kind\s+of|sort\s+of|also|still)\s+)*"
WONDERING = re.compile(
    r"^(?:i\s*" + _HEDGE + r"(?:wonder(?:ed)?|was\s+" + _HEDGE + r"wondering|(?:am|'m)\s+"
    + _HEDGE + r"(?:wondering|curious|interested)"
    r"|(?:want|wanted)\s+to\s+(?:simply\s+|just\s+)?ask\s+you"
    r"|(?:would|'d)\s+(?:like|love)\s+to\s+(?:know|hear|understand|learn|ask|find\s+out)"
    r"|want\s+to\s+(?:know|hear|understand))"
    r"|let\s+me\s+know|help\s+me\s+(?:understand|see|get))\b"
)
SUBORDINATORS = frozenset(
    {
        "if", "when", "whenever", "while", "after", "before", "once", "since", "as",
        "because", "although", "though", "unless", "until", "whether", "given",
        "considering", "thinking", "looking", "compared", "now", "in", "on", "at",
        "during", "over", "for", "with", "from", "by", "of", "to", "between",
        "within", "without",
    }
)
PREPOSITIONS = frozenset(
    {"in", "to", "at", "with", "for", "from", "on", "by", "of", "under", "about", "into"}
)
DISCOURSE = frozenset(
    {
        "so", "and", "but", "or", "now", "then", "well", "okay", "ok", "alright",
        "also", "just", "honestly", "really", "anyway", "again", "plus", "oh", "hmm",
        "um", "uh", "and so", "actually", "still", "finally", "first", "next",
        "lastly", "today", "please", "right",
        # spoken acknowledgements and fillers before a question, often without a comma:
        # "Yeah so what happened?", "Mm-hmm so what helps?", "Gotcha so what now?"
        "yeah", "yes", "yep", "mm", "mmm", "hm", "huh", "mhm", "mkay", "ah", "er",
        "erm", "sure", "good", "great", "cool", "gotcha", "wow", "no",
    }
)
ECHO_ENDINGS = frozenset({"such as", "for example", "for instance", "like", "and then"})
CONTINUATIONS = frozenset(
    {"and", "so", "then", "and then", "after that", "and after that", "and next", "go on",
     "and so", "anything more", "what then"}
)
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:\u2013\u2014]|\s-\s|\s--\s)\s*")
SENTENCE = re.compile(r"[^.?!\n]+(?:[.?!]+|$)")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|'[a-z]+")
CONTRACTIONS = ("'s", "'re", "'d", "'ve", "'ll", "'m")
STUTTER = re.compile(r"(?<![\w'])([\w']+)-+\s*(?=\1)", re.IGNORECASE)
# Spoken fillers of more than one word, passed over like DISCOURSE words.
DISCOURSE_PHRASES = (
    ("i", "mean"), ("you", "know"), ("i", "guess"), ("let", "me", "ask", "you", "this"),
    ("let", "me", "ask", "you", "something"), ("let", "me", "ask", "you"), ("kind", "of"),
    ("sort", "of"), ("and", "so"), ("all", "right"), ("i", "see"),
)
# A start broken off by a dash and begun again ("I want- I wanted to ask you",
# "So what stopped you over the last-- How long have you been out?"): the words before
# the dash, back to the last punctuation, were abandoned. Only a new start counts: a
# capital, a wh-word, an auxiliary, a pronoun or a filler after the dash.
RESTART = re.compile(
    r"(^|[,;:.?!]\s*)[^,;:.?!]*?[\w']-{1,2}\s+(?=(?:[A-Z]|(?:"
    + "|".join(sorted({*WH, *AUX, "um", "uh", "so", "and", "but"} - set(CONTRACTIONS)))
    + r")\b))"
)
OR_NOT = re.compile(r"\bor\s+not\s*\??\s*$")


@dataclass(frozen=True)
class Reading:
    verdict: Verdict
    form: str


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"\{\{|\}\}", " ", text)
    text = re.sub(r"\{[^{}]*\}", "it", text)  # a placeholder reads like a noun phrase
    text = re.sub(r"\b(e\.g|i\.e|etc|dr|mr|mrs|ms|vs)\.", r"\1", text, flags=re.IGNORECASE)
    text = STUTTER.sub("", text)  # spoken restarts: "Wh-what", "to-to-to", "en- enjoy"
    text = RESTART.sub(r"\1", text)  # "I want- I wanted to ask...", "What if- uh, can I..."
    text = text.lstrip("-\u2013\u2014 ")  # an utterance that begins mid-sentence
    return " ".join(text.split())


def _tokens(clause: str) -> list[str]:
    words: list[str] = []
    for word in WORD.findall(clause.lower()):
        for suffix in CONTRACTIONS:
            if word.endswith(suffix) and len(word) > len(suffix):
                stem = word[: -len(suffix)]
                words.extend([stem, suffix])
                break
        else:
            words.append(word)
    return words


def _strip_discourse(words: list[str]) -> list[str]:
    index = 0
    while index < len(words) - 1:
        if words[index] in DISCOURSE:
            index += 1
            continue
        phrase = next(
            (p for p in DISCOURSE_PHRASES if tuple(words[index:index + len(p)]) == p), None
        )
        if phrase is None or index + len(phrase) >= len(words):
            break
        index += len(phrase)
    return words[index:]


def _is_wh_question(words: list[str], later_clauses: bool) -> bool:
    """`words[0]` is a wh-word: is this a wh-question rather than a subordinate clause?"""
    if len(words) == 1:
        return True
    following = words[1]
    if following in AUX or following in ("else", "about", "if", "come", "so", "exactly"):
        return True
    if words[0] == "how" and following in QUANTITY:
        return True
    if following in SUBJECT_LIKE:
        # "When you drink, ..." / "What you said ..." lead into the main clause,
        # unless nothing else follows ("How you doing?").
        return not (later_clauses or _inversion_at(words, 2) is not None)
    return True


def _inversion_at(words: list[str], start: int) -> int | None:
    """Index of an auxiliary directly before a personal subject, from `start` on."""
    for index in range(start, len(words) - 1):
        if words[index] in AUX and words[index + 1] in PERSONAL | {"not", "n't"}:
            before = words[index - 1] if index else ""
            if before in PERSONAL or before in ("to", "not") or before in AUX:
                continue
            return index
    return None


def _wh_with_aux_at(words: list[str], start: int) -> int | None:
    for index in range(start, len(words) - 1):
        if words[index] in WH and words[index + 1] in AUX:
            return index
    return None


def _telling_request(words: list[str]) -> Verdict | None:
    """`words` start with an auxiliary: "Could you tell me about..." is an invitation."""
    if len(words) < 3 or words[0] not in MODALS_OF_REQUEST | {"do"} or words[1] != "you":
        return None
    rest = words[2:]
    if rest[:1] == ["please"]:
        rest = rest[1:]
    if rest[:1] == ["mind"]:
        rest = rest[1:]
    elif rest[:3] == ["be", "willing", "to"] or rest[:3] == ["be", "able", "to"]:
        rest = rest[3:]
    elif words[0] == "do":
        return None
    if not rest:
        return None
    verb = TELLING_ING.get(rest[0], rest[0])
    if verb not in TELLING:
        return None
    after = rest[1:]
    allowed = TELLING[verb]
    if allowed is not None and (not after or after[0] not in allowed):
        return "closed" if verb == "say" else None
    if verb == "talk" and after[:1] in (["to"], ["with"]) and after[1:2] not in (["me"], ["us"]):
        return None
    if verb == "help" and (len(after) < 2 or after[1] not in ("understand", "see", "get")):
        return None
    if verb == "put" and "words" not in after[:5]:
        return None
    window = after[:4]
    if "whether" in window or "if" in window:
        return "closed"
    if verb == "describe" and "as" in after:
        return "closed"
    if verb == "tell" and after[:2] in (["me", "that"], ["us", "that"]):
        return "closed"
    return "open"


def _wh_reading(words: list[str]) -> Reading:
    """A wh-question is open unless it asks for one fact or a pick from a small set."""
    fact = fact_form(words)
    return Reading("closed", fact) if fact else Reading("open", "wh-question")


def _asked_fact(words: list[str]) -> str | None:
    """The fact a request or an "I wonder" asks for: "Could you tell me how much you spend?".

    Only a wh-word right after the telling verb, "me"/"us" or "a sense of" counts: in
    "Name one person who could help" the wh-word starts a relative clause.
    """
    for index, word in enumerate(words[:8]):
        if word not in WH:
            continue
        before = words[index - 1] if index else ""
        if (
            not index
            or before in ("me", "us")
            or before in TELLING
            or before in TELLING_ING
            or words[max(0, index - 2):index] in (["sense", "of"], ["idea", "of"])
        ):
            return fact_form(words[index:])
        return None
    return None


def _proposal(words: list[str]) -> bool:
    """ "Why don't we meet again?", "How about if I call you?": a yes/no offer.

    "How about if you tell me...?" is a request to tell, not an offer.
    """
    if words[:2] in (["why", "don't"], ["why", "not"]) and words[2:3] in (["we"], ["i"]):
        return True
    if words[2:4] == ["if", "you"] and words[4:5] and (
        TELLING_ING.get(words[4], words[4]) in TELLING
    ):
        return False
    return words[:2] in (["how", "about"], ["what", "about"]) and words[2:3] in (
        ["if"], ["we"], ["i"]
    )


def _clause_opening(words: list[str], later_clauses: bool) -> Reading | None:
    """What kind of question this clause opens, if any."""
    words = _strip_discourse(words)
    if not words:
        return None
    first = words[0]
    if _proposal(words):
        return Reading("closed", "proposal")
    if first in WH:
        if _is_wh_question(words, later_clauses):
            return _wh_reading(words)
        return None
    if first in PREPOSITIONS and len(words) > 1 and (
        words[1] in WH or (len(words) > 2 and words[2] in WH and words[1] in ("a", "the"))
    ):
        fact = prepositional_fact_form(words)
        return Reading("closed", fact) if fact else Reading("open", "wh-question")
    if first in ("how", "what") and words[1:2] == ["about"]:
        return Reading("open", "wh-question")
    if first in AUX and first not in CONTRACTIONS and len(words) > 1:
        request = _telling_request(words)
        if request == "open":
            fact = _asked_fact(words[2:])
            return Reading("closed", fact) if fact else Reading("open", "request to tell")
        if request == "closed":
            return Reading("closed", "yes/no request")
        if first == "do" and words[1] in INVITING_IMPERATIVES:
            return Reading("open", "invitation")  # emphatic imperative: "Do tell me."
        return Reading("closed", "inversion")
    return None


def _embedded_opening(words: list[str]) -> Reading | None:
    """After a lead-in without a comma: "If you had a wand what would you change?"."""
    words = _strip_discourse(words)
    if len(words) < 3 or not (
        words[0] in SUBORDINATORS or words[0].endswith("ing")
    ):
        return None
    wh_at = _wh_with_aux_at(words, 2)
    inv_at = _inversion_at(words, 2)
    if wh_at is not None and (inv_at is None or wh_at < inv_at):
        return _wh_reading(words[wh_at:])
    if inv_at is not None:
        return Reading("closed", "inversion")
    return None


def _asks_whether(words: list[str]) -> bool:
    """ "(tell) me if it hurts", "(let me know) whether...": the matter asked is yes or no."""
    if words[:1] in (["me"], ["us"]):
        words = words[1:]
    return words[:1] in (["if"], ["whether"])


def _is_invitation(words: list[str]) -> Reading | None:
    """ "Tell me about...", "I wonder what...": open, unless a yes/no or a fact is asked."""
    words = _strip_discourse(words)
    if not words:
        return None
    joined = " ".join(words).replace(" '", "'")
    match = WONDERING.match(joined)
    if match:
        rest = joined[match.end():].split()
        if not rest:
            return None  # "I'm wondering, have you...?": the next clause asks
        if rest[:1] in (["if"], ["whether"]):
            return Reading("closed", "yes/no request")
        fact = _asked_fact(_tokens(" ".join(rest)))
        return Reading("closed", fact) if fact else Reading("open", "invitation")
    if words[0] in INVITING_IMPERATIVES:
        if _asks_whether(words[1:]):
            return Reading("closed", "yes/no request")  # "Tell me if it hurts."
        fact = _asked_fact(words[1:])
        return Reading("closed", fact) if fact else Reading("open", "invitation")
    return None


def _clear_inversion(words: list[str]) -> bool:
    words = _strip_discourse(words)
    return len(words) > 1 and words[1] in PERSONAL


def _split_sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE.findall(text) if part.strip(" .?!")]


def _topic_only(words: list[str]) -> bool:
    """ "What about your family, ..." names a topic; the clause after it asks."""
    return _strip_discourse(words)[:2] in (["what", "about"], ["how", "about"])


FACT_FORMS = frozenset(
    {"amount question", "time question", "place question", "person question",
     "choice question", "attribute question", "rating question"}
)
FACT_ECHO = frozenset({"when", "where", "who", "whom", "which"})


def _question_order(words: list[str]) -> bool:
    words = _strip_discourse(words)
    return len(words) > 2 and (words[1] in AUX or words[1] in QUANTITY or words[2] in AUX)


def _wh_order(words: list[str]) -> bool:
    words = _strip_discourse(words)
    if len(words) < 2 or words[1] in AUX or words[1] == "about":
        return True
    return len(words) > 2 and words[1] not in SUBJECT_LIKE and words[2] in AUX


def _first_reading(clause_words: list[list[str]], asks: bool) -> tuple[int, Reading] | None:
    """The first clause that asks or invites something, with its index."""
    for index, words in enumerate(clause_words):
        later = index < len(clause_words) - 1
        opening = _clause_opening(words, later)
        if opening is not None:
            # Without "?", only a clear inversion ("Do you drink every day") asks.
            # A fact question needs question word order: "How many do you have" asks,
            # "Where you live matters." does not.
            if not asks and opening.verdict == "closed":
                fact = opening.form in FACT_FORMS
                if not (_question_order(words) if fact else _clear_inversion(words)):
                    continue
            # ...and a wh-word leads a statement unless the word order asks:
            # "What we talk about stays here." / "What I can do is listen."
            if not asks and opening.form == "wh-question" and not _wh_order(words):
                continue
            if later and _topic_only(words):
                rest = clause_words[index + 1]
                following = _clause_opening(rest, index + 1 < len(clause_words) - 1)
                if following is not None:
                    return index + 1, following
            return index, opening
        embedded = _embedded_opening(words)
        if embedded is not None:
            return index, embedded
        invitation = _is_invitation(words)
        if invitation is not None:
            return index, invitation
    return None


def _echo_reading(clause_words: list[list[str]]) -> Reading | None:
    """ "You started when?" asks for a time; "You felt what?", "Such as?" ask for more.

    Only the end of the sentence echoes: in "And then it sounds like, um, your drinking
    has increased?" the "and then" and "like" of a lead-in ask nothing. A last clause of
    one word ("..., exactly?", "..., then?") leaves the clause before it to decide.
    """
    ending = clause_words[-2:] if len(clause_words[-1]) == 1 else clause_words[-1:]
    for words in ending:
        tail = " ".join(words[-2:])
        if words[-1] in FACT_ECHO or (words[-2:-1] == ["how"] and words[-1] in QUANTITY):
            return Reading("closed", "time question" if words[-1] == "when" else "fact echo")
        if words[-1] in WH or tail in ECHO_ENDINGS or words[-1] in ECHO_ENDINGS:
            return Reading("open", "echo question")
    return None


JOINING = frozenset({"and", "but", "or", "so"})
# "I don't know what you think about that?", "...a bit about you and what brought you in?"
EMBEDDING = frozenset({"know", "about", "and", "hear", "understand", "share", "sharing", "is"})
ANY_IDEAS = re.compile(
    r"^any\s+(?:other\s+|more\s+)?(?:thoughts?|ideas?)\s+(?:on|about|of|as\s+to)\s+"
    r"(?:what|how|why|where)\b"
)


def _joined_question(clause_words: list[list[str]]) -> Reading | None:
    """A question joined on mid-clause: "...the tai chi and how's that going?";
    or an ellipsis asking for ideas: "Any thoughts on what might help?"."""
    for words in clause_words:
        if ANY_IDEAS.match(" ".join(_strip_discourse(words))):
            return Reading("open", "ellipsis asking for ideas")
        for index in range(1, len(words) - 1):
            if words[index - 1] in JOINING and words[index] in WH and words[index + 1] in AUX:
                return _wh_reading(words[index:])
            if (
                words[index] in ("what", "how")
                and words[index - 1] in EMBEDDING
                and words[index + 1] != "to"
            ):
                fact = fact_form(words[index:])
                return Reading("closed", fact) if fact else Reading("open", "embedded question")
    return None


def read_sentence(sentence: str) -> Reading:
    sentence = sentence.strip().rstrip("\"')]\u201d\u00bb").lstrip("\"'(\u201c\u00ab")
    asks = sentence.rstrip().endswith("?")
    clauses = [c for c in CLAUSE_BREAK.split(sentence.strip(" .?!")) if c.strip()]
    clause_words = [_tokens(clause) for clause in clauses]
    clause_words = [words for words in clause_words if words]
    if not clause_words:
        return Reading("none", "empty")
    found = _first_reading(clause_words, asks)
    if found is not None:
        index, reading = found
        if reading.verdict == "open" and reading.form == "wh-question" and asks_a_rating(
            sentence
        ):
            reading = Reading("closed", "rating question")
        if reading.verdict == "closed":
            # "Which one concerns you most, and why?": an open part makes it open.
            more = _first_reading(clause_words[index + 1:], asks)
            if more is not None and more[1].verdict == "open":
                return more[1]
        return reading
    if not asks:
        return Reading("none", "statement")
    joined_on = _joined_question(clause_words)
    if joined_on is not None:
        return joined_on
    echo = _echo_reading(clause_words)
    if echo is not None:
        return echo
    if " ".join(clause_words[0]) in CONTINUATIONS and len(clause_words) == 1:
        return Reading("open", "continuation")
    if OR_NOT.search(sentence.lower()):
        return Reading("closed", "or-not question")
    return Reading("closed", "declarative question")


def read_prompt(text: str) -> Reading:
    """The prompt as a whole: its last question or invitation decides.

    The last thing asked is what a person answers: "Was today hard? Write about what
    made it hard." invites a story; "What happened? Was it hard?" ends on a yes/no.
    """
    readings = [read_sentence(s) for s in _split_sentences(_normalise(text))]
    asked = [reading for reading in readings if reading.verdict != "none"]
    return asked[-1] if asked else Reading("none", "statement")


def is_closed_question(text: str) -> bool:
    return read_prompt(text).verdict == "closed"

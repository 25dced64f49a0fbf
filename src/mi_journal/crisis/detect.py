"""The one crisis detector: is this text a reason to show the help lines?

Not a clinical screen: a reason to show the crisis lines gently, kept simple,
fast and explainable. Every place a person writes calls it (see README,
"Crisis wording"). Nothing is stored or logged; the text is only read.

How a text is read:
1. Titles of songs, films and books are set aside when a word such as
   "listening to", "watched" or "came on" marks them ("Listening to Suicide Is
   Painless"), in quotes or in Title Case.
2. Normalised: lower case, straight apostrophes, contractions written out
   ("i'd" -> "i would", "dont" -> "do not"), letters repeated for emphasis
   squeezed ("dieeee"), digits inside words read as letters ("k1ll"), slang
   written plainly ("od'd" -> "overdosed", "b" -> "be"), and the key words
   mended when misspelt by one letter (two for long ones: "sucidal",
   "myslef"). The edit distance runs only against the key words, never every
   word, and a real word near one ("willing", "putting") is left alone.
3. Each category has its own phrases (`crisis_words.py`): suicide (direct and
   indirect: no point, better off without me, a burden, goodbye letters,
   giving things away, a rope, a bridge, a gun, pills), self-harm, overdose
   (intended or happened), and another person at risk. Past tense counts.
4. A guard list clears idioms and everyday speech ("take my life back", "end
   this chapter", "killing it at work", "dead tired", "this traffic is killing
   me", "cutting myself a slice"): a phrase inside a guard match is not counted.
5. Negation: a phrase directly negated ("I'm not suicidal", "I would never
   hurt myself", "no thoughts of suicide") does not show the lines, but it
   still *touches* crisis (`touches_crisis`), so it is never labelled or quoted
   as change talk. "I don't want to live" is itself a crisis phrase, and a
   negation whose reach ends first ("I can't stop thinking about ...", "not
   sure I want to live") negates nothing.
6. Whose: the phrase's own words ("herself", "without me") or the nearest
   subject before it in its clause ("my friend ... she", "I") decide whether it
   is about the person or about someone else (category other_person; an
   overdose of someone else is also marked overdose).
7. When no rule found wording that shows the lines, the statistical part
   (`crisis_model.py`) reads the text two sentences (or clauses) at a time, and
   each sentence alone (`model_windows`), as words and concepts, and may find
   crisis wording no rule names. It never reads
   words the rules read as negated, and a window it would flag is read again
   without the guard list's matches. Its finding has a category and names the
   words that decided (`model p=0.91 (...)`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import pairwise

from mi_journal.crisis import model as crisis_model
from mi_journal.crisis import words

# One list of categories: the model's weight tables are stored in this order.
CATEGORIES = crisis_model.CATEGORIES
SUICIDE, SELF_HARM, OVERDOSE, OTHER_PERSON = CATEGORIES
_MAX_CHARS = 200_000  # longer texts are read in overlapping pieces of this size
_CACHED_CHARS = 2_000


class _Lazy:
    """A pattern compiled on first use: most texts never need most of them, and a
    quick note should not wait for patterns it does not use."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text)


_Trie = dict[str, "_Trie"]


def _literal_trie(strings: Iterable[str]) -> str:
    """A pattern that finds a text holding any of `strings` (plain substrings), as a
    tree of their letters: Python's re then reads each position of a text once instead
    of trying every string there (fourteen times faster than testing each string with
    `in`). A string that another one begins with ends the tree there: a text holding the
    longer one holds the shorter one too."""
    from mi_journal.core.lettertree import letter_tree

    tree = letter_tree(strings)

    def source(node: _Trie) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return source(tree)


class CrisisFinding:
    """Why a text is a reason to show the help lines: its categories, in the order
    of CATEGORIES, and the phrases (normalised) that decided."""

    __slots__ = ("categories", "kept_for_later", "phrases")

    def __init__(self, categories: tuple[str, ...], phrases: tuple[str, ...],
                 kept_for_later: bool = False) -> None:
        self.categories = categories
        self.phrases = phrases
        # Overdose wording that is only of medicines kept for later, nothing taken
        # (`crisis.respond.only_kept_for_later`): the reply leads with the suicide lines.
        self.kept_for_later = kept_for_later and OVERDOSE in categories

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CrisisFinding) and (
            (self.categories, self.phrases, self.kept_for_later)
            == (other.categories, other.phrases, other.kept_for_later))

    def __hash__(self) -> int:
        return hash((self.categories, self.phrases, self.kept_for_later))

    def __repr__(self) -> str:
        kept = ", kept_for_later=True" if self.kept_for_later else ""
        return (f"CrisisFinding(categories={self.categories!r}, phrases={self.phrases!r}"
                f"{kept})")

    @property
    def about_someone_else(self) -> bool:
        return OTHER_PERSON in self.categories

    @property
    def overdose(self) -> bool:
        return OVERDOSE in self.categories


# ---------------------------------------------------------------- titles

_MEDIA_BEFORE = _Lazy(
    r"\b(?:listen(?:ing|ed)? to|watch(?:ing|ed)?|re-?watch(?:ing|ed)?|read(?:ing)?|"
    r"re-?read(?:ing)?|saw|seen|see|play(?:ing|ed)?|heard|hear(?:ing)?|sang|sing(?:ing)?|song|songs|track|album|"
    r"film|movie|show|series|book|novel|poem|episode|documentary|lyrics?|quote|called|titled|"
    r"named|finished|started|hum(?:ming|med)?)"
    r"(?: (?:the|a|an|to|that|this|my favourite|my favorite|again))*\s*$",
    re.IGNORECASE,
)
# For a Title Case run without quotes only the clearest words count.
_MEDIA_BEFORE_STRONG = _Lazy(
    r"\b(?:listen(?:ing|ed)? to|watch(?:ing|ed)?|re-?watch(?:ing|ed)?|read(?:ing)?|"
    r"song|songs|track|album|film|movie|book|novel|episode|documentary|lyrics?|titled|"
    r"(?:is|was|are|were) called|(?:is|was|are|were) named)"
    r"(?: (?:the|a|an|to|that|this|my favourite|my favorite|again))*\s*$",
    re.IGNORECASE,
)
_MEDIA_AFTER = _Lazy(
    r"^\s*(?:came on|comes on|is playing|was playing|on the radio|on repeat|by [A-Z]|is stuck|"
    r"was stuck|stuck in my head|is my fav|lyrics|soundtrack)",
)
# Any of the words above, on lower-cased text: most texts have none, and skip the rest.
_MEDIA_ANY = _Lazy(
    r"\b(?:listen|watch|re-?watch|read|re-?read|saw|seen|see|play|heard|hear|sang|sing|"
    r"song|track|album|film|movie|show|series|book|novel|poem|episode|documentary|lyric|quote|"
    r"called|titled|named|finished|started|hum|came on|comes on|radio|repeat|by|stuck|"
    r"soundtrack|fav)"
)
_QUOTED = _Lazy(
    r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e\n]{1,100})[\"\u201d]"
    r"|(?:(?<=\s)|^)['\u2018]([A-Za-z][^'\u2018\u2019\n]{0,100})['\u2019](?=[\s.,!?;:]|$)"
)
_TITLE_RUN = _Lazy(
    r"(?<![\w'])((?:[A-Z0-9][\w'\u2019-]*)(?: (?:(?:is|of|the|a|an|in|on|and|to|for|with|at|"
    r"by|from|me|my|it|you|your|we|no|not|so|or|[A-Z0-9][\w'\u2019-]*)))*)"
)
_SMALL_WORDS = frozenset({
    "is", "of", "the", "a", "an", "in", "on", "and", "to", "for", "with", "at", "by", "from",
    "me", "my", "it", "you", "your", "we", "no", "not", "so", "or",
})


def _title_run_end(text: str, start: int) -> int:
    """End of the Title Case run at `start` (trailing small words dropped), or `start`."""
    found = _TITLE_RUN.match(text, start)
    if not found:
        return start
    parts = found.group(1).split(" ")
    while parts and parts[-1].lower() in _SMALL_WORDS and not parts[-1][:1].isupper():
        parts.pop()
    if not parts or parts[0] in ("I", "I'm", "Im", "I\u2019m"):
        return start
    return start + len(" ".join(parts))


def _mask_titles(text: str) -> str:
    """Titles marked by a media word, replaced by the word "title"."""
    if _MEDIA_ANY.search(text.lower()) is None:
        return text
    spans: list[tuple[int, int]] = []
    for found in _QUOTED.finditer(text):
        before, after = text[max(0, found.start() - 40):found.start()], text[found.end():]
        if _MEDIA_BEFORE.search(before) or _MEDIA_AFTER.match(after):
            spans.append(found.span())
    for found in re.finditer(r"(?<![\w'])[A-Z0-9]", text):
        start = found.start()
        if any(a <= start < b for a, b in spans):
            continue
        end = _title_run_end(text, start)
        if end == start:
            continue
        before, after = text[max(0, start - 40):start], text[end:]
        capitals = sum(1 for w in text[start:end].split() if w[:1].isupper() or w[:1].isdigit())
        # A media word before the run (which is never at the start: `before` is then
        # empty), or two capitals and a media word after it.
        if _MEDIA_BEFORE_STRONG.search(before) or (capitals >= 2 and _MEDIA_AFTER.match(after)):
            spans.append((start, end))
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out += [text[last:start], " title "]
        last = end
    out.append(text[last:])
    return "".join(out)


# ---------------------------------------------------------------- normalising

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
                              "\u02bc": "'", "\u2032": "'", "\uff07": "'"})
_TOKEN = re.compile(r"[a-z0-9@$']+|[.!?;:,]")
_OD = (
    (_Lazy(r"\bo\.?d\.?(?:'d|'ed|ed)\b"), "overdosed"),
    (_Lazy(r"\bo\.?d\.?(?:'ing|ing)\b"), "overdosing"),
    (_Lazy(r"\bo\.d\.?(?=\s|$)|\bod\b"), "overdose"),
)
_WORDS: dict[str, str] = {
    # contractions written without an apostrophe
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
    "cannot": "can not", "wont": "will not", "isnt": "is not", "wasnt": "was not",
    "werent": "were not", "arent": "are not", "couldnt": "could not", "wouldnt": "would not",
    "shouldnt": "should not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "aint": "am not", "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are",
    "theres": "there is", "thats": "that is", "whats": "what is", "shes": "she is",
    "hes": "he is", "itll": "it will", "ill": "ill", "idk": "i do not know",
    # spoken and texting forms
    "wanna": "want to", "wnna": "want to", "wana": "want to", "gonna": "going to",
    "gotta": "got to", "tryna": "trying to",
    "finna": "going to", "imma": "i am going to", "ima": "i am going to", "lemme": "let me",
    "dunno": "do not know", "cuz": "because", "coz": "because", "bc": "because",
    "u": "you", "ur": "your", "b": "be", "r": "are", "wud": "would", "wld": "would",
    "cud": "could", "shud": "should", "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tonite": "tonight", "2nite": "tonight", "nite": "night", "bout": "about", "abt": "about",
    "prolly": "probably", "thru": "through", "ded": "dead", "lyfe": "life", "lfie": "life",
    "selfharm": "self harm", "selfharming": "self harming", "selfharmed": "self harmed",
    "suicde": "suicide", "sucide": "suicide", "overdoesed": "overdosed",
    "overdosd": "overdosed", "ovrdose": "overdose", "unalive": "unalive",
    "myslf": "myself", "mysef": "myself", "meself": "myself", "maself": "myself",
    "kys": "kys", "offed": "offed", "killin": "killing", "cuttin": "cutting",
    "hurtin": "hurting", "dyin": "dying", "livin": "living", "endin": "ending",
    "wnat": "want", "dnt": "do not", "lfe": "life", "killmyself": "kill myself",
    "kilmyself": "kill myself", "killmyslef": "kill myself",
    "sh'd": "self harmed", "sh'ed": "self harmed", "pils": "pills",
    "wuld": "would", "woud": "would", "whould": "would", "wolud": "would", "wouldd": "would",
}
# Filler words dropped before the patterns read a text, so that "i hope i just do not wake
# up" or "i really wish i was dead" reads like the plain phrase. Only words that never
# change what a sentence says: not "never", "still", "so" or "seriously".
_FILLERS = frozenset({
    "just", "really", "honestly", "actually", "literally", "truly", "simply", "totally",
    "genuinely", "kinda", "sorta", "lowkey", "basically", "truthfully",
})
_IS_AFTER = frozenset({
    "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "everything",
    "nothing", "life", "everyone", "everybody", "nobody", "someone", "somebody", "this", "today",
    "tonight",
})
_NOT_FORMS = {"won't": "will not", "can't": "can not", "ain't": "am not", "shan't": "shall not"}
_ENDINGS = (("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'d", " would"),
            ("'m", " am"))
# Key words whose misspellings are mended, and real words near them that are left alone.
_FUZZY_KEYS = (
    "suicide", "suicidal", "suicides", "myself", "himself", "herself", "yourself",
    "themselves", "overdose", "overdosed", "overdosing", "overdoses", "unalive", "unaliving",
    "killing", "cutting", "harming", "hurting", "painkillers", "tablets",
    "diazepam", "lorazepam", "paracetamol", "tramadol", "fentanyl", "oxycodone",
)
_SQUEEZE_KEYS = (
    *_FUZZY_KEYS,
    "kill", "killed", "die", "died", "dying", "dead", "cut", "life", "live", "living", "pills",
    "wrists", "self", "harm", "hurt", "end", "ending", "alive", "wake", "noose", "rope",
    "burden", "goodbye", "want", "not", "never", "point",
)
_REAL_WORDS = frozenset({
    "willing", "filling", "billing", "milling", "tilling", "killings", "putting", "gutting",
    "jutting", "butting", "hunting", "hurling", "farming", "warming", "charming", "harping",
    "overdone", "overdue", "overdoes", "overdo", "mysql", "yourselves", "ourselves", "itself",
    "oneself", "cursing", "nursing", "tablet", "kitting", "knitting", "kidding", "cutling",
    "suicided", "hurtling", "harmony", "tablespoons", "painkiller", "overdoing", "overdid",
    "overdoings", "outdoing", "paracetamols",
})
_REPEATS = re.compile(r"(.)\1{2,}")
_LEET = str.maketrans({"1": "i", "3": "e", "4": "a", "0": "o", "5": "s", "7": "t", "@": "a",
                       "$": "s"})
# (needle, pattern, replacement): each pattern runs only on text holding its needle.
_JOIN = (
    ("se", _Lazy(r"\b(my|him|her|your|them|it|one) (self|selves|slef|sefl)\b"), r"\1\2"),
    ("slef", _Lazy(r"\bmy ?slef\b"), "myself"),
    ("selfs", _Lazy(r"\bthemselfs\b"), "themselves"),
    ("over", _Lazy(r"\bover ?(dos\w*|does)\b"), r"over\1"),
    ("overdoes", _Lazy(r"\boverdoes(?! it\b)"), "overdose"),
    ("self harm", _Lazy(r"\bself (?:harming|harmed|harms)\b"), "self harm"),
    ("slide", _Lazy(r"\bsewer ?slide\w*"), "suicide"),
    ("k m s", _Lazy(r"\bk m s\b"), "kms"),
    ("to di", _Lazy(r"\bto di\b"), "to die"),
    (" al", _Lazy(r"\b(took|take|taking|taken|swallowed|swallow) al\b"), r"\1 all"),
    ("to many", _Lazy(r"\b(took|take|taking|taken|swallowed) to many\b"), r"\1 too many"),
    (" too", _Lazy(r"\b(want|wanted|going|need|ready|have|trying|wish) too "), r"\1 to "),
    (" 2", _Lazy(r"\b(want|wanted|going|need|ready|have|trying|wish) 2 "), r"\1 to "),
    ("better of ", _Lazy(r"\bbetter of (?=without|dead|gone|if|not here|not around)"),
     "better off "),
    ("ye", _Lazy(r"\bdye(?=\s*(?:$|[.!?,;]|tonight|now|right now|today|already|soon|lol|"
                 r"and (?:be done|be gone|never|not|end|disappear)))"),
     "die"),
)
# Any needle of _JOIN. A text holding none is not changed by any of them, so none of
# them can put a needle in it either.
_JOIN_ANY = _Lazy(_literal_trie(needle for needle, _, _ in _JOIN))
_KMS_NUMBER = _Lazy(r"\b" + words.KMS_NUMBER + r" kms\b")
_KMS = _Lazy(r"\bkms\b")


def _squeezed(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


_SQUEEZED = {_squeezed(key): key for key in _SQUEEZE_KEYS}


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), or limit + 1 beyond it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]):
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def _word(token: str) -> str:
    """One token in its plain form: contractions, slang, repeats, misspelt key words."""
    if token in _WORDS:
        return _WORDS[token]
    if "'" in token:
        return _contraction(token)
    if any(ch.isdigit() or ch in "@$" for ch in token) and token[:1].isalpha():
        token = token.translate(_LEET)
    token = _REPEATS.sub(r"\1\1", token)
    if token in _WORDS:
        return _WORDS[token]
    if len(token) < 3 or token in _REAL_WORDS or token in _FUZZY_KEYS:
        return token
    squeezed = _SQUEEZED.get(_squeezed(token))
    if squeezed is not None:
        return squeezed
    if len(token) >= 5:
        for key in _FUZZY_KEYS:
            if key[0] != token[0]:
                continue
            limit = 2 if len(key) >= 8 else 1
            if _distance(token, key, limit) <= limit:
                return key
    return token


def _contraction(token: str) -> str:
    token = token.strip("'")
    if token in _NOT_FORMS:
        return _NOT_FORMS[token]
    if token.endswith("n't"):
        return token[:-3] + " not"
    if token.endswith("'s"):
        base = token[:-2]
        return f"{base} is" if base in _IS_AFTER else base
    for ending, plain in _ENDINGS:
        if token.endswith(ending):
            return token[: -len(ending)] + plain
    if token in ("od'd", "od'ed"):
        return "overdosed"
    return _word(token.replace("'", "")) if "'" in token else _word(token)


def normalise(text: str) -> str:
    """The text as the patterns read it (see the module's docstring, step 2)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    elif "`" in text:
        text = text.translate(_APOSTROPHES)
    text = _mask_titles(text).lower().replace("-", " ")
    if "od" in text or "o.d" in text:
        for pattern, plain in _OD:
            text = pattern.sub(plain, text)
    if "literally" in text:
        # "not literally" takes a wish back ("wanted to die, not literally"): kept there
        plains = list(map(_word, _TOKEN.findall(text)))
        out = " ".join(plain for index, plain in enumerate(plains)
                       if plain not in _FILLERS
                       or (plain == "literally" and index and plains[index - 1] == "not"))
    else:
        out = " ".join(plain for plain in map(_word, _TOKEN.findall(text))
                       if plain not in _FILLERS)
    if _JOIN_ANY.search(out) is not None:  # most texts hold no needle: none is tried
        for needle, pattern, joined in _JOIN:
            if needle in out:
                out = pattern.sub(joined, out)
    if "kms" in out:  # "gonna kms" is "kill myself"; "5 kms" is a distance
        out = _KMS.sub("kill myself", _KMS_NUMBER.sub("distance", out))
    return out


# ---------------------------------------------------------------- matching

def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of phrases. Every phrase starts at a word, so the word
    boundary is tested once, before the alternatives: three times faster than each
    phrase testing it (Python's re tries every alternative at every position). And the
    phrases are sorted by the letter they can begin with, each group behind a look-ahead
    for its letter, so at a word only the phrases that can begin there are tried (about
    a third faster again); a phrase whose first letter is not plain to see is tried
    everywhere, as before."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for phrase in phrases:
        body = phrase.removeprefix("\\b")
        letters = _first_letters(body)
        if letters is None:
            anywhere.append(body)
            continue
        for letter in letters:
            groups.setdefault(letter, []).append(body)
    branches = [_by_letter(sorted(groups.items()))] if groups else []
    branches += [f"(?:{body})" for body in anywhere]
    return re.compile(r"\b(?:" + "|".join(branches) + ")")


def _by_letter(groups: list[tuple[str, list[str]]]) -> str:
    """The letter groups as a tree: each half behind a look-ahead for its letters, so a
    word reaches its letter's group past a few look-aheads, not one per letter (a
    fifth to a third faster). At a word, the phrases tried and their order are those of
    its letter's group, as with one look-ahead per group."""
    if len(groups) <= 2:
        return "|".join(f"(?={re.escape(letter)})(?:" + "|".join(f"(?:{body})" for body in bodies)
                        + ")" for letter, bodies in groups)
    halves = groups[:len(groups) // 2], groups[len(groups) // 2:]
    return "|".join("(?=[" + "".join(re.escape(letter) for letter, _ in half) + "])(?:"
                    + _by_letter(half) + ")" for half in halves)


def _compile_plain(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The same pattern as `_compile` without the grouping: a quarter of its size, so four
    times quicker to compile and about twice as slow to read a text with. At a word
    beginning with a letter, `_compile` tries the phrases that can begin with it in
    their order, then those whose first letter is not plain to see; here every phrase is
    tried in the same order (those whose first letter is plain to see first), and those
    that cannot begin with that letter fail at once: the same phrase matches, the same
    way, at every position."""
    lettered: list[str] = []
    anywhere: list[str] = []
    for phrase in phrases:
        body = phrase.removeprefix("\\b")
        (anywhere if _first_letters(body) is None else lettered).append(f"(?:{body})")
    return re.compile(r"\b(?:" + "|".join(lettered + anywhere) + ")")


def _first_letters(source: str) -> frozenset[str] | None:
    """The characters a match of the pattern `source` can begin with, when that is plain
    to see: a letter or digit, or a group of alternatives that each begin so; else None
    (a class, an escape, an anchor, a look-around, or a group that may match nothing)."""
    if not source:
        return None
    if source[0].isalnum() or source[0] == " ":
        return frozenset(source[0])
    if not source.startswith("(?:"):
        return None
    end = _group_end(source)
    if end is None or source[end + 1:end + 2] in ("?", "*", "{"):
        return None
    letters: set[str] = set()
    for branch in _branches(source[3:end]):
        found = _first_letters(branch)
        if found is None:
            return None
        letters |= found
    return frozenset(letters)


def _scan(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern's source that is neither escaped nor inside a "[...]"
    class, with its index and the group depth once it is read."""
    depth, index, in_class = 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def _group_end(source: str) -> int | None:
    """Index of the ")" that closes the group opening `source`."""
    for index, char, depth in _scan(source):
        if char == ")" and depth == 0:
            return index
    return None


def _branches(source: str) -> list[str]:
    """`source` split at its top-level "|"."""
    out, start = [], 0
    for index, char, depth in _scan(source):
        if char == "|" and depth == 0:
            out.append(source[start:index])
            start = index + 1
    out.append(source[start:])
    return out


_LISTS: dict[str, tuple[str, ...]] = {
    SUICIDE: words.SUICIDE, SELF_HARM: words.SELF_HARM, OVERDOSE: words.OVERDOSE,
    "guards": words.GUARDS,
}


# Reads of a list after which its grouped form is compiled: until then the plain form,
# quick to compile, reads the few texts a short command or an ordinary journal needs;
# a long run (an import, `mij reflect tag` on many crisis texts) soon pays for the
# grouped one, which reads each text faster.
_GROUP_AFTER = 2_000


class _Compiled:
    """A phrase list's pattern in the form that costs least for the reads so far."""

    __slots__ = ("_grouped", "_plain", "phrases", "reads")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.phrases, self.reads = phrases, 0
        self._plain: re.Pattern[str] | None = None
        self._grouped: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str]:
        if self._grouped is not None:
            return self._grouped
        self.reads += 1
        if self.reads > _GROUP_AFTER:
            self._grouped = _compile(self.phrases)
            return self._grouped
        if self._plain is None:
            self._plain = _compile_plain(self.phrases)
        return self._plain

    @property
    def compiled(self) -> bool:
        return self._plain is not None or self._grouped is not None


_COMPILED = {name: _Compiled(phrases) for name, phrases in _LISTS.items()}


def _pattern(name: str) -> re.Pattern[str]:
    """One list's pattern, compiled the first time a text may need it (most texts never
    need most lists; a quick note need not wait for them)."""
    return _COMPILED[name].pattern()


def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The three categories' patterns (compiling those not yet compiled)."""
    return tuple((category, _pattern(category)) for category in (SUICIDE, SELF_HARM, OVERDOSE))


def _guard() -> re.Pattern[str]:
    """Compiled only once a phrase is found: most texts never need it."""
    return _pattern("guards")


# The gate text: "'", "@" and "$" read as spaces, so that every word of it begins after a
# space (or the one put before the text), as the gate words beginning with one expect.
_GATE_TEXT = str.maketrans("'@$", "   ")


@cache
def _gate(name: str) -> re.Pattern[str] | None:
    """The list's gate (`crisis/gates.py`): a text holding none of its words cannot match
    any of its phrases. None when its phrases changed since the gate was made (the
    general gate, `words.ANCHORS`, then decides alone, as it always may)."""
    import hashlib  # only here: start-up stays light

    from mi_journal.crisis.gates import GATES

    stored = GATES.get(name)
    phrases = "\n".join(_LISTS[name]).encode("utf-8")
    if stored is None or stored[0] != hashlib.sha256(phrases).hexdigest()[:16]:
        return None
    return re.compile(_literal_trie(stored[1]))


def _gate_opens(name: str, gate_text: str) -> bool:
    gate = _gate(name)
    return gate is None or gate.search(gate_text) is not None


_NEGATED = _Lazy(words.NEGATION_BEFORE)
_PAST_DISTANCE = _Lazy(words.PAST_DISTANCE)
_PAST_TENSE = _Lazy(words.PAST_TENSE)
_PAST_OVER = _Lazy(words.PAST_OVER)
_PAST_REOPENED = _Lazy(words.PAST_REOPENED)
_TAKEN_BACK = _Lazy(words.NEGATION_TAKEN_BACK)
_SENTENCE_END = _Lazy(r"[.!?]+")
_CLAUSE_BREAK = _Lazy(r".*(?:[.!?;:,]|\bbut\b|\bhowever\b|\bthough\b|\balthough\b|"
                           r"\bexcept\b|\band yet\b)", re.DOTALL)
_SUBJECT = _Lazy(words.SUBJECT)
# "said my goodbyes", "made my peace", "given away my things": the speaker's own.
_SELF_MARK = _Lazy(r"\b(?:myself|without me|me|i|my (?:goodbyes|peace|affairs|things|stuff|life|"
                   r"belongings|possessions))\b")
# "uses alone", "keeps shooting up alone": a verb of the third person is someone else.
_OTHER_MARK = _Lazy(r"\b(?:himself|herself|themselves|themself|(?:without|wake|gave|give|"
                         r"given|giving) (?:him|her|them)|(?:uses|is using|keeps using|has been "
                         r"using|shoots up|is shooting up|has been shooting up|keeps shooting up) "
                         r"alone)\b|^(?:his|her|their) ")


class _Hit:
    __slots__ = ("category", "end", "negated", "other", "phrase", "start")

    def __init__(self, category: str, phrase: str, negated: bool, other: bool,
                 span: tuple[int, int]) -> None:
        self.category, self.phrase, self.negated, self.other = category, phrase, negated, other
        self.start, self.end = span


def _clause_before(text: str, start: int) -> str:
    head = text[max(0, start - 200):start]
    found = _CLAUSE_BREAK.match(head)
    return head[found.end():] if found else head


def _negated(text: str, before: str, end: int) -> bool:
    """Directly negated, and not taken back by what follows ("... but I think about it")."""
    if _NEGATED.search(before) is None:
        return False
    after = text[end:end + 160]
    return _TAKEN_BACK.search(after[:_next_sentence_end(after)]) is None


def _past_and_over(text: str, start: int, end: int) -> bool:
    """A phrase its own sentence (or the next) places in the past, at a distance ("years
    ago", "back in 2009", "when I was at uni"), in a text that says it is over ("I got
    help", "I'm well now", "none since") and that opens nothing again from that sentence
    on ("lately", "again", "tonight", "but now", "I want ..."): a history told, not a
    crisis now."""
    if _PAST_DISTANCE.search(text) is None:  # most texts: no distance named at all
        return False
    head = text[:start]
    sentence_start = max(head.rfind("."), head.rfind("!"), head.rfind("?")) + 1
    after = text[end:]
    sentence = text[sentence_start:end + _next_sentence_end(after)]  # and the next one
    if _PAST_DISTANCE.search(sentence) is None:
        return False
    if _PAST_TENSE.search(text[sentence_start:end]) is None:
        return False
    if _PAST_OVER.search(text[sentence_start:]) is None:
        return False
    return _PAST_REOPENED.search(text, sentence_start) is None


def _next_sentence_end(after: str) -> int:
    """Where the next sentence after this one ends in `after` (or its length): this
    sentence and the next one are read, no further. A sentence of one word ("well.",
    "ok.") is a pause, not the next sentence, so "... well. i do not know." is read."""
    ends = list(_SENTENCE_END.finditer(after))
    for previous, current in pairwise(ends):
        if len(after[previous.end():current.start()].split()) >= 2:
            return current.end()
    return len(after)


def _about_someone_else(phrase: str, before: str) -> bool:
    if _SELF_MARK.search(phrase) and not _OTHER_MARK.search(phrase):
        return False
    if _OTHER_MARK.search(phrase):
        return True
    subjects = list(_SUBJECT.finditer(before))
    last = subjects[-1] if subjects else None
    if last is None:  # "found my mum unconscious": the subject is in the phrase itself
        last = _SUBJECT.search(phrase)
    return last is not None and last.group("other") is not None


def _guarded(text: str, start: int, end: int) -> bool:
    for guard in _guard().finditer(text, max(0, start - 120), min(len(text), end + 60)):
        # Overlapping either end of the phrase (which is never empty), or holding it whole.
        if guard.start() <= start < guard.end() or guard.start() < end <= guard.end():
            return True
    return False


@cache
def _anchored() -> re.Pattern[str]:
    """The general gate, made on first use (start-up stays light)."""
    return re.compile(_literal_trie(words.ANCHORS))


def _rule_hits(plain: str) -> list[_Hit]:
    hits: list[_Hit] = []
    # The gates read "@", "$" and "'" as spaces, as their proof assumes every word
    # follows one: read as written, "how to @ctb" hid "ctb" from the general gate.
    gate_text = " " + plain.translate(_GATE_TEXT)
    if _anchored().search(gate_text) is None:
        return hits  # no phrase can match: the patterns need not even be compiled
    guards: bool | None = None  # whether a guard may match: asked at the first phrase
    for category in (SUICIDE, SELF_HARM, OVERDOSE):
        if not _gate_opens(category, gate_text):
            continue  # none of this category's phrases can match
        for found in _pattern(category).finditer(plain):
            start, end = found.span()
            if start == end:
                continue
            if guards is None:
                guards = _gate_opens("guards", gate_text)
            if guards and _guarded(plain, start, end):
                continue
            before = _clause_before(plain, start)
            hits.append(_Hit(
                category=category,
                phrase=found.group(0),
                negated=_negated(plain, before, end) or _past_and_over(plain, start, end),
                other=_about_someone_else(found.group(0), before),
                span=(start, end),
            ))
    return hits


def _without(plain: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[str]:
    """The tokens of plain[start:end] with every word inside one of `spans` left out."""
    kept: list[str] = []
    position = start
    for token in plain[start:end].split(" "):
        token_end = position + len(token)
        if not any(a < token_end and position < b for a, b in spans):
            kept.append(token)
        position = token_end + 1
    return kept


_ConceptIndex = tuple[dict[str, frozenset[str]],
                      dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]],
                      frozenset[str], tuple[frozenset[str], ...]]


@cache
def _concept_index() -> _ConceptIndex:
    """The concepts that make a window one the model reads (`crisis_model.has_core`: a
    core concept, or both of a core pair), by the words of their phrases: one-word
    phrases by the word, longer ones by their longest word with all their words."""
    core = frozenset(name.removeprefix("k:") for name in crisis_model._CORE)
    pairs = tuple(frozenset(name.removeprefix("kk:").split(" "))
                  for name in crisis_model._CORE_PAIRS)
    relevant = core.union(*pairs)
    table, _ = crisis_model._concepts()
    single: dict[str, frozenset[str]] = {}
    longer: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for phrase, held in table.items():
        concepts = frozenset(held) & relevant
        if not concepts:
            continue
        phrase_words = phrase.split(" ")
        if len(phrase_words) == 1:
            single[phrase] = single.get(phrase, frozenset()) | concepts
        else:
            longer.setdefault(max(phrase_words, key=len), []).append(
                (frozenset(phrase_words), concepts))
    return single, {word: tuple(entries) for word, entries in longer.items()}, core, pairs


def _may_hold_core(plain: str) -> bool:
    """False when no window of the text can hold a core concept or core pair, so the
    model would read none of them (most everyday texts). A window's concepts come from
    phrases whose words are all among its words (`crisis_model.concepts`; "quantity" also
    from a number), and its words are among the text's: if the text's words hold no
    such phrase, no window does."""
    single, longer, core, pairs = _concept_index()
    held = set(plain.split(" "))
    found: set[str] = set()
    for word in held:
        concepts = single.get(word)
        if concepts is not None:
            found |= concepts
        for phrase_words, phrase_concepts in longer.get(word, ()):
            if phrase_words <= held:
                found |= phrase_concepts
    if not core.isdisjoint(found):
        return True
    if any(word.isdigit() and len(word) >= 2 for word in held):
        found.add("quantity")
    return any(pair <= found for pair in pairs)


def model_windows(plain: str) -> list[tuple[int, int, list[str]]]:
    """The windows the statistical part reads: the model's own (every two sentences in a
    row, and clauses of a long sentence), then, when there are several sentences, each
    sentence alone. One verdict for one answer (walk6): a summary, `mij reflect` and an
    export leave out a sentence that alone reads as crisis wording, so that sentence
    shows the lines in the whole answer too; read only beside a calm neighbour, it did
    not ("monday went ok and i sort of surprised myself, ..." showed nothing during the
    interview, then was dropped from the summary as painful). The rules read the whole
    text as before: a negation or a past said to be over is decided by its context."""
    paired = crisis_model.windows(plain)
    sentences = crisis_model._pieces(plain, 0, crisis_model._SENTENCE_ENDS)
    if len(sentences) < 2:
        return paired
    return paired + [window for window in sentences if window not in paired]


def _model_hits(plain: str, rule_hits: list[_Hit], model: crisis_model.Model) -> list[_Hit]:
    """Windows the statistical part reads as crisis wording the rules did not name.

    Asked only when the rules found nothing that shows the lines. Words the rules
    read as negated ("i am not suicidal") are left out of what it reads, so a
    negation the rules decided stays decided; a window that reaches its threshold
    is read again without the guard list's matches ("take my life back"), which
    come first, as they do for the rules."""
    if any(not hit.negated for hit in rule_hits) or not _may_hold_core(plain):
        return []
    negated = [(hit.start, hit.end) for hit in rule_hits]
    hits: list[_Hit] = []
    for start, end, tokens in model_windows(plain):
        if negated:  # keeps every token when none of them is negated
            tokens = _without(plain, start, end, negated)
        names = crisis_model.gated_features(tokens)
        if names is None:
            continue
        probability = crisis_model.crisis_probability(model, names)
        if probability < model.threshold:
            continue
        guards = ([found.span() for found in _guard().finditer(plain, start, end)]
                  if _gate_opens("guards", " " + plain.translate(_GATE_TEXT)) else [])
        if guards:
            names = crisis_model.gated_features(_without(plain, start, end, negated + guards))
            if names is None:
                continue
            probability = crisis_model.crisis_probability(model, names)
            if probability < model.threshold:
                continue
        guess = crisis_model.guess(model, names, probability)
        hits.append(_Hit(category=guess.category, phrase=guess.cues[0], negated=False,
                         other=guess.category == OTHER_PERSON, span=(start, end)))
        break  # one window is reason enough; its words are the cue
    return hits


def _hits(plain: str) -> list[_Hit]:
    hits = _rule_hits(plain)
    return hits + _model_hits(plain, hits, crisis_model.load())


def _pieces(text: str) -> list[str]:
    if len(text) <= _MAX_CHARS:
        return [text]
    step = _MAX_CHARS - 1000
    return [text[i:i + _MAX_CHARS] for i in range(0, len(text), step)]


def _read(text: str) -> tuple[_Hit, ...]:
    if len(text) <= _CACHED_CHARS:
        return _read_short(text)
    found: list[_Hit] = []
    for piece in _pieces(text):
        found += _hits(normalise(piece))
    return tuple(found)


@lru_cache(maxsize=1024)
def _read_short(text: str) -> tuple[_Hit, ...]:
    """A text is often read twice in a row (shown, then kept out of a summary)."""
    return tuple(_hits(normalise(text)))


def _finding(hits: list[_Hit]) -> CrisisFinding | None:
    if not hits:
        return None
    categories: set[str] = set()
    for hit in hits:
        if hit.other:
            categories.add(OTHER_PERSON)
            if hit.category == OVERDOSE:
                categories.add(OVERDOSE)
        else:
            categories.add(hit.category)
    ordered = tuple(category for category in CATEGORIES if category in categories)
    return CrisisFinding(ordered, tuple(dict.fromkeys(hit.phrase for hit in hits)))


def detect_crisis(text: str) -> CrisisFinding | None:
    """Why `text` is a reason to show the help lines, or None. Stores nothing."""
    if not text or not text.strip():
        return None
    return _kept_for_later(_finding([hit for hit in _read(text) if not hit.negated]), [text])


def _kept_for_later(finding: CrisisFinding | None, texts: list[str]
                    ) -> CrisisFinding | None:
    """The finding, marked when its overdose wording is only of medicines kept for
    later, and no text (of the answers read together) says any were taken
    (`crisis.respond`)."""
    if finding is None or not finding.overdose:
        return finding
    from mi_journal.crisis.respond import only_kept_for_later

    if only_kept_for_later(" .\n".join(texts)):
        return CrisisFinding(finding.categories, finding.phrases, kept_for_later=True)
    return finding


def touches_crisis(text: str) -> bool:
    """True when `text` holds a crisis phrase, even negated ("I'm not suicidal"), or
    despair that names nothing ("I can't do this anymore", `words.DISTRESS`): such a
    statement is never labelled or quoted as change talk."""
    if not text or not text.strip():
        return False
    return bool(_read(text)) or _despairs(text)


_DISTRESS = _Lazy(words.DISTRESS)
_DISTRESS_NAMED = _Lazy(words.DISTRESS_NAMED)
_DISTRESS_WORDS = ("any", "no more", "no longer", "fighting")  # every DISTRESS match holds one


def _despairs(text: str) -> bool:
    """A sentence of `text` says it can't go on with something it does not name."""
    lowered = text.lower()
    if not any(word in lowered for word in _DISTRESS_WORDS):
        return False  # most texts: read no further
    for sentence in _SENTENCE_END.pattern.split(normalise(text)):
        if _DISTRESS.search(sentence) and not _DISTRESS_NAMED.search(sentence):
            return True
    return False


def mentions_crisis(text: str) -> bool:
    """True when `text` is a reason to show the help lines. Stores nothing."""
    return detect_crisis(text) is not None


def answer_crisis(value: object) -> CrisisFinding | None:
    """`detect_crisis` over any answer value (text, or a list of items), merged."""
    if isinstance(value, str):
        return detect_crisis(value)
    if isinstance(value, list):
        return texts_crisis([item for item in value if isinstance(item, str)])
    return None


def answer_touches_crisis(value: object) -> bool:
    """`touches_crisis` over any answer value: crisis words, even negated. Such an
    answer is never quoted back (into a later question, as a suggestion)."""
    if isinstance(value, str):
        return touches_crisis(value)
    if isinstance(value, list):
        return any(isinstance(item, str) and touches_crisis(item) for item in value)
    return False


def answer_mentions_crisis(value: object) -> bool:
    """The same test over any answer value (text, or a list of items)."""
    return answer_crisis(value) is not None


def merge_findings(findings: Iterable[CrisisFinding | None]) -> CrisisFinding | None:
    """Several findings as one (None when there are none)."""
    categories: set[str] = set()
    phrases: list[str] = []
    kept = []  # of the findings with overdose wording: whether each is only kept
    for finding in findings:
        if finding is not None:
            categories.update(finding.categories)
            phrases += finding.phrases
            if finding.overdose:
                kept.append(finding.kept_for_later)
    if not categories:
        return None
    ordered = tuple(category for category in CATEGORIES if category in categories)
    return CrisisFinding(ordered, tuple(dict.fromkeys(phrases)),
                         kept_for_later=bool(kept) and all(kept))


def texts_crisis(texts: list[str]) -> CrisisFinding | None:
    """`detect_crisis` over several texts, merged (e.g. every answer of an interview)."""
    hits = [hit for text in texts if text and text.strip() for hit in _read(text)
            if not hit.negated]
    return _kept_for_later(_finding(hits), [text for text in texts if text and text.strip()])

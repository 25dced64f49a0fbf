"""`mij pack check`: loader errors plus MI-style warnings on a pack's wording.

Each `Finding` has the file, the prompt id (or None), a level (error | warning),
a stable code and a message that suggests a rewording. Codes:

- error: `file` (missing, too big, not UTF-8), `syntax` (TOML, with line and
  column), `schema` (a field that does not fit), `reference` (ids, placeholders,
  conditions and assignment entries that point nowhere);
- warning: `closed-question`, `no-follow-up`, `righting-reflex`, `presumes-change`,
  `labeling`, `ruler-why-not-ten`, `ruler-required`, `too-long`, `placeholder-repeated`,
  `assignment-left-out`, `markup`, `escape-code`.

`markup` and `escape-code` name text the person would see as written (packs/markup.py);
every other check reads the text with them taken out.

`count_questions` counts the prompts the way MITI counts questions (a ruler and a pick
from a list are closed) for the summary line of `mij pack check`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mi_journal.messages import lint as lint_msg
from mi_journal.packs.markup import escapes_in, markup_in, plain
from mi_journal.packs.model import FREE_TEXT_KINDS, Pack, Prompt
from mi_journal.packs.questions import read_prompt

if TYPE_CHECKING:
    from mi_journal.packs.loader import PackReading
    from mi_journal.packs.template import Ref

Level = Literal["error", "warning"]

MAX_WORDS = 40
MAX_CHARS = 240
MAX_SENTENCES = 3
MAX_QUESTIONS = 2


@dataclass(frozen=True)
class Finding:
    file: str
    prompt: str | None
    level: Level
    code: str
    message: str
    # Which text it is about ("title", "note", "help", "choice 2", ...) when it is one
    # text of several; None for what is about the prompt as a whole.
    field: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


# --- rules on wording -------------------------------------------------------

# Directive phrasing; group "phrase" is looked up in lint_msg.RIGHTING_REWORDS.
_DIRECTIVE = re.compile(
    r"\b(?P<phrase>you\s+(?:should|must|need\s+to|have\s+to|ought\s+to|had\s+better|"
    r"'d\s+better|'ve\s+got\s+to|got\s+to)"
    r"|why\s+(?:don't|didn't|haven't|won't|can't|aren't|wouldn't|do\s+not|have\s+not)\s+you"
    r"|why\s+not\s+just|if\s+i\s+were\s+you|you\s+just\s+need"
    r"|don't\s+you\s+think|isn't\s+it\s+time)\b",
    re.IGNORECASE,
)
# "Why do you keep drinking when you know it hurts them?": a why that argues its own answer.
_WHY_CONFRONTS = re.compile(
    r"\bwhy\b[^?.!]{0,80}?\b(?:when|if|though|even\s+though|although|since)\s+you\s+"
    r"(?:already\s+|clearly\s+|really\s+)?(?:know|knew|can\s+see|could\s+see|realise|realize|"
    r"understand|said|promised|told)\s+(?!yourself\b|you\b)",
    re.IGNORECASE,
)
_WHY_BLAMES = re.compile(
    # "Why are you still using?", "Why would you even go back?": the question blames
    # before it asks, whatever follows.
    r"\bwhy\s+(?:are|do|does|did|would|will|were|is)\s+you\s+(?:still|even|keep|always|never)\b"
    # "Why would you do that to yourself again?": a verdict said as a question.
    r"|\bwhy\s+(?:would|do|did|does|will|are|were|is|'d)\s+you\s+(?:(?:ever|really|just)\s+)?"
    r"(?:do(?:ing)?|did|put(?:ting)?)\s+(?:that|this|it|yourself)\s+"
    r"(?:to\s+yourself|again|through\s+(?:that|this|it))\b"
    # "How could you let it get this bad?" asks for a defence, not a story.
    r"|\bhow\s+could\s+you\s+(?:let|do|go|keep|still|even|not|be\s+so)\b",
    re.IGNORECASE,
)
# Judging and confronting: the question has decided about the person before asking.
# Keys are those of lint_msg.JUDGING. Questions that evoke stay quiet: "What makes you
# think you could make this change?" (confidence), "What would it take for you to feel
# ready?", "What helps you keep this up?", "Excuse the long question: ...".
_JUDGING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("excuse", r"\bno\s+excuses?\b|\b(?:your|the|an?|any|more|making|make|makes|made|"
                   r"what's\s+the)\s+excuses?\b"
                   r"|\bwhat\s+excuses?\s+(?:did|do|will|would|have|can|could)\s+you\b"),
        # "admit you have a problem", "accept that you're an alcoholic"; not "accept that
        # you are doing your best".
        ("admit", r"\b(?:finally\s+)?(?:admit|accept|face(?:\s+up\s+to)?\s+the\s+fact)"
                  r"(?:\s+to\s+yourself)?\s+(?:that\s+)?you(?:(?:\s+have|'ve\s+got|\s+have\s+got)"
                  r"\s+(?:a|an)\s+(?:[\w-]+\s+)?problem"
                  r"|(?:\s+are|'re)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:alcoholic|addict|drunk|junkie|"
                  r"user|abuser|drinker|gambler)|in\s+denial|powerless))\b"
                  r"|\bfinally\s+(?:admit|accept|face\s+(?:up|it|the\s+fact)|see\s+(?:it|that|sense)|"
                  r"realise|realize|get\s+it|wake\s+up|own\s+up)\b"),
        ("keep-up", r"\bwhat\s+makes\s+you\s+(?:think|believe)\s+(?:that\s+)?you\s+"
                    r"(?:can|could|will|'ll)\s+(?:keep\s+(?:this|it|that)\s+up|get\s+away\s+with|"
                    r"carry\s+on\s+like|go\s+on\s+like)"
                    r"|\bhow\s+long\s+(?:do\s+you\s+think\s+)?(?:(?:can|will|could)\s+you|"
                    r"you\s+(?:can|will|could|'ll))\s+"
                    r"(?:keep\s+(?:this|it|that)\s+up|get\s+away\s+with|carry\s+on\s+like|"
                    r"go\s+on\s+like)"),
        ("deserve", r"\bwhy\b[^?.!]{0,40}?\b(?P<phrase>you\s+(?:really\s+)?deserve\s+"
                    r"(?:(?:another|one\s+more)(?:\s+(?:drink|bet|hit|smoke|beer|glass|line|"
                    r"go|round))?|more|a\s+(?:drink|bet|hit|smoke|beer|glass|line)|it|this|that))\b"),
    )
)
# A sentence that opens with an order ("Don't buy wine this week.", "Make sure you avoid
# the pub.", "Be honest: ..."); group "phrase" is looked up in lint_msg.RIGHTING_REWORDS.
# Kind reassurance ("Don't worry if nothing comes to mind.", "Never judge yourself here.",
# "Avoid being hard on yourself.") is not an order.
_ORDER = re.compile(
    r"(?:^|[.!?:;]\s+|\n)[\"'\u201c]?(?P<phrase>"
    r"(?:don't|do\s+not)(?!\s+(?:you|feel|hesitate|forget))"
    r"|never(?!\s+mind)|stop(?!\s+(?:and|for\s+a))|quit|avoid|admit|promise|make\s+sure\s+you"
    r"|be\s+honest)\b"
    r"(?!\s+(?:judg|worr|blam|rush|being\s+(?:too\s+)?hard|be\s+(?:too\s+)?hard|"
    r"yourself\s+nothing))",
    re.IGNORECASE,
)
# "What do you think you should do?" hands the choice back: that is evoking, not directing.
_EVOKING_BEFORE = re.compile(
    r"\b(?:think|thought|feel|felt|believe|decide|say|says|said|tell|tells|told|suppose|"
    r"reckon|guess|sense|choose|want|wonder|anything|something|everything|whatever|what|"
    r"that|which|(?:tell|tells|told|ask|asks|asked)\s+you)\s*$"
    r"|\b(?:do|did|does|would|will|could|might)\s*$",
    re.IGNORECASE,
)
# ...but "What you need to do is stop." at the start of a sentence is directing.
_SENTENCE_START_WHAT = re.compile(r"(?:^|[.!?]\s+)what\s*$", re.IGNORECASE)
# "Why don't you tell me about it?" is an everyday invitation to talk, and "Why didn't you
# pick a lower number?" is the MI ruler question that draws out reasons for change.
_WHY_INVITES = re.compile(
    r"\s+(?:tell|fill|share|talk|walk\s+me|describe|say\s+more)\b"
    r"|\s+(?:pick|choose|give|say|put)\s+(?:yourself\s+)?(?:a\s+|an\s+)?lower\b",
    re.IGNORECASE,
)
_EPISTEMIC_MUST = re.compile(r"^you\s+must\s+(?:have|be\s+(?:feeling|tired|proud))", re.IGNORECASE)

# Stigmatizing words; group names are keys of lint_msg.LABEL_REWORDS.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("addict", r"\baddicts?\b"),
        ("alcoholic", r"\balcoholics?\b"),
        ("abuser", r"\babusers?\b|\b(?:substance|drug|alcohol)\s+abuse\b"),
        ("junkie", r"\bjunkies?\b|\bjunky\b"),
        (
            "clean",
            r"\b(?:stay(?:ed|ing|s)?|been|be|get(?:ting|s)?|got|keep(?:ing|s)?|kept|"
            r"remain(?:ed|ing|s)?|am|is|are|was|were|still)\s+clean\b"
            r"|\bclean\s+(?:and\s+sober|time|days?|date|for|since|streak)\b"
            r"|\bdays?\s+clean\b|\bclean\s+(?:urine|tests?|screens?|samples?)\b",
        ),
        (
            "dirty",
            r"\b(?:be|been|was|were|is|are|(?:comes?|came|coming)\s+back|test(?:ed|s)?|went|"
            r"go(?:ing)?)\s+dirty\b|\bdirty\s+(?:urine|tests?|screens?|samples?)\b",
        ),
        ("relapse", r"\brelaps(?:e|es|ed|ing)\b"),
        (
            "user",
            r"\b(?:drug|substance|alcohol|heroin|cocaine|crack|meth|opioid|opiate|"
            r"injecting|iv)\s+users?\b",
        ),
        ("denial", r"\b(?:in|your|their|his|her|of)\s+denial\b"),
        ("failed", r"\bfail(?:ed|s|ing|ure|ures)?\b"),
        # A person named by their drinking; "when you were drunk", "a drunk night" are
        # about the drinking and stay quiet.
        (
            "drunk",
            r"\bdrunks\b|\bdrunkards?\b|\b(?:a|the|some|that|this|another|old)\s+drunk\b"
            r"(?=\s*(?:$|[^\w\s'-]|(?:who|that|at|in|on|and|or|like|from|with|down|next)\b))",
        ),
        ("problem drinker", r"\bproblem\s+(?:drinkers?|gamblers?|users?)\b"),
        ("drinking problem", r"\b(?:drinking|drug|alcohol|gambling)\s+problems?\b"),
    )
)

# A ruler follow-up that asks why the number is not higher evokes sustain talk.
_WHY_NOT_HIGHER = (
    re.compile(
        r"\bwhy\b[^?.!]{0,40}?(?:\bnot\b|n't\b)[^?.!]{0,25}?"
        r"(?:\b10\b|\bten\b|\bhigher\b|\bmore\b|\bthe\s+top\b|\{[a-z][a-z0-9-]*:\+\d+\})",
        re.IGNORECASE,
    ),
    re.compile(r"\bwhy\b[^?.!]{0,25}?\b(?:only|just)\s+(?:a\s+|an\s+)?(?:\d|\{)", re.IGNORECASE),
    re.compile(
        r"\bwhat\s+(?:stops|keeps|is\s+stopping|prevents|holds)\s+you\b[^?.!]{0,40}?"
        r"(?:\b10\b|\bten\b|\bhigher\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\bwhy\b[^?.!]{0,30}?\b(?:so\s+low|that\s+low|lower\s+than)\b", re.IGNORECASE),
)

_SENTENCE_END = re.compile(r"[.?!]+(?:\s|$)")


def _references(text: str) -> list[Ref]:
    """A text's placeholders; none when they do not parse (a pack with errors is still
    read for its wording, and its error is told on its own)."""
    from mi_journal.packs.template import TemplateSyntaxError, references

    try:
        return references(text)
    except TemplateSyntaxError:
        return []


def _closed_question(prompt: Prompt) -> str | None:
    if prompt.kind not in FREE_TEXT_KINDS:
        return None
    reading = read_prompt(plain(prompt.text))
    if reading.verdict != "closed":
        return None
    return lint_msg.lint_closed_question(reading.form)


def _righting_reflex(text: str) -> Iterator[str]:
    typed = text.replace("\u2019", "'")
    confronts = _WHY_CONFRONTS.search(typed) is not None
    blames = not confronts and _WHY_BLAMES.search(typed) is not None
    if confronts:
        yield lint_msg.LINT_WHY_CONFRONTING
    elif blames:
        yield lint_msg.LINT_WHY_BLAMING
    confronts = confronts or blames
    for key, pattern in _JUDGING:
        match = pattern.search(typed)
        if match:
            shown = match.groupdict().get("phrase") or match.group(0)
            yield lint_msg.lint_judging(key, " ".join(shown.lower().split()))
    for match in _DIRECTIVE.finditer(text.replace("\u2019", "'")):
        phrase = " ".join(match.group("phrase").lower().split())
        if confronts and phrase.startswith("why"):
            continue
        before = text[: match.start()]
        evoking = _EVOKING_BEFORE.search(before) and not _SENTENCE_START_WHAT.search(before)
        if evoking or _EPISTEMIC_MUST.match(text[match.start():]):
            continue
        if phrase.startswith("why") and _WHY_INVITES.match(text, match.end()):
            continue
        yield lint_msg.lint_righting_reflex(phrase)
    for match in _ORDER.finditer(text.replace("\u2019", "'")):
        yield lint_msg.lint_righting_reflex(" ".join(match.group("phrase").lower().split()))


_PRESUMING: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("sober", r"\b(?:stay(?:s|ed)?|keep(?:s)?|remain(?:s|ed)?)\s+sober\b"
                  r"|\byour\s+sobriety\b"),
        ("recovery", r"\byour\s+recovery\b"),
        ("quit", r"\b(?:motivated|ready|determined|committed|willing)\s+"
                 r"(?:are\s+you\s+|do\s+you\s+feel\s+|you\s+are\s+)?to\s+"
                 r"(?:quit|stop|give\s+up)\b"),
        ("the change you", r"\bthe\s+changes?\s+you(?:'re|\s+are|'ve|\s+have)?\s+"
                           r"(?:working\s+on|making|made|decided\s+on|chosen|chose|want)\b"),
        ("since you", r"\b(?:since|now\s+that)\s+you(?:'ve|\s+have)?\s+"
                      r"(?:quit|stopped|cut\s+down|given\s+up|"
                      r"decided\s+to\s+(?:quit|stop|cut))\b"),
        ("will do differently", r"\bwhat\s+will\s+you\s+do\s+differently\b"),
    )
)


def _presuming(text: str) -> Iterator[str]:
    typed = text.replace("\u2019", "'")
    for key, pattern in _PRESUMING:
        match = pattern.search(typed)
        if match:
            yield lint_msg.lint_presumes(" ".join(match.group(0).lower().split()), key)


def _ruler_required(prompt: Prompt) -> str | None:
    return lint_msg.LINT_RULER_REQUIRED if prompt.ruler is not None and not prompt.optional \
        else None


def _labeling(text: str) -> Iterator[str]:
    for key, pattern in _LABELS:
        match = pattern.search(text)
        if match:
            shown = key if key in ("clean", "dirty") else match.group(0)
            yield lint_msg.lint_labeling(shown, key)


def _why_not_ten(text: str, ruler: str) -> str | None:
    for pattern in _WHY_NOT_HIGHER:
        if pattern.search(text):
            return lint_msg.lint_why_not_ten(ruler)
    return None


def _ruler_for(pack: Pack, prompt: Prompt) -> str:
    """The scale prompt a follow-up is about: one it quotes, else the nearest before it."""
    from mi_journal.storage.models import AnswerKind

    scales = {p.id for p in pack.prompts if p.kind is AnswerKind.scale}
    quoted = [ref.prompt for ref in _references(prompt.text) if ref.prompt in scales]
    if quoted:
        return quoted[0]
    earlier = pack.prompts[: pack.prompts.index(prompt)]
    before = [p.id for p in earlier if p.id in scales]
    return before[-1] if before else "ruler"


def _too_long(text: str) -> str | None:
    words = len(text.split())
    sentences = len(_SENTENCE_END.findall(text.strip() + " ")) or 1
    questions = text.count("?")
    too_many = words > MAX_WORDS or len(text) > MAX_CHARS
    if too_many or sentences > MAX_SENTENCES or questions > MAX_QUESTIONS:
        return lint_msg.lint_too_long(words, sentences, questions)
    return None


MAX_SAME_PLACEHOLDER = 2
MAX_PLACEHOLDERS = 6


def _placeholders_repeated(prompt: Prompt) -> str | None:
    """A prompt that quotes one answer again and again (or very many) is hard to read,
    and each quote is stored with the entry; the interview shortens them, but say so."""
    from collections import Counter

    counts = Counter(ref.prompt for text in (prompt.text, prompt.help)
                     for ref in _references(text))
    if not counts:
        return None
    name, most = counts.most_common(1)[0]
    if most > MAX_SAME_PLACEHOLDER or sum(counts.values()) > MAX_PLACEHOLDERS:
        return lint_msg.lint_placeholder_repeated(name, most, sum(counts.values()))
    return None


def _pack_texts(pack: Pack) -> Iterator[tuple[str | None, str, str]]:
    """(prompt id or None, which field, text) for every piece of pack text a person
    reads (the author's name only in `mij pack show`, but it is shown too)."""
    meta = pack.pack
    yield None, "title", meta.title
    yield None, "description", meta.description
    yield None, "author", meta.author
    if pack.assignment is not None:
        yield None, "assigned_by", pack.assignment.assigned_by
        yield None, "note", pack.assignment.note
    for prompt in pack.prompts:
        yield prompt.id, "text", prompt.text
        yield prompt.id, "help", prompt.help
        for number, choice in enumerate(prompt.choices or [], start=1):
            yield prompt.id, f"choice {number}", choice
        for value, label in prompt.labels.items():
            yield prompt.id, f"label {value}", label


def _not_shown_as_meant(where: str, text: str) -> Iterator[tuple[str, str]]:
    """(code, message) for markup and escape codes, which the person sees as written."""
    tags = markup_in(text)
    if tags:
        yield "markup", lint_msg.lint_markup(where, tags, plain(text))
    codes = escapes_in(text)
    if codes:
        yield "escape-code", lint_msg.lint_escape_codes(where, codes)


def _left_out_by_assignment(pack: Pack) -> Iterator[tuple[str, str]]:
    """Assigned prompts that quote or depend on a prompt the assignment leaves out.

    The interview never asks such a prompt (its placeholder or condition has
    no answer to look at), so the homework would silently be shorter.
    """
    assigned = pack.assigned_prompt_ids()
    if assigned is None:
        return
    included = set(assigned)
    every_id = {prompt.id for prompt in pack.prompts}
    for prompt in pack.prompts:
        if prompt.id not in included:
            continue
        needed = [ref.prompt for text in (prompt.text, prompt.help) for ref in _references(text)
                  if ref.prompt in every_id]  # one that names no prompt is an error of its own
        needed += [
            condition.prompt for condition in prompt.conditions()
            if condition.has_value_tests() or condition.answered
        ]
        for missing in dict.fromkeys(name for name in needed if name not in included):
            yield prompt.id, lint_msg.lint_assignment_left_out(missing)


@dataclass(frozen=True)
class QuestionCount:
    """How a pack's prompts count the way MITI counts a counsellor's questions.

    A free-text prompt is open or closed by its wording; a 0-10 ruler and a pick
    from a list are closed by design (they ask for a number or a choice), and so is
    a yes/no prompt.
    """

    open: int = 0
    closed_wording: int = 0
    rulers: int = 0
    choices: int = 0
    yes_no: int = 0

    @property
    def closed(self) -> int:
        return self.closed_wording + self.rulers + self.choices + self.yes_no

    @property
    def total(self) -> int:
        return self.open + self.closed

    @property
    def percent_open(self) -> int:
        return round(100 * self.open / self.total) if self.total else 0


def count_questions(pack: Pack) -> QuestionCount:
    from mi_journal.storage.models import AnswerKind

    counts = {"open": 0, "closed_wording": 0, "rulers": 0, "choices": 0, "yes_no": 0}
    for prompt in pack.prompts:
        if prompt.kind is AnswerKind.scale:
            counts["rulers"] += 1
        elif prompt.kind in (AnswerKind.choice, AnswerKind.multi_choice):
            counts["choices"] += 1
        elif prompt.kind is AnswerKind.yes_no:
            counts["yes_no"] += 1
        elif read_prompt(plain(prompt.text)).verdict == "closed":
            counts["closed_wording"] += 1
        else:
            counts["open"] += 1  # an open question, or an invitation to write
    return QuestionCount(**counts)


def _followed_up(pack: Pack, prompt: Prompt) -> bool:
    """A later free-text prompt quotes this answer or is asked because of it."""
    for later in pack.prompts[pack.prompts.index(prompt) + 1:]:
        if later.kind not in FREE_TEXT_KINDS:
            continue
        quoted = {ref.prompt for text in (later.text, later.help) for ref in _references(text)}
        asked_on = {condition.prompt for condition in later.conditions()}
        if prompt.id in quoted | asked_on:
            return True
    return False


def _closed_by_design(pack: Pack, prompt: Prompt) -> str | None:
    """A ruler, a choice or a yes/no with no open follow-up ends the thread there."""
    if prompt.kind in FREE_TEXT_KINDS or _followed_up(pack, prompt):
        return None
    return lint_msg.lint_no_follow_up(prompt.kind.value)


def _in_prompt_order(pack: Pack, found: list[Finding]) -> list[Finding]:
    """Pack-level findings first, then each prompt's findings together, in file order."""
    position = {prompt.id: index for index, prompt in enumerate(pack.prompts)}
    return sorted(found, key=lambda f: -1 if f.prompt is None else position.get(f.prompt, -1))


_NAME_THEIR_FIELD = frozenset({"markup", "escape-code"})
_SPOKEN_TO_THE_PERSON = frozenset({"title", "description", "note", "text", "help"})


def lint_pack(pack: Pack, source: str, whole: bool = True) -> list[Finding]:
    """MI-style warnings for a pack that loads, grouped by prompt in file order.

    `whole` False: `pack` holds only the prompts of a file that are well formed on
    their own, so what looks across prompts (a follow-up, an assignment's prompts)
    is not judged: the missing prompt might be the one it looks for."""
    found: list[Finding] = []

    def warn(prompt_id: str | None, code: str, message: str | None,
             where: str | None = None) -> None:
        if message is None:
            return
        # A prompt's own text needs no naming; the pack's texts, a help, a choice or a
        # label do ("the pack:" alone would leave a counsellor searching). markup and
        # escape-code messages name it themselves.
        named = prompt_id is None or where not in (None, "text")
        if where is not None and named and code not in _NAME_THEIR_FIELD:
            message = lint_msg.in_field(where, message)
        finding = Finding(source, prompt_id, "warning", code, message, where)
        if finding not in found:
            found.append(finding)

    for prompt_id, where, text in _pack_texts(pack):
        for code, message in _not_shown_as_meant(where, text):
            warn(prompt_id, code, message, where)
    # The MI checks read the words the person is asked, markup and escape codes taken
    # out: "[red]Be honest![/red] Why ... when you know ..." is still an order.
    for prompt in pack.prompts:
        text, help_text = plain(prompt.text), plain(prompt.help)
        warn(prompt.id, "closed-question", _closed_question(prompt))
        if whole:
            warn(prompt.id, "no-follow-up", _closed_by_design(pack, prompt))
        warn(prompt.id, "too-long", _too_long(text))
        warn(prompt.id, "placeholder-repeated", _placeholders_repeated(prompt))
        warn(prompt.id, "ruler-required", _ruler_required(prompt))
        ruler = _ruler_for(pack, prompt)
        for where, said in (("text", text), ("help", help_text)):
            warn(prompt.id, "ruler-why-not-ten", _why_not_ten(said, ruler), where)
    # Orders and judging in what the pack says to the person: not in choices and ruler
    # labels, which are the person's own answers ("Don't know").
    for prompt_id, where, text in _pack_texts(pack):
        if where in _SPOKEN_TO_THE_PERSON:
            for message in _righting_reflex(plain(text)):
                warn(prompt_id, "righting-reflex", message, where)
            for message in _presuming(plain(text)):
                warn(prompt_id, "presumes-change", message, where)
    for prompt_id, where, text in _pack_texts(pack):
        for message in _labeling(plain(text)):
            warn(prompt_id, "labeling", message, where)
    for prompt_id, message in _left_out_by_assignment(pack) if whole else ():
        warn(prompt_id, "assignment-left-out", message)
    return _in_prompt_order(pack, found)


# --- checking files ---------------------------------------------------------


def _error(exc: Exception, source: str) -> Finding:
    from mi_journal.packs.loader import PackError

    if isinstance(exc, PackError):
        return Finding(source, exc.prompt_id, "error", exc.kind, exc.detail)
    return Finding(source, None, "error", "file", str(exc))


def _findings(reading: PackReading, source: str) -> tuple[Pack | None, list[Finding]]:
    """Every problem and, where the pack (or part of it) reads, every warning, grouped by
    prompt in file order: errors first."""
    found = [_error(problem, source) for problem in reading.problems]
    if reading.readable is not None:
        found += [finding for finding in lint_pack(reading.readable, source, reading.whole)
                  if finding not in found]
    position = {prompt_id: index for index, prompt_id in reversed(list(enumerate(reading.order)))}
    found.sort(key=lambda f: -1 if f.prompt is None else position.get(f.prompt, -1))
    return reading.pack, found


def check_bytes(raw: bytes, source: str) -> tuple[Pack | None, list[Finding]]:
    from mi_journal.packs.loader import examine_pack_bytes

    return _findings(examine_pack_bytes(raw, source), source)


def check_file(path: Path) -> tuple[Pack | None, list[Finding]]:
    """Read `path` and check it: every error and warning in one go (the pack is None
    when it has an error). A file that is not TOML gives its one error alone."""
    from mi_journal.packs.loader import examine_pack_file

    source = str(path)
    try:
        reading = examine_pack_file(path)
    except OSError as exc:
        return None, [Finding(source, None, "error", "file", exc.strerror or str(exc))]
    return _findings(reading, source)


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.level == "error" for finding in findings)


def fails(findings: list[Finding], strict: bool) -> bool:
    """Exit 1 on any error, and on any warning too when `strict`."""
    return has_errors(findings) or (strict and bool(findings))

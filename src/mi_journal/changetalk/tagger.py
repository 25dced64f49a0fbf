"""Label statements as change talk, sustain talk or neutral, with the cues that decided.

How one statement is read:
1. Normalise: lower case, straight apostrophes, contractions expanded.
2. Split into sentences, and sentences into clauses (English: on ";", "but",
   ", i" and "and i"; every word list lives in the language's cue module).
3. In each clause, unless a neutral cue applies (someone else's words, the
   past, a hedge, two minds, a question):
   - frames: the person ("i", or no subject in a short answer) + a modal cue
     (want to, can, need to, will, ready ...) + the first target after it
     (quit, cut down ... toward change; keep, drinking ... toward the status
     quo). A negation in scope ("do not", "can not", "no way") flips it.
   - phrases that carry a direction on their own ("it helps me relax",
     "i poured it out", "it is costing me").
4. Each cue votes +1 (change) or -1 (sustain); a clear lean decides, a tie or
   nothing at all is neutral. When unsure, the answer is neutral.
5. Read with its question: a yes or no to a closed question takes the question's
   frame; where the rules found nothing, an answer that plainly answers an open
   question evoking change talk takes the kind it evokes (`changetalk.evoked`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from mi_journal.changetalk.lexicon import MOBILIZING, Lexicon, lexicon

CHANGE = "change"
SUSTAIN = "sustain"
NEUTRAL = "neutral"
CRISIS_CUE = "crisis words: never change talk"

_PUNCT = re.compile(r"[^\w\s'?,;.!-]")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_TRAILING = re.compile(r"[\s.,;!?-]+$")
_TRAILING_CHARS = " .,;!?-"
_SENTENCE_LIMIT = 2_000
_SCOPE_CHARS = 80  # how far before a modal its subject and negation may be
_MODALS_PER_CLAUSE = 12
_TARGET_WORDS = 4  # a target must start within this many words after its modal


def _cut_trailing(text: str) -> str:
    """`_TRAILING.sub("", text)`, quicker: the same run cut by `str.rstrip` unless it
    stops at a whitespace other than a space (normalised text holds none)."""
    cut = text.rstrip(_TRAILING_CHARS)
    return _TRAILING.sub("", text) if cut and cut[-1].isspace() else cut


def _window_end(text: str, start: int) -> int:
    """Where the word after the first `_TARGET_WORDS` words after `start` begins."""
    position = start
    for _ in range(_TARGET_WORDS):
        found = text.find(" ", position + 1)
        if found < 0:
            return len(text)
        position = found
    return position + 1


@dataclass(frozen=True)
class Tagged:
    """One statement, its label, the kind of talk and the cues that decided it."""

    text: str
    label: str
    kind: str | None
    cues: tuple[str, ...] = ()
    crisis: bool = False  # crisis words (even negated): never change talk

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "label": self.label, "kind": self.kind,
                "cues": list(self.cues), "crisis": self.crisis}


@dataclass
class _Vote:
    score: int
    kind: str | None
    cue: str


def normalise(text: str, lex: Lexicon | None = None) -> str:
    """Lower case, straight apostrophes, contractions and spoken forms expanded."""
    lex = lex or lexicon()
    forms = lex.word_forms
    out = lex.word_form.sub(
        lambda found: forms[found.group(0)], text.lower().translate(lex.apostrophes)
    )
    if lex.phrase_forms_any is None or lex.phrase_forms_any.search(out):
        for pattern, replacement in lex.phrase_forms_first:
            out = pattern.sub(replacement, out)
    for (pattern, replacement), needs in zip(lex.phrase_forms_rest, lex.phrase_forms_rest_needs,
                                             strict=True):
        if needs is None or needs in out:  # without it the pattern cannot match
            out = pattern.sub(replacement, out)
    # " ".join(split()) is re.sub(r"\s+", " ", ...).strip(): re's \s is str.isspace
    return " ".join(_PUNCT.sub(" ", out).split())


def split_statements(text: str) -> list[str]:
    """Sentences of a free text, in order, without empty pieces."""
    pieces = (" ".join(part.split()) for part in _SENTENCES.split(text))
    return [piece for piece in pieces if piece and any(ch.isalnum() for ch in piece)]


def _clauses(sentence: str, lex: Lexicon) -> list[str]:
    parts = lex.clause_breaks.split(sentence)
    return [c for c in map(_cut_trailing, parts) if c]


def _frame_votes(clause: str, lex: Lexicon, votes: list[_Vote]) -> None:
    core = lex.fillers.sub("", clause)
    for number, match in enumerate(lex.modal.finditer(core)):
        kind = match.lastgroup
        if kind is None or number >= _MODALS_PER_CLAUSE:
            break
        # The subject and a negation in scope sit within a few words before the modal.
        cut = max(0, match.start() - _SCOPE_CHARS)
        prefix = core[cut: match.start()]
        subject = lex.subject_before.search(prefix)
        if subject is None:
            continue
        if subject.group("subj") is None and (
            cut or subject.start() != 0 or kind not in lex.implicit_kinds
        ):
            continue
        after = core[match.end():]
        if lex.other_object.match(after):
            continue
        negated = bool(lex.negator.search(prefix))
        if lex.negator_after.match(after):
            negated = not negated
        if not negated and kind in ("ability", "commitment") and lex.feared_after.match(after):
            continue  # "i could end up dead ...": a feared consequence (a reason, as a phrase)
        window = _window_end(core, match.end())
        target = lex.target.search(core, match.end(), window + _SCOPE_CHARS)
        if target is not None and target.start() > window:
            target = None
        if target is None and negated:
            target = lex.status_quo_ending.search(core, match.end())
        modal_cue = f"{kind}:{match.group(0)}"
        if target is not None:
            direction = 1 if target.groupdict().get("change") is not None else -1
            target_cue = (
                f"change target:{target.group(0)}" if direction > 0
                else f"status quo:{target.group(0)}"
            )
        elif kind == "activation" and (
            not after.strip() or lex.activation_open.match(after)
            or (negated and lex.not_ready_open.match(after))
        ):
            direction, target_cue = 1, ""
        else:
            continue
        if negated:
            direction = -direction
        vote_kind = kind
        if kind == "ability" and negated and direction > 0:
            vote_kind = "need"  # "i can not keep doing this"
        consequence = lex.consequence_after.match(after) if kind == "commitment" else None
        if consequence:  # "i will wake up without a headache": foretold, not promised
            vote_kind = "reasons"
            modal_cue = f"reasons, a consequence:{match.group(0)}{consequence.group(0)}"
        cues = [modal_cue]
        if negated:
            cues.append("negated")
        if target_cue:
            cues.append(target_cue)
        votes.append(_Vote(direction, vote_kind, ", ".join(cues)))


def _phrase_votes(clause: str, lex: Lexicon, votes: list[_Vote]) -> None:
    for name, phrase in lex.phrase_index.search(clause):
        side, kind = name.split(":", 1)
        if side == "change":
            votes.append(_Vote(1, kind, f"{kind}:{phrase.group(0)}"))
        else:
            votes.append(_Vote(-1, kind, f"sustain {kind}:{phrase.group(0)}"))
    if lex.future_time.search(clause):
        found = lex.progressive.search(clause)
        if found:
            toward = found.group("verb") in lex.progressive_change or bool(found.group("only"))
            direction = 1 if toward else -1
            if found.group("neg"):
                direction = -direction
            votes.append(_Vote(direction, "commitment", f"commitment:{found.group(0)}"))


def _read_clause(clause: str, lex: Lexicon, votes: list[_Vote], neutral: list[str]) -> None:
    """The clause's votes, or the neutral cues that settle it, added to the lists given."""
    if lex.neutral_any is None or lex.neutral_any.search(clause) is not None:
        settled_by = [f"neutral, {reason}:{found.group(0)}" for reason, pattern in lex.neutral
                      if (found := pattern.search(clause))]
        if settled_by:
            neutral.extend(settled_by)
            return
    _frame_votes(clause, lex, votes)
    _phrase_votes(clause, lex, votes)


def _habit_worry(norm: str, votes: list[_Vote], lex: Lexicon) -> list[_Vote]:
    """"i can not stop checking the odds, even at work": the habit read as a worry
    (a reason for change), not the inability to change that sustain talk is."""
    worry = lex.habit_worry.search(norm)
    if worry is None:
        return votes
    marked = lex.worry_mark.search(norm)
    if marked is None:  # "i can not stop eating once i start" alone may be either
        return votes
    kept = [vote for vote in votes if not _cannot_stop(vote)]
    return [*kept, _Vote(1, "reasons", f"reasons, a worry about the habit:{worry.group(0)}"
                                       f", worry mark:{marked.group(0).strip()}")]


def _cannot_stop(vote: _Vote) -> bool:
    """The sustain reading of "can not stop" that a worry about the habit replaces."""
    return vote.score < 0 and vote.kind == "ability" and (
        "not stop" in vote.cue or "change target:stop" in vote.cue)


def _past_success(norm: str, votes: list[_Vote], lex: Lexicon) -> list[_Vote]:
    """A step taken long ago or toward another behaviour back then ("i stopped
    smoking once, years ago") shows ability (an affirmation), not a step toward
    the change at hand. A sentence that also places a step now keeps it."""
    if not any(vote.kind == "taking_steps" and vote.score > 0 for vote in votes):
        return votes
    past = lex.past_success.search(norm)
    if past is None or lex.recent_step.search(norm):
        return votes
    return [
        _Vote(vote.score, "ability", f"ability, a past success:{past.group(0)}, {vote.cue}")
        if vote.kind == "taking_steps" and vote.score > 0 else vote
        for vote in votes
    ]


def _is_question(raw: str, norm: str, lex: Lexicon) -> bool:
    return raw.rstrip().endswith("?") or bool(lex.question_start.match(lex.fillers.sub("", norm)))


def _decide(votes: list[_Vote]) -> tuple[str, str | None, list[str]]:
    total = sum(vote.score for vote in votes)
    if total == 0:
        return NEUTRAL, None, [vote.cue for vote in votes]
    sign = 1 if total > 0 else -1
    winners = [vote for vote in votes if vote.score * sign > 0]
    winners.sort(key=lambda vote: -abs(vote.score))
    label = CHANGE if sign > 0 else SUSTAIN
    kind = winners[0].kind or None
    return label, kind, [vote.cue for vote in votes]


def _segment_votes(segment: str, later: bool, lex: Lexicon) -> tuple[list[_Vote], list[str]]:
    votes: list[_Vote] = []
    neutral: list[str] = []
    for clause in _clauses(segment, lex):
        _read_clause(clause, lex, votes, neutral)
    if later and not votes:
        refusal = lex.elided_refusal.match(_cut_trailing(lex.fillers.sub("", segment)))
        if refusal:
            votes.append(_Vote(-1, "commitment", f"take-back:{refusal.group(0)}"))
    return votes, neutral


def _sentence_votes(norm: str, lex: Lexicon) -> tuple[list[_Vote], list[str]]:
    """Votes of one normalised sentence. A later clause after "but", "though",
    "and yet" that leans the other way takes back what came before it."""
    votes: list[_Vote] = []
    neutral: list[str] = []
    sustain = lex.sentence_sustain.search(_cut_trailing(norm))
    if sustain:
        votes.append(_Vote(-2, None, f"sustain:{sustain.group(0)}"))
    segments = [part for part in lex.take_back.split(norm) if part.strip(" ,.")]
    for index, segment in enumerate(segments):
        found, found_neutral = _segment_votes(segment, index > 0, lex)
        neutral.extend(found_neutral)
        lean = sum(vote.score for vote in found)
        before = sum(vote.score for vote in votes)
        if lean and before and (lean > 0) != (before > 0):
            neutral.append("taken back: " + "; ".join(vote.cue for vote in votes))
            votes = []
        votes.extend(found)
    sarcasm = lex.sarcasm.search(norm) if any(w in norm for w in lex.sarcasm_words) else None
    if sarcasm and any(vote.score > 0 for vote in votes):
        votes = [
            _Vote(-abs(vote.score), vote.kind, f"sarcasm:{sarcasm.group(0)}, {vote.cue}")
            for vote in votes
        ]
    hypothetical = lex.hypothetical.search(norm)
    if hypothetical and any(vote.score > 0 for vote in votes):
        neutral.append(f"neutral, hypothetical:{hypothetical.group(0)}: "
                       + "; ".join(vote.cue for vote in votes if vote.score > 0))
        votes = [vote for vote in votes if vote.score < 0]
    votes = _lapse(norm, votes, lex, neutral)
    votes = _untied_activity(norm, votes, lex, neutral)
    votes = _denied_worry(norm, votes, lex, neutral)
    return _past_success(norm, _habit_worry(norm, votes, lex), lex), neutral


def _denied_worry(norm: str, votes: list[_Vote], lex: Lexicon, neutral: list[str]) -> list[_Vote]:
    """"Not much scares me.", "That never worries me.": a worry denied is not a reason
    for change. The rules' worry phrase is set aside (cue `neutral, a worry denied:`);
    nothing else in the sentence is."""
    worries = [vote for vote in votes if vote.score > 0 and vote.kind == "reasons"
               and lex.worry_phrase.search(vote.cue)]
    denied = lex.denied_worry.search(norm) if worries else None
    if denied is None:
        return votes
    neutral.append(f"{DENIED_WORRY_CUE}{denied.group(0)}: " + "; ".join(v.cue for v in worries))
    return [vote for vote in votes if vote not in worries]


DENIED_WORRY_CUE = "neutral, a worry denied:"


def _untied_activity(norm: str, votes: list[_Vote], lex: Lexicon,
                     neutral: list[str]) -> list[_Vote]:
    """"I went for a walk.": an everyday activity (a walk, a run, the gym, work, bed at
    ten) is a step toward a change only when the sentence ties it to one ("instead of
    going to the pub", "when I felt like a drink"). Without that the tagger cannot know it
    is about the change the person is weighing, so it is not handed back as a step (cue
    `neutral, an everyday activity:`); nothing else in the sentence is set aside."""
    steps = [vote for vote in votes if vote.score > 0 and vote.kind == "taking_steps"
             and lex.activity_step.search(vote.cue)]
    if not steps or lex.step_tied.search(norm):
        return votes
    neutral.append(ACTIVITY_CUE + "; ".join(vote.cue for vote in steps))
    return [vote for vote in votes if vote not in steps]


ACTIVITY_CUE = "neutral, an everyday activity:"


def _lapse(norm: str, votes: list[_Vote], lex: Lexicon, neutral: list[str]) -> list[_Vote]:
    """A lapse told in the same sentence ("... and thought why not", "... then went
    back and had one"): a step beside it is not handed back as a step."""
    steps = [vote for vote in votes if vote.kind == "taking_steps" and vote.score > 0]
    lapse = lex.lapse.search(norm) if steps else None
    if lapse is None:
        return votes
    neutral.append(f"neutral, a lapse:{lapse.group(0)}: " + "; ".join(v.cue for v in steps))
    return [vote for vote in votes if vote not in steps]


def _as_statement(question: str, lex: Lexicon) -> str | None:
    """A closed question turned into the person's own words ("could you go a month
    without drinking?" -> "i could go a month without drinking"), or None."""
    asked = [piece for piece in split_statements(question) if piece.rstrip().endswith("?")]
    if not asked:
        return None
    norm = normalise(asked[-1][:_SENTENCE_LIMIT], lex)
    for pattern, replacement in lex.question_to_statement:
        for found in pattern.finditer(norm):
            if lex.question_word.search(_CLAUSE_CUT.split(norm[:found.start()])[-1]):
                continue  # "how could you ...", "what could you do ...": an open question
            rest = norm[found.end():]
            words = [lex.second_to_first.get(word, word) for word in rest.split()]
            return " ".join([replacement, *words]).strip(" ?")
    return None


_CLAUSE_CUT = re.compile(r"[,;:]| -+ ")


def _answer_votes(answer: str, question: str, lex: Lexicon) -> list[_Vote]:
    """A short yes or no to a closed question about change: the question's frame
    becomes the person's (yes keeps its direction, no turns change into sustain)."""
    short = lex.fillers.sub("", answer).strip(" ,.!")
    if len(short.split()) > 6:
        return []
    yes = lex.yes.match(short) or lex.yes.match(answer)
    no = None if yes else (lex.no.match(short) or lex.no.match(answer))
    if not (yes or no):
        return []
    statement = _as_statement(question, lex)
    if not statement:
        return []
    votes, _ = _sentence_votes(statement, lex)
    lean = sum(vote.score for vote in votes)
    if lean > 0 and yes:
        return [_Vote(1, v.kind, f"yes to the question:{statement}, {v.cue}")
                for v in votes if v.score > 0]
    if lean > 0 and no:
        return [_Vote(-1, v.kind, f"no to the question:{statement}, {v.cue}")
                for v in votes if v.score > 0]
    if lean < 0 and yes:
        return [_Vote(-1, v.kind, f"yes to the question:{statement}, {v.cue}")
                for v in votes if v.score < 0]
    return []


def rule_statement(text: str, language: str = "en", question: str | None = None) -> Tagged:
    """The rules alone: label one statement (it may hold several sentences) as a whole."""
    return _rule_reading(text, language, question)[0]


def _rule_reading(text: str, language: str, question: str | None) -> tuple[Tagged, str]:
    """The rules' label, and the statement normalised (its sentences joined)."""
    lex = lexicon(language)
    votes: list[_Vote] = []
    neutral: list[str] = []
    norms: list[str] = []
    for raw in split_statements(text[:_SENTENCE_LIMIT * 4]) or [text]:
        norm = normalise(raw[:_SENTENCE_LIMIT], lex)
        if not norm:
            continue
        norms.append(norm)
        if _is_question(raw, norm, lex):
            neutral.append("neutral:question")
            continue
        found, found_neutral = _sentence_votes(norm, lex)
        votes.extend(found)
        neutral.extend(found_neutral)
    if not votes and question and norms:
        votes = _answer_votes(norms[0], question, lex)
    label, kind, cues = _decide(votes)
    if label == NEUTRAL:
        cues = neutral + cues
    else:
        cues = [cue for cue in neutral if cue.startswith("taken back:")] + cues
    return Tagged(text=text, label=label, kind=kind, cues=tuple(cues)), " ".join(norms)


_SETTLED = ("someone else's words", "neutral:question", "the past", "two minds", "a hedge",
            "hypothetical", "a worry denied", "an everyday activity", "a setback told")
_NOT_CHANGE = ("sarcasm:", "taken back", "take-back:", "a lapse:", *_SETTLED)


def change_allowed(cues: tuple[str, ...], label: str | None = None) -> bool:
    """False when the rules saw something that must never read as change talk:
    irony, a hypothetical, a take-back, someone else's words, a question, the
    past, a hedge, two minds. A take-back the rules' change talk won (`label` change:
    "I like beer but I want to cut down.") is no veto: the change came last."""
    vetoes = _NOT_CHANGE if label != CHANGE else _NOT_CHANGE_AFTER_TAKE_BACK
    return not any(veto in cue for cue in cues for veto in vetoes)


_NOT_CHANGE_AFTER_TAKE_BACK = tuple(veto for veto in _NOT_CHANGE if veto != "taken back")


def settled(label: str, kind: str | None, cues: tuple[str, ...]) -> bool:
    """The rules' reading is final, the statistical part is not asked: a settled
    neutral (see `settled_neutral`), sustain talk (an explicit frame toward the
    status quo, irony, a take-back), or mobilizing change talk (commitment,
    activation, taking steps)
    in the person's own words."""
    if label == CHANGE:
        return kind in MOBILIZING
    if label == SUSTAIN:
        return True
    return settled_neutral(label, cues)


def settled_neutral(label: str, cues: tuple[str, ...]) -> bool:
    """The rules' neutral is final: someone else's words, a question, the past,
    a hedge, two minds, a hypothetical, a worry denied, an everyday activity or a setback
    told, and nothing that leans either way."""
    return label == NEUTRAL and any(reason in cue for cue in cues for reason in _SETTLED)


def _kind_hint(norm: str, lex: Lexicon) -> str:
    for kind, pattern in lex.kind_hints:
        if pattern.search(norm):
            return kind
    return "reasons"


def tag_statement(text: str, language: str = "en", question: str | None = None) -> Tagged:
    """Label one statement (it may hold several sentences) as a whole; `question`,
    when given, is what the statement answers. Crisis words are never change talk.

    The rules read it first; the language's statistical part (if it has one) then
    weighs their reading with the words, and may only keep, doubt or (when very
    sure) add change talk where the rules saw nothing against it."""
    from mi_journal.crisis.detect import touches_crisis

    if touches_crisis(text):  # even negated ("I'm not suicidal"): safety wins (issue 11)
        return Tagged(text=text, label=NEUTRAL, kind=None, cues=(CRISIS_CUE,), crisis=True)
    return _tag_cleared(text, language, question)


def _tag_cleared(text: str, language: str, question: str | None, evoked: bool = True) -> Tagged:
    """`tag_statement` for a statement the crisis check has already read and cleared.
    Only `changetalk.select.tag_cleared` calls it, with a `Cleared` piece that only
    `changetalk.select.screen` makes: every sentence is read by the crisis check once.
    `evoked=False`: the answer this sentence belongs to waves the question off
    elsewhere (`waves_off`), so the question-as-context rule is not asked."""
    from mi_journal.changetalk import model as statistical

    rules, norm = _rule_reading(text, language, question)
    waved_off = not evoked  # the answer waves an evoking question off elsewhere
    if evoked and question and rules.label == NEUTRAL and not rules.cues:
        answered, waved_off = _evoked_reading(text, norm, question, language)
        if answered is not None:  # the rules' change talk stands: the model is not asked
            return answered
    fitted = statistical.load(language)
    if fitted is None or settled(rules.label, rules.kind, rules.cues):
        return rules
    lex = lexicon(language)
    found_features = statistical.features(
        norm, normalise(question[-_SENTENCE_LIMIT:], lex) if question else "",
        rules.label, rules.kind, rules.cues,
    )
    allowed = change_allowed(rules.cues, rules.label)
    found = statistical.predict(fitted, found_features, rules.label, allowed)
    if waved_off and allowed and found.label == CHANGE and rules.label != CHANGE:
        # "Nothing would change.": the statistical part never calls it change; change talk
        # the rules found by their own cue ("My kids are starting to notice.") stands
        found = statistical.predict(fitted, found_features, rules.label, False)
        found = replace(found, cues=(WAVED_OFF_CUE, *found.cues))
    cues = rules.cues + found.cues
    if found.label == rules.label:
        return Tagged(text=text, label=rules.label, kind=rules.kind, cues=cues)
    if found.label == CHANGE:
        return Tagged(text=text, label=CHANGE, kind=_kind_hint(norm, lex), cues=cues)
    kind = rules.kind if found.label == SUSTAIN and rules.label == SUSTAIN else None
    return Tagged(text=text, label=found.label, kind=kind, cues=cues)


@lru_cache(maxsize=512)
def _asked(question: str, language: str) -> str:
    """The question's last sentence that asks (ends with "?"), normalised; "" when
    none does (a counsellor's reflection, "there is more to gain from making these
    changes.", is not a question, though its words are a question's)."""
    sentences = split_statements(question[-_SENTENCE_LIMIT:])
    asked = [piece for piece in sentences if piece.rstrip().endswith("?")]
    return normalise(asked[-1], lexicon(language)) if asked else ""


WAVED_OFF_CUE = "neutral, waves off the question"


def _evoked_reading(text: str, norm: str, question: str,
                    language: str) -> tuple[Tagged | None, bool]:
    """Change talk of the kind an open question evokes, when the answer (in which the
    rules found nothing) plainly answers it (`changetalk.evoked`); else None. And
    whether the answer waves such a question off ("Nothing would change.", "would be
    nice, in an ideal world"): then the statistical part may not call it change."""
    from mi_journal.changetalk import evoked as evoking

    asked = evoking.evoked_by(_asked(question, language), language)
    if asked is None:
        return None, False
    lex = lexicon(language)
    bare = lex.fillers.sub("", norm)
    if lex.sarcasm.search(norm) or lex.hypothetical.search(norm) \
            or evoking.turns_away(bare, language):
        return None, True
    cue = evoking.answer_cue(bare, asked, language)
    if cue is None:
        return None, False
    return Tagged(text=text, label=CHANGE, kind=asked.kind, cues=(cue,)), False


def sounds_sarcastic(text: str, language: str = "en") -> bool:
    """True when `text` holds a sarcasm or irony marker ("oh sure, I'll just become a
    saint"), whether or not the rules found a change frame it turns around."""
    lex = lexicon(language)
    norm = normalise(text[-_SENTENCE_LIMIT:], lex)
    return any(word in norm for word in lex.sarcasm_words) \
        and lex.sarcasm.search(norm) is not None


def waves_off(text: str, question: str | None, language: str = "en") -> bool:
    """True when `question` evokes change talk (`changetalk.evoked`) and a sentence of
    the answer `text` waves it off or turns away ("Nothing, really. The kids are grown
    up."): then no sentence of it is read as answering the question."""
    from mi_journal.changetalk import evoked as evoking

    if not question or evoking.evoked_by(_asked(question, language), language) is None:
        return False
    lex = lexicon(language)
    for sentence in split_statements(text[:_SENTENCE_LIMIT * 4]):
        norm = normalise(sentence[:_SENTENCE_LIMIT], lex)
        if evoking.turns_away(lex.fillers.sub("", norm), language) or lex.sarcasm.search(norm) \
                or lex.hypothetical.search(norm):
            return True
    return False


def tag_text(text: str, language: str = "en", question: str | None = None) -> list[Tagged]:
    """Split a free text into sentences and label each one (each read with `question`,
    and one that only points back with the sentence before it: `read_with_before`)."""
    from mi_journal.crisis.detect import touches_crisis

    evoked = not waves_off(text, question, language)
    tagged: list[Tagged] = []
    for sentence in split_statements(text):
        if evoked:
            found = tag_statement(sentence, language, question)
        elif touches_crisis(sentence):  # as tag_statement: safety first
            found = Tagged(text=sentence, label=NEUTRAL, kind=None, cues=(CRISIS_CUE,), crisis=True)
        else:
            found = _tag_cleared(sentence, language, question, evoked=False)
        tagged.append(read_with_before(found, tagged[-1] if tagged else None, language, question))
    return tagged


CARRIED_CUE = "read with the sentence before:"


def read_with_before(tagged: Tagged, before: Tagged | None, language: str = "en",
                     question: str | None = None) -> Tagged:
    """A sentence that says its change only by pointing back ("I'm going to skip
    drinking on Tuesday." "I will do the same on Wednesday.") leans the way the
    sentence before it does, when the rules found that lean and saw nothing in this
    one (the statistical part's guess gives way): in the future it is a commitment,
    in the past a step. Never quoted on its
    own (`select.quotable`): without the sentence before, the words say nothing."""
    if (before is None or tagged.crisis or before.crisis
            or before.label == NEUTRAL
            or any(not cue.startswith("model:") for cue in tagged.cues)):
        return tagged
    lex = lexicon(language)
    pointing = lex.refers_back.search(lex.fillers.sub("", normalise(tagged.text, lex)))
    if pointing is None or rule_statement(before.text, language, question).label != before.label:
        return tagged
    kind = before.kind
    if before.label == CHANGE and pointing.group("future"):
        kind = "commitment"
    elif before.label == CHANGE and pointing.group("past"):
        kind = "taking_steps"
    cue = f"{CARRIED_CUE}{pointing.group(0)}, {before.cues[0] if before.cues else before.label}"
    return Tagged(text=tagged.text, label=before.label, kind=kind, cues=(cue, *tagged.cues))

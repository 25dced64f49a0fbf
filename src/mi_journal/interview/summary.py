"""The closing summary: the person's own words handed back, reflected, never ours.

Built only from what they wrote (each sentence read by the change-talk tagger
with the question it answers):
1. When they voiced both sides, a double-sided reflection: one sentence of the
   side that holds them back, then one of their change talk, ending on change
   (that change talk is not quoted again under it).
2. Their change talk grouped by kind, mobilizing first, as whole sentences: a
   sentence that leans on the one before ("That scares me.") is quoted with it,
   and a fragment is never quoted alone. The heading claims ("What you said you
   will do") only for clear commitment; other kinds get softer headings.
3. The other sentences of answers the pack marks `reflect`, as their context;
   a choice picked from a list is shown as their choice, never as "You wrote".
4. An affirmation, only from strengths or past successes they named: each answer
   its own quote (two answers were once glued into one), and none from an answer
   that declines or is unsure ("not sure tbh"; `interview.declining`). A good day
   is not a strength: "What made it a good day?" is read back as their words.
5. Their rulers, then a closing key question that leaves "nothing for now" open;
   when they declined the question the interview hung on ("nothing for now" as
   the focus, `interview.declining`), a kind line that this is fine instead.
A sentence with crisis language is never quoted (`changetalk.select.screen`,
the one place it is removed); one gentle line says something was left out instead.
Words the person wrote after an answer showed the help lines (`withheld`, from the
interview) are read as the other sentences of that answer are: only change talk that
names what it is about and points nowhere else (`changetalk.select.stands_alone`) is
quoted, since the detector may have missed the rest and it would read as change.
Sustain talk is quoted at most once, in the double-sided
reflection, and only when change talk follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from mi_journal.interview.declining import declines
from mi_journal.messages import summary as summary_msg
from mi_journal.packs.model import Pack
from mi_journal.packs.template import show_value
from mi_journal.storage.models import Answer, AnswerKind, Stage

PER_KIND = 3
QUOTE_CHARS = 400
_FREE_KINDS = (AnswerKind.text, AnswerKind.long_text, AnswerKind.list)
_CHOICE_KINDS = (AnswerKind.choice, AnswerKind.multi_choice, AnswerKind.yes_no)
_SUSTAIN_WORDS = 16  # longer sustain talk is acknowledged, not quoted
_STRENGTH_PROMPT = re.compile(
    r"strength|good at|got through|draw on|drew on|proud|managed|succe|done before"
    r"|helped you", re.IGNORECASE)
AFFIRMED_ANSWERS = 2
# Keeping things as they are, answered to a strengths question, is not something to draw on
# for a change (lint7's walk: "You named something you can draw on: 'I like things the way
# they are.'"); it is read as the side that holds back instead.
_AS_THINGS_ARE = re.compile(
    r"\b(?:the way|as) (?:it|they|things) (?:is|are)\b|\bhappy as i am\b"
    r"|\b(?:do not|don'?t) (?:want|need|plan) to change\b", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A whole, quotable piece of an answer: one sentence, or a few that lean together."""

    text: str
    label: str
    kind: str | None
    # Sarcasm ("yeah right, I'll totally quit") is sustain talk, but quoted back beside
    # the change side it can read as mocking the person: such a line is only counted.
    sarcastic: bool = False
    # Its place among the change talk of its own answer (0: the first): a kind shows the
    # first of each answer before a second of any, so one long answer does not crowd out
    # the others (several questions of a pack evoke the same kind).
    nth: int = 0


@dataclass
class _Gathered:
    change: list[Unit] = field(default_factory=list)
    sustain: list[Unit] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)  # one per answer, never joined
    left_out: bool = False  # sustain talk or crisis language that was not quoted
    crisis: bool = False  # crisis language was left out: one gentle line says so
    # Ordinary words written after the help lines were left out: a line says so (walk5:
    # only the "sounded very painful" line was given, which did not fit them).
    after_lines: bool = False


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"\u201c{flat}\u201d"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _items(answer: Answer) -> list[str]:
    if answer.skipped or answer.value is None:
        return []
    if isinstance(answer.value, list):
        return [item for item in answer.value if isinstance(item, str)]
    if answer.kind in _FREE_KINDS and isinstance(answer.value, str):
        return [answer.value]
    return [show_value(answer.value)]


def free_texts(answers: Sequence[Answer]) -> list[str]:
    """The person's free-text words in these answers: text, long text and list items."""
    return [item for answer in answers if answer.kind in _FREE_KINDS for item in _items(answer)]


def quotable_units(text: str, question: str | None) -> tuple[list[Unit], bool]:
    """The whole pieces of `text` that may be quoted, each labelled, and whether
    something was left out for crisis language (removed by
    `changetalk.select.screen`, the one place that does it)."""
    from mi_journal.changetalk import CHANGE
    from mi_journal.changetalk.select import pieces, quotable, screen, tag_cleared
    from mi_journal.changetalk.tagger import sounds_sarcastic, waves_off

    kept, crisis = screen(pieces(text), text)
    evoked = not waves_off(text, question)
    units: list[Unit] = []
    for cleared in kept:  # each sentence read for crisis words once, in `screen`
        piece = cleared.text
        tagged = tag_cleared(cleared, question=question, evoked=evoked)
        change = [t for t in tagged if t.label == CHANGE and quotable(t)]
        sustain = [t for t in tagged if quotable(t, "sustain")]
        if change and not sustain:
            best = min(change, key=lambda t: _kind_rank(t.kind))
            units.append(Unit(piece, CHANGE, best.kind))
        elif sustain and not change:
            sarcastic = any(cue.startswith("sarcasm:") for t in sustain for cue in t.cues)
            units.append(Unit(piece, "sustain", sustain[0].kind, sarcastic))
        else:
            # Sarcasm or an answer that waves the question off ("yeah right, like I'm
            # ever going to stop") is not read back as "You wrote".
            dismissive = (not evoked and waves_off(piece, question)) or any(
                cue.startswith("sarcasm:") for t in tagged for cue in t.cues
            ) or sounds_sarcastic(piece)  # "Oh sure, I'll just become a saint ..."
            units.append(Unit(piece, "neutral", None, dismissive))
    return units, crisis


def _kind_rank(kind: str | None) -> int:
    from mi_journal.changetalk import KINDS_CHANGE

    return KINDS_CHANGE.index(kind) if kind in KINDS_CHANGE else len(KINDS_CHANGE)


def _question(pack: Pack, answer: Answer) -> str | None:
    try:
        return pack.prompt(answer.prompt).text
    except KeyError:
        return None


def _gather(pack: Pack, answers: Sequence[Answer],
            withheld: frozenset[str] = frozenset()) -> _Gathered:
    out = _Gathered()
    reflect_ids = {p.id for p in pack.prompts if p.reflect}
    topics = _topic_ids(pack)
    seen: set[str] = set()
    for answer in answers:
        question = _question(pack, answer)
        reflected = answer.prompt in reflect_ids
        if answer.kind in _CHOICE_KINDS:
            if reflected:
                out.choices.extend(_items(answer))
            continue
        if answer.kind not in _FREE_KINDS:
            continue
        strengths = reflected and bool(question and _STRENGTH_PROMPT.search(question))
        named: list[str] = []  # per item of the answer, its strength sentences
        for item in _items(answer):
            if strengths and declines(item):
                continue  # "not sure tbh" names no strength: no affirmation from it
            units, crisis = quotable_units(item, question)
            if answer.prompt in withheld:  # written after the help lines were shown
                units, held_back = _standing_alone(units)
                out.after_lines = out.after_lines or held_back
                out.left_out = out.left_out or held_back
            out.left_out = out.left_out or crisis
            out.crisis = out.crisis or crisis
            nth = 0
            strength: list[str] = []
            for unit in units:
                key = _flat(unit.text).lower()
                if key in seen:
                    continue
                seen.add(key)
                if unit.label == "sustain":
                    out.sustain.append(unit)
                    out.left_out = True
                elif unit.label != "change" and declines(unit.text):
                    continue  # "Nothing.", "Dunno." are not read back as their words
                elif strengths and _AS_THINGS_ARE.search(unit.text.replace("\u2019", "'")):
                    out.sustain.append(replace(unit, label="sustain"))
                    out.left_out = True
                elif strengths:  # their own strengths and past successes: an affirmation
                    strength.append(unit.text)
                elif unit.label == "change":
                    out.change.append(replace(unit, nth=nth))
                    nth += 1
                elif reflected and not unit.sarcastic and not (
                        answer.prompt in topics and len(unit.text.split()) <= _TOPIC_WORDS):
                    # Sarcasm is not read back as their words; nor is a short topic
                    # ("drinking") that later questions already name.
                    out.context.append(unit.text)
            if strength:
                named.append(" ".join(strength))
        if named:
            out.strengths.append("; ".join(named))
    return out


_TOPIC_WORDS = 4


def _standing_alone(units: list[Unit]) -> tuple[list[Unit], bool]:
    """The units of an answer written after the help lines that may still be quoted, and
    whether any was left out."""
    from mi_journal.changetalk.select import stands_alone

    kept = [unit for unit in units if unit.label == "change" and stands_alone(unit.text)]
    return kept, len(kept) != len(units)


def _topic_ids(pack: Pack) -> set[str]:
    """Prompts whose answer later questions put in their own text ("{focus}")."""
    from mi_journal.packs.template import references

    return {ref.prompt for prompt in pack.prompts for ref in references(prompt.text)}


def _ruler_line(pack: Pack, answers: Sequence[Answer]) -> str:
    parts: list[str] = []
    for answer in answers:
        if answer.ruler is None or not isinstance(answer.value, int) or answer.skipped:
            continue
        try:
            low, high = pack.prompt(answer.prompt).bounds
        except KeyError:
            low, high = 0, 10
        parts.append(summary_msg.summary_ruler(answer.ruler.value, answer.value, low, high))
    return summary_msg.summary_rulers(parts) if parts else ""


def _grouped(change: list[Unit]) -> list[str]:
    from mi_journal.changetalk import KINDS_CHANGE

    lines: list[str] = []
    for kind in KINDS_CHANGE:
        found = sorted((unit for unit in change if unit.kind == kind),
                       key=lambda unit: unit.nth)[:PER_KIND]
        found.sort(key=change.index)  # shown in the order said
        if found:
            lines.append(summary_msg.SUMMARY_KIND_HEADINGS[kind])
            lines.extend(f"  - {_quote(unit.text)}" for unit in found)
    return lines


def _double_sided(gathered: _Gathered) -> tuple[str, Unit | None]:
    """The double-sided reflection, and the change talk it ends on."""
    if not gathered.change or not gathered.sustain:
        return "", None
    ordered = sorted(gathered.change, key=lambda unit: _kind_rank(unit.kind))
    short = [unit for unit in gathered.sustain
             if len(unit.text.split()) <= _SUSTAIN_WORDS and not unit.sarcastic
             and not declines(unit.text)]
    toward = _quote(ordered[0].text, 200)
    if not short:  # sustain talk is not read back at length
        return summary_msg.summary_double_sided_brief(toward), ordered[0]
    return summary_msg.summary_double_sided(_quote(short[0].text), toward), ordered[0]


def build_summary(pack: Pack, answers: Sequence[Answer],
                  withheld: frozenset[str] = frozenset()) -> str:
    """Plain text, saved with the entry and shown at the close of the interview.
    `withheld`: prompts whose words are not quoted (given after the help lines)."""
    try:
        gathered = _gather(pack, answers, withheld)
    except Exception:  # The summary must never stop an interview from being saved.
        gathered = _Gathered()
    lines: list[str] = []
    double, ends_on = _double_sided(gathered)
    if double:
        lines += [double, ""]
    # The words the reflection ends on are not quoted again right under it (walk6: the
    # same answer twice in a row); the rest of the change talk follows, grouped by kind.
    lines += _grouped([unit for unit in gathered.change if unit is not ends_on])
    if gathered.context:
        lines.append(summary_msg.summary_context_heading(after_change=bool(gathered.change)))
        lines.extend(f"  - {_quote(text)}" for text in gathered.context)
    if gathered.choices:
        lines.append(summary_msg.summary_choices(gathered.choices))
    if gathered.strengths:
        quotes = [_quote(text) for text in gathered.strengths[:AFFIRMED_ANSWERS]]
        lines.append(summary_msg.summary_affirmation(*quotes))
    if not lines and gathered.left_out:
        lines.append(summary_msg.SUMMARY_NOTHING_QUOTED)
    if gathered.crisis:
        lines.append(summary_msg.SUMMARY_CRISIS_LEFT_OUT)
    if gathered.after_lines:
        lines.append(summary_msg.SUMMARY_AFTER_LINES_LEFT_OUT)
    rulers = _ruler_line(pack, answers)
    if rulers:
        lines.append(rulers)
    if _declined_topic(pack, answers):  # they have just said "not now": no question after it
        return "\n".join([*lines, *([""] if lines else []), summary_msg.SUMMARY_DECLINED])
    if lines and not _already_said_what_next(pack, answers):
        lines += ["", summary_msg.SUMMARY_KEY_QUESTION]
    return "\n".join(lines)


def _declined_topic(pack: Pack, answers: Sequence[Answer]) -> bool:
    """True when the answer the rest of the pack would quote declined ("not sure")."""
    from mi_journal.interview.declining import topic_prompts

    topics = topic_prompts(pack.prompts)
    return any(answer.prompt in topics and declines(answer.value) for answer in answers)


# A question of the pack that already asks what, if anything, the person would like to do
# ("...would you like to do with what you noticed today?", "What could you try...?").
_ASKS_WHAT_NEXT = re.compile(
    r"\b(?:would you like to|you might|might you|could you) (?:do|try)\b", re.IGNORECASE)


def _already_said_what_next(pack: Pack, answers: Sequence[Answer]) -> bool:
    """True when the person answered a planning question in this interview, or picked a
    "not now" direction the pack reflects ("keeping things as they are for now", "not
    sure yet").

    They have just said what, if anything, they would like to do next (a plan, a first
    step, or "nothing for now"); asking it again in the summary would only repeat it,
    and after "keeping things as they are" it would press (lint7's walk of focusing).
    So would asking it after an answer to the pack's own what-next question
    (looking-back-forward ends on "What, if anything, would you like to do with what you
    noticed today?"). A skipped one, like a skipped planning question, leaves it open.
    """
    from mi_journal.interview.declining import picks_not_now

    stages = {prompt.id: prompt.stage for prompt in pack.prompts}
    reflected = {prompt.id for prompt in pack.prompts if prompt.reflect}
    asks_next = {prompt.id for prompt in pack.prompts if _ASKS_WHAT_NEXT.search(prompt.text)}
    if any(answer.prompt in asks_next and not answer.skipped for answer in answers):
        return True
    return any(
        not answer.skipped and (
            stages.get(answer.prompt) is Stage.planning
            or (answer.kind is AnswerKind.choice and answer.prompt in reflected
                and picks_not_now(answer.value)))
        for answer in answers
    )

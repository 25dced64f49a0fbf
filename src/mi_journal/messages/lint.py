"""`mij pack check`: what the pack lint says to a counsellor about a prompt's wording."""

from __future__ import annotations

LINT_CLOSED_FORMS = {
    "inversion": "it starts like a yes/no question",
    "yes/no request": "it asks for a yes or a no inside a request",
    "declarative question": "it is a statement said as a question",
    "or-not question": "it ends with \"or not\"",
    "amount question": "it asks for a number or an amount",
    "time question": "it asks for a time or a date",
    "place question": "it asks for a place",
    "person question": "it asks who",
    "choice question": "it asks for a pick from a set",
    "attribute question": "it asks for one fact",
    "rating question": "it asks for a number on a scale",
    "fact echo": "it asks for one fact",
}
# Fact questions get a fact-shaped example; yes/no questions a yes/no-shaped one.
LINT_CLOSED_EXAMPLES = {
    "amount question": '"How many nights do you drink?" -> "What are your evenings like?"',
    "time question": '"When did you last use?" -> "What was going on the last time you used?"',
    "place question": '"Where do you buy it?" -> "What is it like when you go to buy it?"',
    "person question": '"Who do you drink with?" -> "What are the people you drink with like?"',
    "choice question": '"Which matters most?" -> "What matters most to you, and why?"',
    "attribute question": '"What is your usual bedtime?" -> "What are your nights like?"',
    "fact echo": '"You started when?" -> "How did it start?"',
    "rating question": '"On a scale of 0 to 10, how ready are you?" -> "What makes you feel '
    'ready, or not yet?" (a 0-10 number fits a scale prompt)',
}


def lint_closed_question(form: str) -> str:
    why = LINT_CLOSED_FORMS.get(form, "it can be answered with yes or no")
    if form in LINT_CLOSED_EXAMPLES:
        return (
            f"a free-text prompt asked as a closed question ({why}), which invites a short "
            "answer; you might ask what it is like, how it goes or what it means to the "
            f"person instead, e.g. {LINT_CLOSED_EXAMPLES[form]}"
        )
    return (
        f"a free-text prompt asked as a closed question ({why}); you might open it up with "
        '"What...", "How..." or "Tell me about...", e.g. "Do you drink every night?" -> '
        '"What are your evenings like?"'
    )


RIGHTING_REWORDS = {
    "you should": '"you might" or "what would you choose?"',
    "you must": '"you might" or "what feels right to you?"',
    "you need to": '"what do you think you could...?"',
    "you have to": '"what would you like to...?"',
    "you ought to": '"you might"',
    "why don't you": '"what might you try?"',
    "why didn't you": '"what got in the way?"',
    "why haven't you": '"what has got in the way so far?"',
    "why won't you": '"what would make it feel possible?"',
    "why can't you": '"what would help?"',
    "if i were you": '"some people find... what do you make of that?"',
    "don't you think": '"what do you make of it?"',
    "isn't it time": '"what, if anything, would you like to do about it?"',
    "don't": '"what might you try instead?"',
    "do not": '"what might you try instead?"',
    "never": '"what would you like to do about it, if anything?"',
    "stop": '"what would you like to do about it, if anything?"',
    "quit": '"what would you like to do about it, if anything?"',
    "avoid": '"what might make it easier to keep away from it, if you want to?"',
    "admit": '"what do you make of it?"',
    "promise": '"what would you like to aim for, if anything?"',
    "make sure you": '"what might help you remember to...?"',
    "be honest": '"What is a usual week like?" (an open question, trusting the answer)',
}
LINT_WHY_BLAMING = (
    "a why-question that blames (\"why would you do that to yourself again?\", \"why are "
    "you still...\", \"how could you let...\") asks for a defence, not a story (the "
    "righting reflex); you might ask what was going on, e.g. \"What was going on for you "
    "the last time it happened?\""
)
# Judging and confronting (lint key -> what it does, what to say instead).
JUDGING = {
    "excuse": (
        "judges the person's reasons before hearing them, which invites a defence",
        '"What got in the way?" or "What was going on for you then?"',
    ),
    "admit": (
        "asks the person to admit a problem, which confronts them and invites a defence",
        '"How do you see your drinking these days?" or "What concerns you about it, if '
        'anything?"',
    ),
    "keep-up": (
        "doubts the person, which confronts them and invites a defence",
        '"How do you see things going if nothing changes?" or "What would you like to be '
        'different, if anything?"',
    ),
    "deserve": (
        "asks the person to justify themselves, which judges them and invites a defence",
        '"What does a drink give you at the end of a day like that?"',
    ),
}


def lint_judging(key: str, phrase: str) -> str:
    what, reword = JUDGING[key]
    return f'"{phrase}" {what} (the righting reflex); you might say {reword}'


LINT_WHY_CONFRONTING = (
    "a why-question that confronts (\"why ... when you know\", \"why can't you\") "
    "argues for change and invites a defence (the righting reflex); you might ask what the "
    "person makes of it, e.g. \"Why do you keep drinking when you know it hurts your family?\" "
    "-> \"What do you make of the drinking and what it means for your family?\""
)


# Questions that carry their own answer: the person is asked to agree, not to say.
LEADING_QUESTIONS = frozenset({"don't you think", "isn't it time"})


def lint_righting_reflex(phrase: str) -> str:
    reword = RIGHTING_REWORDS.get(phrase, '"you might" or a question that hands the choice back')
    if phrase in LEADING_QUESTIONS:
        return (
            f'"{phrase}" is a leading question: it holds its own answer and asks the person '
            f"to agree (the righting reflex); you might say {reword}"
        )
    return (
        f'"{phrase}" tells the person what to do (the righting reflex); '
        f"you might say {reword}"
    )


LABEL_REWORDS = {
    "addict": '"a person who uses drugs" or "someone who uses"',
    "alcoholic": '"someone who drinks" or "a person who uses alcohol"',
    "abuser": '"a person who uses..." and "substance use" instead of "abuse"',
    "junkie": '"a person who uses drugs"',
    "clean": '"not using" or "alcohol-free"',
    "dirty": '"using" or "a positive test"',
    "relapse": '"a setback", "a lapse" or "a return to use"',
    "failed": '"it did not go as planned" or "a setback"',
    "user": '"a person who uses drugs" or "someone who drinks"',
    "denial": '"not sure it is a problem" or "in two minds about it"',
    "drunk": '"someone who drinks" or "the people you drink with"',
    "problem drinker": '"someone who drinks" or "people who want to look at their drinking"',
    "drinking problem": '"your drinking" or "how drinking fits in your life"',
}


def lint_labeling(word: str, key: str) -> str:
    return f'"{word}" can sting and stigmatize; you might say {LABEL_REWORDS[key]}'


# Wording that presumes a change, a goal or a decision the person has not named (lint key
# -> a rewording that leaves the direction to them).
PRESUMING_REWORDS = {
    "sober": '"the way you would like things to be with drinking, if you want a change"',
    "recovery": '"the changes you are thinking about, if any"',
    "quit": '"to make a change around it, if you choose one" (cutting down and stopping are '
    'both the person\'s choice)',
    "the change you": '"a change around ..., if you choose one"',
    "since you": '"What, if anything, has changed lately?"',
    "will do differently": '"What, if anything, would you like to do differently?"',
}


def lint_presumes(phrase: str, key: str) -> str:
    return (
        f'"{phrase}" presumes a change or a goal the person may not have chosen; you might '
        f"say {PRESUMING_REWORDS[key]}"
    )


LINT_RULER_REQUIRED = (
    "a ruler the person cannot skip: they may not want to put a number on it today; you "
    "might add optional = true (skipping a ruler skips its follow-ups too)"
)


def lint_why_not_ten(ruler: str) -> str:
    """`ruler` is the scale prompt's id, so the suggestion can be pasted as it is."""
    return (
        "this asks why the number is not higher, which invites reasons against change; "
        f'you might ask "What puts you at {{{ruler}}} and not at {{{ruler}:-2}}?" or '
        f'"What would it take to move from {{{ruler}}} to {{{ruler}:+1}}?"'
    )


def lint_assignment_left_out(missing: str) -> str:
    return (
        f"it quotes or depends on {missing!r}, which the [assignment] leaves out, so it "
        f"would never be asked as homework; you might add {missing!r} (or its stage) "
        "to the assignment"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def lint_placeholder_repeated(name: str, most: int, total: int) -> str:
    return (
        f"this prompt quotes earlier answers {total} times ({{{name}}} {most} times); a long "
        "answer quoted again and again makes a question hard to read (each quote is "
        "shortened to 300 characters and the question to 4,000), so you might quote each "
        "answer once"
    )


def lint_too_long(words: int, sentences: int, questions: int) -> str:
    counts = ", ".join(
        (_count(words, "word"), _count(sentences, "sentence"), _count(questions, "question"))
    )
    return (
        f"this prompt is long to take in at once ({counts}); "
        "you might keep one question of under 40 words and move "
        "background into `help`, or split it into two prompts"
    )


_CLOSED_KINDS = {"scale": "a 0-10 ruler", "choice": "a pick from a list",
                 "multi_choice": "a pick from a list", "yes_no": "a yes/no question"}


def lint_no_follow_up(kind: str) -> str:
    if kind == "scale":
        return (
            "a 0-10 ruler with no open follow-up: the number alone ends the thread; you "
            "might add an optional prompt after it that quotes it, e.g. "
            '"What puts you at {ruler} and not lower?" (with the ruler\'s id)'
        )
    what = _CLOSED_KINDS.get(kind, "a closed question")
    return (
        f"{what} with no open follow-up: the pick alone ends the thread; you might add an "
        'optional prompt after it that quotes it, e.g. "What drew you to {choice}?" '
        "(with the prompt's id)"
    )


_FIELDS = {
    "text": "the text", "help": "the help", "title": "the pack's title",
    "description": "the pack's description", "author": "the author's name",
    "assigned_by": "the assignment's assigned_by", "note": "the assignment's note",
}


def _field(where: str) -> str:
    """"text" -> "the text", "label 10" -> "the label for 10", "choice 2" as it is."""
    if where.startswith("label "):
        return f"the label for {where[len('label '):]}"
    return _FIELDS.get(where, where)


def in_field(where: str, message: str) -> str:
    """A finding about one of several texts, named: 'in the pack's title: ...'."""
    return f"in {_field(where)}: {message}"


def _some(found: list[str], most: int = 3) -> str:
    shown = ", ".join(f'"{item}"' for item in found[:most])
    return shown + (f" and {len(found) - most} more" if len(found) > most else "")


def lint_markup(where: str, tags: list[str], words: str) -> str:
    """`tags` as found; `words`: the text without them, shown so the writer sees it."""
    plain = " ".join(words.split())
    without = f' (without it: "{plain}")' if plain and len(plain) <= 80 else ""
    return (
        f"{_field(where)} has formatting markup ({_some(tags)}), which is shown exactly "
        "as written, marks and all, not as bold or colour; you might take it out"
        f"{without} and let the words carry any emphasis"
    )


def lint_escape_codes(where: str, codes: list[str]) -> str:
    """`codes` spelled out visibly, as the journal shows them ("\\x1b[31m")."""
    return (
        f"{_field(where)} has terminal escape codes or control characters "
        f"({_some(codes)}); pack text is shown inert, so the person would see them "
        "spelled out like this instead of any colour or effect; you might delete them "
        "and keep plain words"
    )


def question_summary(
    open_: int, closed: int, rulers: int, choices: int, yes_no: int, percent_open: int
) -> str:
    """One line, the way MITI reports a counsellor's questions."""
    by_design = [
        _count(number, noun)
        for number, noun in ((rulers, "ruler"), (choices, "choice"), (yes_no, "yes/no prompt"))
        if number
    ]
    wording = closed - rulers - choices - yes_no
    if wording:
        by_design.append(f"{wording} by wording")
    detail = f" ({', '.join(by_design)})" if by_design else ""
    return (
        f"Questions, counted as MITI does (rulers and picks are closed): {open_} open, "
        f"{closed} closed{detail}, {percent_open}% open."
    )


def check_summary(files: int, errors: int, warnings: int) -> str:
    if not errors and not warnings:
        noun = "pack" if files == 1 else "packs"
        return f"Checked {files} {noun}: no problems found."
    return (
        f"Checked {_count(files, 'pack')}: {_count(errors, 'error')}, "
        f"{_count(warnings, 'warning')}."
    )


CHECK_STRICT_HINT = "Warnings are suggestions; `--strict` treats them as problems (exit 1)."
# Every other problem and warning is told in one run; a file that is not TOML cannot be.
CHECK_SYNTAX_ALONE = (
    "The file cannot be read past a mistake in how it is written, so nothing else in it "
    "could be checked yet; once that is mended, `mij pack check` tells everything else in "
    "one run."
)

"""The safety text: help lines, gentle notes after words that suggest danger, overdose steps.

Every line is exact and covered by tests (tests/*/test_crisis_*.py); cli/crisis.py sets the order.
"""

from __future__ import annotations

CRISIS_HEADING = "If you are in crisis or need help now"
# Every block must fit a 24-row terminal at 60 columns with room to spare
# (tests/cli/test_crisis_fits.py): each line says one thing, and no number is said twice.
CRISIS_LINE_988 = (
    "US: 988 Suicide & Crisis Lifeline, also for substance use: call or text 988 "
    "(1 for veterans, 2 for Spanish), or chat at 988lifeline.org."
)
CRISIS_LINE_911 = "US, in immediate danger: call 911; elsewhere, your local emergency number."
CRISIS_LINES: tuple[str, ...] = (
    CRISIS_LINE_988,
    "US: SAMHSA Helpline 1-800-662-4357 (1-800-662-HELP), free, confidential, 24/7 "
    "treatment referral.",
    CRISIS_LINE_911,
    "Elsewhere: findahelpline.com, free helplines by country.",
)
# After the 988 line, when someone else may be at risk (and in `mij crisis`); with no
# overdose steps above (which say to stay with the person), how to help them too.
CRISIS_SOMEONE_ELSE = "US: 988 also answers people worried about someone else."
CRISIS_SOMEONE_ELSE_STAY = f"{CRISIS_SOMEONE_ELSE} If you safely can, stay with them."
# Shown first when set. Never called free or always open: we cannot know.
CRISIS_LOCAL_PREFIX = "Your own line:"
CRISIS_SET_LOCAL_HINT = (
    "You can add your own local line, if you like: "
    '`mij config set crisis_line "name and number"`'
)
# Shown after saving words that suggest danger (see cli/crisis.py for the order).
CRISIS_GENTLE_NOTE = (
    "What you wrote sounds very painful. You deserve support right now, and you do not "
    "have to face it alone."
)
CRISIS_OTHER_NOTE = (
    "It sounds like someone you care about may be in danger. That is a lot to carry, and "
    "you do not have to carry it alone."
)
# An overdose beside someone else at risk: whose overdose it is cannot be told apart.
CRISIS_EITHER_NOTE = (
    "What you wrote sounds very hard. Whether it is you or someone you care about, you do "
    "not have to face it alone."
)
CRISIS_OVERDOSE_HEADING = "If you or someone with you may have taken too much"
CRISIS_OVERDOSE_STEPS: tuple[str, ...] = (
    "Call 911 now (US), or your local emergency number.",
    "US Poison Help 1-800-222-1222: free, confidential, 24/7.",
    "Give naloxone if there is some (no harm if not opioids).",
    "Stay with the person and keep them breathing; if they do not respond, lay them on "
    "their side.",
)
# After the lines, when the words were of medicines kept for later, nothing taken
# ("I've been saving up my pills"): planning, so the lines lead (cli/crisis.py).
CRISIS_KEPT_OUT_OF_REACH = (
    "If you have medicines put aside, you might give them to someone you trust to keep, "
    "or take them to a pharmacy take-back, so they are out of reach on a hard night."
)
CRISIS_KEPT_IF_TAKEN = (
    "If some may already have been taken: US Poison Help 1-800-222-1222, and `mij crisis` "
    "shows what to do."
)
# When the full block was shown earlier in the same sitting (an interview or check-in, a
# goal review, a note typed at the home screen's pause): the lines again in a few rows,
# never only "shown above", which may have scrolled away (walk6: the second, more explicit
# answer left no number on a 24-row screen). The person's own line comes first when set.
CRISIS_REMINDER_HEADING = "If you need help now"
CRISIS_REMINDER_988 = (
    "US: call or text 988 (Suicide & Crisis Lifeline); in immediate danger, 911."
)
CRISIS_REMINDER_ELSEWHERE = "Elsewhere: findahelpline.com"
CRISIS_REMINDER_MORE = "`mij crisis` shows all the lines any time."
CRISIS_CONTINUE = (
    "Whenever you are ready, you can carry on, or stop with :q; your answers are kept."
)
# Prompts are not wrapped: kept short enough for a narrow terminal.
CRISIS_CONTINUE_PROMPT = "(press Enter to carry on) "
REVIEW_CRISIS_CONTINUE = (
    "Whenever you are ready, you can carry on with the review; Ctrl-C stops it, and what "
    "you have written is kept as a note."
)

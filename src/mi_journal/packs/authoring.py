"""`mij pack new ID`: a commented starting pack a counsellor can edit.

The starter uses every kind of answer, a condition, placeholders and a commented
`[assignment]` table; it loads with the loader and passes `pack check --strict`
(tests hold it to that).
"""

from __future__ import annotations

import re
from pathlib import Path

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.messages import packs as packs_msg

SLUG = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
ID_MARK = "@PACK_ID@"

STARTER = '''\
# A prompt pack for mi-journal. Lines starting with # are comments: keep, change or delete them.
# The format is described in prompts/README.md (shipped with mi-journal).
# When you are done editing:   mij pack check @PACK_ID@.toml --strict
# Your client installs it with: mij pack add @PACK_ID@.toml

[pack]
id = "@PACK_ID@"                  # lowercase letters, digits and "-"; keep it stable
title = "A few minutes of noticing"
version = "1.0.0"                 # raise it when you change the wording
description = "A short, gentle pack to edit: what matters, a focus, a ruler and a first step."
author = ""                       # your name, if you like
language = "en"

# Homework (optional). Remove the leading "# " on the lines below to hand this pack over
# as homework; `mij homework` then shows your client what is due and how far along they are.
# [assignment]
# assigned_by = "Your name"
# note = "Take a few minutes on the days that suit you. Skip anything you like."
# start = 2026-01-05              # a TOML date, no quotes
# due = 2026-01-11
# frequency = "daily"             # once, daily or weekly
# times = 5                       # entries hoped for in all
# stages = ["focusing", "evoking"]  # or prompts = ["area", "noticed"]; not both

# Each [[prompts]] entry is asked in order. Keep prompts open ("What...", "How...",
# "Tell me about..."), short, and in the person's own words.

# kind = "text": one line.
[[prompts]]
id = "matters"
stage = "engaging"
kind = "text"
text = "What matters most to you this week?"
help = "A few words are enough."

# kind = "choice": pick one. The answer is the choice's text.
[[prompts]]
id = "area"
stage = "focusing"
kind = "choice"
text = "Which area would you like to look at first?"
choices = ["drinking", "smoking", "gambling", "sleep", "something else"]

# kind = "text" again, asked only when a condition on an earlier answer holds.
[[prompts]]
id = "area-own-words"
stage = "focusing"
kind = "text"
text = "How would you put it in your own words?"
when = { prompt = "area", equals = "something else" }

# kind = "scale": a ruler from 0 to 10. ruler = "importance" feeds `mij trends`.
[[prompts]]
id = "importance"
stage = "evoking"
kind = "scale"
text = "How important is a change around {area} to you right now, from 0 to 10?"
min = 0
max = 10
labels = { "0" = "not important at all", "10" = "extremely important" }
ruler = "importance"
optional = true                   # a person may not want to put a number on it today

# A ruler follow-up looks down for reasons: never ask why the number is not higher.
# {importance} quotes the answer; {importance:-2} is two lower (kept within 0..10).
[[prompts]]
id = "importance-lower"
stage = "evoking"
kind = "long_text"
text = "What puts you at {importance} and not at {importance:-2}?"
optional = true
reflect = true                    # quoted back in the closing summary
when = { prompt = "importance", at_least = 1 }

# kind = "multi_choice": pick several (max_picks is optional).
[[prompts]]
id = "helps"
stage = "evoking"
kind = "multi_choice"
text = "Which of these have helped you before?"
choices = ["a person", "a routine", "moving my body", "time outdoors", "something else"]
max_picks = 3
optional = true

# A pick, like a ruler, is half a question: follow it with an open one that quotes it.
[[prompts]]
id = "helps-how"
stage = "evoking"
kind = "long_text"
text = "What was it about {helps} that helped?"
optional = true

# kind = "long_text": several lines, for stories and reasons.
[[prompts]]
id = "noticed"
stage = "evoking"
kind = "long_text"
text = "What did you notice today about {area}?"
help = "When, where, with whom, how you felt before and after. Just noticing, no judging."
optional = true
reflect = true

# kind = "yes_no": a closed question by design, so use it sparingly.
[[prompts]]
id = "plan-now"
stage = "planning"
kind = "yes_no"
text = "Would you like to think about a first step now?"

# kind = "list": one short item per line. goal = "steps" offers them for the goal list.
[[prompts]]
id = "first-steps"
stage = "planning"
kind = "list"
text = "What small steps might you take this week?"
help = "One per line. Small is good."
when = { prompt = "plan-now", equals = true }
optional = true
goal = "steps"
'''


def check_pack_id(pack_id: str) -> str:
    """A pack id is a safe slug: it names a file, so no separators, dots or NUL."""
    if not SLUG.match(pack_id):
        raise UsageProblem(packs_msg.pack_not_an_id(pack_id))
    return pack_id


def starter_pack(pack_id: str) -> str:
    return STARTER.replace(ID_MARK, check_pack_id(pack_id))


def write_starter(pack_id: str, output: Path | None) -> Path:
    """Write the starter to `output` (default ./<id>.toml); never overwrite a file."""
    import os

    text = starter_pack(pack_id)
    target = output if output is not None else Path(f"{pack_id}.toml")
    if os.path.lexists(target):
        raise MijError(packs_msg.pack_file_exists(target))
    try:
        with open(target, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise MijError(packs_msg.pack_file_appeared(target)) from None
    except OSError as exc:
        raise MijError(packs_msg.pack_not_written(target, exc.strerror or exc)) from None
    return target

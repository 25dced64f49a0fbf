"""What a person-like walk-through found on December 5, 2026 (helper walk2), written as
rules, so these are checks, not a measurement: "quit" said of life, done with life, life
not worth it, gone by morning, no way out, things given away after being done fighting,
a misspelt "wanna", "@" before slang, and the person's own goodbyes read as someone
else's. Each positive has a look-alike that must stay ordinary (mostly change talk)."""

from __future__ import annotations

import json

import pytest

from mi_journal.changetalk import tag_statement
from mi_journal.crisis.detect import detect_crisis
from mi_journal.messages import crisis as crisis_msg
from tests.conftest import Cli

FOUND = [
    ("i wanna quit life", "suicide"),
    ("Honestly I want to quit my life, not just the drinking.", "suicide"),
    ("im just done w life", "suicide"),
    ("life aint worth it", "suicide"),
    ("ill be gone by morning", "suicide"),
    ("i feel like i'm drowning and there's no way out", "suicide"),
    ("i wnna die", "suicide"),
    ("I got through my divorce. I'm done fighting, I've given my guitar and records away "
     "already.", "suicide"),
    ("Nothing really. I'm done fighting. I've given my guitar and my records to my nephew "
     "already and said my goodbyes.", "suicide"),
    ("been reading up on how to @ctb and what i need", "suicide"),
]

ORDINARY = [
    "I want to quit the party life.",
    "I quit drinking to save my life.",
    "I want to quit living like this.",
    "I'm done with my life as a drinker.",
    "I'm done with the drinking life.",
    "Life without booze is worth it.",
    "I'll be gone by morning, early flight to Denver.",
    "There's no way out of this lease.",
    "I gave my old guitar to my nephew, he loves it.",
    "I'm done fighting with my sister about the wedding.",
    "I want to quit my life of drinking every night.",
]


@pytest.mark.parametrize(("text", "category"), FOUND)
def test_found_on_the_walk_is_noticed_as_the_persons_own(text: str, category: str) -> None:
    found = detect_crisis(text)
    assert found is not None, text
    assert found.categories == (category,), found  # never "someone else" for one's own goodbyes


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_quit_life_is_never_change_talk_and_quit_drinking_is() -> None:
    tagged = tag_statement("i wanna quit life")
    assert tagged.crisis and tagged.label != "change"
    assert tag_statement("I want to quit drinking.").label == "change"


def test_sarcasm_like_ill_ever_quit_is_not_commitment() -> None:
    tagged = tag_statement("Partner asked again about tonight. Yeah, like I'll ever quit.")
    assert tagged.label != "change"
    assert any("sarcasm" in cue for cue in tagged.cues)


def test_through_the_cli_note_shows_the_lines_and_reflect_tag_flags(cli: Cli) -> None:
    noted = cli(["note", "i", "wanna", "quit", "life"])
    assert noted.exit_code == 0, noted.output
    assert crisis_msg.CRISIS_HEADING in noted.output
    tagged = cli(["reflect", "tag"], input="i wanna quit life\nI want to quit drinking.\n")
    rows = [json.loads(line) for line in tagged.stdout.splitlines()]
    assert [(row["crisis"], row["label"]) for row in rows] == [(True, rows[0]["label"]),
                                                                (False, "change")]
    assert rows[0]["label"] != "change"
    reflected = cli(["reflect"])
    assert "quit life" not in reflected.output

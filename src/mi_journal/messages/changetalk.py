"""The change-talk tagger's own problems (a cue table that cannot be used)."""

from __future__ import annotations


def no_cues_for_language(language: str) -> str:
    return f"no change-talk cues for language {language!r}"


def modal_cue_needs_a_word(phrase: str) -> str:
    return f"modal cue {phrase!r} must start with a plain word"

"""Hidden characters never reach the screen (issue 14, item 8): every character of
Unicode's control, format, surrogate and separator categories is spelled out,
in every place text is shown."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.core.textsafe import has_unsafe, inert, safe_json, safe_json_lines
from tests.conftest import Cli

HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
TAGS = "\U000e0001\U000e0041\U000e0062\U000e007f"  # language tag, 'A', 'b', cancel tag
DEPRECATED = "\u206a\u206b\u206c\u206d\u206e\u206f"
HIDDEN = f"tea{TAGS}time{DEPRECATED}\u00adsoft\U0001d173beam"


def hidden_in(text: str) -> list[str]:
    """The test's own oracle, from unicodedata, not from the program's list."""
    return [f"U+{ord(ch):04X}" for ch in text
            if unicodedata.category(ch) in HIDDEN_CATEGORIES and ch not in "\n\t"]


def test_every_hidden_character_is_spelled_out() -> None:
    missed = [f"U+{code:04X}" for code in range(0x110000)
              if unicodedata.category(chr(code)) in HIDDEN_CATEGORIES
              and chr(code) not in "\n\t" and not has_unsafe(chr(code))]
    assert missed == []


def test_spelling_names_the_character_unambiguously() -> None:
    assert inert("a\U000e0041b") == "a\\U000e0041b"
    assert inert("\u206a") == "\\u206a"
    assert inert("\x1b") == "\\x1b"
    kept = "tab\tand\nnewline stay, é ✨ 日本 stay"
    assert inert(kept) == kept
    assert hidden_in(inert(HIDDEN)) == []


def test_json_escapes_characters_beyond_the_basic_plane_as_pairs() -> None:
    text = safe_json({"t": HIDDEN})
    assert hidden_in(text) == []
    assert json.loads(text) == {"t": HIDDEN}  # still the same text when read back


def _shown(cli: Cli, args: list[str], input: str | None = None) -> str:
    result = cli(args, input=input, env={"COLUMNS": "200"})
    assert result.exit_code == 0, (args, result.output[-2000:])
    return result.output


def test_hidden_characters_are_spelled_out_in_every_view(cli: Cli, paths: Paths,
                                                         tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from mi_journal.journal.notes import add_note
    from mi_journal.storage.goals import editing_goals
    from mi_journal.storage.models import Goal

    entry = add_note(paths, f"note {HIDDEN}", tags=[f"tag{TAGS}"])
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with editing_goals(paths) as goals:
        goals.goals.append(Goal(id="hg", title=f"walk {HIDDEN}", created=at, updated=at))
    config = paths.home / "config.toml"
    config.write_text(f'schema = 1\ncrisis_line = "Local line {HIDDEN} 123"\n',
                      encoding="utf-8")
    pack = tmp_path / "hidden.toml"
    pack.write_text(PACK.replace("HIDDEN", HIDDEN), encoding="utf-8")
    outputs = {
        "list": _shown(cli, ["list"]),
        "search": _shown(cli, ["search", "note"]),
        "show": _shown(cli, ["show", entry.id]),
        "goals": _shown(cli, ["goals"]),
        "crisis": _shown(cli, ["crisis"]),
        "pack add": _shown(cli, ["pack", "add", str(pack)]),
        "homework": _shown(cli, ["homework"]),
        "home": _shown(cli, [], input="q\n"),
        "export md": _shown(cli, ["export", "--format", "md"]),
        "export html": _shown(cli, ["export", "--format", "html"]),
        "export json": _shown(cli, ["export", "--format", "json"]),
    }
    raw = {where: hidden_in(text) for where, text in outputs.items() if hidden_in(text)}
    assert raw == {}
    assert "\\U000e0041" in outputs["show"] and "\\u206a" in outputs["list"]
    assert "\\u206a" in outputs["goals"]


PACK = """\
[pack]
id = "hidden"
title = "Hidden HIDDEN"
version = "1.0.0"

[assignment]
assigned_by = "Dana HIDDEN"
note = "A few minutes HIDDEN"
start = 2026-03-02
due = 2099-03-08
frequency = "daily"
times = 5

[[prompts]]
id = "noticed"
stage = "engaging"
kind = "text"
text = "What did you notice today? HIDDEN"
"""


@pytest.mark.parametrize("text", [HIDDEN, "\u2028line\u2029para", "\ud800lone"])
def test_inert_text_has_nothing_hidden_left(text: str) -> None:
    assert hidden_in(inert(text)) == []


def test_a_joiner_between_emoji_is_kept_anywhere_else_spelled_out() -> None:
    from mi_journal.core.textsafe import has_unsafe, inert

    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    rainbow_flag = "\U0001f3f3\ufe0f\u200d\U0001f308"
    for emoji in (family, rainbow_flag):
        assert inert(f"our {emoji} today") == f"our {emoji} today"
        assert not has_unsafe(emoji)
    assert inert("a\u200db") == "a\\u200db"
    assert inert("\u200d") == "\\u200d"
    assert inert("\U0001f468\u200d") == "\U0001f468\\u200d"  # nothing to join on the right
    assert inert("\u200d\U0001f468") == "\\u200d\U0001f468"


def test_json_lines_are_each_row_as_safe_json_alone() -> None:
    rows: list[object] = [
        {"text": "a joiner \u200d alone, a family \U0001f468\u200d\U0001f469, a bell \x07"},
        {"text": "\u202eright to left\u202c and \U000e0041 a tag", "cues": ["x\u200by"]},
        {"text": "\u200d", "n": 1},
        ["\U0001f468\u200d", "\u200d\U0001f469"],
    ]
    joined = "".join(safe_json(row, indent=None) + "\n" for row in rows)
    assert safe_json_lines(rows) == joined
    assert not has_unsafe(joined.replace("\U0001f468\u200d\U0001f469", ""))
    assert [json.loads(line) for line in safe_json_lines(rows).splitlines()] == rows
    assert safe_json_lines([]) == ""


def test_the_quick_patterns_find_what_the_plain_one_finds() -> None:
    """`_UNSAFE` holds the joiner in its one class (so `re` scans for the class alone) and
    lets a joiner between two emoji through with a look-behind; ASCII text is read with
    `_UNSAFE_ASCII`. Both must find exactly what the plain form of the pattern finds."""
    import itertools
    import re

    from mi_journal.core import textsafe

    plain = re.compile(
        textsafe._UNSAFE.pattern.split("\u200d]", 1)[0] + "]"
        f"|(?<!{textsafe._EMOJI_BEFORE})\u200d|\u200d(?!{textsafe._EMOJI_AFTER})")
    every = "a".join(map(chr, range(0x110000)))
    assert [m.span() for m in textsafe._UNSAFE.finditer(every)] == [
        m.span() for m in plain.finditer(every)]
    ascii_text = "".join(map(chr, range(128))) * 2
    assert [m.span() for m in textsafe.unsafe_characters(ascii_text)] == [
        m.span() for m in plain.finditer(ascii_text)]
    near = ["", "a", "\U0001f468", "\ufe0f", "\u2600", "\u27bf", "\u27c0", "\U0001faff",
            "\U0001fb00", "\u200d", "\x07", "\u200b"]
    for before, middle, after in itertools.product(near, ["\u200d", "\u200d\u200d", "\x1b"], near):
        text = before + middle + after + before
        assert [m.span() for m in textsafe.unsafe_characters(text)] == [
            m.span() for m in plain.finditer(text)], ascii(text)

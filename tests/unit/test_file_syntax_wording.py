"""A pack or journal file written wrongly by hand is explained in plain words: where
(path, line and column, or the prompt and field) and what to look for there, never the
TOML reader's or pydantic's wording (walk-through: a counsellor got "Illegal character
'\\n'", "Extra inputs are not permitted" and "invalid character in year"). Through the
loader and the storage reader directly, and through `mij pack check`, `mij pack add` and
`mij list`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mi_journal.core.errors import DataFileError
from mi_journal.core.paths import Paths
from mi_journal.journal.notes import add_note
from mi_journal.packs.lint import check_bytes
from mi_journal.packs.loader import PackError, parse_pack
from mi_journal.storage.entries import read_entry
from tests.conftest import Cli

JARGON = ("TOML syntax error", "Illegal character", "Extra inputs", "Input should be",
          "invalid character in year", "Field required", "key/value pair")

UNCLOSED = '[pack]\nid = "t"\ntitle = "What is it\nversion = "1"\n'
PROMPT = '[[prompts]]\nid = "p"\nstage = "evoking"\nkind = "choice"\ntext = "Which fits?"\n'
HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'
MISSPELT = HEAD + PROMPT + 'choises = ["cutting down", "stopping"]\n'
BAD_DATE = HEAD + '[assignment]\ndue = "next friday"\n\n' + PROMPT + 'choices = ["a", "b"]\n'


def pack_problem(text: str) -> str:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "bad.toml")
    message = str(caught.value)
    assert not any(word in message for word in JARGON), message
    assert "\n" not in message
    return message


def test_an_unclosed_quote_is_named_with_its_line_and_column() -> None:
    assert pack_problem(UNCLOSED) == (
        'bad.toml: line 3, column 20: a quoted text is not closed on this line (its '
        'closing quote is missing)')


def test_a_misspelt_field_is_unknown_with_the_close_known_name() -> None:
    assert pack_problem(MISSPELT) == (
        "bad.toml: prompts[0] (id \"p\"): unknown field 'choises' (did you mean 'choices'?)")
    # nothing close: no guess
    assert pack_problem(MISSPELT.replace("choises", "colour")).endswith(
        "unknown field 'colour'")
    # inside the [pack] table and inside a condition, the guess comes from there
    # the misspelt name is one mistake: its "missing" twin is not counted as another
    assert pack_problem(HEAD.replace('title = "T"', 'titel = "T"') + PROMPT
                        + 'choices = ["a"]\n').endswith(
        "pack: unknown field 'titel' (did you mean 'title'?)")
    assert pack_problem(HEAD.replace('title = "T"', 'titel = "T"') + PROMPT
                        + 'choices = ["a"]\n' + PROMPT.replace('id = "p"', 'idd = "q"')
                        + 'choices = ["b"]\n').endswith("(and 1 more problem)")
    assert "when: unknown field 'equalz' (did you mean 'equals'?)" in pack_problem(
        HEAD + PROMPT + 'choices = ["a"]\n' + PROMPT.replace('"p"', '"q"')
        + 'choices = ["b"]\nwhen = { prompt = "p", equalz = "a" }\n')


def test_a_date_that_is_not_one_says_how_a_date_is_written() -> None:
    assert pack_problem(BAD_DATE) == (
        "bad.toml: assignment.due: a date is written like 2026-12-31")


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("title", 'line 3, column 6: a name here has no "= value" after it'),
        ("title = My week", 'line 3, column 9: the value after "=" is not one the file can'),
        ("choices = [\"a\" \"b\"]", "a list in [ ] is not closed here"),
        ("x = {a = 1", "a { } is not closed here"),
        ("title = \"T\" again", "something follows the value on this line"),
        ("[pack]", "the table [pack] appears twice"),
        ("id = \"u\"", "this name already has a value above"),
        ("title = 'open", "line 3, at the end of the file: a quoted text is never closed"),
        ("note = \"C:\\temp\\q\"", "a backslash in a quoted text starts a code"),
    ],
)
def test_other_syntax_problems_are_plain_too(line: str, plain: str) -> None:
    text = '[pack]\nid = "t"\n' + line + "\n"
    assert plain in pack_problem(text)


def test_check_says_it_in_one_line_with_path_and_location(cli: Cli, tmp_path: Path) -> None:
    for text, expected in ((UNCLOSED, "line 3, column 20: a quoted text is not closed"),
                           (MISSPELT, "unknown field 'choises' (did you mean 'choices'?)"),
                           (BAD_DATE, "assignment.due: a date is written like 2026-12-31")):
        path = tmp_path / "bad.toml"
        path.write_text(text, encoding="utf-8")
        result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
        assert result.exit_code == 1
        [line] = [line for line in result.output.splitlines() if "error [" in line]
        assert expected in line and not any(word in result.output for word in JARGON), line
        [row] = json.loads(cli(["pack", "check", "--json", str(path)]).output)
        assert row["file"] == str(path) and expected in row["message"]
        _pack, [finding] = check_bytes(text.encode(), "bad.toml")
        assert expected in finding.message


def test_add_refuses_in_one_line_and_writes_nothing(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    path = tmp_path / "bad.toml"
    for text in (UNCLOSED, MISSPELT, BAD_DATE):
        path.write_text(text, encoding="utf-8")
        result = cli(["pack", "add", str(path)])
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"mij: {path}: ")
        assert not any(word in result.stderr for word in JARGON), result.stderr
        assert not paths.packs.exists() or list(paths.packs.iterdir()) == []


# --- the same words for a journal entry broken by hand -----------------------------------


def test_a_broken_entry_gets_the_same_plain_words(cli: Cli, paths: Paths) -> None:
    entry = add_note(paths, "A walk after work instead of the bar.")
    [path] = paths.entries.glob("*/*/*.toml")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "note"', 'kind = "note\n', 1), encoding="utf-8")
    broken = path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        read_entry(path)
    assert "a quoted text is not closed on this line" in caught.value.message
    assert caught.value.message.startswith(f"{path}: line ")
    assert not any(word in caught.value.message for word in JARGON)
    result = cli(["list"])
    assert "a quoted text is not closed on this line" in " ".join(result.stderr.split())
    assert path.read_bytes() == broken and entry.id not in result.stdout


def test_an_unknown_field_in_an_entry_gets_the_close_name(paths: Paths) -> None:
    add_note(paths, "Slept well.")
    [path] = paths.entries.glob("*/*/*.toml")
    path.write_text(path.read_text(encoding="utf-8").replace("tags =", "tgas =", 1),
                    encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_entry(path)
    assert "unknown field 'tgas' (did you mean 'tags'?)" in caught.value.message
    path.write_text(path.read_text(encoding="utf-8").replace("id =", "idd =", 1),
                    encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_entry(path)
    # two misspelt names, each told once: neither "missing" twin is listed
    assert "missing" not in caught.value.message, caught.value.message
    assert "unknown field 'idd' (did you mean 'id'?)" in caught.value.message


def test_a_field_with_a_fixed_form_says_the_form_not_the_pattern(
        paths: Paths, cli: Cli, tmp_path: Path) -> None:
    """polish4: a bad pack version showed pydantic's "String should match pattern
    '^\\d{1,6}(\\.\\d{1,6}){0,2}...'"; each field with a fixed form says it in words."""
    from mi_journal.goals.editing import add_goal
    from mi_journal.messages import file_syntax as syntax_msg
    from mi_journal.storage.goals import load_goals

    version = pack_problem(HEAD.replace('version = "1"', 'version = "one"') + PROMPT
                           + 'choices = ["a"]\n')
    assert version.endswith(f"pack.version: {syntax_msg.VERSION_WRITTEN_LIKE}")
    assert "pattern" not in version
    assert pack_problem(HEAD.replace('id = "t"', 'id = "My Pack"') + PROMPT
                        + 'choices = ["a"]\n').endswith(
        f"pack.id: {syntax_msg.NAME_WRITTEN_LIKE}")
    assert pack_problem(HEAD + 'language = "english"\n' + PROMPT
                        + 'choices = ["a"]\n').endswith(syntax_msg.LANGUAGE_WRITTEN_LIKE)
    assert pack_problem(HEAD + PROMPT.replace('"p"', '"Why Now"') + 'choices = ["a"]\n'
                        ).endswith(f'prompts[0] (id "Why Now"): id: {syntax_msg.NAME_WRITTEN_LIKE}')
    add_goal(paths, "Walk after dinner")
    paths.goals.write_text(re.sub(r"id = '[a-z0-9]+'|id = \"[a-z0-9]+\"", 'id = "No!"',
                                  paths.goals.read_text(encoding="utf-8"), count=1),
                           encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_goals(paths)
    assert syntax_msg.GOAL_ID_WRITTEN_LIKE in caught.value.message
    add_note(paths, "Slept well.")
    [path] = paths.entries.glob("*/*/*.toml")
    path.write_text(re.sub(r'id = "[^"]+"', 'id = "yesterday"', path.read_text(encoding="utf-8"),
                           count=1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_entry(path)
    assert syntax_msg.ENTRY_ID_WRITTEN_LIKE in caught.value.message
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD.replace('version = "1"', 'version = "one"') + PROMPT
                   + 'choices = ["a"]\n', encoding="utf-8")
    result = cli(["pack", "check", str(bad)])
    assert result.exit_code == 1
    assert syntax_msg.VERSION_WRITTEN_LIKE in " ".join(result.output.split())

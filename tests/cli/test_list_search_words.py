"""`mij list` and `mij search` show the person's words: an interview's most telling
answer, and the words around a search match (highlighted on a terminal, always
inert); `mij view` shows an export's entries as `mij show` does."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect
import pytest

from mi_journal.core.paths import Paths
from mi_journal.index import open_index, parse_query
from mi_journal.index.snippets import snippet
from mi_journal.journal.notes import add_note
from mi_journal.messages import importing as importing_msg
from mi_journal.messages import journal as journal_msg
from tests.conftest import Cli, mij_command, subprocess_env, text_before

CHECKIN = {"today": "Long day, but I kept to two drinks and walked home instead of stopping "
                    "at the bar.", "step-taken": "walked", "importance": 7, "confidence": 6,
           "helped": "My sister", "next": "Bed by eleven"}


def checkin(cli: Cli, tmp_path: Path, **changes: object) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**CHECKIN, **changes}))
    assert cli(["checkin", "--answers", str(answers)]).exit_code == 0


def test_interview_rows_show_the_most_telling_answer(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    checkin(cli, tmp_path)
    checkin(cli, tmp_path, today="Calm evening with the kids; we cooked together tonight.")
    result = cli(["list"])
    assert "Daily check-in" not in result.stdout
    assert "Calm evening with the kids" in result.stdout
    assert "Long day, but I kept to two drinks" in result.stdout
    with open_index(paths) as ix:
        assert [row.preview for row in ix.query()][1].startswith("Long day, but I kept")


def test_search_shows_the_match_in_context_in_the_persons_own_words(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    checkin(cli, tmp_path)
    add_note(paths, "Café with Ana [bold]on Friday[/bold]: WALKED the long way \x1b[31m home.")
    result = cli(["search", "walked"])
    lines = result.stdout.splitlines()
    assert "    Café with Ana [bold]on Friday[/bold]: WALKED the long way \\x1b[31m home." in lines
    assert any(line.startswith("    …") and "walked home instead" in line for line in lines)
    assert "\x1b" not in result.stdout  # not a terminal: no highlight codes at all


def test_a_phrase_that_is_not_there_says_whether_its_words_are(cli: Cli, paths: Paths) -> None:
    add_note(paths, "the bar was loud, so I walked home")
    add_note(paths, "walked past the bar")
    result = cli(["search", '"bar walked"'])
    assert result.stdout.strip() == journal_msg.search_no_exact_phrase(2)
    result = cli(["search", '"nothing like this"'])
    assert result.stdout.strip() == journal_msg.search_found_nothing('"nothing like this"')


def test_snippet_maps_matches_back_through_accents_and_case() -> None:
    document = {"title": None, "text": "Ça va. ÉTÉ à la plage,\nthen the long summer ended.",
                "answers": [], "summary": None, "tags": ["été"]}
    found = snippet(document, parse_query(["ete"]))
    assert found is not None
    assert [text for text, matched in found.pieces if matched] == ["ÉTÉ"]
    assert "".join(text for text, _ in found.pieces).startswith("Ça va. ÉTÉ à la plage")
    assert snippet(document, parse_query(["nowhere"])) is None


def test_snippet_uses_fts5_highlight_when_there_is_one(paths: Paths) -> None:
    note = add_note(paths, "We Walked to the river; walking helps me think.")
    terms = parse_query(["walk"])
    with open_index(paths) as ix:
        matches = ix.match_texts([note.id], terms)
        document, marked = matches[note.id]
        if ix.fts:
            assert marked is not None and marked.count("\U0010fffe") == 2
    found = snippet(document, terms, marked)
    assert found is not None
    assert [text for text, matched in found.pieces if matched] == ["Walked", "walking"]


def test_in_a_terminal_the_match_is_highlighted_and_text_stays_inert(journal_home: Path) -> None:
    from mi_journal.core.paths import get_paths

    add_note(get_paths(), "a [red]night[/red] walk \x1b[2J home")
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], "search", "walk"], encoding="utf-8",
                          timeout=30, dimensions=(40, 80),
                          env=subprocess_env(journal_home, TERM="xterm-256color"))
    child.expect(pexpect.EOF)
    child.close()
    out = text_before(child)
    assert "\x1b[7mwalk\x1b[27m" in out
    assert "[red]night[/red]" in out and "\\x1b[2J" in out and "\x1b[2J" not in out


def test_view_shows_an_export_as_show_does(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    checkin(cli, tmp_path)
    target = tmp_path / "export.json"
    assert cli(["export", "-o", str(target)]).exit_code == 0
    result = cli(["view", str(target)])
    assert result.exit_code == 0
    assert "# " not in result.stdout and "| ---" not in result.stdout
    assert "How did today go, in a sentence or two?" in result.stdout
    assert "  Long day, but I kept to two drinks" in result.stdout
    assert importing_msg.view_heading(str(target), "", "")[:20] in result.stdout


@pytest.mark.parametrize("width", [60, 200])
def test_narrow_rows_keep_room_for_the_words(cli: Cli, paths: Paths, width: int) -> None:
    note = add_note(paths, "a short note")
    row = cli(["list"], env={"COLUMNS": str(width)}).stdout.strip()
    if width < 100:
        assert row.startswith(note.id[-6:] + "  ") and row.endswith("note  a short note")
        assert cli(["show", note.id[-6:]]).exit_code == 0  # the short id is enough
    else:
        assert row.startswith(note.id + "  ")

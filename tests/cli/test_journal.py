"""mij list / show / search / tag / edit / delete / reindex, through the CLI and the domain."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from mi_journal.core.errors import DataFileError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.journal import changes as browse
from mi_journal.journal import filters
from mi_journal.storage.entries import read_entry
from mi_journal.storage.models import Answer, AnswerKind, EntryKind, Ruler, Stage
from tests.conftest import Cli, mij_command, subprocess_env
from tests.unit.test_index import make_entry


def entry_file(paths: Paths, entry_id: str) -> Path:
    return paths.entries / entry_id[:4] / entry_id[4:6] / f"{entry_id}.toml"


@pytest.fixture
def journal(paths: Paths):
    interview = make_entry(
        paths, days_ago=3, kind=EntryKind.interview, pack="values", stage=Stage.evoking,
        goals=["ab12"], summary="You said your kids matter most.",
        answers=[
            Answer(prompt="why", question="What makes this matter to you?",
                   kind=AnswerKind.text, value="Being there for my kids"),
            Answer(prompt="imp", question="How important is it, 0 to 10?",
                   kind=AnswerKind.scale, value=8, ruler=Ruler.importance),
            Answer(prompt="skip", question="Anything else?", kind=AnswerKind.text, skipped=True),
            Answer(prompt="who", question="Who could help?", kind=AnswerKind.list,
                   value=["my sister", "Dr. Ng"]),
        ],
    )
    note = make_entry(paths, "Slept well, felt rested. Café with Zoë.", days_ago=1,
                      tags=["sleep"])
    old = make_entry(paths, "An old note about work", days_ago=30, tags=["work"])
    return {"interview": interview, "note": note, "old": old}


# --- list ----------------------------------------------------------------------


def test_list_newest_first(cli: Cli, journal) -> None:
    result = cli(["list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        journal["note"].id, journal["interview"].id, journal["old"].id
    ]
    assert "interview (values, evoking)" in lines[1]
    assert "#sleep" in lines[0]


def test_list_filters(cli: Cli, journal) -> None:
    def listed(*args: str) -> list[str]:
        result = cli(["list", "--json", *args])
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    assert listed("-n", "1") == [journal["note"].id]
    assert listed("--tag", "SLEEP") == [journal["note"].id]
    assert listed("--tag", "#work") == [journal["old"].id]
    assert listed("--stage", "evoking") == [journal["interview"].id]
    assert listed("--pack", "values") == [journal["interview"].id]
    assert listed("--goal", "ab12") == [journal["interview"].id]
    assert listed("--since", "2026-03-12") == [journal["note"].id, journal["interview"].id]
    assert listed("--until", "2026-03-12") == [journal["interview"].id, journal["old"].id]
    assert listed("--since", "2026-03-13", "--until", "2026-03-14") == [journal["note"].id]
    assert listed("--tag", "nothing") == []


def test_list_relative_dates(cli: Cli, paths: Paths) -> None:
    from datetime import datetime

    from mi_journal.storage.entries import new_entry_id, write_new_entry
    from mi_journal.storage.models import Entry

    for days in (0, 1, 10):
        created = datetime.now().astimezone() - timedelta(days=days)
        write_new_entry(paths, Entry(id=new_entry_id(created), created=created,
                                     kind=EntryKind.note, text=f"{days} days ago"))
    result = cli(["list", "--json", "--since", "yesterday"])
    assert [row["preview"] for row in json.loads(result.stdout)] == ["0 days ago", "1 days ago"]
    result = cli(["list", "--json", "--since", "7d", "--until", "today"])
    assert len(json.loads(result.stdout)) == 2
    result = cli(["list", "--json", "--until", "2d"])
    assert [row["preview"] for row in json.loads(result.stdout)] == ["10 days ago"]


def test_list_json_fields_are_stable(cli: Cli, journal) -> None:
    rows = json.loads(cli(["list", "--json", "--stage", "evoking"]).stdout)
    assert list(rows[0]) == ["id", "created", "kind", "pack", "stage", "tags", "goals",
                             "rulers", "title", "preview", "path"]
    assert rows[0]["rulers"] == {"importance": 8}
    assert rows[0]["goals"] == ["ab12"]
    assert rows[0]["created"].startswith("2026-03-12T12:00:00")


@pytest.mark.parametrize("args", [["--stage", "thinking"], ["--since", "someday"],
                                  ["--since", "2026-03-10", "--until", "2026-03-01"],
                                  ["-n", "-1"], ["-n", "0"], ["-n", "1000001"],
                                  ["-n", "99999999999999999999"], ["--number=0"]])
def test_list_bad_options_are_usage_problems(cli: Cli, journal, args) -> None:
    result = cli(["list", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("mij: ")
    assert "Traceback" not in result.output


def test_list_empty_journal(cli: Cli) -> None:
    result = cli(["list"])
    assert result.exit_code == 0 and "No entries yet" in result.stdout
    assert cli(["list", "--json"]).stdout.strip() == "[]"


def test_list_reports_unreadable_file_and_lists_the_rest(cli: Cli, paths: Paths, journal) -> None:
    bad = entry_file(paths, journal["note"].id).with_name("20260314-000000-bbbbbb.toml")
    bad.write_text("schema = 1\nid = [\n")
    result = cli(["list"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1
    assert str(bad) in warnings[0] and "line" in warnings[0]


# --- show -------------------------------------------------------------------


def test_show_renders_questions_answers_and_summary(cli: Cli, journal) -> None:
    interview = journal["interview"]
    result = cli(["show", interview.id[-6:]])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2026-03-12 12:00 · interview · pack values · stage evoking" in out
    order = ["What makes this matter to you?", "Being there for my kids",
             "How important is it, 0 to 10?", "8 / 10", "Anything else?", "(skipped)",
             "Who could help?", "- my sister", "- Dr. Ng", "Summary",
             "You said your kids matter most."]
    positions = [out.index(text) for text in order]
    assert positions == sorted(positions)
    assert "goals: ab12" in out


def test_show_last_and_prefix_and_json(cli: Cli, journal) -> None:
    result = cli(["show", "last"])
    assert "Slept well, felt rested." in result.stdout and "#sleep" in result.stdout
    data = json.loads(cli(["show", journal["old"].id[:17], "--json"]).stdout)
    assert data["id"] == journal["old"].id
    assert data["text"] == "An old note about work"
    assert data["schema"] == 1 and data["path"].endswith(f"{journal['old'].id}.toml")


def test_show_unknown_and_ambiguous(cli: Cli, journal) -> None:
    assert cli(["show", "zzzzzz"]).exit_code == 1
    result = cli(["show", "2026"])
    assert result.exit_code == 1 and "matches 3 entries" in result.stderr


def test_show_leaves_no_trailing_spaces_on_blank_lines(cli: Cli, paths: Paths) -> None:
    # Walked: `mij show ID | cat` wrote "  " for each blank line inside a summary (and
    # inside an answer of two paragraphs), under the two-space indent.
    make_entry(paths, kind=EntryKind.interview, pack="evoking", stage=Stage.evoking,
               summary="Your reasons:\n  - “sleep”\n\nWhat, if anything, next?",
               answers=[Answer(prompt="better", question="What might be better?",
                               kind=AnswerKind.long_text, value="Sleep.\n\nMoney too.")])
    for width in ({}, {"COLUMNS": "60"}):
        out = cli(["show", "last"], env=width).stdout
        assert not [line for line in out.splitlines() if line != line.rstrip()], out
        assert "  Sleep.\n\n  Money too.\n" in out
        assert "  - “sleep”\n\n  What, if anything, next?" in out


def test_show_spells_out_control_characters(cli: Cli, paths: Paths) -> None:
    make_entry(paths, "hello \x1b[31mred\x1b[0m there")
    result = cli(["show", "last"])
    assert "\x1b" not in result.stdout and "\\x1b[31mred" in result.stdout
    listed = cli(["list"]).stdout
    assert "\x1b" not in listed and "\\x1b" in listed


# --- search -----------------------------------------------------------------


def test_search_case_accents_phrases(cli: Cli, journal) -> None:
    def found(*words: str) -> list[str]:
        result = cli(["search", "--json", *words])
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    note, interview = journal["note"].id, journal["interview"].id
    assert found("CAFE") == [note]
    assert found("zoe") == [note]
    assert found("café", "rested") == [note]
    assert found('"felt rested"') == [note]
    assert found("felt rested") == [note]
    assert found('"rested felt"') == []
    assert found("kids") == [interview]  # answers and summary
    assert found("sister") == [interview]  # list answers
    assert found("matter") == [interview]
    assert found("sleep") == [note]  # tags
    assert found("work", "-n", "1") == found("work")


def test_search_text_output_and_nothing_found(cli: Cli, journal) -> None:
    result = cli(["search", "rested"])
    assert result.stdout.startswith(journal["note"].id)
    result = cli(["search", "tokyo"])
    assert result.exit_code == 0 and "Nothing in your journal matches" in result.stdout
    result = cli(["search", "!!!"])
    assert result.exit_code == 2


def test_fast_path_matches_typer_path(
    cli: Cli, journal, capsys: pytest.CaptureFixture[str]
) -> None:
    from mi_journal.cli.commands import run as try_fast

    for args in (["list"], ["list", "-n", "2", "--json"], ["list", "--tag=sleep"],
                 ["search", "rested"], ["search", "-n1", "--json", "kids"], ["show", "last"]):
        capsys.readouterr()
        assert try_fast(args) == 0
        fast = capsys.readouterr().out
        assert fast == cli(args).stdout
    assert try_fast(["list", "--help"]) is None
    assert try_fast(["list", "-n", "x"]) is None
    assert try_fast(["search"]) is None
    assert try_fast(["list", "--stage", "nope"]) == 2


@pytest.mark.parametrize("args", [["list", "-n", "0"], ["list", "-n99999999999999999999"],
                                  ["search", "kids", "--number", "1000001"],
                                  ["search", "-n", "0", "kids"]])
def test_number_out_of_range_is_a_usage_problem_on_both_paths(
        cli: Cli, journal, journal_home: Path, args) -> None:
    from mi_journal.cli.commands import run as try_fast

    assert try_fast(args) is None  # left to Typer, which words the usage error
    result = cli(args)
    assert result.exit_code == 2 and "-n" in result.stderr and "Traceback" not in result.output
    out = subprocess.run([*mij_command(), *args], env=subprocess_env(journal_home),
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2 and out.stderr.startswith("mij: ") and "--number" in out.stderr
    assert "unexpected" not in out.stderr


def test_run_list_checks_the_number_itself(journal) -> None:
    from mi_journal.cli.journal_view import ListRequest, run_list, run_search
    from mi_journal.core.errors import UsageProblem

    for number in (0, -3, 10**20):
        with pytest.raises(UsageProblem, match="1 to 1,000,000"):
            run_list(ListRequest(number=number))
        with pytest.raises(UsageProblem):
            run_search(ListRequest(number=number, words=["kids"]))


def test_list_and_search_in_a_real_process(journal, journal_home: Path) -> None:
    env = subprocess_env(journal_home)
    out = subprocess.run([*mij_command(), "list", "-n", "1"], env=env, capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0 and out.stdout.startswith(journal["note"].id)
    out = subprocess.run([*mij_command(), "search", "kids", "-n", "1"], env=env,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.startswith(journal["interview"].id)


def test_long_output_goes_through_the_pager(
    paths: Paths, journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from mi_journal.cli import journal_view

    captured = tmp_path / "paged.txt"
    script = tmp_path / "pager.py"
    script.write_text(f"import sys; open({str(captured)!r}, 'wb').write(sys.stdin.buffer.read())")
    monkeypatch.setenv("PAGER", f"{sys.executable} {script}")
    monkeypatch.setattr(journal_view, "_stdout_is_terminal", lambda: True)
    monkeypatch.setattr("shutil.get_terminal_size", lambda fallback=None: os_size(80, 2))
    journal_view.emit("one\ntwo\nthree", paths)
    assert captured.read_text() == "one\ntwo\nthree\n"
    captured.unlink()
    from mi_journal.storage.config import editing_config

    with editing_config(paths) as config:
        config.pager = False
    journal_view.emit("one\ntwo\nthree", paths)
    assert not captured.exists()


def os_size(columns: int, lines: int):
    import os

    return os.terminal_size((columns, lines))


# --- tag -------------------------------------------------------------------------


def test_tag_adds_and_removes(cli: Cli, paths: Paths, journal) -> None:
    note = journal["note"]
    result = cli(["tag", note.id, "+Morning", "-SLEEP", "walk"])
    assert result.exit_code == 0, result.output
    assert "added Morning, walk; removed sleep" in result.stdout
    stored = read_entry(entry_file(paths, note.id))
    assert stored.tags == ["Morning", "walk"]
    assert stored.updated is not None and stored.created == note.created
    rows = json.loads(cli(["list", "--json", "--tag", "morning"]).stdout)
    assert [row["id"] for row in rows] == [note.id]
    assert cli(["list", "--json", "--tag", "sleep"]).stdout.strip() == "[]"
    again = cli(["tag", note.id, "+morning"])
    assert "no change" in again.stdout


def test_tag_usage_problems(cli: Cli, journal) -> None:
    assert cli(["tag", journal["note"].id, "+"]).exit_code == 2
    assert cli(["tag", journal["note"].id, "+" + "x" * 101]).exit_code == 2
    with pytest.raises(UsageProblem):
        browse.parse_tag_changes([])


# --- edit ------------------------------------------------------------------------

EDITOR = textwrap.dedent("""
    import pathlib, sys
    path = pathlib.Path(sys.argv[-1])
    counter = pathlib.Path(sys.argv[1])
    runs = int(counter.read_text()) if counter.exists() else 0
    counter.write_text(str(runs + 1))
    replacements = sys.argv[2:-1]
    text = path.read_text()
    for change in replacements[min(runs, len(replacements) - 1)].split("&&"):
        old, new = change.split("=>")
        text = text.replace(old, new)
    path.write_text(text)
""")


def editor_env(tmp_path: Path, *replacements: str) -> dict[str, str]:
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    counter = tmp_path / "runs.txt"
    quoted = " ".join(f"'{item}'" for item in replacements)
    return {"VISUAL": "", "EDITOR": f"{sys.executable} {script} {counter} {quoted}"}


def test_edit_saves_a_valid_change(cli: Cli, paths: Paths, journal, tmp_path: Path) -> None:
    note = journal["note"]
    env = editor_env(tmp_path, "Slept well=>Slept badly")
    result = cli(["edit", note.id], env=env)
    assert result.exit_code == 0, result.output
    stored = read_entry(entry_file(paths, note.id))
    assert stored.text is not None and stored.text.startswith("Slept badly")
    assert stored.updated is not None
    assert json.loads(cli(["search", "--json", "badly"]).stdout)[0]["id"] == note.id
    assert not list((paths.cache / "edit").glob("*.toml"))


def test_edit_without_change(cli: Cli, paths: Paths, journal, tmp_path: Path) -> None:
    before = entry_file(paths, journal["old"].id).read_bytes()
    result = cli(["edit", journal["old"].id], env=editor_env(tmp_path, "zzz=>yyy"))
    assert result.exit_code == 0 and "No changes" in result.stdout
    assert entry_file(paths, journal["old"].id).read_bytes() == before


@pytest.mark.parametrize("breakage", ['kind = "note"=>kind = "diary"',
                                      'schema = 1=>schema = ',
                                      'id = "=>id = "20990101-000000-abcd'])
def test_invalid_edit_without_terminal_is_kept(cli: Cli, paths: Paths, journal, tmp_path: Path,
                                               breakage) -> None:
    # No one to ask: the edit is kept in drafts/edits/, never thrown away (December 5).
    path = entry_file(paths, journal["note"].id)
    before = path.read_bytes()
    result = cli(["edit", journal["note"].id], env=editor_env(tmp_path, breakage))
    assert result.exit_code == 1
    [kept] = paths.edits.glob("*.toml")
    stderr = "".join(result.stderr.split())
    assert "cannotbesaved" in stderr and f"soitiskeptin{kept}" in stderr
    assert breakage.split("=>")[1] in kept.read_text()
    assert path.read_bytes() == before


def test_created_cannot_change(cli: Cli, paths: Paths, journal, tmp_path: Path) -> None:
    path = entry_file(paths, journal["old"].id)
    before = path.read_bytes()
    result = cli(["edit", journal["old"].id],
                 env=editor_env(tmp_path, "2026-02-13 12:00:00=>2026-02-14 12:00:00"))
    assert result.exit_code == 1 and "created must stay" in result.stderr
    assert path.read_bytes() == before


def test_invalid_edit_reopened_then_fixed(
    cli: Cli, paths: Paths, journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    note = journal["note"]
    env = editor_env(tmp_path, 'Slept well=>Slept deeply&&kind = "note"=>kind = "diary"',
                     "id = =>id ? ", 'kind = "diary"=>kind = "note"&&id ? =>id = ')
    result = cli(["edit", note.id], env=env, input="o\no\n")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "runs.txt").read_text() == "3"
    assert (read_entry(entry_file(paths, note.id)).text or "").startswith("Slept deeply")


def test_invalid_edit_discarded_by_choice(
    cli: Cli, paths: Paths, journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    path = entry_file(paths, journal["note"].id)
    before = path.read_bytes()
    result = cli(["edit", journal["note"].id],
                 env=editor_env(tmp_path, 'kind = "note"=>kind = "diary"'), input="d\n")
    assert result.exit_code == 0 and "thrown away" in result.stdout
    assert "set aside" not in result.stdout
    assert path.read_bytes() == before


def test_invalid_edit_problem_wraps_between_words(
    cli: Cli, paths: Paths, journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A TOML syntax error is a long line: written whole, an 80-column terminal broke it
    # inside a word ("end o|f document").
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    env = editor_env(tmp_path, 'kind = "note"=>kind = "note" x')
    result = cli(["edit", journal["note"].id], env={**env, "COLUMNS": "80"}, input="d\n")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) > 1 and all(len(line) <= 80 for line in lines)
    assert "line 4, column 15: something follows the value on this line" in " ".join(
        result.stderr.split())


def test_invalid_edit_unknown_key_asks_again_and_enter_reopens(
        cli: Cli, paths: Paths, journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    note = journal["note"]
    env = editor_env(tmp_path, 'Slept well=>Slept deeply&&kind = "note"=>kind = "diary"',
                     'kind = "diary"=>kind = "note"')
    # "x" is not an answer: asked again; Enter then opens the editor again (the default).
    result = cli(["edit", note.id], env=env, input="x\n\n")
    assert result.exit_code == 0, result.output
    assert "Please press o" in result.stdout and "thrown away" not in result.stdout
    assert (tmp_path / "runs.txt").read_text() == "2"
    assert (read_entry(entry_file(paths, note.id)).text or "").startswith("Slept deeply")


def test_invalid_edit_enter_never_discards(
    cli: Cli, paths: Paths, journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    path = entry_file(paths, journal["note"].id)
    before = path.read_bytes()
    # Enter re-opens each time; only the explicit d at the end discards.
    result = cli(["edit", journal["note"].id],
                 env=editor_env(tmp_path, 'kind = "note"=>kind = "diary"'), input="\nq\nd\n")
    assert result.exit_code == 0 and "thrown away" in result.stdout
    assert (tmp_path / "runs.txt").read_text() == "2"
    assert path.read_bytes() == before


def test_edit_refuses_when_file_changed_meanwhile(paths: Paths, journal) -> None:
    from mi_journal.core.errors import MijError

    session = browse.start_edit(paths, journal["old"].id)
    edited = browse.check_edit(session, session.original_bytes.replace(b"old note", b"new note"))
    assert edited is not None
    browse.tag_entry(paths, journal["old"].id, ["+meanwhile"])
    with pytest.raises(MijError, match="changed on disk"):
        browse.save_edit(paths, session, edited)
    assert read_entry(session.path).tags == ["work", "meanwhile"]
    # Issue 14, item 10c: the kept edit lives with the drafts, not in the deletable cache.
    assert paths.cache not in session.draft.parents
    assert session.draft.parent == paths.edits and session.draft.exists()


def test_editor_command_is_split_without_a_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    from mi_journal.cli.cmd_journal import editor_command

    monkeypatch.setenv("VISUAL", "'my editor' --wait; rm -rf /")
    assert editor_command() == ["my editor", "--wait;", "rm", "-rf", "/"]
    monkeypatch.setenv("VISUAL", "")
    monkeypatch.setenv("EDITOR", "nano -w")
    assert editor_command() == ["nano", "-w"]


def test_missing_editor_is_a_clear_error(cli: Cli, journal) -> None:
    result = cli(["edit", "last"], env={"VISUAL": "", "EDITOR": "/no/such/editor"})
    assert result.exit_code == 1 and "could not start the editor" in result.stderr


# --- delete ---------------------------------------------------------------------


def test_delete_needs_yes_without_terminal(cli: Cli, paths: Paths, journal) -> None:
    path = entry_file(paths, journal["old"].id)
    result = cli(["delete", journal["old"].id])
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert path.exists()
    result = cli(["delete", journal["old"].id, "--yes"])
    assert result.exit_code == 0 and not path.exists()
    assert journal["old"].id not in cli(["list"]).stdout


def test_delete_takes_the_words_out_of_the_index_file(cli: Cli, paths: Paths) -> None:
    from mi_journal.index import index_path

    assert cli(["note", "private words quokkaxylophone here"]).exit_code == 0
    assert cli(["note", "an ordinary day"]).exit_code == 0
    assert "quokkaxylophone" in cli(["search", "quokkaxylophone"]).stdout
    assert b"quokkaxylophone" in index_path(paths).read_bytes()
    [row] = json.loads(cli(["search", "quokkaxylophone", "--json"]).stdout)
    assert cli(["delete", row["id"], "--yes"]).exit_code == 0
    # at the delete itself, before any other read
    assert b"quokkaxylophone" not in index_path(paths).read_bytes()


def test_delete_asks_on_a_terminal(
    cli: Cli, paths: Paths, journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mi_journal.cli.render.stdin_is_terminal", lambda: True)
    path = entry_file(paths, journal["note"].id)
    result = cli(["delete", "last"], input="n\n")
    assert result.exit_code == 0 and "Kept" in result.stdout and path.exists()
    assert "cannot be undone" in result.stdout
    result = cli(["delete", "last"], input="y\n")
    assert result.exit_code == 0 and not path.exists()


# --- reindex and domain helpers ----------------------------------------------------------


def test_reindex(cli: Cli, paths: Paths, journal) -> None:
    from mi_journal.index import index_path

    cli(["list"])
    index_path(paths).write_bytes(b"garbage")
    result = cli(["reindex"])
    assert result.exit_code == 0 and "3 entries" in result.stdout
    assert len(cli(["list"]).stdout.splitlines()) == 3


def test_stage_names_match_the_models() -> None:
    assert list(filters.STAGES) == [stage.value for stage in Stage]
    assert list(filters.KINDS) == [kind.value for kind in EntryKind]


def test_build_filter() -> None:
    built = filters.build_filter(since="2026-01-02", stage=" Evoking ", pack="Values")
    assert built.since == date(2026, 1, 2) and built.stage == "evoking"
    assert built.pack == "values"
    with pytest.raises(UsageProblem):
        filters.build_filter(kind="diary")


def test_answer_text() -> None:
    assert browse.answer_text(Answer(prompt="a", question="q", kind=AnswerKind.yes_no,
                                     value=True)) == "yes"
    assert browse.answer_text(Answer(prompt="a", question="q", kind=AnswerKind.multi_choice,
                                     value=[])) == "(none)"


def test_reading_an_empty_journal_creates_nothing(cli: Cli, journal_home: Path) -> None:
    assert cli(["search", "anything"]).exit_code == 0
    assert cli(["list"]).exit_code == 0
    assert not journal_home.exists()


def test_tags_match_without_hash_at_case_or_accents(cli: Cli, paths: Paths) -> None:
    imported = make_entry(paths, "from jrnl", tags=["@Work", "@Café"])
    for wanted in ("work", "@work", "#WORK", "cafe"):
        rows = json.loads(cli(["list", "--json", "--tag", wanted]).stdout)
        assert [row["id"] for row in rows] == [imported.id], wanted
    result = cli(["tag", imported.id, "-work"])
    assert "removed @Work" in result.stdout
    assert read_entry(entry_file(paths, imported.id)).tags == ["@Café"]


def test_cli_stays_consistent_with_hand_changes(cli: Cli, paths: Paths, journal) -> None:
    import os
    import time

    from mi_journal.index import index_path

    assert cli(["search", "--json", "rested"]).stdout.count('"id"') == 1
    note_path = entry_file(paths, journal["note"].id)
    note_path.write_text(note_path.read_text().replace("felt rested", "felt sleepy"))
    past = time.time() - 10
    os.utime(note_path, (past, past))
    assert json.loads(cli(["search", "--json", "rested"]).stdout) == []
    assert len(json.loads(cli(["search", "--json", "sleepy"]).stdout)) == 1
    entry_file(paths, journal["old"].id).unlink()
    assert len(json.loads(cli(["list", "--json"]).stdout)) == 2
    index_path(paths).unlink()
    assert len(json.loads(cli(["list", "--json"]).stdout)) == 2
    index_path(paths).write_bytes(b"\x00" * 4096)
    result = cli(["search", "--json", "sleepy"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1


WRAPPER = """
import sys, json
sys.argv = ['mij'] + sys.argv[1:]
from mi_journal.__main__ import main
try:
    main()
finally:
    names = sorted({m.split('.')[0] for m in sys.modules})
    sys.__stderr__.write('MODULES ' + json.dumps(names) + '\\n')
"""


def test_warm_list_and_search_load_no_heavy_libraries(journal, journal_home: Path) -> None:
    import os
    import time

    for root, _dirs, files in os.walk(journal_home / "entries"):
        for name in files:
            past = time.time() - 10
            os.utime(os.path.join(root, name), (past, past))
    env = subprocess_env(journal_home)
    for args in (["list", "-n", "2"], ["list"], ["search", "kids", "-n", "1"], ["list", "--json"]):
        subprocess.run([sys.executable, "-c", WRAPPER, *args], env=env, capture_output=True,
                       check=True)  # The first read may parse files; the second must not.
        done = subprocess.run([sys.executable, "-c", WRAPPER, *args], env=env,
                              capture_output=True, text=True, check=True)
        marker = [line for line in done.stderr.splitlines() if line.startswith("MODULES ")]
        loaded = set(json.loads(marker[-1][len("MODULES "):]))
        assert not loaded & {"typer", "click", "rich", "pydantic", "tomllib"}, (args, loaded)


def test_list_keeps_one_line_per_entry(cli: Cli, paths: Paths) -> None:
    make_entry(paths, "first line\nsecond line\n\tthird", tags=["two\nlines", "x\u202ey"])
    result = cli(["list"])
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert "first line second line third" in lines[0]
    assert "#two lines" in lines[0] and "\\u202e" in lines[0]



def test_list_line_names_a_stage_pack_once_and_keeps_jrnl_tags() -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from mi_journal.index import IndexedEntry
    from mi_journal.journal.changes import kind_label, list_line

    def row(pack: str | None, stage: str | None, tags: list[str]) -> IndexedEntry:
        return IndexedEntry(
            id="20260301-101500-abcdef", path=Path("x.toml"),
            created=datetime(2026, 3, 1, 10, 15, tzinfo=UTC), kind="interview",
            pack=pack, stage=stage, tags=tags, goals=[], rulers=[], title=None,
            preview="hello",
        )

    assert kind_label(row("evoking", "evoking", [])) == "interview (evoking)"
    assert kind_label(row("values", "evoking", [])) == "interview (values, evoking)"
    assert kind_label(row(None, None, [])) == "interview"
    line = list_line(row(None, None, ["@c++", "work", "two  words"]))
    assert line.endswith("@c++ #work #two words")


def test_show_last_says_when_a_newer_entry_could_not_be_read(cli: Cli, paths: Paths) -> None:
    older = make_entry(paths, "the older note", days_ago=2)
    newer = make_entry(paths, "the newest note", days_ago=1)
    broken = entry_file(paths, newer.id)
    broken.write_text('text = "no closing quote\n')
    _, entry, passed_over = browse.find_last_entry(paths)
    assert entry.id == older.id and [p.path for p in passed_over] == [broken]
    result = cli(["show", "last"])
    assert result.exit_code == 0
    assert "the older note" in result.stdout
    assert str(broken) in result.stderr and "line 1" in result.stderr
    assert "could not be read, so the one before it is shown" in result.stderr
    assert broken.read_text() == 'text = "no closing quote\n'  # left as it was
    other = cli(["show", older.id])
    assert other.exit_code == 0 and other.stderr == ""  # only `last` passes over it


def test_list_with_a_pack_that_does_not_exist_says_so(
    cli: Cli, paths: Paths, journal_home: Path
) -> None:
    from mi_journal.messages.journal import JOURNAL_NOTHING_MATCHES, list_unknown_pack

    make_entry(paths, "a note", days_ago=1)
    result = cli(["list", "--pack", "evokng"])  # a problem, as for `mij export --pack`
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"mij: {list_unknown_pack('evokng')}\n"
    as_json = cli(["list", "--pack", "evokng", "--json"])
    assert as_json.exit_code == 1 and as_json.stdout == ""
    known = cli(["list", "--pack", "evoking"])  # a built-in pack with no entries yet
    assert known.exit_code == 0 and known.stdout.strip() == JOURNAL_NOTHING_MATCHES
    fast = subprocess.run([*mij_command(), "list", "--pack", "evokng"], capture_output=True,
                          text=True, env=subprocess_env(journal_home), timeout=60)
    assert fast.returncode == 1 and fast.stdout == ""
    assert fast.stderr == f"mij: {list_unknown_pack('evokng')}\n"


def test_edit_keeps_the_comments_and_layout_the_person_typed(
    cli: Cli, paths: Paths, journal, tmp_path: Path
) -> None:
    note = journal["note"]
    path = entry_file(paths, note.id)
    env = editor_env(tmp_path, 'Slept well=>Slept badly&&kind = "note"=>'
                               'kind = "note"   # a hard night, written the next day')
    result = cli(["edit", note.id], env=env)
    assert result.exit_code == 0, result.output
    text = path.read_text()
    assert "# a hard night, written the next day" in text
    stored = read_entry(path)
    assert stored.text is not None and stored.text.startswith("Slept badly")
    assert stored.updated is not None and text.count("updated = ") == 1
    # Editing again replaces the `updated` line, still keeping the comment.
    again = cli(["edit", note.id], env=editor_env(tmp_path, "Slept badly=>Slept poorly"))
    assert again.exit_code == 0, again.output
    assert "# a hard night" in path.read_text() and path.read_text().count("updated = ") == 1
    assert read_entry(path).updated != stored.updated


def test_edit_of_only_a_comment_is_saved(paths: Paths, journal) -> None:
    session = browse.start_edit(paths, journal["old"].id)
    edited = browse.check_edit(session, session.original_bytes + b"# remember this one\n")
    assert edited is not None and edited.data.endswith(b"# remember this one\n")
    browse.save_edit(paths, session, edited)
    assert read_entry(session.path).updated is not None
    assert session.path.read_bytes() == edited.data


@pytest.mark.parametrize("command", [["show"], ["tag", "+x"], ["delete", "--yes"]])
def test_a_damaged_entry_asked_for_by_id_says_how_to_mend_it(
    cli: Cli, paths: Paths, command
) -> None:
    note = make_entry(paths, "a note", days_ago=1)
    path = entry_file(paths, note.id)
    path.write_text('text = "no closing quote\n')
    args = [command[0], note.id, *command[1:]]
    result = cli(args)
    assert result.exit_code == 1
    assert str(path) in result.stderr and "line 1" in result.stderr
    assert "mend it in a text editor" in result.stderr and result.stderr.count("\n") == 1
    assert path.read_text() == 'text = "no closing quote\n'
    with pytest.raises(DataFileError, match="left exactly as it is"):
        browse.find_entry(paths, note.id)


def _edit_with(paths: Paths, entry_id: str, change):
    session = browse.start_edit(paths, entry_id)
    edited = browse.check_edit(session, change(session.original_bytes))
    assert edited is not None
    browse.save_edit(paths, session, edited)
    return session.path


def test_edit_keeps_typed_text_in_the_odd_cases(paths: Paths, journal) -> None:
    entry_id = journal["old"].id
    # A CRLF file keeps CRLF on every line, the new `updated` line included.
    path = _edit_with(paths, entry_id,
                      lambda raw: raw.replace(b"\n", b"\r\n") + b"# crlf comment\r\n")
    data = path.read_bytes()
    assert b"# crlf comment" in data and b"updated = " in data
    assert data.count(b"\n") == data.count(b"\r\n")
    # A quoted key with a comment on its line: the value changes, the comment stays.
    path = _edit_with(paths, entry_id, lambda raw: re.sub(
        rb"updated = ([^\r\n]*)", rb'"updated" = \1   # when I last looked', raw)
        + b"# second comment\r\n")
    data = path.read_bytes()
    assert b'"updated" = ' in data and b"# when I last looked" in data
    assert b"# second comment" in data
    assert read_entry(path).updated is not None


def test_first_edit_with_a_text_line_that_looks_like_updated(paths: Paths, journal) -> None:
    entry_id = journal["old"].id
    path = _edit_with(paths, entry_id, lambda raw: raw.replace(
        b'text = "An old note about work"',
        b'text = """An old note\nupdated = not a key, just my words"""') + b"# keep me\n")
    data = path.read_bytes()
    assert b"# keep me" in data  # kept as typed: `updated` was added after `created`
    stored = read_entry(path)
    assert stored.text == "An old note\nupdated = not a key, just my words"
    assert stored.updated is not None


def test_edit_too_large_as_typed_is_saved_rewritten(paths: Paths, journal) -> None:
    """Typed text that would pass the read limit once `updated` is added is not used:
    the entry is written out afresh (the long comment is not kept), and stays readable."""
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, dump_model

    session = browse.start_edit(paths, journal["old"].id)
    changed = session.original_bytes.replace(b'"work"', b'"work", "big"')
    raw = changed + b"#" + b"x" * (MAX_DATA_FILE_BYTES - len(changed) - 2) + b"\n"
    assert len(raw) == MAX_DATA_FILE_BYTES
    edited = browse.check_edit(session, raw)
    assert edited is not None and edited.data == dump_model(edited.entry)
    browse.save_edit(paths, session, edited)
    assert read_entry(session.path).tags == ["work", "big"]


def test_an_entry_file_too_large_to_read_back_is_never_written(paths: Paths, journal) -> None:
    from mi_journal.core.errors import MijError
    from mi_journal.storage.entries import replace_entry
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

    path = entry_file(paths, journal["old"].id)
    before = path.read_bytes()
    entry = read_entry(path)
    with pytest.raises(MijError, match="larger than 16 MiB"):
        replace_entry(paths, entry, data=before + b"#" * MAX_DATA_FILE_BYTES)
    assert path.read_bytes() == before


def test_a_check_in_is_not_labelled_with_a_stage(cli: Cli, tmp_path: Path) -> None:
    import json

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"today": "Quiet evening.", "importance": 6,
                                   "confidence": 5}), encoding="utf-8")
    assert cli(["checkin", "--answers", str(answers)]).exit_code == 0
    listed = cli(["list", "--json"])
    row = json.loads(listed.stdout)[0]
    assert row["kind"] == "check-in" and row["stage"] is None  # its stages are several
    # A file written before 2026-12 keeps the stage most answers came from: not shown.
    from mi_journal.core.paths import get_paths
    from mi_journal.storage.entries import read_entry, replace_entry
    from mi_journal.storage.models import Stage

    entry = read_entry(Path(row["path"]))
    replace_entry(get_paths(), entry.model_copy(update={"stage": Stage.evoking}))
    assert json.loads(cli(["list", "--json"]).stdout)[0]["stage"] == "evoking"
    wide = cli(["list"], env={"COLUMNS": "200"})
    assert "check-in (checkin)" in wide.stdout, wide.stdout
    shown = cli(["show", "last"], env={"COLUMNS": "200"})
    assert " · check-in · pack checkin" in shown.stdout
    assert "stage" not in shown.stdout.splitlines()[0]


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["export"],
                                  ["export", "--format", "md"],
                                  ["interview", "--answers", "-"],
                                  ["interview", "evoking", "--answers", "-"]])
@pytest.mark.parametrize("with_entries", [False, True])
def test_every_command_taking_pack_refuses_one_that_does_not_exist(
        cli: Cli, paths: Paths, args: list[str], with_entries: bool) -> None:
    """`mij list --pack nope` used to exit 0 (an empty list) where `mij export --pack nope`
    exits 1: each command with --pack says it in one line, exits non-zero, writes nothing."""
    if with_entries:
        make_entry(paths, "a note", days_ago=1)
    before = sorted(p.name for p in paths.entries.iterdir()) if paths.entries.exists() else []
    result = cli([*args, "--pack", "nope"], input='{"focus": "sleep"}')
    assert result.exit_code != 0
    assert result.stdout == ""
    assert result.stderr.startswith("mij: ") and result.stderr.count("\n") == 1, result.stderr
    assert "'nope'" in result.stderr
    after = sorted(p.name for p in paths.entries.iterdir()) if paths.entries.exists() else []
    assert after == before

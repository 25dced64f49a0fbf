"""What must stay together when lines wrap at 60 and 80 columns, and rows that line up.

Found at 60 and 80 columns: a ruler's labels broke as "10 =" / "completely ready"; a quote's
reference in `mij reflect` wrapped alone onto a line ("   [fa46bc]"); the `mij show` and
`mij view` heading broke as "· stage" / "evoking"; `mij list` rows did not line up (the kind
was not padded) and an entry's tags were cut off behind its words; and after Enter kept a
suggested answer, the line stayed empty with nothing saying what was kept.
(tests/system/test_terminal_width.py keeps its own guarantees: every line fits, no word lost.)
"""

from __future__ import annotations

import io
import re
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pexpect
import pytest

from mi_journal.cli.wrap import cells, wrap
from mi_journal.messages import interview as interview_msg
from tests.conftest import mij_command, subprocess_env, terminal_log, text_before, welcome_seen

PROMPTS = Path(__file__).parents[2] / "prompts"
WIDTHS = (60, 80)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _words_start(row: str) -> str:
    """A `mij list` row up to where the person's words start."""
    match = re.match(r"(\S+(?: \S+)?  ){2}\S.*?  (?=\S)", row)
    assert match is not None, row
    return match.group()


def _ruler_labels() -> list[list[str]]:
    pack = tomllib.loads((PROMPTS / "rulers.toml").read_text("utf-8"))
    return [[f"{key} = {prompt['labels'][key]}" for key in sorted(prompt["labels"], key=int)]
            for prompt in pack["prompts"] if prompt.get("labels")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("labels", _ruler_labels(), ids=lambda labels: labels[-1])
def test_a_ruler_label_is_never_split(labels: list[str], width: int) -> None:
    text = "   ".join(labels)  # the labels' own line, after the scale hint
    lines = wrap(text, width, keep=labels)
    assert all(cells(line) <= width for line in lines)
    for label in labels:
        assert any(label in line for line in lines), (label, lines)
    assert " ".join(" ".join(lines).split()) == " ".join(text.split())


def test_kept_pieces_longer_than_half_a_line_may_still_break() -> None:
    piece = "a piece of text far too long to keep whole on one line"
    assert wrap(f"start {piece}", 40, keep=[piece]) == wrap(f"start {piece}", 40)


def _spawn(home: Path, width: int, *args: str) -> pexpect.spawn[str]:
    command = mij_command()
    child = pexpect.spawn(command[0], [*command[1:], *args], encoding="utf-8", timeout=30,
                          dimensions=(100, width),
                          env=subprocess_env(home, TERM="xterm-256color", PAGER="cat"))
    child.logfile_read = io.StringIO()
    return child


def _screen(child: pexpect.spawn[str]) -> list[str]:
    return _ANSI.sub("", terminal_log(child)).replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_scale_hint_in_an_interview_keeps_each_label(journal_home: Path,
                                                         width: int) -> None:
    welcome_seen(journal_home)
    child = _spawn(journal_home, width, "interview", "rulers")
    child.expect_exact("> ")
    child.sendline("drinking on weeknights")
    for _ in range(30):  # every question skipped: the rulers come one after another
        if child.expect_exact(["> ", pexpect.EOF]) == 1:
            break
        child.sendline(":skip")
    else:
        child.sendline(":q")
        child.expect(pexpect.EOF)
    lines = _screen(child)
    hint = [n for n, line in enumerate(lines) if interview_msg.scale_hint(0, 10) in line]
    assert hint
    assert all(cells(line) <= width for line in lines)
    for labels in _ruler_labels():
        for label in labels:
            assert any(label in line for line in lines), (label, lines)
    # the labels start on the line after the hint, never inside it ("(0 = not important at all"
    # / "10 = ...)" was split across lines at 60 and 80 columns)
    assert all(lines[n + 1].startswith("0 = ") for n in hint), [lines[n + 1] for n in hint]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_quotes_reference_stays_with_its_date(journal_home: Path, paths: Any,
                                                width: int) -> None:
    from mi_journal.journal.notes import add_note

    sentences = ["I will call the clinic on Monday.", "I will call the clinic on Monday morning.",
                 "I will call the clinic on Monday morning at nine.",
                 "I will call the clinic about the group.",
                 "I will call the clinic about the evening group.",
                 "I will ask my sister to come along on Friday when I go to the group.",
                 "I will ask my sister to come along to the first meeting of the evening group."]
    for sentence in sentences:
        add_note(paths, sentence)
    child = _spawn(journal_home, width, "reflect")
    child.expect(pexpect.EOF)
    lines = _screen(child)
    refs = [line for line in lines if re.search(r"\[[0-9a-f]{6}\]", line)]
    assert len(refs) >= len(sentences), lines
    for line in refs:  # the date and the reference, together
        assert re.search(r"\d{4}-\d{2}-\d{2}  \[[0-9a-f]{6}\]$", line), lines
    assert all(cells(line) <= width for line in lines)


def _entry_with_a_long_pack(paths: Any) -> str:
    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage

    entry = Entry(id="20260301-101500-abcdef", created=datetime(2026, 3, 1, 10, 15, tzinfo=UTC),
                  kind=EntryKind.interview, pack="between-weeks", stage=Stage.evoking,
                  title="Between weeks",
                  answers=[Answer(prompt="why", question="Why now?", kind=AnswerKind.text,
                                  value="My mornings.")])
    write_new_entry(paths, entry)
    return entry.id


@pytest.mark.parametrize("width", [56, 60, 62])
def test_show_and_view_keep_each_fact_of_the_heading_whole(cli: Any, paths: Any,
                                                            tmp_path: Path, width: int) -> None:
    _entry_with_a_long_pack(paths)
    export = tmp_path / "export.json"
    assert cli(["export", "-o", str(export)]).exit_code == 0
    for args in (["show", "abcdef"], ["view", str(export)]):
        shown = cli(args, env={"COLUMNS": str(width)}).stdout.splitlines()
        start = next(n for n, line in enumerate(shown) if line.startswith("2026-03-01"))
        heading = shown[start:shown.index("id 20260301-101500-abcdef")]
        assert all(cells(line) <= width for line in heading), heading
        for fact in ("pack between-weeks", "stage evoking"):
            assert any(fact in line for line in heading), (args, heading)


def _tagged_journal(paths: Any) -> None:
    from mi_journal.journal.notes import add_note

    add_note(paths, "A long note about the week, the evenings and the walks after dinner "
                    "that helped more than I thought they would.",
             ["weeknights", "evenings-with-sam", "walks"])
    add_note(paths, "Short one.", [])
    _entry_with_a_long_pack(paths)


@pytest.mark.parametrize("width", [*WIDTHS, 120])
def test_list_rows_line_up_and_keep_their_tags_in_view(cli: Any, paths: Any,
                                                       width: int) -> None:
    _tagged_journal(paths)
    rows = cli(["list"], env={"COLUMNS": str(width)}).stdout.splitlines()
    assert len(rows) == 3 and all(cells(row) <= width for row in rows), rows
    # The words start in one column: id, date and the kind (padded) before them.
    starts = {len(_words_start(row)) for row in rows}
    assert len(starts) == 1, rows
    # Whole tags, then "+N" for the rest; at 60 columns the first is cut to half the room.
    [tagged] = [row for row in rows if "  #evenings-" in row]
    assert re.search(r"  #evenings-(with-sam|\u2026)( #walks #weeknights| \+2| #walks \+1)$",
                     tagged), tagged
    assert "A long note" in tagged  # the words still show too


def test_list_rows_in_a_pipe_are_whole(cli: Any, paths: Any) -> None:
    _tagged_journal(paths)
    rows = cli(["list"]).stdout.splitlines()
    [tagged] = [row for row in rows if "#walks" in row]
    assert tagged.endswith("they would.  #evenings-with-sam #walks #weeknights")


def test_enter_on_a_suggested_answer_says_what_it_kept(journal_home: Path,
                                                        tmp_path: Path) -> None:
    import subprocess

    welcome_seen(journal_home)
    answers = tmp_path / "a.toml"
    answers.write_text('focus = "drinking on weeknights"\n')
    done = subprocess.run([*mij_command(), "interview", "rulers", "--answers", str(answers)],
                          env=subprocess_env(journal_home), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    child = _spawn(journal_home, 80, "interview", "rulers")
    child.expect_exact(interview_msg.SUGGESTED_ANSWER)
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact("2 of 13")
    kept = " ".join(_ANSI.sub("", text_before(child)).split())
    assert interview_msg.kept_answer("drinking on weeknights") in kept
    child.expect_exact("> ")
    child.sendline(":q")
    child.expect(pexpect.EOF)


# --- walk-through, December 5 (afternoon): imported ids, a date and its time, the legend ---

_JRNL = ('{"tags": {"@work": 1}, "entries": [{"title": "Long day at work", "body": '
         '"Had a beer after, only one.", "date": "2026-12-03", "time": "23:05", '
         '"tags": ["@work"], "starred": false}]}')


def _journal_with_an_import(cli: Any, paths: Any, tmp_path: Path) -> None:
    from mi_journal.journal.notes import add_note

    source = tmp_path / "jrnl.json"
    source.write_text(_JRNL, "utf-8")
    assert cli(["import", "--from", "jrnl", str(source)]).exit_code == 0
    add_note(paths, "Walked to the shop instead of driving.", ["steps"])
    _entry_with_a_long_pack(paths)


@pytest.mark.parametrize("width", [None, 60, 80, 100, 200])
def test_list_columns_line_up_with_an_imported_entrys_longer_id(cli: Any, paths: Any,
                                                                tmp_path: Path,
                                                                width: int | None) -> None:
    """An imported entry's id has 24 characters against 22: the id column is as wide as
    the widest id shown, so the dates, kinds and words start in one column each."""
    _journal_with_an_import(cli, paths, tmp_path)
    env = {"COLUMNS": str(width)} if width else None
    rows = cli(["list"], env=env).stdout.splitlines()
    assert len(rows) == 3, rows
    assert {len(row.split("  ")[0]) for row in rows} != {22}  # the import is shown
    dates = {re.search(r"2026-\d\d-\d\d", row).start() for row in rows}  # type: ignore[union-attr]
    assert len(dates) == 1, rows
    words = {re.search(r"Long day|Walked|My mornings", row).start()  # type: ignore[union-attr]
             for row in rows}
    assert len(words) == 1, rows
    if width:
        assert all(cells(row) <= width for row in rows), rows


def test_list_rows_pad_each_column_to_the_widest_shown() -> None:
    from mi_journal.cli.journal_view import list_rows
    from mi_journal.index import IndexedEntry

    def row(ident: str, kind: str) -> IndexedEntry:
        return IndexedEntry(id=ident, path=Path(f"{ident}.toml"),
                            created=datetime(2026, 12, 3, 23, 5).astimezone(), kind=kind,
                            pack=None, stage=None, tags=[], goals=[], rulers=[], title=None,
                            preview="words")

    lines = list_rows([row("20261203-230500-c5gzbfye", "import"),
                       row("20261205-083800-abcd12", "note")], None)
    assert lines == ["20261203-230500-c5gzbfye  2026-12-03 23:05  import  words",
                     "20261205-083800-abcd12    2026-12-03 23:05  note    words"]


@pytest.mark.parametrize("width", [40, 60, 80])
def test_a_date_keeps_its_time(width: int) -> None:
    text = ("  20261205-083800-abcd12  Evoking: your own reasons (evoking) - 3 answered, "
            "last touched 2026-12-05 08:41")
    for lines in (wrap(text, width, hang=26), wrap(text, width),
                  wrap("12 entries in your journal; the most recent on 2026-12-05 08:38.",
                       width)):
        assert any("2026-12-05 08:" in line for line in lines), lines
        assert all(not re.search(r"\d{4}-\d\d-\d\d$", line) for line in lines), lines


def _draft(paths: Any) -> None:
    from mi_journal.interview.drafts import draft_from_interview, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    interview = Interview(find_pack(paths, "evoking").pack)
    interview.submit("sleep")
    save_draft(paths, draft_from_interview(interview, "20261205-083800-aaaaaa", now()))


@pytest.mark.parametrize("width", [60, 80])
def test_draft_list_and_status_keep_a_date_with_its_time(cli: Any, paths: Any,
                                                         width: int) -> None:
    from mi_journal.journal.notes import add_note

    _draft(paths)
    add_note(paths, "A calm day.", [])
    for args in (["resume", "--list"], []):
        shown = cli(args, env={"COLUMNS": str(width)}).stdout.splitlines()
        assert any(re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", line) for line in shown), shown
        assert all(cells(line) <= width for line in shown), shown
    drafts = cli(["resume", "--list"], env={"COLUMNS": str(width)}).stdout
    # Wrapped between its fields: "3 / answered" and "last / touched" never.
    assert any("1 answered" in line for line in drafts.splitlines()), drafts
    assert any(re.search(r"last touched \d{4}-\d\d-\d\d \d\d:\d\d", line)
               for line in drafts.splitlines()), drafts


@pytest.mark.parametrize("width", [60, 80, 100, 200])
def test_home_screen_in_a_terminal_keeps_dates_with_their_times(journal_home: Path,
                                                                paths: Any,
                                                                width: int) -> None:
    from mi_journal.journal.notes import add_note
    from mi_journal.messages import home as home_msg

    welcome_seen(journal_home)
    _draft(paths)
    add_note(paths, "A calm day.", [])
    child = _spawn(journal_home, width)
    child.expect_exact("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    lines = _screen(child)
    text = "\n".join(lines)
    assert home_msg.HOME_DRAFTS.split()[0] in text
    stamps = [line for line in lines if re.search(r"\d{4}-\d\d-\d\d", line)]
    assert len(stamps) >= 2, lines  # the status line and the draft
    assert all(re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", line) for line in stamps), lines
    assert all(cells(line) <= width for line in lines), lines


def _reflect_journal(paths: Any) -> None:
    from mi_journal.journal.notes import add_note

    add_note(paths, "I will call the clinic on Monday.")
    add_note(paths, "I need it to sleep, honestly.")


@pytest.mark.parametrize("width", [60, 80, 100, 200])
def test_reflect_legend_wraps_between_its_keys(cli: Any, paths: Any, journal_home: Path,
                                               width: int) -> None:
    """At 60 columns the legend wrapped its last word ("...keeping things as they" /
    "are"): it now puts one key on a line when both do not fit."""
    from mi_journal.messages import reflect as reflect_msg

    _reflect_journal(paths)
    change = f"\u2588 {reflect_msg.REFLECT_LEGEND_CHANGE}"
    sustain = f"\u2591 {reflect_msg.REFLECT_LEGEND_SUSTAIN}"
    one_line = f"  {change}   {sustain}"
    piped = cli(["reflect"], env={"COLUMNS": str(width)}).stdout.splitlines()
    child = _spawn(journal_home, width, "reflect")
    child.expect(pexpect.EOF)
    for lines in (piped, _screen(child)):
        if cells(one_line) <= width:
            assert one_line in lines, lines
        else:
            assert f"  {change}" in lines and f"  {sustain}" in lines, lines
        assert all(cells(line) <= width for line in lines), lines

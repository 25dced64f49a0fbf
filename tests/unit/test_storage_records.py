"""Entries, goals, settings and set-aside quotes on disk, called directly: the
behaviour a mutation run of storage/entries.py, tomlfile.py, goals.py, config.py and
hidden.py found that no test checked (issue 14, item 11): ids and where they live,
sweeping leftovers, refusing what is not an entry's file, names spelled out, what
is and is not an entry file, finding by prefix, limits at their exact edge, and
parse and validation errors that name the file and leave it as it was."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.errors import DataFileError, MijError
from mi_journal.core.paths import Paths
from mi_journal.storage import entries
from mi_journal.storage.entries import (
    CloudOnly,
    OddName,
    entry_path,
    find_entry_path,
    iter_entry_files,
    load_entries,
    new_entry_id,
    read_entry,
    replace_entry,
    shell_quoted_name,
    spelled_name,
    write_new_entry,
    write_new_record,
)
from mi_journal.storage.models import Entry
from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES, stored_record

AT = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _entry(entry_id: str = "20260304-050607-aaaa", text: str = "one") -> Entry:
    return Entry(id=entry_id, created=AT, kind="note", text=text)


def _stale_temp(folder: Path, name: str) -> Path:
    """A temporary file a killed save left behind, two minutes ago."""
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / f".{name}.0badc0de.tmp"
    leftover.write_bytes(b"half a save")
    old = time.time() - 120
    os.utime(leftover, (old, old))
    return leftover


# --- ids and where an entry lives ------------------------------------------------------


def test_a_new_id_is_the_time_and_six_unambiguous_letters() -> None:
    for _ in range(50):
        new = new_entry_id(AT)
        stamp, suffix = new.rsplit("-", 1)
        assert stamp == "20260304-050607"
        assert len(suffix) == 6
        assert set(suffix) <= set("abcdefghijkmnpqrstuvwxyz23456789")  # no l, o, 0, 1


def test_an_entry_lives_in_its_year_and_month_folder(paths: Paths) -> None:
    assert entry_path(paths, "20261231-235959-abcdef") == (
        paths.entries / "2026" / "12" / "20261231-235959-abcdef.toml")


@pytest.mark.parametrize("bad", ["../../goals", "2026-12-31", "20261231-235959-ab/../x", ""])
def test_what_is_not_an_id_never_becomes_a_path(paths: Paths, bad: str) -> None:
    with pytest.raises(MijError, match="is not an entry id"):
        entry_path(paths, bad)


# --- writing a new entry -----------------------------------------------------------------


def test_a_new_entry_sweeps_leftovers_from_its_folder(paths: Paths) -> None:
    target = entry_path(paths, "20260304-050607-aaaa")
    leftover = _stale_temp(target.parent, "20260101-000000-zzzz.toml")
    write_new_entry(paths, _entry())
    assert not leftover.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_twenty_taken_names_in_a_row_end_in_a_clear_error_and_nothing_written(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clash takes a fresh suffix, 20 tries in all; it never loops for ever nor
    returns without having written."""
    first = write_new_entry(paths, _entry(text="first"))
    tried: list[str] = []

    def always_the_same(created: datetime) -> str:
        tried.append("20260304-050607-aaaa")
        return "20260304-050607-aaaa"

    monkeypatch.setattr(entries, "new_entry_id", always_the_same)
    with pytest.raises(MijError, match="could not find a free name for the new entry; "
                                       "nothing was written"):
        write_new_record(paths, stored_record(_entry(text="second")))
    assert len(tried) == 20
    assert [p.name for p in first.parent.iterdir()] == [first.name]
    assert read_entry(first).text == "first"


# --- replacing an entry ------------------------------------------------------------------


@pytest.mark.parametrize("where", ["other-name", "outside-entries"])
def test_replace_refuses_a_file_that_is_not_the_entrys(paths: Paths, where: str) -> None:
    entry = _entry()
    own = write_new_entry(paths, entry)
    other = write_new_entry(paths, _entry("20260304-050607-bbbb", text="other"))
    if where == "other-name":
        target = other
    else:
        target = paths.home / f"{entry.id}.toml"
        target.write_bytes(own.read_bytes())
    before = target.read_bytes()
    with pytest.raises(MijError, match=f"is not the file of entry {entry.id}; nothing was"):
        replace_entry(paths, entry.model_copy(update={"text": "changed"}), path=target)
    assert target.read_bytes() == before
    assert read_entry(own).text == "one"


def test_replace_keeps_a_moved_entry_where_it_is(paths: Paths) -> None:
    own = write_new_entry(paths, _entry())
    moved = paths.entries / "2025" / "01" / own.name
    moved.parent.mkdir(parents=True)
    os.replace(own, moved)
    assert replace_entry(paths, _entry(text="two"), path=moved) == moved
    assert read_entry(moved).text == "two"
    assert not own.exists()


def test_replace_never_writes_through_a_linked_year_folder(paths: Paths, tmp_path: Path) -> None:
    own = write_new_entry(paths, _entry())
    elsewhere = tmp_path / "elsewhere"
    os.replace(own.parent.parent, elsewhere)
    (paths.entries / "2026").symlink_to(elsewhere, target_is_directory=True)
    outside = elsewhere / "03" / own.name
    before = outside.read_bytes()
    with pytest.raises(MijError, match="symbolic link"):
        replace_entry(paths, _entry(text="changed"))
    assert outside.read_bytes() == before


def test_replace_writes_up_to_the_read_limit_exactly(paths: Paths) -> None:
    """What replace_entry accepts is what the reader accepts: a file of exactly the
    read limit is written and reads back; one byte more is refused."""
    own = write_new_entry(paths, _entry())
    base = own.read_bytes()
    exact = base + b"#" + b"x" * (MAX_DATA_FILE_BYTES - len(base) - 2) + b"\n"
    assert len(exact) == MAX_DATA_FILE_BYTES
    with pytest.raises(MijError, match="larger than 16 MiB"):
        replace_entry(paths, _entry(), data=exact + b"\n")
    assert own.read_bytes() == base
    replace_entry(paths, _entry(), data=exact)
    assert own.read_bytes() == exact
    assert read_entry(own) == _entry()


def test_replace_sweeps_leftovers_from_its_folder(paths: Paths) -> None:
    own = write_new_entry(paths, _entry())
    leftover = _stale_temp(own.parent, own.name)
    replace_entry(paths, _entry(text="two"))
    assert not leftover.exists()
    assert read_entry(own).text == "two"


# --- names spelled out -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "spelled"), [
    (os.fsdecode(b"a\x80b"), "a\\x80b"),  # the lowest byte that is not UTF-8 alone
    (os.fsdecode(b"a\xffb"), "a\\xffb"),  # the highest
    ("tab\there", "tab\\x09here"),  # ASCII, yet not printable
    ("nul\x00", "nul\\x00"),
    ("unit\x1f", "unit\\x1f"),
    ("del\x7f", "del\\x7f"),
    ("c1 \x80 \x9f", "c1 \\x80 \\x9f"),
    ("caf\u00e9 2 \x7f", "caf\u00e9 2 \\x7f"),  # a space and letters stay, DEL does not
])
def test_names_that_cannot_be_shown_are_spelled_out(name: str, spelled: str) -> None:
    assert spelled_name(name) == spelled


@pytest.mark.parametrize("name", [
    "20261201-101010-abcdef.toml", "caf\u00e9 !x.toml", "no\u00a0break \u00c0", "\u65e5\u8a18",
    "goals 2.toml",
])
def test_names_that_can_be_shown_are_left_as_they_are(name: str) -> None:
    assert spelled_name(name) == name


def test_a_rename_command_can_be_typed_as_shown() -> None:
    name = os.fsdecode(b"it's a\\b\xff\x1b.toml")
    assert shell_quoted_name(name) == "$'it\\'s a\\\\b\\xff\\x1b.toml'"
    assert shell_quoted_name("plain.toml") == "$'plain.toml'"


def test_an_odd_name_is_reported_spelled_out_and_never_read(paths: Paths) -> None:
    month = paths.entries / "2026" / "03"
    month.mkdir(parents=True)
    raw = os.path.join(os.fsencode(month), b"bad\xff.toml")
    with open(raw, "wb") as handle:
        handle.write(b'schema = 1\nid = "x"\n')
    odd = Path(os.fsdecode(raw))
    with pytest.raises(OddName) as caught:
        read_entry(odd)
    assert caught.value.path == month / "bad\\xff.toml"
    assert "mv -- $'bad\\xff.toml' NEW-NAME" in caught.value.message
    assert caught.value.message.encode("utf-8")  # shown as it is, no surrogate left


def test_the_data_folders_own_name_is_not_the_entrys_problem(tmp_path: Path) -> None:
    """Only the entry's year, month and file name are checked for odd characters:
    a data folder whose path holds one (chosen by the person) still works."""
    paths = Paths(home=tmp_path / "journal\u0085home")
    path = write_new_entry(paths, _entry())
    assert read_entry(path) == _entry()
    assert load_entries(paths).entries == [_entry()]


def test_a_cloud_placeholder_says_where_the_entry_is(paths: Paths) -> None:
    month = paths.entries / "2026" / "03"
    month.mkdir(parents=True)
    placeholder = month / ".20260304-050607-aaaa.toml.icloud"
    placeholder.write_bytes(b'schema = 1\nid = "20260304-050607-aaaa"\n')
    with pytest.raises(CloudOnly, match=r"20260304-050607-aaaa\.toml is kept in iCloud only"):
        read_entry(placeholder)
    [problem] = load_entries(paths).problems
    assert isinstance(problem, CloudOnly) and problem.path == placeholder


# --- what counts as an entry file --------------------------------------------------------


def test_only_entry_files_and_their_placeholders_are_listed(paths: Paths) -> None:
    own = write_new_entry(paths, _entry())
    month = own.parent
    for stray in ["notes.txt", "README", ".photo.jpg.icloud", "x.toml.icloud", ".icloud",
                  f".{own.name}.0badc0de.tmp", "y.toml.tmp"]:
        (month / stray).write_bytes(b"not an entry")
    placeholder = month / ".20260304-050607-bbbb.toml.icloud"
    placeholder.write_bytes(b"")
    assert list(iter_entry_files(paths)) == [placeholder, own]


def test_linked_year_and_month_folders_are_not_followed(paths: Paths, tmp_path: Path) -> None:
    own = write_new_entry(paths, _entry())
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "01").mkdir(parents=True)
    (elsewhere / "01" / "20250101-000000-abcd.toml").write_bytes(
        own.read_bytes().replace(b"20260304-050607-aaaa", b"20250101-000000-abcd"))
    (paths.entries / "2025").symlink_to(elsewhere, target_is_directory=True)
    (paths.entries / "2026" / "04").symlink_to(elsewhere / "01", target_is_directory=True)
    assert list(iter_entry_files(paths)) == [own]


def test_files_are_listed_in_id_order(paths: Paths) -> None:
    ids = ["20270101-000000-aaaa", "20260304-050607-cccc", "20260304-050607-bbbb",
           "20261101-000000-aaaa", "20260201-000000-aaaa"]
    for entry_id in ids:
        write_new_entry(paths, _entry(entry_id))
    assert [p.stem for p in iter_entry_files(paths)] == sorted(ids)


# --- finding an entry by what the person typed -------------------------------------------


def _three(paths: Paths) -> list[Path]:
    return [write_new_entry(paths, _entry(entry_id)) for entry_id in
            ["20260304-050607-k3x9pq", "20260304-050607-k3x9zz", "20260305-080000-mmx9pq"]]


def test_find_by_full_id_prefix_or_suffix(paths: Paths) -> None:
    first, second, third = _three(paths)
    assert find_entry_path(paths, " 20260304-050607-k3x9pq ") == first
    assert find_entry_path(paths, "20260305") == third
    assert find_entry_path(paths, "x9zz") == second
    assert find_entry_path(paths, "mx9pq") == third


def test_a_full_id_with_no_file_says_so(paths: Paths) -> None:
    _three(paths)
    with pytest.raises(MijError, match=r"^no entry with id 20260304-050607-k3x9\.$"):
        find_entry_path(paths, "20260304-050607-k3x9")


@pytest.mark.parametrize("reference", ["k3x", "abc", "2026/03", "../k3x9pq", "k3x9pq;"])
def test_what_cannot_be_part_of_an_id_is_refused(paths: Paths, reference: str) -> None:
    _three(paths)
    with pytest.raises(MijError, match=re.escape(f"{reference!r} is not an entry id")):
        find_entry_path(paths, reference)


def test_a_reference_matching_nothing_says_so(paths: Paths) -> None:
    _three(paths)
    with pytest.raises(MijError, match="no entry matches 'qqqq'; `mij list` shows the ids"):
        find_entry_path(paths, "qqqq")


def test_a_reference_matching_two_asks_for_more(paths: Paths) -> None:
    _three(paths)
    with pytest.raises(MijError, match="'20260304-050607-k3x' matches 2 entries"):
        find_entry_path(paths, "20260304-050607-k3x")
    with pytest.raises(MijError, match="'x9pq' matches 2 entries"):
        find_entry_path(paths, "x9pq")



# --- TOML bytes: limits, faithful round trips, offsets -----------------------------------


def test_sizes_are_said_as_a_person_reads_them() -> None:
    from mi_journal.storage.tomlfile import size_words

    mib = 1024 * 1024
    assert size_words(mib - 1) == "1,048,575 bytes"
    assert size_words(mib) == "1 MiB"
    assert size_words(mib + mib // 2) == "1.5 MiB"
    assert size_words(16 * mib) == "16 MiB"
    assert size_words(24 * mib + 1) == "24 MiB"


def test_the_read_limit_is_16_mib() -> None:
    assert MAX_DATA_FILE_BYTES == 16 * 1024 * 1024


def test_a_record_may_be_exactly_as_large_as_the_limit() -> None:
    from mi_journal.storage.tomlfile import TooLargeToStore, dump_record

    record = {"schema": 1, "text": "x" * 5_000}
    raw = dump_record(record)
    assert dump_record(record, limit=len(raw)) == raw
    with pytest.raises(TooLargeToStore, match=f"it would be {len(raw):,} bytes, larger than "
                                              f"{len(raw) - 1:,} bytes, the most"):
        dump_record(record, limit=len(raw) - 1)


def test_what_toml_cannot_hold_faithfully_is_refused() -> None:
    from mi_journal.storage.tomlfile import dump_record

    with pytest.raises(MijError, match="cannot be stored faithfully as TOML; nothing was written"):
        dump_record({"schema": 1, "value": float("nan")})  # never equal to itself


def test_text_toml_would_alter_in_a_multiline_string_is_stored_escaped() -> None:
    import tomllib

    from mi_journal.storage.tomlfile import dump_record

    readable = dump_record({"text": "line one\nline two"})
    assert b"line one\nline two" in readable  # readable in an editor
    awkward = {"text": "carriage\r\nreturn\rand a line\n"}
    assert tomllib.loads(dump_record(awkward).decode()) == awkward


@pytest.mark.parametrize(("hours", "minutes"), [(5, 45), (-3, -30), (0, 0), (14, 0)])
def test_a_whole_minute_offset_is_kept_as_written(paths: Paths, hours: int, minutes: int) -> None:
    from datetime import timedelta, timezone

    zone = timezone(timedelta(hours=hours, minutes=minutes))
    entry = Entry(id="20260304-050607-aaaa", created=datetime(2026, 3, 4, 5, 6, 7, 891, zone),
                  kind="note", text="x")
    loaded = read_entry(write_new_entry(paths, entry))
    assert loaded.created.utcoffset() == timedelta(hours=hours, minutes=minutes)
    assert loaded.created == entry.created


# --- reading: every problem names the file, which is left as it was -----------------------


def _goals_file(paths: Paths, raw: bytes) -> bytes:
    paths.home.mkdir(parents=True, exist_ok=True)
    paths.goals.write_bytes(raw)
    return raw


def _refused_untouched(paths: Paths, raw: bytes, detail: str) -> DataFileError:
    from mi_journal.storage.goals import editing_goals, load_goals
    from mi_journal.storage.models import Goal

    with pytest.raises(DataFileError) as caught:
        load_goals(paths)
    assert caught.value.path == paths.goals
    assert caught.value.message == f"{paths.goals}: {detail}"
    with pytest.raises(DataFileError), editing_goals(paths) as goals:
        goals.goals.append(Goal(id="new", title="new", created=AT, updated=AT))
    assert paths.goals.read_bytes() == raw
    return caught.value


def test_nesting_too_deep_to_read_is_reported(paths: Paths) -> None:
    raw = _goals_file(paths, b"schema = 1\nx = " + b"[" * 50_000 + b"]" * 50_000 + b"\n")
    _refused_untouched(paths, raw, "nested too deeply to read")


def test_a_validation_problem_names_the_field(paths: Paths) -> None:
    raw = _goals_file(paths, b'schema = 1\n[[goals]]\nid = "ab"\n'
                             b"created = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n")
    problem = _refused_untouched(paths, raw, "goals.0.title: this is needed and missing")
    assert "http" not in problem.message  # no link to pydantic's pages


def test_a_problem_with_the_whole_file_says_top_level(paths: Paths) -> None:
    goal = (b'[[goals]]\nid = "ab"\ntitle = "t"\ncreated = 2026-01-01T00:00:00Z\n'
            b"updated = 2026-01-01T00:00:00Z\n")
    raw = _goals_file(paths, b"schema = 1\n" + goal + goal)
    _refused_untouched(paths, raw, "(top level): Value error, goal id 'ab' appears more than "
                                   "once")


def test_only_the_first_three_validation_problems_are_spelled_out(paths: Paths) -> None:
    raw = _goals_file(paths, b"schema = 1\na = 1\nb = 2\nc = 3\nd = 4\ne = 5\n")
    _refused_untouched(paths, raw, "unknown field 'a'; unknown field 'b'; unknown field 'c'; "
                                   "and 2 more")
    raw = _goals_file(paths, b"schema = 1\na = 1\nb = 2\nc = 3\nd = 4\n")
    _refused_untouched(paths, raw, "unknown field 'a'; unknown field 'b'; unknown field 'c'; "
                                   "and 1 more")
    raw = _goals_file(paths, b"schema = 1\na = 1\nb = 2\nc = 3\n")
    _refused_untouched(paths, raw, "unknown field 'a'; unknown field 'b'; unknown field 'c'")


def test_a_text_over_its_limit_is_counted_in_characters(paths: Paths) -> None:
    from mi_journal.storage.config import load_config

    paths.home.mkdir(parents=True)
    raw = b"schema = 1\ncrisis_line = '" + b"x" * 501 + b"'\n"
    paths.config.write_bytes(raw)
    with pytest.raises(DataFileError) as caught:
        load_config(paths)
    assert caught.value.message == (f"{paths.config}: crisis_line: text may hold at most 500 "
                                    "characters, and this has 501")
    assert paths.config.read_bytes() == raw


def test_other_problems_keep_pydantics_words(paths: Paths) -> None:
    raw = _goals_file(paths, b'schema = 1\n[[goals]]\nid = "ab"\ntitle = "t"\nstatus = "gone"\n'
                             b"created = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n")
    problem = _refused_untouched(paths, raw, "goals.0.status: Input should be 'active', 'done', "
                                             "'paused' or 'set-aside'")
    assert "characters" not in problem.message


def test_upgrades_run_once_each_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of an older schema is brought up to date step by step on reading."""
    from mi_journal.storage import tomlfile

    steps = {0: lambda data: {**data, "seen": [*data.get("seen", []), 0]},
             1: lambda data: {**data, "seen": [*data.get("seen", []), 1]}}
    monkeypatch.setitem(tomlfile.UPGRADES, "goals", steps)
    path = Path("goals.toml")
    assert tomlfile.check_schema(path, {"schema": 0}, "goals", 2) == {"schema": 2, "seen": [0, 1]}
    assert tomlfile.check_schema(path, {"schema": 1}, "goals", 2) == {"schema": 2, "seen": [1]}
    assert tomlfile.check_schema(path, {"schema": 2}, "goals", 2) == {"schema": 2}
    with pytest.raises(DataFileError, match="schema -1 is not one this mi-journal can read"):
        tomlfile.check_schema(path, {"schema": -1}, "goals", 2)


# --- goals, settings and set-aside quotes: saving ----------------------------------------


def test_each_save_sweeps_leftovers_beside_its_file(paths: Paths) -> None:
    from mi_journal.storage.config import editing_config
    from mi_journal.storage.goals import editing_goals
    from mi_journal.storage.hidden import editing_hidden
    from mi_journal.storage.models import Goal, HiddenQuote

    saves: list[tuple[Path, Callable[[], AbstractContextManager[Any]], Callable[[Any], object]]] = [
        (paths.goals, lambda: editing_goals(paths),
         lambda v: v.goals.append(Goal(id="ab", title="t", created=AT, updated=AT))),
        (paths.config, lambda: editing_config(paths), lambda v: setattr(v, "pager", False)),
        (paths.hidden_quotes, lambda: editing_hidden(paths),
         lambda v: v.quotes.append(HiddenQuote(text="quote", hidden=AT))),
    ]
    for target, editing, change in saves:
        leftover = _stale_temp(target.parent, target.name)
        with editing() as value:
            change(value)
        assert not leftover.exists(), target.name
        assert target.exists()


def test_goals_and_quotes_are_checked_as_a_whole_before_saving(paths: Paths) -> None:
    """A change that breaks a rule (an id twice, an empty quote) writes nothing: the
    file would not read back."""
    from mi_journal.storage.goals import editing_goals, load_goals
    from mi_journal.storage.hidden import editing_hidden, load_hidden
    from mi_journal.storage.models import Goal, HiddenQuote

    goal = Goal(id="ab", title="t", created=AT, updated=AT)
    with editing_goals(paths) as goals:
        goals.goals.append(goal)
    before = paths.goals.read_bytes()
    with pytest.raises(ValueError, match="appears more than once"), \
            editing_goals(paths) as goals:
        goals.goals.append(goal.model_copy())
    assert paths.goals.read_bytes() == before
    assert load_goals(paths).goals == [goal]

    with editing_hidden(paths) as hidden:
        hidden.quotes.append(HiddenQuote(text="kept", hidden=AT))
    before = paths.hidden_quotes.read_bytes()
    with pytest.raises(ValueError), editing_hidden(paths) as hidden:
        # An empty quote would not read back; a list changed in place is not checked
        # as it changes, so saving checks it.
        hidden.quotes.append(HiddenQuote.model_construct(text="", hidden=AT))
    assert paths.hidden_quotes.read_bytes() == before
    assert [q.text for q in load_hidden(paths).quotes] == ["kept"]


def test_goals_kept_in_the_cloud_only_are_neither_empty_nor_started_afresh(paths: Paths) -> None:
    from mi_journal.storage.goals import editing_goals, load_goals
    from mi_journal.storage.models import Goal

    paths.home.mkdir(parents=True)
    placeholder = paths.home / ".goals.toml.icloud"
    placeholder.write_bytes(b"bplist00")
    with pytest.raises(MijError, match=re.escape(f"kept in iCloud only, not on this computer "
                                                 f"({placeholder} is its placeholder)")):
        load_goals(paths)
    with pytest.raises(MijError, match="iCloud only"), editing_goals(paths) as goals:
        goals.goals.append(Goal(id="ab", title="t", created=AT, updated=AT))
    assert not paths.goals.exists()


def test_missing_files_read_as_empty_and_defaults(paths: Paths) -> None:
    from mi_journal.storage.config import config_exists, load_config
    from mi_journal.storage.goals import load_goals
    from mi_journal.storage.hidden import load_hidden
    from mi_journal.storage.models import Config, GoalList, HiddenQuotes

    assert load_goals(paths) == GoalList()
    assert load_config(paths) == Config()
    assert load_hidden(paths) == HiddenQuotes()
    assert not config_exists(paths)
    assert not paths.home.exists()  # reading creates nothing


@pytest.mark.parametrize("which", ["goals", "config", "hidden_quotes"])
def test_a_dangling_link_is_refused_not_read_as_empty(paths: Paths, tmp_path: Path,
                                                      which: str) -> None:
    from mi_journal.storage.config import config_exists, load_config
    from mi_journal.storage.goals import load_goals
    from mi_journal.storage.hidden import load_hidden

    load = {"goals": load_goals, "config": load_config, "hidden_quotes": load_hidden}[which]
    target: Path = getattr(paths, which)
    paths.home.mkdir(parents=True)
    target.symlink_to(tmp_path / "nowhere.toml")
    with pytest.raises(MijError, match="symbolic link"):
        load(paths)
    assert not (tmp_path / "nowhere.toml").exists()
    if which == "config":
        assert config_exists(paths)


def test_settings_are_read_back_as_saved(paths: Paths) -> None:
    from mi_journal.storage.config import config_exists, editing_config, load_config

    with editing_config(paths) as config:
        config.crisis_line = "local line"
    assert config_exists(paths)
    assert load_config(paths).crisis_line == "local line"
    with editing_config(paths) as config:
        config.pager = False
    assert (load_config(paths).crisis_line, load_config(paths).pager) == ("local line", False)


# --- what sync tools leave beside the journal --------------------------------------------


@pytest.mark.parametrize(("name", "target"), [
    (".x.icloud", "x"), (".20260304-050607-aaaa.toml.icloud", "20260304-050607-aaaa.toml"),
    (".goals.toml.icloud", "goals.toml"),
])
def test_a_cloud_placeholder_names_the_file_it_stands_for(name: str, target: str) -> None:
    from mi_journal.storage.sync import is_cloud_placeholder, placeholder_for, placeholder_target

    assert is_cloud_placeholder(name)
    assert placeholder_target(name) == target
    assert placeholder_for(Path("/d") / target) == Path("/d") / name


@pytest.mark.parametrize("name", [".icloud", "..icloud", "x.icloud", ".x.icloud.toml",
                                  "goals.toml", ".hidden"])
def test_other_names_are_not_cloud_placeholders(name: str) -> None:
    from mi_journal.storage.sync import is_cloud_placeholder

    assert not is_cloud_placeholder(name)


def test_copies_are_found_on_disk_beside_the_file(tmp_path: Path) -> None:
    from mi_journal.storage.sync import copies_of, copy_notes, leftovers_of

    goals = tmp_path / "goals.toml"
    for name in ["goals.toml", "goals 2.toml", "goals.sync-conflict-1-2-X.toml", "goals.txt",
                 "goals 2.txt", "config 2.toml", "goals-notes.toml"]:
        (tmp_path / name).write_bytes(b"")
    copies = [tmp_path / "goals 2.toml", tmp_path / "goals.sync-conflict-1-2-X.toml"]
    assert copies_of(goals) == copies
    assert leftovers_of(goals) == copies
    notes = copy_notes(goals)
    assert len(notes) == 2 and notes[0].startswith("goals 2.toml is a copy of goals.toml")
    (tmp_path / ".goals.toml.icloud").write_bytes(b"")
    assert leftovers_of(goals) == [*copies, tmp_path / ".goals.toml.icloud"]
    assert copies_of(tmp_path / "missing-folder" / "goals.toml") == []

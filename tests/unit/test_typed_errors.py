"""Code tells errors apart by their type, never by their wording (issue 16).

Before, a pack file was "too large" when the error's text held "larger than", a goals file
"newer" when it held "newer mi-journal", and a goal-review answers problem named its file
when the text started with the file's path. A path holding those words was enough to
mislead them. Now the reader raises FileTooLarge / FileRefused, check_schema and drafts
raise NewerSchema, and the code catches those types.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.errors import (
    DataFileError,
    FileRefused,
    FileTooLarge,
    MijError,
    NewerSchema,
)
from mi_journal.core.paths import Paths
from mi_journal.importing.jrnl import parse_jrnl
from mi_journal.importing.reading import ImportProblem
from mi_journal.packs.loader import PackError, load_pack_file
from mi_journal.storage.files import read_bytes_limited
from mi_journal.storage.goals import load_goals

MIB = 1024 * 1024


def test_the_reader_says_what_it_refused_by_type(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"x" * (MIB + 1))
    with pytest.raises(FileTooLarge) as too_big:
        read_bytes_limited(big, MIB)
    assert too_big.value.message == f"{big} is larger than 1 MiB; it was not read."
    assert too_big.value.path == big

    link = tmp_path / "link.toml"
    link.symlink_to(big)
    with pytest.raises(FileRefused) as linked:
        read_bytes_limited(link, MIB)
    assert not isinstance(linked.value, FileTooLarge)
    assert linked.value.message == f"{link} is a symbolic link; mi-journal does not follow links."

    with pytest.raises(FileRefused) as folder:
        read_bytes_limited(tmp_path, MIB)
    assert folder.value.message == f"{tmp_path} is not a regular file."


def test_a_pack_link_in_a_folder_named_larger_than_is_not_called_too_large(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "larger than 1 MiB"
    folder.mkdir()
    real = folder / "real.toml"
    real.write_text('id = "p"\n')
    link = folder / "pack.toml"
    link.symlink_to(real)
    with pytest.raises(MijError) as refused:
        load_pack_file(link)
    assert not isinstance(refused.value, PackError)
    assert "symbolic link" in refused.value.message

    big = folder / "big.toml"
    big.write_bytes(b"#" * (MIB + 1))
    with pytest.raises(PackError, match="a pack may be at most 1 MiB"):
        load_pack_file(big)


def test_a_pack_link_is_refused_as_a_link_by_pack_add(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "larger than"
    folder.mkdir()
    (folder / "real.toml").write_text('id = "p"\n')
    (folder / "pack.toml").symlink_to(folder / "real.toml")
    result = cli(["pack", "add", str(folder / "pack.toml")])
    assert result.exit_code == 1
    assert "is a symbolic link" in result.stderr
    assert "1 MiB" not in result.stderr


def test_newer_files_are_told_apart_by_type(paths: Paths) -> None:
    paths.goals.parent.mkdir(parents=True, exist_ok=True)
    paths.goals.write_bytes(b"schema = 9\n")
    with pytest.raises(NewerSchema) as newer:
        load_goals(paths)
    assert isinstance(newer.value, DataFileError)
    assert "written by a newer mi-journal (schema 9" in newer.value.message

    paths.goals.write_bytes(b"schema = 0\n")
    with pytest.raises(DataFileError) as older:
        load_goals(paths)
    assert not isinstance(older.value, NewerSchema)


def test_review_answers_that_are_a_link_name_the_file_once(cli: Any, tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_text("")
    link = tmp_path / "answers.toml"
    link.symlink_to(real)
    result = cli(["goals", "review", "--answers", str(link)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"mij: {link} is a symbolic link; mi-journal does not follow links."
    )


def test_review_answers_problems_are_said_as_answers_problems(
    cli: Any, paths: Paths, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('[nosuchgoal]\nwent_well = "x"\n')
    result = cli(["goals", "review", "--answers", str(answers)])
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.startswith(f"mij: {answers}: ")
    assert message.endswith("; nothing was saved.")
    assert message.count(str(answers)) == 1


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ([1], "entries[0]: expected an object"),
        ([{"title": "t", "date": "2023-01-01", "time": "10:00"}],
         "entries[0]: the key 'body' is missing"),
        ([{"title": "t", "body": "b", "date": "2023-02-30", "time": "10:00"}],
         "entries[0]: 2023-02-30 10:00 is not a date and time on the calendar"),
    ],
)
def test_jrnl_problems_say_where_exactly_once(entries: list[Any], expected: str) -> None:
    with pytest.raises(ImportProblem) as problem:
        parse_jrnl("f.json", {"entries": entries})
    assert problem.value.detail == expected


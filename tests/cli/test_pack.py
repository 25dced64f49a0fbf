"""`mij pack new / check / add / remove` through the CLI, and the install domain functions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mi_journal.core.errors import MijError, UsageProblem
from mi_journal.core.paths import Paths
from mi_journal.packs.authoring import check_pack_id, starter_pack
from mi_journal.packs.install import install_pack, remove_pack
from mi_journal.packs.loader import PackError, parse_pack
from mi_journal.packs.registry import find_pack, installed_pack_path, list_packs
from tests.conftest import Cli

GOOD = """\
[pack]
id = "homework-one"
title = "Homework one"
version = "1.0.0"

[[prompts]]
id = "what"
stage = "engaging"
kind = "text"
text = "What matters to you this week?"
"""

WARNS = GOOD.replace("What matters to you this week?", "Do you drink every night?")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- pack new ----------------------------------------------------------------------------


def test_pack_new_writes_a_starter_that_checks_strictly(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "mine.toml"
    result = cli(["pack", "new", "my-pack", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text("utf-8")
    pack = parse_pack(text, "mine.toml")
    assert pack.id == "my-pack"
    kinds = {prompt.kind.value for prompt in pack.prompts}
    assert kinds == {"text", "long_text", "scale", "choice", "multi_choice", "yes_no", "list"}
    assert any(prompt.when for prompt in pack.prompts)
    assert any("{" in prompt.text for prompt in pack.prompts)
    assert "# [assignment]" in text
    check = cli(["pack", "check", str(target), "--strict"])
    assert check.exit_code == 0, check.output


def test_starter_with_its_assignment_uncommented_still_passes() -> None:
    import re

    text = starter_pack("x").replace("# [assignment]", "[assignment]")
    text = re.sub(r"^# (assigned_by|note|start|due|frequency|times|stages) ", r"\1 ", text,
                  flags=re.M)
    from mi_journal.packs.lint import check_bytes

    pack, findings = check_bytes(text.encode(), "x.toml")
    assert pack is not None and pack.assignment is not None and findings == []


def test_pack_new_refuses_to_overwrite_and_bad_ids(cli: Cli, tmp_path: Path) -> None:
    target = write(tmp_path / "mine.toml", "keep me")
    result = cli(["pack", "new", "my-pack", "-o", str(target)])
    assert result.exit_code == 1 and target.read_text() == "keep me"
    for bad in ("../evil", "a/b", "..", "Caps", "", "x" * 65, "a\x00b"):
        assert cli(["pack", "new", bad, "-o", str(tmp_path / "n.toml")]).exit_code == 2
    assert not (tmp_path / "n.toml").exists()


def test_pack_new_to_stdout(cli: Cli) -> None:
    result = cli(["pack", "new", "to-screen", "-o", "-"])
    assert result.exit_code == 0 and 'id = "to-screen"' in result.output


def test_check_pack_id() -> None:
    assert check_pack_id("first-week") == "first-week"
    with pytest.raises(UsageProblem):
        check_pack_id("first.week")


# --- pack check --------------------------------------------------------------------------


def test_check_exit_codes(cli: Cli, tmp_path: Path) -> None:
    good = write(tmp_path / "good.toml", GOOD)
    warns = write(tmp_path / "warns.toml", WARNS)
    bad = write(tmp_path / "bad.toml", '[pack]\nid = "x"\ntitle =\n')
    assert cli(["pack", "check", str(good)]).exit_code == 0
    assert cli(["pack", "check", str(good), "--strict"]).exit_code == 0
    assert cli(["pack", "check", str(warns)]).exit_code == 0
    assert cli(["pack", "check", str(warns), "--strict"]).exit_code == 1
    assert cli(["pack", "check", str(bad)]).exit_code == 1
    assert cli(["pack", "check", str(good), str(bad)]).exit_code == 1
    assert cli(["pack", "check", str(tmp_path / "missing.toml")]).exit_code == 1
    assert cli(["pack", "check"]).exit_code == 2


def test_check_human_output(cli: Cli, tmp_path: Path) -> None:
    warns = write(tmp_path / "warns.toml", WARNS)
    result = cli(["pack", "check", str(warns)])
    assert "what" in result.output and "[closed-question]" in result.output
    assert "What" in result.output  # the suggested rewording
    bad = write(tmp_path / "bad.toml", '[pack]\nid = "x"\ntitle =\n')
    result = cli(["pack", "check", str(bad)])
    assert "[syntax]" in result.output and "line 3" in result.output


def test_check_json_shape(cli: Cli, tmp_path: Path) -> None:
    warns = write(tmp_path / "warns.toml", WARNS)
    bad = write(tmp_path / "bad.toml", GOOD.replace('kind = "text"', 'kind = "txt"'))
    result = cli(["pack", "check", str(warns), str(bad), "--json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert isinstance(findings, list) and len(findings) == 2
    for finding in findings:
        assert set(finding) == {"file", "prompt", "level", "code", "message", "field"}
    warning, error = findings
    assert warning == {**warning, "file": str(warns), "prompt": "what", "level": "warning",
                       "code": "closed-question", "field": None}
    assert error["level"] == "error" and error["code"] == "schema" and error["prompt"] == "what"
    assert "kind" in error["message"]
    clean = write(tmp_path / "clean.toml", GOOD)
    assert json.loads(cli(["pack", "check", str(clean), "--json"]).output) == []


def test_check_prints_pack_text_inertly(cli: Cli, tmp_path: Path) -> None:
    evil = write(tmp_path / "evil.toml", GOOD.replace("What matters", "[bold]Do\\u001b[2J you"))
    result = cli(["pack", "check", str(evil)])
    assert "\x1b" not in result.output


# --- pack add / remove -------------------------------------------------------------------


def test_add_installs_and_list_show_include_it(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    source = write(tmp_path / "anything.toml", "# a comment stays\n" + GOOD)
    result = cli(["pack", "add", str(source)])
    assert result.exit_code == 0, result.output
    installed = installed_pack_path(paths, "homework-one")
    assert installed.read_text("utf-8").startswith("# a comment stays")
    assert (installed.stat().st_mode & 0o777) == 0o600
    listing = json.loads(cli(["pack", "list", "--json"]).output)
    row = next(item for item in listing if item["id"] == "homework-one")
    assert row["source"] == "installed"
    assert cli(["pack", "show", "homework-one"]).exit_code == 0


def test_add_refuses_a_clash_unless_replace(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    first = write(tmp_path / "one.toml", GOOD)
    second = write(tmp_path / "two.toml", GOOD.replace('title = "Homework one"', 'title = "New"'))
    assert cli(["pack", "add", str(first)]).exit_code == 0
    clash = cli(["pack", "add", str(second)])
    assert clash.exit_code == 1
    assert find_pack(paths, "homework-one").pack.pack.title == "Homework one"
    assert cli(["pack", "add", str(second), "--replace"]).exit_code == 0
    assert find_pack(paths, "homework-one").pack.pack.title == "New"


def test_add_refuses_a_builtin_id_unless_replace(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    mine = write(tmp_path / "checkin.toml", GOOD.replace('"homework-one"', '"checkin"'))
    assert cli(["pack", "add", str(mine)]).exit_code == 1
    assert find_pack(paths, "checkin").source == "built-in"
    assert cli(["pack", "add", str(mine), "--replace"]).exit_code == 0
    assert find_pack(paths, "checkin").source == "installed"
    result = cli(["pack", "remove", "checkin"])
    assert result.exit_code == 0 and "built-in" in result.output
    assert find_pack(paths, "checkin").source == "built-in"


def test_add_bad_pack_installs_nothing(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    cases = {
        "syntax.toml": '[pack]\nid = "x"\ntitle =\n',
        "schema.toml": GOOD.replace('stage = "engaging"', 'stage = "thinking"'),
        "badid.toml": GOOD.replace('"homework-one"', '"../evil"'),
        "dots.toml": GOOD.replace('"homework-one"', '".."'),
        "utf16.toml": None,
    }
    for name, text in cases.items():
        path = tmp_path / name
        if text is None:
            path.write_bytes(GOOD.encode("utf-16"))
        else:
            write(path, text)
        result = cli(["pack", "add", str(path)])
        assert result.exit_code in (1, 2), name
        assert "Traceback" not in result.output
    big = tmp_path / "big.toml"
    big.write_bytes(GOOD.encode() + b"#" * (1024 * 1024 + 1))
    assert cli(["pack", "add", str(big)]).exit_code == 1
    assert cli(["pack", "add", str(tmp_path / "missing.toml")]).exit_code == 1
    assert not paths.packs.exists() or not any(paths.packs.iterdir())


def test_remove_only_installed_packs_and_entries_stay(
    cli: Cli, tmp_path: Path, paths: Paths
) -> None:
    from mi_journal.storage.entries import load_entries, new_entry_id, write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, now

    source = write(tmp_path / "one.toml", GOOD)
    assert cli(["pack", "add", str(source)]).exit_code == 0
    created = now()
    entry = Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        pack="homework-one", pack_version="1.0.0",
        answers=[Answer(prompt="what", question="What matters to you this week?",
                        kind=AnswerKind.text, value="my kids")],
    )
    write_new_entry(paths, entry)
    result = cli(["pack", "remove", "homework-one"])
    assert result.exit_code == 0 and "stay" in result.output
    assert not installed_pack_path(paths, "homework-one").exists()
    assert [e.answers[0].value for e in load_entries(paths).entries] == ["my kids"]
    assert cli(["pack", "remove", "homework-one"]).exit_code == 1
    assert cli(["pack", "remove", "checkin"]).exit_code == 1
    assert cli(["pack", "remove", "../x"]).exit_code == 2


def test_an_entry_from_an_earlier_version_stays_readable(
    cli: Cli, tmp_path: Path, paths: Paths
) -> None:
    from mi_journal.storage.entries import load_entries, new_entry_id, write_new_entry
    from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, now

    assert cli(["pack", "add", str(write(tmp_path / "v1.toml", GOOD))]).exit_code == 0
    created = now()
    write_new_entry(paths, Entry(
        id=new_entry_id(created), created=created, kind=EntryKind.interview,
        pack="homework-one", pack_version="1.0.0",
        answers=[Answer(prompt="what", question="What matters to you this week?",
                        kind=AnswerKind.text, value="sleep")],
    ))
    v2 = GOOD.replace('version = "1.0.0"', 'version = "2.0.0"').replace(
        'id = "what"', 'id = "renamed"')
    assert cli(["pack", "add", str(write(tmp_path / "v2.toml", v2)), "--replace"]).exit_code == 0
    [entry] = load_entries(paths).entries
    assert entry.pack_version == "1.0.0" and entry.answers[0].question.startswith("What matters")


# --- domain functions --------------------------------------------------------------------


def test_install_and_remove_functions(tmp_path: Path, paths: Paths) -> None:
    source = write(tmp_path / "one.toml", GOOD)
    done = install_pack(paths, source)
    assert done.pack.id == "homework-one" and not done.replaced
    assert install_pack(paths, source, replace=True).replaced
    with pytest.raises(MijError):
        install_pack(paths, source)
    assert [e.pack.id for e in list_packs(paths).packs if e.source == "installed"] == [
        "homework-one"
    ]
    assert remove_pack(paths, "homework-one") is False
    with pytest.raises(MijError):
        remove_pack(paths, "homework-one")
    with pytest.raises(PackError):
        install_pack(paths, write(tmp_path / "bad.toml", "[pack"))


def test_install_leaves_no_temporary_files(tmp_path: Path, paths: Paths) -> None:
    install_pack(paths, write(tmp_path / "one.toml", GOOD))
    assert sorted(os.listdir(paths.packs)) == ["homework-one.toml"]


def test_show_includes_the_assignment(cli: Cli, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "prompts" / "examples"
    assert cli(["pack", "add", str(example / "first-week-noticing.toml")]).exit_code == 0
    data = json.loads(cli(["pack", "show", "first-week-noticing", "--json"]).output)
    assert data["source"] == "installed"
    assert data["assignment"]["frequency"] == "daily" and data["assignment"]["times"] == 5
    shown = cli(["pack", "show", "first-week-noticing"]).output
    assert "Homework from Your counsellor: daily, 2026-03-02 to 2026-03-08" in shown


def test_remove_keeps_a_paused_interview_resumable_unless_forced(
    cli: Cli, tmp_path: Path, paths: Paths
) -> None:
    from mi_journal.interview.drafts import draft_from_interview, list_drafts, save_draft
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.registry import find_pack
    from mi_journal.storage.models import now

    source = write(tmp_path / "one.toml", GOOD)
    assert cli(["pack", "add", str(source)]).exit_code == 0
    interview = Interview(find_pack(paths, "homework-one").pack)
    save_draft(paths, draft_from_interview(interview, "20260301-101500-abcdef", now()))
    refused = cli(["pack", "remove", "homework-one"])
    assert refused.exit_code == 1
    assert "paused interview" in refused.stderr and "--force" in refused.stderr
    assert (paths.packs / "homework-one.toml").exists()
    forced = cli(["pack", "remove", "homework-one", "--force"])
    assert forced.exit_code == 0
    assert not (paths.packs / "homework-one.toml").exists()
    assert len(list_drafts(paths).drafts) == 1

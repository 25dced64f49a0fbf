"""Issue 14, item 3: nothing is saved that the program would refuse to read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mi_journal.core.vocabulary import MAX_ANSWER_CHARS

REPEATS = 600  # "{a} " 600 times fits the 2,000-character prompt limit


def _echo_pack(prompts_quoting: int = 3) -> str:
    quoting = "".join(
        f'\n[[prompts]]\nid = "q{n}"\nstage = "evoking"\nkind = "text"\n'
        f'text = "{"{a}" * REPEATS}"\n'
        for n in range(prompts_quoting)
    )
    return (
        '[pack]\nid = "echo"\ntitle = "Echo"\nversion = "1.0.0"\n\n'
        '[[prompts]]\nid = "a"\nstage = "evoking"\nkind = "long_text"\n'
        'text = "What comes to mind?"\n' + quoting
    )


def test_rendered_question_is_capped() -> None:
    from mi_journal.packs.template import MAX_QUOTED_CHARS, MAX_RENDERED_CHARS, render

    long_answer = "w" * MAX_ANSWER_CHARS
    text = render("{a}" * REPEATS, {"a": long_answer}, {})
    assert text is not None and len(text) <= MAX_RENDERED_CHARS
    one = render("You said: {a}. Say more?", {"a": long_answer}, {})
    assert one is not None and one.startswith("You said: www") and one.endswith("\u2026. Say more?")
    assert len(one) == len("You said: . Say more?") + MAX_QUOTED_CHARS
    short = render("You said: {a}.", {"a": "a walk"}, {})
    assert short == "You said: a walk."  # short answers are quoted whole


def test_a_pack_that_repeats_a_long_answer_saves_a_readable_entry(
    cli: Any, paths: Any, tmp_path: Path
) -> None:
    from mi_journal.storage.tomlfile import MAX_DATA_FILE_BYTES

    pack = tmp_path / "echo.toml"
    pack.write_text(_echo_pack())
    assert cli(["pack", "add", str(pack)]).exit_code == 0
    answers = tmp_path / "answers.json"
    import json

    answers.write_text(json.dumps({"a": "long answer " * (MAX_ANSWER_CHARS // 12),
                                   "q0": "x", "q1": "y", "q2": "z"}))
    result = cli(["interview", "--pack", "echo", "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    [entry_file] = paths.entries.rglob("*.toml")
    assert entry_file.stat().st_size < MAX_DATA_FILE_BYTES
    listed = cli(["list"])
    assert listed.exit_code == 0 and entry_file.stem in listed.stdout
    exported = cli(["export", "--format", "json"])
    assert entry_file.stem in exported.stdout


def test_pack_check_warns_about_repeated_placeholders(cli: Any, tmp_path: Path) -> None:
    pack = tmp_path / "echo.toml"
    pack.write_text(_echo_pack(prompts_quoting=1))
    result = cli(["pack", "check", str(pack), "--json"])
    import json

    findings = json.loads(result.stdout)
    codes = {(f["prompt"], f["code"]) for f in
             (findings["findings"] if isinstance(findings, dict) else findings)}
    assert ("q0", "placeholder-repeated") in codes


def test_a_record_over_the_read_limit_is_never_written(
    paths: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mi_journal.storage import tomlfile
    from mi_journal.storage.entries import new_entry_id, write_new_record
    from mi_journal.storage.models import now

    monkeypatch.setattr(tomlfile, "MAX_DATA_FILE_BYTES", 2_000)
    created = now()
    record = {"schema": 1, "id": new_entry_id(created), "created": created, "kind": "note",
              "text": "x" * 5_000}
    with pytest.raises(tomlfile.TooLargeToStore, match="larger than"):
        write_new_record(paths, record)
    assert not paths.entries.exists() or not list(paths.entries.rglob("*.toml"))


def test_an_interview_too_large_to_save_is_kept_as_a_draft(
    paths: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is refused with a clear line and the answers stay a draft to resume."""
    import io

    from rich.console import Console

    from mi_journal.cli.interview_ui import InterviewUI
    from mi_journal.interview.drafts import list_drafts
    from mi_journal.interview.engine import Interview
    from mi_journal.packs.loader import parse_pack
    from mi_journal.storage import tomlfile

    pack = parse_pack(_echo_pack(prompts_quoting=1), "echo.toml")
    interview = Interview(pack)
    replies = iter(["a" * 3_000, "", "fine"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(replies))
    monkeypatch.setattr(tomlfile, "MAX_DATA_FILE_BYTES", 4_000)  # drafts may be larger
    screen = io.StringIO()
    ui = InterviewUI(paths, interview, out=Console(file=screen, width=200))
    with pytest.raises(Exception) as stopped:
        ui.run()
    assert getattr(stopped.value, "exit_code", None) == 1
    shown = screen.getvalue()
    assert "larger than" in shown and "mij resume" in shown
    [draft] = list_drafts(paths).drafts
    assert draft.answers[0].value == "a" * 3_000
    assert not paths.entries.exists() or not list(paths.entries.rglob("*.toml"))


def test_answers_from_a_file_too_large_to_save_are_kept_as_a_draft(
    cli: Any, paths: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from mi_journal.interview.drafts import list_drafts
    from mi_journal.storage import tomlfile

    pack = tmp_path / "echo.toml"
    pack.write_text(_echo_pack(prompts_quoting=1))
    assert cli(["pack", "add", str(pack)]).exit_code == 0
    monkeypatch.setattr(tomlfile, "MAX_DATA_FILE_BYTES", 4_000)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"a": "b" * 3_000, "q0": "fine"}))
    result = cli(["interview", "--pack", "echo", "--answers", str(answers)])
    assert result.exit_code == 1
    [draft] = list_drafts(paths).drafts
    assert "larger than" in result.stderr and draft.id in result.stderr
    assert draft.answers[0].value == "b" * 3_000
    assert not paths.entries.exists() or not list(paths.entries.rglob("*.toml"))

"""Issue 14, item 10e: what sync tools leave beside the journal is reported, not ignored."""

from __future__ import annotations

from typing import Any

import pytest

from mi_journal.journal.notes import add_note

GOAL_COPIES = [
    "goals (Sam's conflicted copy 2026-12-01).toml",
    "goals.sync-conflict-20261201-101010-ABCDEFG.toml",
]


@pytest.fixture
def synced(cli: Any, paths: Any) -> Any:
    add_note(paths, "kept on this computer")
    assert cli(["goals", "add", "Walk after lunch"]).exit_code == 0
    for name in GOAL_COPIES:
        (paths.home / name).write_text(paths.goals.read_text())
        (paths.home / name).chmod(0o600)  # private, so only the copy itself is reported
    evicted = add_note(paths, "only in the cloud now")
    real = paths.entries / evicted.id[:4] / evicted.id[4:6] / f"{evicted.id}.toml"
    placeholder = real.with_name(f".{real.name}.icloud")
    placeholder.write_bytes(b"bplist00 placeholder")
    placeholder.chmod(0o600)
    real.unlink()
    return paths, evicted.id


def test_doctor_reports_each_leftover(cli: Any, synced: Any) -> None:
    _, evicted_id = synced
    result = cli(["doctor"])
    assert "All is well" not in result.stdout
    for name in GOAL_COPIES:
        assert name in result.stdout
    assert f".{evicted_id}.toml.icloud" in result.stdout
    assert "iCloud" in result.stdout
    assert result.exit_code == 1


def test_export_mentions_the_evicted_entry_and_the_goal_copies(cli: Any, synced: Any) -> None:
    _, evicted_id = synced
    for fmt in ("json", "md"):
        result = cli(["export", "-f", fmt])
        assert result.exit_code == 0, result.output
        assert "kept on this computer" in result.stdout
        assert evicted_id in result.stderr and "iCloud" in result.stderr
        assert "conflicted copy" in result.stderr


def test_list_mentions_the_evicted_entry(cli: Any, synced: Any) -> None:
    _, evicted_id = synced
    result = cli(["list"])
    assert result.exit_code == 0
    assert evicted_id in result.stderr and "iCloud" in result.stderr


def test_goals_list_mentions_the_copies(cli: Any, synced: Any) -> None:
    result = cli(["goals", "list"])
    assert result.exit_code == 0
    assert "Walk after lunch" in result.stdout
    assert "sync-conflict" in result.stderr


def test_goals_in_the_cloud_only_are_not_started_afresh(cli: Any, paths: Any) -> None:
    assert cli(["goals", "add", "Walk after lunch"]).exit_code == 0
    placeholder = paths.home / ".goals.toml.icloud"
    placeholder.write_bytes(b"bplist00")
    paths.goals.unlink()
    listed = cli(["goals", "list"])
    assert listed.exit_code == 1 and "iCloud" in listed.stderr
    added = cli(["goals", "add", "Something new"])
    assert added.exit_code == 1
    assert not paths.goals.exists()  # no fresh file to clash with the one in the cloud


def test_copies_are_recognised() -> None:
    from pathlib import Path

    from mi_journal.storage.sync import copies_of

    folder_names = [*GOAL_COPIES, "goals.toml", "goals 2.toml", "config.toml", "goalsetc.toml",
                    ".goals.toml.icloud"]
    found = copies_of(Path("/x/goals.toml"), folder_names)
    assert [p.name for p in found] == sorted([*GOAL_COPIES, "goals 2.toml"])


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_export_does_not_leave_cloud_only_goals_out_unseen(
    cli: Any, paths: Any, fmt: str
) -> None:
    assert cli(["goals", "add", "Walk after lunch"]).exit_code == 0
    (paths.home / ".goals.toml.icloud").write_bytes(b"bplist00")
    paths.goals.unlink()
    result = cli(["export", "-f", fmt])
    assert result.exit_code == 1 and "iCloud" in result.stderr
    assert cli(["export", "-f", fmt, "--no-goals"]).exit_code == 0

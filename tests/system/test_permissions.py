"""Files 0600 and folders 0700 whatever the umask (run in subprocesses so
pytest's own umask is never disturbed)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import mij_command, subprocess_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

DOMAIN_SCRIPT = """
import os, sys
os.umask(int(sys.argv[1], 8))
from datetime import datetime, timezone
from mi_journal.core.paths import get_paths
from mi_journal.journal.notes import add_note
from mi_journal.storage.models import Goal
from mi_journal.storage.goals import editing_goals
from mi_journal.storage.config import editing_config
paths = get_paths()
add_note(paths, "written under umask 000")
at = datetime.now(timezone.utc)
with editing_goals(paths) as goals:
    goals.goals.append(Goal(id="g1", title="walk", created=at, updated=at))
with editing_config(paths) as config:
    config.crisis_line = "local"
print("ok")
"""


def _mode(path: str) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _modes(home: Path) -> tuple[dict[str, int], dict[str, int]]:
    files: dict[str, int] = {}
    folders: dict[str, int] = {str(home): stat.S_IMODE(home.stat().st_mode)}
    for root, dirnames, filenames in os.walk(home):
        for name in dirnames:
            folders[os.path.join(root, name)] = _mode(os.path.join(root, name))
        for name in filenames:
            files[os.path.join(root, name)] = _mode(os.path.join(root, name))
    return files, folders


def _assert_private(home: Path, expect: set[str]) -> None:
    files, folders = _modes(home)
    names = {Path(f).name for f in files}
    assert expect <= names, names
    assert files and all(mode == 0o600 for mode in files.values()), {
        f: oct(m) for f, m in files.items()}
    assert all(mode == 0o700 for mode in folders.values()), {
        f: oct(m) for f, m in folders.items()}


@pytest.mark.parametrize("umask", ["000", "777", "027"])
def test_domain_writes_are_private_under_any_umask(journal_home: Path, umask: str) -> None:
    done = subprocess.run([sys.executable, "-c", DOMAIN_SCRIPT, umask],
                          env=subprocess_env(journal_home),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    _assert_private(journal_home, {"goals.toml", "config.toml", "goals.lock", "config.lock"})


@pytest.mark.parametrize("umask", [0o000, 0o777])
def test_cli_writes_are_private_under_any_umask(journal_home: Path, tmp_path: Path,
                                                umask: int) -> None:
    import json

    data = Path(__file__).parents[1] / "data"
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"on-your-mind": "sleep"}))
    exported = tmp_path / "out" / "export.json"
    exported.parent.mkdir()
    env = subprocess_env(journal_home)
    for args in (["note", "hello"], ["config", "set", "crisis_line", "x"],
                 ["goals", "add", "walk", "--why", "air"],
                 ["interview", "engaging", "--answers", str(answers)],
                 ["pack", "add", str(data / "packs" / "mini-evoking.toml")],
                 ["import", "--from", "jrnl", str(data / "jrnl" / "journal.json")],
                 ["list"], ["export", "-o", str(exported)]):
        done = subprocess.run(mij_command() + args, env=env, capture_output=True, text=True,
                              timeout=60, preexec_fn=lambda: os.umask(umask))
        assert done.returncode == 0, (args, done.stderr)
    _assert_private(journal_home, {"config.toml", "goals.toml", "mini-evoking.toml",
                                   "index.sqlite3"})
    assert len(list((journal_home / "entries").rglob("*.toml"))) >= 3
    assert _mode(str(exported)) == 0o600


def test_umask_of_this_process_is_untouched() -> None:
    current = os.umask(0o022)
    os.umask(current)
    assert current != 0

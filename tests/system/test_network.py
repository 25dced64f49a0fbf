"""mi-journal opens no network connection: every command runs with sockets
made impossible, in-process and in real processes."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli, mij_command, subprocess_env

ATTEMPTS: list[str] = []


class NoSocket(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        ATTEMPTS.append(f"socket{args}")
        raise OSError("network use is not allowed in mi-journal")


def _refuse(name: str):
    def refuse(*args: object, **kwargs: object) -> None:
        ATTEMPTS.append(f"{name}{args}")
        raise OSError("network use is not allowed in mi-journal")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    ATTEMPTS.clear()
    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair",
                 "create_server", "fromfd"):
        monkeypatch.setattr(socket, name, _refuse(name))
    yield ATTEMPTS
    assert ATTEMPTS == []


def test_the_guard_itself_catches_a_socket(no_network) -> None:
    with pytest.raises(OSError):
        socket.socket()
    assert no_network
    no_network.clear()


ANSWERS_ENGAGING = {"on-your-mind": "sleep, and the evenings", "what-matters": "my kids",
                    "good-day": "a walk after work", "strengths": "stubborn"}
ANSWERS_CHECKIN = {"today": "better than yesterday", "importance": 7, "confidence": 5}


def _every_command(tmp: Path) -> list[list[str]]:
    answers = tmp / "answers.json"
    answers.write_text(json.dumps(ANSWERS_ENGAGING))
    checkin = tmp / "checkin.json"
    checkin.write_text(json.dumps(ANSWERS_CHECKIN))
    export = tmp / "export.json"
    jrnl = Path(__file__).parents[1] / "data" / "jrnl" / "journal.json"
    pack = Path(__file__).parents[1] / "data" / "packs" / "mini-evoking.toml"
    return [
        [], ["paths"], ["crisis"], ["config", "set", "crisis_line", "local 123"],
        ["config", "show"],
        ["note", "a quick thought"], ["interview", "engaging", "--answers", str(answers)],
        ["checkin", "--answers", str(checkin)], ["goals", "add", "walk", "--why", "air"],
        ["goals"], ["list"], ["show", "last"], ["search", "walk"], ["tag", "last", "+evening"],
        ["trends"], ["reflect"], ["suggest"], ["export", "-o", str(export)],
        ["export", "-f", "md"], ["export", "-f", "html"], ["import", str(export)],
        ["import", "--from", "jrnl", str(jrnl)], ["pack", "list"], ["pack", "show", "engaging"],
        ["pack", "check", str(pack)], ["pack", "add", str(pack)], ["homework"],
        ["resume", "--list"], ["reindex"], ["doctor", "--fix"],
    ]


def test_every_command_without_network(cli: Cli, no_network, tmp_path: Path) -> None:
    for args in _every_command(tmp_path):
        result = cli(args, env={"COLUMNS": "120"})
        assert result.exit_code == 0, (args, result.output[-1500:])


SITECUSTOMIZE = """
import os, socket
_log = os.environ["MIJ_TEST_SOCKET_LOG"]
class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        with open(_log, "a") as out:
            out.write(f"socket {args}\\n")
        raise OSError("network use is not allowed")
def _refuse(*args, **kwargs):
    with open(_log, "a") as out:
        out.write(f"call {args}\\n")
    raise OSError("network use is not allowed")
socket.socket = _NoSocket
socket.create_connection = socket.getaddrinfo = socket.socketpair = _refuse
"""


def test_real_processes_open_no_socket(journal_home: Path, tmp_path: Path) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "sockets.log"
    env = subprocess_env(journal_home, PYTHONPATH=str(hook), MIJ_TEST_SOCKET_LOG=str(log))
    commands = _every_command(tmp_path)
    picked = [c for c in commands if c[:1] in (["interview"], ["checkin"], ["export"],
                                               ["import"], ["note"], ["list"], ["doctor"], [])]
    for args in picked:
        done = subprocess.run([*mij_command(), *args], env=env, capture_output=True, text=True,
                              timeout=120, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, (args, done.stderr[-1500:])
    assert not log.exists(), log.read_text()
    # The hook really was active: a socket from the same interpreter setup is caught.
    probe = subprocess.run([*mij_command()[:1], "-c", "import socket; socket.socket()"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and log.exists()

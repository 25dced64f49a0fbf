"""The hostile corpus, fed to every command that reads files and placed by
hand into the data folder. Every case ends in exit 0 (harmless text shown
inert) or exit 1/2 with one line on stderr: never a traceback, a hang, a
partial write, or raw control, escape or bidi characters on screen.

To cover a new command: add it to FEEDS (it takes a file) or to the command
list of a place in PLACES (it reads the data folder).
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.core.textsafe import has_unsafe
from tests.conftest import Cli, terminal_log

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
STATIC = sorted(p.name for p in HOSTILE.iterdir() if p.name not in ("make_corpus.py", "README.md"))
ENTRY_ID = "20260101-000000-host"
TIME_LIMIT = 60  # seconds for one command; a hang fails the test instead of the run

# --- big files, made at test time (never committed) -----------------------------------

MB = 1024 * 1024


def _big_toml(path: Path) -> None:
    line = "# " + "x" * 1020 + "\n"
    with path.open("w") as out:
        out.write('schema = 1\nid = "20260101-000000-host"\n')
        for _ in range(50 * MB // len(line)):
            out.write(line)
        out.write('text = "end"\n')


def _big_json(path: Path) -> None:
    with path.open("w") as out:
        out.write('{"format": "mi-journal-export", "schema": 1, "entries": [')
        out.write('{"schema": 1, "id": "20260101-000000-bigg", "created": "2026-01-01T00:00:00Z",'
                  ' "kind": "note", "text": "')
        out.write("y" * (50 * MB))
        out.write('"}], "goals": [], "tags": {}}')


def _many_prompts(path: Path) -> None:
    parts = ['[pack]\nid = "many"\ntitle = "Many"\nversion = "1.0.0"\n']
    parts += [f'[[prompts]]\nid = "p{i}"\nstage = "engaging"\nkind = "text"\ntext = "Q{i}?"\n'
              for i in range(10_000)]
    path.write_text("".join(parts))


def _many_answers(path: Path) -> None:
    path.write_text("".join(f'p{i} = "a"\n' for i in range(10_000)))


MILLIONS = "z" * 3_000_000


def _million_entry(path: Path) -> None:
    path.write_text(f'schema = 1\nid = "{ENTRY_ID}"\ncreated = 2026-01-01T00:00:00Z\n'
                    f'kind = "note"\ntext = "{MILLIONS}"\n')


def _million_answers(path: Path) -> None:
    path.write_text(f'on-your-mind = "{MILLIONS}"\ntoday = "{MILLIONS}"\n')


def _million_export(path: Path) -> None:
    path.write_text(json.dumps({"format": "mi-journal-export", "schema": 1, "entries": [{
        "schema": 1, "id": "20260101-000000-mill", "created": "2026-01-01T00:00:00Z",
        "kind": "note", "text": MILLIONS}], "goals": [{
            "id": "mm", "title": MILLIONS, "created": "2026-01-01T00:00:00Z",
            "updated": "2026-01-01T00:00:00Z"}]}))


def _million_jrnl(path: Path) -> None:
    path.write_text(json.dumps({"tags": {}, "entries": [{
        "title": MILLIONS, "body": MILLIONS, "date": "2023-01-01", "time": "10:00",
        "tags": ["@" + "t" * 1_000_000], "starred": False}]}))


def _million_key(path: Path) -> None:
    path.write_text(f'schema = 1\n{"k" * 1_000_000} = 1\n')


GENERATED: dict[str, Callable[[Path], None]] = {
    "big_50mb.toml": _big_toml,
    "big_50mb.json": _big_json,
    "pack_10000_prompts.toml": _many_prompts,
    "answers_10000.toml": _many_answers,
    "million_chars_entry.toml": _million_entry,
    "million_chars_answers.toml": _million_answers,
    "million_chars_export.json": _million_export,
    "million_chars_jrnl.json": _million_jrnl,
    "million_char_key.toml": _million_key,
}
CORPUS = STATIC + sorted(GENERATED)


@pytest.fixture(scope="session")
def generated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-big")


def corpus_file(name: str, generated_dir: Path) -> Path:
    if name not in GENERATED:
        return HOSTILE / name
    path = generated_dir / name
    if not path.exists():
        GENERATED[name](path)
    return path


def test_corpus_is_big_enough() -> None:
    assert len(STATIC) >= 40
    assert len(CORPUS) >= 49


# --- commands -----------------------------------------------------------------------

# Commands that take a file: name -> arguments.
FEEDS: dict[str, Callable[[Path], list[str]]] = {
    "pack check": lambda f: ["pack", "check", str(f)],
    "pack check --json": lambda f: ["pack", "check", "--json", str(f)],
    "pack add": lambda f: ["pack", "add", str(f)],
    "interview --answers": lambda f: ["interview", "engaging", "--answers", str(f)],
    "checkin --answers": lambda f: ["checkin", "--answers", str(f)],
    "import": lambda f: ["import", str(f)],
    "import --from jrnl": lambda f: ["import", "--from", "jrnl", str(f)],
    "view": lambda f: ["view", str(f)],
    "goals review --answers": lambda f: ["goals", "review", "--answers", str(f)],
    "homework do --answers": lambda f: ["homework", "do", "hw", "--answers", str(f)],
}

HOMEWORK_PACK = """
[pack]
id = "hw"
title = "Homework"
version = "1.0.0"
[assignment]
assigned_by = "Sam"
frequency = "daily"
times = 3
[[prompts]]
id = "on-your-mind"
stage = "engaging"
kind = "text"
text = "What is on your mind?"
"""

ANSWERS = HOSTILE / "payload_answers.toml"

# Places in the data folder a file can be put by hand, and the commands that then read it.
PLACES: dict[str, tuple[Callable[[Paths, bytes], Path], list[list[str]]]] = {}


def _entry_place(paths: Paths, raw: bytes) -> Path:
    found = re.search(rb'^id = "(\d{8}-\d{6}-[a-z0-9]{4,8})"', raw, re.MULTILINE)
    entry_id = found.group(1).decode() if found else ENTRY_ID
    return paths.entries / entry_id[:4] / entry_id[4:6] / f"{entry_id}.toml"


PLACES["entry"] = (_entry_place, [
    [], ["list"], ["list", "--json"], ["show", "last"], ["show", ENTRY_ID], ["search", "hello"],
    ["export"], ["export", "-f", "md"], ["export", "-f", "html"], ["trends"], ["trends", "--json"],
    ["reflect"], ["suggest"], ["doctor"], ["reindex"], ["tag", ENTRY_ID, "+x"],
    ["note", "still works"],
])
PLACES["entry, odd name"] = (lambda p, raw: p.entries / "2026" / "13" / "20261399-2500-x.toml", [
    [], ["list"], ["search", "hello"], ["export"], ["trends"], ["doctor"], ["note", "fine"],
])
PLACES["entry, not an id"] = (lambda p, raw: p.entries / "2026" / "01" / "notes.toml", [
    [], ["list"], ["show", "last"], ["export"], ["reflect"], ["doctor"],
])
PLACES["goals"] = (lambda p, raw: p.goals, [
    [], ["goals"], ["goals", "--json"], ["goals", "list", "--all"], ["goals", "show", "pp"],
    ["goals", "add", "a new goal"], ["goals", "status", "pp", "done"], ["export"],
    ["suggest"], ["doctor"],
])
PLACES["config"] = (lambda p, raw: p.config, [
    [], ["config", "show"], ["crisis"], ["config", "set", "pager", "false"], ["doctor"],
    ["note", "still works"],
])
PLACES["pack"] = (lambda p, raw: p.packs / "hostile.toml", [
    ["pack", "list"], ["pack", "show", "hostile"], ["pack", "show", "engaging"], ["homework"],
    ["interview", "--pack", "hostile", "--answers", str(ANSWERS)], ["pack", "remove", "nope"],
    ["doctor"],
])
PLACES["draft"] = (lambda p, raw: p.drafts / f"{ENTRY_ID}.toml", [
    ["resume", "--list"], ["resume"], ["doctor"],
])


# Commands that may change a placed file when it is valid (it must then read back).
WRITERS = {("tag",), ("goals", "add"), ("goals", "status"), ("config", "set")}


def _load_entry(paths: Paths, path: Path) -> None:
    from mi_journal.storage.entries import read_entry

    read_entry(path)


def _load_goals(paths: Paths, path: Path) -> None:
    from mi_journal.storage.goals import load_goals

    load_goals(paths)


def _load_config(paths: Paths, path: Path) -> None:
    from mi_journal.storage.config import load_config

    load_config(paths)


LOADERS: dict[str, Callable[[Paths, Path], None]] = {
    "entry": _load_entry, "goals": _load_goals, "config": _load_config,
}


# --- running one command under guard ---------------------------------------------------


class Hang(BaseException):  # BaseException: the app's own handler must not swallow it
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _snapshot(home: Path) -> dict[str, tuple[int, int, int, int]]:
    """Every file outside the cache, by size, mtime, inode and mode (a replace or an
    in-place write changes at least one of them)."""
    if not home.exists():
        return {}
    out = {}
    for path in sorted(home.rglob("*")):
        if path.is_file() and not path.is_symlink() and "cache" not in path.relative_to(home).parts:
            info = path.stat()
            out[str(path.relative_to(home))] = (info.st_size, info.st_mtime_ns, info.st_ino,
                                                info.st_mode)
    return out


def run_guarded(cli: Cli, args: list[str], home: Path, untouched: list[Path]):
    before = _snapshot(home)
    kept = {path: path.read_bytes() for path in untouched}
    with time_limit(TIME_LIMIT):
        result = cli(args, env={"COLUMNS": "120", "EDITOR": "false", "PAGER": "cat"})
    where = f"mij {' '.join(a[:60] for a in args)}"
    assert result.exit_code in (0, 1, 2), (where, result.exit_code, result.output[-2000:])
    assert "Traceback" not in result.output, (where, result.output[-3000:])
    if result.exit_code != 0:
        # One clear line on stderr; a checker (pack check) may instead report on stdout.
        assert result.stderr.count("\n") <= 1, (where, result.stderr[-2000:])
        if result.stderr:
            assert result.stderr.startswith("mij: "), (where, result.stderr[-2000:])
        else:
            assert result.stdout.strip(), where
        assert _snapshot(home) == before, f"{where}: changed the data folder and then failed"
    assert not has_unsafe(result.stdout), (where, "stdout", _unsafe_bits(result.stdout))
    assert not has_unsafe(result.stderr), (where, "stderr", _unsafe_bits(result.stderr))
    assert _hidden(result.stdout + result.stderr) == [], where
    temps = [p for p in home.rglob("*") if p.name.endswith(".tmp")] if home.exists() else []
    assert temps == [], (where, temps)
    for path, raw in kept.items():
        assert path.read_bytes() == raw, f"{where}: changed {path}"
    return result


def _hidden(text: str) -> list[str]:
    """Characters that draw nothing or act on other text, by Unicode's own categories
    (an oracle independent of the program's list in textsafe)."""
    import unicodedata

    return [f"U+{ord(ch):04X}" for ch in text if ch not in "\n\t"
            and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")][:5]


def _unsafe_bits(text: str) -> list[str]:
    from mi_journal.core.textsafe import _UNSAFE

    return [repr(text[max(0, m.start() - 20):m.end() + 20]) for m in _UNSAFE.finditer(text)][:5]


def _baseline(paths: Paths) -> None:
    from datetime import UTC, datetime

    from mi_journal.journal.notes import add_note
    from mi_journal.storage.goals import editing_goals
    from mi_journal.storage.models import Goal

    add_note(paths, "an ordinary earlier note, hello")
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with editing_goals(paths) as goals:  # so `goals review` has a goal to read answers for
        goals.goals.append(Goal(id="pp", title="walk more", created=at, updated=at))
    paths.packs.mkdir(mode=0o700)  # so `homework do hw` has an assignment to answer
    (paths.packs / "hw.toml").write_text(HOMEWORK_PACK)
    (paths.packs / "hw.toml").chmod(0o600)


# --- the tests ------------------------------------------------------------------------


@pytest.mark.parametrize("feed", sorted(FEEDS))
@pytest.mark.parametrize("name", CORPUS)
def test_feed(cli: Cli, paths: Paths, generated_dir: Path, name: str, feed: str) -> None:
    source = corpus_file(name, generated_dir)
    _baseline(paths)
    run_guarded(cli, FEEDS[feed](source), paths.home, [source])


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("name", STATIC)
def test_placed(cli: Cli, paths: Paths, generated_dir: Path, name: str, place: str) -> None:
    _place_and_run(cli, paths, corpus_file(name, generated_dir), place, PLACES[place][1])


BIG_QUICK = 3  # commands per place for the big files in the default run; all in stress


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_placed_big(cli: Cli, paths: Paths, generated_dir: Path, name: str, place: str) -> None:
    commands = PLACES[place][1]
    quick = [*commands[:BIG_QUICK], *(c for c in commands[BIG_QUICK:] if c == ["doctor"])]
    _place_and_run(cli, paths, corpus_file(name, generated_dir), place, quick)


@pytest.mark.stress
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_placed_big_every_command(
    cli: Cli, paths: Paths, generated_dir: Path, name: str, place: str
) -> None:
    _place_and_run(cli, paths, corpus_file(name, generated_dir), place, PLACES[place][1])


def _place_and_run(
    cli: Cli, paths: Paths, source: Path, place: str, commands: list[list[str]]
) -> None:
    _baseline(paths)
    raw = source.read_bytes()
    target = PLACES[place][0](paths, raw)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target.write_bytes(raw)
    target.chmod(0o600)
    for args in commands:
        writer = tuple(args[:2]) in WRITERS or tuple(args[:1]) in WRITERS
        result = run_guarded(cli, args, paths.home, [] if writer else [target])
        if writer and result.exit_code == 0 and target.read_bytes() != raw:
            LOADERS[place](paths, target)  # a file changed by a command reads back
            raw = target.read_bytes()


def test_payloads_are_shown_inert_not_hidden(cli: Cli, paths: Paths) -> None:
    """The payload entry is shown (exit 0), its escapes spelled out, its markup literal."""
    raw = (HOSTILE / "payload_entry.toml").read_bytes()
    target = _entry_place(paths, raw)
    target.parent.mkdir(parents=True, mode=0o700)
    target.write_bytes(raw)
    result = run_guarded(cli, ["show", ENTRY_ID], paths.home, [target])
    assert result.exit_code == 0
    assert "[bold]bold[/bold]" in result.stdout
    assert "{0.__class__}" in result.stdout and "%s%n" in result.stdout
    assert "\\x1b[2J" in result.stdout and "\\u202e" in result.stdout


def test_path_escaping_ids_write_nothing_outside(cli: Cli, paths: Paths, tmp_path: Path) -> None:
    before = sorted(p for p in tmp_path.rglob("*") if paths.home not in p.parents)
    for name in ("export_id_dotdot.json", "pack_id_dotdot.toml", "pack_id_absolute.toml"):
        feed = "import" if name.endswith(".json") else "pack add"
        result = run_guarded(cli, FEEDS[feed](HOSTILE / name), paths.home, [])
        assert result.exit_code != 0 or not list(tmp_path.glob("**/evil*"))
    after = sorted(p for p in tmp_path.rglob("*") if paths.home not in p.parents)
    assert after == before
    assert not Path("/tmp/evil").exists() and not Path("/tmp/evil.toml").exists()


@pytest.mark.parametrize("where", ["pack", "goals", "config", "entry folder", "import folder",
                                   "draft folder"])
def test_symlinked_targets_are_refused_not_followed(
    cli: Cli, paths: Paths, tmp_path: Path, where: str
) -> None:
    import shutil
    from datetime import datetime

    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.toml"
    victim.write_bytes(b"precious = true\n")
    pack = Path(__file__).parents[1] / "data" / "packs" / "mini-evoking.toml"
    _baseline(paths)
    if where == "pack":
        (paths.packs / "mini-evoking.toml").symlink_to(victim)
        args = ["pack", "add", str(pack), "--replace"]
    elif where == "goals":
        paths.goals.unlink()
        paths.goals.symlink_to(victim)
        args = ["goals", "add", "a goal"]
    elif where == "config":
        paths.config.symlink_to(victim)
        args = ["config", "set", "pager", "false"]
    elif where == "entry folder":
        year = paths.entries / datetime.now().strftime("%Y")
        shutil.rmtree(year)
        year.symlink_to(outside, target_is_directory=True)
        args = ["note", "hello"]
    elif where == "import folder":
        shutil.rmtree(paths.entries)
        paths.entries.mkdir(mode=0o700)
        (paths.entries / "2026").symlink_to(outside, target_is_directory=True)
        args = ["import", str(HOSTILE / "payload_export.json")]
    else:
        paths.drafts.symlink_to(outside, target_is_directory=True)
        args = ["interview", "engaging", "--answers", str(ANSWERS)]
    result = run_guarded(cli, args, paths.home, [victim])
    if where == "draft folder":
        # A finished interview needs no draft; it must simply not write through the link.
        assert sorted(p.name for p in outside.iterdir()) == ["victim.toml"]
        return
    assert result.exit_code == 1, result.output
    assert "symbolic link" in result.stderr or "not a regular file" in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["victim.toml"]


def test_hostile_pack_and_entry_in_a_real_terminal(paths: Paths) -> None:
    """In a pseudo-terminal (where an escape would act), a hostile pack's questions and a
    hostile entry are shown inert: with colours off, no raw escape reaches the screen."""
    import io

    import pexpect

    from tests.conftest import mij_command, subprocess_env

    paths.packs.mkdir(parents=True, mode=0o700)
    (paths.packs / "hostile.toml").write_bytes((HOSTILE / "payload_pack.toml").read_bytes())
    raw = (HOSTILE / "payload_entry.toml").read_bytes()
    target = _entry_place(paths, raw)
    target.parent.mkdir(parents=True, mode=0o700)
    target.write_bytes(raw)
    paths.config.write_text("schema = 1\npager = false\n")
    command = mij_command()
    env = subprocess_env(paths.home, TERM="dumb", NO_COLOR="1", COLUMNS="200", LINES="50")
    screens = []
    for args in (["interview", "--pack", "hostile"], ["show", ENTRY_ID], ["list"]):
        child = pexpect.spawn(command[0], [*command[1:], *args], env=env, timeout=30,
                              encoding="utf-8", dimensions=(50, 200))
        child.logfile_read = io.StringIO()
        if args[0] == "interview":
            child.expect_exact("> ")
            child.sendcontrol("c")
        child.expect(pexpect.EOF)
        child.close()
        screens.append(terminal_log(child))
    interview, show, _ = screens
    assert "\\x1b[2J" in interview and "[link=file:///etc/passwd]" in interview
    assert "\\x1b[2J" in show
    for screen in screens:
        bad = [ch for ch in screen if has_unsafe(ch) and ch not in "\r"]
        assert bad == [], (bad[:5], screen[:500])


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_fast_paths_in_real_processes(paths: Paths, encoding: str) -> None:
    """`mij note`, `mij list` and `mij search` skip the Typer app in a real process;
    the same guarantees hold there (CliRunner tests never take these paths)."""
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    _baseline(paths)
    for name in ("payload_entry.toml", "syntax_error.toml"):
        raw = (HOSTILE / name).read_bytes()
        target = _entry_place(paths, raw) if name.startswith("payload") else (
            paths.entries / "2026" / "01" / "20260101-000001-bad.toml")
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        target.write_bytes(raw)
    env = subprocess_env(paths.home, PYTHONIOENCODING=encoding, COLUMNS="120")
    for args in (["list"], ["list", "-n", "5"], ["search", "hello"], ["search", "bold"],
                 ["note", "ok ✨ \x1b[2J"], ["list", "--json"], ["search", "--json", "hello"]):
        done = subprocess.run([*mij_command(), *args], env=env, capture_output=True,
                              timeout=60, stdin=subprocess.DEVNULL)
        out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)
        assert done.returncode == 0, (args, err)
        assert "Traceback" not in err
        assert not has_unsafe(out), (args, _unsafe_bits(out))
        assert not has_unsafe(err), (args, _unsafe_bits(err))


@pytest.mark.stress
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("name", STATIC)
def test_fast_paths_with_every_placed_file(paths: Paths, name: str) -> None:
    """Stress mode: each corpus file placed as an entry, read by the real fast paths."""
    import subprocess

    from tests.conftest import mij_command, subprocess_env

    _baseline(paths)
    raw = (HOSTILE / name).read_bytes()
    target = _entry_place(paths, raw)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target.write_bytes(raw)
    env = subprocess_env(paths.home, COLUMNS="120")
    for args in (["list"], ["search", "hello"], ["note", "still fine"]):
        done = subprocess.run([*mij_command(), *args], env=env, capture_output=True,
                              timeout=60, stdin=subprocess.DEVNULL)
        out, err = done.stdout.decode(), done.stderr.decode()
        assert done.returncode in (0, 1, 2), (args, err)
        assert "Traceback" not in err
        if done.returncode:
            assert err.startswith("mij: ") and err.count("\n") == 1, (args, err)
        assert not has_unsafe(out) and not has_unsafe(err), (args, out[-500:], err[-500:])
    assert target.read_bytes() == raw

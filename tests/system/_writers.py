"""Writer scripts run as separate processes by the crash and concurrency tests.

Each prints one line per write that returned successfully, flushed at once:
`N <entry id>` for a note, `I <entry id>` for an interview entry (answers given
through the same functions as `mij interview --answers`), `G <goal id>` for a
goal added (and the previous goal edited), `P <pack id> <version>` for a pack
installed, `T <entry id> <tag>` for a tag added to an entry. A line is only
printed after the write returned, so every reported write must be on disk
afterwards, whatever happens to the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.storage.entries import iter_entry_files, read_entry
from mi_journal.storage.files import is_temp_file
from mi_journal.storage.goals import load_goals

WRITER = r'''
import os, sys, tempfile
from datetime import datetime, timezone
from mi_journal.core.paths import get_paths
from mi_journal.journal.notes import add_note
from mi_journal.storage.models import Goal, GoalNote, Step
from mi_journal.storage.goals import editing_goals

tag = sys.argv[1]
count = int(sys.argv[2])
ops = sys.argv[4].split(",")
paths = get_paths()
out = sys.stdout
scratch = tempfile.mkdtemp()
if "interview" in ops:
    from mi_journal.interview.session import apply_answers, save_entry, start_interview
if "pack" in ops:
    from pathlib import Path
    from mi_journal.packs.install import install_pack
if "tag" in ops:
    from mi_journal.journal.changes import tag_entry
out.write("READY\n"); out.flush()
big = "line with \"quotes\" and \"\"\" and \\ and emoji \U0001F600\n" * int(sys.argv[3])
last_note = None
i = 0
while count < 0 or i < count:
    op = ops[i % len(ops)]
    if op == "note":
        entry = add_note(paths, f"{tag} note {i}\n{big}")
        last_note = entry.id
        out.write(f"N {entry.id}\n"); out.flush()
    elif op == "goal":
        goal_id = f"{tag}x{i}"[:16]
        at = datetime.now(timezone.utc)
        with editing_goals(paths) as goals:
            if goals.goals:
                last = goals.goals[-1]
                last.why = f"edited by {tag} at {i}"
                last.steps.append(Step(text=f"step {i}"))
                last.notes.append(GoalNote(at=at, text=big[:200]))
            goals.goals.append(Goal(id=goal_id, title=f"goal {i} of {tag}", why=big[:500],
                                    created=at, updated=at))
        out.write(f"G {goal_id}\n"); out.flush()
    elif op == "interview":
        interview = start_interview(paths, "engaging", None)
        apply_answers(interview, {"on-your-mind": f"{tag} interview {i}\n{big}",
                                  "what-matters": "my people"})
        entry = save_entry(paths, interview)
        out.write(f"I {entry.id}\n"); out.flush()
    elif op == "pack":
        pack_id = f"crash-{tag}-{i % 3}"
        source = os.path.join(scratch, "pack.toml")
        with open(source, "w") as handle:
            handle.write(f'[pack]\nid = "{pack_id}"\ntitle = "Crash {i}"\nversion = "1.0.{i}"\n'
                         f'[[prompts]]\nid = "q"\nstage = "engaging"\nkind = "text"\n'
                         f'text = "What is on your mind today, {tag} {i}?"\n')
        install_pack(paths, Path(source), replace=True)
        out.write(f"P {pack_id} 1.0.{i}\n"); out.flush()
    elif op == "tag" and last_note is not None:
        tag_entry(paths, last_note, [f"+t{i}"])
        out.write(f"T {last_note} t{i}\n"); out.flush()
    i += 1
out.write("DONE\n"); out.flush()
'''

ALL_OPS = ("note", "goal", "interview", "pack", "tag")


def start_writer(home: Path, tag: str, count: int = -1, bulk: int = 20,
                 ops: tuple[str, ...] = ("note", "goal"),
                 **env_extra: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["MI_JOURNAL_HOME"] = str(home)
    env.update(env_extra)
    return subprocess.Popen([sys.executable, "-c", WRITER, tag, str(count), str(bulk),
                             ",".join(ops)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@dataclass
class Reported:
    """What writers said they saved (only complete lines count)."""

    notes: set[str] = field(default_factory=set)
    interviews: set[str] = field(default_factory=set)
    goals: set[str] = field(default_factory=set)
    packs: dict[str, set[str]] = field(default_factory=dict)  # pack id -> versions installed
    tags: set[tuple[str, str]] = field(default_factory=set)  # (entry id, tag)

    def merge(self, other: Reported) -> None:
        self.notes |= other.notes
        self.interviews |= other.interviews
        self.goals |= other.goals
        for pack_id, versions in other.packs.items():
            self.packs.setdefault(pack_id, set()).update(versions)
        self.tags |= other.tags


def parse_report(stdout: bytes) -> Reported:
    got = Reported()
    for line in stdout.decode("utf-8", "replace").split("\n")[:-1]:
        kind, _, value = line.partition(" ")
        if kind == "N":
            got.notes.add(value)
        elif kind == "I":
            got.interviews.add(value)
        elif kind == "G":
            got.goals.add(value)
        elif kind == "P":
            pack_id, _, version = value.partition(" ")
            got.packs.setdefault(pack_id, set()).add(version)
        elif kind == "T":
            entry_id, _, tag = value.partition(" ")
            got.tags.add((entry_id, tag))
    return got


def reported(stdout: bytes) -> tuple[set[str], set[str]]:
    """Entry ids (notes and interviews) and goal ids a writer said it saved."""
    got = parse_report(stdout)
    return got.notes | got.interviews, got.goals


class Checker:
    """Verifies the data folder after each round; entries are write-once (tag
    edits replace them whole), so a file parsed once is parsed again only if it
    changed."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.seen: dict[Path, tuple[int, int]] = {}
        self.want = Reported()
        self.kills_mid_write = 0  # rounds whose kill left a new temporary file

    def check(self) -> int:
        files = list(iter_entry_files(self.paths))
        tags: dict[str, set[str]] = {}
        for path in files:
            assert not is_temp_file(path)
            info = path.stat()
            if self.seen.get(path) != (info.st_mtime_ns, info.st_ino):
                entry = read_entry(path)  # raises if it does not parse
                self.seen[path] = (info.st_mtime_ns, info.st_ino)
                if entry.tags:
                    tags[entry.id] = set(entry.tags)
        on_disk = {path.stem for path in files}
        assert {p.stem for p in self.seen} <= on_disk
        assert self.want.notes <= on_disk, self.want.notes - on_disk
        assert self.want.interviews <= on_disk, self.want.interviews - on_disk
        goal_ids = {goal.id for goal in load_goals(self.paths).goals}
        assert self.want.goals <= goal_ids, self.want.goals - goal_ids
        for entry_id, tag in self.want.tags:
            if entry_id not in tags:
                path = next(p for p in files if p.stem == entry_id)
                tags[entry_id] = set(read_entry(path).tags)
            assert tag in tags[entry_id], (entry_id, tag)
        self._check_packs()
        for stray in self.paths.home.rglob("*"):
            if stray.is_file() and stray.suffix == ".toml" and not is_temp_file(stray):
                assert stray.parent == self.paths.packs or stray == self.paths.goals or \
                    stray.parent.parent.parent == self.paths.entries, stray
        return len(files)

    def _check_packs(self) -> None:
        if not self.want.packs:
            return
        from mi_journal.packs.loader import load_pack_file

        for pack_id, versions in self.want.packs.items():
            pack = load_pack_file(self.paths.packs / f"{pack_id}.toml")
            newest = max(int(v.rsplit(".", 1)[1]) for v in versions)
            assert int(pack.pack.version.rsplit(".", 1)[1]) >= newest, (pack_id, versions)
        for path in self.paths.packs.glob("*.toml"):
            load_pack_file(path)

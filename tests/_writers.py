"""Writer scripts run as separate processes by the crash and concurrency tests.

Each prints one line per write that returned successfully, flushed at once:
`N <entry id>` for a note, `G <goal id>` for a goal added (and the previous
goal edited). A line is only printed after the write returned, so every
reported id must be on disk afterwards, whatever happens to the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WRITER = r"""
import os, sys
from datetime import datetime, timezone
from mi_journal.paths import get_paths
from mi_journal.journal import add_note
from mi_journal.models import Goal, GoalNote, Step
from mi_journal.storage.goals import editing_goals

tag = sys.argv[1]
count = int(sys.argv[2])
paths = get_paths()
out = sys.stdout
out.write("READY\n"); out.flush()
big = "line with \"quotes\" and ''' and \\ and emoji \U0001F600\n" * int(sys.argv[3])
i = 0
while count < 0 or i < count:
    if i % 2 == 0:
        entry = add_note(paths, f"{tag} note {i}\n{big}")
        out.write(f"N {entry.id}\n"); out.flush()
    else:
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
    i += 1
out.write("DONE\n"); out.flush()
"""


def start_writer(home: Path, tag: str, count: int = -1, bulk: int = 20,
                 **env_extra: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["MI_JOURNAL_HOME"] = str(home)
    env.update(env_extra)
    return subprocess.Popen([sys.executable, "-c", WRITER, tag, str(count), str(bulk)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def reported(stdout: bytes) -> tuple[set[str], set[str]]:
    """Entry ids and goal ids a writer said it saved (only complete lines)."""
    notes: set[str] = set()
    goals: set[str] = set()
    for line in stdout.decode("utf-8", "replace").split("\n")[:-1]:
        kind, _, value = line.partition(" ")
        if kind == "N":
            notes.add(value)
        elif kind == "G":
            goals.add(value)
    return notes, goals

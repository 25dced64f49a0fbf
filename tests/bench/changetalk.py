"""Benchmark (not a test): tag 10,000 statements; target under 2 s (issue 7).

Usage: python tests/bench/changetalk.py [--count N] [--runs R]
Measures the tagger in-process and `mij reflect tag` end to end (start-up,
reading stdin, JSON out). Statements are our labelled ones, repeated with small
variations so that no two lines are identical.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "changetalk"
TARGET_SECONDS = 2.0
_TAILS = ("", " honestly", ", you know", " I think", " this week", " again", " lately")


def statements(count: int) -> list[str]:
    base: list[str] = []
    for split in ("dev", "test"):
        with (DATA / f"{split}.jsonl").open(encoding="utf-8") as handle:
            base.extend(json.loads(line)["text"] for line in handle if line.strip())
    out: list[str] = []
    index = 0
    while len(out) < count:
        text = base[index % len(base)]
        tail = _TAILS[(index // len(base)) % len(_TAILS)]
        out.append(text.rstrip(".!?") + tail + f" ({index})")
        index += 1
    return out


def in_process(lines: list[str], runs: int) -> float:
    from mi_journal.changetalk import tag_statement

    tag_statement("warm up")  # compile the cues once, as the command does
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for line in lines:
            tag_statement(line)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def end_to_end(lines: list[str], runs: int) -> float:
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    env = dict(os.environ)
    times = []
    with tempfile.TemporaryDirectory() as home:
        env["MI_JOURNAL_HOME"] = home
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "mi_journal", "reflect", "tag"],
                input=payload, capture_output=True, env=env, check=True,
            )
            times.append(time.perf_counter() - start)
            assert done.stdout.count(b"\n") == len(lines)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = statements(args.count)
    tagger = in_process(lines, args.runs)
    command = end_to_end(lines, args.runs)
    print(f"{args.count} statements, median of {args.runs} runs")
    print(f"  tag_statement in-process : {tagger:.3f} s ({tagger / args.count * 1e6:.0f} us each)")
    print(f"  mij reflect tag (process): {command:.3f} s")
    ok = command < TARGET_SECONDS
    print(f"  target < {TARGET_SECONDS:.1f} s end to end: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

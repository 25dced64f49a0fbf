"""Benchmark (not a test): the crisis detector on 10,000 statements; target under
1 s of CPU (issue 11, item 5).

Usage: python tests/bench/crisis.py [--count N] [--runs R]
Statements are our labelled crisis phrasings (the sets named in SETS, never a
listing of the folder: a set kept back for a final measurement is never read here;
holdout6 and holdout7, tuned on since rounds six and seven, are left out so the
figure stays comparable with earlier rounds), repeated with small
variations so that no two are identical (the detector keeps a small cache of
texts it has just read; the variations keep it from helping). Each run starts in
a fresh process state for the text cache; the word cache is part of the design
and stays warm between runs, as it does in a long session. CPU time (user +
system of this process) is the figure judged; wall clock and load are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from _statements import varied

DATA = Path(__file__).resolve().parent.parent / "data" / "crisis"
TARGET_SECONDS = 1.0
SETS = ("dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5")


def statements(count: int) -> list[str]:
    base: list[str] = []
    for name in SETS:
        with (DATA / f"{name}.jsonl").open(encoding="utf-8") as handle:
            base.extend(json.loads(line)["text"] for line in handle if line.strip())
    return varied(base, count)


def run(lines: list[str], runs: int) -> tuple[float, float, int]:
    from mi_journal.crisis import detect as crisis

    crisis.detect_crisis("warm up: compile the patterns once, as a command does")
    walls, cpus, flagged = [], [], 0
    for _ in range(runs):
        crisis._read_short.cache_clear()
        start, cpu = time.perf_counter(), time.process_time()
        flagged = sum(1 for line in lines if crisis.detect_crisis(line) is not None)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), flagged


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    lines = statements(args.count)
    wall, cpu, flagged = run(lines, args.runs)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.count} statements ({flagged} flagged), median of {args.runs} runs: "
          f"CPU {cpu:.3f} s, wall {wall:.3f} s (target: CPU under {TARGET_SECONDS} s)")
    print("OK" if cpu < TARGET_SECONDS * args.count / 10_000 else "TOO SLOW")


if __name__ == "__main__":
    main()

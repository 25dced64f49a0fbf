"""Benchmark (not a test): tag 10,000 statements; target under 1.5 s of CPU (issue 12).

Usage: python tests/bench/changetalk.py [--count N] [--runs R]
Measures the tagger in-process, the summary's path (answers of three sentences
through `interview.summary.quotable_units`: the crisis check, then the tagger), and
`mij reflect tag` end to end (start-up, reading stdin, JSON out). Statements are
our labelled ones, repeated with small variations so that no two lines are
identical. Both wall-clock time and CPU time (user + system) are reported; on a
shared, busy machine the wall clock also counts time spent waiting for a CPU, so
the target is judged on CPU time, and the load average is printed alongside.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _statements import varied

DATA = Path(__file__).resolve().parent.parent / "data" / "changetalk"
TARGET_SECONDS = 1.5
def statements(count: int) -> list[str]:
    base: list[str] = []
    for split in ("dev", "test"):
        with (DATA / f"{split}.jsonl").open(encoding="utf-8") as handle:
            base.extend(json.loads(line)["text"] for line in handle if line.strip())
    return varied(base, count)


def in_process(lines: list[str], runs: int) -> tuple[float, float]:
    from mi_journal.changetalk import tag_statement

    tag_statement("warm up")  # compile the cues once, as the command does
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        for line in lines:
            tag_statement(line)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def summary_path(lines: list[str], runs: int) -> tuple[float, float]:
    """The same statements as answers of three sentences, each read as the end-of-interview
    summary reads it: every sentence through the crisis check, then the tagger."""
    from mi_journal.interview.summary import quotable_units

    answers = [" ".join(f"{line}." for line in lines[i:i + 3]) for i in range(0, len(lines), 3)]
    quotable_units("warm up.", None)
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        for answer in answers:
            quotable_units(answer, "What would you like to be different?")
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def end_to_end(lines: list[str], runs: int) -> tuple[float, float]:
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    env = dict(os.environ)
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as home:
        env["MI_JOURNAL_HOME"] = home
        for _ in range(runs):
            start, cpu = time.perf_counter(), _children_cpu()
            done = subprocess.run(
                [sys.executable, "-m", "mi_journal", "reflect", "tag"],
                input=payload, capture_output=True, env=env, check=True,
            )
            walls.append(time.perf_counter() - start)
            cpus.append(_children_cpu() - cpu)
            assert done.stdout.count(b"\n") == len(lines)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = statements(args.count)
    wall, cpu = in_process(lines, args.runs)
    summary_wall, summary_cpu = summary_path(lines, args.runs)
    command_wall, command_cpu = end_to_end(lines, args.runs)
    print(f"{args.count} statements, median of {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  tag_statement in-process : {cpu:.3f} s CPU ({cpu / args.count * 1e6:.0f} us each),"
          f" {wall:.3f} s wall")
    print(f"  summary path, in-process : {summary_cpu:.3f} s CPU, {summary_wall:.3f} s wall")
    print(f"  mij reflect tag (process): {command_cpu:.3f} s CPU, {command_wall:.3f} s wall")
    ok = command_cpu < TARGET_SECONDS
    print(f"  target < {TARGET_SECONDS:.1f} s CPU end to end: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark (not a test): `mij --version` against `jrnl --version`.

Target from issue 2: mij at most 0.6x the time of jrnl 4.6, same machine, same run.
Usage: python tests/bench/startup.py [--runs N] [--mij PATH] [--jrnl PATH]
jrnl 4.6 is installed into its own venv under /tmp (JRNL_VENV) if it is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JRNL_VENV = Path(os.environ.get("JRNL_VENV", "/tmp/jrnl-venv"))
TARGET = 0.6


def ensure_jrnl() -> Path:
    exe = JRNL_VENV / "bin" / "jrnl"
    if exe.exists():
        return exe
    print(f"installing jrnl 4.6 into {JRNL_VENV} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
    subprocess.run([str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "-q",
                    "jrnl==4.6"], check=True)
    return exe


def find_mij() -> Path:
    beside = Path(sys.executable).parent / "mij"
    if beside.exists():
        return beside
    found = shutil.which("mij")
    if found is None:
        sys.exit("mij is not installed; run `pip install .` first")
    return Path(found)


def time_runs(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--mij", type=Path, default=None)
    parser.add_argument("--jrnl", type=Path, default=None)
    args = parser.parse_args()
    mij = args.mij or find_mij()
    jrnl = args.jrnl or ensure_jrnl()
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, MI_JOURNAL_HOME=scratch, XDG_CONFIG_HOME=scratch,
                   XDG_DATA_HOME=scratch, HOME=scratch)
        # Warm the file cache for both, then interleave so drift hits both alike.
        time_runs([str(mij), "--version"], 3, env)
        time_runs([str(jrnl), "--version"], 3, env)
        mij_times: list[float] = []
        jrnl_times: list[float] = []
        for _ in range(args.runs):
            mij_times += time_runs([str(mij), "--version"], 1, env)
            jrnl_times += time_runs([str(jrnl), "--version"], 1, env)
    mij_median = statistics.median(mij_times)
    jrnl_median = statistics.median(jrnl_times)
    ratio = mij_median / jrnl_median
    print(f"runs:           {args.runs}")
    print(f"mij --version:  median {mij_median * 1000:.1f} ms "
          f"(min {min(mij_times) * 1000:.1f}, max {max(mij_times) * 1000:.1f})")
    print(f"jrnl --version: median {jrnl_median * 1000:.1f} ms "
          f"(min {min(jrnl_times) * 1000:.1f}, max {max(jrnl_times) * 1000:.1f})")
    print(f"ratio:          {ratio:.2f}x (target <= {TARGET}x): "
          f"{'met' if ratio <= TARGET else 'NOT met'}")
    sys.exit(0 if ratio <= TARGET else 1)


if __name__ == "__main__":
    main()

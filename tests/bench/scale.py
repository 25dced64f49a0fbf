"""Scale benchmark: mi-journal against jrnl 4.6 on the same journal, as whole processes.

Not a unit test (pytest does not collect it). Run it by hand:

    python tests/bench/scale.py                       # 1k and 10k entries
    python tests/bench/scale.py --sizes 1000 10000 100000

For each size it writes a mi-journal folder (TOML files, written directly, which
is much faster than `mij note`) and an equivalent jrnl text journal with the
same entries, then times, for both programs: --version, listing the newest 10,
searching a word (newest 10), adding one note, and exporting everything as JSON,
with each process's peak memory (GNU time's %M). The first mij
read after generating the files builds the derived index: that "cold" run is
reported apart from the warm ones. jrnl is installed with pip into its own venv
under /tmp if it is not there yet. Timings are medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

JRNL_VERSION = "4.6"
SEARCH_WORD = "lighthouse"  # in about 1 entry out of 100
SPAN_DAYS = 5 * 365
TZ = timezone(timedelta(hours=1))
WORDS_TEXT = (
    "morning evening sleep rested tired walk work family kids sister friend coffee "
    "tea water run bike garden book music call plan step goal reason worry hope "
    "cards money weekend weeknight bar home quiet loud city park river rain sun snow "
    "clinic doctor meeting lunch dinner breakfast train bus drive cook read write "
    "think feel want could will need better worse strong calm anxious proud steady "
    "small big first last "
)
WORDS = WORDS_TEXT.split()
QUESTIONS = (
    ("matter", "What matters most to you right now?"),
    ("why", "What makes this change important to you?"),
    ("next", "What is one small step you could take this week?"),
)


# --- generating journals ------------------------------------------------------------


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(words)]
    if rng.random() < 0.01:
        picked[rng.randrange(len(picked))] = SEARCH_WORD
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass
class Generated:
    mij_home: Path
    jrnl_file: Path
    count: int


def generate(base: Path, count: int, seed: int = 7) -> Generated:
    rng = random.Random(seed)
    home = base / f"mij-{count}"
    jrnl_file = base / f"jrnl-{count}.txt"
    if home.exists():
        shutil.rmtree(home)
    start = datetime(2021, 1, 1, 8, 0, tzinfo=TZ)
    step = SPAN_DAYS * 86400 / count
    chunks: list[str] = []
    made_dirs: set[Path] = set()
    for number in range(count):
        created = (start + timedelta(seconds=int(number * step))).replace(microsecond=0)
        entry_id = f"{created:%Y%m%d-%H%M%S}-{_suffix(number)}"
        folder = home / "entries" / f"{created:%Y}" / f"{created:%m}"
        if folder not in made_dirs:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            made_dirs.add(folder)
        tags = [rng.choice(("sleep", "work", "family", "health"))] if rng.random() < 0.3 else []
        lines = ["schema = 1", f'id = "{entry_id}"', f"created = {created.isoformat()}"]
        jrnl_text: str
        if number % 4 == 0:
            answers = [(slug, question, _sentence(rng, 12)) for slug, question in QUESTIONS]
            ruler = rng.randrange(0, 11)
            lines += ['kind = "interview"', 'pack = "core"', 'stage = "evoking"']
            lines.append("tags = [" + ", ".join(_toml_string(t) for t in tags) + "]")
            for slug, question, value in answers:
                lines += ["", "[[answers]]", f'prompt = "{slug}"',
                          f"question = {_toml_string(question)}", 'kind = "text"',
                          f"value = {_toml_string(value)}"]
            lines += ["", "[[answers]]", 'prompt = "importance"',
                      'question = "How important is this change to you, from 0 to 10?"',
                      'kind = "scale"', f"value = {ruler}", 'ruler = "importance"']
            jrnl_text = "\n".join(f"{q} {v}" for _, q, v in answers) + f"\nImportance {ruler}"
        else:
            parts = rng.randrange(1, 4)
            text = " ".join(_sentence(rng, rng.randrange(6, 30)) for _ in range(parts))
            lines += ['kind = "note"', f"text = {_toml_string(text)}"]
            lines.append("tags = [" + ", ".join(_toml_string(t) for t in tags) + "]")
            jrnl_text = text
        path = folder / f"{entry_id}.toml"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, ("\n".join(lines) + "\n").encode("utf-8"))
        os.close(fd)
        jrnl_tags = " ".join(f"@{tag}" for tag in tags)
        jrnl_body = jrnl_text + (f" {jrnl_tags}" if jrnl_tags else "")
        chunks.append(f"[{created:%Y-%m-%d %H:%M}] {jrnl_body}\n\n")
    jrnl_file.write_text("".join(chunks), encoding="utf-8")
    past = time.time() - 60  # As in real use: files are not from this very second.
    for root, dirs, files in os.walk(home / "entries"):
        for name in dirs + files:
            os.utime(os.path.join(root, name), (past, past))
    return Generated(mij_home=home, jrnl_file=jrnl_file, count=count)


def _suffix(number: int) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    out = ""
    for _ in range(6):
        number, digit = divmod(number, len(alphabet))
        out += alphabet[digit]
    return out


# --- running -------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    peak_kb: int = 0
    cpu: list[float] = field(default_factory=list)
    failed: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")


TIME = shutil.which("time") or "/usr/bin/time"


def run_once(command: list[str], env: dict[str, str], timeout: float
             ) -> tuple[float, int, int, float]:
    """Wall time, peak RSS (KiB), exit status and CPU seconds (user + system) of one
    process. CPU time hardly depends on what else the machine runs; wall time does.

    The peak comes from GNU time's own wait4 on the program: wait4 on a child of
    this (bigger) process would report this process's size for small programs,
    because Linux carries the pre-exec high-water mark over into ru_maxrss.
    """
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        wrapped = [TIME, "-f", "%M %U %S", "-o", rss.name, *command]
        started = time.perf_counter()
        try:
            result = subprocess.run(wrapped, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return float("inf"), 0, -9, float("inf")
        elapsed = time.perf_counter() - started
        lines = [line.split() for line in rss.read().splitlines()
                 if len(line.split()) == 3 and line.split()[0].isdigit()]
    peak = int(lines[-1][0]) if lines else 0
    cpu = float(lines[-1][1]) + float(lines[-1][2]) if lines else float("nan")
    if result.returncode != 0:
        sys.stderr.write(f"  ! {' '.join(command[-4:])}: exit {result.returncode}: "
                         f"{result.stderr.decode(errors='replace')[-300:]}\n")
    return elapsed, peak, result.returncode, cpu


def add(sample: Sample, command: list[str], env: dict[str, str], timeout: float) -> None:
    elapsed, peak, code, cpu = run_once(command, env, timeout)
    if code != 0:
        sample.failed = f"exit {code}" if code != -9 else "timeout"
        return
    sample.seconds.append(elapsed)
    sample.cpu.append(cpu)
    sample.peak_kb = max(sample.peak_kb, peak)


def measure(command: list[str], env: dict[str, str], repeat: int, timeout: float) -> Sample:
    sample = Sample()
    for _ in range(repeat):
        elapsed, peak, code, cpu = run_once(command, env, timeout)
        if code != 0:
            sample.failed = f"exit {code}" if code != -9 else "timeout"
            break
        sample.seconds.append(elapsed)
        sample.cpu.append(cpu)
        sample.peak_kb = max(sample.peak_kb, peak)
    return sample


def ensure_jrnl(venv: Path) -> Path:
    program = venv / "bin" / "jrnl"
    if not program.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"],
                       check=True)
    return program


def jrnl_env(base: Path, journal: Path) -> dict[str, str]:
    config_home = base / "jrnl-config"
    (config_home / "jrnl").mkdir(parents=True, exist_ok=True)
    config = f"""colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v{JRNL_VERSION}
"""
    (config_home / "jrnl" / "jrnl.yaml").write_text(config)
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(config_home)
    env["XDG_DATA_HOME"] = str(base / "jrnl-data")
    env.pop("MI_JOURNAL_HOME", None)
    return env


def mij_program() -> list[str]:
    beside = Path(sys.executable).with_name("mij")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "mi_journal"]


def mij_has_export(mij: list[str], env: dict[str, str]) -> bool:
    result = subprocess.run([*mij, "export", "--help"], env=env, capture_output=True, check=False)
    return result.returncode == 0


def bench_size(base: Path, count: int, repeat: int, jrnl: Path, timeout: float
               ) -> list[tuple[str, Sample, Sample]]:
    print(f"\n== {count:,} entries: generating ... (load average {os.getloadavg()[0]:.1f})",
          flush=True)
    started = time.perf_counter()
    generated = generate(base, count)
    print(f"   generated in {time.perf_counter() - started:.1f} s", flush=True)
    mij = mij_program()
    menv = dict(os.environ)
    menv["MI_JOURNAL_HOME"] = str(generated.mij_home)
    menv.pop("PAGER", None)
    jenv = jrnl_env(base, generated.jrnl_file)
    # Both programs run as installed: with their bytecode cached (pip compiles jrnl's).
    menv.pop("PYTHONDONTWRITEBYTECODE", None)
    jenv.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([*mij, "--help"], env=menv, capture_output=True, check=False)
    slow_repeat = 1 if count >= 100_000 else min(repeat, 3)
    rows: list[tuple[str, Sample, Sample]] = []

    def both(label: str, mij_args: list[str], jrnl_args: list[str], times: int,
             mij_times: int | None = None) -> None:
        # Alternate the two programs so that both see the same machine load.
        m, j = Sample(), Sample()
        for turn in range(max(times, mij_times or times)):
            if turn < (mij_times or times) and not m.failed:
                add(m, [*mij, *mij_args], menv, timeout)
            if turn < times and not j.failed:
                add(j, [str(jrnl), *jrnl_args], jenv, timeout)
        rows.append((label, m, j))
        print(f"   {label:<22} mij {fmt(m):>10}  jrnl {fmt(j):>10}", flush=True)

    both("--version", ["--version"], ["--version"], repeat)
    cold = measure([*mij, "list", "-n", "10"], menv, 1, timeout)
    jcold = measure([str(jrnl), "-n", "10"], jenv, 1, timeout)
    rows.append(("list -n 10 (cold)", cold, jcold))
    print(f"   {'list -n 10 (cold)':<22} mij {fmt(cold):>10}  jrnl {fmt(jcold):>10}", flush=True)
    both("list -n 10", ["list", "-n", "10"], ["-n", "10"], repeat)
    both(f"search {SEARCH_WORD} -n 10", ["search", SEARCH_WORD, "-n", "10"],
         ["-contains", SEARCH_WORD, "-n", "10"], repeat)
    both("note TEXT", ["note", "A short note for the benchmark"],
         ["A short note for the benchmark."], slow_repeat, mij_times=repeat)
    both("list after a note", ["list", "-n", "10"], ["-n", "10"], 1)
    if mij_has_export(mij, menv):
        both("export --format json", ["export", "--format", "json"], ["--format", "json"],
             slow_repeat)
    else:
        print("   (mij export does not exist yet; skipped)")
    return rows


def fmt(sample: Sample) -> str:
    if sample.failed:
        return sample.failed
    return f"{sample.median * 1000:,.0f} ms"


def ratio(m: Sample, j: Sample) -> str:
    if m.failed or j.failed or not j.median:
        return "-"
    return f"{m.median / j.median:.2f}x"


def cpu_ratio(m: Sample, j: Sample) -> str:
    if m.failed or j.failed or not m.cpu or not j.cpu or not statistics.median(j.cpu):
        return "-"
    return f"{statistics.median(m.cpu) / statistics.median(j.cpu):.2f}x"


def table(results: dict[int, list[tuple[str, Sample, Sample]]]) -> str:
    lines = ["| entries | command | mij | jrnl 4.6 | ratio (wall) | ratio (CPU) "
             "| mij peak MiB | jrnl peak MiB |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for count, rows in results.items():
        for label, m, j in rows:
            lines.append(
                f"| {count:,} | `{label}` | {fmt(m)} | {fmt(j)} | {ratio(m, j)} | "
                f"{cpu_ratio(m, j)} | {m.peak_kb / 1024:.0f} | {j.peak_kb / 1024:.0f} |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/mij-bench"))
    parser.add_argument("--jrnl-venv", type=Path, default=Path("/tmp/jrnl-venv"))
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="Also write the raw results here.")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    jrnl = ensure_jrnl(args.jrnl_venv)
    results: dict[int, list[tuple[str, Sample, Sample]]] = {}
    for count in args.sizes:
        results[count] = bench_size(args.workdir, count, args.repeat, jrnl, args.timeout)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (2 cores)")
    print(table(results))
    if args.json:
        raw = {str(count): [{"command": label, "mij_s": m.seconds, "jrnl_s": j.seconds,
                             "mij_cpu_s": m.cpu, "jrnl_cpu_s": j.cpu,
                             "mij_peak_kb": m.peak_kb, "jrnl_peak_kb": j.peak_kb,
                             "mij_failed": m.failed, "jrnl_failed": j.failed}
                            for label, m, j in rows] for count, rows in results.items()}
        args.json.write_text(json.dumps(raw, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

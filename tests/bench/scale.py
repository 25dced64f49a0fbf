"""Scale benchmark: mi-journal against jrnl 4.6 on the same journal, as whole processes.

Not a unit test (pytest does not collect it). Run it by hand:

    python tests/bench/scale.py                       # 1k and 10k entries
    python tests/bench/scale.py --sizes 1000 10000 100000

For each size it writes a mi-journal folder (TOML files, written directly, which
is much faster than `mij note`) and an equivalent jrnl text journal with the
same entries, then times, for both programs: --version, listing the newest 10,
searching a word (newest 10), adding one note, and exporting everything as JSON,
with each process's peak memory (GNU time's %M) and CPU time (the kernel's rusage
from os.wait4, in microseconds). The first mij
read after generating the files builds the derived index: that "cold" run is
reported apart from the warm ones. jrnl is installed with pip into its own venv
under /tmp if it is not there yet. Timings are medians of --repeat runs.

The "everyday" group (issue 16) times `mij` (the status line), `show last`, `goals`,
`trends`, `suggest`, `reflect`, `homework`, `pack list` and `doctor`, each turn about
with jrnl's `-n 10` listing of the same journal, and `reflect` the first time (it reads
every entry's change talk into the index) and after a note. The journals are made for
these to do real work: interviews with change talk, sustain talk, a few crisis answers
and rulers, check-ins, notes, goals, an installed pack with an [assignment], quotes set
aside. With more than one size, a second table gives each command's time against its
time at the smallest size, and a third the light everyday commands' CPU time with the
sizes' journals taken turn about (--alternate-runs each; --alternate-only runs just that
on the journals a run left in --workdir), so that every size sees the same load.
`--groups basic` or `--groups everyday` runs one group.
The everyday commands but `doctor` are run --light-repeat times (9) each, turn about
with as many jrnl listings; everything else --repeat times (5).
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
# What a person might write: change talk of every kind, some sustain talk, plain
# sentences, and (rarely) crisis words, which reflect must never show as change.
ACTS = (
    "cut down on beer", "stop drinking on weeknights", "call my sister", "walk to work",
    "sleep before midnight", "skip the bar after work", "save money for the trip",
    "cook dinner at home", "go to the Tuesday meeting", "stay sober this weekend",
    "ask my doctor about it", "swap the wine for tea", "tell a friend about my plan",
    "keep a drink diary", "leave the cards at home",
)
WHENS = (
    "this week", "on Sunday", "before the summer", "every morning", "after work",
    "by the end of the month", "tomorrow", "when the kids are asleep",
)
WHOS = ("my kids", "my health", "my sister", "my partner", "my job", "my sleep",
        "my mum", "my friends", "my money", "my future")
CHANGE_TEMPLATES = (
    "I want to {act} {when}, for {who}.",
    "I would like to {act} {when} because of {who}.",
    "I could {act} {when}, I think, for {who}.",
    "I need to {act} {when} for {who}.",
    "I am ready to {act} {when}, for {who}.",
    "It matters because {who} notices when I drink, so I want to {act} {when}.",
)
SUSTAIN_TEXTS = (
    "Drinking helps me unwind after a long shift.",
    "I do not see the point of stopping completely.",
    "A few beers never hurt anyone at the weekend.",
)
CRISIS_TEXT = "Some nights I think about ending my life."
QUESTIONS = (
    ("matter", "What matters most to you right now?"),
    ("why", "What makes this change important to you?"),
    ("next", "What is one small step you could take this week?"),
)
STAGE_PACKS = (("engaging", "engaging"), ("focusing", "focusing"), ("evoking", "evoking"),
               ("evoking", "rulers"), ("planning", "planning"))
RULERS = ("importance", "confidence", "readiness")
HOMEWORK_PACK = "between-sessions"
HOMEWORK_PACK_TOML = """[pack]
id = "between-sessions"
title = "Between our sessions"
version = "1"
description = "A few questions for the weeks between sessions."

[assignment]
assigned_by = "Your counsellor"
note = "Once a week, on a day that suits you."
start = {start}
due = {due}
frequency = "weekly"

[[prompts]]
id = "went-well"
stage = "evoking"
kind = "long_text"
text = "What went well this week, however small?"

[[prompts]]
id = "importance"
stage = "evoking"
kind = "scale"
ruler = "importance"
text = "How important is this change to you, from 0 to 10?"
"""
GOALS = (("Drink less on weeknights", "active"), ("Walk to work three days a week", "active"),
         ("Save for the summer trip", "active"), ("Sleep before midnight", "done"),
         ("Stop playing cards for money", "set-aside"))


# --- generating journals ------------------------------------------------------------


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(words)]
    if rng.random() < 0.01:
        picked[rng.randrange(len(picked))] = SEARCH_WORD
    text = " ".join(picked)
    return text[0].upper() + text[1:] + "."


def _answer_text(rng: random.Random, number: int, said: list[str]) -> str:
    """One free-text answer: mostly change talk, some sustain talk and plain words,
    crisis words in about one answer in 2,000."""
    if number % 2000 == 1:
        return CRISIS_TEXT
    roll = rng.random()
    if roll < 0.55:
        said.append(rng.choice(CHANGE_TEMPLATES).format(
            act=rng.choice(ACTS), when=rng.choice(WHENS), who=rng.choice(WHOS)))
        return said[-1]
    if roll < 0.7:
        return rng.choice(SUSTAIN_TEXTS)
    return _sentence(rng, rng.randrange(8, 16))


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass
class Generated:
    mij_home: Path
    jrnl_file: Path
    count: int


def _entry(rng: random.Random, number: int, count: int, created: datetime,
           entry_id: str, said: list[str]) -> tuple[list[str], str]:
    """The TOML lines of one entry, and the same entry as jrnl text."""
    tags = [rng.choice(("sleep", "work", "family", "health"))] if rng.random() < 0.3 else []
    tag_line = "tags = [" + ", ".join(_toml_string(t) for t in tags) + "]"
    lines = ["schema = 1", f'id = "{entry_id}"', f"created = {created.isoformat()}"]
    roll = number % 10
    if roll in (0, 3, 6):  # an interview: three answers in words, two or three rulers
        stage, pack = STAGE_PACKS[(number // 10) % len(STAGE_PACKS)]
        if number > count * 0.98 and number % 3 == 0:
            stage, pack = "evoking", HOMEWORK_PACK
        answers = [(slug, question, _answer_text(rng, number + i, said))
                   for i, (slug, question) in enumerate(QUESTIONS)]
        rulers = [(ruler, rng.randrange(0, 11)) for ruler in RULERS[: rng.choice((2, 3))]]
        lines += ['kind = "interview"', f'pack = "{pack}"', f'stage = "{stage}"', tag_line]
    elif roll == 9:  # a check-in: one answer in words and the importance ruler
        answers = [("today", "How is today going?", _answer_text(rng, number, said))]
        rulers = [("importance", rng.randrange(0, 11))]
        lines += ['kind = "check-in"', 'pack = "checkin"', tag_line]
    else:
        parts = rng.randrange(1, 4)
        text = " ".join(_sentence(rng, rng.randrange(6, 30)) for _ in range(parts))
        if rng.random() < 0.3:
            text += " " + _answer_text(rng, number, said)
        lines += ['kind = "note"', f"text = {_toml_string(text)}", tag_line]
        return lines, text + "".join(f" @{tag}" for tag in tags)
    for slug, question, value in answers:
        lines += ["", "[[answers]]", f'prompt = "{slug}"',
                  f"question = {_toml_string(question)}", 'kind = "text"',
                  f"value = {_toml_string(value)}"]
    for ruler, value in rulers:
        lines += ["", "[[answers]]", f'prompt = "{ruler}"',
                  f'question = "How {ruler} ... from 0 to 10?"', 'kind = "scale"',
                  f"value = {value}", f'ruler = "{ruler}"']
    jrnl_text = "\n".join(f"{q} {v}" for _, q, v in answers) + "".join(
        f"\n{ruler} {value}" for ruler, value in rulers)
    return lines, jrnl_text + "".join(f" @{tag}" for tag in tags)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, text.encode("utf-8"))
    os.close(fd)


def _extras(home: Path, last: datetime, said: list[str]) -> None:
    """Goals, an installed pack with an [assignment] (homework), quotes set aside."""
    stamp = last.isoformat()
    goals = ["schema = 1"]
    for number, (title, status) in enumerate(GOALS):
        goals += ["", "[[goals]]", f'id = "g{number}ab"', f"title = {_toml_string(title)}",
                  f'why = "It matters for {WHOS[number]}."', f'status = "{status}"',
                  f"created = {stamp}", f"updated = {stamp}", "notes = []", "",
                  "[[goals.steps]]", 'text = "A first small step"', "done = true", "",
                  "[[goals.steps]]", 'text = "The next step"', "done = false"]
    _write_private(home / "goals.toml", "\n".join(goals) + "\n")
    (home / "packs").mkdir(mode=0o700, exist_ok=True)
    start = (last - timedelta(days=40)).date()
    due = (last + timedelta(days=60)).date()
    _write_private(home / "packs" / f"{HOMEWORK_PACK}.toml",
                   HOMEWORK_PACK_TOML.format(start=start, due=due))
    hidden = ["schema = 1"]
    for text in (said[-1], said[-7], said[len(said) // 2]):  # recent and older ones
        hidden += ["", "[[quotes]]", f"text = {_toml_string(text)}", f"hidden = {stamp}"]
    _write_private(home / "reflect-hidden.toml", "\n".join(hidden) + "\n")


def generate(base: Path, count: int, seed: int = 7) -> Generated:
    rng = random.Random(seed)
    home = base / f"mij-{count}"
    jrnl_file = base / f"jrnl-{count}.txt"
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(mode=0o700, parents=True)
    start = datetime(2021, 1, 1, 8, 0, tzinfo=TZ)
    step = SPAN_DAYS * 86400 / count
    chunks: list[str] = []
    made_dirs: set[Path] = set()
    created = start
    said: list[str] = []
    for number in range(count):
        created = (start + timedelta(seconds=int(number * step))).replace(microsecond=0)
        entry_id = f"{created:%Y%m%d-%H%M%S}-{_suffix(number)}"
        folder = home / "entries" / f"{created:%Y}" / f"{created:%m}"
        if folder not in made_dirs:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            made_dirs.add(folder)
        lines, jrnl_body = _entry(rng, number, count, created, entry_id, said)
        _write_private(folder / f"{entry_id}.toml", "\n".join(lines) + "\n")
        chunks.append(f"[{created:%Y-%m-%d %H:%M}] {jrnl_body}\n\n")
    _extras(home, created, said)
    jrnl_file.write_text("".join(chunks), encoding="utf-8")
    past = time.time() - 60  # As in real use: files are not from this very second.
    for root, dirs, files in os.walk(home):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o700)  # as mi-journal makes them
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


def run_once(command: list[str], env: dict[str, str], timeout: float,
             ok: tuple[int, ...] = (0,)) -> tuple[float, int, int, float]:
    """Wall time, peak RSS (KiB), exit status and CPU seconds (user + system) of one
    process. CPU time hardly depends on what else the machine runs; wall time does.

    The CPU time is the kernel's, in microseconds: the rusage `os.wait4` returns for
    the GNU time process, which counts the program it waited for (GNU time itself
    prints it in steps of 10 ms). It includes GNU time's own start, about 1 ms, the
    same for every command of both programs. The peak comes from GNU time's %M, its
    own wait4 on the program: wait4 on a child of this (bigger) process would report
    this process's size for small programs, because Linux carries the pre-exec
    high-water mark over into ru_maxrss.
    """
    import tempfile
    import threading

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss, \
            tempfile.TemporaryFile() as errors:
        wrapped = [TIME, "-f", "%M", "-o", rss.name, *command]
        started = time.perf_counter()
        child = subprocess.Popen(wrapped, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=errors)
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code == -9:
            return float("inf"), 0, -9, float("inf")
        lines = [line.strip() for line in rss.read().splitlines() if line.strip().isdigit()]
        errors.seek(0)
        stderr = errors.read()
    peak = int(lines[-1]) if lines else 0
    cpu = usage.ru_utime + usage.ru_stime
    if code not in ok:
        sys.stderr.write(f"  ! {' '.join(command[-4:])}: exit {code}: "
                         f"{stderr.decode(errors='replace')[-300:]}\n")
    return elapsed, peak, code, cpu


def add(sample: Sample, command: list[str], env: dict[str, str], timeout: float,
        ok: tuple[int, ...] = (0,)) -> None:
    elapsed, peak, code, cpu = run_once(command, env, timeout, ok)
    if code not in ok:
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


# The everyday commands of issue 16, each against jrnl's `-n 10` listing of the same
# journal (measured turn about with it). The first `reflect` reads every entry's
# change talk once into the index: it is reported apart, as "(first)".
EVERYDAY: tuple[tuple[str, list[str]], ...] = (
    ("home (no terminal)", []),
    ("show last", ["show", "last"]),
    ("goals", ["goals"]),
    ("trends", ["trends"]),
    ("suggest", ["suggest"]),
    ("reflect", ["reflect"]),
    ("homework", ["homework"]),
    ("pack list", ["pack", "list"]),
    ("doctor", ["doctor"]),
)
GROUPS = ("basic", "everyday")


def bench_size(base: Path, count: int, repeat: int, jrnl: Path, timeout: float,
               groups: tuple[str, ...] = GROUPS,
               light_repeat: int = 9) -> list[tuple[str, Sample, Sample]]:
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
             mij_times: int | None = None, ok: tuple[int, ...] = (0,)) -> None:
        # Alternate the two programs so that both see the same machine load.
        m, j = Sample(), Sample()
        for turn in range(max(times, mij_times or times)):
            if turn < (mij_times or times) and not m.failed:
                add(m, [*mij, *mij_args], menv, timeout, ok)
            if turn < times and not j.failed:
                add(j, [str(jrnl), *jrnl_args], jenv, timeout)
        rows.append((label, m, j))
        print(f"   {label:<22} mij {fmt(m):>10}  jrnl {fmt(j):>10}", flush=True)

    if "basic" in groups:
        both("--version", ["--version"], ["--version"], repeat)
    cold = measure([*mij, "list", "-n", "10"], menv, 1, timeout)
    jcold = measure([str(jrnl), "-n", "10"], jenv, 1, timeout)
    rows.append(("list -n 10 (cold)", cold, jcold))
    print(f"   {'list -n 10 (cold)':<22} mij {fmt(cold):>10}  jrnl {fmt(jcold):>10}", flush=True)
    both("list -n 10", ["list", "-n", "10"], ["-n", "10"], repeat)
    if "everyday" in groups:
        first = measure([*mij, "reflect"], menv, 1, timeout)
        jfirst = measure([str(jrnl), "-n", "10"], jenv, 1, timeout)
        rows.append(("reflect (first)", first, jfirst))
        print(f"   {'reflect (first)':<22} mij {fmt(first):>10}  jrnl {fmt(jfirst):>10}",
              flush=True)
        for label, args in EVERYDAY:
            # doctor exits 1 when it finds something worth a look; that is a result here
            # The light commands take tens of ms: more runs steady their medians.
            doctor = args == ["doctor"]
            both(label, args, ["-n", "10"], repeat if doctor else light_repeat,
                 ok=(0, 1) if doctor else (0,))
    if "basic" not in groups:
        return rows
    both(f"search {SEARCH_WORD} -n 10", ["search", SEARCH_WORD, "-n", "10"],
         ["-contains", SEARCH_WORD, "-n", "10"], repeat)
    both("note TEXT", ["note", "A short note for the benchmark"],
         ["A short note for the benchmark."], slow_repeat, mij_times=repeat)
    both("list after a note", ["list", "-n", "10"], ["-n", "10"], 1)
    if "everyday" in groups:
        both("reflect after a note", ["reflect"], ["-n", "10"], 1)
    if mij_has_export(mij, menv):
        both("export --format json", ["export", "--format", "json"], ["--format", "json"],
             slow_repeat)
    else:
        print("   (mij export does not exist yet; skipped)")
    return rows


def alternate_growth(base: Path, sizes: list[int], runs: int, timeout: float) -> str:
    """Each light everyday command's CPU time at every size against the smallest,
    the sizes' journals (left by the run above) taken turn about, run after run.

    The tables above measure one size after the other, minutes apart, while the
    machine's load changes, and CPU time drifts with load too (shared caches, clock
    speed). Taken turn about, every size sees the same load.
    """
    mij = mij_program()
    envs = {}
    for count in sizes:
        env = dict(os.environ)
        env["MI_JOURNAL_HOME"] = str(base / f"mij-{count}")
        env.pop("PAGER", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs[count] = env
    lines = ["| command | " + " | ".join(f"CPU at {n:,}" for n in sizes) + " | "
             + " | ".join(f"{n:,} / {sizes[0]:,} (CPU, wall)" for n in sizes[1:]) + " |",
             "| --- |" + " ---: |" * (2 * len(sizes) - 1)]
    for label, args in EVERYDAY:
        if args == ["doctor"]:
            continue
        samples = {count: Sample() for count in sizes}
        for _ in range(runs):
            for count in sizes:
                add(samples[count], [*mij, *args], envs[count], timeout)
        if any(sample.failed or not sample.cpu for sample in samples.values()):
            lines.append(f"| `{label}` |" + " - |" * (2 * len(sizes) - 1))
            continue
        cpu = {count: statistics.median(sample.cpu) for count, sample in samples.items()}
        wall = {count: sample.median for count, sample in samples.items()}
        lines.append(f"| `{label}` | " + " | ".join(f"{cpu[n] * 1000:.1f} ms" for n in sizes)
                     + " | " + " | ".join(f"{cpu[n] / cpu[sizes[0]]:.2f}x, "
                                          f"{wall[n] / wall[sizes[0]]:.2f}x" for n in sizes[1:])
                     + " |")
        print(f"   {lines[-1]}", flush=True)
    return "\n".join(lines)


def fmt(sample: Sample) -> str:
    if sample.failed:
        return sample.failed
    return f"{sample.median * 1000:,.0f} ms"


def fmt_cpu(sample: Sample) -> str:
    if sample.failed or not sample.cpu:
        return "-"
    return f"{statistics.median(sample.cpu) * 1000:,.1f} ms"


def ratio(m: Sample, j: Sample) -> str:
    if m.failed or j.failed or not j.median:
        return "-"
    return f"{m.median / j.median:.2f}x"


def cpu_ratio(m: Sample, j: Sample) -> str:
    if m.failed or j.failed or not m.cpu or not j.cpu or not statistics.median(j.cpu):
        return "-"
    return f"{statistics.median(m.cpu) / statistics.median(j.cpu):.2f}x"


def table(results: dict[int, list[tuple[str, Sample, Sample]]]) -> str:
    lines = ["| entries | command | mij | jrnl 4.6 | mij CPU | jrnl CPU | ratio (wall) "
             "| ratio (CPU) | mij peak MiB | jrnl peak MiB |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for count, rows in results.items():
        for label, m, j in rows:
            lines.append(
                f"| {count:,} | `{label}` | {fmt(m)} | {fmt(j)} | {fmt_cpu(m)} | "
                f"{fmt_cpu(j)} | {ratio(m, j)} | "
                f"{cpu_ratio(m, j)} | {m.peak_kb / 1024:.0f} | {j.peak_kb / 1024:.0f} |"
            )
    return "\n".join(lines)


def growth_table(results: dict[int, list[tuple[str, Sample, Sample]]]) -> str:
    """Each mij command's time at every size against its time at the smallest size."""
    sizes = sorted(results)
    smallest = {label: m for label, m, _ in results[sizes[0]]}
    lines = ["| command | " + " | ".join(f"{n:,} / {sizes[0]:,} (wall, CPU)" for n in sizes[1:])
             + " |", "| --- |" + " ---: |" * (len(sizes) - 1)]
    for label, base in smallest.items():
        cells = []
        for count in sizes[1:]:
            other = {lab: m for lab, m, _ in results[count]}.get(label)
            if (other is None or other.failed or base.failed or not base.cpu
                    or not statistics.median(base.cpu) or not base.median):
                cells.append("-")
                continue
            cells.append(f"{other.median / base.median:.2f}x, "
                         f"{statistics.median(other.cpu) / statistics.median(base.cpu):.2f}x")
        lines.append(f"| `{label}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--light-repeat", type=int, default=9,
                        help="Runs of each everyday command but doctor (and of jrnl beside it).")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/mij-bench"))
    parser.add_argument("--jrnl-venv", type=Path, default=Path("/tmp/jrnl-venv"))
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="Also write the raw results here.")
    parser.add_argument("--alternate-runs", type=int, default=11,
                        help="Runs per size of the turn-about growth check (0: none).")
    parser.add_argument("--alternate-only", action="store_true",
                        help="Only the turn-about growth check, on journals a run left in "
                        "--workdir.")
    parser.add_argument("--groups", nargs="+", choices=GROUPS, default=list(GROUPS),
                        help="basic: version, list, search, note, export; everyday: home, "
                        "show, goals, trends, suggest, reflect, homework, pack list, doctor.")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    jrnl = ensure_jrnl(args.jrnl_venv)
    if args.alternate_only:
        print(f"load average {os.getloadavg()[0]:.1f} (2 cores)")
        print(alternate_growth(args.workdir, sorted(args.sizes), args.alternate_runs,
                               args.timeout))
        print(f"load average {os.getloadavg()[0]:.1f}")
        return 0
    results: dict[int, list[tuple[str, Sample, Sample]]] = {}
    for count in args.sizes:
        results[count] = bench_size(args.workdir, count, args.repeat, jrnl, args.timeout,
                                    tuple(args.groups), args.light_repeat)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (2 cores)")
    print(table(results))
    if len(results) > 1:
        print()
        print(growth_table(results))
        if "everyday" in args.groups and args.alternate_runs > 0:
            print(f"\nTurn about (load average {os.getloadavg()[0]:.1f}):", flush=True)
            print(alternate_growth(args.workdir, sorted(results), args.alternate_runs,
                                   args.timeout))
            print(f"load average at the end: {os.getloadavg()[0]:.1f}")
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

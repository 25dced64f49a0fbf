"""Leave one set out, window by window: how would another gate, threshold or training choice do?

    python tests/eval/crisis_loso.py --scores /tmp/base.json --sets dev ... holdout11
    python tests/eval/crisis_loso.py --scores /tmp/all.json               # every set (default)
    python tests/eval/crisis_loso.py --annomi /tmp/all-annomi.json        # the AnnoMI guard
    python tests/eval/crisis_loso.py --table /tmp/base.json /tmp/all.json@0.7 ...
    python tests/eval/crisis_loso.py --table /tmp/base.json /tmp/all.json --gate self:0.9

--scores trains, for each set of --leave-out, a model on the other --sets (with train_extra,
the change-talk sets and AnnoMI dev transcripts as everyday speech, as crisis_train.py does)
and writes every window of every row of the set left out as the detector reads it (words the
rules read as negated left out; with the guard list's matches left out too when a guard
matches there), each window with its probability and the concepts it holds, so a gate can be
tried without training again. With each row: whether the rules now show the lines, and the
rules before the set was first tuned on (crisis_train.HISTORY).
--annomi trains once on every --sets set and writes the same for every AnnoMI client
utterance, marked dev (trained on as everyday speech) or held back (never trained on).
--table reads such files: recall and false alarms a set, pooled, and the gain a set over the
first file (mean and spread), for the model alone, OR-ed with the rules now and with the
rules before; with --annomi-files, the AnnoMI flags of each design too. A file may carry
"@THRESHOLD"; --gate names a gate (see GATES) applied to every file after the first.
Training choices (--l1, --l2, --alpha, --epochs, --annomi-weight) change crisis_train's
settings in this process only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from mi_journal.crisis import detect as crisis  # noqa: E402
from mi_journal.crisis import model as crisis_model  # noqa: E402
from tests.eval import crisis_train  # noqa: E402

ALL_SETS = ["dev", "test", "holdout", "holdout2", "holdout3",
            *(f"holdout{i}" for i in range(4, 18))]
LEAVE_OUT = [f"holdout{i}" for i in range(4, 18)]
Window = tuple[float, list[str]]  # probability, the concepts held (as "k:..." names)
Row = dict[str, Any]


def read_windows(model: crisis_model.Model, text: str) -> list[Window]:
    """Every window of `text` as the detector's model reads it, gate or not: its
    probability (the lower of the two readings when a guard matches there, since both
    must reach the threshold) and the concepts it holds (in both readings)."""
    plain = crisis.normalise(text)
    negated = [(hit.start, hit.end) for hit in crisis._rule_hits(plain) if hit.negated]
    guarded = crisis._gate_opens("guards", " " + plain.translate(crisis._GATE_TEXT))
    out: list[Window] = []
    for start, end, tokens in crisis.model_windows(plain):
        if negated:
            tokens = crisis._without(plain, start, end, negated)
        names = crisis_model.features(tokens)
        probability = crisis_model.crisis_probability(model, names)
        held = {name for name in names if name.startswith("k:")}
        guards = ([found.span() for found in crisis._guard().finditer(plain, start, end)]
                  if guarded else [])
        if guards:
            names = crisis_model.features(crisis._without(plain, start, end, negated + guards))
            probability = min(probability, crisis_model.crisis_probability(model, names))
            held &= {name for name in names if name.startswith("k:")}
        out.append((round(probability, 4), sorted(held)))
    return out


# The gate's concepts before round eleven opened it to "plan" and "intent" too.
ROUND_TEN_CORE = frozenset({"k:death", "k:harm", "k:means", "k:symptom", "k:burden",
                            "k:hopeless", "k:absence", "k:final", "k:sleep", "k:tool",
                            "k:contact", "k:farewell"})


def _core_of(held: list[str], core: frozenset[str] | None = None) -> bool:
    """The shipped gate (or one opened by `core` instead), from a window's concepts (pairs
    are made of the concepts)."""
    names = set(held)
    if names & (crisis_model._CORE if core is None else core):
        return True
    for pair in crisis_model._CORE_PAIRS:
        first, second = pair.removeprefix("kk:").split(" ")
        if f"k:{first}" in names and f"k:{second}" in names:
            return True
    return False


def gate_shipped(windows: list[Window], threshold: float) -> bool:
    return any(p >= threshold and _core_of(held) for p, held in windows)


def gate_factory(spec: str) -> Callable[[list[Window], float], bool]:
    """A gate by name: "shipped"; "round10" (the gate before plan and intent opened it);
    "self:P" (a window with no core concept counts too when it
    holds the self concept and reaches P); "any:P" (any window reaching P); "extra:a,b"
    (these concepts open the gate too); combinations joined by "+"."""
    tests = [_gate_part(part) for part in spec.split("+")]
    return lambda ws, t: any(test(ws, t) for test in tests)


Gate = Callable[[list[Window], float], bool]


def _gate_part(part: str) -> Gate:
    kind, _, arg = part.partition(":")
    if kind == "shipped":
        return gate_shipped
    if kind == "round10":
        return lambda ws, t: any(p >= t and _core_of(held, ROUND_TEN_CORE) for p, held in ws)
    if kind in ("self", "any"):
        high = float(arg)
        need_self = kind == "self"

        def high_score(ws: list[Window], t: float) -> bool:
            return any(p >= max(t, high) and (not need_self or "k:self" in held)
                       for p, held in ws)
        return high_score
    if kind == "extra":
        extra = {f"k:{name}" for name in arg.split(",")}

        def opened(ws: list[Window], t: float) -> bool:
            return any(p >= t and (_core_of(held) or bool(extra & set(held)))
                       for p, held in ws)
        return opened
    raise SystemExit(f"unknown gate {part}")


def score_sets(set_names: list[str], leave_out: list[str],
               everyday: list[crisis_train.Example],
               always: tuple[str, ...] = ("train_extra",)) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for held in leave_out:
        model = crisis_train.train([name for name in set_names if name != held], everyday,
                                   always)
        before = crisis_train.old_rules(crisis_train.HISTORY[held])
        out[held] = [{"crisis": bool(row["crisis"]), "category": row.get("category"),
                      "windows": read_windows(model, str(row["text"])),
                      "rules_now": crisis_train.rules_only(str(row["text"])),
                      "rules_before": before(str(row["text"]))}
                     for row in crisis_train.load_set(held)]
        print(f"{held} scored", flush=True)
    return out


def score_annomi(set_names: list[str], everyday: list[crisis_train.Example],
                 always: tuple[str, ...] = ("train_extra",)) -> list[Row]:
    from tests.eval import eval_crisis

    model = crisis_train.train(set_names, everyday, always)
    held_back = eval_crisis._held_back_transcripts()
    return [{"held_back": tid in held_back, "text": text,
             "windows": read_windows(model, text),
             "rules_now": crisis_train.rules_only(text)}
            for tid, text in eval_crisis.annomi_utterances()]


def _figures(rows: list[Row], shown: Callable[[Row], bool]) -> list[int]:
    figures = [0, 0, 0, 0]
    for row in rows:
        side = 0 if row["crisis"] else 2
        figures[side] += shown(row)
        figures[side + 1] += 1
    return figures


def _shown(mode: str, gate: Callable[[list[Window], float], bool],
           threshold: float) -> Callable[[Row], bool]:
    def shown(row: Row) -> bool:
        if mode == "now" and row["rules_now"]:
            return True
        if mode == "before" and row["rules_before"]:
            return True
        return gate(row["windows"], threshold)
    return shown


def table(files: list[str], gate_spec: str | None, annomi_files: list[str],
          base_gate: str = "shipped") -> None:
    designs = []
    for position, spec in enumerate(files):
        path, _, at = spec.partition("@")
        gate = gate_factory(gate_spec if gate_spec and position else base_gate)
        designs.append((spec, json.loads(Path(path).read_text(encoding="utf-8")), gate,
                        float(at or 0.66)))
    base = designs[0]
    for mode in ("model", "now", "before"):
        print(f"--- {mode}: " + {"model": "model alone", "now": "rules now + model",
                                   "before": "rules before the set + model"}[mode])
        base_figures = {held: _figures(rows, _shown(mode, base[2], base[3]))
                        for held, rows in base[1].items()}
        for name, data, gate, threshold in designs:
            figures = {held: _figures(rows, _shown(mode, gate, threshold))
                       for held, rows in data.items()}
            pooled = [sum(f[i] for f in figures.values()) for i in range(4)]
            recalls = [f[0] / f[1] for f in figures.values()]
            line = (f"{name:28} pooled {pooled[0] / pooled[1]:.3f} ({pooled[0]}/{pooled[1]}) "
                    f"FA {pooled[2]}/{pooled[3]}; a set {statistics.mean(recalls):.3f} "
                    f"(sd {statistics.stdev(recalls):.3f})")
            if (name, gate) != (base[0], base[2]):
                gains = [figures[h][0] / figures[h][1] - base_figures[h][0] / base_figures[h][1]
                         for h in figures]
                alarms = [figures[h][2] - base_figures[h][2] for h in figures]
                line += (f"; gain a set {statistics.mean(gains):+.4f} (sd "
                         f"{statistics.stdev(gains):.4f}, {sum(g > 0 for g in gains)} up, "
                         f"{sum(g < 0 for g in gains)} down), false alarms "
                         f"{sum(alarms):+d}")
            print(line)
            print("    " + "  ".join(f"{h.replace('holdout', 'h')} {f[0] / f[1]:.3f} {f[2]}/{f[3]}"
                                     for h, f in figures.items()))
    for spec in annomi_files:
        path, _, at = spec.partition("@")
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
        for name, gate in ((base_gate, gate_factory(base_gate)),
                           (gate_spec or base_gate, gate_factory(gate_spec or base_gate))):
            flagged = [row for row in rows
                       if row["rules_now"] or gate(row["windows"], float(at or 0.66))]
            back = [row for row in flagged if row["held_back"]]
            print(f"AnnoMI {spec} {name}: {len(flagged)} of {len(rows)} flagged, held back "
                  f"{len(back)} of {sum(row['held_back'] for row in rows)}")
            for row in back:
                print(f"    held back: {' '.join(row['text'].split())[:110]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", default=ALL_SETS)
    parser.add_argument("--leave-out", nargs="+", default=LEAVE_OUT)
    parser.add_argument("--always", nargs="+", default=["train_extra"],
                        help="sets always trained on, never left out")
    parser.add_argument("--scores", type=Path)
    parser.add_argument("--annomi", type=Path)
    parser.add_argument("--table", nargs="+")
    parser.add_argument("--annomi-files", nargs="*", default=[])
    parser.add_argument("--gate")
    parser.add_argument("--base-gate", default="shipped",
                        help="the gate of the first --table file (round10: before round eleven)")
    for name in ("l1", "l2", "alpha", "beta", "l1-letters", "annomi-weight"):
        parser.add_argument(f"--{name}", type=float)
    parser.add_argument("--epochs", type=int)
    args = parser.parse_args(argv)
    if args.table:
        table(args.table, args.gate, args.annomi_files, args.base_gate)
        return 0
    for name, setting in (("l1", "L1"), ("l2", "L2"), ("alpha", "ALPHA"), ("beta", "BETA"),
                          ("l1_letters", "L1_LETTERS"), ("annomi_weight", "ANNOMI_WEIGHT"),
                          ("epochs", "EPOCHS")):
        value = getattr(args, name)
        if value is not None:
            setattr(crisis_train, setting, value)
    everyday = crisis_train.change_talk_examples() + crisis_train.annomi_examples()
    always = tuple(args.always)
    if args.scores:
        scored = score_sets(args.sets, args.leave_out, everyday, always)
        args.scores.write_text(json.dumps(scored), encoding="utf-8")
    if args.annomi:
        read = score_annomi(args.sets, everyday, always)
        args.annomi.write_text(json.dumps(read), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

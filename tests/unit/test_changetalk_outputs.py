"""The tagger's every output on our committed statements, byte for byte.

A change made for speed must not change a single label, kind, cue or model probability.
`tests/data/changetalk/expected_outputs.txt` holds what the tagger gave on every statement of
`tests/data/changetalk/*.jsonl` (alone, as the answer to a question, and sentence by sentence
through `tag_text`), and a digest of what it gave on the benchmark's varied statements. A
change that is *meant* to change readings writes the file again, and the diff shows what
changed:

    python tests/unit/test_changetalk_outputs.py --write

Only our own writing is in the file: never AnnoMI text (see BRIEF: the data is not shipped).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "changetalk"
EXPECTED = DATA / "expected_outputs.txt"
QUESTION = "What would you like to be different?"
BENCH_COUNT = 2_000


def _statements() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for path in sorted(DATA.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                data = json.loads(line)
                out.append((f"{path.name}:{number}", data["text"], data.get("question")))
    return out


def bench_varied() -> Callable[[list[str], int], list[str]]:
    """tests/bench/_statements.py's `varied` (the benchmark's way of making statements)."""
    import importlib.util

    # tests/bench/ holds scripts, not a package mypy follows: load the shared module by path.
    where = Path(__file__).resolve().parent.parent / "bench" / "_statements.py"
    spec = importlib.util.spec_from_file_location("bench_statements", where)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    varied: Callable[[list[str], int], list[str]] = module.varied
    return varied


def _bench_statements() -> list[str]:
    varied = bench_varied()
    base = [text for where_, text, _ in _statements() if where_.startswith(("dev.", "test."))]
    return varied(base, BENCH_COUNT)


def _with_probabilities(patch: Callable[[Any, str, Any], None]) -> list[str]:
    """The model's probabilities in full, in the order it is asked (the cues round them)."""
    from mi_journal.changetalk import model

    asked: list[str] = []
    predict = model.predict

    def recording(*args: Any) -> Any:
        found = predict(*args)
        asked.append(repr(found.probability))
        return found

    patch(model, "predict", recording)
    return asked


def outputs(patch: Callable[[Any, str, Any], None]) -> Iterator[str]:
    from mi_journal.changetalk import tag_statement, tag_text

    asked = _with_probabilities(patch)

    def line(where: str, how: str, tagged: list[Any]) -> str:
        found = [[t.label, t.kind, list(t.cues), t.crisis] for t in tagged]
        text = json.dumps([where, how, found, list(asked)], ensure_ascii=False)
        asked.clear()
        return text

    for where, text, question in _statements():
        yield line(where, "alone", [tag_statement(text, question=question)])
        yield line(where, "answer", [tag_statement(text, question=QUESTION)])
        sentences = tag_text(text, question=question)
        if len(sentences) > 1:
            yield line(where, "sentences", sentences)
    digest = hashlib.sha256()
    for text in _bench_statements():
        digest.update(line("bench", "alone", [tag_statement(text)]).encode("utf-8") + b"\n")
    yield json.dumps(["bench", f"{BENCH_COUNT} varied statements", digest.hexdigest()])


@pytest.mark.timeout(120)
def test_every_output_is_the_one_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    found = list(outputs(monkeypatch.setattr))
    assert len(found) == len(expected)
    changed = [(want, got) for want, got in zip(expected, found, strict=True) if want != got]
    assert not changed, (
        f"{len(changed)} outputs changed, first: {changed[0]}; if meant, "
        "write them again: python tests/unit/test_changetalk_outputs.py --write")


def _write() -> None:
    def patch(owner: Any, name: str, value: Any) -> None:
        setattr(owner, name, value)

    EXPECTED.write_text("\n".join(outputs(patch)) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/unit/test_changetalk_outputs.py --write")
    _write()

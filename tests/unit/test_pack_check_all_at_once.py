"""`mij pack check` tells every problem and every warning of a pack in one run
(walk6: a counsellor needed three runs for three mistakes, a placeholder typo hid the
closed- and leading-question warnings). A TOML syntax error is told alone, and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.packs.lint import check_bytes
from mi_journal.packs.loader import PackError, examine_pack, parse_pack
from tests.conftest import Cli

HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'


def prompt(pid: str, text: str, kind: str = "long_text", extra: str = "") -> str:
    return (f'[[prompts]]\nid = "{pid}"\nstage = "evoking"\nkind = "{kind}"\n'
            f"text = {json.dumps(text)}\n{extra}\n")


RULER = prompt("importance", "How important is it to you, from 0 to 10?", "scale",
               'ruler = "importance"\noptional = true')
# The walk's pack: a placeholder typo, a closed question and a leading one.
WALKED = (HEAD + prompt("matters", "Do you drink every night?", "text") + RULER
          + prompt("lower", "What puts you at {importence} and not lower?")
          + prompt("noticed", "Don't you think it is time to cut down?"))


def test_a_placeholder_typo_no_longer_hides_the_warnings() -> None:
    pack, found = check_bytes(WALKED.encode(), "w.toml")
    assert pack is None  # it has an error: nothing to count or install
    told = [(f.level, f.code, f.prompt) for f in found]
    # The ruler has no follow-up while the typo stands: true, and told too.
    assert told == [("warning", "closed-question", "matters"),
                    ("warning", "no-follow-up", "importance"),
                    ("error", "reference", "lower"),
                    ("warning", "closed-question", "noticed"),
                    ("warning", "righting-reflex", "noticed")]
    error = found[2].message
    assert "'importence'" in error and error.endswith("(did you mean {importance}?)")
    leading = found[4].message
    assert "is a leading question" in leading and "tells the person what to do" not in leading


def test_loading_still_stops_at_the_first_problem() -> None:
    with pytest.raises(PackError) as refused:
        parse_pack(WALKED, "w.toml")
    assert refused.value.kind == "reference"
    assert "(did you mean {importance}?)" in refused.value.detail


BROKEN = (HEAD + prompt("matters", "Do you drink every night?", "text",
                        'hepl = "A few words."')
          + prompt("area", "Which area?", "choice", 'choices = ["drink", "else"]')
          + prompt("own", "How would you put it?", "text",
                   'when = { prompt = "area", equls = "else" }')
          + RULER
          + prompt("wide", "How sure are you?", "scale", "min = 5\nmax = 1")
          + prompt("after-wide", "What puts you at {wide}?")
          + prompt("helps", "Which helped?", "multi_choice",
                   'choices = ["a", "b"]\nmax_picks = 0')
          + prompt("lower", "What puts you at {importence} and not lower?")
          + prompt("noticed", "Don't you think it is time to cut down?"))


def test_every_schema_and_reference_problem_and_the_warnings_in_one_run() -> None:
    _pack, found = check_bytes(BROKEN.encode(), "b.toml")
    errors = [(f.code, f.prompt) for f in found if f.level == "error"]
    assert errors == [("schema", "matters"), ("schema", "own"), ("schema", "wide"),
                      ("schema", "helps"), ("reference", "lower")]
    messages = " | ".join(f.message for f in found)
    assert "unknown field 'hepl' (did you mean 'help'?)" in messages
    assert "unknown field 'equls' (did you mean 'equals'?)" in messages
    assert "valid list" not in messages  # pydantic's other shape of `when`, not a mistake
    # A prompt with a misspelt key is still read for its wording...
    assert ("warning", "closed-question", "matters") in [(f.level, f.code, f.prompt)
                                                         for f in found]
    assert any(f.code == "righting-reflex" and f.prompt == "noticed" for f in found)
    # ...and one that cannot be read at all ("wide") is not told again by what quotes it.
    assert not any(f.prompt == "after-wide" and f.level == "error" for f in found)
    # Across prompts nothing is judged on a pack with prompts missing.
    assert not any(f.code in ("no-follow-up", "assignment-left-out") for f in found)


def test_loading_tells_the_first_schema_problem_and_how_many_more() -> None:
    with pytest.raises(PackError) as refused:
        parse_pack(BROKEN, "b.toml")
    assert refused.value.detail.endswith("(and 3 more problems)")


def test_a_condition_and_an_assignment_typo_get_a_guess_too() -> None:
    text = (HEAD + '[assignment]\nprompts = ["importance", "lowr"]\n\n' + RULER
            + prompt("lower", "What puts you at {importance} and not lower?", extra=(
                'when = { prompt = "importanse", at_least = 1 }'))
            + prompt("again", "What would {Importance} mean?"))
    reading = examine_pack(text, "a.toml")
    said = [problem.detail for problem in reading.problems]
    assert any("'importanse'" in s and s.endswith("(did you mean 'importance'?)")
               for s in said), said
    assert any("'lowr'" in s and s.endswith("(did you mean 'lower'?)") for s in said), said
    assert any("{Importance}" in s and "(did you mean {importance}?)" in s for s in said), said
    assert len(said) == 3 and reading.pack is None and reading.whole


def test_a_pack_without_problems_reads_whole() -> None:
    reading = examine_pack(HEAD + RULER + prompt("lower", "What puts you at {importance}?"),
                           "g.toml")
    assert reading.problems == [] and reading.pack is reading.readable is not None


def test_cli_tells_everything_once_and_a_syntax_error_says_it_stands_alone(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "b.toml"
    path.write_text(BROKEN, encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 1
    assert "Checked 1 pack: 5 errors, 3 warnings." in result.output
    assert "(did you mean {importance}?)" in result.output
    assert "cannot be read past" not in result.output
    rows = json.loads(cli(["pack", "check", "--json", str(path)]).output)
    assert [row["level"] for row in rows].count("error") == 5 and len(rows) == 8
    path.write_text(BROKEN + 'title =\n', encoding="utf-8")
    result = cli(["pack", "check", str(path)], env={"COLUMNS": "400"})
    assert "Checked 1 pack: 1 error, 0 warnings." in result.output
    assert "The file cannot be read past a mistake in how it is written" in result.output

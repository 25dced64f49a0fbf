"""The built-in prompt packs in prompts/: complete, well formed, and written in MI's spirit.

The first part reads every prompts/*.toml with tomllib alone, so it checks the packs
independently of the loader. The last part also loads each one through mi_journal.packs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"

EXPECTED_IDS = {
    "engaging", "focusing", "evoking", "planning", "checkin", "rulers",
    "decisional-balance", "change-plan", "values", "looking-back-forward", "extremes",
    "confidence",
}
PROCESS_PACKS = ("engaging", "focusing", "evoking", "planning")

STAGES = {"engaging", "focusing", "evoking", "planning"}
KINDS = {"text", "long_text", "scale", "choice", "multi_choice", "yes_no", "list"}
FREE_TEXT = {"text", "long_text", "list"}
RULERS = {"importance", "confidence", "readiness"}
PACK_KEYS = {"id", "title", "version", "description", "author", "language"}
PROMPT_KEYS = {
    "id", "stage", "kind", "text", "help", "optional", "min", "max", "labels", "ruler",
    "choices", "max_picks", "when", "reflect", "goal", "suggest_last",
}
CONDITION_KEYS = {
    "prompt", "at_least", "at_most", "equals", "not_equals", "one_of", "includes", "answered",
}
SLUG = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
PLACEHOLDER = re.compile(r"^([a-z][a-z0-9-]{0,63})(?::([+-])(\d{1,4}))?$")

# --- language checks -------------------------------------------------------------------

BANNED = re.compile(
    r"\b(addicts?|addicted|addiction|alcoholics?|junkies?|junkie|abusers?|clean|dirty|"
    r"relapses?|relapsed|relapsing|fail|fails|failed|failure|failures)\b",
    re.IGNORECASE,
)
DIRECTIVE = re.compile(
    r"\b(you\s+should|you\s+must|you\s+need\s+to|you\s+have\s+to|you\s+ought|"
    r"why\s+don'?t\s+you|why\s+haven'?t\s+you|why\s+didn'?t\s+you)\b",
    re.IGNORECASE,
)
WHY_NOT_HIGHER = re.compile(
    r"why\s+not\s+(an?\s+)?(10|ten)\b|\bnot\s+higher\b|\bnot\s+(at\s+)?(an?\s+)?(10|ten)\b"
    r"|\bnot\s+(at\s+)?(an?\s+)?\{[a-z0-9-]+:\+\d+\}|\bhigher\s+than\s+\{",
    re.IGNORECASE,
)
CLOSED_OPENERS = {
    "do", "does", "did", "are", "is", "was", "were", "have", "has", "had", "can", "could",
    "would", "will", "should", "shall", "may", "might", "must", "am", "don't", "doesn't",
    "didn't", "aren't", "isn't", "wasn't", "weren't", "haven't", "hasn't", "can't",
    "couldn't", "wouldn't", "won't", "shouldn't", "any", "anything", "ever",
}
LEAD_INS = {"and", "so", "but", "or", "now", "then", "also", "well", "okay", "ok"}
SUBORDINATORS = {
    "if", "when", "whenever", "after", "before", "once", "since", "while", "as", "looking",
    "thinking", "given", "because", "although",
}
WH_WORDS = re.compile(r"\b(what|how|which|who|whom|whose|when|where|why)\b", re.IGNORECASE)
TAG_ENDING = re.compile(
    r",\s*(right|correct|yes|no|ok|okay|true|isn'?t it|aren'?t you|don'?t you|didn'?t you|"
    r"won'?t you|wouldn'?t you|haven'?t you|is it|do you|are you)\s*\?$",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z']+")


def _questions(text: str) -> list[str]:
    """Each sentence of `text` that ends with a question mark."""
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    return [s.strip() for s in sentences if s.strip().endswith("?")]


def closed_question_problem(sentence: str) -> str | None:
    """Why a question sentence reads as a yes/no question, or None if it reads as open."""
    words = [w.lower() for w in WORD.findall(sentence.replace("\u2019", "'"))]
    while words and words[0] in LEAD_INS:
        words = words[1:]
    if not words:
        return "has no words"
    if words[0] in CLOSED_OPENERS:
        return f"opens with {words[0]!r}"
    if words[0] in SUBORDINATORS and "," in sentence:
        after = [w.lower() for w in WORD.findall(sentence.split(",", 1)[1])]
        while after and after[0] in LEAD_INS:
            after = after[1:]
        if after and after[0] in CLOSED_OPENERS:
            return f"its main clause opens with {after[0]!r}"
    if TAG_ENDING.search(sentence):
        return "ends with a tag question"
    if not WH_WORDS.search(sentence):
        return "has no question word (a statement-question invites yes or no)"
    return None


@pytest.mark.parametrize(
    ("sentence", "closed"),
    [
        ("Do you drink every night?", True),
        ("Are you ready to stop?", True),
        ("Have you thought about cutting down?", True),
        ("Is it hard for you?", True),
        ("Is there anything else?", True),
        ("Could you try a smaller step?", True),
        ("Would you like to keep going?", True),
        ("And did that help?", True),
        ("You drink every night?", True),
        ("That was hard for you?", True),
        ("When you drink, do you feel better?", True),
        ("It helped, right?", True),
        ("Anything else on your mind?", True),
        ("What puts you at 6 and not at 4?", False),
        ("How did today go?", False),
        ("If you made this change, what would be better?", False),
        ("What, if anything, would you like to do next?", False),
        ("Of those possibilities, which one concerns you most, and why?", False),
        ("Who or what helps you through a hard day?", False),
        ("In what ways does it fit with what you value?", False),
    ],
)
def test_closed_question_detector(sentence: str, closed: bool) -> None:
    assert (closed_question_problem(sentence) is not None) is closed


# --- reading the packs -------------------------------------------------------------------


def _pack_files() -> list[Path]:
    return sorted(PROMPTS_DIR.glob("*.toml"))


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


PACKS: dict[str, dict[str, Any]] = {path.stem: _load(path) for path in _pack_files()}


def _prompts(pack_id: str) -> list[dict[str, Any]]:
    return list(PACKS[pack_id]["prompts"])


def _by_id(pack_id: str) -> dict[str, dict[str, Any]]:
    return {prompt["id"]: prompt for prompt in _prompts(pack_id)}


def _conditions(prompt: dict[str, Any]) -> list[dict[str, Any]]:
    when = prompt.get("when")
    if when is None:
        return []
    return list(when) if isinstance(when, list) else [when]


def _placeholders(text: str) -> list[tuple[str, int, bool]]:
    """(prompt id, offset, shifted) for each placeholder; raises on bad brace syntax."""
    found: list[tuple[str, int, bool]] = []
    i = 0
    while i < len(text):
        if text.startswith("{{", i) or text.startswith("}}", i):
            i += 2
            continue
        if text[i] == "}":
            raise AssertionError(f"unmatched '}}' in {text!r}")
        if text[i] == "{":
            end = text.find("}", i + 1)
            assert end != -1, f"unclosed '{{' in {text!r}"
            match = PLACEHOLDER.match(text[i + 1 : end].strip())
            assert match, f"bad placeholder {text[i:end + 1]!r} in {text!r}"
            sign, amount = match.group(2), match.group(3)
            offset = 0 if sign is None else int(amount) * (-1 if sign == "-" else 1)
            found.append((match.group(1), offset, sign is not None))
            i = end + 1
            continue
        i += 1
    return found


def _all_strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for key, value in data.items() for s in _all_strings(key) + _all_strings(value)]
    if isinstance(data, list):
        return [s for item in data for s in _all_strings(item)]
    return []


def _holds(condition: dict[str, Any], answers: dict[str, Any]) -> bool:
    value = answers.get(condition["prompt"])
    if "answered" in condition and (value is not None) != condition["answered"]:
        return False
    if value is None:
        return condition.get("answered") is False and len(condition) == 2
    checks: list[tuple[str, Callable[[Any, Any], bool]]] = [
        ("at_least", lambda v, c: isinstance(v, int) and v >= c),
        ("at_most", lambda v, c: isinstance(v, int) and v <= c),
        ("equals", lambda v, c: type(v) is type(c) and v == c),
        ("not_equals", lambda v, c: not (type(v) is type(c) and v == c)),
        ("one_of", lambda v, c: any(type(v) is type(x) and v == x for x in c)),
        ("includes", lambda v, c: isinstance(v, list) and c in v),
    ]
    return all(test(value, condition[key]) for key, test in checks if key in condition)


def _render(text: str, answers: dict[str, Any], bounds: dict[str, tuple[int, int]]) -> str:
    """Fill placeholders the way the format documents (used to check ruler follow-ups)."""
    out = text.replace("{{", "\0").replace("}}", "\1")
    for ref, offset, _shifted in _placeholders(text):
        value = answers[ref]
        if isinstance(value, int):
            low, high = bounds[ref]
            value = min(high, max(low, value + offset))
        rendered = ", ".join(value) if isinstance(value, list) else str(value)
        out = re.sub(r"\{\s*" + re.escape(ref) + r"(?::[+-]\d+)?\s*\}", rendered, out, count=1)
    return out.replace("\0", "{").replace("\1", "}")


# --- structure -------------------------------------------------------------------------


def test_every_expected_pack_is_there_and_nothing_else() -> None:
    assert set(PACKS) == EXPECTED_IDS


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_pack_header(pack_id: str) -> None:
    data = PACKS[pack_id]
    assert set(data) == {"pack", "prompts"}
    meta = data["pack"]
    assert set(meta) <= PACK_KEYS
    assert meta["id"] == pack_id, "a built-in pack's file is named after its id"
    assert SLUG.match(meta["id"])
    assert isinstance(meta["title"], str) and 0 < len(meta["title"]) <= 200
    assert re.match(r"^\d+\.\d+\.\d+$", meta["version"])
    assert meta.get("language", "en") == "en"
    assert meta.get("description"), "built-in packs describe themselves for `pack list`"


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_prompts_are_well_formed(pack_id: str) -> None:
    path = PROMPTS_DIR / f"{pack_id}.toml"
    assert path.stat().st_size <= 1024 * 1024
    prompts = _prompts(pack_id)
    assert 1 <= len(prompts) <= 500
    earlier: dict[str, dict[str, Any]] = {}
    for prompt in prompts:
        pid = prompt.get("id")
        assert isinstance(pid, str) and SLUG.match(pid), pid
        assert pid not in earlier, f"{pack_id}: duplicate prompt id {pid!r}"
        assert set(prompt) <= PROMPT_KEYS, f"{pack_id}/{pid}: unknown keys"
        assert prompt["stage"] in STAGES
        kind = prompt["kind"]
        assert kind in KINDS
        assert isinstance(prompt["text"], str) and 0 < len(prompt["text"]) <= 2000
        assert isinstance(prompt.get("help", ""), str)
        assert prompt.get("help"), f"{pack_id}/{pid}: every built-in prompt offers help"
        for flag in ("optional", "reflect"):
            assert isinstance(prompt.get(flag, False), bool)
        if kind == "scale":
            low, high = prompt.get("min", 0), prompt.get("max", 10)
            assert isinstance(low, int) and isinstance(high, int) and low < high
            for key in prompt.get("labels", {}):
                assert low <= int(key) <= high
            if "ruler" in prompt:
                assert prompt["ruler"] in RULERS
                assert (low, high) == (0, 10), "rulers run from 0 to 10"
        else:
            assert not {"min", "max", "labels", "ruler"} & set(prompt)
        if kind in ("choice", "multi_choice"):
            choices = prompt["choices"]
            assert choices and len(set(choices)) == len(choices)
            assert all(isinstance(c, str) and c.strip() for c in choices)
        else:
            assert "choices" not in prompt
        if "max_picks" in prompt:
            assert kind == "multi_choice" and 1 <= prompt["max_picks"] <= len(prompt["choices"])
        if "goal" in prompt:
            assert prompt["goal"] in ("title", "why", "steps")
            allowed = ("list", "long_text") if prompt["goal"] == "steps" else (
                "text", "long_text", "choice")
            assert kind in allowed
        for field in ("text", "help"):
            for ref, _offset, shifted in _placeholders(prompt.get(field, "")):
                assert ref in earlier, f"{pack_id}/{pid}: {{{ref}}} must name an earlier prompt"
                if shifted:
                    assert earlier[ref]["kind"] == "scale"
        for condition in _conditions(prompt):
            assert set(condition) <= CONDITION_KEYS and len(condition) >= 2
            target = earlier.get(condition["prompt"])
            assert target is not None, f"{pack_id}/{pid}: `when` must name an earlier prompt"
            if {"at_least", "at_most"} & set(condition):
                assert target["kind"] in ("scale", "multi_choice", "list")
            if "includes" in condition:
                assert condition["includes"] in target["choices"]
        earlier[pid] = prompt


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_references_stay_within_one_stage(pack_id: str) -> None:
    # So that running a single stage of a mixed pack never strands a follow-up.
    prompts = _by_id(pack_id)
    for prompt in prompts.values():
        refs = {ref for f in ("text", "help") for ref, _, _ in _placeholders(prompt.get(f, ""))}
        refs |= {c["prompt"] for c in _conditions(prompt)}
        for ref in refs:
            assert prompts[ref]["stage"] == prompt["stage"], f"{pack_id}/{prompt['id']}"


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_prompts_quoted_more_than_once_are_required(pack_id: str) -> None:
    # A prompt quoting {focus} is dropped when focus is skipped; the focus prompts that
    # many later prompts quote are therefore not optional.
    prompts = _by_id(pack_id)
    quoted: dict[str, int] = {}
    for prompt in prompts.values():
        for ref, _, _ in _placeholders(prompt["text"]):
            quoted[ref] = quoted.get(ref, 0) + 1
    for ref, count in quoted.items():
        if count >= 2 and prompts[ref]["kind"] != "scale" and ref != "values":
            assert not prompts[ref].get("optional", False), f"{pack_id}/{ref}"


# --- language --------------------------------------------------------------------------


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_no_free_text_prompt_opens_like_a_yes_no_question(pack_id: str) -> None:
    for prompt in _prompts(pack_id):
        if prompt["kind"] == "yes_no":
            continue
        for sentence in _questions(prompt["text"]) + _questions(prompt.get("help", "")):
            problem = closed_question_problem(sentence)
            assert problem is None, f"{pack_id}/{prompt['id']}: {sentence!r} {problem}"


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_free_text_prompts_ask_something(pack_id: str) -> None:
    for prompt in _prompts(pack_id):
        if prompt["kind"] in FREE_TEXT:
            assert _questions(prompt["text"]), f"{pack_id}/{prompt['id']} asks no question"


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_no_stigmatizing_or_directive_words(pack_id: str) -> None:
    raw = (PROMPTS_DIR / f"{pack_id}.toml").read_text(encoding="utf-8")
    # Comments too: counsellors copy built-in packs as examples.
    for line in raw.splitlines():
        assert not BANNED.search(line), f"{pack_id}: {line!r}"
        assert not DIRECTIVE.search(line), f"{pack_id}: {line!r}"
    for text in _all_strings(PACKS[pack_id]):
        assert not BANNED.search(text), f"{pack_id}: {text!r}"
        assert not DIRECTIVE.search(text), f"{pack_id}: {text!r}"


def test_language_checks_catch_what_they_should() -> None:
    for bad in ("an addict", "Alcoholic", "stay clean", "a relapse", "you FAILED", "Failure"):
        assert BANNED.search(bad), bad
    for fine in ("cleaning up", "a setback", "clear head", "failsafe"):
        assert not BANNED.search(fine), fine
    for bad in ("You should stop", "you need to", "Why don't you try", "why haven't you"):
        assert DIRECTIVE.search(bad), bad
    for bad in ("Why not a 10?", "why not 10", "Why is it not higher?", "and not a 10?",
                "Why {importance} and not {importance:+2}?", "higher than {importance}"):
        assert WHY_NOT_HIGHER.search(bad), bad
    assert not WHY_NOT_HIGHER.search("What puts you at {importance} and not at {importance:-2}?")


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_never_asks_why_not_higher(pack_id: str) -> None:
    for text in _all_strings(PACKS[pack_id]):
        assert not WHY_NOT_HIGHER.search(text), f"{pack_id}: {text!r}"


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_prompts_are_short_enough_to_take_in_at_once(pack_id: str) -> None:
    for prompt in _prompts(pack_id):
        assert len(prompt["text"]) <= 200, f"{pack_id}/{prompt['id']}"
        assert len(prompt.get("help", "")) <= 400, f"{pack_id}/{prompt['id']}"


# --- what each pack must contain ---------------------------------------------------------


@pytest.mark.parametrize("pack_id", PROCESS_PACKS)
def test_process_packs_have_six_to_fourteen_prompts_of_their_own_stage(pack_id: str) -> None:
    # Branches (a key question, "something else") add prompts that are not all asked.
    prompts = _prompts(pack_id)
    assert 6 <= len(prompts) <= 14
    assert {prompt["stage"] for prompt in prompts} == {pack_id}


def _ruler_followups(pack_id: str, ruler_id: str) -> dict[int, list[str]]:
    """For each answer 0..10 to `ruler_id`, the rendered follow-ups that would be asked."""
    prompts = _prompts(pack_id)
    ruler = _by_id(pack_id)[ruler_id]
    bounds = {ruler_id: (ruler.get("min", 0), ruler.get("max", 10))}
    asked: dict[int, list[str]] = {}
    for value in range(bounds[ruler_id][0], bounds[ruler_id][1] + 1):
        answers: dict[str, Any] = {ruler_id: value}
        asked[value] = []
        for prompt in prompts:
            refs = {r for r, _, _ in _placeholders(prompt["text"])}
            on_ruler = [c for c in _conditions(prompt) if c["prompt"] == ruler_id]
            if ruler_id not in refs and not on_ruler:
                continue
            if refs - {ruler_id}:
                continue
            if all(_holds(c, answers) for c in _conditions(prompt)):
                asked[value].append(_render(prompt["text"], answers, bounds))
    return asked


def _check_ruler_followups(pack_id: str, ruler_id: str) -> None:
    prompts = _by_id(pack_id)
    lower = [p for p in prompts.values() if f"{{{ruler_id}:-" in p["text"]]
    higher = [p for p in prompts.values() if f"{{{ruler_id}:+" in p["text"]]
    zero = [p for p in prompts.values()
            if any(c == {"prompt": ruler_id, "equals": 0} for c in _conditions(p))]
    assert lower and higher and zero, f"{pack_id}/{ruler_id}: lower, higher and zero follow-ups"
    for prompt in lower:
        conditions = _conditions(prompt)
        assert {"prompt": ruler_id, "at_least": 1} in conditions
        assert prompt.get("reflect") is True, "the answer to 'why not lower' is change talk"
    for prompt in zero:
        assert "{" not in prompt["text"]
        assert re.search(r"\beven a little\b", prompt["text"])
    for value, texts in _ruler_followups(pack_id, ruler_id).items():
        assert texts, f"{pack_id}: a {ruler_id} of {value} gets no follow-up"
        for text in texts:
            numbers = re.findall(r"\b\d+\b", text)
            assert len(numbers) == len(set(numbers)), f"{pack_id}: {text!r} repeats a number"


def test_evoking_has_the_importance_ruler_and_its_follow_ups() -> None:
    importance = _by_id("evoking")["importance"]
    assert importance["kind"] == "scale" and importance["ruler"] == "importance"
    _check_ruler_followups("evoking", "importance")
    texts = [p["text"] for p in _prompts("evoking")]
    assert "What puts you at {importance} and not at {importance:-2}?" in texts
    assert "What might move you from {importance} to {importance:+2}?" in texts


def test_evoking_follow_ups_render_as_expected() -> None:
    asked = _ruler_followups("evoking", "importance")
    assert asked[6] == ["What puts you at 6 and not at 4?", "What might move you from 6 to 8?"]
    assert asked[1] == ["What puts you at 1 and not at 0?", "What might move you from 1 to 3?"]
    assert asked[10] == ["What puts you at 10 and not at 8?"]
    assert len(asked[0]) == 1 and "even a little important" in asked[0][0]


@pytest.mark.parametrize("ruler_id", sorted(RULERS))
def test_rulers_pack_has_every_ruler_with_follow_ups(ruler_id: str) -> None:
    prompt = _by_id("rulers")[ruler_id]
    assert prompt["kind"] == "scale" and prompt["ruler"] == ruler_id
    _check_ruler_followups("rulers", ruler_id)


def test_every_ruler_is_optional() -> None:
    rulers = [(pack_id, p) for pack_id in PACKS for p in _prompts(pack_id) if "ruler" in p]
    assert len(rulers) >= 10
    for pack_id, prompt in rulers:
        assert prompt.get("optional") is True, f"{pack_id}/{prompt['id']}"


def test_every_ruler_in_every_pack_is_a_0_to_10_scale_with_labels() -> None:
    count = 0
    for pack_id in PACKS:
        for prompt in _prompts(pack_id):
            if "ruler" in prompt:
                count += 1
                assert prompt["labels"].keys() >= {"0", "10"}
    assert count >= 8


def test_planning_packs_offer_goals() -> None:
    for pack_id in ("planning", "change-plan"):
        goals = {p["goal"]: p for p in _prompts(pack_id) if "goal" in p}
        assert set(goals) == {"title", "why", "steps"}, pack_id
        assert goals["title"].get("optional", False) is False
        assert goals["steps"]["kind"] == "list"
        ids = [p["id"] for p in _prompts(pack_id)]
        assert ids.index(goals["title"]["id"]) < ids.index(goals["steps"]["id"])


def test_checkin_is_short_and_mostly_optional() -> None:
    prompts = _prompts("checkin")
    assert 4 <= len(prompts) <= 8
    assert sum(1 for p in prompts if p.get("optional")) >= len(prompts) - 1
    rulers = [p["id"] for p in prompts if "ruler" in p]
    assert 1 <= len(rulers) <= 2
    assert all(len(p["text"]) <= 120 for p in prompts)
    for ruler in rulers:  # one short optional follow-up each, looking down
        follow = [p for p in prompts if f"{{{ruler}}}" in p["text"]]
        assert len(follow) == 1 and follow[0].get("optional") is True
        assert "not lower" in follow[0]["text"]
        assert {"prompt": ruler, "at_least": 1} in _conditions(follow[0])


def test_decisional_balance_leans_toward_change_and_ends_on_reasons_for_change() -> None:
    prompts = _prompts("decisional-balance")
    sustain = {"miss-or-worry"}  # one brief prompt, after the costs
    change = {"staying-costs", "staying-others", "changing-good", "changing-later",
              "worries-eased", "reasons-for-change"}
    ids = [p["id"] for p in prompts]
    assert sustain | change | {"focus", "change"} == set(ids)
    assert len(change) > 2 * len(sustain)
    assert ids.index("miss-or-worry") > ids.index("staying-costs")
    assert all(p.get("optional") for p in prompts if p["id"] not in ("focus", "change"))
    description = PACKS["decisional-balance"]["pack"]["description"]
    assert "suits you if" in description and "two minds" in description
    last = prompts[-1]
    assert last["id"] == "reasons-for-change" and last.get("reflect") is True
    assert "reasons for change" in last["text"]
    for prompt in prompts:
        if prompt["id"] in sustain:
            assert not prompt.get("reflect"), "the summary should not repeat sustain talk"


def test_change_plan_has_every_section() -> None:
    prompts = _by_id("change-plan")
    assert {"change", "reasons", "steps", "helpers", "helpers-how", "signs", "interfere",
            "interfere-then"} <= set(prompts)
    assert {prompts[i]["stage"] for i in prompts} == {"planning"}
    assert "{helpers}" in prompts["helpers-how"]["text"]
    assert _conditions(prompts["interfere-then"]) == [{"prompt": "interfere", "answered": True}]


def test_values_pack_offers_our_own_list_and_explores_it() -> None:
    prompts = _prompts("values")
    first = prompts[0]
    assert first["id"] == "values" and first["kind"] == "multi_choice"
    choices = first["choices"]
    assert 40 <= len(choices) <= 80
    assert 3 <= first["max_picks"] <= 6
    for choice in choices:
        assert "," not in choice, "answers are quoted joined by ', '"
        assert len(choice) <= 40
        assert choice == choice.lower() or "I " in choice, choice
    assert len({c.lower() for c in choices}) == len(choices)
    quoting = [p for p in prompts[1:] if "{values}" in p["text"]]
    assert len(quoting) >= 2
    assert all(p["kind"] in FREE_TEXT for p in quoting)


def test_looking_back_forward_and_extremes_cover_both_pictures() -> None:
    back = " ".join(p["text"] for p in _prompts("looking-back-forward")).lower()
    assert "think back to a time" in back and "nothing about" in back and "made a change" in back
    extremes = _prompts("extremes")
    texts = " ".join(p["text"] for p in extremes).lower()
    assert "worst" in texts and "best" in texts
    worst = next(p["id"] for p in extremes if "worst" in p["text"].lower())
    assert "mij crisis" in _by_id("extremes")[worst]["help"]


def test_focus_prompts_let_the_person_name_their_own_focus() -> None:
    for pack_id in PACKS:
        prompt = _by_id(pack_id).get("focus")
        if prompt is None:
            continue
        assert prompt["kind"] == "text", pack_id
        assert "own words" in prompt["text"] + prompt.get("help", ""), pack_id


def test_summaries_have_something_to_quote() -> None:
    for pack_id in PACKS:
        assert any(p.get("reflect") for p in _prompts(pack_id)), pack_id


# --- through the real loader ---------------------------------------------------------------


def _packs_api() -> Any:
    return pytest.importorskip("mi_journal.packs.loader")


@pytest.mark.parametrize("pack_id", sorted(EXPECTED_IDS))
def test_every_pack_loads_through_the_loader(pack_id: str) -> None:
    loader = _packs_api()
    pack = loader.load_pack_file(PROMPTS_DIR / f"{pack_id}.toml")
    assert pack.id == pack_id
    assert [p.id for p in pack.prompts] == [p["id"] for p in _prompts(pack_id)]


def test_registry_finds_every_builtin_pack() -> None:
    registry = pytest.importorskip("mi_journal.packs.registry")
    assert set(registry.builtin_pack_ids()) >= EXPECTED_IDS
    for pack_id in sorted(EXPECTED_IDS):
        assert registry.load_builtin(pack_id).id == pack_id


def test_loader_renders_the_ruler_follow_ups_like_this_test_does() -> None:
    template = pytest.importorskip("mi_journal.packs.template")
    bounds = {"importance": (0, 10)}
    for prompt in _prompts("evoking"):
        for value in range(11):
            answers: dict[str, Any] = {"focus": "drinking on weeknights", "importance": value}
            if any(ref not in answers for ref, _, _ in _placeholders(prompt["text"])):
                continue
            ours = _render(prompt["text"], answers, bounds)
            assert template.render(prompt["text"], answers, bounds) == ours


def test_closed_question_classifier_agrees_when_present() -> None:
    # The `mij pack check` classifier (another module) should read every built-in prompt as open.
    questions = pytest.importorskip("mi_journal.packs.questions")
    is_closed = getattr(questions, "is_closed_question", None)
    if is_closed is None:
        pytest.skip("no is_closed_question in mi_journal.packs.questions")
    for pack_id in sorted(EXPECTED_IDS):
        for prompt in _prompts(pack_id):
            if prompt["kind"] != "yes_no":
                assert not is_closed(prompt["text"]), f"{pack_id}/{prompt['id']}"


# --- prompts/README.md stays true ----------------------------------------------------------

README = PROMPTS_DIR / "README.md"


def _readme_toml_blocks() -> list[str]:
    return re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_readme_examples_are_valid_packs() -> None:
    loader = _packs_api()
    blocks = [block for block in _readme_toml_blocks() if "[[prompts]]" in block]
    assert len(blocks) >= 2
    header = '[pack]\nid = "doc-example"\ntitle = "Example"\nversion = "1.0.0"\n\n'
    for number, block in enumerate(blocks):
        text = block if block.lstrip().startswith("[pack]") else header + block
        pack = loader.parse_pack(text, f"README block {number}")
        assert pack.prompts


def test_readme_lists_every_builtin_pack_with_its_prompt_count() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \| ([a-z, ]+) \| (\d+) \|", README.read_text("utf-8"), re.M)
    listed = {pack_id: (stages, int(count)) for pack_id, stages, count in rows}
    assert set(listed) == EXPECTED_IDS
    for pack_id, (stages, count) in listed.items():
        assert count == len(_prompts(pack_id)), pack_id
        assert {s.strip() for s in stages.split(",")} == {p["stage"] for p in _prompts(pack_id)}
    values = len(_prompts("values")[0]["choices"])
    assert f"a list of {values}" in README.read_text("utf-8")


def test_pack_check_lint_finds_nothing_when_present() -> None:
    # Built-in packs pass `mij pack check --strict`: no errors and no MI-style warnings.
    lint = pytest.importorskip("mi_journal.packs.lint")
    check_file = getattr(lint, "check_file", None)
    if check_file is None:
        pytest.skip("no check_file in mi_journal.packs.lint")
    for pack_id in sorted(EXPECTED_IDS):
        _pack, findings = check_file(PROMPTS_DIR / f"{pack_id}.toml")
        assert list(findings) == [], pack_id

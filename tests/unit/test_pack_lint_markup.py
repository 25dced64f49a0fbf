"""`mij pack check` on markup and escape codes in pack text (packs/markup.py): the person
sees them as written, so the lint says so; the MI checks read the words without them, so
an order behind markup is still caught; and the lint's own output shows pack text inert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mi_journal.packs.lint import Finding, count_questions, lint_pack
from mi_journal.packs.loader import parse_pack
from mi_journal.packs.markup import escapes_in, markup_in, plain
from mi_journal.packs.registry import builtin_pack_ids, load_builtin
from tests.conftest import Cli

HEAD = '[pack]\nid = "t"\ntitle = "T"\nversion = "1"\n\n'


def prompt_toml(text: str, kind: str = "long_text", pid: str = "p", extra: str = "") -> str:
    return (f'[[prompts]]\nid = "{pid}"\nstage = "evoking"\nkind = "{kind}"\n'
            f"text = {json.dumps(text, ensure_ascii=False)}\n{extra}\n")


def lint_text(text: str, extra: str = "") -> list[Finding]:
    return lint_pack(parse_pack(HEAD + prompt_toml(text, extra=extra), "t.toml"), "t.toml")


def codes(text: str) -> list[str]:
    return [finding.code for finding in lint_text(text)]


# --- what counts as markup, and what does not ------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "words"),
    [
        ("[bold]How[/bold] are you?", ["[bold]", "[/bold]"], "How are you?"),
        ("[b]How[/b] are you?", ["[b]", "[/b]"], "How are you?"),
        ("[i]How[/i] are you?", ["[i]", "[/i]"], "How are you?"),
        ("Who [s]really[/s] helps?", ["[s]", "[/s]"], "Who really helps?"),
        ("[bold red on white]Stop[/] now.", ["[bold red on white]", "[/]"], "Stop now."),
        ("[italic]What[/italic] matters?", ["[italic]", "[/italic]"], "What matters?"),
        ("[#ff0000]What[/] matters?", ["[#ff0000]", "[/]"], "What matters?"),
        ("[link=https://example.org]a page[/link]", ["[link=https://example.org]", "[/link]"],
         "a page"),
        ("[dim]if you like[/dim]", ["[dim]", "[/dim]"], "if you like"),
        ("[note]Take a breath.[/note] What comes up?", ["[note]", "[/note]"],
         "Take a breath. What comes up?"),
        ("<b>What</b> matters?", ["<b>", "</b>"], "What matters?"),
        ("First.<br>Then what?", ["<br>"], "First.\nThen what?"),
        ("What **really** matters?", ["**...**"], "What really matters?"),
        ("What __really__ matters?", ["__...__"], "What really matters?"),
    ],
)
def test_markup_is_found_and_taken_out(text: str, found: list[str], words: str) -> None:
    assert markup_in(text) == found
    assert plain(text) == words
    assert escapes_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tell me about [a person] who helps.",
        "What would [your partner] say?",
        "[I] want to feel rested: what does that sentence bring up?",
        "Step [1] of 3: what comes first?",
        "Which friend[s] could you call?",
        "What reason[s] come to mind?",
        "I want to ____ because ______.",
        "What would 2 * 3 nights a week look like? And **?",
        "What is a 5 <-> 6 like for you?",
        "What are your evenings like?",
        "Who is in your family \U0001F468\u200d\U0001F469\u200d\U0001F467?",
    ],
)
def test_brackets_that_are_not_styles_are_left_alone(text: str) -> None:
    assert markup_in(text) == [] and escapes_in(text) == []
    assert plain(text) == text
    assert not {"markup", "escape-code"} & set(codes(text))


@pytest.mark.parametrize(
    ("text", "found", "words"),
    [
        ("\x1b[31mWhat\x1b[0m matters?", ["\\x1b[31m", "\\x1b[0m"], "What matters?"),
        ("What matters?\x1b[2J", ["\\x1b[2J"], "What matters?"),
        ("\x1b]0;pwned\x07What matters?", ["\\x1b]0;pwned\\x07"], "What matters?"),
        ("\x9b1mWhat matters?", ["\\x9b1m"], "What matters?"),
        ("What m\u200batters?", ["\\u200b"], "What matters?"),
        ("\u202eWhat matters?", ["\\u202e"], "What matters?"),
        ("What\x07 matters?", ["\\x07"], "What matters?"),
        # typed out as text: shown as those characters too
        ("\\x1b[1mWhat\\x1b[0m matters?", ["\\x1b[1m", "\\x1b[0m"], "What matters?"),
        ("\\033[31mWhat matters?", ["\\033[31m"], "What matters?"),
        ("^[[1mWhat matters?", ["^[[1m"], "What matters?"),
    ],
)
def test_escape_codes_are_found_spelled_out_and_taken_out(
    text: str, found: list[str], words: str
) -> None:
    assert escapes_in(text) == found
    assert plain(text) == words


def test_every_builtin_pack_reads_the_same_plain() -> None:
    """No built-in text has markup or escape codes, so taking them out changes nothing
    there: the MI checks read exactly what they read before."""
    for pack_id in builtin_pack_ids():
        pack = load_builtin(pack_id)
        findings = lint_pack(pack, pack_id)
        assert not [f for f in findings if f.code in ("markup", "escape-code")], pack_id
        for prompt in pack.prompts:
            for text in (prompt.text, prompt.help, *(prompt.choices or []),
                         *prompt.labels.values()):
                assert plain(text) == text, (pack_id, prompt.id)


# --- the findings ----------------------------------------------------------------------


def test_markup_finding_names_the_prompt_what_was_found_and_the_plain_words() -> None:
    [finding] = [f for f in lint_text("[bold]How[/bold] are you this week?")
                 if f.code == "markup"]
    assert finding.prompt == "p" and finding.level == "warning"
    assert '"[bold]", "[/bold]"' in finding.message
    assert 'the text has formatting markup' in finding.message
    assert '(without it: "How are you this week?")' in finding.message
    assert "shown exactly as written" in finding.message


def test_escape_finding_names_the_field_and_the_codes_spelled_out() -> None:
    findings = lint_text("What matters to you?", extra='help = "\\u001b[1mTake your time."')
    [finding] = [f for f in findings if f.code == "escape-code"]
    assert finding.prompt == "p"
    assert finding.message.startswith('the help has terminal escape codes')
    assert '"\\x1b[1m"' in finding.message and "\x1b" not in finding.message


def test_every_field_a_person_reads_is_looked_at() -> None:
    pack = parse_pack(
        '[pack]\nid = "t"\ntitle = "[bold]Week[/bold]"\nversion = "1"\n'
        'description = "<i>Between</i> sessions"\nauthor = "Dana \\u001b[31m"\n\n'
        '[assignment]\nassigned_by = "**Dana**"\nnote = "\\u001b[5mA few minutes"\n\n'
        + prompt_toml("How ready are you?", kind="scale", pid="ready",
                      extra='labels = { "0" = "[dim]not yet[/dim]" }')
        + prompt_toml("What puts you at {ready}?", pid="why")
        + prompt_toml("What might help?", kind="choice", pid="helps",
                      extra='choices = ["a walk", "[green]a friend[/green]"]')
        + prompt_toml("What drew you to {helps}?", pid="drew"),
        "t.toml",
    )
    found = {(f.prompt, f.code, f.message.split(" has ")[0])
             for f in lint_pack(pack, "t.toml") if f.code in ("markup", "escape-code")}
    assert found == {
        (None, "markup", "the pack's title"), (None, "markup", "the pack's description"),
        (None, "escape-code", "the author's name"),
        (None, "markup", "the assignment's assigned_by"),
        (None, "escape-code", "the assignment's note"),
        ("ready", "markup", "the label for 0"), ("helps", "markup", "choice 2"),
    }


def test_a_long_list_of_codes_is_cut_short() -> None:
    text = "".join(f"\x1b[{n}mw " for n in range(30, 36)) + "What matters?"
    [finding] = [f for f in lint_text(text) if f.code == "escape-code"]
    assert '"\\x1b[30m", "\\x1b[31m", "\\x1b[32m" and 3 more' in finding.message


# --- the MI checks read the words without markup ---------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("[red]Be honest![/red] Why do you keep drinking when you know it hurts your family?",
         "be honest"),
        ("\x1b[1mDon't buy wine this week.\x1b[0m What might help?", "don't"),
        ("<b>Stop</b> drinking on weeknights. What would help?", "stop"),
        ("**Avoid** the pub. What else could you do on Fridays?", "avoid"),
        ("[bold]Make sure you[/bold] tell someone. Who might that be?", "make sure you"),
        ("\\x1b[31mNever\\x1b[0m drink alone. What could help?", "never"),
    ],
)
def test_an_order_behind_markup_is_still_a_righting_reflex(text: str, phrase: str) -> None:
    messages = [f.message for f in lint_text(text) if f.code == "righting-reflex"]
    assert any(message.startswith(f'"{phrase}" tells') for message in messages), messages


def test_a_confronting_why_behind_markup_is_caught() -> None:
    text = "[red]Be honest![/red] Why do you keep drinking when you know it hurts your family?"
    messages = [f.message for f in lint_text(text) if f.code == "righting-reflex"]
    assert any("a why-question that confronts" in message for message in messages)
    assert next(f.code for f in lint_text(text)) == "markup"  # said first, for the prompt


def test_labels_closed_questions_and_length_read_the_plain_words() -> None:
    assert "labeling" in codes("What does being an al\u200bcoholic mean to you?")
    assert "labeling" in codes("What was [bold]relapse[/bold] like for you?")
    assert "closed-question" in codes("[bold]Do you drink every night?[/bold]")
    assert "closed-question" in codes("\x1b[1mDo you drink every night?\x1b[0m")
    assert "closed-question" not in codes("[bold]What are your evenings like?[/bold]")
    # 38 words with many tags is not long; the tags are not words
    words = " ".join(["[bold]word[/bold]"] * 37) + " ok?"
    assert "too-long" not in codes(words)
    assert "too-long" in codes(" ".join(["word"] * 41) + "?")


def test_questions_are_counted_on_the_plain_words() -> None:
    pack = parse_pack(HEAD + prompt_toml("[i]Do you drink every night?[/i]", pid="a")
                      + prompt_toml("[i]What are your evenings like?[/i]", pid="b"), "t.toml")
    count = count_questions(pack)
    assert (count.open, count.closed_wording) == (1, 1)


def test_why_not_ten_behind_markup_is_caught() -> None:
    text = "[bold]Why not a 10?[/bold]"
    findings = lint_pack(parse_pack(
        HEAD + prompt_toml("How important is it?", kind="scale", pid="imp")
        + prompt_toml(text, pid="why"), "t.toml"), "t.toml")
    assert "ruler-why-not-ten" in {f.code for f in findings if f.prompt == "why"}


# --- through the CLI -------------------------------------------------------------------

BAD = HEAD.replace('title = "T"', 'title = "[bold]My week[/bold]"') + prompt_toml(
    "[red]Be honest![/red] Why do you keep drinking when you know it hurts your family?",
    pid="why",
) + prompt_toml("\u001b[31mWhat\u001b[0m would be different?", pid="colour",
                extra='help = "\\u001b]0;pwned\\u0007\\u001b[2J Take your time."')


def write_bad(folder: Path) -> Path:
    path = folder / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    return path


def test_check_shows_the_findings_with_pack_text_inert(cli: Cli, tmp_path: Path) -> None:
    result = cli(["pack", "check", str(write_bad(tmp_path))], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert "  the pack:" in lines and "  prompt why:" in lines and "  prompt colour:" in lines
    assert any(line.startswith('    warning [markup] the pack\'s title has formatting markup '
                               '("[bold]", "[/bold]")') for line in lines), out
    assert 'markup ("[red]", "[/red]")' in out
    assert '"be honest" tells the person what to do' in out
    assert "a why-question that confronts" in out
    assert '[escape-code] the text has terminal escape codes or control characters ' \
           '("\\x1b[31m", "\\x1b[0m")' in out
    assert '("\\x1b]0;pwned\\x07", "\\x1b[2J")' in out
    assert cli(["pack", "check", str(write_bad(tmp_path)), "--strict"]).exit_code == 1


def test_check_json_names_prompt_code_and_what_was_found(cli: Cli, tmp_path: Path) -> None:
    result = cli(["pack", "check", "--json", str(write_bad(tmp_path))])
    assert "\x1b" not in result.stdout
    rows = json.loads(result.stdout)
    found = {(row["prompt"], row["code"]) for row in rows}
    assert {(None, "markup"), ("why", "markup"), ("why", "righting-reflex"),
            ("colour", "escape-code")} <= found
    colour = [row for row in rows if row["code"] == "escape-code" and "help" in row["message"]]
    assert '"\\x1b]0;pwned\\x07"' in colour[0]["message"]

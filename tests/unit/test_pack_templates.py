"""Pack templates: the edges the mutation run found unchecked (issue 14, item 11):
shifted placeholders, escaped braces next to a placeholder, the length caps, and
where a list starts to be shortened."""

from __future__ import annotations

import pytest

from mi_journal.packs.template import (
    ELLIPSIS,
    LIST_SHOWN_IN_FULL,
    MAX_QUOTED_CHARS,
    MAX_RENDERED_CHARS,
    TemplateSyntaxError,
    parse_template,
    quote_list,
    render,
)


def test_shifted_placeholders_move_within_the_scale() -> None:
    bounds = {"r": (0, 10)}
    assert render("{r:-2} and {r:+2}", {"r": 5}, bounds) == "3 and 7"
    assert render("{r:-1}|{r:+1}", {"r": 5}, bounds) == "4|6"
    assert render("{r:+3}", {"r": 9}, bounds) == "10"  # kept within the scale
    assert render("{r:+1}", {"r": True}, bounds) is None  # a yes/no is no number
    assert render("{r:+1}", {"r": "5"}, bounds) is None


def test_escaped_braces_next_to_a_placeholder() -> None:
    assert render("}}{a}{{", {"a": "x"}, {}) == "}x{"
    with pytest.raises(TemplateSyntaxError, match="not a placeholder"):
        parse_template("{}")


def test_a_quoted_answer_and_a_question_are_cut_at_their_caps() -> None:
    assert (MAX_QUOTED_CHARS, MAX_RENDERED_CHARS) == (300, 4_000)  # as the README says
    long = "a" * (MAX_QUOTED_CHARS + 50)
    quoted = render("{a}", {"a": long}, {})
    assert quoted is not None and len(quoted) == MAX_QUOTED_CHARS and quoted.endswith(ELLIPSIS)
    exact = "b" * MAX_QUOTED_CHARS
    assert render("{a}", {"a": exact}, {}) == exact  # exactly at the cap: kept whole
    question = "q" * (MAX_RENDERED_CHARS + 10)
    rendered = render(question, {}, {})
    assert rendered is not None and len(rendered) == MAX_RENDERED_CHARS
    assert rendered == "q" * (MAX_RENDERED_CHARS - 1) + ELLIPSIS
    assert render("q" * MAX_RENDERED_CHARS, {}, {}) == "q" * MAX_RENDERED_CHARS


def test_a_list_is_shortened_only_past_its_limit() -> None:
    full = [f"item{n}" for n in range(LIST_SHOWN_IN_FULL)]
    assert quote_list(full).endswith(f"and {full[-1]}")
    longer = [*full, "one more"]
    assert "one more" not in quote_list(longer)

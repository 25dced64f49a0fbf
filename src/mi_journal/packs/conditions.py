"""`when` conditions: structured tests on an earlier answer, all keys ANDed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mi_journal.packs.model import Condition


def _holds(condition: Condition, answers: Mapping[str, object]) -> bool:
    value = answers.get(condition.prompt)
    if condition.answered is not None and (value is not None) != condition.answered:
        return False
    if value is None:
        return condition.answered is False and not condition.has_value_tests()
    # A ruler's number, or how many picks or items a multi_choice or list answer holds.
    number = len(value) if isinstance(value, list) else (
        value if isinstance(value, int) and not isinstance(value, bool) else None)
    if condition.at_least is not None and (number is None or number < condition.at_least):
        return False
    if condition.at_most is not None and (number is None or number > condition.at_most):
        return False
    if condition.equals is not None and not _same(value, condition.equals):
        return False
    if condition.not_equals is not None and _same(value, condition.not_equals):
        return False
    if condition.one_of is not None and not any(_same(value, item) for item in condition.one_of):
        return False
    return not (
        condition.includes is not None
        and not (isinstance(value, list) and condition.includes in value)
    )


def _same(left: object, right: object) -> bool:
    # True == 1 in Python; an answer of kind yes_no must not equal a scale 1.
    return type(left) is type(right) and left == right


def conditions_hold(
    when: Condition | list[Condition] | None, answers: Mapping[str, object]
) -> bool:
    if when is None:
        return True
    items = when if isinstance(when, list) else [when]
    return all(_holds(item, answers) for item in items)

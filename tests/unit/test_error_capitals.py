"""Every error line reads the same way: after "mij: " it starts in lower case
("mij: no entry matches ...", "mij: no goal has the id ...": the walk-through saw both
"no entry" and "No goal").

Read from the source with `ast`: every call of MijError or a class derived from it,
anywhere in src/, whose message is a text of `mi_journal.messages` (a constant or a
function, called here with stand-in arguments). A sentence that is also shown on its
own elsewhere (a heading, a line of output) is passed through `common.as_error` where
it is raised, which lower-cases its first letter. A line that starts with a path
(DataFileError) or a quoted name is not a sentence start and is not checked; an
acronym ("JSON: ...", "TOML") keeps its capitals.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import mi_journal
from mi_journal.messages.common import as_error
from tests.conftest import Cli
from tests.unit.test_error_wording import _called_name, _sources, error_classes

SRC = Path(mi_journal.__file__).parent
# A heading shown above what changed (cmd_goals catches this error and never prints it
# after "mij: "): a sentence of its own.
SHOWN_AS_A_HEADING = {("mi_journal.messages.goals", "goal_changed_meanwhile")}
ACRONYM = re.compile(r"^[A-Z0-9-]{2,}\b")


def _message_aliases(tree: ast.Module) -> dict[str, str]:
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "mi_journal.messages":
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"mi_journal.messages.{alias.name}"
    return aliases


def _message_of(arg: ast.expr, aliases: dict[str, str]) -> tuple[str, str] | None:
    """(module, name) when `arg` is `alias.NAME` or `alias.function(...)`; None when it is
    wrapped in as_error or is not a messages text."""
    target = arg.func if isinstance(arg, ast.Call) else arg
    if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
            and target.value.id in aliases):
        if target.attr == "as_error":
            return None
        return aliases[target.value.id], target.attr
    return None


def error_messages() -> dict[tuple[str, str], set[str]]:
    trees = _sources()
    errors = error_classes(list(trees.values()), frozenset({"MijError"}))
    starts_with_a_path = error_classes(list(trees.values()), frozenset({"DataFileError"}))
    found: dict[tuple[str, str], set[str]] = {}
    for path, tree in trees.items():
        aliases = _message_aliases(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node.func)
            if name not in errors or name in starts_with_a_path:
                continue
            for arg in node.args:
                message = _message_of(arg, aliases)
                if message is not None:
                    found.setdefault(message, set()).add(str(path.relative_to(SRC)))
                    break  # the first text is where the line starts
    return found


def _stand_in(parameter: inspect.Parameter) -> object:
    annotation = str(parameter.annotation)
    if "list" in annotation or "Sequence" in annotation or "Iterable" in annotation:
        return ["x"]
    if "int" in annotation and "str" not in annotation:
        return 2
    if "bool" in annotation:
        return False
    return "x"


def _texts(module: str, name: str) -> list[str]:
    value = getattr(importlib.import_module(module), name)
    if isinstance(value, str):
        return [value]
    parameters = [p for p in inspect.signature(value).parameters.values()
                  if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY,
                                                         p.POSITIONAL_OR_KEYWORD)]
    texts = [value(*(_stand_in(p) for p in parameters))]
    if any("int" in str(p.annotation) for p in parameters):  # the other branch of a count
        texts.append(value(*(0 if "int" in str(p.annotation) else _stand_in(p)
                             for p in parameters)))
    return [text for text in texts if isinstance(text, str)]


def test_every_error_line_starts_in_lower_case() -> None:
    found = error_messages()
    assert len(found) > 100, len(found)  # the scan finds the errors, not nothing
    capitalised = []
    for (module, name), where in sorted(found.items()):
        if (module, name) in SHOWN_AS_A_HEADING:
            continue
        for text in _texts(module, name):
            if text[:1].isupper() and not ACRONYM.match(text):
                capitalised.append(f"{module}.{name} ({', '.join(sorted(where))}): {text!r}")
    assert capitalised == []


def test_the_walk_through_pair_reads_alike() -> None:
    from mi_journal.messages import goals as goals_msg
    from mi_journal.messages import storage as storage_msg

    assert goals_msg.goal_unknown("zz").startswith("no goal has the id")
    assert storage_msg.entry_no_match("zz").startswith("no entry matches")


def test_as_error() -> None:
    assert as_error("There is nothing to review.") == "there is nothing to review."
    assert as_error("") == ""


def test_through_the_cli(cli: Cli) -> None:
    result = cli(["goals", "show", "zzzz"])
    assert result.exit_code == 1
    assert result.stderr.startswith("mij: no goal has the id 'zzzz'")
    result = cli(["show", "zzzz"])
    assert result.exit_code != 0
    assert result.stderr.startswith("mij: no entry matches 'zzzz'")
    result = cli(["resume"])
    assert result.stderr.startswith("mij: there is no paused interview"), result.stderr

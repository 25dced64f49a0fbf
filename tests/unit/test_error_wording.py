"""No sentence is written where an error is raised: its words live in messages/.

Issue 16: every error the program raises on purpose is MijError or a class derived from
it, and what it says to the person is text from `mi_journal.messages`, reviewed there for
tone. ValueError is held to the same rule: the pack and file models (pydantic) and the
import and text parsers raise it, and its text reaches the person inside a MijError.

This test reads the source (with `ast`, nothing is imported or run) and fails on any
string literal or f-string that holds a word, passed to the constructor of such an error
(MijError, ValueError, or a class defined in src/ that derives from either, at any depth)
anywhere outside src/mi_journal/messages/, directly or inside the expression given to it
(`MijError(goals_msg.goal_unknown(ref))` is fine; `MijError("no such goal")`,
`MijError(f"{ref} is not a goal")` and `MijError(msg.f(path, "not UTF-8 text"))` are not).
Glue without words (`f"{where}: {detail}"`) and the keyword `kind=` (a code, not text)
are allowed. Errors of the standard library made to stand in for the system's own
(`OSError(errno.EINVAL, ...)`, `sqlite3.DatabaseError(...)` caught to rebuild the index)
are not the program's words and are not checked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import mi_journal

SRC = Path(mi_journal.__file__).parent
MESSAGES = SRC / "messages"
BASES = frozenset({"MijError", "ValueError"})
WORD = re.compile(r"[A-Za-z]{2}")
NOT_TEXT_KEYWORDS = {"kind"}


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(SRC.rglob("*.py"))}


def _called_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(trees: list[ast.Module], roots: frozenset[str] = BASES) -> set[str]:
    """`roots` (MijError and ValueError) and every class defined in src/ that derives
    from them."""
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    names = set(roots)
    grew = True
    while grew:
        grew = False
        for node in classes:
            if node.name not in names and any(_called_name(b) in names for b in node.bases):
                names.add(node.name)
                grew = True
    return names


def _holds_words(node: ast.AST) -> bool:
    """A string literal, or an f-string whose own text, that holds a word."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and WORD.search(str(part.value))
                   for part in node.values)
    return False


def inline_wording(tree: ast.Module, errors: set[str]) -> list[tuple[int, str]]:
    """(line, source) of each error constructed with words written in place."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _called_name(node.func) in errors):
            continue
        given = [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_TEXT_KEYWORDS)]
        if any(_holds_words(part) for arg in given for part in ast.walk(arg)):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_errors_take_their_words_from_messages() -> None:
    trees = _sources()
    errors = error_classes(list(trees.values()))
    found = [f"{path.relative_to(SRC.parent)}:{line}: {code}"
             for path, tree in trees.items() if MESSAGES not in path.parents
             for line, code in inline_wording(tree, errors)]
    assert not found, "words written where an error is raised (move them to messages/):\n" + \
        "\n".join(found)


def test_the_rule_catches_what_it_should() -> None:
    """The rule itself, on made-up code: it must catch each form and pass the allowed ones."""
    code = '''
class Own(MijError): ...
class Deeper(Own): ...
class Parse(ValueError): ...
def f(where, detail, msg):
    raise MijError("no such goal")
    raise Deeper(f"{where} is not a goal")
    raise Own(where, msg.bad(where, "not UTF-8 text"))
    raise MijError(msg.unknown(where))
    raise Own(f"{where}: {detail}", kind="syntax")
    raise Parse("expected an object")
    raise ValueError(msg.NOT_AN_OBJECT)
    raise OSError(22, "not a regular file", where)
'''
    tree = ast.parse(code)
    errors = error_classes([tree])
    assert errors == {"MijError", "ValueError", "Own", "Deeper", "Parse"}
    assert [line for line, _ in inline_wording(tree, errors)] == [6, 7, 8, 11]

"""Plain strings as a tree of their letters, the shape both the crisis gates and the
change-talk word lists write as one regular expression (each renders it its own way)."""

from __future__ import annotations

from collections.abc import Iterable

LetterTree = dict[str, "LetterTree"]
END = ""  # the key that marks where one of the strings ends


def letter_tree(strings: Iterable[str]) -> LetterTree:
    """{"c": {"a": {"n": {"": {}, "'": {"t": {"": {}}}}}}} for "can" and "can't"."""
    tree: LetterTree = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[END] = {}
    return tree

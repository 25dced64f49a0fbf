"""A pack, entry or settings file written wrongly by hand, said in plain words.

The TOML reader (tomllib) and the field checks (pydantic) word their problems for
programmers ("Illegal character '\\n'", "Extra inputs are not permitted"). A counsellor
editing a pack, or a person who opened an entry in an editor, gets the same problem
said as what to look for on that line. tomllib gives only a message (no code), so its
sentences are matched here, where its words are turned into ours; anything not known
is passed on as it is after "not written as a TOML file expects".
"""

from __future__ import annotations

import re

_QUOTE_NOT_CLOSED = "a quoted text is not closed on this line (its closing quote is missing)"
_QUOTE_NOT_CLOSED_AT_END = "a quoted text is never closed (its closing quote is missing)"

# tomllib's sentence -> ours; groups are given to the format.
_TOML_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), plain)
    for pattern, plain in (
        (r"(?:Illegal|Found invalid) character '\\n'", _QUOTE_NOT_CLOSED),
        (r"(?:Illegal|Found invalid) character (?P<char>.+)",
         "a control character ({char}) cannot be written here as it is; you might delete it"),
        (r"Unterminated string|Expected '\"\"\"'|Expected \"'''\"|Expected \"'\"",
         _QUOTE_NOT_CLOSED_AT_END),
        (r"Expected '=' after a key in a key/value pair",
         'a name here has no "= value" after it (written like: title = "My week")'),
        (r"Invalid date or datetime", "this is not a date: a date is written like 2026-12-31"),
        (r"Invalid value",
         'the value after "=" is not one the file can hold: text goes in quotes ("like '
         'this"), a date is written like 2026-12-31, numbers and true or false as they are'),
        (r"Cannot overwrite a value",
         "this name already has a value above; you might keep only one of them"),
        (r"Cannot declare \((?P<table>.*)\) twice",
         "the table [{table}] appears twice; you might keep one and put its lines together"),
        (r"Duplicate inline table key '(?P<name>.*)'",
         "the name '{name}' appears twice inside the same {{ }}"),
        (r"Unclosed array",
         "a list in [ ] is not closed here: its items are separated by commas and it ends "
         "with ]"),
        (r"Unclosed inline table",
         "a { } is not closed here: it is written on one line, its entries separated by "
         "commas, and it ends with }"),
        (r"Expected newline or end of document after a statement",
         "something follows the value on this line; each name = value goes on a line of "
         "its own"),
        (r"Invalid statement",
         'this line is not a "name = value", a [table] heading or a # comment'),
        (r"Invalid initial character for a key part",
         "a name is expected here (letters, digits, - and _), or a value after ="),
        (r"Expected '\]' at the end of a table declaration",
         "a [table] heading is not closed with ] on this line"),
        (r"Expected '\]\]' at the end of an array declaration",
         "a [[...]] heading is not closed with ]] on this line"),
        (r"Unescaped '\\' in a string",
         "a backslash in a quoted text starts a code such as \\n; you might write \\\\ for a "
         "backslash itself, or put the text in 'single quotes'"),
        (r"Invalid hex value|Escaped character is not a Unicode scalar value",
         "a \\u or \\U code in a quoted text is not a character"),
        (r"Cannot (?:mutate immutable|redefine) namespace.*",
         "this table was already written out in full above; you might add to it there"),
    )
)


def _table_name(groups: dict[str, str]) -> dict[str, str]:
    """tomllib names a table as a tuple, "('pack',)": say it as written, [pack]."""
    if "table" in groups:
        groups["table"] = ".".join(re.findall(r"'([^']*)'", groups["table"]))
    return groups


def toml_problem(tomllib_says: str, line: int | None, column: int | None) -> str:
    """One line: where ("line 3, column 28") and what to look for there."""
    plain = f"not written as a TOML file expects ({tomllib_says})"
    for pattern, ours in _TOML_PLAIN:
        match = pattern.fullmatch(tomllib_says)
        if match:
            groups = match.groupdict()
            plain = ours.format(**_table_name(groups)) if groups else ours
            break
    if line is None:
        return plain
    where = f"line {line}, column {column}" if column is not None else (
        f"line {line}, at the end of the file")
    return f"{where}: {plain}"


# --- a field that does not fit (pydantic's error types) ------------------------------

DATE_WRITTEN_LIKE = "a date is written like 2026-12-31"
WHOLE_NUMBER = "a whole number is needed here, like 10"
TRUE_OR_FALSE = "true or false is needed here"
QUOTED_TEXT = 'a text in quotes is needed here, like "My week"'
NEEDED = "this is needed and missing"


def unknown_field(name: str, close: str | None) -> str:
    """A name the file may not hold, e.g. `choises`, with the known name it is close to."""
    guess = f" (did you mean {close!r}?)" if close else ""
    return f"unknown field {name!r}{guess}"


VERSION_WRITTEN_LIKE = "a version is written with numbers and dots, like 1.0.0"
LANGUAGE_WRITTEN_LIKE = "a language is written like en or pt-BR"
GOAL_ID_WRITTEN_LIKE = "a goal id is 2 to 16 lower-case letters or digits, like k3mz"
ENTRY_ID_WRITTEN_LIKE = "an entry id is written like 20261205-113726-bmv244"
NAME_WRITTEN_LIKE = ('a name here is lower-case letters, digits and hyphens, starting '
                     'with a letter, like "my-pack"')


def _pattern_words(loc: tuple[object, ...]) -> str:
    """What a field with a fixed form needs, from where it is (pydantic only shows the
    regular expression)."""
    names = [part for part in loc if isinstance(part, str)]
    last = names[-1] if names else ""
    if last == "version":
        return VERSION_WRITTEN_LIKE
    if last == "language":
        return LANGUAGE_WRITTEN_LIKE
    if names[:1] == ["goals"]:  # goals.toml's goals[0].id, or an entry's goals list
        return GOAL_ID_WRITTEN_LIKE
    if names == ["id"]:  # an entry file's own id
        return ENTRY_ID_WRITTEN_LIKE
    return NAME_WRITTEN_LIKE


def field_problem(kind: str, pydantic_says: str, loc: tuple[object, ...] = ()) -> str:
    """pydantic's `type` of error in plain words; its own wording where we have none."""
    if kind == "string_pattern_mismatch":
        return _pattern_words(loc)
    if kind.startswith(("date", "datetime")):
        return DATE_WRITTEN_LIKE
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return WHOLE_NUMBER
    if kind in ("bool_type", "bool_parsing"):
        return TRUE_OR_FALSE
    if kind == "string_type":
        return QUOTED_TEXT
    if kind == "missing":
        return NEEDED
    return pydantic_says

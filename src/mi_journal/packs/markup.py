"""What in pack text would not show the way its writer meant: formatting markup and
terminal escape codes.

Pack text is data: the journal shows it exactly as written, markup and all, with every
control character spelled out (core/textsafe.py). A counsellor who writes
"[bold]How[/bold] are you?" or a colour code therefore puts brackets or "\\x1b[31m" in
front of the person. `markup_in` and `escapes_in` find them for `mij pack check`;
`plain` gives the words without them, so the MI checks read what the person is asked
("[red]Be honest![/red] Why ..." is still an order).

Formatting markup: rich's tags ("[bold]", "[red on white]", "[/]", "[link=...]", any
"[x]...[/x]" pair), the HTML tags people use for emphasis and breaks ("<b>", "<br>")
and markdown's strong emphasis ("**word**", "__word__"). A bracket that is not a style
("[a person]", "[1]") is left alone. Escape codes: the control characters themselves
(whole ANSI sequences, e.g. ESC [ 3 1 m, as one) and the same codes written out as text
("\\x1b[31m", "\\033[0m", "^[[1m"), which show as those characters too.
"""

from __future__ import annotations

import re

from mi_journal.core.textsafe import inert, unsafe_characters

# rich's attributes and colour names; "on" and "not" join them ("bold red on white").
# The one- and two-letter short forms count in lower case only: "[I] want" is an
# editor's bracket, "[i]" is italic.
_SHORT_FORMS = {"b", "d", "i", "u", "uu", "s", "r", "c", "o"}
_STYLE_WORD = re.compile(
    r"bold|dim|italic|underline2?|strike|blink2?|reverse|conceal|frame|encircle|overline"
    r"|not|on|default|none|reset|link=\S+"
    r"|(?:bright_|dark_|light_|deep_|medium_|pale_)?"
    r"(?:black|red|green|yellow|blue|magenta|cyan|white|grey|gray|orange|purple|pink|"
    r"gold|violet|navy_blue|turquoise|salmon|khaki|orchid|plum|tan|wheat|chartreuse|"
    r"aquamarine|spring_green|sea_green|sky_blue|steel_blue|slate_blue|indian_red|"
    r"hot_pink|misty_rose|honeydew|thistle|cornsilk)\d{0,3}"
    r"|#[0-9a-f]{6}|#[0-9a-f]{3}|rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)"
    r"|color\(\d{1,3}\)",
    re.IGNORECASE,
)
# A rich tag: "[" then a letter, "#", "/" or "@" (what rich reads as a tag), up to "]".
_BRACKET_TAG = re.compile(r"\[(?P<body>[a-z#/@][^\[\]\n]{0,80})\]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?P<name>b|i|u|s|em|strong|br|p|span|font|mark|small|big|sup|sub|h[1-6]|div|"
    r"blink|del|ins|strike|center)\b[^<>\n]{0,80}?/?>",
    re.IGNORECASE,
)
_HTML_BREAKS = {"br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center"}
# Strong emphasis around words; a run of underscores left to fill in ("I want to ____")
# is not emphasis.
_MARKDOWN = re.compile(
    r"(?P<mark>\*\*|__)(?P<inner>[^\s*_](?:[^\n]{0,200}?[^\s*_])?)(?P=mark)")

# Escape codes: ESC (or the one-byte CSI) and what follows it as one sequence.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"          # CSI: colours, cursor moves, clearing the screen
    r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC: window titles, links
    r"|\x1b[PX^_][^\x1b\n]*(?:\x1b\\)?"   # DCS, SOS, PM, APC strings
    r"|\x1b[ -~]?"                        # any other escape
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
# The same codes typed out as text (in a TOML 'literal string', or copied from a script).
_WRITTEN_ESCAPE = re.compile(
    r"(?:\\x1b|\\033|\\e|\\u001b|\\U0000001b|\^\[)(?:\[[0-?]*[ -/]*[@-~]|\][^\n]{0,80}?"
    r"(?:\\x07|\\a|\\x1b\\\\|\\e\\\\|$))",
    re.IGNORECASE,
)


def _is_style(body: str) -> bool:
    """`body` (what is between the brackets) is something rich reads as a style: a
    style ("bold red"), a closing tag ("/", "/bold"), a link or an action ("@click=")."""
    if body == "/":
        return True
    if body.startswith("/"):
        return re.fullmatch(r"/[a-z@#][\w#=@.:()/ -]{0,60}", body, re.IGNORECASE) is not None
    if body.startswith("@"):
        return re.match(r"@\w+=", body) is not None
    words = [word for word in body.split() if word.lower() not in ("on", "not")]
    return bool(words) and all(
        word in _SHORT_FORMS or (len(word) > 2 and _STYLE_WORD.fullmatch(word) is not None)
        for word in words)


def _bracket_tags(text: str) -> list[re.Match[str]]:
    """The rich tags in `text`: a style, a closing tag, or an opening tag closed later.
    A one-letter short form right after a letter is an optional ending ("friend[s]",
    "reason[s]"), not a style, unless something closes it."""
    tags = list(_BRACKET_TAG.finditer(text))
    closed = {tag.group("body")[1:].strip().lower() for tag in tags
              if tag.group("body").startswith("/")}

    def ending(tag: re.Match[str]) -> bool:
        body = tag.group("body")
        return len(body) == 1 and body.isalpha() and tag.start() > 0 \
            and text[tag.start() - 1].isalpha()

    return [tag for tag in tags
            if tag.group("body").strip().lower() in closed
            or (_is_style(tag.group("body")) and not ending(tag))]


def markup_in(text: str) -> list[str]:
    """The formatting markup in `text`, each tag once, in the order first seen."""
    found = [tag.group() for tag in _bracket_tags(text)]
    found += [tag.group() for tag in _HTML_TAG.finditer(text)]
    found += [f"{mark.group('mark')}...{mark.group('mark')}" for mark in _MARKDOWN.finditer(text)]
    return list(dict.fromkeys(found))


def escapes_in(text: str) -> list[str]:
    """The escape codes and other control characters in `text`, each spelled out
    visibly (as the journal shows it: "\\x1b[31m"), once, in the order first seen."""
    found = [match.group() for match in _WRITTEN_ESCAPE.finditer(text)]
    found += [match.group() for match in _ESCAPE_SEQUENCE.finditer(text)]
    found += [match.group() for match in unsafe_characters(_ESCAPE_SEQUENCE.sub("", text))]
    return list(dict.fromkeys(inert(item) for item in found))


def plain(text: str) -> str:
    """`text` without its markup and escape codes: the words the person is asked.

    Text with neither comes back unchanged. Tags that break a line in HTML ("<br>",
    "<p>") become a line break, so the sentences on either side stay apart.
    """
    text = _WRITTEN_ESCAPE.sub("", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = "".join(_split_unsafe(text))
    for tag in reversed(_bracket_tags(text)):
        text = text[:tag.start()] + text[tag.end():]
    text = _HTML_TAG.sub(
        lambda tag: "\n" if tag.group("name").lower() in _HTML_BREAKS else "", text)
    return _MARKDOWN.sub(lambda mark: mark.group("inner"), text)


def _split_unsafe(text: str) -> list[str]:
    """`text` in the pieces between its control characters."""
    pieces, at = [], 0
    for match in unsafe_characters(text):
        pieces.append(text[at:match.start()])
        at = match.end()
    pieces.append(text[at:])
    return pieces

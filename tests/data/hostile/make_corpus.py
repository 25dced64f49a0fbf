"""Writes the committed hostile corpus (small files only). Run from anywhere:
python tests/data/hostile/make_corpus.py. Big files (50 MB, 10,000 prompts,
millions of characters) are made at test time by tests/cli/test_hostile.py."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from pathlib import Path

import tomli_w

HERE = Path(__file__).resolve().parent

PAYLOAD = (
    "{0.__class__} {x.__init__.__globals__} %s%n%x%(secret)s ${HOME} $(id) `id` "
    "[bold]bold[/bold] [link=file:///etc/passwd]click[/link] [/] "
    "\x1b[2J\x1b[H\x1b[31mred\x1b[0m \x1b]0;window title\x07 "
    "\x1b]8;;file:///etc/passwd\x1b\\hyperlink\x1b]8;;\x1b\\ \x1bP+q\x1b\\ "
    "\x9b31m C1: \x85\x90\x9d\x9c \u202eevil reversed\u202c \u2066isolate\u2069 "
    "\u200bzero\u200dwidth \ufeffbom \x07bell \x08backspace \roverwrite \x7fdel "
    "tags\U000e0001\U000e0041\U000e007f \u206adeprecated\u206f \u00adsoft\U0001d173beam"
)
SHORT = "[bold]{0}[/bold] \x1b[31m%s\u202e\x9b\x07"
# Packs read {prompt-id} as a placeholder; doubled braces are literal ones.
BRACED = PAYLOAD.replace("{", "{{").replace("}", "}}")

ENTRY = {
    "schema": 1,
    "id": "20260101-000000-host",
    "created": "2026-01-01T00:00:00+00:00",
    "kind": "note",
    "text": "hello",
}


def entry_toml(**changes: object) -> str:
    lines = []
    data = {**ENTRY, **changes}
    for key, value in data.items():
        if key == "created" and isinstance(value, str) and value[:1].isdigit():
            lines.append(f"{key} = {value}")
        else:
            lines.append(f"{key} = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def pack(**meta_changes: object) -> dict[str, object]:
    return {
        "pack": {"id": "hostile", "title": "Hostile", "version": "1.0.0", **meta_changes},
        "prompts": [{"id": "first", "stage": "engaging", "kind": "text",
                     "text": "What is on your mind?"}],
    }


def export(entries: Sequence[Mapping[str, object]], goals: Sequence[Mapping[str, object]]) -> str:
    return json.dumps({"format": "mi-journal-export", "schema": 1,
                       "exported": "2026-01-01T00:00:00+00:00", "selection": {},
                       "entries": entries, "goals": goals}, indent=1)


EXPORT_ENTRY = {"schema": 1, "id": "20260101-000000-host", "created": "2026-01-01T00:00:00Z",
                "kind": "note", "text": "hello", "tags": [], "goals": [], "answers": []}
GOAL = {"id": "hh", "title": "walk", "why": "", "status": "active", "steps": [],
        "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z", "notes": []}


def jrnl(entries: list[object]) -> str:
    return json.dumps({"tags": {}, "entries": entries}, indent=1)


JRNL_ENTRY = {"title": "t", "body": "b", "date": "2023-01-15", "time": "21:07", "tags": [],
              "starred": False}

FILES: dict[str, bytes | str] = {
    # --- syntax and encoding -------------------------------------------------
    "syntax_error.toml": 'schema = 1\nid = "unclosed\n[[[table\n',
    "duplicate_key.toml": 'schema = 1\nid = "a"\nid = "b"\n',
    "empty.toml": "",
    "only_whitespace.toml": "\n\n   \n\t\n",
    "invalid_utf8.toml": b'schema = 1\ntext = "caf\xe9 \xff\xfe \xc3("\n',
    "utf16_bom_entry.toml": "\ufeff" + entry_toml(),  # encoded as UTF-16 below
    "utf8_bom_entry.toml": "\ufeff" + entry_toml(),
    "crlf_entry.toml": entry_toml(text="a\nb").replace("\n", "\r\n"),
    "bare_cr.toml": 'schema = 1\rid = "20260101-000000-host"\r',
    "binary_garbage.bin": bytes(random.Random(6).randrange(256) for _ in range(4096)),
    "nul_bytes.toml": b"schema = 1\x00\x00\nid = \x00\n",
    "deeply_nested_arrays.toml": "a = " + "[" * 5000 + "]" * 5000 + "\n",
    "deeply_nested_tables.toml": "a = " + "{b = " * 3000 + "1" + "}" * 3000 + "\n",
    "deeply_nested.json": "[" * 100000 + "]" * 100000,
    "not_json.json": "{'single': 'quotes', trailing: [1,2,],}",
    "lone_surrogate.json": export([{**EXPORT_ENTRY, "text": "\\ud800 lone"}], []).replace(
        "\\\\ud800", "\\ud800"),
    "surrogate_escape.toml": 'schema = 1\ntext = "\\uD800"\n',
    # --- wrong shapes ---------------------------------------------------------
    "wrong_types_entry.toml": 'schema = 1\nid = 5\ncreated = "yesterday"\nkind = 3\n'
                              'tags = "not a list"\nanswers = 3\n',
    "wrong_types_goals.toml": 'schema = 1\ngoals = "none"\n',
    "wrong_types_config.toml": 'schema = 1\npager = "yes"\ncrisis_line = 5\n',
    "unknown_keys_entry.toml": entry_toml() + 'evil = "x"\n[extra]\na = 1\n',
    "unknown_keys_config.toml": 'schema = 1\ncrisis_line = "x"\nshell = "rm -rf /"\n',
    "schema_future_entry.toml": entry_toml(schema=99, id="20260101-000000-futr"),
    "schema_future_goals.toml": "schema = 42\ngoals = []\n",
    "schema_string.toml": 'schema = "1"\n',
    "naive_datetime_entry.toml": entry_toml(created="2026-01-01T00:00:00"),
    # --- ids that try to escape ----------------------------------------------
    "id_dotdot_entry.toml": entry_toml(id="../../../../tmp/evil"),
    "id_absolute_entry.toml": entry_toml(id="/etc/passwd"),
    "id_nul_entry.toml": entry_toml(id="20260101-000000-ho\u0000t"),
    "goals_dup_ids.toml": tomli_w.dumps({"schema": 1, "goals": [
        {**GOAL, "created": "x", "updated": "x"} for _ in range(2)]}).replace(
        '"x"', "2026-01-01T00:00:00Z"),
    "goals_id_dotdot.toml": 'schema = 1\n[[goals]]\nid = "../x"\ntitle = "t"\n'
                            "created = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n",
    "pack_dup_prompt_ids.toml": tomli_w.dumps({**pack(), "prompts": [
        {"id": "same", "stage": "engaging", "kind": "text", "text": "One?"},
        {"id": "same", "stage": "engaging", "kind": "text", "text": "Two?"}]}),
    "pack_id_dotdot.toml": tomli_w.dumps(pack(id="../../evil")),
    "pack_id_absolute.toml": tomli_w.dumps(pack(id="/tmp/evil")),
    "pack_id_nul.toml": tomli_w.dumps(pack(id="ev\u0000il")),
    "export_id_dotdot.json": export([{**EXPORT_ENTRY, "id": "../../../tmp/x"}],
                                    [{**GOAL, "id": "../x"}]),
    "export_dup_ids.json": export([EXPORT_ENTRY, {**EXPORT_ENTRY, "text": "other"}],
                                  [GOAL, {**GOAL, "title": "other"}]),
    "jrnl_wrong_types.json": jrnl(["x", 5, {"title": 3, "body": [], "date": 20230101,
                                            "time": None, "tags": "t", "starred": "yes"}]),
    "answers_wrong_types.toml": 'on-your-mind = 5\nrhythm = "not a choice"\n'
                                '"../../x" = "y"\nunknown-prompt = true\n',
    "answers_wrong_types.json": json.dumps({"on-your-mind": ["a"], "rhythm": 3,
                                            "what-matters": {"nested": True}}),
    # --- dates and time zones -------------------------------------------------
    "year_9999_entry.toml": entry_toml(id="99991231-235959-late",
                                       created="9999-12-31T23:59:59-12:00"),
    "year_1_entry.toml": entry_toml(id="00010101-000000-earl",
                                    created="0001-01-01T00:00:00+14:00"),
    "odd_timezones_goals.toml": 'schema = 1\n[[goals]]\nid = "tz"\ntitle = "zones"\n'
                                "created = 2026-01-01T00:00:00+14:00\n"
                                "updated = 2026-01-01T00:00:00-12:00\ntarget = 9999-12-31\n"
                                "[[goals.notes]]\nat = 2026-06-01T12:00:00+05:45\ntext = \"n\"\n",
    "jrnl_year_9999.json": jrnl([{**JRNL_ENTRY, "date": "9999-12-31", "time": "23:59"},
                                 {**JRNL_ENTRY, "date": "0001-01-01", "time": "00:00"},
                                 {**JRNL_ENTRY, "date": "2023-02-30", "time": "25:61"}]),
    "export_odd_timezones.json": export(
        [{**EXPORT_ENTRY, "id": "99991231-235959-late", "created": "9999-12-31T23:59:59-12:00"},
         {**EXPORT_ENTRY, "id": "20260101-000000-kath", "created": "2026-01-01T00:00:00+05:45"}],
        []),
    # --- harmless carriers of hostile text: shown inert -----------------------
    "payload_entry.toml": tomli_w.dumps({
        **ENTRY, "created": "x", "title": PAYLOAD,
        "text": PAYLOAD, "tags": [SHORT], "summary": PAYLOAD,
        "answers": [{"prompt": "on-your-mind", "question": PAYLOAD, "kind": "text",
                     "value": PAYLOAD}]}).replace('"x"', "2026-01-01T00:00:00Z"),
    "payload_goals.toml": tomli_w.dumps({"schema": 1, "goals": [{
        **GOAL, "id": "pp", "title": PAYLOAD, "why": PAYLOAD, "created": "x", "updated": "x",
        "steps": [{"text": PAYLOAD}], "notes": [{"at": "x", "text": PAYLOAD}]}]}).replace(
        '"x"', "2026-01-01T00:00:00Z"),
    "payload_config.toml": tomli_w.dumps({"schema": 1, "crisis_line": PAYLOAD[:480]}),
    "payload_pack.toml": tomli_w.dumps({
        "pack": {"id": "hostile", "title": SHORT, "version": "1.0.0", "description": PAYLOAD,
                 "author": SHORT},
        "prompts": [
            {"id": "first", "stage": "engaging", "kind": "text", "text": BRACED,
             "help": BRACED},
            {"id": "pick", "stage": "engaging", "kind": "choice", "text": "Which one?",
             "choices": [SHORT, "plain"], "optional": True},
        ]}),
    "payload_answers.toml": tomli_w.dumps({"on-your-mind": PAYLOAD, "what-matters": PAYLOAD,
                                           "strengths": SHORT, "today": PAYLOAD}),
    "payload_answers.json": json.dumps({"on-your-mind": PAYLOAD, "good-day": PAYLOAD,
                                        "today": SHORT}),
    "payload_export.json": export(
        [{**EXPORT_ENTRY, "id": "20260101-000000-payl", "title": PAYLOAD, "text": PAYLOAD,
          "tags": [SHORT]}],
        [{**GOAL, "id": "pp", "title": PAYLOAD, "why": PAYLOAD}]),
    "payload_jrnl.json": jrnl([{**JRNL_ENTRY, "title": PAYLOAD, "body": PAYLOAD,
                                "tags": ["@" + SHORT]}]),
    "payload_key_names.toml": tomli_w.dumps({"schema": 1, SHORT: 1, PAYLOAD[:200]: "x"}),
}


def main() -> None:
    for old in HERE.iterdir():
        if old.name not in ("make_corpus.py", "README.md"):
            old.unlink()
    for name, content in FILES.items():
        if name.startswith("utf16"):
            data = str(content).encode("utf-16")
        elif isinstance(content, str):
            data = content.encode("utf-8", "surrogatepass")
        else:
            data = content
        (HERE / name).write_bytes(data)
    print(f"{len(FILES)} files in {HERE}")


if __name__ == "__main__":
    main()

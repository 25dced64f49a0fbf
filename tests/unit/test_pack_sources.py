"""packs/sources.py's `walk`: the one walk over the built-in and installed packs that
`list_packs` (packs/registry.py) and the index-served summaries (packs/summaries.py)
both use, so they agree on which packs there are, their order and which one wins."""

from __future__ import annotations

import json
from importlib.resources.abc import Traversable
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.packs.errors import PackError
from mi_journal.packs.registry import builtin_pack_ids, list_packs
from mi_journal.packs.sources import Source, walk
from mi_journal.packs.summaries import pack_summaries, summaries_in, summary_of
from tests.conftest import Cli

MINE = """\
[pack]
id = "{id}"
title = "{title}"
version = "1.0.0"

[[prompts]]
id = "noticed"
stage = "engaging"
kind = "text"
text = "What did you notice today?"
"""


def _install(paths: Paths, stem: str, pack_id: str, title: str) -> Path:
    paths.packs.mkdir(parents=True, exist_ok=True)
    target = paths.packs / f"{stem}.toml"
    target.write_text(MINE.format(id=pack_id, title=title), encoding="utf-8")
    return target


def test_walk_reads_builtins_then_installed_overriding_by_id(paths: Paths) -> None:
    # The file's name is not its id: "zz-mine.toml" holds the pack "evoking".
    _install(paths, "zz-mine", "evoking", "My evoking")
    _install(paths, "aa-extra", "aa-extra", "Extra")
    (paths.packs / "broken.toml").write_text("[pack\n", encoding="utf-8")
    seen: list[tuple[Source, str]] = []

    def read(source: Source, location: str, item: Traversable) -> tuple[str, str]:
        seen.append((source, location))
        text = item.read_text(encoding="utf-8")
        if text.startswith("[pack\n"):
            raise PackError(location, "not a pack", kind="syntax")
        pack_id = text.split('id = "', 1)[1].split('"', 1)[0]
        return pack_id, source

    walked = walk(paths, read, lambda found: found[0])
    builtins = builtin_pack_ids()
    assert [location for source, location in seen if source == "built-in"] == \
        [f"built-in:{pack_id}.toml" for pack_id in builtins]
    assert [Path(location).name for source, location in seen if source == "installed"] == \
        ["aa-extra.toml", "broken.toml", "zz-mine.toml"]
    assert seen.index(("installed", str(paths.packs / "aa-extra.toml"))) == len(builtins)
    assert [found[0] for found in walked.packs] == sorted([*builtins, "aa-extra"])
    # A file not named after its id is a problem, not a winner: commands find an
    # installed pack by its file name, so it would never be the one that runs.
    assert ("evoking", "built-in") in walked.packs
    assert ("evoking", "installed") not in walked.packs
    assert [problem.source for problem in walked.problems] == \
        [str(paths.packs / "broken.toml"), str(paths.packs / "zz-mine.toml")]
    assert "evoking.toml" in walked.problems[1].detail


def test_installed_by_its_own_name_overrides_the_builtin(paths: Paths) -> None:
    _install(paths, "evoking", "evoking", "My evoking")
    walked = list_packs(paths)
    assert [(e.pack.pack.title, e.source) for e in walked.packs if e.pack.id == "evoking"] == \
        [("My evoking", "installed")]
    assert walked.problems == []


def test_a_misnamed_file_is_one_answer_for_list_show_and_interview(cli: Cli, paths: Paths) -> None:
    # Hand-copied into the packs folder under another name: before, `pack list` showed
    # "week1" (and its "evoking" as the winner) while `pack show`/`interview` could not
    # find it or served the built-in. Now every command says the same thing.
    _install(paths, "from-my-counsellor", "week1", "Week one")
    _install(paths, "zz-mine", "evoking", "My evoking")
    listed = cli(["pack", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    ids = {pack["id"]: pack for pack in json.loads(listed.stdout)}
    assert "week1" not in ids
    assert ids["evoking"]["source"] == "built-in"
    assert "from-my-counsellor.toml" in listed.stderr and "week1.toml" in listed.stderr
    shown = cli(["pack", "show", "week1"])
    assert shown.exit_code != 0
    assert "week1" in shown.output and "Traceback" not in shown.output
    assert "My evoking" not in cli(["pack", "show", "evoking"]).output
    assert cli(["homework"]).exit_code in (0, 1)
    assert (paths.packs / "from-my-counsellor.toml").exists()  # never touched


def test_problems_keep_builtin_ones_first(paths: Paths) -> None:
    (paths.packs).mkdir(parents=True, exist_ok=True)
    (paths.packs / "broken.toml").write_text("[pack\n", encoding="utf-8")

    def read(source: Source, location: str, item: Traversable) -> str:
        if source == "installed" or location == "built-in:values.toml":
            raise PackError(location, "unreadable")
        return location

    walked = walk(paths, read, lambda found: found)
    assert [problem.source for problem in walked.problems] == \
        ["built-in:values.toml", str(paths.packs / "broken.toml")]
    assert "built-in:values.toml" not in walked.packs


def test_registry_and_summaries_walk_alike_with_and_without_the_index(paths: Paths) -> None:
    _install(paths, "evoking", "evoking", "My evoking")
    _install(paths, "zz-mine", "extremes", "Misnamed")
    (paths.packs / "broken.toml").write_text('[pack]\nid = "b"\ntitle = \n', encoding="utf-8")
    listing = list_packs(paths)
    expected = [summary_of(entry.pack, entry.source, entry.location) for entry in listing.packs]
    assert summaries_in(paths, None).packs == expected
    for _ in range(2):  # worked out, then served from the index
        summaries = pack_summaries(paths)
        assert summaries.packs == expected
        assert [str(p) for p in summaries.problems] == [str(p) for p in listing.problems]
    mine = [summary for summary in expected if summary.id == "evoking"]
    assert [(s.title, s.source, s.location) for s in mine] == \
        [("My evoking", "installed", str(paths.packs / "evoking.toml"))]
    assert [p.source for p in listing.problems] == \
        [str(paths.packs / "broken.toml"), str(paths.packs / "zz-mine.toml")]


def test_pack_list_shows_the_installed_pack_that_wins(cli: Cli, paths: Paths) -> None:
    _install(paths, "evoking", "evoking", "My evoking")
    rows = json.loads(cli(["pack", "list", "--json"]).stdout)
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    assert [(row["title"], row["source"]) for row in rows if row["id"] == "evoking"] == \
        [("My evoking", "installed")]

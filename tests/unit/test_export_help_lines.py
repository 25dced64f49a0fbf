"""An md or html export (and the PDF printed from it) that holds any crisis mark ends
with the help lines themselves, once: the person's own line first when set, then the US
lines labelled, then findahelpline.com (walk6: "`mij crisis` shows the help lines"
means nothing on paper). An export without a mark has none."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.common import help_lines_on_paper
from mi_journal.exporting.html_format import render_html
from mi_journal.exporting.markdown import render_markdown
from mi_journal.exporting.selection import Selected, Selection
from mi_journal.journal.notes import add_quick_note
from mi_journal.messages.crisis import CRISIS_LINE_988, CRISIS_LINES, CRISIS_SOMEONE_ELSE
from mi_journal.messages.export import EXPORT_HELP_LINES_HEADING
from mi_journal.messages.summary import SUMMARY_CRISIS_LEFT_OUT
from mi_journal.storage.models import Entry, EntryKind, now
from tests.conftest import Cli

PAINFUL = "I have been saving up my sleeping pills."


def test_the_lines_own_first_then_us_then_everywhere() -> None:
    lines = help_lines_on_paper("  Crisis team \n 555 0100 ")
    assert lines[0] == "My own line: Crisis team 555 0100"
    assert lines[1] == CRISIS_LINE_988 and lines[2] == CRISIS_SOMEONE_ELSE
    assert lines[3:] == list(CRISIS_LINES[1:])
    assert "findahelpline.com" in lines[-1] and all(
        line.startswith(("US", "Elsewhere")) for line in lines[1:])
    assert help_lines_on_paper("")[0] == CRISIS_LINE_988


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_export_with_a_mark_ends_with_the_lines_once(
    cli: Cli, paths: Paths, tmp_path: Path, fmt: str
) -> None:
    add_quick_note(paths, "A calm day, walked the dog.", [])
    out = tmp_path / f"calm.{fmt}"
    assert cli(["export", "--format", fmt, "--output", str(out)]).exit_code == 0
    assert "988" not in out.read_text("utf-8")  # nothing painful: no lines
    add_quick_note(paths, PAINFUL, [])
    assert cli(["config", "set", "crisis_line", "Riverside <b>crisis</b> team 555 0100"]
               ).exit_code == 0
    out = tmp_path / f"journal.{fmt}"
    assert cli(["export", "--format", fmt, "--output", str(out)]).exit_code == 0
    written = out.read_text("utf-8")
    assert written.count(EXPORT_HELP_LINES_HEADING) == 1
    assert written.count("findahelpline.com") == 1 and written.count("call or text 988") == 1
    end = written.index(EXPORT_HELP_LINES_HEADING)
    assert written.index(PAINFUL if fmt == "md" else "saving up my") < end  # at the end
    own = written.index("My own line: Riverside")
    assert end < own < written.index("call or text 988") < written.index("findahelpline.com")
    assert "<b>crisis</b>" not in written  # the person's own line is text, never markup


def test_a_summary_that_names_mij_crisis_brings_the_lines(paths: Paths) -> None:
    entry = Entry(id="20261205-070000-abcd12", created=now(), kind=EntryKind.interview,
                  summary=f"What you said you will do:\n{SUMMARY_CRISIS_LEFT_OUT}")
    selected = Selected([entry], [], datetime(2026, 12, 5, tzinfo=UTC),
                        Selection(), crisis_line="")
    for page in (render_markdown(selected), render_html(selected)):
        assert page.count("findahelpline.com") == 1 and "My own line" not in page
    plain = Entry(id="20261205-070000-abcd13", created=now(), kind=EntryKind.note,
                  text="A calm day.")
    selected = Selected([plain], [], datetime(2026, 12, 5, tzinfo=UTC), Selection())
    assert "findahelpline" not in render_markdown(selected) + render_html(selected)


def test_a_goal_with_crisis_words_brings_the_lines(cli: Cli, paths: Paths,
                                                   tmp_path: Path) -> None:
    assert cli(["goals", "add", "Get through the week", "--why",
                "honestly i want to kill myself some days"]).exit_code == 0
    out = tmp_path / "g.md"
    assert cli(["export", "--format", "md", "--output", str(out)]).exit_code == 0
    assert out.read_text("utf-8").count("findahelpline.com") == 1

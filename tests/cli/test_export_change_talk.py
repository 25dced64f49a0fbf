"""The change-talk section of md/html exports, and goals left out of pack reports."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from mi_journal.core.paths import Paths
from mi_journal.exporting.html_format import render_html
from mi_journal.exporting.markdown import render_markdown
from mi_journal.exporting.selection import Selection, select
from mi_journal.storage.entries import write_new_entry
from mi_journal.storage.models import Answer, AnswerKind, Entry, EntryKind, Stage
from tests.conftest import Cli

WHEN = datetime(2026, 3, 2, 20, 15, tzinfo=UTC)


def _entry(paths: Paths, answer_text: str, pack: str = "evoking") -> None:
    entry = Entry(
        id="20260302-201500-abcd", created=WHEN, kind=EntryKind.interview, pack=pack,
        stage=Stage.evoking,
        answers=[Answer(prompt="better", question="What would be better?",
                        kind=AnswerKind.long_text, value=answer_text)],
    )
    write_new_entry(paths, entry)


def test_change_talk_only_when_asked(paths: Paths) -> None:
    _entry(paths, "I will call the clinic tomorrow. I need it to sleep. <script>x</script>")
    plain = render_markdown(select(paths, Selection()))
    assert "In my own words" not in plain
    asked = render_markdown(select(paths, Selection(change_talk=True)))
    assert "## In my own words" in asked
    assert "What I said I will do" in asked
    assert "I will call the clinic tomorrow." in asked.split("## Entries")[0]
    # Sustain talk is never presented as change talk.
    assert "I need it to sleep" not in asked.split("## Entries")[0]
    html = render_html(select(paths, Selection(change_talk=True)))
    section = html.split("<h2>Entries</h2>")[0]
    assert "I will call the clinic tomorrow." in section
    assert "I need it to sleep" not in section
    assert "<script" not in html


def test_change_talk_cli(cli: Cli, paths: Paths) -> None:
    _entry(paths, "I'm ready to try.")
    result = cli(["export", "--format", "md", "--change-talk"])
    assert result.exit_code == 0
    assert "What I feel ready or willing to do" in result.stdout
    refused = cli(["export", "--format", "json", "--change-talk"])
    assert refused.exit_code == 2


def test_pack_report_leaves_goals_out_unless_chosen(cli: Cli, paths: Paths) -> None:
    _entry(paths, "Walking helps.", pack="first-week")
    assert cli(["goals", "add", "Walk after dinner", "--why", "sleep"]).exit_code == 0
    whole = json.loads(cli(["export"]).stdout)
    assert len(whole["goals"]) == 1
    report = cli(["export", "--pack", "first-week", "--format", "md"]).stdout
    assert "Walk after dinner" not in report
    chosen = cli(["export", "--pack", "first-week", "--format", "md", "--include-goals"]).stdout
    assert "Walk after dinner" in chosen

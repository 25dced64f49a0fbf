"""The counsellor's report (`mij export --format html|md`, also `--pack`): what it says
about itself, what it leaves out, and its print layout (issue 15, items 11-14)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from mi_journal.core.paths import Paths
from mi_journal.exporting.html_format import css_string, render_html
from mi_journal.exporting.markdown import render_markdown
from mi_journal.exporting.selection import Selection, select
from mi_journal.storage.models import EntryKind
from tests.conftest import Cli
from tests.eval.report_journal import EXAMPLES, HOMEWORK, install_homework, write_realistic_journal
from tests.export_helpers import NASTY

FIXED = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def _facts(page: str) -> dict[str, str]:
    table = page.split('<table class="about">')[1].split("</table>")[0]
    return dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]*)</td></tr>", table))


# --- item 11: a homework report says what it is ------------------------------


def test_homework_report_header(paths: Paths) -> None:
    write_realistic_journal(paths)
    selected = select(paths, Selection(pack=HOMEWORK, include_goals=False), FIXED)
    assert selected.pack_report is not None and selected.pack_report.is_homework
    page = render_html(selected)
    assert "My mi-journal" not in page
    assert "<title>First week: noticing</title>" in page and "<h1>First week: noticing</h1>" in page
    facts = _facts(page)
    assert facts["Assigned by"] == "Your counsellor"
    assert facts["Period"] == "daily, 2026-03-02 to 2026-03-08"
    assert facts["Progress"] == "5 of 5 done"
    assert facts["In this report"].startswith("5 entries, 2026-03-02 to 2026-03-06")
    # Each entry's heading need not repeat the pack the header names.
    assert "pack: first-week-noticing" not in page
    md = render_markdown(selected)
    assert md.startswith("# First week: noticing\n")
    assert "- Assigned by: Your counsellor\n- Period: daily, 2026-03-02 to 2026-03-08\n" in md
    assert "- Progress: 5 of 5 done\n" in md and "My mi-journal" not in md


def test_progress_counts_the_whole_assignment_not_the_filtered_period(paths: Paths) -> None:
    write_realistic_journal(paths)
    selected = select(paths, Selection(pack=HOMEWORK, since=date(2026, 3, 5)), FIXED)
    assert len(selected.entries) == 2
    facts = _facts(render_html(selected))
    assert facts["Progress"] == "5 of 5 done"
    assert facts["In this report"].startswith("2 entries, 2026-03-05 to 2026-03-06")


def test_progress_is_not_more_than_hoped_for_and_counts_from_start(paths: Paths) -> None:
    from mi_journal.storage.entries import write_new_entry
    from mi_journal.storage.models import Entry
    from tests.export_helpers import write_sample

    write_sample(paths)
    install_homework(paths)
    before = Entry(id="20260301-090000-zzzz", created=datetime(2026, 3, 1, 9, tzinfo=UTC),
                   kind=EntryKind.interview, pack=HOMEWORK, title="First week: noticing")
    write_new_entry(paths, before)  # before `start`: not counted, as `mij homework` says
    write_new_entry(paths, before.model_copy(update={
        "id": "20260303-090000-zzzz", "created": datetime(2026, 3, 3, 9, tzinfo=UTC)}))
    facts = _facts(render_html(select(paths, Selection(pack=HOMEWORK), FIXED)))
    assert facts["Progress"] == "1 of 5 done"


def test_pack_without_assignment_or_removed(paths: Paths) -> None:
    write_realistic_journal(paths)
    page = render_html(select(paths, Selection(pack="checkin"), FIXED))
    assert "<h1>Daily check-in</h1>" in page
    facts = _facts(page)
    assert list(facts) == ["In this report"]  # no homework facts for an ordinary pack
    (paths.home / "packs" / f"{HOMEWORK}.toml").unlink()
    gone = render_html(select(paths, Selection(pack=HOMEWORK), FIXED))
    # The entries stay; the title comes from them.
    assert "<h1>First week: noticing</h1>" in gone and "Progress" not in gone


def test_hostile_pack_text_in_the_header_is_inert(paths: Paths) -> None:
    from tests.export_helpers import write_sample

    write_sample(paths)
    raw = (EXAMPLES / f"{HOMEWORK}.toml").read_text(encoding="utf-8")
    hostile = NASTY.replace("\x1b", "\\u001b").replace('"', '\\"') + ' </style><script>x()'
    raw = raw.replace('title = "First week: noticing"', f'title = "{hostile}"')
    raw = raw.replace('assigned_by = "Your counsellor"', f'assigned_by = "{hostile}"')
    target = paths.home / "packs" / f"{HOMEWORK}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(raw, encoding="utf-8")
    page = render_html(select(paths, Selection(pack=HOMEWORK), FIXED))
    assert "<script" not in page.lower() and "https://" not in page
    assert page.count("</style") == 1 and "\x1b" not in page and "\u202e" not in page
    assert "<h1>Tom &amp; &quot;Jerry&quot; &lt;script&gt;" in page
    assert _facts(page)["Assigned by"].startswith("Tom &amp; &quot;Jerry&quot;")
    md = render_markdown(select(paths, Selection(pack=HOMEWORK), FIXED))
    assert md.startswith("# Tom &amp; \"Jerry\" &lt;script&gt;") and "<script" not in md


def test_css_string_cannot_end_early() -> None:
    value = css_string('a "b" \\ </style> ; } · é\n')
    assert value.startswith('"') and value.endswith('"')
    inner = value[1:-1]
    assert '"' not in inner and "<" not in inner and "}" not in inner and "\n" not in inner
    assert "\\000022 b\\000022 " in inner  # quote escaped; the space after ends the escape
    assert css_string("Page 1, 2026-03-02 10:00") == '"Page 1, 2026-03-02 10:00"'


# --- the rest of items 11 and 13: skipped questions, check-in stage ----------


def test_skipped_questions_are_one_line(paths: Paths, cli: Cli) -> None:
    entries = write_realistic_journal(paths)
    skipped = sum(1 for entry in entries for answer in entry.answers if answer.skipped)
    assert skipped > 10  # the journal does skip some
    result = cli(["export", "--format", "html"])
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert "(skipped)" not in page
    lines = re.findall(r"Skipped: (\d+) questions?", page)
    assert sum(int(n) for n in lines) == skipped
    md = cli(["export", "--format", "md"]).stdout
    assert "(skipped)" not in md
    assert sum(int(n) for n in re.findall(r"\*Skipped: (\d+) questions?\*", md)) == skipped


def test_check_ins_carry_no_stage(paths: Paths, cli: Cli) -> None:
    entries = write_realistic_journal(paths)
    from mi_journal.storage.entries import replace_entry
    from mi_journal.storage.models import Stage

    checkins = [e for e in entries if e.kind is EntryKind.checkin]
    assert checkins and all(e.stage is None for e in checkins)  # their stages are several
    # Files written before 2026-12 record the stage most answers came from.
    replace_entry(paths, checkins[0].model_copy(update={"stage": Stage.evoking}))
    page = cli(["export", "--format", "html"]).stdout
    headings = re.findall(r"<h3>([^\n]*check-in[^\n]*)</h3>", page)
    assert len(headings) == len(checkins)
    for heading in headings:
        assert not any(stage in heading for stage in ("engaging", "focusing", "evoking",
                                                      "planning")), heading
    interviews = re.findall(r"<h3>([^\n]*· interview[^\n]*)</h3>", page)
    one_stage = [h for h in interviews if "pack: evoking" in h]
    assert one_stage and all("· evoking ·" in h for h in one_stage)
    # The homework pack asks focusing, engaging and evoking questions: no one stage.
    homework = [h for h in interviews if "pack: first-week-noticing" in h]
    assert homework and not any(stage in h for h in homework
                                for stage in ("engaging", "focusing", "evoking", "planning"))


# --- item 14: the print layout ----------------------------------------------


def test_print_css(paths: Paths, cli: Cli) -> None:
    write_realistic_journal(paths)
    page = cli(["export", "--format", "html", "--pack", HOMEWORK]).stdout
    style = page.split("<style>")[1].split("</style>")[0]
    printing = style.split("@media print")[1]
    assert re.search(r"h1, h2, h3, dt, \.label \{ break-after: avoid; \}", printing)
    assert "counter(page)" in style and "counter(pages)" in style
    footer = re.search(r'@bottom-left \{ content: "([^"]*)"', style)
    assert footer is not None
    assert "exported " in footer.group(1) and "First week: noticing" in footer.group(1)
    # The "Summary" label is a block that keeps with its words, not a loose <b>.
    assert '<p class="label">Summary</p><blockquote>' in page


def test_short_answers_share_the_question_line(paths: Paths) -> None:
    write_realistic_journal(paths)
    page = render_html(select(paths, Selection(), FIXED))
    assert re.search(r'<div class="short"><dt>[^<]+</dt> <dd><span class="words">\d+ / 10'
                     r"</span></dd></div>", page)
    # Long answers keep their own block.
    assert re.search(r'<div><dt>[^<]+</dt> <dd><div class="words">[^<]{60,}</div></dd></div>',
                     page)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_cli_pack_report(cli: Cli, paths: Paths, fmt) -> None:
    write_realistic_journal(paths)
    result = cli(["export", "--format", fmt, "--pack", HOMEWORK])
    assert result.exit_code == 0, result.output
    assert "First week: noticing" in result.stdout and "5 of 5 done" in result.stdout
    assert "Your counsellor" in result.stdout

"""`mij homework` says one thing per pack (walk6: "done for now; the next one can wait
for its day" and then "`mij homework do week-between` opens the next one"): a pack done
for now, or not started yet, offers one sooner; one due today opens the next one."""

from __future__ import annotations

import json
from pathlib import Path

from mi_journal.core.paths import Paths
from mi_journal.messages import homework as homework_msg
from tests.conftest import Cli
from tests.unit.test_homework import install, today_pack


def _said(cli: Cli) -> str:
    return " ".join(cli(["homework"], env={"COLUMNS": "400"}).stdout.split())


def test_done_for_now_offers_one_sooner_not_the_next(cli: Cli, tmp_path: Path,
                                                     paths: Paths) -> None:
    install(tmp_path, paths, today_pack())
    said = _said(cli)
    assert homework_msg.homework_next("week-one") in said  # one for today: the next one
    assert homework_msg.homework_early("week-one") not in said
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"noticed": "I paused before the second drink"}), "utf-8")
    assert cli(["homework", "do", "week-one", "--answers", str(answers)]).exit_code == 0
    said = _said(cli)
    assert "done for now; the next one can wait for its day" in said
    assert homework_msg.homework_early("week-one") in said
    assert homework_msg.homework_next("week-one") not in said


def test_not_started_yet_offers_one_sooner(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    install(tmp_path, paths, today_pack(days_from_start=-3))
    said = _said(cli)
    assert "starts on" in said and homework_msg.homework_early("week-one") in said
    assert homework_msg.homework_next("week-one") not in said

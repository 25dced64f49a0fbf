"""The built wheel carries the built-in packs and finds them without a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

EXPECTED_PACKS = {
    "engaging", "focusing", "evoking", "planning", "checkin", "rulers",
    "decisional-balance", "change-plan", "values", "looking-back-forward", "extremes",
    "confidence",
}


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out / "dist"),
         str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    if build.returncode != 0:
        pytest.fail(f"building the wheel did not work:\n{build.stderr[-2000:]}")
    wheels = list((out / "dist").glob("mi_journal-*.whl"))
    assert len(wheels) == 1
    target = out / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheels[0])],
        check=True, capture_output=True, timeout=300,
    )
    return target


def test_wheel_contains_and_finds_builtin_packs(installed_wheel: Path, tmp_path: Path) -> None:
    code = (
        "import mi_journal, json\n"
        "from mi_journal.packs.registry import builtin_pack_ids, load_builtin\n"
        "ids = builtin_pack_ids()\n"
        "[load_builtin(i) for i in ids]\n"
        "print(json.dumps({'file': mi_journal.__file__, 'ids': ids}))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(installed_wheel), MI_JOURNAL_HOME=str(tmp_path / "h"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    import json

    data = json.loads(result.stdout)
    assert data["file"].startswith(str(installed_wheel))
    assert set(data["ids"]) >= EXPECTED_PACKS
    packaged = installed_wheel / "mi_journal" / "prompts"
    assert {p.stem for p in packaged.glob("*.toml")} >= EXPECTED_PACKS


def test_wheel_carries_the_change_talk_weights(installed_wheel: Path, tmp_path: Path) -> None:
    """The statistical part of the tagger ships as a small data file (never the AnnoMI
    data it was trained on) and is found without a checkout."""
    code = (
        "from mi_journal.changetalk import model, tag_statement\n"
        "assert model.load('en') is not None\n"
        "print(tag_statement('I want to quit').cues[-1].split()[0])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(installed_wheel), MI_JOURNAL_HOME=str(tmp_path / "h"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "model:change"
    package = installed_wheel / "mi_journal" / "changetalk"
    assert (package / "weights_en.json").stat().st_size < 300_000
    shipped = {p.name for p in installed_wheel.rglob("*")}
    assert not any("annomi" in name.lower() or name.endswith(".csv") for name in shipped)


def test_wheel_carries_the_crisis_weights(installed_wheel: Path, tmp_path: Path) -> None:
    """The crisis detector's statistical part ships as a data file (never the labelled
    sets it was trained on) and is found without a checkout."""
    code = (
        "from mi_journal.crisis import model as crisis_model\n"
        "from mi_journal.crisis.detect import detect_crisis\n"
        "assert crisis_model.load().crisis\n"
        "finding = detect_crisis('there is nothing left for me here, time to go')\n"
        "print(finding.phrases[0].split()[0])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(installed_wheel), MI_JOURNAL_HOME=str(tmp_path / "h"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "model"
    shipped = {p.name for p in installed_wheel.rglob("*")}
    assert "weights.json" in shipped
    assert not any(name.endswith(".jsonl") for name in shipped)

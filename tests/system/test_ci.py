"""`.ci/run` runs exactly the test commands the README's Quick start gives, and installs once."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

CI = REPO / ".ci" / "run"


def _quick_start_test_commands() -> list[str]:
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for block in re.findall(r"```sh\n(.*?)```", section, re.S)
             for line in block.splitlines()]
    return [line for line in lines if "[test]" in line or "pytest" in line]


@pytest.mark.skipif(not CI.exists(), reason="not a checkout (the sdist has no .ci/)")
def test_ci_runs_the_quick_start_test_commands_as_written() -> None:
    ci = CI.read_text("utf-8").splitlines()
    commands = _quick_start_test_commands()
    assert len(commands) == 2, commands  # install the test tools, run the tests
    install, run = commands
    assert ci.count(install) == 1 and ci.count(run) == 1, commands
    assert ci.index(install) < ci.index(run)
    assert [line for line in ci if "pip install" in line and "[test]" in line] == [install]
    assert ci[-1] == run  # the tests come last, after lint and type checks


def test_every_test_file_is_in_a_folder_pytest_collects() -> None:
    """pytest reads only the folders in `testpaths`: a test file put anywhere else under
    tests/ (say, at its top, where tests used to be) would silently never run."""
    import tomllib

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    testpaths = pyproject["tool"]["pytest"]["ini_options"]["testpaths"]
    collected = [REPO / folder for folder in testpaths]
    stray = [str(path.relative_to(REPO)) for path in (REPO / "tests").rglob("test_*.py")
             if not any(path.is_relative_to(folder) for folder in collected)]
    assert stray == []

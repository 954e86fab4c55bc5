"""Lint and type checks run as part of the one test command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "src", "tests", "scripts", "bench"],
        ["ruff", "format", "--check", "src", "tests", "scripts", "bench"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_clean(command: list[str]):
    result = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

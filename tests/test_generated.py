"""Generated artifacts match what the generators make from the schema (and from DPV 2.3)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_linkml_artifacts_match_the_schema():
    result = run("scripts/gen_artifacts.py", "--check")
    assert result.returncode == 0, result.stderr


def test_dpv_terms_match_dpv(shared: Path):
    result = run("scripts/gen_dpv_terms.py", "--check", "--dpv", str(shared / "dpv" / "2.3"))
    assert result.returncode == 0, result.stderr


def test_drift_is_detected(tmp_path: Path):
    """The check can fail: a changed artifact is reported."""
    artifact = ROOT / "src" / "dpvconv" / "generated" / "dpvconv.context.jsonld"
    original = artifact.read_bytes()
    try:
        artifact.write_bytes(original + b"\n")
        result = run("scripts/gen_artifacts.py", "--check")
    finally:
        artifact.write_bytes(original)
    assert result.returncode == 1
    assert "dpvconv.context.jsonld differs" in result.stderr


def test_review_pages_match_the_checklists():
    result = run("scripts/render_checklists.py", "--check")
    assert result.returncode == 0, result.stderr

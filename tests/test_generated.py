"""Generated artifacts match what the generators make from the schema (and from DPV 2.3)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_dpv_terms_match_dpv(shared: Path):
    result = run("scripts/gen_dpv_terms.py", "--check", "--dpv", str(shared / "dpv" / "2.3"))
    assert result.returncode == 0, result.stderr


HIERARCHY = ROOT / "src/dpvconv/generated/dpv/dpv-2.3-hierarchy.ttl"


def test_dpv_hierarchy_matches_dpv_and_drift_is_detected(shared: Path, tmp_path: Path):
    """The shipped hierarchy is what DPV 2.3 gives, and a copy with one label changed is reported."""
    dpv = str(shared / "dpv" / "2.3")
    result = run("scripts/gen_dpv_hierarchy.py", "--check", "--dpv", dpv)
    assert result.returncode == 0, result.stderr
    changed = tmp_path / HIERARCHY.name
    changed.write_text(HIERARCHY.read_text(encoding="utf-8").replace('"Official ID"@en', '"Official id"@en'))
    result = run("scripts/gen_dpv_hierarchy.py", "--check", "--dpv", dpv, "--out", str(changed))
    assert result.returncode == 1
    assert f"error: {changed} differs from DPV; run `make gen-dpv`" in result.stderr


#: What gen_artifacts.py writes, relative to the repository root (or to its ``--out DIR``).
OUTPUTS = [Path("src/dpvconv/generated"), Path("src/dpvconv/contexts"), Path("docs/schema")]


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in OUTPUTS
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_committed_artifacts_match_the_schema_and_drift_is_detected(tmp_path: Path):
    """On a copy of the committed artifacts with one changed and one that is no longer generated, the
    check reports exactly those two: so every other committed artifact is what the schema generates
    (one run of the generators for both facts; they take most of a minute), the check can fail, and the
    checkout is never touched."""
    before = snapshot(ROOT)
    for folder in OUTPUTS:
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    changed = tmp_path / "src/dpvconv/contexts/dpvconv.context.jsonld"
    changed.write_bytes(changed.read_bytes() + b"\n")
    (tmp_path / "src/dpvconv/generated/dpvconv.shacl.ttl").write_text("# LinkML's gen-shacl\n", encoding="utf-8")

    result = run("scripts/gen_artifacts.py", "--check", "--out", str(tmp_path))

    assert result.returncode == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert errors == [
        "error: src/dpvconv/contexts/dpvconv.context.jsonld differs from what the schema generates",
        "error: src/dpvconv/generated/dpvconv.shacl.ttl is not generated any more: delete it",
    ]
    assert snapshot(ROOT) == before


def test_review_pages_match_the_checklists():
    result = run("scripts/render_checklists.py", "--check")
    assert result.returncode == 0, result.stderr

"""Shared fixtures: the repository root, and the ``../shared`` reference material.

Tests that need ``../shared`` (the source notices, DPV 2.3) skip with a reason where it is absent,
as on a user's fresh clone, and fail instead when ``DPVCONV_REQUIRE_SHARED=1`` (as in CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

# rdflib rewrites some literals as it parses them ("P12M"^^xsd:duration becomes "P1Y"); the tests
# compare graphs by their exact terms, so they read what was written.
rdflib.NORMALIZE_LITERALS = False

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"

# The five curated policies: file stem -> source notice under ../shared/seeds/ and its language.
POLICIES = {
    "vimana": ("000_f29acc54dfbbc5bc.txt", "en"),
    "viima": ("001_8130ecf9e8ed028a.txt", "en"),
    "inmics": ("002_a2928e22380cf14b.txt", "fi"),
    "solinum": ("003_9e789dee753716c2.txt", "fi"),
    "vitec-futursoft": ("004_abc6c2c6d399413e.txt", "fi"),
}


def shared_dir() -> Path | None:
    """``$DPVCONV_SHARED``, else ``../shared`` beside the checkout; None where it does not exist."""
    path = Path(os.environ.get("DPVCONV_SHARED", ROOT.parent / "shared"))
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared reference folder; skips (or fails under DPVCONV_REQUIRE_SHARED=1) where absent."""
    path = shared_dir()
    if path is None:
        reason = "../shared (source notices, DPV 2.3) is not beside this checkout; set DPVCONV_SHARED to run"
        if os.environ.get("DPVCONV_REQUIRE_SHARED") == "1":
            pytest.fail(f"DPVCONV_REQUIRE_SHARED=1 but {reason}")
        pytest.skip(reason)
    return path


def require_tool(name: str, why: str) -> str:
    """The path of the external program ``name``; skips (or fails under DPVCONV_REQUIRE_TOOLS=1, as in
    CI, whose ``.ci/run`` installs it) where it is not installed. ``why`` says what the test uses it for."""
    import shutil

    path = shutil.which(name)
    if path is None:
        reason = f"`{name}` is not installed ({why}); `bash .ci/run` installs it from Debian's packages"
        if os.environ.get("DPVCONV_REQUIRE_TOOLS") == "1":
            pytest.fail(f"DPVCONV_REQUIRE_TOOLS=1 but {reason}")
        pytest.skip(reason)
    return path


def dpvconv(*args: str, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line in a new process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "dpvconv", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> None:
    """Bad input: the expected exit status, a message, and no traceback or internal error."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.stderr.strip(), "a failure must say what is wrong"

"""Reading the two versions to compare: two files, or a file and its version at a git revision.

Each version goes through the loader and the validator, as ``dpvconv validate`` reads it, so an
invalid side is reported at ``FILE:LINE:COL`` and never half-compared. A file that did not exist at
the revision is an empty old version: the whole notice shows as added, which is what a reviewer of
the pull request that adds it wants to read.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from dpvconv.errors import UsageError
from dpvconv.policy.loader import load_bytes
from dpvconv.policy.validate import ValidPolicy, load_valid, require_valid


class DiffUsageError(UsageError):
    """The versions cannot be read at all (no such file, not a git repository, unknown revision)."""


def read_file(path: Path) -> ValidPolicy:
    """A valid policy read from ``path``.

    Raises:
        DiffUsageError: the file does not exist.
        DiagnosticsError: the file is not a valid policy (located problems).
    """
    if not path.is_file():
        raise DiffUsageError(f"{path}: no such file")
    return load_valid(path)


def _git(directory: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(directory), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise DiffUsageError("--git needs the git program, which is not installed") from None


def read_at_revision(revision: str, path: Path) -> tuple[ValidPolicy | None, str]:
    """The policy ``path`` as it was at git ``revision``, and the name to show for it (``REV:PATH``).

    Returns ``None`` for the data when the file did not exist at that revision.

    Raises:
        DiffUsageError: ``path`` is not in a git working tree, or ``revision`` names no commit.
        DiagnosticsError: the file at that revision is not a valid policy.
    """
    directory = path.resolve().parent
    display = f"{revision}:{path}"
    if not directory.is_dir():
        raise DiffUsageError(f"{path}: no such file or directory")
    if _git(directory, "rev-parse", "--show-toplevel").returncode != 0:
        raise DiffUsageError(f"{path}: not in a git repository, so --git {revision} has nothing to compare with")
    if _git(directory, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode != 0:
        raise DiffUsageError(f"--git {revision}: no such revision in the repository of {path}")
    shown = _git(directory, "show", f"{revision}:./{path.name}")
    if shown.returncode != 0:
        message = shown.stderr.decode("utf-8", "replace")
        if "does not exist" in message or "exists on disk, but not in" in message:
            return None, display
        raise DiffUsageError(f"{display}: git cannot show the file: {message.strip()}")
    return require_valid(load_bytes(shown.stdout, display)), display

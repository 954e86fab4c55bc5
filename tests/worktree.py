"""This working tree as a git repository of its own, for tests that install dpvconv the way a user's
tools do (pre-commit, ``pip install git+…``): from a commit. The copy is committed afresh, so what is
tested is the files as they are now, changes not yet committed here included, and the tests never
touch this checkout's own git state."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from .conftest import ROOT


def git_env(**extra: str) -> dict[str, str]:
    """The environment for git in a test: a fixed identity, and none of this machine's git config
    (a global hooksPath or commit signing would change what the test sees)."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "dpvconv tests",
        "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "dpvconv tests",
        "GIT_COMMITTER_EMAIL": "tests@example.invalid",
    }
    env.update(extra)
    return env


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd``; its standard output, or a failure that shows git's message."""
    result = subprocess.run(["git", *args], cwd=cwd, env=git_env(), capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stderr}"
    return result.stdout


def commit_all(repo: Path, message: str = "snapshot") -> str:
    """Commit everything in ``repo`` (a git repository made by a test); the new commit's id."""
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--no-verify", "--message", message)
    return git(repo, "rev-parse", "HEAD").strip()


def snapshot_worktree(dest: Path) -> str:
    """Copy the files git would carry (tracked and new, not ignored, not deleted) into ``dest``,
    make it a git repository with one commit, and return that commit's id."""
    # This checkout is read with the machine's own git config (it may need its safe.directory).
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree, not yet in git's index
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)  # keeps the scripts' executable bit
    git(dest, "init", "--quiet", "--initial-branch=main")
    return commit_all(dest)

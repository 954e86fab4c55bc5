"""The pre-commit hook (.pre-commit-hooks.yaml), used the way another repository uses it: pre-commit
(from PyPI) clones this repository at a commit, pip-installs it into a fresh virtual environment and
runs `dpvconv validate` on the policy files of a commit, which it blocks when one is invalid.

pre-commit's environment is built from the package registry (allowed, and reached in CI); nothing
else is fetched. The hook repository is a committed copy of this working tree (tests/worktree.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import DATA, ROOT
from .worktree import git, git_env, snapshot_worktree

HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"
BAD_POLICY = DATA / "invalid" / "Process-enum-unknown-purpose.yaml"
GOOD_POLICY = DATA / "valid" / "minimal.yaml"
# What `dpvconv validate` says about BAD_POLICY, once it is copied to policies/bad.yaml.
LOCATED = "policies/bad.yaml:56:16: error: 'dpv:DirectMarketting' is not a known value for 'purposes'"


def hook() -> dict[str, object]:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["dpvconv-validate"]
    return hooks[0]


def pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pre-commit (the one installed with the test extras) with its cache under ``home``."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=git_env(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never"),
        capture_output=True,
        text=True,
        check=False,
    )


def commit_with_hooks(repo: Path, home: Path, message: str) -> subprocess.CompletedProcess[str]:
    """`git commit`, which runs the hook `pre-commit install` put in the repository."""
    return subprocess.run(
        ["git", "commit", "--message", message],
        cwd=repo,
        env=git_env(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never"),
        capture_output=True,
        text=True,
        check=False,
    )


def test_manifest_is_valid_for_pre_commit():
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(HOOKS_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_runs_dpvconv_validate_on_the_files_pre_commit_passes():
    spec = hook()
    assert spec["language"] == "python"  # pre-commit pip-installs this repository for it
    assert spec["entry"] == "dpvconv validate"
    assert spec.get("pass_filenames", True) is True
    assert spec["types"] == ["yaml"]


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("policies/acme.yaml", True),
        ("policies/nested/acme.yml", True),
        ("legal/policies/acme.yaml", True),
        (".pre-commit-config.yaml", False),
        (".github/workflows/ci.yml", False),
        ("action.yml", False),
        ("config/policies.yaml", False),
    ],
)
def test_default_files_pattern_picks_policy_files_only(path: str, checked: bool):
    """pre-commit matches `files` with re.search against the path from the repository root."""
    assert bool(re.search(str(hook()["files"]), path)) is checked


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git repository holding this working tree, and its commit: what `repo:` and `rev:` name."""
    path = tmp_path_factory.mktemp("dpvconv-hook-source")
    return path, snapshot_worktree(path)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's cache, shared by this module's tests so the hook's environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def user_repository(where: Path, hook_repo: tuple[Path, str], extra: str = "") -> Path:
    """A repository that uses the hook, with one valid policy and some YAML that is not a policy."""
    repo = where / "user-repo"
    (repo / "policies").mkdir(parents=True)
    git(repo, "init", "--quiet", "--initial-branch=main")
    source, rev = hook_repo
    config = f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: dpvconv-validate\n{extra}"
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    shutil.copy(GOOD_POLICY, repo / "policies" / "good.yaml")
    return repo


@pytest.mark.slow
def test_hook_blocks_a_commit_with_an_invalid_policy(tmp_path: Path, hook_repo, pre_commit_home: Path):
    repo = user_repository(tmp_path, hook_repo)
    installed = pre_commit(repo, pre_commit_home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    shutil.copy(BAD_POLICY, repo / "policies" / "bad.yaml")
    git(repo, "add", "--all")

    blocked = commit_with_hooks(repo, pre_commit_home, "add policies")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "dpvconv validate" in output and "Failed" in output
    assert LOCATED in output
    assert "2 file(s) checked: 1 invalid, 1 error(s)" in output  # good.yaml and bad.yaml, nothing else
    assert "ci.yml" not in output and ".pre-commit-config.yaml:" not in output
    assert subprocess.run(["git", "rev-parse", "--verify", "HEAD"], cwd=repo, capture_output=True).returncode != 0

    (repo / "policies" / "bad.yaml").unlink()
    git(repo, "add", "--all")
    passed = commit_with_hooks(repo, pre_commit_home, "add the valid policy")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"dpvconv validate\.+Passed", passed.stdout + passed.stderr)
    assert git(repo, "ls-files", "policies").split() == ["policies/good.yaml"]


@pytest.mark.slow
def test_a_repository_sets_its_own_files_pattern(tmp_path: Path, hook_repo, pre_commit_home: Path):
    """A repository that keeps its policies in notices/ overrides `files:`, as the docs show."""
    repo = user_repository(tmp_path, hook_repo, extra="        files: ^notices/\n")
    (repo / "notices").mkdir()
    shutil.copy(BAD_POLICY, repo / "notices" / "bad.yaml")
    git(repo, "add", "--all")
    result = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert result.returncode == 1, result.stdout + result.stderr
    assert LOCATED.replace("policies/", "notices/") in result.stdout
    assert "1 file(s) checked" in result.stdout  # policies/good.yaml is no longer matched

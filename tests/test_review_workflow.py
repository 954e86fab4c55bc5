"""docs/review-workflow.md stays true: its pre-commit configs are valid for pre-commit and name the
hook this repository declares, its workflows give the Action only inputs action.yml declares, and its
script that describes a pull request's changes does so on a real git history."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import DATA, ROOT
from .worktree import commit_all, git

DOCS = ROOT / "docs"
REVIEW = DOCS / "review-workflow.md"
OUR_ACTION = "OWNER/dpvconv@"  # how the docs name this repository's Action


def yaml_blocks(path: Path) -> list[Any]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", path.read_text(encoding="utf-8"), re.S)]


def workflows() -> list[dict[str, Any]]:
    found = [block for block in yaml_blocks(REVIEW) if isinstance(block, dict) and "jobs" in block]
    assert len(found) == 2  # §3 and §4
    return found


def workflow_steps() -> list[dict[str, Any]]:
    return [step for workflow in workflows() for job in workflow["jobs"].values() for step in job["steps"]]


def test_readme_points_to_the_review_workflow():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reviewing changes in pull requests", 1)[1].split("\n## ", 1)[0]
    for link in ("docs/review-workflow.md", "action.yml", "docs/diff.md"):
        assert f"]({link})" in section


@pytest.mark.parametrize("page", ["review-workflow.md", "editors.md"])
def test_relative_links_lead_somewhere(page: str):
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
        if not re.match(r"[a-z]+:", target):
            assert (DOCS / target).exists(), f"docs/{page} links to {target}, which does not exist"


def test_pre_commit_configs_are_valid_and_name_our_hook(tmp_path: Path):
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    configs = [block for block in yaml_blocks(REVIEW) if isinstance(block, dict) and "repos" in block]
    assert len(configs) == 2  # the plain one and the one with its own files:
    for index, config in enumerate(configs):
        path = tmp_path / f"config-{index}.yaml"
        path.write_text(yaml.safe_dump(config), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", "validate-config", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert {hook["id"] for repo in config["repos"] for hook in repo["hooks"]} <= hooks


def test_workflows_use_declared_inputs_and_pinned_actions():
    inputs = set(yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["inputs"])
    ours = [step for step in workflow_steps() if step.get("uses", "").startswith(OUR_ACTION)]
    assert len(ours) == 2
    for step in ours:
        assert set(step.get("with", {})) <= inputs
    for step in workflow_steps():
        if "uses" in step and not step["uses"].startswith(OUR_ACTION):
            assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", step["uses"]), step["uses"]


def describe_script() -> str:
    [step] = [step for step in workflow_steps() if step.get("name") == "Describe the changes"]
    return step["run"]


def test_describe_script_on_a_pull_request(tmp_path: Path):
    """A base branch with three policies; the pull request changes one in meaning, one in formatting
    only, and removes the third. Only the first two and the removal are reported, as diff says."""
    dpvconv = shutil.which("dpvconv")
    assert dpvconv, "the dpvconv command is not installed (pip install -e '.[test]')"
    repo = tmp_path / "repo"
    (repo / "policies").mkdir(parents=True)
    git(repo, "init", "--quiet", "--initial-branch=main")
    shutil.copy(DATA / "diff" / "base.yaml", repo / "policies" / "notice.yaml")
    shutil.copy(DATA / "valid" / "minimal.yaml", repo / "policies" / "same.yaml")
    shutil.copy(DATA / "valid" / "minimal.yaml", repo / "policies" / "gone.yaml")
    commit_all(repo, "base")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")  # what checkout with fetch-depth 0 gives
    git(repo, "switch", "--quiet", "--create", "change")
    shutil.copy(DATA / "diff" / "legal-bases.yaml", repo / "policies" / "notice.yaml")
    with (repo / "policies" / "same.yaml").open("a", encoding="utf-8") as stream:
        stream.write("# reviewed, no change in meaning\n")
    (repo / "policies" / "gone.yaml").unlink()
    (repo / "notes.yaml").write_text("not: a policy\n", encoding="utf-8")
    commit_all(repo, "change")

    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    summary = tmp_path / "summary.md"
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(dpvconv).parent), os.environ["PATH"]]),
        "GITHUB_BASE_REF": "main",
        "RUNNER_TEMP": str(runner_temp),
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    # GitHub runs a `run:` script with `bash --noprofile --norc -eo pipefail`.
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", describe_script()],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    changes = subprocess.run(
        [dpvconv, "diff", "--git", "origin/main", "policies/notice.yaml", "--format", "markdown"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert changes.returncode == 1 and changes.stdout.strip(), changes.stderr
    comment = (runner_temp / "policy-changes.md").read_text(encoding="utf-8")
    assert comment == (
        "## What this pull request changes in the privacy notices\n"
        f"\n### `policies/notice.yaml`\n\n{changes.stdout.rstrip(chr(10))}\n"
        "\n### `policies/gone.yaml`\n\nThe policy file is removed.\n"
    )
    assert summary.read_text(encoding="utf-8") == comment

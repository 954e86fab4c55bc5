"""The GitHub Action (action.yml): its metadata, and its steps run as the scripts they are, with the
environment GitHub would give them. What GitHub does with the output is fixed by its workflow-command
format, which these tests check line by line: ``::error file=F,line=L,col=C,title=T::MESSAGE`` with
``%``, CR and LF escaped in the message, and ``,`` and ``:`` too in the properties."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dpvconv.policy.validate import validate_paths
from dpvconv.resources import JSON_SCHEMA_PATH

from .conftest import DATA, ROOT
from .worktree import git, snapshot_worktree

ACTION = ROOT / "action.yml"
INSTALL = ROOT / "scripts" / "action-install.sh"
VALIDATE = ROOT / "scripts" / "action-validate.sh"
BAD_POLICY = DATA / "invalid" / "Process-enum-unknown-purpose.yaml"
GOOD_POLICY = DATA / "valid" / "minimal.yaml"


# --- the workflow-command format, written here from GitHub's documentation, not from dpvconv ------


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def unescape(text: str) -> str:
    """What the runner does to a property or message it reads (the reverse of the escapes)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Read one workflow command as the runner does: ``::name k=v,k=v::message``."""
    match = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
    assert match, f"not a workflow command: {line!r}"
    name, properties, message = match.groups()
    pairs = dict(item.split("=", 1) for item in properties.split(",")) if properties else {}
    return name, {key: unescape(value) for key, value in pairs.items()}, unescape(message)


def expected_annotations(workspace: Path, *paths: str) -> list[str]:
    """The annotation lines for the problems dpvconv finds, formatted by this test's own rules; files
    are named relative to the workspace, as GitHub needs them."""
    lines = []
    for d in validate_paths([workspace / p for p in paths]).diagnostics:
        file = Path(d.file).relative_to(workspace).as_posix()
        text = d.message + (f" \u2014 {d.hint}" if d.hint else "")
        text = re.sub("[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", text)  # shown, not run
        lines.append(
            f"::error file={escape_property(file)},line={d.line},col={d.column},title=dpvconv::{escape_data(text)}"
        )
    return lines


# --- action.yml -----------------------------------------------------------------------------------


def action() -> dict[str, object]:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def steps() -> list[dict[str, object]]:
    runs = action()["runs"]
    assert isinstance(runs, dict) and runs["using"] == "composite"
    return runs["steps"]


def test_action_inputs():
    inputs = action()["inputs"]
    assert isinstance(inputs, dict)
    assert set(inputs) == {"paths", "dpvconv-ref", "dpvconv-repository", "python-version"}
    assert all(spec.get("description") for spec in inputs.values())
    assert inputs["paths"]["default"] == "policies"  # the directory the pre-commit hook matches too
    assert inputs["dpvconv-ref"]["default"] == ""  # empty: the action's own copy (see action-install.sh)


def test_action_uses_only_declared_inputs_and_pinned_actions():
    text = ACTION.read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{[^}]*?\binputs\.([\w-]+)", text))
    assert used == set(action()["inputs"])
    for step in steps():
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", str(step["uses"])), step["uses"]


def test_action_steps_set_up_python_then_run_the_two_scripts():
    setup, install, check = steps()
    assert str(setup["uses"]).startswith("actions/setup-python@")
    with_ = setup["with"]
    assert isinstance(with_, dict)
    assert with_["update-environment"] is False  # the job's own Python stays as it was
    assert with_["python-version"] == "${{ inputs.python-version }}"
    assert install["shell"] == check["shell"] == "bash"
    assert install["run"] == 'bash "$GITHUB_ACTION_PATH/scripts/action-install.sh"'
    assert check["run"] == 'bash "$GITHUB_ACTION_PATH/scripts/action-validate.sh"'
    assert setup["id"] == "python" and install["env"]["PYTHON"] == "${{ steps.python.outputs.python-path }}"
    assert install["env"]["DPVCONV_REF"] == "${{ inputs.dpvconv-ref }}"
    assert check["env"] == {"DPVCONV_PATHS": "${{ inputs.paths }}"}
    assert INSTALL.is_file() and VALIDATE.is_file()


# --- scripts/action-validate.sh -------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A checked-out user repository with one valid and one invalid policy."""
    repo = tmp_path / "workspace"
    (repo / "policies").mkdir(parents=True)
    shutil.copy(GOOD_POLICY, repo / "policies" / "good.yaml")
    shutil.copy(BAD_POLICY, repo / "policies" / "bad.yaml")
    return repo


def run_validate(workspace: Path, paths: str, summary: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The "Validate policies" step, with the dpvconv installed for these tests first on PATH."""
    dpvconv = shutil.which("dpvconv")
    assert dpvconv, "the dpvconv command is not installed (pip install -e '.[test]')"
    env = {
        "PATH": os.pathsep.join([str(Path(dpvconv).parent), os.environ["PATH"]]),
        "GITHUB_WORKSPACE": str(workspace),
        "DPVCONV_PATHS": paths,
    }
    if summary is not None:
        env["GITHUB_STEP_SUMMARY"] = str(summary)
    return subprocess.run(
        ["bash", str(VALIDATE)], cwd=workspace.parent, env=env, capture_output=True, text=True, check=False
    )


def test_valid_policies_pass_without_annotations(workspace: Path):
    summary = workspace.parent / "summary.md"
    result = run_validate(workspace, "policies/good.yaml", summary)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "1 file(s) checked: all valid" in summary.read_text(encoding="utf-8")


def test_invalid_policy_gives_one_annotation_per_problem(workspace: Path):
    result = run_validate(workspace, "policies")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines == expected_annotations(workspace, "policies")
    assert lines[0].startswith(
        "::error file=policies/bad.yaml,line=56,col=16,title=dpvconv::'dpv:DirectMarketting' is not a known value"
        " for 'purposes' \u2014 did you mean 'dpv:DirectMarketing'"
    )
    name, properties, message = parse_command(lines[0])
    assert (name, properties["file"], properties["line"], properties["col"]) == (
        "error",
        "policies/bad.yaml",
        "56",
        "16",
    )
    assert message.startswith("'dpv:DirectMarketting' is not a known value")


def test_annotations_escape_what_github_reads_as_syntax(workspace: Path):
    """A file name with ',' and ':' reaches GitHub intact; a value's '%' too, and its line break and
    escape character as visible escapes (GitHub's log viewer would run terminal escape codes)."""
    text = BAD_POLICY.read_text(encoding="utf-8").replace("dpv:DirectMarketting", '"dpv:Direct%Market\\r\\n\\eting"')
    odd = workspace / "policies" / "odd,name:1.yaml"
    odd.write_text(text, encoding="utf-8")
    result = run_validate(workspace, "policies/odd,name:1.yaml")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines == expected_annotations(workspace, "policies/odd,name:1.yaml")
    assert lines[0].startswith(
        "::error file=policies/odd%2Cname%3A1.yaml,line=56,col=16,"
        "title=dpvconv::'dpv:Direct%25Market\\x0d\\x0a\\x1bting'"
    )
    _, properties, message = parse_command(lines[0])
    assert properties["file"] == "policies/odd,name:1.yaml"
    assert message.startswith("'dpv:Direct%Market\\x0d\\x0a\\x1bting' is not a known value")


def test_paths_may_be_separated_by_newlines(workspace: Path):
    result = run_validate(workspace, "policies/good.yaml\n  policies/bad.yaml\n")
    assert result.returncode == 1
    assert result.stdout.splitlines() == expected_annotations(workspace, "policies/good.yaml", "policies/bad.yaml")


@pytest.mark.parametrize("given", ["{workspace}/policies", "{workspace}"])
def test_paths_under_the_workspace_are_annotated_relative_to_it(workspace: Path, given: str):
    """`paths: ${{ github.workspace }}/policies` still names files as GitHub needs them."""
    result = run_validate(workspace, given.format(workspace=workspace))
    assert result.returncode == 1
    assert result.stdout.splitlines() == expected_annotations(workspace, "policies")
    assert result.stdout.startswith("::error file=policies/bad.yaml,line=56,col=16,")


def test_summary_lists_every_problem(workspace: Path):
    """GitHub shows ten error annotations a step; the job summary has them all, as text."""
    for name in ("stub-1.yaml", "stub-2.yaml"):  # eight problems each: seven fields missing, one unknown
        (workspace / "policies" / name).write_text("revision: 2\n", encoding="utf-8")
    summary = workspace.parent / "summary.md"
    result = run_validate(workspace, "policies", summary)
    assert result.returncode == 1
    written = summary.read_text(encoding="utf-8")
    problems = validate_paths([workspace / "policies"]).diagnostics
    assert len(problems) > 10
    for problem in problems:
        assert problem.text().replace(str(workspace) + os.sep, "") in written
    assert "4 file(s) checked: 3 invalid, 17 error(s)" in written


def test_missing_path_is_an_annotation_and_exit_2(workspace: Path):
    result = run_validate(workspace, "policies/absent.yaml")
    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        "::error title=dpvconv::dpvconv validate: error: policies/absent.yaml: no such file or directory"
    ]


def test_empty_paths_input_is_an_annotation_and_exit_2(workspace: Path):
    result = run_validate(workspace, " \n ")
    assert result.returncode == 2
    assert result.stdout.startswith("::error title=dpvconv::the action's 'paths' input is empty")


# --- scripts/action-install.sh --------------------------------------------------------------------


def run_install(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The "Install dpvconv" step; the result, and the file GitHub would read new PATH entries from."""
    github_path = tmp_path / "github_path"
    github_path.write_text("", encoding="utf-8")
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    # This machine's environment (how pip reaches the package registry), without any GitHub runner's.
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_", "DPVCONV_"))}
    base.update(RUNNER_TEMP=str(runner_temp), GITHUB_PATH=str(github_path), PYTHON=sys.executable)
    result = subprocess.run(
        ["bash", str(INSTALL)], env={**base, **env}, capture_output=True, text=True, check=False, timeout=900
    )
    return result, github_path


def installed_from(venv_bin: Path) -> dict[str, object]:
    """pip's record (PEP 610 direct_url.json) of where the installed dpvconv came from."""
    code = "import importlib.metadata as m; print(m.distribution('dpvconv').read_text('direct_url.json'))"
    result = subprocess.run([str(venv_bin / "python"), "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_install_refuses_a_ref_without_a_repository(tmp_path: Path):
    result, github_path = run_install(tmp_path, GITHUB_ACTION_PATH=str(ROOT), DPVCONV_REF="v1.0.0")
    assert result.returncode == 2
    assert result.stdout.startswith("::error title=dpvconv action::dpvconv-ref is set, so dpvconv-repository")
    assert github_path.read_text(encoding="utf-8") == ""


def test_install_refuses_a_ref_that_is_not_a_name(tmp_path: Path):
    result, _ = run_install(
        tmp_path, GITHUB_ACTION_PATH=str(ROOT), DPVCONV_REF="main; rm -rf /", DPVCONV_REPOSITORY="acme/dpvconv"
    )
    assert result.returncode == 2
    assert "is not a tag, branch or commit name" in result.stdout


def test_install_outside_a_runner_says_what_is_missing(tmp_path: Path):
    result = subprocess.run(["bash", str(INSTALL)], env={"PATH": os.environ["PATH"]}, capture_output=True, text=True)
    assert result.returncode == 2
    assert "GITHUB_ACTION_PATH, RUNNER_TEMP and GITHUB_PATH must be set" in result.stdout


@pytest.mark.slow
def test_action_installs_its_own_copy_then_annotates(tmp_path: Path, workspace: Path):
    """Both steps as the runner runs them: install from the action's files, then validate with the
    PATH the install step added. The installed (not editable) package carries the JSON Schema."""
    action_path = tmp_path / "action"
    snapshot_worktree(action_path)
    result, github_path = run_install(tmp_path, GITHUB_ACTION_PATH=str(action_path))
    assert result.returncode == 0, result.stdout + result.stderr
    venv_bin = tmp_path / "runner-temp" / "dpvconv-venv" / "bin"
    assert github_path.read_text(encoding="utf-8").splitlines() == [str(venv_bin)]
    assert installed_from(venv_bin)["url"] == action_path.as_uri()

    schema = subprocess.run([str(venv_bin / "dpvconv"), "schema"], capture_output=True, text=True, check=True)
    assert schema.stdout == JSON_SCHEMA_PATH.read_text(encoding="utf-8")

    env = {"PATH": os.pathsep.join([str(venv_bin), "/usr/bin", "/bin"]), "GITHUB_WORKSPACE": str(workspace)}
    checked = subprocess.run(
        ["bash", str(action_path / "scripts" / "action-validate.sh")],
        env={**env, "DPVCONV_PATHS": "policies"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.splitlines() == expected_annotations(workspace, "policies")


@pytest.mark.slow
def test_action_installs_the_ref_it_is_given(tmp_path: Path):
    """dpvconv-ref: pip installs that ref from the repository on the GitHub server the runner names
    (here a file:// "server", so nothing leaves the machine), not the action's own copy."""
    repository = tmp_path / "server" / "acme" / "dpvconv"
    commit = snapshot_worktree(repository)
    git(repository, "tag", "v0.0.0-test")
    result, github_path = run_install(
        tmp_path,
        GITHUB_ACTION_PATH=str(tmp_path / "not-used"),
        GITHUB_SERVER_URL=(tmp_path / "server").as_uri(),
        DPVCONV_REPOSITORY="acme/dpvconv",
        DPVCONV_REF="v0.0.0-test",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    origin = installed_from(Path(github_path.read_text(encoding="utf-8").strip()))
    assert origin["url"] == repository.as_uri()
    assert origin["vcs_info"] == {"vcs": "git", "requested_revision": "v0.0.0-test", "commit_id": commit}

"""The README's two commands and the command reference stay true."""

from __future__ import annotations

import re

from click.testing import CliRunner

from dpvconv.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def readme_command(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\n```sh\n(.+?)\n```", README)
    assert match, f"README lost its {marker} block"
    return match.group(1)


def test_readme_opens_with_what_dpvconv_is():
    assert README.startswith("# dpvconv\n\ndpvconv makes company privacy notices machine-readable")


def test_readme_has_the_two_commands():
    assert readme_command("main-command").startswith("pip install . && dpvconv validate examples/")
    assert readme_command("test-command") == "pip install -e '.[test]' && python -m pytest -n auto --dist worksteal"


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_command test-command" in ci and "readme_command main-command" in ci
    assert "DPVCONV_REQUIRE_SHARED=1" in ci


def test_readme_main_job_succeeds_on_the_bundled_examples():
    result = CliRunner().invoke(main, ["validate", str(ROOT / "examples")])
    assert result.exit_code == 0, result.output


def test_every_command_has_help_and_a_section_in_the_docs():
    assert main.commands
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name
        assert f"## `dpvconv {name}`" in CLI_DOC, name

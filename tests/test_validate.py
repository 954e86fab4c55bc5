"""``dpvconv validate``: every invalid file fails for its one named reason, at the right place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.policy.loader import load_text
from dpvconv.policy.validate import validate_document, validate_file

from .conftest import DATA

VALID = sorted((DATA / "valid").glob("*.yaml"))
INVALID = DATA / "invalid"

# file stem -> (line, column, words the message must contain)
EXPECTED = {
    "LangText-unknown-language": (54, 29, "unknown field 'xx' in LangText"),
    "PrivacyNotice-controller-unresolved": (12, 13, "'exampel' does not name any entry"),
    "PrivacyNotice-date-not-real": (8, 15, "'2024-02-30' is not a real date"),
    "PrivacyNotice-language-tag-invalid": (7, 13, "'qq' is not a valid BCP 47 language tag"),
    "PrivacyNotice-languages-not-list": (7, 12, "'languages' must be a list"),
    "PrivacyNotice-missing-title": (2, 1, "missing required field 'title'"),
    "PrivacyNotice-null-value": (9, 9, "'version' has no value"),
    "PrivacyNotice-schema-version-newer": (3, 17, "written for schema version 9.0"),
    "PrivacyNotice-sha256-pattern": (10, 16, "is not a valid Sha256"),
    "PrivacyNotice-title-not-language-map": (4, 8, "'title' must be a language map"),
    "PrivacyNotice-unknown-field": (10, 1, "unknown field 'revision' in PrivacyNotice"),
    "PrivacyNotice-url-relative": (11, 6, "'/privacy' is not a valid WebAddress"),
    "PrivacyNotice-version-not-text": (9, 10, "'version' must be text, not the number 2"),
    "Process-duplicate-id": (103, 13, "id 'newsletter' is used twice (first at line 53)"),
    "Process-enum-unknown-purpose": (56, 16, "'dpv:DirectMarketting' is not a known value for 'purposes'"),
    "Process-nested-too-deep": (163, 53, "processes nest more than 12 levels deep here"),
    "Process-unknown-prefix": (56, 16, "unknown prefix 'dvp'"),
    "Retention-duration-pattern": (75, 27, "'3 years' is not a valid IsoDuration"),
    "Retention-duration-negative": (75, 27, "'-P3Y' is a negative duration"),
    "Retention-minimum-above-maximum": (75, 27, "minimum_duration P3Y is longer than maximum_duration P2Y"),
    "RightStatement-channel-wrong-class": (120, 16, "'analytics' names a Technology, not a ContactPoint"),
    "Technology-kind-repeats-class": (48, 13, "'dpv:Technology' is what every Technology is already"),
    "yaml-alias": (15, 11, "a YAML alias"),
    "yaml-alias-bomb": (2, 4, "a YAML alias"),
    "yaml-duplicate-key": (10, 1, "duplicate key 'version' (first at line 9)"),
    "yaml-empty": (1, 1, "the file is empty"),
    "yaml-not-utf8": (31, 41, "byte 0xe4 is not UTF-8"),
    "yaml-syntax-error": (8, 13, "YAML syntax error"),
    "yaml-tag-does-not-fit": (12, 10, "'x' is not a finite number"),
    "yaml-tab-indent": (5, 1, "a tab character"),
    "yaml-top-level-list": (2, 1, "the top level is a list"),
}


def test_every_invalid_file_has_an_expectation():
    assert sorted(p.stem for p in INVALID.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_invalid_file_fails_for_its_one_reason(stem: str):
    line, column, words = EXPECTED[stem]
    problems = validate_file(INVALID / f"{stem}.yaml")
    assert len(problems) == 1, [p.text() for p in problems]
    problem = problems[0]
    assert words in problem.message
    assert (problem.line, problem.column) == (line, column)
    assert problem.hint, "every message says how to fix it"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_files_have_no_problems(path: Path):
    assert validate_file(path) == []


def test_valid_data_exists():
    assert VALID, "tests/data/valid/ must hold at least one policy"


def test_all_problems_reported_at_once():
    text = (DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "2"', "version: 2").replace("controller: example", "controller: nobody")
    text = text.replace("[dpv:DirectMarketing]", "[dpv:Nope]")
    problems = validate_document(load_text(text, "x.yaml"))
    assert len(problems) == 3
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_cli_exit_codes_and_summary(tmp_path: Path):
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", str(DATA / "valid")])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(main, ["validate", str(DATA / "valid"), str(INVALID / "Process-enum-unknown-purpose.yaml")])
    assert bad.exit_code == 1
    assert "Process-enum-unknown-purpose.yaml:56:16: error:" in bad.output
    assert "1 invalid" in bad.output


def test_cli_text_format_is_file_line_col_error_what_how():
    result = CliRunner().invoke(main, ["validate", "-q", str(INVALID / "Process-enum-unknown-purpose.yaml")])
    line = result.output.strip()
    assert line.startswith(f"{INVALID / 'Process-enum-unknown-purpose.yaml'}:56:16: error: ")
    assert " \u2014 did you mean 'dpv:DirectMarketing'" in line


def test_cli_usage_errors_exit_2(tmp_path: Path):
    runner = CliRunner()
    missing = runner.invoke(main, ["validate", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert "no such file or directory" in missing.output
    (tmp_path / "notes.txt").write_text("not a policy", encoding="utf-8")
    empty = runner.invoke(main, ["validate", str(tmp_path)])
    assert empty.exit_code == 2
    assert "no policy files" in empty.output
    assert runner.invoke(main, ["validate"]).exit_code == 2


def test_cli_json_format():
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(INVALID / "yaml-duplicate-key.yaml")])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert problems[0]["line"] == 10 and problems[0]["column"] == 1
    assert "duplicate key" in problems[0]["message"]


def test_cli_github_format_annotations():
    path = INVALID / "Process-enum-unknown-purpose.yaml"
    result = CliRunner().invoke(main, ["validate", "--format", "github", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={path},line=56,col=16,title=dpvconv::'dpv:DirectMarketting'")


def test_no_traceback_for_any_invalid_file():
    result = CliRunner().invoke(main, ["validate", str(INVALID)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_input_files_are_never_modified(tmp_path: Path):
    target = tmp_path / "policy.yaml"
    original = (INVALID / "yaml-duplicate-key.yaml").read_bytes()
    target.write_bytes(original)
    CliRunner().invoke(main, ["validate", str(target)])
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]

"""What an editor sees: every example policy names the packaged JSON Schema in its
`yaml-language-server` modeline, and an independent validator (the `jsonschema` package, not the
jsonschema-rs that dpvconv uses) reading the file as the language server does accepts the examples
and flags the schema-level mistakes of tests/data/invalid/. `dpvconv schema` hands the schema to
repositories outside this one."""

from __future__ import annotations

import importlib.resources
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.resources import JSON_SCHEMA_PATH

from .conftest import DATA, EXAMPLES, ROOT

EXAMPLE_POLICIES = sorted([*EXAMPLES.glob("*.yaml"), *(DATA / "valid").glob("*.yaml")])
MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)")

# Invalid test files whose mistake the JSON Schema itself expresses, so an editor flags it inline...
EDITOR_FLAGS = [
    "LangText-unknown-language",
    "PrivacyNotice-date-not-real",
    "PrivacyNotice-languages-not-list",
    "PrivacyNotice-missing-title",
    "PrivacyNotice-null-value",
    "PrivacyNotice-sha256-pattern",
    "PrivacyNotice-title-not-language-map",
    "PrivacyNotice-unknown-field",
    "PrivacyNotice-url-relative",
    "PrivacyNotice-version-not-text",
    "Process-enum-unknown-purpose",
    "Process-unknown-prefix",
    "Retention-duration-pattern",
]
# ...and those only `dpvconv validate` catches (docs/validation.md, "What a schema cannot express"),
# which is why the review workflow runs it in pre-commit and CI as well.
ONLY_DPVCONV_FLAGS = [
    "PrivacyNotice-controller-unresolved",
    "PrivacyNotice-language-tag-invalid",
    "PrivacyNotice-schema-version-newer",
    "Process-duplicate-id",
    "Retention-duration-negative",
    "Retention-minimum-above-maximum",
    "RightStatement-channel-wrong-class",
    "Technology-kind-repeats-class",
]


class LanguageServerLoader(yaml.SafeLoader):
    """YAML as the YAML language server reads it by default (YAML 1.2): a date stays text and only
    true/false are booleans, where PyYAML's YAML 1.1 would make a date object and `no` a boolean."""


LanguageServerLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
LanguageServerLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@cache
def validator() -> Any:
    schema = json.loads(JSON_SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=None)
    assert cls is not None, f"jsonschema does not know the draft {schema.get('$schema')!r}"
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def editor_errors(path: Path) -> list[str]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=LanguageServerLoader)  # a SafeLoader
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(data)]


def test_there_are_examples():
    assert len(EXAMPLE_POLICIES) >= 6  # the five curated policies and tests/data/valid/minimal.yaml


@pytest.mark.parametrize("path", EXAMPLE_POLICIES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modeline_points_at_the_packaged_schema(path: Path):
    """The language server resolves a relative $schema against the policy file's own folder."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = MODELINE.fullmatch(first)
    assert match, f"{path.relative_to(ROOT)}:1: the first line is not a yaml-language-server modeline"
    target = (path.parent / match.group(1)).resolve()
    assert target == JSON_SCHEMA_PATH.resolve(), f"{path.relative_to(ROOT)}:1: $schema leads to {target}"


@pytest.mark.parametrize("path", EXAMPLE_POLICIES, ids=lambda p: str(p.relative_to(ROOT)))
def test_example_is_valid_in_the_editor(path: Path):
    assert editor_errors(path) == []


@pytest.mark.parametrize("name", EDITOR_FLAGS)
def test_editor_flags_schema_mistakes(name: str):
    assert editor_errors(DATA / "invalid" / f"{name}.yaml")


@pytest.mark.parametrize("name", ONLY_DPVCONV_FLAGS)
def test_editor_cannot_see_what_only_dpvconv_checks(name: str):
    assert editor_errors(DATA / "invalid" / f"{name}.yaml") == []


def test_schema_is_package_data():
    """Found through importlib.resources, as an installed package finds it (the installed wheel itself
    is checked in tests/test_action.py, which pip-installs dpvconv into a fresh environment)."""
    packaged = importlib.resources.files("dpvconv").joinpath("generated", "dpvconv.schema.json")
    assert packaged.is_file()
    assert json.loads(packaged.read_text(encoding="utf-8"))["$id"] == "https://w3id.org/dpvconv/schema"


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == JSON_SCHEMA_PATH.read_text(encoding="utf-8")


def test_schema_command_writes_a_file_a_modeline_can_use(tmp_path: Path):
    target = tmp_path / "policies" / "dpvconv.schema.json"
    result = CliRunner().invoke(main, ["schema", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == JSON_SCHEMA_PATH.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["dpvconv.schema.json"]  # no temporary left


def test_schema_command_never_overwrites_the_packaged_schema():
    before = JSON_SCHEMA_PATH.read_bytes()
    result = CliRunner().invoke(main, ["schema", "-o", str(JSON_SCHEMA_PATH)])
    assert result.exit_code == 2
    assert "refusing to overwrite an input file" in result.output
    assert JSON_SCHEMA_PATH.read_bytes() == before


def test_schema_command_reports_an_unwritable_target(tmp_path: Path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "-o", str(tmp_path / "file" / "schema.json")])
    assert result.exit_code == 2
    assert result.output.startswith(f"dpvconv schema: error: {tmp_path / 'file' / 'schema.json'}: ")
    assert "Traceback" not in result.output

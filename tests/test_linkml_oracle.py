"""LinkML's own validator as an independent oracle for dpvconv validate.

It must accept every valid file and every example, and reject every invalid file that breaks the
schema itself (type, enum, required, unknown field, pattern). The files marked ``# linkml: accepts``
break only rules LinkML cannot judge (references, ids, real dates, BCP 47, ...): LinkML accepting them
is what shows those checks are dpvconv's own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from .conftest import DATA, EXAMPLES, ROOT

pytestmark = pytest.mark.slow


@cache
def linkml_validator():
    """One validator for the session: what ``linkml-validate`` runs, without reloading the schema per file."""
    from linkml.validator import Validator
    from linkml.validator.plugins import JsonschemaValidationPlugin

    return Validator(
        str(ROOT / "schema" / "dpvconv.yaml"), validation_plugins=[JsonschemaValidationPlugin(closed=True)]
    )


def linkml_problems(path: Path) -> list[str]:
    instance = yaml.safe_load(path.read_text(encoding="utf-8"))
    report = linkml_validator().validate(instance, "PrivacyNotice")
    return [result.message for result in report.results]


def verdict(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    return first.removeprefix("# linkml: ").strip() if first.startswith("# linkml:") else "n/a"


INVALID = sorted((DATA / "invalid").glob("*.yaml"))
ACCEPTED = sorted((DATA / "valid").glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name)
def test_linkml_accepts_valid_files_and_examples(path: Path):
    assert linkml_problems(path) == []


@pytest.mark.parametrize("path", [p for p in INVALID if verdict(p) == "rejects"], ids=lambda p: p.name)
def test_linkml_rejects_schema_breaking_files(path: Path):
    assert linkml_problems(path), f"LinkML accepted {path.name}"


@pytest.mark.parametrize("path", [p for p in INVALID if verdict(p) == "accepts"], ids=lambda p: p.name)
def test_linkml_cannot_judge_dpvconv_extra_checks(path: Path):
    assert linkml_problems(path) == [], f"{path.name} is caught by LinkML too: mark it '# linkml: rejects'"


def test_both_kinds_of_invalid_file_exist():
    kinds = {verdict(p) for p in INVALID}
    assert {"rejects", "accepts", "n/a"} <= kinds

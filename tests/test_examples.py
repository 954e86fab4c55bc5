"""The five curated policies: they validate, every quote is in its source, the checklists cover every
sentence, and the text is bilingual where the notice is Finnish."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from dpvconv.policy.places import resolve
from dpvconv.policy.text import normalise, quote_in_source, sentences, word_count
from dpvconv.policy.validate import validate_file

from .conftest import EXAMPLES, POLICIES, ROOT

CHECKLISTS = ROOT / "docs" / "checklists"
NAMES = sorted(POLICIES)
MODELINE = "# yaml-language-server: $schema=../src/dpvconv/generated/dpvconv.schema.json"


@cache
def policy(name: str) -> dict[str, Any]:
    return yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def checklist(name: str) -> dict[str, Any]:
    return yaml.safe_load((CHECKLISTS / f"{name}.yaml").read_text(encoding="utf-8"))


def source_text(shared: Path, name: str) -> str:
    return (shared / "seeds" / POLICIES[name][0]).read_text(encoding="utf-8")


TEXT_SLOTS = ("title", "description", "until_event", "after_event", "exception", "identity_verification")


def mappings(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in a policy with its dotted path; evidence lists are not descended into."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key != "evidence":
                yield from mappings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from mappings(item, f"{path}.{index}")


def quotes(policy: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for path, node in mappings(policy):
        for item in node.get("evidence") or []:
            yield path, item["quote"]


def entries(policy: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every structured entry (a mapping that is not a language map)."""
    return ((path, node) for path, node in mappings(policy) if not set(node) <= {"en", "fi", "sv"})


def language_maps(policy: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    for path, node in mappings(policy):
        for key in TEXT_SLOTS:
            if key in node:
                yield f"{path}.{key}" if path else key, node[key]


def test_the_five_policies_are_there():
    assert sorted(p.stem for p in EXAMPLES.glob("*.yaml")) == NAMES
    assert sorted(p.stem for p in CHECKLISTS.glob("*.yaml")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_policy_validates(name: str):
    assert [p.text() for p in validate_file(EXAMPLES / f"{name}.yaml")] == []


@pytest.mark.parametrize("name", NAMES)
def test_policy_has_editor_modeline(name: str):
    assert (EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0] == MODELINE


@pytest.mark.parametrize("name", NAMES)
def test_source_sha256_matches(shared: Path, name: str):
    digest = hashlib.sha256((shared / "seeds" / POLICIES[name][0]).read_bytes()).hexdigest()
    assert policy(name)["source_sha256"] == digest


@pytest.mark.parametrize("name", NAMES)
def test_every_quote_is_in_the_source(shared: Path, name: str):
    source = normalise(source_text(shared, name))
    missing = [(path, q) for path, q in quotes(policy(name)) if not quote_in_source(q, source)]
    assert not missing, missing


@pytest.mark.parametrize("name", NAMES)
def test_quotes_are_short_and_not_trivial(name: str):
    bad = [(path, q) for path, q in quotes(policy(name)) if not 3 <= word_count(q) <= 35]
    assert not bad, bad


@pytest.mark.parametrize("name", NAMES)
def test_every_entry_carries_evidence(name: str):
    bare = [path for path, entry in entries(policy(name)) if "evidence" not in entry]
    assert not bare, bare


@pytest.mark.parametrize("name", NAMES)
def test_text_is_in_the_notice_language_and_english(name: str):
    language = POLICIES[name][1]
    assert policy(name)["languages"] == [language]
    needed = {"fi", "en"} if language == "fi" else {"en"}
    lacking = [path for path, value in language_maps(policy(name)) if not needed <= set(value)]
    assert not lacking, f"language maps without {sorted(needed)}: {lacking}"


@pytest.mark.parametrize("name", NAMES)
def test_checklist_walks_every_sentence(shared: Path, name: str):
    rows = checklist(name)["sentences"]
    assert [row["text"] for row in rows] == sentences(source_text(shared, name))
    assert checklist(name)["source"] == POLICIES[name][0]


@pytest.mark.parametrize("name", NAMES)
def test_checklist_rows_land_somewhere_or_say_why_not(name: str):
    rows = checklist(name)["sentences"]
    unaccounted = [row["text"] for row in rows if not row.get("paths") and not row.get("omitted")]
    assert not unaccounted, unaccounted
    landed = sum(1 for row in rows if row.get("paths"))
    assert landed >= len(rows) // 2, "most sentences of a notice state facts about the processing"


@pytest.mark.parametrize("name", NAMES)
def test_checklist_paths_resolve(name: str):
    broken = []
    for row in checklist(name)["sentences"]:
        for path in row.get("paths") or []:
            try:
                resolve(policy(name), path)
            except KeyError as err:
                broken.append(str(err))
    assert not broken, broken

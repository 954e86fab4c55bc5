"""Schema invariants: every class, slot and value maps to an IRI, and every DPV IRI is a live DPV 2.3 term."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

SCHEMA_DIR = ROOT / "schema"
DPV_PREFIXES = ("dpv", "pd", "eu-gdpr", "legal-eu", "legal-fi", "loc", "tech")
STANDARD_PREFIXES = ("dct", "skos", "rdf", "rdfs", "xsd", "foaf", "vcard", "oa", "owl", "prov")
PROJECT_PREFIX = "dpvconv"
PROJECT_NAMESPACE = "https://w3id.org/dpvconv/"
DPV_FILES = ["dpv.ttl", "pd.ttl", "eu-gdpr.ttl", "legal-eu.ttl", "legal-fi.ttl", "loc.ttl", "tech.ttl"]


@cache
def schema() -> dict:
    return yaml.safe_load((SCHEMA_DIR / "dpvconv.yaml").read_text(encoding="utf-8"))


@cache
def terms() -> dict:
    return yaml.safe_load((SCHEMA_DIR / "dpv_terms.yaml").read_text(encoding="utf-8"))


def all_slots() -> list[tuple[str, dict]]:
    out = [(name, spec or {}) for name, spec in schema()["slots"].items()]
    for class_name, spec in schema()["classes"].items():
        for name, attribute in ((spec or {}).get("attributes") or {}).items():
            out.append((f"{class_name}.{name}", attribute or {}))
    return out


def all_values() -> list[tuple[str, str, dict]]:
    out = []
    for source in (schema(), terms()):
        for enum_name, enum in source["enums"].items():
            for text, value in (enum.get("permissible_values") or {}).items():
                out.append((enum_name, text, value or {}))
    return out


def prefix_of(curie: str) -> str:
    return curie.split(":", 1)[0]


ALLOWED = DPV_PREFIXES + STANDARD_PREFIXES + (PROJECT_PREFIX,)


def test_one_project_namespace():
    assert schema()["prefixes"][PROJECT_PREFIX] == PROJECT_NAMESPACE
    assert schema()["default_prefix"] == PROJECT_PREFIX
    assert schema()["id"].startswith(PROJECT_NAMESPACE)


def test_dpv_namespaces_are_the_2_3_https_ones():
    prefixes = schema()["prefixes"]
    assert prefixes["dpv"] == "https://w3id.org/dpv#"
    assert prefixes["pd"] == "https://w3id.org/dpv/pd#"
    assert prefixes["eu-gdpr"] == "https://w3id.org/dpv/legal/eu/gdpr#"
    assert prefixes["legal-eu"] == "https://w3id.org/dpv/legal/eu#"
    assert prefixes["legal-fi"] == "https://w3id.org/dpv/legal/fi#"
    assert prefixes["loc"] == "https://w3id.org/dpv/loc#"
    assert prefixes["tech"] == "https://w3id.org/dpv/tech#"


@pytest.mark.parametrize("name", sorted(schema()["classes"]))
def test_every_class_has_a_class_uri(name: str):
    uri = (schema()["classes"][name] or {}).get("class_uri")
    assert uri and prefix_of(uri) in ALLOWED, f"{name}: class_uri {uri!r}"


@pytest.mark.parametrize("name,spec", all_slots(), ids=[n for n, _ in all_slots()])
def test_every_slot_has_a_slot_uri(name: str, spec: dict):
    uri = spec.get("slot_uri")
    assert uri and prefix_of(uri) in ALLOWED, f"{name}: slot_uri {uri!r}"


def test_every_enum_value_has_a_meaning_equal_to_its_curie():
    for enum_name, text, value in all_values():
        assert value.get("meaning") == text, f"{enum_name}.{text}"
        assert prefix_of(text) in (*DPV_PREFIXES, PROJECT_PREFIX), f"{enum_name}.{text}"


def test_own_terms_name_a_dpv_concept_as_broader():
    """Classes, slots and values in the project namespace each name their nearest DPV (or standard) concept."""
    own = []
    for name, spec in schema()["classes"].items():
        if prefix_of((spec or {}).get("class_uri", "")) == PROJECT_PREFIX:
            own.append((name, spec))
    own += [(n, s) for n, s in all_slots() if prefix_of(s.get("slot_uri", "")) == PROJECT_PREFIX]
    own += [(f"{e}.{t}", v) for e, t, v in all_values() if prefix_of(t) == PROJECT_PREFIX]
    assert own
    for name, spec in own:
        if name.startswith("LangText."):
            continue  # language-map keys become literal language tags, never predicates
        broader = spec.get("broad_mappings") or []
        assert broader and all(prefix_of(b) in DPV_PREFIXES + STANDARD_PREFIXES for b in broader), name


def test_no_project_value_shadows_a_dpv_one():
    dpv_values = {t for e, t, _ in all_values() if prefix_of(t) != PROJECT_PREFIX}
    own_titles = [t for e, t, _ in all_values() if prefix_of(t) == PROJECT_PREFIX]
    for text in own_titles:
        local = text.split(":", 1)[1]
        assert not any(v.split(":", 1)[1] == local for v in dpv_values), text


def used_dpv_iris() -> set[str]:
    """Every DPV-namespace CURIE the schema uses, as class_uri, slot_uri, meaning or broad mapping."""
    used: set[str] = set()
    for spec in (schema()["classes"] or {}).values():
        used.add((spec or {}).get("class_uri", ""))
        used.update((spec or {}).get("broad_mappings") or [])
    for _, spec in all_slots():
        used.add(spec.get("slot_uri", ""))
        used.update(spec.get("broad_mappings") or [])
    for _, _text, value in all_values():
        used.add(value.get("meaning", ""))
        used.update(value.get("broad_mappings") or [])
    return {c for c in used if prefix_of(c) in DPV_PREFIXES}


@cache
def dpv_status(dpv_dir: Path) -> dict[str, str]:
    """Map every DPV 2.3 term (CURIE) to its sw:term_status."""
    import pyoxigraph as ox

    status_property = "http://www.w3.org/2003/06/sw-vocab-status/ns#term_status"
    namespaces = {p: schema()["prefixes"][p] for p in DPV_PREFIXES}
    statuses: dict[str, str] = {}
    subjects: set[str] = set()
    for name in DPV_FILES:
        for triple in ox.parse(path=str(dpv_dir / name), format=ox.RdfFormat.TURTLE):
            if isinstance(triple.subject, ox.NamedNode):
                subjects.add(triple.subject.value)
                if triple.predicate.value == status_property and triple.subject.value not in statuses:
                    statuses[triple.subject.value] = str(triple.object.value)
    out = {}
    for subject in subjects:
        for prefix, namespace in namespaces.items():
            if subject.startswith(namespace) and len(subject) > len(namespace):
                out[f"{prefix}:{subject[len(namespace) :]}"] = statuses.get(subject, "accepted")
    return out


@pytest.mark.slow
def test_every_dpv_iri_exists_and_is_live(shared: Path):
    status = dpv_status(shared / "dpv" / "2.3")
    used = used_dpv_iris()
    assert len(used) > 1000
    missing = sorted(c for c in used if c not in status)
    dead = sorted(c for c in used if status.get(c) in ("sunset", "deprecated"))
    assert not missing, f"not in DPV 2.3: {missing}"
    assert not dead, f"sunset or deprecated in DPV 2.3: {dead}"

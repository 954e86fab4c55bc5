"""SHACL: the shapes generated from the schema accept every example's RDF and reject broken graphs."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
import yaml
from rdflib.namespace import DCTERMS, RDF, XSD

from dpvconv.rdf.triples import to_triples
from dpvconv.resources import GENERATED_DIR

from .conftest import DATA, EXAMPLES

DPV = rdflib.Namespace("https://w3id.org/dpv#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
POLICY_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]


@cache
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(GENERATED_DIR / "dpvconv.shapes.ttl", format="turtle")


def graph_of(path: Path) -> rdflib.Graph:
    policy = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = ox.serialize(to_triples(policy), format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=text, format="nt")


def conforms(graph: rdflib.Graph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(graph, shacl_graph=shapes(), inference="none")
    return ok, text


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_every_example_conforms(path: Path):
    ok, text = conforms(graph_of(path))
    assert ok, text[:3000]


def notice(graph: rdflib.Graph) -> rdflib.term.Node:
    return next(graph.subjects(RDF.type, DPV.PrivacyNotice))


def test_missing_title_is_rejected():
    graph = graph_of(EXAMPLES / "viima.yaml")
    graph.remove((notice(graph), DCTERMS.title, None))
    assert not conforms(graph)[0]


def test_non_dpv_purpose_in_a_nested_process_is_rejected():
    graph = graph_of(EXAMPLES / "inmics.yaml")
    nested = [o for s, o in graph.subject_objects(DPV.hasProcess) if s != notice(graph)]
    assert nested, "inmics nests processes"
    graph.add((nested[0], DPV.hasPurpose, rdflib.URIRef("https://example.org/NotAPurpose")))
    assert not conforms(graph)[0]


def test_duration_without_its_datatype_is_rejected():
    graph = graph_of(EXAMPLES / "inmics.yaml")
    durations = list(graph.subject_objects(RDF.value))
    assert durations
    node, value = durations[0]
    graph.remove((node, RDF.value, value))
    graph.add((node, RDF.value, rdflib.Literal(str(value))))
    assert not conforms(graph)[0]


def test_evidence_without_a_quote_is_rejected():
    graph = graph_of(EXAMPLES / "vimana.yaml")
    selector = next(graph.subjects(RDF.type, OA.TextQuoteSelector))
    graph.remove((selector, OA.exact, None))
    assert not conforms(graph)[0]


def test_two_dates_are_rejected():
    graph = graph_of(EXAMPLES / "viima.yaml")
    graph.add((notice(graph), DCTERMS.modified, rdflib.Literal("2024-01-01", datatype=XSD.date)))
    assert not conforms(graph)[0]


def test_processing_as_text_is_rejected():
    graph = graph_of(EXAMPLES / "vimana.yaml")
    process = next(graph.objects(notice(graph), DPV.hasProcess))
    graph.add((process, DPV.hasProcessing, rdflib.Literal("collect")))
    assert not conforms(graph)[0]

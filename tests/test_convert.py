"""``dpvconv convert``: every format states the same graph, aligned with DPV, and nothing goes online."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import yaml
from click.testing import CliRunner
from pyld import jsonld
from rdflib.compare import isomorphic

from dpvconv.cli import main
from dpvconv.rdf.formats import FORMATS, convert
from dpvconv.rdf.jsonld import RemoteDocumentRefused, bundled_context, document_loader, to_jsonld
from dpvconv.rdf.mapping import CONTEXT_URL
from dpvconv.rdf.triples import to_triples

from .conftest import DATA, EXAMPLES
from .support.graphs import canonical, nquads_graph

POLICY_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "rdfxml": "xml"}


@cache
def policy(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def reference(path: Path) -> Counter[tuple[str, str, str, str]]:
    """The graph as the triple writer states it, in canonical form."""
    return canonical(to_triples(policy(path)))


def merged(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("name", sorted(RDFLIB_FORMATS))
def test_rdf_formats_are_the_same_graph(path: Path, name: str):
    text = convert(policy(path), name)
    if name in ("nquads", "trig"):
        graph = merged(rdflib.Dataset().parse(data=text, format=RDFLIB_FORMATS[name]))
    else:
        graph = rdflib.Graph().parse(data=text, format=RDFLIB_FORMATS[name])
    assert canonical(graph) == reference(path)


def test_canonical_comparison_agrees_with_rdflib_isomorphic():
    """The one rdflib.compare.isomorphic left: it agrees with the canonical comparison the other tests use."""
    path = EXAMPLES / "vimana.yaml"
    expected = rdflib.Graph().parse(
        data=ox.serialize(to_triples(policy(path)), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt"
    )
    parsed = rdflib.Graph().parse(data=convert(policy(path), "turtle"), format="turtle")
    assert isomorphic(parsed, expected) and canonical(parsed) == reference(path)
    changed = rdflib.Graph().parse(data=convert(policy(path), "turtle"), format="turtle")
    changed.remove(next(iter(changed.triples((None, None, None)))))
    assert not isomorphic(changed, expected) and canonical(changed) != reference(path)


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_jsonld_is_the_same_graph_by_pyld(path: Path):
    document = json.loads(convert(policy(path), "jsonld"))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": document_loader})
    assert canonical(nquads_graph(nquads)) == reference(path)


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_jsonld_referring_to_the_old_context_url_is_the_same_graph(path: Path):
    """Documents written by earlier versions referred to CONTEXT_URL; dpvconv's loader still reads them."""
    text = convert(policy(path), "jsonld", context_url=CONTEXT_URL)
    document = json.loads(text)
    assert document["@context"][0] == CONTEXT_URL
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": document_loader})
    assert canonical(nquads_graph(nquads)) == reference(path)


def test_every_format_is_byte_stable():
    path = EXAMPLES / "viima.yaml"
    for name in FORMATS:
        assert convert(policy(path), name) == convert(yaml.safe_load(path.read_text(encoding="utf-8")), name)


PREFIXES = """
PREFIX dpv: <https://w3id.org/dpv#>
PREFIX pd: <https://w3id.org/dpv/pd#>
PREFIX eu-gdpr: <https://w3id.org/dpv/legal/eu/gdpr#>
PREFIX loc: <https://w3id.org/dpv/loc#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

# Golden checks on every curated policy: what a DPV consumer relies on.
EVERY_POLICY = {
    "notice typed and titled": (
        "ASK { ?n a dpv:PrivacyNotice ; dct:title ?t ; dpv:hasDataController ?c . ?c a dpv:Organisation }"
    ),
    "processes with DPV purposes as IRIs": (
        "ASK { ?n dpv:hasProcess ?p . ?p a dpv:Process ; dpv:hasPurpose ?x . "
        "FILTER(isIRI(?x) && STRSTARTS(STR(?x), 'https://w3id.org/dpv')) }"
    ),
    "personal data as DPV concepts": "ASK { ?p dpv:hasPersonalData ?d . FILTER(isIRI(?d)) }",
    "English literals": "ASK { ?s dct:title ?t . FILTER(lang(?t) = 'en') }",
    "nested nodes typed": (
        "ASK { FILTER NOT EXISTS { ?s dct:source ?e . FILTER NOT EXISTS { ?e a oa:TextQuoteSelector ; oa:exact ?q } } }"
    ),
    "a prohibition": "ASK { ?s dpv:hasProhibition ?x . ?x a dpv:Process, dpv:Prohibition }",
    # As DPV's E0067: the notice has the right's concept, and the right it describes is of that concept.
    "rights": (
        "ASK { ?n a dpv:PrivacyNotice ; dpv:hasRight ?right, ?r . ?r a dpv:Right, ?right . "
        "FILTER(isIRI(?right) && STRSTARTS(STR(?right), 'https://w3id.org/dpv/legal/eu/gdpr#')) }"
    ),
}
PER_POLICY = {
    "inmics": [
        "ASK { ?s dct:title ?t . FILTER(lang(?t) = 'fi') }",
        "ASK { ?r dpv:hasDuration ?d . ?d a dpv:UntilEventDuration ; dct:description ?e . FILTER(lang(?e) = 'fi') }",
        "ASK { ?r dpv:hasDuration ?low, ?high . "
        '?low a dpv:TemporalDuration, <https://w3id.org/dpvconv/MinimumDuration> ; rdf:value "P3Y"^^xsd:duration . '
        '?high a dpv:TemporalDuration, <https://w3id.org/dpvconv/MaximumDuration> ; rdf:value "P6Y"^^xsd:duration }',
    ],
    "viima": [
        "ASK { ?r a dpv:StorageDuration ; dpv:hasDuration ?d . "
        '?d a dpv:TemporalDuration, <https://w3id.org/dpvconv/MaximumDuration> ; rdf:value "P12M"^^xsd:duration }',
        "ASK { ?p dpv:hasProhibition/dpv:hasPurpose dpv:SellDataToThirdParties }",
        "ASK { ?p dpv:hasProcessing ?t . ?t a dpv:CrossBorderTransfer ; dpv:hasLocation loc:non-EU }",
        "ASK { ?o a dpv:DataController, dpv:Organisation . ?p dpv:hasDataProcessor ?v . ?v a dpv:DataProcessor }",
    ],
    "vimana": [
        "ASK { ?s dpv:hasProhibition ?x . ?x dpv:hasContext dpv:AutomatedDecisionMaking }",
        "ASK { ?p dpv:hasProcessing dpv:Profiling ; dpv:hasNecessity dpv:Optional }",
    ],
    "solinum": [
        "ASK { ?s dct:title ?t . FILTER(lang(?t) = 'fi') }",
        'ASK { ?n a dpv:PrivacyNotice ; dpv:hasLocation "www.solinum.fi/tietosuojaseloste"^^xsd:anyURI }',
        "ASK { ?p dpv:hasStorageCondition ?s . ?s a dpv:StorageLocation ; dpv:hasLocation loc:EU }",
    ],
    "vitec-futursoft": [
        "ASK { ?s dct:title ?t . FILTER(lang(?t) = 'fi') }",
        "ASK { ?t a dpv:CrossBorderTransfer ; dpv:hasLegalBasis eu-gdpr:A46-2-c }",
        "ASK { ?s dpv:hasProhibition/dpv:hasPurpose dpv:SellDataToThirdParties }",
    ],
}


@cache
def store(name: str) -> ox.Store:
    result = ox.Store()
    result.extend(
        ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
        for t in to_triples(policy(EXAMPLES / f"{name}.yaml"))
    )
    return result


@pytest.mark.parametrize("name", sorted(PER_POLICY))
@pytest.mark.parametrize("check", sorted(EVERY_POLICY))
def test_golden_checks_on_every_policy(name: str, check: str):
    assert store(name).query(PREFIXES + EVERY_POLICY[check]), check


@pytest.mark.parametrize(
    "name,query", [(n, q) for n, qs in sorted(PER_POLICY.items()) for q in qs], ids=lambda v: v[:40]
)
def test_golden_checks_per_policy(name: str, query: str):
    assert store(name).query(PREFIXES + query)


def test_golden_checks_can_fail():
    assert not store("vimana").query(PREFIXES + "ASK { ?p dpv:hasPurpose dpv:SellDataToThirdParties }")


def test_document_loader_serves_only_the_bundled_context():
    remote = {"@context": "https://example.org/context.jsonld", "@id": "https://example.org/x", "name": "x"}
    with pytest.raises(Exception) as caught:
        jsonld.expand(remote, {"documentLoader": document_loader})
    chain = []
    error: BaseException | None = caught.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or getattr(error, "cause", None) or error.__context__
    assert any(isinstance(e, RemoteDocumentRefused) for e in chain) or "refusing to fetch" in str(caught.value)


def test_document_loader_refusal_message():
    with pytest.raises(RemoteDocumentRefused, match=r"refusing to fetch https://example\.org/c\.jsonld"):
        document_loader("https://example.org/c.jsonld")


def test_jsonld_reads_like_the_yaml():
    document = to_jsonld(policy(EXAMPLES / "inmics.yaml"))
    assert document["@context"][0] == bundled_context()["@context"]
    assert document["@context"][1] == {"@base": "https://w3id.org/dpvconv/id/inmics-privacy-notice/"}
    assert document["id"] == "https://w3id.org/dpvconv/id/inmics-privacy-notice/"
    assert set(document["title"]) == {"fi", "en"}


def test_cli_converts_a_directory(tmp_path: Path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(EXAMPLES), "--to", "turtle", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.ttl" for p in EXAMPLES.glob("*.yaml"))


def test_cli_single_input_to_stdout():
    result = CliRunner().invoke(main, ["convert", str(EXAMPLES / "vimana.yaml"), "--to", "ntriples"])
    assert result.exit_code == 0
    assert "<https://w3id.org/dpvconv/id/vimana-privacy-notice/>" in result.output


def test_cli_base_option():
    result = CliRunner().invoke(
        main, ["convert", str(EXAMPLES / "vimana.yaml"), "--to", "ntriples", "--base", "https://example.com/p/"]
    )
    assert "<https://example.com/p/vimana-privacy-notice/>" in result.output
    bad = CliRunner().invoke(main, ["convert", str(EXAMPLES / "vimana.yaml"), "--to", "turtle", "--base", "x"])
    assert bad.exit_code == 2


def test_cli_refuses_to_overwrite_an_input(tmp_path: Path):
    target = tmp_path / "p.yaml"
    target.write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    before = target.read_bytes()
    result = CliRunner().invoke(main, ["convert", str(target), "--to", "turtle", "-o", str(target)])
    assert result.exit_code == 2
    assert "refusing to overwrite an input" in result.output
    assert target.read_bytes() == before


def test_cli_invalid_input_is_reported_not_converted(tmp_path: Path):
    out = tmp_path / "out"
    invalid = DATA / "invalid" / "Process-enum-unknown-purpose.yaml"
    result = CliRunner().invoke(
        main, ["convert", str(invalid), str(EXAMPLES / "vimana.yaml"), "--to", "nquads", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "Process-enum-unknown-purpose.yaml:56:16: error:" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["vimana.nq"]


# raptor2's names for the formats it parses (it has no JSON-LD parser). Its N-Triples writer drops
# graph names, which merges the named graph of N-Quads and TriG as `merged` does.
RAPPER_FORMATS = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig", "rdfxml": "rdfxml"}


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("name", sorted(RAPPER_FORMATS))
def test_rapper_reads_every_rdf_format_as_the_same_graph(path: Path, name: str):
    """raptor2 (C, independent of rdflib and pyoxigraph) parses each serialization strictly."""
    import subprocess

    from .conftest import require_tool

    rapper = require_tool("rapper", "raptor2-utils, an independent RDF parser")
    result = subprocess.run(
        [rapper, "--quiet", "--input", RAPPER_FORMATS[name], "--output", "ntriples", "-", "http://example.invalid/"],
        input=convert(policy(path), name).encode(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert not result.stderr, result.stderr.decode()  # warnings count as failures too
    parsed = canonical(ox.parse(result.stdout, format=ox.RdfFormat.N_TRIPLES))
    assert parsed == canonical(to_triples(policy(path)))


def test_canonical_comparison_tells_graphs_apart():
    triples = list(to_triples(policy(EXAMPLES / "viima.yaml")))
    changed = [*triples[:-1], ox.Triple(triples[-1].subject, triples[-1].predicate, ox.Literal("changed"))]
    assert canonical(triples) == canonical(reversed(triples))
    assert canonical(triples) != canonical(changed)

"""The dpvconv vocabulary: every IRI of our own namespace the RDF uses is defined, labelled in English and
Finnish, and placed in DPV 2.3 (or a standard vocabulary); ``dpvconv vocab`` writes it in every format as
one graph; ``dpvconv publish`` puts it in the site. That the committed file is what the schema generates
is checked with the other generated artifacts (tests/test_generated.py)."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import yaml
from click.testing import CliRunner
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SDO, SKOS

from dpvconv.cli import main
from dpvconv.policy.validate import load_valid
from dpvconv.rdf.triples import to_triples
from dpvconv.rdf.vocabulary import FORMATS, VocabularyError, schema_terms
from dpvconv.resources import VOCABULARY_PATH

from .conftest import DATA, EXAMPLES, ROOT, assert_clean_failure, dpvconv

OWN = "https://w3id.org/dpvconv/"
PROF = rdflib.Namespace("http://www.w3.org/ns/dx/prof/")
SW = rdflib.Namespace("http://www.w3.org/2003/06/sw-vocab-status/ns#")
POLICY_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]
#: A base outside our namespace, so that every IRI of our namespace in the output is a term, not a node.
BASE = "https://example.org/policies/"
#: The standard vocabularies a term of ours may lead into where DPV has no home, with their terms as
#: rdflib lists them.
STANDARD = {"dct": DCTERMS, "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "owl": OWL, "schema": SDO}
#: What the vocabulary declares each kind of term as, following DPV 2.3, and the relation that places it.
DECLARED = {"class": RDFS.Class, "property": RDF.Property, "concept": SKOS.Concept}
PLACED_BY = {"class": RDFS.subClassOf, "property": RDFS.subPropertyOf, "concept": SKOS.broader}
#: What the term a chain reaches must be in DPV 2.3.
DPV_KIND = {"class": RDFS.Class, "property": RDF.Property, "concept": SKOS.Concept}
LANGUAGES = ("en", "fi")


@cache
def vocabulary() -> rdflib.Graph:
    return rdflib.Graph().parse(VOCABULARY_PATH, format="turtle")


def own_terms(graph: rdflib.Graph) -> dict[str, str]:
    """Every term the vocabulary defines (its concept schemes aside), by IRI: its kind, as the vocabulary
    says it: a property is an rdf:Property, a class is in the scheme of classes, a concept in another."""
    terms = {}
    for subject in set(graph.subjects(RDFS.isDefinedBy, rdflib.URIRef(OWN))):
        types = set(graph.objects(subject, RDF.type))
        if SKOS.Concept not in types:
            continue
        if RDF.Property in types:
            terms[str(subject)] = "property"
        elif (subject, SKOS.inScheme, rdflib.URIRef(OWN + "classes")) in graph:
            terms[str(subject)] = "class"
        else:
            terms[str(subject)] = "concept"
    return terms


@cache
def used() -> dict[str, dict[str, set[str]]]:
    """The IRIs of our namespace in the RDF of every example and valid test policy, by how they are used:
    ``class`` (object of rdf:type), ``property`` (predicate), ``concept`` (any other object); each with
    the files that use it so."""
    found: dict[str, dict[str, set[str]]] = {
        "class": defaultdict(set),
        "property": defaultdict(set),
        "concept": defaultdict(set),
    }
    for path in POLICY_FILES:
        for triple in to_triples(load_valid(path), BASE):
            name = path.relative_to(ROOT).as_posix()
            assert not triple.subject.value.startswith(OWN), f"{name}: a node in our vocabulary's namespace"
            if triple.predicate.value.startswith(OWN):
                found["property"][triple.predicate.value].add(name)
            if isinstance(triple.object, ox.NamedNode) and triple.object.value.startswith(OWN):
                role = "class" if triple.predicate.value == str(RDF.type) else "concept"
                found[role][triple.object.value].add(name)
    return found


def test_the_examples_use_terms_of_our_own_of_every_kind():
    assert all(used()[role] for role in ("class", "property", "concept")), {r: len(v) for r, v in used().items()}


@pytest.mark.parametrize("role", ["class", "property", "concept"])
def test_every_own_iri_in_the_output_is_defined_as_what_it_is_used_as(role: str):
    g = vocabulary()
    declared = DECLARED[role]
    undefined = {
        iri: sorted(files) for iri, files in used()[role].items() if (rdflib.URIRef(iri), RDF.type, declared) not in g
    }
    assert not undefined, f"used as a {role} but not declared {g.qname(declared)} in the vocabulary: {undefined}"


def schema_own_iris() -> dict[str, str]:
    """Every IRI the schema mints in our namespace, with its kind, read from the YAML itself (not through
    the generator): class_uri, slot_uri (but LangText's, which are language tags in RDF) and enum meanings."""
    schema = yaml.safe_load((ROOT / "schema" / "dpvconv.yaml").read_text(encoding="utf-8"))
    curies = {spec.get("class_uri", ""): "class" for spec in schema["classes"].values()}
    curies |= {spec.get("slot_uri", ""): "property" for spec in schema["slots"].values()}
    for name, spec in schema["classes"].items():
        if name != "LangText":
            curies |= {a.get("slot_uri", ""): "property" for a in (spec.get("attributes") or {}).values()}
    for enum in schema["enums"].values():
        curies |= {v.get("meaning", ""): "concept" for v in (enum.get("permissible_values") or {}).values()}
    return {OWN + c.split(":", 1)[1]: kind for c, kind in curies.items() if c.startswith("dpvconv:")}


def test_the_vocabulary_defines_every_term_the_schema_mints_and_nothing_else():
    defined = own_terms(vocabulary())
    minted = schema_own_iris()
    assert defined == minted, {
        "not defined (or not as that kind)": sorted(set(minted.items()) - set(defined.items())),
        "not in the schema (or not as that kind)": sorted(set(defined.items()) - set(minted.items())),
    }


def test_every_term_has_english_and_finnish_labels_and_a_definition():
    g = vocabulary()
    terms = own_terms(g)
    assert len(terms) > 50
    for iri in terms:
        node = rdflib.URIRef(iri)
        for predicate in (RDFS.label, SKOS.prefLabel):
            languages = sorted(o.language for o in g.objects(node, predicate))
            assert languages == sorted(LANGUAGES), (
                f"{iri}: {g.qname(predicate)} in {languages}, one in each of {LANGUAGES}"
            )
            assert all(str(o).strip() for o in g.objects(node, predicate)), iri
        definitions = {o.language: str(o) for o in g.objects(node, SKOS.definition)}
        assert definitions.get("en", "").strip(), f"{iri}: no English skos:definition"
        assert set(definitions) <= set(LANGUAGES), iri
        assert (node, RDFS.isDefinedBy, rdflib.URIRef(OWN)) in g, iri
        schemes = set(g.objects(node, SKOS.inScheme))
        assert schemes and all((s, RDF.type, SKOS.ConceptScheme) in g for s in schemes), iri


@pytest.mark.parametrize("kind", ["class", "property", "concept"])
def test_terms_are_declared_as_dpv_declares_its_own(kind: str):
    """DPV 2.3: a class is ``rdfs:Class, skos:Concept`` with rdfs:subClassOf and skos:broader its parent; a
    property ``rdf:Property, skos:Concept`` with rdfs:subPropertyOf and skos:broader; a concept of a
    taxonomy ``rdfs:Class, skos:Concept`` with skos:broader alone."""
    g = vocabulary()
    terms = [iri for iri, k in own_terms(g).items() if k == kind]
    assert terms
    expected_types = {"class": {RDFS.Class, SKOS.Concept}, "property": {RDF.Property, SKOS.Concept}}
    expected_types["concept"] = expected_types["class"]
    for iri in terms:
        node = rdflib.URIRef(iri)
        assert set(g.objects(node, RDF.type)) == expected_types[kind], iri
        broader = set(g.objects(node, SKOS.broader))
        assert broader, f"{iri} has no skos:broader"
        hierarchy = {"class": RDFS.subClassOf, "property": RDFS.subPropertyOf}.get(kind)
        if hierarchy is not None:
            assert set(g.objects(node, hierarchy)) == broader, iri
        else:
            assert not set(g.objects(node, RDFS.subClassOf)), iri
        assert (node, SW.term_status, rdflib.Literal("accepted", lang="en")) in g, iri


@cache
def dpv_terms(dpv_dir: Path) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Every IRI DPV 2.3 declares (a subject of its Turtle files), with its rdf:types and its sw:term_status."""
    types: dict[str, set[str]] = defaultdict(set)
    status: dict[str, str] = {}
    for path in sorted(dpv_dir.glob("*.ttl")):
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if not isinstance(triple.subject, ox.NamedNode):
                continue
            subject = triple.subject.value
            types.setdefault(subject, set())
            if triple.predicate.value == str(RDF.type) and isinstance(triple.object, ox.NamedNode):
                types[subject].add(triple.object.value)
            elif triple.predicate.value == str(SW.term_status):
                status[subject] = triple.object.value
    return dict(types), status


def standard_problem(iri: str, kind: str) -> str | None:
    """Why ``iri`` is not a term of a standard vocabulary that can be a ``kind``'s parent, or None."""
    for namespace in STANDARD.values():
        if iri.startswith(str(namespace)):
            if rdflib.URIRef(iri) not in namespace:
                return "is not a term of its vocabulary"
            local = iri[len(str(namespace)) :]
            if (kind == "property") != local[:1].islower():
                return f"is not a {kind} (by its vocabulary's naming)"
            return None
    return "is neither in DPV 2.3 nor in a standard vocabulary (" + ", ".join(STANDARD) + ")"


def chains(g: rdflib.Graph, start: str, relation: rdflib.URIRef) -> Iterator[list[str]]:
    """Every path along ``relation`` from ``start`` through our own terms to the first IRI that is not ours."""
    stack = [[start]]
    while stack:
        path = stack.pop()
        parents = [str(o) for o in g.objects(rdflib.URIRef(path[-1]), relation)]
        if not parents:
            yield path
        for parent in parents:
            assert parent not in path, f"a cycle: {' -> '.join([*path, parent])}"
            if parent.startswith(OWN):
                stack.append([*path, parent])
            else:
                yield [*path, parent]


def test_every_term_leads_into_dpv_or_a_standard_vocabulary(shared: Path):
    """From each term of ours, every chain of skos:broader (concepts), rdfs:subClassOf (classes) or
    rdfs:subPropertyOf (properties) leaves our namespace at a live DPV 2.3 term of the same kind (or a
    term of a standard vocabulary), so a query that follows DPV's hierarchy finds ours."""
    dpv_types, dpv_status = dpv_terms(shared / "dpv" / "2.3")
    g = vocabulary()
    problems = []
    for iri, kind in sorted(own_terms(g).items()):
        for path in chains(g, iri, PLACED_BY[kind]):
            end = path[-1]
            where = " -> ".join(path)
            if end.startswith(OWN):
                problems.append(f"{where}: ends in our own namespace, outside DPV")
            elif end in dpv_types:
                if str(DPV_KIND[kind]) not in dpv_types[end]:
                    problems.append(f"{where}: DPV 2.3 does not declare it a {g.qname(DPV_KIND[kind])}")
                if dpv_status.get(end) in ("sunset", "deprecated"):
                    problems.append(f"{where}: {dpv_status[end]} in DPV 2.3")
            elif (problem := standard_problem(end, kind)) is not None:
                problems.append(f"{where}: {problem}")
    assert not problems, "\n".join(problems)


OFFICIAL_ID_QUERY = """
PREFIX dpv: <https://w3id.org/dpv#>
PREFIX pd: <https://w3id.org/dpv/pd#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?notice ?data WHERE {
  GRAPH ?notice { ?process dpv:hasPersonalData ?data }
  ?data skos:broader* pd:OfficialID .
}
"""


def test_with_the_vocabulary_a_query_for_official_ids_finds_solinum():
    """The issue's question, asked of the examples with the vocabulary beside them: "who collects an
    official identifier (pd:OfficialID or narrower)?" finds Solinum's personal identity code."""
    store = ox.Store()
    for path in sorted(EXAMPLES.glob("*.yaml")):
        store.extend(
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(f"{BASE}{path.stem}"))
            for t in to_triples(load_valid(path), BASE)
        )
    store.load(path=str(VOCABULARY_PATH), format=ox.RdfFormat.TURTLE)  # into the default graph
    answers = {(row["notice"].value, row["data"].value) for row in store.query(OFFICIAL_ID_QUERY)}
    assert (f"{BASE}solinum", OWN + "PersonalIdentityCode") in answers


def test_the_header_names_the_schema_version_and_dpv_2_3():
    g = vocabulary()
    ontology = rdflib.URIRef(OWN)
    schema = yaml.safe_load((ROOT / "schema" / "dpvconv.yaml").read_text(encoding="utf-8"))
    assert (ontology, RDF.type, OWL.Ontology) in g
    assert [str(v) for v in g.objects(ontology, OWL.versionInfo)] == [schema["version"]]
    assert list(g.objects(ontology, PROF.isProfileOf)) == [rdflib.URIRef("https://w3id.org/dpv/2.3")]
    assert {t.language for t in g.objects(ontology, DCTERMS.title)} == set(LANGUAGES)
    assert all("DPV 2.3" in str(d) for d in g.objects(ontology, DCTERMS.description))


# ------------------------------------------------------------------------------ dpvconv vocab


def vocab(*args: str) -> str:
    result = CliRunner().invoke(main, ["vocab", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_offers_the_vocabulary_formats():
    choices = next(p for p in main.commands["vocab"].params if p.name == "to").type.choices  # type: ignore[attr-defined]
    assert sorted(choices) == sorted(FORMATS)


def read_jsonld(text: str, processor: str) -> rdflib.Graph:
    """The graph of a JSON-LD document as ``processor`` reads it, with the network refused."""
    if processor == "rdflib":
        return rdflib.Graph().parse(data=text, format="json-ld")
    if processor == "pyoxigraph":
        nquads = ox.serialize(ox.parse(text, format=ox.RdfFormat.JSON_LD), format=ox.RdfFormat.N_QUADS)
    else:
        from pyld import jsonld

        def refuse(url: str, options: object = None) -> None:
            raise AssertionError(f"the JSON-LD made pyld fetch {url}")

        nquads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads", "documentLoader": refuse}).encode()
    return rdflib.Graph().parse(data=nquads, format="nt")


def test_every_format_states_the_same_graph():
    """The Turtle is the generated file as it stands; N-Triples, RDF/XML and JSON-LD (read by rdflib,
    pyoxigraph and pyld, offline) state the same graph, and pyoxigraph reads the Turtle too."""
    turtle = vocab()
    assert turtle == VOCABULARY_PATH.read_text(encoding="utf-8")
    expected = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == len(expected)
    assert isomorphic(rdflib.Graph().parse(data=vocab("--to", "ntriples"), format="nt"), expected)
    assert isomorphic(rdflib.Graph().parse(data=vocab("--to", "rdfxml"), format="xml"), expected)
    document = vocab("--to", "jsonld")
    assert isinstance(json.loads(document)["@context"], dict)  # written in: nothing to fetch
    for processor in ("rdflib", "pyoxigraph", "pyld"):
        assert isomorphic(read_jsonld(document, processor), expected), processor


def test_output_file_is_written_and_the_generated_one_never_replaced(tmp_path: Path):
    target = tmp_path / "new" / "dpvconv.vocab.jsonld"
    assert vocab("--to", "jsonld", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8") == vocab("--to", "jsonld")
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    before = VOCABULARY_PATH.read_bytes()
    result = CliRunner().invoke(main, ["vocab", "-o", str(VOCABULARY_PATH)])
    assert result.exit_code == 2 and "refusing to overwrite" in result.output
    assert VOCABULARY_PATH.read_bytes() == before


def test_unwritable_output_and_unknown_format_are_usage_errors(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert_clean_failure(dpvconv("vocab", "-o", str(blocker / "vocab.ttl")), 2)
    assert_clean_failure(dpvconv("vocab", "--to", "nquads"), 2)


# ------------------------------------------------------------------------------ generation


def test_generation_names_each_term_the_schema_leaves_incomplete(tmp_path: Path):
    """A concept without its Finnish label, one without a broad mapping, and one IRI given two different
    labels in two enums: generation stops, naming each."""
    for name in ("dpvconv.yaml", "dpv_terms.yaml"):
        shutil.copy(ROOT / "schema" / name, tmp_path / name)
    schema = tmp_path / "dpvconv.yaml"
    text = schema.read_text(encoding="utf-8")
    edits = [
        ("          label_fi: Palomuuri\n", ""),
        (
            "          label_fi: Markkinatutkimus\n        broad_mappings: [dpv:CommercialResearch]\n",
            "          label_fi: Markkinatutkimus\n",
        ),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    website = "      dpvconv:Website:\n        meaning: dpvconv:Website\n        title: Website\n"
    assert text.count(website) == 2
    head, _, tail = text.rpartition(website)
    text = head + website.replace("title: Website", "title: Web site") + tail
    schema.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as caught:
        schema_terms(schema)
    message = str(caught.value)
    assert "enum DpvconvMeasure, value dpvconv:Firewall has no label_fi annotation" in message
    assert "enum DpvconvPurpose, value dpvconv:MarketResearch: dpvconv:MarketResearch is dpvconv's own" in message
    assert "dpvconv:Website is defined by enum DpvconvScopeKind" in message and "differently" in message
    assert len(message.splitlines()) == 3, message


# ------------------------------------------------------------------------------ dpvconv publish


def test_publish_puts_the_vocabulary_in_the_site_and_links_it_from_the_index(tmp_path: Path):
    site = tmp_path / "site"
    result = CliRunner().invoke(main, ["publish", str(EXAMPLES / "vimana.yaml"), "-o", str(site)])
    assert result.exit_code == 0, result.output
    assert (site / VOCABULARY_PATH.name).read_bytes() == VOCABULARY_PATH.read_bytes()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count(f'<a href="{VOCABULARY_PATH.name}" type="text/turtle">') == 2  # in each language


def test_a_policy_that_would_replace_the_vocabulary_is_refused(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(EXAMPLES / "vimana.yaml", inputs / "dpvconv.vocab.yaml")
    result = dpvconv("publish", str(inputs), "-o", str(tmp_path / "site"))
    assert_clean_failure(result, 2)
    assert "would replace the site's dpvconv.vocab.ttl" in result.stderr
    assert not (tmp_path / "site").exists()

"""The dpvconv vocabulary: the classes, properties and concepts of dpvconv's own namespace as linked data.

Where DPV 2.3 has no term, the schema mints one under ``https://w3id.org/dpvconv/`` and names its
nearest DPV (or standard) term in ``broad_mappings``. The vocabulary declares each of them the way DPV
2.3 declares its own terms (RDFS and SKOS), so a DPV user finds ours where they would look for DPV's:

- a class (``class_uri``): ``a rdfs:Class, skos:Concept`` with ``rdfs:subClassOf`` and ``skos:broader``
  its broad mappings, as DPV's ``dpv:DataController`` is written;
- a property (``slot_uri``): ``a rdf:Property, skos:Concept`` with ``rdfs:subPropertyOf`` and
  ``skos:broader``, and ``dcam:domainIncludes``/``dcam:rangeIncludes`` the classes it links, as DPV's
  ``dpv:hasDataController``;
- a concept (an enum value's ``meaning``): ``a rdfs:Class, skos:Concept`` with ``skos:broader``, in the
  ``skos:ConceptScheme`` of its enum, as DPV's purposes and personal data categories;

each with ``rdfs:label`` and ``skos:prefLabel`` in English and Finnish (the schema's labels: ``title``
or ``label_en``, and ``label_fi``), ``skos:definition`` (the first sentence of its ``description``, the
rest being a ``skos:scopeNote`` as in DPV; in Finnish too where a ``description_fi`` annotation gives
one), ``skos:related`` for its ``related_mappings``,
``rdfs:isDefinedBy`` the vocabulary and ``sw:term_status "accepted"@en``. The vocabulary itself is an
``owl:Ontology`` whose ``owl:versionInfo`` is the schema's version and which is a profile
(``prof:isProfileOf``) of the DPV version the schema names in ``see_also``.

It has two halves:

- :func:`build_vocabulary` makes it, at generation time: the IRIs and where they are used come from
  :mod:`dpvconv.policy.schema_info`, the same walk of the schema the triple writer makes, so the
  vocabulary declares what the writer writes; the words and mappings come from the schema through
  LinkML's ``SchemaView``, the reader that makes the label files, so the labels are the ones the site
  shows. ``scripts/gen_artifacts.py`` writes it to ``generated/dpvconv.vocab.ttl`` (committed, and a
  test fails when it drifts from the schema). It needs LinkML, which is a test extra.
- :func:`vocabulary_text` reads that file and writes it in any of :data:`FORMATS`, for ``dpvconv
  vocab`` and ``dpvconv publish``; it needs nothing beyond the package.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from dpvconv import resources
from dpvconv.policy.schema_info import LANG_TEXT, SlotInfo, SlotKind
from dpvconv.rdf.mapping import Mapping, mapping

#: The prefix of dpvconv's own namespace in the schema.
OWN_PREFIX = "dpvconv"

#: Namespaces the vocabulary uses beyond the schema's, with DPV's own prefixes for them.
EXTRA_PREFIXES = {
    "dcam": "http://purl.org/dc/dcam/",
    "profile": "http://www.w3.org/ns/dx/prof/",
    "sw": "http://www.w3.org/2003/06/sw-vocab-status/ns#",
    "vann": "http://purl.org/vocab/vann/",
}

#: The languages of the labels; every term has a label in each.
LANGUAGES = ("en", "fi")

#: The formats ``dpvconv vocab`` writes, by the names ``convert --to`` gives them: a vocabulary is
#: one graph, so the dataset formats (N-Quads, TriG) are left out.
FORMATS = ("turtle", "jsonld", "ntriples", "rdfxml")

_RDF_FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}

#: The skos:ConceptSchemes of the classes and of the properties; each enum is a scheme of its own.
CLASS_SCHEME = "classes"
PROPERTY_SCHEME = "properties"

#: Where a description's first sentence ends: a full stop (or ! or ?), a space and a capital letter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")

_DPV_VERSION = re.compile(r"^https://w3id\.org/dpv/(?P<version>[0-9]+(\.[0-9]+)*)$")

_HEADER = """\
# The dpvconv vocabulary: the classes, properties and concepts of https://w3id.org/dpvconv/ with
# their labels, definitions and places in DPV. GENERATED from schema/dpvconv.yaml by
# scripts/gen_artifacts.py (dpvconv.rdf.vocabulary); do not edit, run `make gen`.
"""

_TITLE = {"en": "dpvconv vocabulary", "fi": "dpvconv-sanasto"}
_DESCRIPTION = {
    "en": "The classes, properties and concepts that dpvconv's RDF uses where DPV {dpv} has no term of its "
    "own, each placed in DPV's hierarchy (or a standard vocabulary's) by skos:broader, rdfs:subClassOf or "
    "rdfs:subPropertyOf. Generated from the dpvconv schema.",
    "fi": "Luokat, ominaisuudet ja käsitteet, joita dpvconvin tuottama RDF käyttää, kun DPV {dpv}:ssa ei ole "
    "omaa termiä. Kukin on liitetty DPV:n tai vakiintuneen sanaston hierarkiaan (skos:broader, "
    "rdfs:subClassOf tai rdfs:subPropertyOf). Tuotettu dpvconv-skeemasta.",
}

Kind = Literal["class", "property", "concept"]


class VocabularyError(ValueError):
    """The schema does not give a term of our own what the vocabulary needs (labels, a definition, a
    place in DPV); the message names each such term and what to add."""


@dataclass(frozen=True)
class Term:
    """One class, property or concept of dpvconv's own namespace, with everything the vocabulary says of it.

    IRIs are full IRIs; ``labels``, ``definitions`` and ``notes`` (``skos:scopeNote``) map a language tag
    to text.
    """

    iri: str
    kind: Kind
    labels: dict[str, str]
    definitions: dict[str, str]
    broader: tuple[str, ...]
    notes: dict[str, str] = field(default_factory=dict)
    related: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    ranges: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ontology:
    """What the vocabulary says about itself."""

    iri: str
    version: str
    dpv_version: str
    dpv_iri: str
    source: str
    license: str | None
    prefixes: dict[str, str]
    schemes: dict[str, str] = field(default_factory=dict)  # scheme IRI -> its description (English)


# ---------------------------------------------------------------------------------------- generation


@dataclass
class _Draft:
    """A term as the schema's elements that define it are read, merged where one IRI has several (a
    value in two enums, a slot IRI on two slots); they must agree on everything but their schemes."""

    iri: str
    kind: Kind
    where: str
    words: tuple[tuple[str, str], ...]
    broader: tuple[str, ...]
    related: tuple[str, ...]
    schemes: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)


def _notes(element: Any) -> dict[str, str]:
    """An element's annotations as tag -> text (SchemaView gives a dict or a JsonObj)."""
    from linkml_runtime.utils.formatutils import items

    return {str(tag): str(getattr(note, "value", note)) for tag, note in items(element.annotations or {})}


class _Reader:
    def __init__(self, view: Any, m: Mapping):
        self.view = view
        self.m = m
        self.own = m.info.prefixes[OWN_PREFIX]
        self.drafts: dict[str, _Draft] = {}
        self.problems: list[str] = []

    def is_own(self, curie: str) -> bool:
        return curie.partition(":")[0] == OWN_PREFIX

    def expand(self, curie: str, where: str) -> str | None:
        prefix = curie.partition(":")[0]
        if prefix not in self.m.info.prefixes:
            self.problems.append(f"{where}: {curie!r} has a prefix the schema does not declare")
            return None
        return self.m.expand(curie)

    def words(self, element: Any, where: str) -> tuple[tuple[str, str], ...]:
        """``(what, text)`` pairs: ``label@en``, ``label@fi``, ``definition@en`` and maybe ``definition@fi``."""
        notes = _notes(element)
        found = {
            "label@en": notes.get("label_en") or element.title,
            "label@fi": notes.get("label_fi"),
            "definition@en": element.description,
            "definition@fi": notes.get("description_fi"),
        }
        needed = {"label@en": "title", "label@fi": "label_fi annotation", "definition@en": "description"}
        missing = [needed[what] for what in needed if not found[what]]
        if missing:
            self.problems.append(f"{where} has no {' and no '.join(missing)}: the vocabulary needs them")
        return tuple((what, " ".join(str(text).split())) for what, text in found.items() if text)

    def add(self, curie: str, kind: Kind, element: Any, where: str) -> _Draft:
        iri = self.m.expand(curie)
        broader = tuple(filter(None, (self.expand(c, where) for c in element.broad_mappings or [])))
        related = tuple(filter(None, (self.expand(c, where) for c in element.related_mappings or [])))
        if not broader:
            self.problems.append(
                f"{where}: {curie} is dpvconv's own; name its nearest DPV term (or a standard vocabulary's) "
                "in broad_mappings"
            )
        draft = _Draft(iri, kind, where, self.words(element, where), broader, related)
        first = self.drafts.setdefault(iri, draft)
        if first is not draft:
            mine = (draft.kind, draft.words, draft.broader, draft.related)
            theirs = (first.kind, first.words, first.broader, first.related)
            if mine != theirs:
                self.problems.append(
                    f"{curie} is defined by {first.where} and by {where}, differently; give both the same "
                    "labels, description and mappings"
                )
        return first

    def classes(self) -> None:
        for name, curie in self.m.info.class_uris.items():
            if name != LANG_TEXT and self.is_own(curie):
                self.add(curie, "class", self.view.get_class(name), f"class {name}")

    def properties(self) -> None:
        """Each slot IRI of our own as the writer uses it: with the classes whose nodes it links from,
        and what it links to."""
        for class_name, slots in self.m.info.classes.items():
            # LangText's slots are language tags in RDF, never predicates.
            if class_name == LANG_TEXT:
                continue
            abstract = bool(self.view.get_class(class_name).abstract)
            for slot in slots.values():
                if not self.is_own(slot.uri):
                    continue
                draft = self.add(slot.uri, "property", self.view.get_slot(slot.name), f"slot {slot.name}")
                if abstract:
                    continue
                inner = self.m.info.inner_nodes.get(class_name) if slot.inner else None
                domain = self.m.expand(inner.node_class) if inner else self.m.class_iri(class_name)
                _append_new(draft.domains, [domain])
                _append_new(draft.ranges, self.ranges(slot))

    def ranges(self, slot: SlotInfo) -> list[str]:
        if slot.kind is SlotKind.WRAPPED and slot.node_classes:
            return [self.m.expand(slot.node_classes[0])]
        if slot.kind in (SlotKind.NESTED, SlotKind.REFERENCE, SlotKind.LANGUAGE_MAP) and slot.target:
            return [self.m.class_iri(slot.target)]
        return []

    def concepts(self) -> dict[str, str]:
        """The enum values of our own, each in its enum's scheme; returns the schemes and their descriptions."""
        schemes: dict[str, str] = {}
        for enum_name, enum in self.view.all_enums().items():
            for text, value in (enum.permissible_values or {}).items():
                curie = value.meaning or text
                if not self.is_own(curie):
                    continue
                scheme = str(self.view.get_uri(enum, expand=True))
                schemes[scheme] = " ".join(str(enum.description or enum_name).split())
                draft = self.add(curie, "concept", value, f"enum {enum_name}, value {text}")
                _append_new(draft.schemes, [scheme])
        return schemes


def _append_new(target: list[str], items: Iterable[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def schema_terms(schema: Path | None = None) -> tuple[Ontology, list[Term]]:
    """The vocabulary's header and terms, read from the schema (through LinkML's ``SchemaView``).

    Raises:
        VocabularyError: some term of our own lacks a label, a definition or a broad mapping, two
            definitions of one IRI disagree, or the schema names no DPV version in ``see_also``.
    """
    from linkml_runtime.utils.schemaview import SchemaView

    view = SchemaView(str(schema or resources.schema_path()))
    m = mapping()
    reader = _Reader(view, m)
    reader.classes()
    reader.properties()
    schemes = reader.concepts()
    versions = [match for s in view.schema.see_also or [] if (match := _DPV_VERSION.match(str(s)))]
    if len(versions) != 1:
        reader.problems.append(
            "the schema's see_also must name the DPV version it aligns to, e.g. https://w3id.org/dpv/2.3"
        )
    if reader.problems:
        raise VocabularyError("\n".join(reader.problems))
    own = reader.own
    class_scheme, property_scheme = own + CLASS_SCHEME, own + PROPERTY_SCHEME
    schemes = {
        class_scheme: "The classes of dpvconv's own namespace.",
        property_scheme: "The properties of dpvconv's own namespace.",
        **schemes,
    }
    terms = []
    for draft in sorted(reader.drafts.values(), key=lambda d: d.iri):
        words = dict(draft.words)
        definitions, notes = {}, {}
        for lang in LANGUAGES:
            if f"definition@{lang}" in words:
                definition, *rest = _SENTENCE_END.split(words[f"definition@{lang}"], maxsplit=1)
                definitions[lang] = definition
                if rest:
                    notes[lang] = rest[0]
        own_scheme = {"class": [class_scheme], "property": [property_scheme], "concept": []}[draft.kind]
        terms.append(
            Term(
                iri=draft.iri,
                kind=draft.kind,
                labels={lang: words[f"label@{lang}"] for lang in LANGUAGES},
                definitions=definitions,
                notes=notes,
                broader=draft.broader,
                related=draft.related,
                schemes=tuple(own_scheme + draft.schemes),
                domains=tuple(draft.domains),
                ranges=tuple(draft.ranges),
            )
        )
    license_ = str(view.schema.license) if view.schema.license else None
    ontology = Ontology(
        iri=own,
        version=str(view.schema.version),
        dpv_version=versions[0].group("version"),
        dpv_iri=versions[0].group(0),
        source=str(view.schema.id),
        license=f"https://spdx.org/licenses/{license_}" if license_ else None,
        prefixes=prefixes(),
        schemes=schemes,
    )
    return ontology, terms


def prefixes() -> dict[str, str]:
    """The prefixes the vocabulary is written with: the schema's and :data:`EXTRA_PREFIXES`."""
    return {p: ns for p, ns in mapping().info.prefixes.items() if p != "linkml"} | EXTRA_PREFIXES


def build_graph(ontology: Ontology, terms: list[Term]) -> Any:
    """The vocabulary as an rdflib ``Graph``."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

    dcam, prof, sw, vann = (Namespace(EXTRA_PREFIXES[p]) for p in ("dcam", "profile", "sw", "vann"))
    g = Graph(bind_namespaces="none")
    for prefix, namespace in ontology.prefixes.items():
        g.bind(prefix, namespace)
    vocabulary = URIRef(ontology.iri)
    g.add((vocabulary, RDF.type, OWL.Ontology))
    g.add((vocabulary, RDF.type, prof.Profile))
    for lang in LANGUAGES:
        g.add((vocabulary, DCTERMS.title, Literal(_TITLE[lang], lang=lang)))
        g.add(
            (vocabulary, DCTERMS.description, Literal(_DESCRIPTION[lang].format(dpv=ontology.dpv_version), lang=lang))
        )
    g.add((vocabulary, OWL.versionInfo, Literal(ontology.version)))
    g.add((vocabulary, prof.isProfileOf, URIRef(ontology.dpv_iri)))
    g.add((vocabulary, DCTERMS.source, URIRef(ontology.source)))
    if ontology.license:
        g.add((vocabulary, DCTERMS.license, URIRef(ontology.license)))
    g.add((vocabulary, vann.preferredNamespacePrefix, Literal(OWN_PREFIX)))
    g.add((vocabulary, vann.preferredNamespaceUri, Literal(ontology.iri)))
    for scheme, description in ontology.schemes.items():
        g.add((URIRef(scheme), RDF.type, SKOS.ConceptScheme))
        g.add((URIRef(scheme), RDFS.isDefinedBy, vocabulary))
        g.add((URIRef(scheme), DCTERMS.description, Literal(description, lang="en")))
    types = {"class": RDFS.Class, "property": RDF.Property, "concept": RDFS.Class}
    hierarchy = {"class": RDFS.subClassOf, "property": RDFS.subPropertyOf, "concept": None}
    for term in terms:
        node = URIRef(term.iri)
        g.add((node, RDF.type, types[term.kind]))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, RDFS.isDefinedBy, vocabulary))
        g.add((node, sw.term_status, Literal("accepted", lang="en")))
        for lang, text in term.labels.items():
            g.add((node, RDFS.label, Literal(text, lang=lang)))
            g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
        for lang, text in term.definitions.items():
            g.add((node, SKOS.definition, Literal(text, lang=lang)))
        for lang, text in term.notes.items():
            g.add((node, SKOS.scopeNote, Literal(text, lang=lang)))
        placed_by = hierarchy[term.kind]
        for broader in term.broader:
            g.add((node, SKOS.broader, URIRef(broader)))
            if placed_by is not None:
                g.add((node, placed_by, URIRef(broader)))
        for related in term.related:
            g.add((node, SKOS.related, URIRef(related)))
        for scheme in term.schemes:
            g.add((node, SKOS.inScheme, URIRef(scheme)))
        for domain in term.domains:
            g.add((node, dcam.domainIncludes, URIRef(domain)))
        for range_ in term.ranges:
            g.add((node, dcam.rangeIncludes, URIRef(range_)))
    return g


def build_vocabulary(schema: Path | None = None) -> str:
    """The vocabulary as Turtle, as ``generated/dpvconv.vocab.ttl`` holds it (see :func:`schema_terms`)."""
    ontology, terms = schema_terms(schema)
    turtle: str = build_graph(ontology, terms).serialize(format="turtle")
    return _HEADER + "\n" + turtle


# ---------------------------------------------------------------------------------------- run time


def _triples() -> list[ox.Triple]:
    with open(resources.VOCABULARY_PATH, "rb") as handle:
        return [quad.triple for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE)]


def vocabulary_text(to: str = "turtle") -> str:
    """The vocabulary in the format ``to`` (one of :data:`FORMATS`): Turtle is the generated file
    as it stands; the others state the same triples, JSON-LD with its context written in."""
    if to == "turtle":
        return resources.VOCABULARY_PATH.read_text(encoding="utf-8")
    triples = _triples()
    if to == "jsonld":
        return _jsonld(triples, prefixes())
    used = prefixes() if to == "rdfxml" else None
    serialized = ox.serialize(triples, format=_RDF_FORMATS[to], prefixes=used)
    assert serialized is not None
    return serialized.decode("utf-8")


def _compact(iri: str, prefixes: dict[str, str], used: set[str]) -> str:
    """``prefix:local`` for an IRI in one of the namespaces (the longest that matches), else the IRI."""
    best = max(
        (p for p, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)),
        key=lambda p: len(prefixes[p]),
        default=None,
    )
    if best is None:
        return iri
    used.add(best)
    return f"{best}:{iri[len(prefixes[best]) :]}"


def _jsonld_value(term: Any, prefixes: dict[str, str], used: set[str]) -> Any:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value, prefixes, used)}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"@value": term.value, "@type": _compact(term.datatype.value, prefixes, used)}
        return term.value
    raise ValueError(f"the vocabulary has a blank node or a quoted triple ({term}); it is written with IRIs only")


def _jsonld(triples: list[ox.Triple], prefixes: dict[str, str]) -> str:
    """Compact JSON-LD whose context is the prefixes it uses, written in: no processor fetches anything."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    used: set[str] = set()
    nodes: dict[str, dict[str, list[Any]]] = {}
    for triple in triples:
        if not isinstance(triple.subject, ox.NamedNode):
            raise ValueError(f"the vocabulary has a subject that is not an IRI ({triple.subject})")
        node = nodes.setdefault(triple.subject.value, {})
        if triple.predicate.value == rdf_type and isinstance(triple.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(triple.object.value, prefixes, used))
        else:
            key = _compact(triple.predicate.value, prefixes, used)
            node.setdefault(key, []).append(_jsonld_value(triple.object, prefixes, used))
    graph = [{"@id": _compact(subject, prefixes, used), **properties} for subject, properties in nodes.items()]
    context = {prefix: namespace for prefix, namespace in prefixes.items() if prefix in used}
    return json.dumps({"@context": context, "@graph": graph}, ensure_ascii=False, indent=2) + "\n"

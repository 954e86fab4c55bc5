"""Every triple dpvconv writes for the examples, held to what DPV 2.3 declares of its properties.

DPV declares what each property links with ``dcam:domainIncludes`` and ``dcam:rangeIncludes``. Those
are open ("includes"), and DPV's own examples use some properties beyond them, so a triple outside
them is allowed only where :data:`ALLOWED` names the use and cites the DPV example (or the design
note) that uses the property that way; docs/rdf.md lists the same entries. A node belongs to a
declared class when one of its classes is that class or narrower (``skos:broader`` or
``rdfs:subClassOf``, in DPV and in dpvconv's vocabulary); a concept IRI (``dpv:Customer``) counts
as itself and as the classes it is narrower than; a literal as its datatype (and ``rdfs:Literal``).

The declarations of dpvconv's own properties (``generated/dpvconv.vocab.ttl``) are held to the same
test, so the vocabulary says what the writer does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest

from dpvconv.policy.validate import load_valid
from dpvconv.rdf.mapping import mapping
from dpvconv.rdf.triples import to_triples
from dpvconv.resources import VOCABULARY_PATH

from .conftest import DATA, EXAMPLES, ROOT

DCAM = "http://purl.org/dc/dcam/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LITERAL = "http://www.w3.org/2000/01/rdf-schema#Literal"
UP = ("http://www.w3.org/2004/02/skos/core#broader", "http://www.w3.org/2000/01/rdf-schema#subClassOf")

POLICIES = [*sorted(EXAMPLES.glob("*.yaml")), DATA / "valid" / "complete.yaml"]


@dataclass(frozen=True)
class Allowed:
    """A use of a DPV property beyond its declarations that DPV itself makes.

    Attributes:
        prop: The property (a CURIE).
        side: ``domain`` (the subject) or ``range`` (the object).
        what: The class (or concept, or datatype) of the node it is used with; narrower ones count too.
        cite: Where DPV uses the property that way.
    """

    prop: str
    side: str
    what: str
    cite: str


ALLOWED = (
    Allowed("dpv:hasRecipient", "domain", "dpv:Process", "E0072: a dpv:Process states dpv:hasRecipient ex:AcmeInc"),
    Allowed("dpv:hasRecipient", "range", "dpv:DataSubject", "E0061: dpv:hasRecipient dpv:DataSubject"),
    Allowed(
        "dpv:hasRecipient",
        "range",
        "dpv:ThirdParty",
        "E0061 (an entity category as recipient); the design note's term checklist, recipients",
    ),
    Allowed(
        "dpv:hasRecipient",
        "range",
        "dpv:Authority",
        "E0061 (an entity category as recipient); the design note's term checklist, recipients",
    ),
    Allowed(
        "dpv:hasRecipient",
        "range",
        "dpv:LawEnforcementOrganisation",
        "E0061 (an entity category as recipient); the design note's term checklist, recipients",
    ),
    Allowed(
        "dpv:hasDataSubject",
        "range",
        "dpv:HumanSubject",
        "E0039 (dpv:hasDataSubject dpv:Consumer), E0073 (dpv:hasDataSubject dpv:User)",
    ),
    Allowed(
        "dpv:hasLocation", "range", "xsd:anyURI", 'E0022, E0073: dpv:hasLocation "https://example.com"^^xsd:anyURI'
    ),
    Allowed("dpv:hasProhibition", "domain", "dpv:Process", "E0029, E0066: a dpv:Process states dpv:hasProhibition"),
    Allowed(
        "dpv:hasProhibition",
        "domain",
        "dpv:PrivacyNotice",
        "E0022 (a notice states what its processes do directly, 'Approach 2'), with E0029 for the property",
    ),
    Allowed("dpv:isExercisedAt", "domain", "dpv:Right", "E0072: [a eu-gdpr:A20 ; dpv:isExercisedAt ...]"),
    Allowed(
        "dpv:hasName",
        "domain",
        "dpv:DataSource",
        "E0012: a data source that is an entity (ex:S04 dpv:hasDataSource ex:Acme . ex:Acme a dpv:ThirdParty)",
    ),
)


class Declarations:
    """DPV 2.3 and dpvconv's vocabulary, read for what their properties include and their hierarchies."""

    def __init__(self, files: list[Path]):
        store = ox.Store()
        for path in files:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        self.includes: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"domain": set(), "range": set()})
        for side in ("domain", "range"):
            for quad in store.quads_for_pattern(None, ox.NamedNode(f"{DCAM}{side}Includes"), None, None):
                self.includes[quad.subject.value][side].add(quad.object.value)
        self.up: dict[str, set[str]] = defaultdict(set)
        for predicate in UP:
            for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
                self.up[quad.subject.value].add(quad.object.value)
        self.types: dict[str, set[str]] = defaultdict(set)
        for quad in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, None):
            self.types[quad.subject.value].add(quad.object.value)

    def closure(self, start: set[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            item = todo.pop()
            if item not in seen:
                seen.add(item)
                todo.extend(self.up[item])
        return seen


@cache
def declarations(shared: Path) -> Declarations:
    return Declarations([*sorted((shared / "dpv" / "2.3").glob("*.ttl")), VOCABULARY_PATH])


@dataclass(frozen=True)
class Outside:
    """A triple outside its property's declarations."""

    prop: str
    side: str
    classes: frozenset[str]
    triple: str


def outside(triples: list[ox.Triple], dec: Declarations) -> list[Outside]:
    """The triples whose subject or object is of none of the classes their property's declarations include."""
    node_types: dict[ox.NamedNode | ox.BlankNode, set[str]] = defaultdict(set)
    for t in triples:
        if t.predicate.value == RDF_TYPE:
            node_types[t.subject].add(t.object.value)

    def classes(term: object) -> set[str]:
        if isinstance(term, ox.Literal):
            return {term.datatype.value, RDFS_LITERAL}
        start = set(node_types[term])  # type: ignore[index]
        if isinstance(term, ox.NamedNode):
            start |= {term.value} | dec.types[term.value]
        return dec.closure(start)

    found = []
    for t in triples:
        declared = dec.includes.get(t.predicate.value)
        if declared is None:
            continue
        for side, term in (("domain", t.subject), ("range", t.object)):
            if declared[side] and not classes(term) & declared[side]:
                found.append(Outside(t.predicate.value, side, frozenset(classes(term)), str(t)))
    return found


def allowed_by(item: Outside) -> Allowed | None:
    m = mapping()
    for entry in ALLOWED:
        if m.expand(entry.prop) == item.prop and entry.side == item.side and m.expand(entry.what) in item.classes:
            return entry
    return None


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.stem)
def test_every_triple_is_within_what_dpv_declares(path: Path, shared: Path) -> None:
    triples = to_triples(load_valid(path))
    problems = sorted({f"{o.side} of {o.triple}" for o in outside(triples, declarations(shared)) if not allowed_by(o)})
    assert not problems, f"{len(problems)} triple(s) outside DPV's declarations:\n" + "\n".join(problems[:20])


def test_every_allowance_is_used(shared: Path) -> None:
    """An entry no output needs any more only hides a future mistake."""
    used = {allowed_by(o) for path in POLICIES for o in outside(to_triples(load_valid(path)), declarations(shared))}
    assert [e for e in ALLOWED if e not in used] == []


def test_the_checker_finds_a_triple_outside(shared: Path) -> None:
    """The check itself works: isExercisedAt from a notice to a literal is outside on both sides."""
    m = mapping()
    notice = ox.NamedNode("https://example.org/n/")
    triples = [
        ox.Triple(notice, ox.NamedNode(RDF_TYPE), ox.NamedNode(m.expand("dpv:PrivacyNotice"))),
        ox.Triple(notice, ox.NamedNode(m.expand("dpv:isExercisedAt")), ox.Literal("somewhere")),
    ]
    assert sorted(o.side for o in outside(triples, declarations(shared))) == ["domain", "range"]


def test_docs_list_every_allowance() -> None:
    text = (ROOT / "docs" / "rdf.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    missing = [
        e
        for e in ALLOWED
        if not any(re.search(rf"`{re.escape(e.prop)}`", row) and e.side in row and f"`{e.what}`" in row for row in rows)
    ]
    assert missing == [], "docs/rdf.md has no row for these allowances"

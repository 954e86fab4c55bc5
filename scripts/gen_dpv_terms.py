"""Generate ``schema/dpv_terms.yaml``: LinkML enums of DPV 2.3 concepts, read from the DPV Turtle files.

The enums are generated, never hand-edited: run ``make gen-dpv`` (needs ``../shared/dpv/2.3`` or
``DPVCONV_SHARED``). Each permissible value is the concept's CURIE, its ``meaning`` the concept IRI,
its ``title`` DPV's English label. Sunset and deprecated concepts are left out, so a policy cannot
use them.

Our own wording for the concepts, in English and Finnish, is hand-written in ``schema/labels.yaml``
and merged here into each value's ``annotations`` (``label_en``, ``label_fi``), so the labels are part
of the schema (docs/modelling.md, "Labels").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import yaml
from rdflib import RDF, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from dpvconv.policy import loader
from dpvconv.policy.loader import Document, LoadError

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "schema" / "labels.yaml"
SW = Namespace("http://www.w3.org/2003/06/sw-vocab-status/ns#")
# The languages of our labels: Finnish is what labels.yaml exists for, English overrides DPV's title.
LABEL_LANGUAGES = ("en", "fi")

PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "legal-eu": "https://w3id.org/dpv/legal/eu#",
    "legal-fi": "https://w3id.org/dpv/legal/fi#",
    "loc": "https://w3id.org/dpv/loc#",
    "tech": "https://w3id.org/dpv/tech#",
}
FILES = ["dpv.ttl", "pd.ttl", "eu-gdpr.ttl", "legal-eu.ttl", "legal-fi.ttl", "loc.ttl", "tech.ttl"]

# Concepts DPV files under one root that belong under another: legal-fi:DPA-FI has skos:broader
# dpv:Law in DPV 2.3, but it is an authority, so the law enum leaves authorities out.
EXCLUDE = {"DpvLaw": "DpvAuthority"}

# enum name -> (description, roots, follow skos:broader). With follow=False only the roots and the
# concepts typed by a root are members: loc.ttl has thousands of sub-national regions under
# dpv:Location that a notice never names, so locations are countries, unions and "non-X" areas.
ENUMS: dict[str, tuple[str, list[str], bool]] = {
    "DpvPurpose": ("Purposes of processing (dpv:Purpose and its narrower concepts).", ["dpv:Purpose"], True),
    "DpvPersonalData": (
        "Categories of personal data (dpv:PersonalData and the pd: extension).",
        ["dpv:PersonalData"],
        True,
    ),
    "DpvProcessing": ("Processing operations (dpv:Processing).", ["dpv:Processing"], True),
    "DpvDataSubject": (
        "Categories of data subjects (dpv:DataSubject and the dpv:HumanSubject categories of DPV 2.3).",
        ["dpv:DataSubject", "dpv:HumanSubject"],
        True,
    ),
    "DpvEntity": ("Categories of entities: recipients, controllers, processors, third parties.", ["dpv:Entity"], True),
    "DpvLegalBasis": ("Legal bases (dpv:LegalBasis, including the GDPR articles).", ["dpv:LegalBasis"], True),
    "DpvMeasure": (
        "Technical, organisational, physical and legal measures (dpv:TechnicalOrganisationalMeasure).",
        ["dpv:TechnicalOrganisationalMeasure"],
        True,
    ),
    "DpvRight": ("Rights (dpv:Right, including the GDPR data-subject rights).", ["dpv:Right"], True),
    "DpvLocation": (
        "Countries, supranational unions and inverse jurisdictions such as loc:non-EU.",
        ["dpv:Country", "dpv:SupraNationalUnion", "dpv:InverseJurisdiction"],
        False,
    ),
    "DpvTechnology": ("Technologies (dpv:Technology and the tech: extension).", ["dpv:Technology"], True),
    "DpvDataSource": ("Sources of data (dpv:DataSource).", ["dpv:DataSource"], True),
    "DpvNecessity": ("Whether something is required (dpv:Necessity).", ["dpv:Necessity"], True),
    "DpvLaw": ("Laws (dpv:Law).", ["dpv:Law"], True),
    "DpvAuthority": ("Authorities, including data protection authorities.", ["dpv:Authority"], True),
    "DpvFeeRequirement": ("Whether a fee is charged (dpv:FeeRequirement).", ["dpv:FeeRequirement"], True),
    "DpvDecisionMaking": (
        "Decision-making, automated or not (dpv:DecisionMaking and its narrower concepts).",
        ["dpv:DecisionMaking"],
        True,
    ),
    "DpvHumanInvolvement": ("Human involvement in processing (dpv:HumanInvolvement).", ["dpv:HumanInvolvement"], True),
    "DpvAutomationLevel": ("Levels of automation (dpv:AutomationLevel).", ["dpv:AutomationLevel"], True),
    "DpvEntityInvolvement": (
        "How entities are involved in processing (dpv:EntityInvolvement).",
        ["dpv:EntityInvolvement"],
        True,
    ),
}


def shared_dir() -> Path:
    """Return the shared material folder: ``DPVCONV_SHARED`` or ``../shared`` beside the checkout."""
    return Path(os.environ.get("DPVCONV_SHARED", ROOT.parent / "shared"))


def curie(iri: URIRef) -> str | None:
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(ns):
            return f"{prefix}:{str(iri)[len(ns) :]}"
    return None


def expand(c: str) -> URIRef:
    prefix, local = c.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


class Terms:
    """DPV's triples indexed by subject and predicate: the only lookups this script makes.

    Parsed with pyoxigraph and kept in dictionaries: rdflib's Turtle parser and triple store took
    most of a minute for DPV's 160,000 triples, this takes under two seconds."""

    def __init__(self) -> None:
        self._out: dict[URIRef, dict[URIRef, list[URIRef | Literal]]] = defaultdict(lambda: defaultdict(list))
        self._in: dict[tuple[URIRef, URIRef | Literal], list[URIRef]] = defaultdict(list)

    def add(self, subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> None:
        self._out[subject][predicate].append(obj)
        self._in[(predicate, obj)].append(subject)

    def objects(self, subject: URIRef, predicate: URIRef) -> list[URIRef | Literal]:
        return self._out.get(subject, {}).get(predicate, [])

    def subjects(self, predicate: URIRef, obj: URIRef | Literal) -> list[URIRef]:
        return self._in.get((predicate, obj), [])


def _term(node: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    return Literal(node.value, lang=node.language, datatype=None if node.language else URIRef(node.datatype.value))


def load(dpv_dir: Path) -> Terms:
    """The triples of DPV's Turtle files whose subject and object are IRIs or literals (blank nodes hold
    nothing this script reads)."""
    terms = Terms()
    for name in FILES:
        for triple in ox.parse(path=str(dpv_dir / name), format=ox.RdfFormat.TURTLE):
            if isinstance(triple.subject, ox.NamedNode) and not isinstance(triple.object, ox.BlankNode):
                terms.add(URIRef(triple.subject.value), URIRef(triple.predicate.value), _term(triple.object))
    return terms


def usable_concepts(graph: Terms) -> set[URIRef]:
    """Concepts in a DPV namespace that are neither sunset nor deprecated."""
    out = set()
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if not isinstance(concept, URIRef) or curie(concept) is None:
            continue
        status = {str(s) for s in graph.objects(concept, SW.term_status)}
        if status & {"sunset", "deprecated"}:
            continue
        out.add(concept)
    return out


def members(graph: Terms, concepts: set[URIRef], roots: list[str], follow: bool) -> set[URIRef]:
    root_iris = {expand(r) for r in roots}
    found = {r for r in root_iris if r in concepts}
    changed = True
    while changed:
        changed = False
        for concept in concepts - found:
            parents = set(graph.objects(concept, RDF.type))
            if follow:
                parents |= set(graph.objects(concept, SKOS.broader))
            if parents & (found | root_iris if follow else root_iris):
                found.add(concept)
                changed = True
    return found


def english(graph: Terms, concept: URIRef, prop: URIRef) -> str | None:
    for value in graph.objects(concept, prop):
        if isinstance(value, Literal) and (value.language or "en").startswith("en"):
            return " ".join(str(value).split())
    return None


class LabelError(Exception):
    """``schema/labels.yaml`` names a concept DPV does not have, or a label is malformed."""


def read_labels(path: Path) -> tuple[dict[str, dict[str, str]], Document]:
    """The hand-written labels, CURIE -> {"en"?: ..., "fi": ...}, with the document for positions.

    Raises:
        LabelError: the file is not valid YAML, or an entry is not a mapping with a Finnish label and
            at most an English one, each a non-empty single line that is not the CURIE itself.
    """
    try:
        document = loader.load(path, display=str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path))
    except LoadError as err:
        raise LabelError("\n".join(d.text() for d in err.diagnostics)) from None
    problems = list(document.problems)  # duplicate keys, aliases: the loader reports them without stopping
    labels: dict[str, dict[str, str]] = {}
    for key, entry in document.data.items():
        if not isinstance(entry, dict) or "fi" not in entry:
            problems.append(document.diagnostic((key,), f"{key} has no Finnish label", "give it `fi: ...`", key=True))
            continue
        for lang, text in entry.items():
            if lang not in LABEL_LANGUAGES:
                hint = f"labels are {' and '.join(LABEL_LANGUAGES)}; remove `{lang}`"
                problems.append(document.diagnostic((key, lang), f"unknown label language '{lang}'", hint, key=True))
            elif not isinstance(text, str) or not text.strip() or "\n" in text.strip():
                hint = "write the label on one line"
                problems.append(document.diagnostic((key, lang), f"the {lang} label of {key} is not a text", hint))
            elif text.strip() == key:
                hint = "write words a reader understands"
                problems.append(document.diagnostic((key, lang), f"the {lang} label of {key} is the CURIE", hint))
        labels[key] = {lang: str(text).strip() for lang, text in entry.items()}
    if problems:
        raise LabelError("\n".join(d.text() for d in problems))
    return labels, document


def apply_labels(enums: dict, labels: dict[str, dict[str, str]], document: Document) -> None:
    """Put each label on every enum value of its concept as ``label_en``/``label_fi`` annotations.

    Raises:
        LabelError: a label names a concept no enum has, or repeats DPV's English title word for word.
    """
    problems = set()  # a concept in two enums would be reported twice
    used = set()
    for enum in enums.values():
        for key, value in enum["permissible_values"].items():
            label = labels.get(key)
            if label is None:
                continue
            used.add(key)
            if label.get("en") == value.get("title"):
                hint = "remove `en`: the DPV title is the default"
                problems.add(document.diagnostic((key, "en"), f"the en label of {key} is DPV's title", hint))
            value["annotations"] = {f"label_{lang}": label[lang] for lang in LABEL_LANGUAGES if lang in label}
    for key in labels.keys() - used:
        if key.startswith("dpvconv:"):
            hint = "label dpvconv's own concepts in schema/dpvconv.yaml, beside their title"
        else:
            hint = "check the spelling against schema/dpv_terms.yaml (sunset and deprecated concepts are left out)"
        problems.add(document.diagnostic((key,), f"{key} is not a DPV concept of any enum", hint, key=True))
    if problems:
        raise LabelError("\n".join(d.text() for d in sorted(problems)))


def build(dpv_dir: Path, labels_path: Path = LABELS) -> dict:
    graph = load(dpv_dir)
    concepts = usable_concepts(graph)
    found = {name: members(graph, concepts, roots, follow) for name, (_, roots, follow) in ENUMS.items()}
    for name, other in EXCLUDE.items():
        found[name] -= found[other]
    enums = {}
    for name, (description, _, _) in ENUMS.items():
        values = {}
        for concept in sorted(found[name], key=lambda c: curie(c) or ""):
            key = curie(concept)
            value: dict[str, str] = {"meaning": key}
            label = english(graph, concept, SKOS.prefLabel)
            if label:
                value["title"] = label
            definition = english(graph, concept, SKOS.definition)
            if definition:
                value["description"] = definition
            values[key] = value
        if not values:
            raise SystemExit(f"no DPV concepts found for {name}: is {dpv_dir} DPV 2.3?")
        enums[name] = {"description": description, "permissible_values": values}
    apply_labels(enums, *read_labels(labels_path))
    return {
        "id": "https://w3id.org/dpvconv/schema/dpv_terms",
        "name": "dpv_terms",
        "title": "DPV 2.3 concepts as LinkML enums",
        "description": "Generated by scripts/gen_dpv_terms.py from the DPV 2.3 Turtle files. Do not edit.",
        "license": "W3C Software and Document License (DPV); generated file",
        "prefixes": {"linkml": "https://w3id.org/linkml/", **PREFIXES},
        "default_prefix": "dpv",
        "enums": enums,
    }


def render(schema: dict) -> str:
    header = "# GENERATED by scripts/gen_dpv_terms.py from DPV 2.3 -- do not edit; run `make gen-dpv`.\n"
    return header + yaml.safe_dump(schema, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpv", type=Path, default=None, help="folder with the DPV 2.3 Turtle files")
    parser.add_argument("--check", action="store_true", help="fail if schema/dpv_terms.yaml is out of date")
    parser.add_argument("--out", type=Path, default=ROOT / "schema" / "dpv_terms.yaml")
    parser.add_argument("--labels", type=Path, default=LABELS, help="our English and Finnish labels (YAML)")
    args = parser.parse_args(argv)
    dpv_dir = args.dpv or shared_dir() / "dpv" / "2.3"
    if not dpv_dir.is_dir():
        print(f"error: {dpv_dir} not found; set DPVCONV_SHARED or pass --dpv", file=sys.stderr)
        return 2
    try:
        text = render(build(dpv_dir, args.labels))
    except LabelError as err:
        print(f"{err}\nfix {args.labels.name} first: {args.out.name} was left as it is", file=sys.stderr)
        return 1
    if args.check:
        if args.out.read_text(encoding="utf-8") != text:
            print(f"error: {args.out} differs from DPV; run `make gen-dpv`", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

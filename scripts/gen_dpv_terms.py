"""Generate ``schema/dpv_terms.yaml``: LinkML enums of DPV 2.3 concepts, read from the DPV Turtle files.

The enums are generated, never hand-edited: run ``make gen-dpv`` (needs ``../shared/dpv/2.3`` or
``DPVCONV_SHARED``). Each permissible value is the concept's CURIE, its ``meaning`` the concept IRI,
its ``title`` DPV's English label. Sunset and deprecated concepts are left out, so a policy cannot
use them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[1]
SW = Namespace("http://www.w3.org/2003/06/sw-vocab-status/ns#")

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


def load(dpv_dir: Path) -> Graph:
    graph = Graph()
    for name in FILES:
        graph.parse(dpv_dir / name, format="turtle")
    return graph


def usable_concepts(graph: Graph) -> set[URIRef]:
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


def members(graph: Graph, concepts: set[URIRef], roots: list[str], follow: bool) -> set[URIRef]:
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


def english(graph: Graph, concept: URIRef, prop: URIRef) -> str | None:
    for value in graph.objects(concept, prop):
        if isinstance(value, Literal) and (value.language or "en").startswith("en"):
            return " ".join(str(value).split())
    return None


def build(dpv_dir: Path) -> dict:
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
    args = parser.parse_args(argv)
    dpv_dir = args.dpv or shared_dir() / "dpv" / "2.3"
    if not dpv_dir.is_dir():
        print(f"error: {dpv_dir} not found; set DPVCONV_SHARED or pass --dpv", file=sys.stderr)
        return 2
    text = render(build(dpv_dir))
    if args.check:
        if args.out.read_text(encoding="utf-8") != text:
            print(f"error: {args.out} differs from DPV; run `make gen-dpv`", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

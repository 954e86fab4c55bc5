"""Generate ``src/dpvconv/generated/dpv/dpv-2.3-hierarchy.ttl``: DPV 2.3's hierarchy and English labels.

``dpvconv query`` loads this file by default (into the graph ``https://w3id.org/dpvconv/graph/dpv``),
so a query can follow ``skos:broader*`` from a concept a policy names up to DPV's broader concepts
without a copy of DPV. It is derived from the DPV 2.3 Turtle files, never hand-edited: run
``make gen-dpv`` (needs ``../shared/dpv/2.3`` or ``DPVCONV_SHARED``); ``--check`` fails if the
committed file differs from what DPV gives.

Of every term in the DPV namespaces the schema uses (``dpv:``, ``pd:``, ``eu-gdpr:``, ``legal-eu:``,
``legal-fi:``, ``loc:``, ``tech:``), only what a query following the hierarchy needs is kept:

- ``skos:broader``: the concept hierarchy;
- ``rdf:type`` where the type is a DPV concept (``dpv:AcademicResearch a dpv:Purpose``,
  ``loc:FI a dpv:Country``): DPV types concepts by the concept at the top of their hierarchy;
- ``rdfs:subClassOf`` and ``rdfs:subPropertyOf``: the class and property hierarchies;
- ``skos:prefLabel`` in English (DPV's labels; its ``rdfs:label`` names only the ontologies).

Left out: definitions, notes, provenance, ``skos:narrower`` (the inverse of ``skos:broader``, except
for loc's "non-X" jurisdictions, which list every country outside X: 63,000 triples) and loc's 4,760
sub-national regions (``dpv:Region``), which a policy cannot name (the schema's locations are
countries, unions and "non-X" jurisdictions); ``dpvconv query --with-dpv DIR`` loads all of DPV.

The file is Turtle written here, one term a line, so it is byte-stable whatever the RDF library's
version, and carries the notice DPV's licence (the W3C Software and Document License, read from
``LICENSE.md`` beside the DPV folder) asks of a derived work.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from gen_dpv_terms import FILES, PREFIXES, ROOT, shared_dir

OUT = ROOT / "src" / "dpvconv" / "generated" / "dpv" / "dpv-2.3-hierarchy.ttl"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
TYPE = RDF + "type"
#: What the header says of each source file's ontology.
ONTOLOGY_METADATA = (DCT + "title", OWL + "versionIRI", DCT + "modified", DCT + "license")
#: The predicates kept, in the order a line states them.
PREDICATES = (TYPE, RDFS + "subClassOf", RDFS + "subPropertyOf", SKOS + "broader", SKOS + "prefLabel")
#: Every DPV namespace (the objects of kept triples may be in one the schema does not use, e.g. risk:).
DPV_BASE = "https://w3id.org/dpv"
REGION = DPV_BASE + "#Region"
#: Prefixes for the file: the schema's DPV prefixes, the DPV extensions objects point into, and RDF's own.
FILE_PREFIXES = {
    **PREFIXES,
    "risk": "https://w3id.org/dpv/risk#",
    "justifications": "https://w3id.org/dpv/justifications#",
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
}
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


class Hierarchy:
    """The kept triples, subject -> predicate -> objects, and the source ontologies' titles and years."""

    def __init__(self) -> None:
        self.triples: dict[str, dict[str, set[ox.NamedNode | ox.Literal]]] = defaultdict(lambda: defaultdict(set))
        self.sources: list[tuple[str, str]] = []  # (title, version IRI) of each file's ontology
        self.years: set[int] = set()
        self.licences: set[str] = set()


def _kept(predicate: str, obj: ox.NamedNode | ox.Literal) -> bool:
    if predicate == TYPE:
        return isinstance(obj, ox.NamedNode) and obj.value.startswith(DPV_BASE)
    if predicate == SKOS + "prefLabel":
        return isinstance(obj, ox.Literal) and (obj.language or "en").lower().startswith("en")
    return predicate in PREDICATES and isinstance(obj, ox.NamedNode)


def build(dpv_dir: Path) -> Hierarchy:
    """Read the DPV files the schema's prefixes name and keep the hierarchy and English labels."""
    namespaces = tuple(PREFIXES.values())
    hierarchy = Hierarchy()
    regions: set[str] = set()
    for name in FILES:
        ontology: dict[str, str] = {}
        for triple in ox.parse(path=str(dpv_dir / name), format=ox.RdfFormat.TURTLE):
            subject, predicate, obj = triple.subject, triple.predicate.value, triple.object
            if not isinstance(subject, ox.NamedNode):
                continue
            if predicate == TYPE and obj == ox.NamedNode(OWL + "Ontology"):
                ontology["iri"] = subject.value
            elif predicate in ONTOLOGY_METADATA and not isinstance(obj, ox.BlankNode):
                ontology.setdefault(f"{subject.value} {predicate}", obj.value)
            if not subject.value.startswith(namespaces) or isinstance(obj, ox.BlankNode) or not _kept(predicate, obj):
                continue
            if predicate == TYPE and obj.value == REGION:
                regions.add(subject.value)
            hierarchy.triples[subject.value][predicate].add(obj)
        iri = ontology.get("iri")
        if iri is None:
            raise SystemExit(f"{dpv_dir / name} declares no owl:Ontology: is {dpv_dir} DPV 2.3?")
        title = ontology.get(f"{iri} {DCT}title", iri)
        version = ontology.get(f"{iri} {OWL}versionIRI", iri)
        hierarchy.sources.append((title, version))
        if f"{iri} {DCT}license" in ontology:
            hierarchy.licences.add(ontology[f"{iri} {DCT}license"])
        modified = ontology.get(f"{iri} {DCT}modified", "")
        if re.match(r"\d{4}", modified):
            hierarchy.years.add(int(modified[:4]))
    for region in regions:
        del hierarchy.triples[region]
    if not hierarchy.triples:
        raise SystemExit(f"no DPV terms found in {dpv_dir}: is it DPV 2.3?")
    return hierarchy


def _iri(iri: str, used: set[str]) -> str:
    """``iri`` as a prefixed name where one of FILE_PREFIXES covers it with a plain local name."""
    for prefix, namespace in sorted(FILE_PREFIXES.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and _LOCAL.fullmatch(local):
            used.add(prefix)
            return f"{prefix}:{local}"
    if re.search(r'[\x00-\x20<>"{}|^`\\]', iri):
        raise SystemExit(f"cannot write the IRI {iri!r} in Turtle")
    return f"<{iri}>"


def _literal(literal: ox.Literal) -> str:
    text = literal.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if literal.language:
        if not _LANGUAGE.fullmatch(literal.language):
            raise SystemExit(f"unexpected language tag {literal.language!r}")
        return f'"{text}"@{literal.language}'
    if literal.datatype != ox.NamedNode("http://www.w3.org/2001/XMLSchema#string"):
        raise SystemExit(f"unexpected label datatype {literal.datatype.value}")
    return f'"{text}"'


def _licence_text(licence: Path) -> str:
    try:
        text = licence.read_text(encoding="utf-8")
    except OSError as err:
        raise SystemExit(f"error: cannot read DPV's licence, {licence}: {err.strerror}; pass --licence") from None
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\n".join(f"# {line}" if line else "#" for line in lines)


def render(hierarchy: Hierarchy, licence: Path) -> str:
    used: set[str] = set()
    lines = []
    for subject in sorted(hierarchy.triples):
        parts = []
        for predicate in PREDICATES:
            objects = hierarchy.triples[subject].get(predicate)
            if not objects:
                continue
            words = sorted(_literal(o) if isinstance(o, ox.Literal) else _iri(o.value, used) for o in objects)
            parts.append(f"{'a' if predicate == TYPE else _iri(predicate, used)} {', '.join(words)}")
        lines.append(f"{_iri(subject, used)} {' ; '.join(parts)} .")
    year = max(hierarchy.years) if hierarchy.years else 2026
    sources = "\n".join(f"#   {title} <{version}>" for title, version in hierarchy.sources)
    licences = ", ".join(f"<{iri}>" for iri in sorted(hierarchy.licences)) or "nothing"
    *first, last = (f"{prefix}:" for prefix in PREFIXES)
    changes = textwrap.fill(
        f"Changes: of the terms in DPV's namespaces {', '.join(first)} and {last}, only rdf:type links to DPV"
        " concepts, rdfs:subClassOf, rdfs:subPropertyOf, skos:broader and English skos:prefLabel are kept;"
        " loc's sub-national regions (dpv:Region) are left out; the triples are rewritten one term a line.",
        width=100,
        initial_indent="# ",
        subsequent_indent="# ",
    )
    header = f"""\
# DPV 2.3's concept, class and property hierarchy and English labels, for `dpvconv query`, which
# loads it into the graph <https://w3id.org/dpvconv/graph/dpv> (docs/cli.md, "dpvconv query").
# GENERATED by scripts/gen_dpv_hierarchy.py from the DPV 2.3 Turtle files -- do not edit; run
# `make gen-dpv`.
#
# This software or document includes material copied from or derived from the Data Privacy
# Vocabulary (DPV), version 2.3, https://w3id.org/dpv/2.3:
{sources}
# Copyright © {year} World Wide Web Consortium. <https://www.w3.org/copyright/software-license-2023/>
#
# The ontologies state their licence as {licences}.
#
{changes}
#
# DPV's licence, in full:
#
{_licence_text(licence)}
"""
    prefixes = "".join(f"@prefix {p}: <{FILE_PREFIXES[p]}> .\n" for p in sorted(used))
    return header + "\n" + prefixes + "\n" + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dpv", type=Path, default=None, help="folder with the DPV 2.3 Turtle files")
    parser.add_argument("--licence", type=Path, default=None, help="DPV's licence (default: LICENSE.md beside it)")
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    dpv_dir: Path = args.dpv or shared_dir() / "dpv" / "2.3"
    if not dpv_dir.is_dir():
        print(f"error: {dpv_dir} not found; set DPVCONV_SHARED or pass --dpv", file=sys.stderr)
        return 2
    text = render(build(dpv_dir), args.licence or dpv_dir.parent / "LICENSE.md")
    if args.check:
        if not args.out.is_file() or args.out.read_text(encoding="utf-8") != text:
            print(f"error: {args.out} differs from DPV; run `make gen-dpv`", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

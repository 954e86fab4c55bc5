"""SHACL shapes for dpvconv's RDF, generated from the schema by the same mapping the writer uses.

LinkML's gen-shacl describes LinkML's own RDF mapping (one slot per predicate, enum values as
literals); dpvconv writes DPV's patterns instead (concept IRIs, typed duration nodes, several slots on
one DPV property told apart by their values' shape). These shapes describe what dpvconv writes:

- the root shape targets ``dpv:PrivacyNotice``; nested nodes are checked through ``sh:node`` from
  the property that reaches them (so a prohibited process is not held to a process's rules);
- every value of a predicate must match one of the slots that use it (``sh:or``): a concept IRI from
  the slot's enums (``sh:in``), a literal of its datatype or language, a node of its class, or a
  DPV duration node;
- a required slot needs at least one matching value (``sh:qualifiedMinCount``), a single-valued slot
  at most one.

``scripts/gen_artifacts.py`` writes them to ``src/dpvconv/generated/dpvconv.shapes.ttl``; a test
fails when that file drifts from the schema.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from dpvconv.policy.schema_info import SlotInfo, SlotKind
from dpvconv.rdf.mapping import RDF_VALUE, Mapping, mapping

SHAPES = Namespace("https://w3id.org/dpvconv/shapes/")


class _Builder:
    def __init__(self, m: Mapping):
        self.m = m
        self.g = Graph()
        self.g.bind("sh", SH)
        self.g.bind("shape", SHAPES)
        for prefix, namespace in m.info.prefixes.items():
            if prefix != "linkml":
                self.g.bind(prefix, namespace)
        self.done: set[str] = set()
        self.counter = 0

    def node(self) -> BNode:
        # Deterministic blank-node ids keep the generated file byte-stable.
        self.counter += 1
        return BNode(f"s{self.counter:05d}")

    def listing(self, items: list[Any]) -> BNode:
        head = self.node()
        Collection(self.g, head, items)
        return head

    def iri(self, curie: str) -> URIRef:
        return URIRef(self.m.expand(curie))

    def shape(self, class_name: str) -> URIRef:
        ref = SHAPES[class_name]
        if class_name in self.done:
            return ref
        self.done.add(class_name)
        self.g.add((ref, RDF.type, SH.NodeShape))
        for curie in self.m.info.types_of(class_name):
            self.g.add((ref, SH["class"], self.iri(curie)))
        slots = [
            slot
            for slot in self.m.info.classes[class_name].values()
            # the node's IRI and its rdf:type, which the shape's sh:class covers
            if slot.kind not in (SlotKind.IDENTIFIER, SlotKind.TYPES)
        ]
        self.properties(ref, [slot for slot in slots if not slot.inner])
        inner_slots = [slot for slot in slots if slot.inner]
        if inner_slots:
            inner = self.m.info.inner_nodes[class_name]
            inner_shape = SHAPES[f"{class_name}.{inner.term}"]
            self.g.add((inner_shape, RDF.type, SH.NodeShape))
            self.g.add((inner_shape, SH["class"], self.iri(inner.node_class)))
            self.properties(inner_shape, inner_slots)
            link = self.node()
            self.g.add((ref, SH.property, link))
            self.g.add((link, SH.path, self.iri(inner.property)))
            self.g.add((link, SH.node, inner_shape))
            self.g.add((link, SH.maxCount, Literal(1)))
        return ref

    def properties(self, owner: URIRef, slots: list[SlotInfo]) -> None:
        by_predicate: dict[str, list[SlotInfo]] = defaultdict(list)
        for slot in slots:
            by_predicate[slot.uri].append(slot)
        for predicate, sharing in sorted(by_predicate.items()):
            self.property(owner, self.iri(predicate), sharing)

    def property(self, owner: URIRef, path: URIRef, slots: list[SlotInfo]) -> None:
        alternatives = [self.value_shape(slot) for slot in slots]
        # The concepts a nested entry is, which its parent also links to (SlotInfo.kinds_term).
        kinds = [
            self.iri(value)
            for slot in slots
            if slot.kinds_term
            for types_slot in self.m.info.classes[slot.target or ""].values()
            if types_slot.kind is SlotKind.TYPES
            for value in self.m.info.enum_values(types_slot.ranges)
        ]
        if kinds:
            concept_shape = self.node()
            self.g.add((concept_shape, SH["in"], self.listing(kinds)))
            alternatives.append(concept_shape)
        shape = self.node()
        self.g.add((owner, SH.property, shape))
        self.g.add((shape, SH.path, path))
        if len(alternatives) == 1:
            self.g.add((shape, SH.node, alternatives[0]))
        else:
            self.g.add((shape, SH["or"], self.listing(alternatives)))
        for slot, alternative in zip(slots, alternatives[: len(slots)], strict=True):
            if slot.required and len(slots) == 1:
                self.g.add((shape, SH.minCount, Literal(1)))
            elif slot.required:
                self.g.add((self.qualified(owner, path, alternative), SH.qualifiedMinCount, Literal(1)))
            if not slot.multivalued and len(slots) == 1 and slot.kind is not SlotKind.LANGUAGE_MAP:
                self.g.add((shape, SH.maxCount, Literal(1)))

    def qualified(self, owner: URIRef, path: URIRef, alternative: BNode) -> BNode:
        shape = self.node()
        self.g.add((owner, SH.property, shape))
        self.g.add((shape, SH.path, path))
        self.g.add((shape, SH.qualifiedValueShape, alternative))
        return shape

    def value_shape(self, slot: SlotInfo) -> BNode:
        shape = self.node()
        kind = slot.kind
        if kind is SlotKind.WRAPPED:
            for curie in slot.node_classes:
                self.g.add((shape, SH["class"], self.iri(curie)))
            inner = self.node()
            self.g.add((shape, SH.property, inner))
            self.g.add((inner, SH.path, self.iri(slot.node_value or RDF_VALUE)))
            self.g.add((inner, SH.minCount, Literal(1)))
            self.literal(inner, slot)
        elif kind is SlotKind.CONCEPT:
            values = [self.iri(v) for v in self.m.info.enum_values(slot.ranges)]
            self.g.add((shape, SH["in"], self.listing(values)))
        elif kind is SlotKind.REFERENCE:
            self.g.add((shape, SH.nodeKind, SH.IRI))
            self.g.add((shape, SH["class"], URIRef(self.m.class_iri(slot.target or ""))))
        elif kind is SlotKind.NESTED:
            self.g.add((shape, SH.node, self.shape(slot.target or "")))
        else:  # LANGUAGE_MAP, LITERAL
            self.literal(shape, slot)
        return shape

    def literal(self, shape: BNode, slot: SlotInfo) -> None:
        if slot.language_tagged:
            self.g.add((shape, SH.datatype, RDF.langString))
            return
        datatype = self.m.datatype(slot)
        self.g.add((shape, SH.datatype, self.iri(datatype) if datatype else XSD.string))
        pattern = (self.m.info.types.get(slot.ranges[0]) or {}).get("pattern")
        if pattern:
            self.g.add((shape, SH.pattern, Literal(pattern)))


def build_shapes(m: Mapping | None = None) -> Graph:
    """The SHACL shapes graph for dpvconv's RDF."""
    builder = _Builder(m or mapping())
    root = builder.shape(builder.m.info.root_class)
    builder.g.add((root, SH.targetClass, URIRef(builder.m.class_iri(builder.m.info.root_class))))
    return builder.g

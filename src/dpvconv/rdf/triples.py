"""A policy as RDF triples: the one place that decides what a policy means in RDF.

- the notice is ``<base><notice id>/`` and a ``dpv:PrivacyNotice``; every entry with an ``id`` is
  ``<base><notice id>/<id>``; entries without one are blank nodes with labels derived from their place
  in the file, so output is byte-stable;
- every nested node carries ``rdf:type`` of its class (and the DPV concepts of its ``roles``/``kinds``);
- enum values become the DPV (or dpvconv) concept IRIs themselves;
- language maps become one ``rdf:langString`` per language; dates, durations and web addresses carry
  their XSD datatypes;
- durations are nodes, as DPV writes them: ``[a dpv:TemporalDuration ; rdf:value "P12M"^^xsd:duration]``
  (a minimum or a maximum is also a ``dpvconv:MinimumDuration`` or ``dpvconv:MaximumDuration``);
- some details of an entry go on an inner node DPV puts between them (:class:`InnerNode`): a right's
  how-to-exercise details on ``[a dpv:RightExerciseNotice]`` under ``dpv:isExercisedAt``;
- the notice links by ``dpv:hasRight`` both to each right it describes and to that right's concept
  (``eu-gdpr:A20``), as DPV's own example of a notice (E0067) states rights;
- a prohibited process is a ``dpv:Process`` and a ``dpv:Prohibition`` (E0066);
- evidence hangs off its entry: ``dct:source [a oa:TextQuoteSelector ; oa:exact "..."]``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from dpvconv.policy.schema_info import RDF_TYPE, SlotInfo, SlotKind, entry_kinds
from dpvconv.rdf.mapping import DEFAULT_BASE, RDF_VALUE, Mapping, mapping, policy_namespace

if TYPE_CHECKING:
    from dpvconv.policy.validate import ValidPolicy

_LABEL_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


class _Writer:
    def __init__(self, policy: dict[str, Any], base: str, mapping_: Mapping, graph: NamedNode | None = None):
        self.m = mapping_
        # Writing quads straight into the policy's named graph saves re-wrapping every triple later,
        # a measurable share of `dpvconv query`'s loading time.
        self.graph = graph
        self.ns = policy_namespace(policy["id"], base)
        # Blank-node labels are scoped by the policy, so two policies loaded into one store never share
        # a node by accident; deriving them from the namespace keeps the output byte-stable.
        self.scope = "b" + hashlib.sha256(self.ns.encode("utf-8")).hexdigest()[:8]
        self.statements: list[Triple | Quad] = []
        self._iris: dict[str, NamedNode] = {}
        self.rdf_type = self.iri(RDF_TYPE)

    def iri(self, curie: str) -> NamedNode:
        node = self._iris.get(curie)
        if node is None:
            node = self._iris[curie] = NamedNode(self.m.expand(curie))
        return node

    def emit(self, subject: NamedNode | BlankNode, predicate: NamedNode, obj: Any) -> None:
        if self.graph is None:
            self.statements.append(Triple(subject, predicate, obj))
        else:
            self.statements.append(Quad(subject, predicate, obj, self.graph))

    def blank(self, label: str) -> BlankNode:
        return BlankNode(f"{self.scope}_{_LABEL_UNSAFE.sub('_', label).strip('_')}")

    def node(self, data: dict[str, Any], class_name: str, subject: NamedNode | BlankNode, label: str) -> None:
        # A node's own triples first, its inner node's next, its nested nodes after, so each subject's
        # triples stay together.
        nested: list[tuple[dict[str, Any], str, NamedNode | BlankNode, str]] = []
        info = self.m.info
        for curie in info.types_of(class_name):
            self.emit(subject, self.rdf_type, self.iri(curie))
        inner_slots = []
        for key, value in data.items():
            slot = info.slot(class_name, key)
            if slot is None or slot.identifier or value is None:
                continue
            if slot.inner:
                inner_slots.append((slot, value))
                continue
            for index, item in enumerate(self.items(slot, value)):
                self.value(subject, slot, item, f"{label}.{key}.{index}", nested)
        if inner_slots:
            inner = info.inner_nodes[class_name]
            inner_subject = self.blank(f"{label}.{inner.term}")
            self.emit(subject, self.iri(inner.property), inner_subject)
            self.emit(inner_subject, self.rdf_type, self.iri(inner.node_class))
            for slot, value in inner_slots:
                for index, item in enumerate(self.items(slot, value)):
                    self.value(inner_subject, slot, item, f"{label}.{inner.term}.{slot.name}.{index}", nested)
        for child_data, child_class, child, child_label in nested:
            self.node(child_data, child_class, child, child_label)

    @staticmethod
    def items(slot: SlotInfo, value: Any) -> list[Any]:
        return value if slot.multivalued and isinstance(value, list) else [value]

    def value(
        self,
        subject: NamedNode | BlankNode,
        slot: SlotInfo,
        value: Any,
        label: str,
        nested: list[tuple[dict[str, Any], str, NamedNode | BlankNode, str]],
    ) -> None:
        predicate = self.iri(slot.uri)
        kind = slot.kind
        if kind is SlotKind.WRAPPED:
            wrapper = self.blank(label)
            self.emit(subject, predicate, wrapper)
            for curie in slot.node_classes:
                self.emit(wrapper, self.rdf_type, self.iri(curie))
            inner = self.iri(slot.node_value or RDF_VALUE)
            for literal in self.literals(slot, value):
                self.emit(wrapper, inner, literal)
        elif kind is SlotKind.LANGUAGE_MAP or kind is SlotKind.LITERAL:
            for literal in self.literals(slot, value):
                self.emit(subject, predicate, literal)
        elif kind is SlotKind.CONCEPT or kind is SlotKind.TYPES:
            self.emit(subject, predicate, self.iri(value))
        elif kind is SlotKind.REFERENCE:
            self.emit(subject, predicate, NamedNode(self.ns + value))
        else:  # NESTED
            child: NamedNode | BlankNode = NamedNode(self.ns + value["id"]) if "id" in value else self.blank(label)
            self.emit(subject, predicate, child)
            if slot.kinds_term:  # the concepts the entry is, linked from here too (see SlotInfo.kinds_term)
                for concept in entry_kinds(self.m.info, slot, value):
                    self.emit(subject, predicate, self.iri(concept))
            nested.append((value, slot.target or "", child, value.get("id", label)))

    def literals(self, slot: SlotInfo, value: Any) -> Iterator[Literal]:
        if isinstance(value, dict):  # a language map
            for language, text in value.items():
                yield Literal(text, language=language)
            return
        datatype = self.m.datatype(slot)
        yield Literal(str(value), datatype=self.iri(datatype)) if datatype else Literal(str(value))


def to_triples(policy: ValidPolicy, base: str = DEFAULT_BASE) -> list[Triple]:
    """The RDF triples of a validated policy, its notice at ``<base><notice id>/``."""
    writer = _Writer(policy, base, mapping())
    writer.node(policy, writer.m.info.root_class, NamedNode(writer.ns), "notice")
    return writer.statements  # type: ignore[return-value]  # all Triples: no graph was given


def to_quads(policy: ValidPolicy, base: str = DEFAULT_BASE) -> list[Quad]:
    """The same statements as :func:`to_triples`, in the policy's named graph: its notice's IRI."""
    namespace = policy_namespace(policy["id"], base)
    writer = _Writer(policy, base, mapping(), NamedNode(namespace))
    writer.node(policy, writer.m.info.root_class, NamedNode(writer.ns), "notice")
    return writer.statements  # type: ignore[return-value]  # all Quads: a graph was given

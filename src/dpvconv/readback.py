"""RDF back to a policy: the inverse of :mod:`dpvconv.graph`, reading only the schema's own predicates.

It parses the RDF with pyoxigraph's parser (which keeps lexical forms, so ``"P12M"^^xsd:duration``
stays ``P12M``), finds the one ``dpv:PrivacyNotice``, and walks it class by class. Where several slots
share a predicate (``dpv:hasStorageCondition`` for retention and storage locations, ``dpv:hasNotice``
for rights and change notices, ...) the object's shape tells them apart: an IRI of an enum, a literal,
or a node of the slot's class. Nothing but the graph is read: there is no copy of the YAML in the RDF.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .rdfmap import LANG_TEXT, RDF_TYPE, RDF_VALUE, Mapping, mapping
from .schema_info import SlotInfo

Term = ox.NamedNode | ox.BlankNode | ox.Literal
_TRAILING_INDEX = re.compile(r"_(\d+)$")


class ReadbackError(Exception):
    """The RDF does not hold exactly one dpvconv policy."""


def _order(term: Term) -> tuple[int, str]:
    """Blank nodes written by dpvconv end in their list index; sort by it to restore the file's order."""
    match = _TRAILING_INDEX.search(term.value) if isinstance(term, ox.BlankNode) else None
    return (int(match.group(1)) if match else 0, term.value)


class _Reader:
    def __init__(self, triples: list[ox.Triple], m: Mapping):
        self.m = m
        self.out: dict[Any, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            if not isinstance(t.object, ox.Triple):  # RDF-star terms are not part of a policy
                self.out[t.subject][t.predicate.value].append(t.object)
        self.rdf_type = m.expand(RDF_TYPE)
        notices = [
            s for s, po in self.out.items() if m.class_iri(m.info.root_class) in {o.value for o in po[self.rdf_type]}
        ]
        if len(notices) != 1:
            raise ReadbackError(f"expected one dpv:PrivacyNotice, found {len(notices)}")
        self.notice = notices[0]
        if not isinstance(self.notice, ox.NamedNode) or not self.notice.value.endswith("/"):
            raise ReadbackError("the notice's IRI is not a dpvconv policy namespace (<base><notice id>/)")
        self.ns = self.notice.value

    def types(self, node: Any) -> set[str]:
        return {o.value for o in self.out[node][self.rdf_type] if isinstance(o, ox.NamedNode)}

    def policy(self) -> dict[str, Any]:
        data = self.node(self.notice, self.m.info.root_class)
        notice_id = self.ns.rstrip("/").rsplit("/", 1)[-1]
        return {"id": notice_id, **{k: v for k, v in data.items() if k != "id"}}

    def node(self, subject: Any, class_name: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(self.ns) and subject != self.notice:
            data["id"] = subject.value[len(self.ns) :]
        slots = self.m.info.classes[class_name]
        ordered = [s for n, s in slots.items() if n not in ("description", "evidence")]
        ordered += [slots[n] for n in ("description", "evidence") if n in slots]
        for slot in ordered:
            if slot.identifier:
                continue
            values = self.values(subject, class_name, slot)
            if values:
                data[slot.name] = values if slot.multivalued else values[0]
        return data

    def values(self, subject: Any, class_name: str, slot: SlotInfo) -> list[Any]:
        allowed = set(self.m.info.enum_values(slot.ranges))
        if slot.uri == RDF_TYPE:
            own = self.m.info.class_uris[class_name]
            found = [c for c in (self.m.compact(t) for t in sorted(self.types(subject))) if c in allowed and c != own]
            # The class's own concept is written as a kind only where a kind is required and it is the one
            # (the validator refuses it elsewhere), so that is the only place it is read back.
            return found or ([own] if slot.required and own in allowed else [])
        objects = sorted(self.out[subject][self.m.expand(slot.uri)], key=_order)
        target = self.m.class_range(slot)
        if slot.node_class:
            wanted = self.m.expand(slot.node_class)
            inner = self.m.expand(slot.node_value or RDF_VALUE)
            wrappers = [o for o in objects if not isinstance(o, ox.Literal) and wanted in self.types(o)]
            return [self.literal_value(self.out[w][inner], target == LANG_TEXT) for w in wrappers]
        if target == LANG_TEXT:
            texts = {o.language: o.value for o in objects if isinstance(o, ox.Literal) and o.language}
            return [texts] if texts else []
        if target is None and not allowed:
            return [o.value for o in objects if isinstance(o, ox.Literal) and not o.language]
        if target is None:
            return [
                c for c in (self.m.compact(o.value) for o in objects if isinstance(o, ox.NamedNode)) if c in allowed
            ]
        if not slot.inlined:
            return [
                o.value[len(self.ns) :] for o in objects if isinstance(o, ox.NamedNode) and o.value.startswith(self.ns)
            ]
        wanted = self.m.class_iri(target)
        nodes = [o for o in objects if not isinstance(o, ox.Literal) and wanted in self.types(o)]
        return [self.node(o, target) for o in sorted(nodes, key=_order)]

    @staticmethod
    def literal_value(literals: list[Term], language_map: bool) -> Any:
        if language_map:
            return {o.language: o.value for o in literals if isinstance(o, ox.Literal) and o.language}
        return literals[0].value if literals else None


def read_policy(triples: list[ox.Triple]) -> dict[str, Any]:
    """The policy that ``triples`` state.

    Raises:
        ReadbackError: there is not exactly one notice, or it is not at a dpvconv policy IRI.
    """
    return _Reader(triples, mapping()).policy()


def read_policy_file(path: Path) -> dict[str, Any]:
    """Read a policy back from an RDF or JSON-LD file written by ``dpvconv convert``."""
    from .sources import read_source

    source = read_source(path)
    return read_policy([ox.Triple(q.subject, q.predicate, q.object) for q in source.quads])

"""RDF back to a policy: the inverse of :mod:`dpvconv.rdf.triples`, reading only the schema's own predicates.

It parses the RDF with pyoxigraph's parser (which keeps lexical forms, so ``"P12M"^^xsd:duration``
stays ``P12M``), finds the one ``dpv:PrivacyNotice``, and walks it class by class. Where several slots
share a predicate (``dpv:hasStorageCondition`` for retention and storage locations, ``dpv:hasNotice``
for rights and change notices, ...) the object's shape tells them apart: an IRI of an enum, a literal,
or a node of the slot's class. Nothing but the graph is read: there is no copy of the YAML in the RDF.

A policy is a tree, but a graph need not be one: a process can contain itself, or two processes can
share a child, and walking such a graph as a tree never ends or takes exponential time. The reader
therefore places every node once, refuses a node reached a second time, and stops at
:data:`MAX_NESTING` levels.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from dpvconv.errors import InputError
from dpvconv.escape import echo
from dpvconv.policy.schema_info import RDF_TYPE, SlotInfo, SlotKind
from dpvconv.rdf.mapping import RDF_VALUE, Mapping, mapping

Term = ox.NamedNode | ox.BlankNode | ox.Literal
_TRAILING_INDEX = re.compile(r"_(\d+)$")
#: The deepest nesting of nodes read back (the notice is level 1). dpvconv's own policies nest a few
#: levels (notice, process, sub-process, retention, duration); the YAML loader refuses more than 200
#: keys and indexes deep, which this keeps the YAML written well within, and it keeps the walk (which
#: recurses) far from Python's recursion limit.
MAX_NESTING = 50


class ReadbackError(InputError):
    """The RDF does not hold exactly one dpvconv policy."""


def _order(term: Term) -> tuple[int, str]:
    """Blank nodes written by dpvconv end in their list index; sort by it to restore the file's order."""
    match = _TRAILING_INDEX.search(term.value) if isinstance(term, ox.BlankNode) else None
    return (int(match.group(1)) if match else 0, term.value)


class _Reader:
    def __init__(self, triples: list[ox.Triple], m: Mapping):
        self.m = m
        self.out: dict[Any, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        # Each node read, with the node it was read under; and the nodes on the way down to the one
        # being read now, to tell a cycle from a node shared by two parents.
        self.parent: dict[Any, Any] = {}
        self.path: list[Any] = []
        for t in dict.fromkeys(triples):  # a graph is a set: a triple stated twice is one statement
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
        self.enter(subject)
        try:
            return self.fields(subject, class_name)
        finally:
            self.path.pop()

    def enter(self, subject: Any) -> None:
        """Place ``subject`` under the node being read, or refuse it: a policy is a tree, so a node
        reached again is a cycle or a node with two parents, and neither has a place in the YAML.
        (Messages are short: they are shown shortened to a line's worth.)

        Raises:
            ReadbackError: ``subject`` is already on the path, already placed, or too deep.
        """
        if subject in self.path:
            loop = [*self.path[self.path.index(subject) :], subject]
            shown = [self.name(n) for n in loop] if len(loop) <= 4 else [*map(self.name, loop[:2]), "\u2026"]
            way = " \u2192 ".join(shown)
            raise ReadbackError(
                f"{self.name(subject)} contains itself ({way}), but a policy is a tree "
                "\u2014 remove the statement that leads back to it"
            )
        if subject in self.parent:
            raise ReadbackError(
                f"{self.name(subject)} is inside both {self.name(self.parent[subject])} and "
                f"{self.name(self.path[-1])}, but a policy is a tree \u2014 keep it under one of them only"
            )
        if len(self.path) >= MAX_NESTING:
            raise ReadbackError(
                f"{self.name(subject)} is nested more than {MAX_NESTING} levels deep, but a policy nests a "
                "few \u2014 flatten the nesting"
            )
        self.parent[subject] = self.path[-1] if self.path else None
        self.path.append(subject)

    def name(self, term: Any) -> str:
        """A node as a message names it, safe to print: an entry by its id (as in the YAML), the
        notice as such, any other node by its IRI or blank-node label."""
        if term == self.notice:
            return "the notice"
        if isinstance(term, ox.NamedNode):
            inside = term.value.startswith(self.ns)
            return echo(f"'{term.value[len(self.ns) :]}'" if inside else f"<{term.value}>", 80)
        return echo(f"_:{term.value}", 80)

    def fields(self, subject: Any, class_name: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(self.ns) and subject != self.notice:
            data["id"] = subject.value[len(self.ns) :]
        slots = self.m.info.classes[class_name]
        ordered = [s for n, s in slots.items() if n not in ("description", "evidence")]
        ordered += [slots[n] for n in ("description", "evidence") if n in slots]
        inner_values = self.inner_values(subject, class_name, [s for s in ordered if s.inner])
        for slot in ordered:
            if slot.identifier:
                continue
            values = inner_values.get(slot.name) if slot.inner else self.values(subject, class_name, slot)
            if values:
                data[slot.name] = values if slot.multivalued else values[0]
        return data

    def inner_values(self, subject: Any, class_name: str, slots: list[SlotInfo]) -> dict[str, list[Any]]:
        """The values of the slots on the class's inner node (see InnerNode), by slot name."""
        inner = self.m.info.inner_nodes.get(class_name)
        if inner is None or not slots:
            return {}
        wanted = self.m.expand(inner.node_class)
        found = [
            o
            for o in sorted(self.out[subject][self.m.expand(inner.property)], key=_order)
            if not isinstance(o, ox.Literal) and wanted in self.types(o)
        ]
        if len(found) > 1:
            raise ReadbackError(
                f"{self.name(subject)} has {len(found)} {inner.node_class} nodes, but a policy gives one "
                "\u2014 merge them"
            )
        if not found:
            return {}
        self.enter(found[0])
        try:
            return {slot.name: self.values(found[0], class_name, slot) for slot in slots}
        finally:
            self.path.pop()

    def values(self, subject: Any, class_name: str, slot: SlotInfo) -> list[Any]:
        kind = slot.kind
        allowed = set(self.m.info.enum_values(slot.ranges))
        if kind is SlotKind.TYPES:
            own = self.m.info.class_uris[class_name]
            found = [c for c in (self.m.compact(t) for t in sorted(self.types(subject))) if c in allowed and c != own]
            # The class's own concept is written as a kind only where a kind is required and it is the one
            # (the validator refuses it elsewhere), so that is the only place it is read back.
            return found or ([own] if slot.required and own in allowed else [])
        objects = sorted(self.out[subject][self.m.expand(slot.uri)], key=_order)
        if kind is SlotKind.WRAPPED:
            # Slots that share a property are told apart by their nodes' classes: a node is this slot's
            # when, of all the classes those slots give their nodes, it has exactly this slot's.
            wanted = {self.m.expand(c) for c in slot.node_classes}
            siblings = {
                self.m.expand(c)
                for other in self.m.info.classes[class_name].values()
                if other.kind is SlotKind.WRAPPED and other.uri == slot.uri
                for c in other.node_classes
            }
            inner = self.m.expand(slot.node_value or RDF_VALUE)
            wrappers = [o for o in objects if not isinstance(o, ox.Literal) and self.types(o) & siblings == wanted]
            return [self.literal_value(self.out[w][inner], slot.language_tagged) for w in wrappers]
        if kind is SlotKind.LANGUAGE_MAP:
            texts = {o.language: o.value for o in objects if isinstance(o, ox.Literal) and o.language}
            return [texts] if texts else []
        if kind is SlotKind.LITERAL:
            return [o.value for o in objects if isinstance(o, ox.Literal) and not o.language]
        if kind is SlotKind.CONCEPT:
            return [
                c for c in (self.m.compact(o.value) for o in objects if isinstance(o, ox.NamedNode)) if c in allowed
            ]
        if kind is SlotKind.REFERENCE:
            return [
                o.value[len(self.ns) :] for o in objects if isinstance(o, ox.NamedNode) and o.value.startswith(self.ns)
            ]
        target = slot.target or ""  # NESTED
        class_iri = self.m.class_iri(target)
        nodes = [o for o in objects if not isinstance(o, ox.Literal) and class_iri in self.types(o)]
        return [self.node(o, target) for o in sorted(nodes, key=_order)]

    @staticmethod
    def literal_value(literals: list[Term], language_map: bool) -> Any:
        if language_map:
            return {o.language: o.value for o in literals if isinstance(o, ox.Literal) and o.language}
        return literals[0].value if literals else None


def read_policy(triples: list[ox.Triple]) -> dict[str, Any]:
    """The policy that ``triples`` state.

    Raises:
        ReadbackError: there is not exactly one notice, it is not at a dpvconv policy IRI, or its nodes
            do not form a tree (a node inside itself or inside two parents) of at most
            :data:`MAX_NESTING` levels.
    """
    return _Reader(triples, mapping()).policy()


def read_policy_file(path: Path) -> dict[str, Any]:
    """Read a policy back from an RDF or JSON-LD file written by ``dpvconv convert``."""
    from dpvconv.rdf.parse import read_source

    source = read_source(path)
    return read_policy([ox.Triple(q.subject, q.predicate, q.object) for q in source.quads])

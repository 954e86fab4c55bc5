"""JSON-LD: dpvconv's context, policies written straight from the model, and an offline document loader.

The JSON-LD of a policy reads like its YAML: the same keys, which dpvconv's context maps to DPV
properties, language maps kept as language maps (``"@container": "@language"``), enum values as the
CURIEs they are, ids relative to the policy's namespace (``"@base"``). It states the same graph as
:func:`dpvconv.rdf.triples.to_triples`; a test holds the two to it.

A document carries the context in full, so that any JSON-LD processor (rdflib, pyld, jsonld.js, a
crawler) reads it offline: nobody has to resolve a URL first. A site that hosts the context (``dpvconv
context`` writes it) can have documents refer to it by URL instead. dpvconv's own readers use a
document loader that serves the bundled context for :data:`~dpvconv.rdf.mapping.CONTEXT_URL`, the
URL earlier versions referred to, and refuses every other URL, so nothing reaches the network.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from dpvconv import resources
from dpvconv.errors import InputError
from dpvconv.policy.schema_info import LANG_TEXT, SlotInfo, SlotKind, entry_kinds
from dpvconv.rdf.mapping import CONTEXT_URL, DEFAULT_BASE, RDF_VALUE, Mapping, mapping
from dpvconv.rdf.mapping import policy_namespace as _namespace

if TYPE_CHECKING:
    from dpvconv.policy.validate import ValidPolicy

CONTEXT_PATH = resources.PACKAGE_DIR / "contexts" / "dpvconv.context.jsonld"


class ContextConflict(Exception):
    """Two slots of the same name would need different term definitions."""


def _term(m: Mapping, slot: SlotInfo) -> dict[str, Any] | str | None:
    kind = slot.kind
    if kind is SlotKind.IDENTIFIER:
        return "@id"
    if kind is SlotKind.TYPES:
        return None  # merged into the node's "@type"
    definition: dict[str, Any] = {"@id": slot.uri}
    if kind is SlotKind.LANGUAGE_MAP:
        definition["@container"] = "@language"
    elif kind is SlotKind.REFERENCE or kind is SlotKind.CONCEPT:
        definition["@type"] = "@id"
    elif kind is SlotKind.LITERAL and (datatype := m.datatype(slot)):
        definition["@type"] = datatype
    # WRAPPED and NESTED values are node objects written out in full.
    return definition


def build_context(m: Mapping | None = None) -> dict[str, Any]:
    """dpvconv's JSON-LD context, derived from the schema.

    Raises:
        ContextConflict: two slots share a name but not a meaning.
    """
    m = m or mapping()
    terms: dict[str, Any] = {p: ns for p, ns in sorted(m.info.prefixes.items()) if p != "linkml"}
    terms["type"] = "@type"
    for class_name in sorted(m.info.classes):
        if class_name == LANG_TEXT:
            continue
        for name, slot in sorted(m.info.classes[class_name].items()):
            term = _term(m, slot)
            if term is None:
                continue
            if name in terms and terms[name] != term:
                raise ContextConflict(f"slot '{name}' means {terms[name]} in one class and {term} in {class_name}")
            terms[name] = term
            if slot.kinds_term:
                _add_term(terms, slot.kinds_term, {"@id": slot.uri, "@type": "@id"}, class_name)
        inner = m.info.inner_nodes.get(class_name)
        if inner:
            _add_term(terms, inner.term, {"@id": inner.property}, class_name)
    return {"@context": terms}


def _add_term(terms: dict[str, Any], name: str, term: dict[str, Any], class_name: str) -> None:
    if name in terms and terms[name] != term:
        raise ContextConflict(f"'{name}' means {terms[name]} in one place and {term} in {class_name}")
    terms[name] = term


@cache
def bundled_context() -> dict[str, Any]:
    """The context as bundled with the package (what :data:`CONTEXT_URL` serves)."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))


class RemoteDocumentRefused(InputError):
    """The JSON-LD processor asked for a document that is not bundled with dpvconv."""


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that serves the bundled dpvconv context and refuses everything else."""
    if url == CONTEXT_URL:
        return {"contextUrl": None, "documentUrl": url, "document": bundled_context()}
    raise RemoteDocumentRefused(
        f"refusing to fetch {url}: dpvconv works offline and serves only its own bundled context "
        f"({CONTEXT_URL}); embed other contexts in the document instead"
    )


class _Builder:
    def __init__(self, m: Mapping, namespace: str):
        self.m = m
        self.ns = namespace

    def node(self, data: dict[str, Any], class_name: str) -> dict[str, Any]:
        head: dict[str, Any] = {}
        out: dict[str, Any] = {}
        inner_out: dict[str, Any] = {}
        types = list(self.m.info.types_of(class_name))
        for key, value in data.items():
            slot = self.m.info.slot(class_name, key)
            if slot is None or value is None:
                continue
            kind = slot.kind
            if slot.inner:
                inner_out.update(self.values(slot, value))
            elif kind is SlotKind.IDENTIFIER:
                head["id"] = value
            elif kind is SlotKind.TYPES:
                types.extend(value if isinstance(value, list) else [value])
            else:
                out.update(self.values(slot, value))
        head["type"] = types[0] if len(types) == 1 else types
        if inner_out:
            inner = self.m.info.inner_nodes[class_name]
            out[inner.term] = {"type": inner.node_class, **inner_out}
        return {**head, **out}

    def values(self, slot: SlotInfo, value: Any) -> dict[str, Any]:
        """The JSON-LD keys and values of one slot's value (not an id or a type)."""
        kind = slot.kind
        if kind is SlotKind.WRAPPED:
            return {
                slot.name: [self.wrapped(slot, v) for v in value] if slot.multivalued else self.wrapped(slot, value)
            }
        if kind is SlotKind.NESTED:
            target = slot.target or ""
            found: dict[str, Any] = {
                slot.name: [self.node(v, target) for v in value] if slot.multivalued else self.node(value, target)
            }
            if slot.kinds_term:  # see SlotInfo.kinds_term
                entries = value if slot.multivalued else [value]
                found[slot.kinds_term] = list(
                    dict.fromkeys(k for v in entries for k in entry_kinds(self.m.info, slot, v))
                )
            return found
        return {slot.name: value}

    def wrapped(self, slot: SlotInfo, value: Any) -> dict[str, Any]:
        predicate = slot.node_value or RDF_VALUE
        if isinstance(value, dict):
            literal: Any = [{"@value": text, "@language": lang} for lang, text in value.items()]
        else:
            datatype = self.m.datatype(slot)
            literal = {"@value": value, "@type": datatype} if datatype else value
        types = list(slot.node_classes)
        return {"type": types[0] if len(types) == 1 else types, predicate: literal}


def to_jsonld(policy: ValidPolicy, base: str = DEFAULT_BASE, *, context_url: str | None = None) -> dict[str, Any]:
    """The JSON-LD document of a validated policy, with dpvconv's context written into it, so that
    every JSON-LD processor reads it offline; with ``context_url``, a reference to the context hosted
    there instead (``dpvconv context`` writes the file to host).
    """
    m = mapping()
    namespace = _namespace(policy["id"], base)
    body = _Builder(m, namespace).node(policy, m.info.root_class)
    body["id"] = namespace
    context: Any = context_url or bundled_context()["@context"]
    return {"@context": [context, {"@base": namespace}], **body}


def dumps(document: dict[str, Any]) -> str:
    """JSON-LD text: indented, UTF-8, key order as built, so output is byte-stable."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "CONTEXT_URL",
    "RemoteDocumentRefused",
    "build_context",
    "document_loader",
    "dumps",
    "to_jsonld",
]

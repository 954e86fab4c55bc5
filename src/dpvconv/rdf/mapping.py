"""How a policy's values become RDF terms: IRIs from the schema's prefixes, datatypes from its types.

Shared by the graph writer (:mod:`dpvconv.rdf.triples`), the JSON-LD writer (:mod:`dpvconv.rdf.jsonld`) and the
reader that turns RDF back into a policy (:mod:`dpvconv.rdf.readback`), so the three agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dpvconv.policy.schema_info import SchemaInfo, SlotInfo, schema_info

DEFAULT_BASE = "https://w3id.org/dpvconv/id/"
CONTEXT_URL = "https://w3id.org/dpvconv/context.jsonld"
RDF_VALUE = "rdf:value"

# LinkML's built-in types that policies use, and their XSD datatypes (None: a plain string).
_BUILTIN_TYPES = {"string": None, "date": "xsd:date", "uri": "xsd:anyURI", "integer": "xsd:integer"}


@dataclass(frozen=True)
class Mapping:
    """The schema's IRIs, ready to expand CURIEs and pick datatypes."""

    info: SchemaInfo

    def expand(self, curie: str) -> str:
        """The IRI of a CURIE whose prefix the schema declares."""
        prefix, _, local = curie.partition(":")
        return self.info.prefixes[prefix] + local

    def compact(self, iri: str) -> str | None:
        """The CURIE of an IRI in one of the schema's namespaces, or None."""
        best = None
        for prefix, namespace in self.info.prefixes.items():
            if iri.startswith(namespace) and (best is None or len(namespace) > len(self.info.prefixes[best])):
                best = prefix
        return f"{best}:{iri[len(self.info.prefixes[best]) :]}" if best else None

    def class_iri(self, class_name: str) -> str:
        """The IRI of a class's ``class_uri``."""
        return self.expand(self.info.class_uris[class_name])

    def datatype(self, slot: SlotInfo) -> str | None:
        """The XSD datatype (CURIE) of a slot's literal values; None for plain strings."""
        kind = slot.ranges[0]
        if kind in _BUILTIN_TYPES:
            return _BUILTIN_TYPES[kind]
        uri = (self.info.types.get(kind) or {}).get("uri")
        return None if uri in (None, "xsd:string") else uri


@cache
def mapping() -> Mapping:
    """The mapping for the dpvconv schema (built once per process)."""
    return Mapping(schema_info())


def policy_namespace(notice_id: str, base: str = DEFAULT_BASE) -> str:
    """The namespace of one policy's nodes; the notice's own IRI is the namespace itself."""
    return f"{base}{notice_id}/"


def web_iri_problem(iri: str, example: str) -> str | None:
    """Why ``iri`` is not an absolute http(s) IRI (scheme in any case) that RDF accepts as it stands,
    or None when it is; ``example`` shows the user one that is."""
    import pyoxigraph as ox

    scheme, colon, _ = iri.partition(":")
    if not colon or scheme.lower() not in ("http", "https") or not iri[len(scheme) + 1 :].startswith("//"):
        return f"must be an absolute http(s) IRI, such as {example}"
    try:
        ox.NamedNode(iri)
    except ValueError as err:
        return f"is not a valid IRI: {err}"
    return None


def base_problem(base: str) -> str | None:
    """Why ``base`` cannot be the base IRI of policies, or None when it can: an absolute http(s) IRI
    (:func:`web_iri_problem`) ending in ``/`` or ``#`` so that a notice id appended to it stays inside it."""
    problem = web_iri_problem(base, "https://example.org/policies/")
    if problem is None and not base.endswith(("/", "#")):
        return "must end in '/' or '#', so that each notice's IRIs stay inside it"
    return problem

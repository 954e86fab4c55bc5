"""Converting policies to JSON-LD and RDF serializations: one registry of formats, one function each way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from dpvconv.rdf.jsonld import dumps, to_jsonld
from dpvconv.rdf.mapping import DEFAULT_BASE, mapping, policy_namespace
from dpvconv.rdf.triples import to_quads, to_triples

if TYPE_CHECKING:
    from dpvconv.policy.validate import ValidPolicy


@dataclass(frozen=True)
class Format:
    """An output format: its file suffix and how to write a policy in it."""

    suffix: str
    media_type: str
    write: Callable[[ValidPolicy, str, str | None], str]


def _prefixes(namespace: str) -> dict[str, str]:
    prefixes = {p: ns for p, ns in mapping().info.prefixes.items() if p != "linkml"}
    prefixes["policy"] = namespace
    return prefixes


def _decoded(serialized: bytes | None) -> str:
    """The text of what pyoxigraph serialized in memory (it returns bytes when given no output file)."""
    assert serialized is not None
    return serialized.decode("utf-8")


def _triples_writer(rdf_format: ox.RdfFormat) -> Callable[[ValidPolicy, str, str | None], str]:
    def write(policy: ValidPolicy, base: str, _context_url: str | None) -> str:
        namespace = policy_namespace(policy["id"], base)
        prefixes = _prefixes(namespace) if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        return _decoded(ox.serialize(to_triples(policy, base), format=rdf_format, prefixes=prefixes))

    return write


def _quads_writer(rdf_format: ox.RdfFormat) -> Callable[[ValidPolicy, str, str | None], str]:
    """Each policy in its own named graph: the notice's IRI."""

    def write(policy: ValidPolicy, base: str, _context_url: str | None) -> str:
        namespace = policy_namespace(policy["id"], base)
        quads = to_quads(policy, base)
        prefixes = _prefixes(namespace) if rdf_format == ox.RdfFormat.TRIG else None
        return _decoded(ox.serialize(quads, format=rdf_format, prefixes=prefixes))

    return write


def _jsonld_writer(policy: ValidPolicy, base: str, context_url: str | None) -> str:
    return dumps(to_jsonld(policy, base, context_url=context_url))


FORMATS: dict[str, Format] = {
    "jsonld": Format(".jsonld", "application/ld+json", _jsonld_writer),
    "turtle": Format(".ttl", "text/turtle", _triples_writer(ox.RdfFormat.TURTLE)),
    "ntriples": Format(".nt", "application/n-triples", _triples_writer(ox.RdfFormat.N_TRIPLES)),
    "nquads": Format(".nq", "application/n-quads", _quads_writer(ox.RdfFormat.N_QUADS)),
    "trig": Format(".trig", "application/trig", _quads_writer(ox.RdfFormat.TRIG)),
    "rdfxml": Format(".rdf", "application/rdf+xml", _triples_writer(ox.RdfFormat.RDF_XML)),
}


def to_yaml(policy: ValidPolicy) -> str:
    """A policy (as read back from RDF) as policy YAML."""
    import yaml

    return yaml.safe_dump(policy, sort_keys=False, allow_unicode=True, width=100)


def convert(policy: ValidPolicy, to: str, base: str = DEFAULT_BASE, *, context_url: str | None = None) -> str:
    """A validated policy as text in format ``to`` (a key of :data:`FORMATS`). JSON-LD carries its
    context in full, so any processor reads it offline, unless ``context_url`` names where the
    context is hosted (see :func:`dpvconv.rdf.jsonld.to_jsonld`)."""
    return FORMATS[to].write(policy, base, context_url)


def output_suffix(to: str) -> str:
    """The file suffix of outputs in format ``to`` (a key of :data:`FORMATS`, or ``yaml``)."""
    return ".yaml" if to == "yaml" else FORMATS[to].suffix


def convert_inputs(paths: Sequence[Path], to: str) -> list[Path]:
    """The files under ``paths`` that ``convert --to {to}`` reads: policy files, or for ``to="yaml"``
    the RDF and JSON-LD files that are read back.

    Raises:
        UsageError: a path does not exist or names no such file (see :func:`dpvconv.inputs.discover`).
    """
    from dpvconv.errors import UsageError
    from dpvconv.policy.validate import POLICY_SUFFIXES, policy_files
    from dpvconv.rdf.parse import source_files

    if to != "yaml":
        return policy_files(paths)
    inputs = [p for p in source_files(list(paths)) if p.suffix.lower() not in POLICY_SUFFIXES]
    if not inputs:
        raise UsageError("--to yaml reads RDF or JSON-LD files (.ttl, .nt, .nq, .trig, .rdf, .jsonld)")
    return inputs


def convert_file(path: Path, to: str, base: str = DEFAULT_BASE, *, context_url: str | None = None) -> str:
    """The text of one input converted to ``to``: a policy file to a format of :data:`FORMATS`, or,
    with ``to="yaml"``, an RDF or JSON-LD file written by dpvconv back to policy YAML. The input is
    validated first (a read-back policy too).

    Raises:
        DiagnosticsError: the input cannot be read, is invalid, or holds no dpvconv policy (located).
    """
    from dpvconv.diagnostics import Diagnostic, DiagnosticsError
    from dpvconv.escape import echo
    from dpvconv.policy.loader import Document
    from dpvconv.policy.validate import load_valid, require_valid
    from dpvconv.rdf.readback import ReadbackError, read_policy_file

    if to != "yaml":
        return convert(load_valid(path), to, base, context_url=context_url)
    try:
        read_back = Document(file=str(path), data=read_policy_file(path))
    except ReadbackError as err:
        raise DiagnosticsError(
            [Diagnostic(str(path), 1, 1, echo(str(err)), "convert reads back only what dpvconv convert wrote")]
        ) from None
    return to_yaml(require_valid(read_back))

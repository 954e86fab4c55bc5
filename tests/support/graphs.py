"""Graph equality for tests: two graphs are the same when their canonical forms are equal.

The canonical form is :func:`dpvconv.rdf.isomorphism.canonical_form` (blank nodes named by a hash of their
subtree), which is exact on the forest-shaped graphs dpvconv writes and takes milliseconds where
rdflib.compare.isomorphic takes seconds per example; one test (tests/test_convert.py) keeps rdflib's
isomorphic as a cross-check of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox
import rdflib

from dpvconv.rdf.isomorphism import canonical_form


def canonical(graph: rdflib.Graph | Iterable[ox.Triple | ox.Quad]) -> Counter[tuple[str, str, str, str]]:
    """The triples of ``graph`` (graph names dropped) in canonical form."""
    if isinstance(graph, rdflib.Graph):
        graph = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return canonical_form(ox.Triple(t.subject, t.predicate, t.object) for t in graph)


def nquads_graph(text: str | bytes) -> list[ox.Quad]:
    """The quads of an N-Quads (or N-Triples) document."""
    return list(ox.parse(text.encode() if isinstance(text, str) else text, format=ox.RdfFormat.N_QUADS))

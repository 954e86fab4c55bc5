"""Telling whether two RDF graphs say the same, whatever their blank nodes are called.

dpvconv's graphs use blank nodes only for nested objects: each is the object of at most one statement
and no chain of them loops, so they form a forest. On a forest, naming each blank node by a hash of
everything below it (its statements, with the blank nodes among their objects named the same way) is a
complete canonical form: two graphs are isomorphic exactly when their statements, so named, are equal
as multisets. It takes linear time, and unlike a general canonicalization it does not depend on the
order the statements come in (pyoxigraph's fast ``UNSTABLE`` algorithm, and in 0.5 even its
``RDFC_1_0``, can name the blank nodes of a graph with identical siblings, such as one quote cited
twice, differently for different input orders). Graphs of any other shape are not compared here.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

Statement = ox.Quad | ox.Triple


class NotAForest(ValueError):
    """The graph's blank nodes are shared between subjects or form a cycle."""


def forest_parents(statements: Iterable[Statement]) -> dict[ox.BlankNode, object] | None:
    """Each blank node's one parent, or None where some blank node has two or a chain of them loops."""
    parent: dict[ox.BlankNode, object] = {}
    for statement in statements:
        if isinstance(statement.object, ox.BlankNode):
            if statement.object in parent:
                return None
            parent[statement.object] = statement.subject
    # No chain of parents loops: walk up from each node until a node already known to lead to a root;
    # every node on the way then does too, so each node is walked once.
    rooted: set[ox.BlankNode] = set()
    for node in parent:
        path: list[ox.BlankNode] = []
        on_path: set[ox.BlankNode] = set()
        current: object = node
        while isinstance(current, ox.BlankNode) and current in parent and current not in rooted:
            if current in on_path:
                return None
            path.append(current)
            on_path.add(current)
            current = parent[current]
        rooted.update(path)
    return parent


def canonical_form(statements: Iterable[Statement]) -> Counter[tuple[str, str, str, str]]:
    """The statements with each blank node named by the hash of its subtree, as a multiset; graph
    names are kept (the default graph as '').

    Raises:
        NotAForest: a blank node is the object of two statements, or blank nodes form a cycle.
    """
    statements = list(dict.fromkeys(statements))  # a graph is a set: a statement made twice is one
    if forest_parents(statements) is None:
        raise NotAForest("blank nodes are shared or form a cycle")
    below: dict[ox.BlankNode, list[tuple[str, object]]] = defaultdict(list)
    for statement in statements:
        if isinstance(statement.subject, ox.BlankNode):
            below[statement.subject].append((statement.predicate.value, statement.object))
    names: dict[ox.BlankNode, str] = {}

    def name(node: object) -> str:
        if not isinstance(node, ox.BlankNode):
            return str(node)
        # Post-order without recursion: a deep chain of nested objects must not exhaust the stack.
        stack = [(node, False)]
        while stack:
            current, children_named = stack.pop()
            if current in names:
                continue
            if not children_named:
                stack.append((current, True))
                stack.extend((o, False) for _, o in below[current] if isinstance(o, ox.BlankNode) and o not in names)
                continue
            edges = sorted(f"{p} {names[o] if isinstance(o, ox.BlankNode) else str(o)}" for p, o in below[current])
            names[current] = "_:h" + hashlib.sha256("\n".join(edges).encode("utf-8", "surrogatepass")).hexdigest()
        return names[node]

    form: Counter[tuple[str, str, str, str]] = Counter()
    for statement in statements:
        graph = getattr(statement, "graph_name", None)
        graph_key = "" if graph is None or isinstance(graph, ox.DefaultGraph) else str(graph)
        form[(name(statement.subject), str(statement.predicate), name(statement.object), graph_key)] += 1
    return form


def same_graph(first: Iterable[Statement], second: Iterable[Statement]) -> bool:
    """Whether two forest-shaped graphs say the same, up to blank node names.

    Raises:
        NotAForest: either graph's blank nodes are not a forest.
    """
    return canonical_form(first) == canonical_form(second)

"""dpvconv.rdf.isomorphism: graph equality up to blank node names, on forest-shaped graphs."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from dpvconv.rdf.isomorphism import NotAForest, canonical_form, same_graph

EX = "http://example.org/"


def triple(s: ox.NamedNode | ox.BlankNode, p: str, o: object) -> ox.Triple:
    return ox.Triple(s, ox.NamedNode(EX + p), o)  # type: ignore[arg-type]


def quotes(labels: tuple[str, str, str]) -> list[ox.Triple]:
    """A notice citing the same quote twice and another once: identical sibling blank nodes."""
    notice = ox.NamedNode(EX + "notice")
    a, b, c = (ox.BlankNode(label) for label in labels)
    return [
        triple(notice, "source", a),
        triple(notice, "source", b),
        triple(notice, "source", c),
        triple(a, "exact", ox.Literal("same words")),
        triple(b, "exact", ox.Literal("same words")),
        triple(c, "exact", ox.Literal("other words")),
    ]


def test_names_and_order_of_blank_nodes_do_not_matter() -> None:
    first = quotes(("a", "b", "c"))
    second = quotes(("x", "y", "z"))
    random.Random(1).shuffle(second)
    assert same_graph(first, second)


def test_a_changed_or_missing_statement_is_a_different_graph() -> None:
    first = quotes(("a", "b", "c"))
    assert not same_graph(first, first[:-1])
    changed = [*first[:-1], triple(ox.BlankNode("c"), "exact", ox.Literal("same words"))]
    assert not same_graph(first, changed)
    # Two identical quotes are not one: the count of identical siblings matters.
    assert canonical_form(first) != canonical_form([t for t in first if t.object != ox.BlankNode("b")])


@pytest.mark.parametrize("shape", ["shared", "cycle"])
def test_graphs_that_are_not_forests_are_refused(shape: str) -> None:
    a, b = ox.BlankNode("a"), ox.BlankNode("b")
    if shape == "shared":
        graph = [triple(ox.NamedNode(EX + "x"), "p", a), triple(ox.NamedNode(EX + "y"), "p", a)]
    else:
        graph = [triple(a, "p", b), triple(b, "p", a)]
    with pytest.raises(NotAForest):
        canonical_form(graph)


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    nodes = [ox.BlankNode(f"n{i}") for i in range(20_000)]
    chain = [triple(nodes[i], "child", nodes[i + 1]) for i in range(len(nodes) - 1)]
    assert same_graph(chain, list(reversed(chain)))

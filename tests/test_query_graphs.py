"""The graphs ``dpvconv query`` answers over: the policies' named graphs, whose union is the default
graph, and the vocabularies' named graphs (DPV's hierarchy, the dpvconv vocabulary, both), outside it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.query import (
    DPV_GRAPH,
    DPVCONV_GRAPH,
    GRAPH_NAMESPACE,
    VOCABULARIES_GRAPH,
    build_store,
    may_read_vocabularies,
    run_query,
)
from dpvconv.rdf.parse import read_source, source_files
from dpvconv.resources import DPV_HIERARCHY_PATH, VOCABULARY_PATH

from .conftest import DATA, EXAMPLES, assert_clean_failure, dpvconv

VOCABULARY_GRAPHS = {DPV_GRAPH.value, DPVCONV_GRAPH.value, VOCABULARIES_GRAPH.value}


def query(*args: str) -> list[dict[str, str]]:
    """``dpvconv query ARGS`` over the examples, as a user runs it; the rows of its JSON answer."""
    result = CliRunner().invoke(main, ["query", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [{k: v["value"] for k, v in row.items()} for row in json.loads(result.output)["results"]["bindings"]]


@cache
def examples(vocabularies: bool = True) -> ox.Store:
    return build_store((read_source(p) for p in source_files([EXAMPLES])), vocabularies=vocabularies)


GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_the_vocabularies_are_named_graphs_outside_the_default_graph():
    graphs = {row["g"] for row in query(GRAPHS)}
    assert graphs >= VOCABULARY_GRAPHS
    assert len(graphs - VOCABULARY_GRAPHS) == 5  # one per example policy
    # The default graph holds the policies' statements and nothing else: as many triples as their graphs,
    # the same as without the vocabularies, and none of DPV's (which types 121 concepts dpv:Purpose).
    with_vocabularies, without = examples(), examples(vocabularies=False)

    def count(store: ox.Store, text: str) -> int:
        return int(json.loads(run_query(store, text, "json").text)["results"]["bindings"][0]["n"]["value"])

    in_policies = count(without, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    for text, expected in (
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", in_policies),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?c a dpv:Purpose }", 0),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?c skos:prefLabel ?label }", 0),
    ):
        assert count(with_vocabularies, text) == count(without, text) == expected, text
    assert in_policies > 4000
    in_dpv = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DPV_GRAPH.value}> {{ ?c a dpv:Purpose }} }}"
    assert count(with_vocabularies, in_dpv) > 100
    assert count(without, in_dpv) == 0


def test_the_vocabularies_are_loaded_for_the_queries_that_can_reach_them():
    """Only GRAPH reaches a named graph, so ``query`` loads the vocabularies for a query that says
    "graph" (in any case, or behind a \\u escape); any other is answered the same without them."""
    reach = [GRAPHS, "select * { graph ?g {} }", "SELECT * { \\u0047RAPH ?g {} }", f"ASK FROM <{DPV_GRAPH.value}> {{}}"]
    assert all(may_read_vocabularies(text) for text in reach)
    assert not any(may_read_vocabularies(text) for text in ("ASK {}", "SELECT * { ?s dpv:hasPurpose ?o }"))
    for path in sorted((EXAMPLES / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        assert may_read_vocabularies(text) == (GRAPH_NAMESPACE in text), path.name


def test_each_vocabulary_in_its_graph_and_both_in_one():
    store = examples()

    def triples(graph: ox.NamedNode) -> set[ox.Triple]:
        return {q.triple for q in store.quads_for_pattern(None, None, None, graph)}

    hierarchy = {q.triple for q in ox.parse(path=DPV_HIERARCHY_PATH, format=ox.RdfFormat.TURTLE)}
    vocabulary = {q.triple for q in ox.parse(path=VOCABULARY_PATH, format=ox.RdfFormat.TURTLE)}
    assert triples(DPV_GRAPH) == hierarchy
    assert triples(DPVCONV_GRAPH) == vocabulary
    assert triples(VOCABULARIES_GRAPH) == hierarchy | vocabulary


def test_no_vocab_leaves_the_vocabularies_out():
    graphs = {row["g"] for row in query(GRAPHS, "--no-vocab")}
    assert len(graphs) == 5 and not graphs & VOCABULARY_GRAPHS
    follows = f"ASK {{ GRAPH <{VOCABULARIES_GRAPH.value}> {{ pd:Passport skos:broader* pd:OfficialID }} }}"
    runner = CliRunner()
    assert runner.invoke(main, ["query", follows]).output == "true\n"
    assert runner.invoke(main, ["query", follows, "--no-vocab"]).output == "false\n"


def test_a_property_path_crosses_from_our_vocabulary_into_dpv_only_in_the_union():
    """dpvconv:PersonalIdentityCode's skos:broader is in our vocabulary's graph, pd:OfficialID's place
    in DPV in DPV's graph: a path cannot leave a graph, so only the union graph follows it to the top."""
    path = "ASK {{ GRAPH <{}> {{ dpvconv:PersonalIdentityCode skos:broader+ dpv:PersonalData }} }}"
    runner = CliRunner()
    answers = {g: runner.invoke(main, ["query", path.format(g)]).output for g in sorted(VOCABULARY_GRAPHS)}
    assert answers == {DPV_GRAPH.value: "false\n", DPVCONV_GRAPH.value: "false\n", VOCABULARIES_GRAPH.value: "true\n"}


def test_labels_of_dpv_concepts_in_english():
    rows = query(f"SELECT ?label WHERE {{ GRAPH <{DPV_GRAPH.value}> {{ pd:OfficialID skos:prefLabel ?label }} }}")
    assert rows == [{"label": "Official ID"}]


def test_an_input_may_not_state_a_vocabulary_graph(tmp_path: Path):
    """A company's TriG cannot add statements to DPV's hierarchy (or pass its own off as DPV's)."""
    trig = tmp_path / "hostile.trig"
    trig.write_text(
        f"<{DPV_GRAPH.value}> {{ <https://w3id.org/dpvconv/x> "
        "<http://www.w3.org/2004/02/skos/core#broader> <https://w3id.org/dpv/pd#OfficialID> . }\n",
        encoding="utf-8",
    )
    result = dpvconv("query", "ASK {}", str(trig))
    assert_clean_failure(result)
    assert f"{trig}:1:1: error: states the graph <{DPV_GRAPH.value}>" in result.stderr
    notice = tmp_path / "notice.ttl"
    notice.write_text(f"<{GRAPH_NAMESPACE}x> a <https://w3id.org/dpv#PrivacyNotice> .\n", encoding="utf-8")
    assert_clean_failure(dpvconv("query", "ASK {}", str(notice), "--no-vocab"))


def test_the_shipped_hierarchy_carries_dpvs_licence_notice():
    """The W3C Software and Document License asks a derived work to carry the licence, and a notice
    naming the work it derives from, with W3C's copyright: at the head of the file, before any triple."""
    text = DPV_HIERARCHY_PATH.read_text(encoding="utf-8")
    head = text[: text.index("\n@prefix")]
    assert all(line.startswith("#") or not line for line in head.splitlines())
    for words in (
        "This software or document includes material copied from or derived from the Data Privacy",
        "Vocabulary (DPV), version 2.3, https://w3id.org/dpv/2.3",
        "Copyright © 2026 World Wide Web Consortium. <https://www.w3.org/copyright/software-license-2023/>",
        "W3C Software and Document license",
        "Permission to copy, modify, and distribute this work",
        'THIS WORK IS PROVIDED "AS IS,"',
    ):
        assert words in head, words
    # Small, as it is loaded by every query: the regions of loc: and everything but the hierarchy and
    # labels are left out.
    assert len(text.encode()) < 400_000
    assert "loc:FI-18" not in text


def test_minimal_policy_answers_with_the_hierarchy():
    """Any input, not only the examples: the vocabularies are loaded beside it."""
    rows = query(
        "SELECT ?data WHERE { ?p dpv:hasPersonalData ?data ."
        f" GRAPH <{VOCABULARIES_GRAPH.value}> {{ ?data skos:broader+ dpv:PersonalData }} }} LIMIT 1",
        str(DATA / "valid" / "minimal.yaml"),
    )
    assert rows
    store = build_store(read_source(p) for p in source_files([DATA / "valid" / "minimal.yaml"]))
    assert run_query(store, f"ASK {{ GRAPH <{DPVCONV_GRAPH.value}> {{ ?s ?p ?o }} }}").text == "true\n"

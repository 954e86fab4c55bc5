"""``dpvconv query`` and the example queries: each asserts the answer a reader of the notices expects."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.policy.durations import duration_days
from dpvconv.query import GRAPH_NAMESPACE, QueryError, QueryTimeout, build_store, check_syntax, run_query
from dpvconv.rdf.parse import read_source, source_files

from .conftest import EXAMPLES

QUERIES = EXAMPLES / "queries"
GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
DPV = "https://w3id.org/dpv#"
LOC = "https://w3id.org/dpv/loc#"
DPVCONV = "https://w3id.org/dpvconv/"


@cache
def store():
    """The examples as ``dpvconv query`` loads them by default: with DPV's hierarchy and our vocabulary."""
    return build_store(read_source(p) for p in source_files([EXAMPLES]))


@cache
def policies_only():
    """The examples as ``dpvconv query --no-vocab`` loads them."""
    return build_store((read_source(p) for p in source_files([EXAMPLES])), vocabularies=False)


def rows(name: str, vocabularies: bool = True) -> list[dict[str, str]]:
    data = store() if vocabularies else policies_only()
    result = run_query(data, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"), "json")
    bindings = json.loads(result.text)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in bindings]


def by_company(name: str, column: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in rows(name):
        out.setdefault(row["company"], set()).add(row.get(column, ""))
    return out


def test_every_query_states_its_question_and_expected_answer():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 9
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and "?" in text.splitlines()[0], path.name
        assert "# Expected" in text, path.name
        # DPV terms only: the names of the vocabularies' graphs are the one IRI of ours a query needs.
        body = text.split("SELECT", 1)[1].replace(f"<{GRAPH_NAMESPACE}", "<")
        assert "dpvconv" not in body, f"{path.name} uses dpvconv terms"
        check_syntax(text)


def test_transfers_outside_the_eu():
    answer = by_company("transfers", "destination")
    assert set(answer) == {"Viima Solutions Oy", "Inmics Oy", "Vitec Futursoft Oy"}
    assert LOC + "non-EU" in answer["Viima Solutions Oy"]
    assert LOC + "non-EEA" in answer["Inmics Oy"] and LOC + "non-EEA" in answer["Vitec Futursoft Oy"]
    safeguards = by_company("transfers", "safeguard")
    assert GDPR + "SCCByCommission" in safeguards["Vitec Futursoft Oy"]


def test_google_analytics():
    assert set(by_company("google-analytics", "process")) == {"Viima Solutions Oy", "Vitec Futursoft Oy"}


def test_legitimate_interest():
    answer = by_company("legitimate-interest", "purpose")
    assert set(answer) == {"Viima Solutions Oy", "Inmics Oy", "Vitec Futursoft Oy"}
    assert DPV + "DirectMarketing" in answer["Viima Solutions Oy"]


def test_retention_periods_side_by_side():
    answer = by_company("retention", "period")
    assert set(answer) == {"Inmics Oy", "Viima Solutions Oy"}
    # Compared as durations: a store may write P12M in its canonical form P1Y.
    assert {duration_days(p) for p in answer["Inmics Oy"]} == {duration_days("P3Y"), duration_days("P6Y")}
    assert {duration_days(p) for p in answer["Viima Solutions Oy"]} == {duration_days("P12M")}


def test_data_protection_officers():
    answer = {row["company"]: row.get("email") for row in rows("dpo")}
    assert answer == {
        "Viima Solutions Oy": "dpo@viima.com",
        "Inmics Oy": "tietosuoja(at)inmics.fi",
        "Solinum Oy": "etunimi.sukunimi@solinum.fi",
    }
    assert {row.get("officer") for row in rows("dpo") if row["company"] == "Solinum Oy"} == {"Janne Mikkola"}


def test_rights_each_grants():
    answer = {c: {r.removeprefix(GDPR) for r in rights} for c, rights in by_company("rights", "right").items()}
    assert answer == {
        "Vimana Oy": {"A15", "A16", "A17", "A18", "A21"},
        "Viima Solutions Oy": {"A15", "A16", "A17", "A20", "A21", "A7-3", "A77"},
        "Inmics Oy": {"A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"},
        "Solinum Oy": {"A16", "A17", "A21"},
        "Vitec Futursoft Oy": {"A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"},
    }


def test_what_each_says_it_does_not_do():
    answer = by_company("not-done", "what")
    assert set(answer) == {"Vimana Oy", "Viima Solutions Oy", "Inmics Oy", "Solinum Oy", "Vitec Futursoft Oy"}
    assert DPV + "SellDataToThirdParties" in answer["Viima Solutions Oy"]
    assert DPV + "SellDataToThirdParties" in answer["Vitec Futursoft Oy"]
    assert DPV + "AutomatedDecisionMaking" in answer["Vimana Oy"]
    assert DPV + "Access" in answer["Solinum Oy"]


def test_same_answers_from_jsonld_turtle_and_html(tmp_path: Path):
    """Reading what companies publish: converted files and a web page give the same answers as the YAML."""
    runner = CliRunner()
    for fmt in ("jsonld", "turtle"):
        assert runner.invoke(main, ["convert", str(EXAMPLES), "--to", fmt, "-o", str(tmp_path / fmt)]).exit_code == 0
    page = tmp_path / "html" / "viima.html"
    page.parent.mkdir()
    body = (tmp_path / "jsonld" / "viima.jsonld").read_text(encoding="utf-8")
    page.write_text(f'<html><body><p>Privacy</p><script type="application/ld+json">{body}</script></body></html>')
    query = str(QUERIES / "rights.rq")
    expected = runner.invoke(main, ["query", query, "--format", "csv", str(EXAMPLES)]).output
    for folder in ("jsonld", "turtle"):
        assert runner.invoke(main, ["query", query, "--format", "csv", str(tmp_path / folder)]).output == expected
    viima = [line for line in expected.splitlines() if line.startswith("Viima")]
    from_page = runner.invoke(main, ["query", query, "--format", "csv", str(page)]).output.splitlines()[1:]
    assert from_page == viima


def test_each_policy_in_its_own_named_graph():
    query = (
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
        f' FILTER(!STRSTARTS(STR(?g), "{GRAPH_NAMESPACE}")) }}'
    )
    for data in (store(), policies_only()):
        assert json.loads(run_query(data, query, "json").text)["results"]["bindings"][0]["n"]["value"] == "5"


def test_bad_query_is_located():
    with pytest.raises(QueryError) as caught:
        check_syntax("SELECT ?x WHERE {\n  ?x ?y\n  FILTER( }")
    assert (caught.value.line, caught.value.column) == (3, 9)
    result = CliRunner().invoke(main, ["query", "SELECT ?x WHERE { ?x ?y FILTER( }"])
    assert result.exit_code == 1
    assert result.output.startswith("<query>:1:")


def test_runaway_query_is_stopped():
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryTimeout):
        run_query(store(), heavy, "json", timeout=0.5)


def test_table_and_formats():
    runner = CliRunner()
    table = runner.invoke(main, ["query", str(QUERIES / "dpo.rq")])
    assert table.exit_code == 0 and "Janne Mikkola" in table.output and "(3 rows)" in table.output
    tsv = runner.invoke(main, ["query", str(QUERIES / "dpo.rq"), "--format", "tsv"])
    assert tsv.output.startswith("?company\t?officer\t?email")
    ask = runner.invoke(main, ["query", "ASK { ?n a dpv:PrivacyNotice }"])
    assert ask.output == "true\n"


def test_official_identifiers_through_our_vocabulary_into_dpv():
    """pd:OfficialID and narrower, with no option given: Solinum's personal identity code is ours
    (dpvconv:PersonalIdentityCode), and only the dpvconv vocabulary links it into DPV's hierarchy."""
    result = CliRunner().invoke(main, ["query", str(QUERIES / "official-id.rq"), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {(r["company"]["value"], r["data"]["value"]) for r in json.loads(result.output)["results"]["bindings"]}
    assert found == {("Solinum Oy", DPVCONV + "PersonalIdentityCode")}
    assert rows("official-id", vocabularies=False) == []


def test_kinds_of_purpose_reach_our_own_purposes():
    """From dpv:Purpose down, with no option given: dpvconv:MarketResearch is reached through the
    dpvconv vocabulary (under dpv:CommercialResearch) and DPV's hierarchy above it."""
    result = CliRunner().invoke(main, ["query", str(QUERIES / "purpose-kinds.rq"), "--format", "json"])
    assert result.exit_code == 0, result.output
    answer: dict[str, set[tuple[str, str]]] = {}
    for row in json.loads(result.output)["results"]["bindings"]:
        answer.setdefault(row["company"]["value"], set()).add((row["kind"]["value"], row["purpose"]["value"]))
    assert set(answer) == {"Vimana Oy", "Viima Solutions Oy", "Inmics Oy", "Solinum Oy", "Vitec Futursoft Oy"}
    research = (DPV + "ResearchAndDevelopment", DPVCONV + "MarketResearch")
    assert {company for company, kinds in answer.items() if research in kinds} == {"Viima Solutions Oy", "Inmics Oy"}
    for kinds in answer.values():
        every = ("CustomerManagement", "CommunicationManagement", "ServiceManagement", "Marketing")
        assert {kind for kind, _ in kinds} >= {DPV + kind for kind in every}
    assert rows("purpose-kinds", vocabularies=False) == []


def test_the_default_graph_is_the_same_with_and_without_vocabularies():
    """Loading the vocabularies changes no answer over the default graph: the DPV-only example
    queries give the same rows either way (the store's copied default graph, or pyoxigraph's union)."""

    def answer(name: str, vocabularies: bool) -> list[str]:
        return sorted(json.dumps(row, sort_keys=True) for row in rows(name, vocabularies))

    for path in sorted(QUERIES.glob("*.rq")):
        if GRAPH_NAMESPACE not in path.read_text(encoding="utf-8"):
            assert answer(path.stem, True) == answer(path.stem, False), path.name


def test_with_dpv_loads_all_of_dpv_into_its_graph(shared: Path):
    """--with-dpv adds what the bundled hierarchy leaves out (definitions, here) to the same graph, so a
    query that follows the hierarchy is written the same way with or without it."""
    hierarchy = (
        "SELECT DISTINCT ?company WHERE { ?n a dpv:PrivacyNotice ; dpv:hasDataController/dpv:hasName ?company ;"
        " dpv:hasProcess+/dpv:hasPurpose ?purpose ."
        f" GRAPH <{GRAPH_NAMESPACE}vocabularies> {{ ?purpose skos:broader* dpv:Marketing }} }}"
    )
    definition = f"ASK {{ GRAPH <{GRAPH_NAMESPACE}dpv> {{ dpv:Marketing skos:definition ?d }} }}"
    full = build_store((read_source(p) for p in source_files([EXAMPLES])), shared / "dpv" / "2.3", vocabularies=False)

    def companies(data) -> set[str]:
        answer = json.loads(run_query(data, hierarchy, "json").text)
        return {row["company"]["value"] for row in answer["results"]["bindings"]}

    assert companies(full) == companies(store()) >= {"Viima Solutions Oy", "Vitec Futursoft Oy"}
    assert companies(policies_only()) == set()
    assert run_query(full, definition).text == "true\n"
    assert run_query(store(), definition).text == "false\n"


def _copies(tmp_path: Path, count: int) -> list[Path]:
    """``count`` distinct valid policies: the examples under new notice ids."""
    import yaml

    examples = sorted(EXAMPLES.glob("*.yaml"))
    paths = []
    for index in range(count):
        data = yaml.safe_load(examples[index % len(examples)].read_text(encoding="utf-8"))
        data["id"] = f"copy-{index}"
        path = tmp_path / f"copy-{index:02d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths


def test_parallel_reading_gives_the_same_store(tmp_path: Path):
    from dpvconv.rdf.parse import PARALLEL_THRESHOLD, read_sources

    paths = _copies(tmp_path, PARALLEL_THRESHOLD + 4)
    sequential = build_store(read_sources(paths, jobs=1))
    parallel = build_store(read_sources(paths, jobs=2))
    assert len(parallel) == len(sequential) > 0
    assert set(map(str, parallel)) == set(map(str, sequential))
    assert [s.graph for s in read_sources(paths, jobs=2)] == [read_source(p).graph for p in paths]


def test_parallel_reading_reports_the_first_invalid_file_located(tmp_path: Path):
    from dpvconv.rdf.parse import PARALLEL_THRESHOLD, SourceError, read_sources

    paths = _copies(tmp_path, PARALLEL_THRESHOLD + 4)
    for bad in (paths[9], paths[14]):
        bad.write_text(bad.read_text(encoding="utf-8").replace("schema_version:", "schema_versio:"), encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        list(read_sources(paths, jobs=2))
    assert {d.file for d in caught.value.diagnostics} == {str(paths[9])}
    assert all(d.line > 0 for d in caught.value.diagnostics)

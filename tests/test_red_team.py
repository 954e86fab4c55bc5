"""Regression tests for the red-team findings of issue "Hardening" (numbered as there), run as a user
runs dpvconv: in a new process, on hostile input. Each test failed before its fix."""

from __future__ import annotations

import http.server
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from .conftest import DATA, assert_clean_failure, dpvconv

MINIMAL = DATA / "valid" / "minimal.yaml"


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    def _count(self) -> None:
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":[]},"results":{"bindings":[{}]}}')

    do_GET = do_POST = _count

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def sparql_server() -> Iterator[tuple[str, list[str]]]:
    """A SPARQL endpoint on loopback that records every request it gets."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    server.hits = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", server.hits  # type: ignore[attr-defined]
    server.shutdown()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * {{ sErViCe SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        "PREFIX e: <{base}>\nSELECT * {{\n  # a comment\n  SERVICE e:sparql {{ ?s ?p ?o }} }}",
        "SELECT * {{ {{ SELECT * {{ SERVICE<{url}>{{?s ?p ?o}} }} }} }}",
        "ASK {{ VALUES ?u {{ <{url}> }} SERVICE ?u {{ ?s ?p ?o }} }}",
    ],
)
def test_01_service_is_refused_before_any_request(sparql_server: tuple[str, list[str]], template: str) -> None:
    url, hits = sparql_server
    query = template.format(url=url, base=url.rsplit("/", 1)[0] + "/")
    result = dpvconv("query", query, str(MINIMAL), "--timeout", "5")
    assert_clean_failure(result)
    assert "SERVICE is refused" in result.stderr
    line = query[: query.upper().index("SERVICE")].count("\n") + 1
    assert result.stderr.startswith(f"<query>:{line}:"), result.stderr
    assert hits == [], "the query reached the network"


def test_01_a_server_that_never_answers_cannot_hold_a_query() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts connections, never answers
    try:
        port = listener.getsockname()[1]
        started = time.monotonic()
        result = dpvconv("query", f"SELECT * {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}", "--timeout", "2")
        assert time.monotonic() - started < 30
        assert_clean_failure(result)
    finally:
        listener.close()


def test_01_words_that_only_look_like_service_are_not_refused() -> None:
    query = (
        'SELECT ?service WHERE { BIND("SERVICE <http://x/> {}" AS ?service) '
        "BIND(<http://example.com/SERVICE> AS ?iri) } # SERVICE in a comment"
    )
    result = dpvconv("query", query, str(MINIMAL), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "SERVICE <http://x/> {}" in result.stdout


def test_01_query_workers_have_no_network_where_the_system_allows() -> None:
    from dpvconv.query import network_isolated

    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a network namespace needs Linux and root (or user namespaces); the SERVICE guard still holds")
    assert network_isolated()


def test_01_update_is_refused_with_a_located_message() -> None:
    result = dpvconv("query", "PREFIX ex: <http://e/>\nLOAD <http://127.0.0.1:9/x.ttl>", str(MINIMAL))
    assert_clean_failure(result)
    assert result.stderr.startswith("<query>:2:1: error: LOAD is SPARQL Update")


def test_02_syntax_checking_is_under_the_timeout() -> None:
    values = " ".join(str(n) for n in range(1, 201))
    query = (
        f"ASK {{ VALUES ?a {{{values}}} VALUES ?b {{{values}}} VALUES ?c {{{values}}} VALUES ?d {{{values}}}"
        " FILTER(?a+?b+?c+?d<0) }"
    )
    started = time.monotonic()
    result = dpvconv("query", query, str(MINIMAL), "--timeout", "2")
    assert time.monotonic() - started < 30
    assert_clean_failure(result)
    assert "longer than 2 s" in result.stderr


def test_03_xml_entities_are_refused_before_parsing(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY l{i + 1} "{f"&l{i};" * 10}">\n' for i in range(9))
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY l0 "lol">\n'
        + lol
        + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n',
        encoding="utf-8",
    )
    for args in (["query", "ASK {}", str(bomb)], ["convert", str(bomb), "--to", "yaml"]):
        result = dpvconv(*args)
        assert_clean_failure(result)
        assert result.stderr.startswith(f"{bomb}:2:1: error: RDF/XML with a document type declaration")
    utf16 = tmp_path / "utf16.rdf"
    utf16.write_bytes(bomb.read_text(encoding="utf-8").encode("utf-16-le"))
    result = dpvconv("query", "ASK {}", str(utf16))
    assert_clean_failure(result)
    assert "not UTF-8" in result.stderr


@pytest.mark.parametrize(
    "stem",
    ["javascript:parent.document.title='PWNED'<!--", "a#b", "a?b", "foo:bar", "100%", 'q"uote', "sp ace"],
)
def test_04_file_names_become_links_to_those_files(tmp_path: Path, stem: str) -> None:
    import html5lib

    policies = tmp_path / "in"
    policies.mkdir()
    (policies / f"{stem}.yaml").write_bytes(MINIMAL.read_bytes())
    site = tmp_path / "site"
    result = dpvconv("publish", str(policies), "-o", str(site))
    assert result.returncode == 0, result.stderr
    for page in ("index.html", f"{stem}.html"):
        tree = html5lib.parse((site / page).read_text(encoding="utf-8"), namespaceHTMLElements=False)
        hrefs = [a.get("href") for a in tree.iter() if a.get("href") is not None]
        assert hrefs
        for href in hrefs:
            address = urlsplit(urljoin("https://site.example/" + quote(page), href))
            assert address.scheme in ("https", "mailto", "tel", "http"), href
            if address.netloc == "site.example":
                assert (site / unquote(address.path.lstrip("/"))).is_file(), href
        if page == "index.html":
            assert any(unquote(urlsplit(h).path) == f"{stem}.html" for h in hrefs)

"""Regression tests for the red-team findings of issue "Hardening" (numbered as there), run as a user
runs dpvconv: in a new process, on hostile input. Each test failed before its fix."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
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


def test_05_two_inputs_with_one_output_name_are_refused(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.yaml").write_bytes(MINIMAL.read_bytes())
    result = dpvconv("convert", "a", "b", "--to", "turtle", "-o", "out/", cwd=tmp_path)
    assert_clean_failure(result, 2)
    assert "would both be written to out/p.ttl" in result.stderr
    assert not (tmp_path / "out").exists(), "nothing is written when the run cannot write every output"


def test_06_a_trailing_slash_makes_output_a_folder(tmp_path: Path) -> None:
    result = dpvconv("convert", str(MINIMAL), "--to", "turtle", "-o", "newdir/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "newdir" / "minimal.ttl").is_file()
    (tmp_path / "afile").write_text("mine\n", encoding="utf-8")
    result = dpvconv(
        "convert", str(MINIMAL), str(DATA.parent.parent / "examples"), "--to", "turtle", "-o", "afile", cwd=tmp_path
    )
    assert_clean_failure(result, 2)
    assert "afile: is a file, not a folder" in result.stderr
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine\n"


def test_07_yaml_output_never_replaces_a_policy(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    policy = folder / "vimana.yaml"
    policy.write_bytes((DATA.parent.parent / "examples" / "vimana.yaml").read_bytes())
    assert dpvconv("convert", str(policy), "--to", "turtle", "-o", f"{folder}/").returncode == 0
    before = policy.read_bytes()
    result = dpvconv("convert", str(folder), "--to", "yaml", "-o", f"{folder}/")
    assert_clean_failure(result, 2)
    assert "vimana.yaml: exists and is not replaced" in result.stderr
    assert policy.read_bytes() == before


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["validate"], ["convert", "--to", "turtle"]])
def test_09_devices_and_fifos_are_refused_without_blocking(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/zero"):
        result = dpvconv(*command[:1], *command[1:], target, timeout=30)
        assert result.returncode in (1, 2), result.stderr
        assert "not a regular file" in result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_09_query_file_that_is_a_fifo_or_directory(tmp_path: Path) -> None:
    fifo = tmp_path / "q.rq"
    os.mkfifo(fifo)
    assert "not a regular file" in dpvconv("query", str(fifo), str(MINIMAL), timeout=30).stderr
    result = dpvconv("query", str(tmp_path), str(MINIMAL))
    assert_clean_failure(result, 2)
    assert "is a directory" in result.stderr


def test_11_large_answers_stream_within_a_memory_cap() -> None:
    """A 700 MB CSV answer from a process tree capped at 600 MB of address space."""
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))

    query = (
        "SELECT ?a ?c ?d ?f (CONCAT(STR(?a),STR(?c),STR(?d),STR(?f),STR(?a),STR(?c),STR(?d),STR(?f)) AS ?x)"
        " { ?a ?b ?c . ?d ?e ?f } LIMIT 2800000"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "dpvconv", "query", "--format", "csv", query],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        preexec_fn=cap,
    )
    assert process.stdout is not None and process.stderr is not None
    size = 0
    while chunk := process.stdout.read(1 << 20):
        size += len(chunk)
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, errors
    assert size > 650 << 20


def test_11_a_query_over_its_memory_is_stopped_with_a_message() -> None:
    result = dpvconv("query", "--memory", "256", "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c")
    assert_clean_failure(result)
    assert "needed more than 256 MiB of memory" in result.stderr


def test_11_policies_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    from dpvconv.inputs import MAX_POLICY_BYTES

    big = tmp_path / "big.yaml"
    big.write_bytes(MINIMAL.read_bytes() + b"#" * MAX_POLICY_BYTES + b"\n")
    result = dpvconv("validate", str(big))
    assert_clean_failure(result)
    assert f"{big}:1:1: error: the file is larger than 4 MiB" in result.stdout


@pytest.mark.parametrize(
    "base",
    [
        "http://ex/a>b/",
        'http://ex/"/',
        "http://ex/{/",
        "http://ex/\\/",
        "http://ex/^/",
        "http://ex/|/",
        "http://ex/%zz/",
        "http://[::1/",
        "ftp://ex/",
        "http://ex/no-end",
    ],
)
def test_13_bad_base_iris_are_usage_errors(base: str) -> None:
    for command in (["convert", str(MINIMAL), "--to", "turtle"], ["convert", str(MINIMAL), "--to", "jsonld"]):
        result = dpvconv(*command, "--base", base)
        assert result.returncode == 2, result.stderr
        assert "Invalid value for '--base'" in result.stderr and "Traceback" not in result.stderr


def test_13_scheme_case_does_not_matter() -> None:
    result = dpvconv("convert", str(MINIMAL), "--to", "ntriples", "--base", "HTTP://EX/")
    assert result.returncode == 0, result.stderr
    assert "<HTTP://EX/example-notice/>" in result.stdout


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_14_timeouts_must_be_positive_numbers(value: str) -> None:
    result = dpvconv("query", "ASK {}", str(MINIMAL), "--timeout", value)
    assert result.returncode == 2 and "Invalid value for '--timeout'" in result.stderr, result.stderr


def test_14_ordinary_bad_input_is_never_an_internal_error(tmp_path: Path) -> None:
    long_query = "ASK { " + " ".join(f"?s{n} ?p{n} ?o{n} ." for n in range(40)) + " }"
    assert len(long_query) > 255 and "/" not in long_query
    assert dpvconv("query", long_query, str(MINIMAL)).returncode == 0
    latin1 = tmp_path / "q.rq"
    latin1.write_bytes("# kysely\u00e4\nASK {}\n".encode("latin-1"))
    result = dpvconv("query", str(latin1), str(MINIMAL))
    assert_clean_failure(result)
    assert f"{latin1}:1:9: error: the query file is not UTF-8" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_clean_failure(dpvconv("query", "ASK {}", str(MINIMAL), "--with-dpv", str(empty)), 2)
    bad_dpv = tmp_path / "dpv"
    bad_dpv.mkdir()
    (bad_dpv / "dpv.ttl").write_text("@prefix : <http://e/> .\n:a :b\n", encoding="utf-8")
    result = dpvconv("query", "ASK {}", str(MINIMAL), "--with-dpv", str(bad_dpv))
    assert_clean_failure(result)
    assert f"{bad_dpv / 'dpv.ttl'}:3:1: error: invalid RDF" in result.stderr
    result = dpvconv("convert", str(MINIMAL), "--to", "turtle", "-o", "/proc/x/")
    assert_clean_failure(result, 2)


def test_14_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    odd = os.fsdecode(b"t\xff")
    turtle = tmp_path / f"{odd}.ttl"
    assert dpvconv("convert", str(MINIMAL), "--to", "turtle", "-o", str(turtle)).returncode == 0
    jsonld = tmp_path / f"{odd}.jsonld"
    assert dpvconv("convert", str(MINIMAL), "--to", "jsonld", "-o", str(jsonld)).returncode == 0
    for source in (turtle, jsonld):
        result = dpvconv("query", "SELECT ?g { GRAPH ?g {} }", str(source))
        assert result.returncode == 0, result.stderr
        back = tmp_path / f"back{source.suffix}"
        result = dpvconv("convert", str(source), "--to", "yaml", "-o", f"{back}/")
        assert result.returncode == 0, result.stderr
    invalid = tmp_path / f"{odd}.yaml"
    invalid.write_bytes((DATA / "invalid" / "Process-enum-unknown-purpose.yaml").read_bytes())
    result = dpvconv("validate", str(invalid))
    assert_clean_failure(result)
    assert "t\\udcff.yaml:" in result.stdout


def test_15_rdf_syntax_errors_are_located(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix ex: <http://e/> .\n\nex:a ex:b ex:c .\n\nex:a ex:b "x .\n', encoding="utf-8")
    result = dpvconv("query", "ASK {}", str(broken))
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{broken}:5:"), result.stderr


@pytest.mark.parametrize("context", ["https://evil.example/ctx.jsonld", "file:///etc/passwd"])
def test_15_a_remote_context_is_refused_in_plain_words(tmp_path: Path, context: str) -> None:
    document = tmp_path / "remote.jsonld"
    document.write_text(f'{{"@context": "{context}", "@id": "http://e/a", "http://e/p": "x"}}', encoding="utf-8")
    result = dpvconv("query", "ASK {}", str(document))
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{document}:1:1: error: refusing to fetch {context}: dpvconv works offline")
    assert "RdfError" not in result.stderr


def test_16_terminal_escapes_in_messages_are_shown_not_run(tmp_path: Path) -> None:
    hostile = tmp_path / "p.yaml"

    policy = (DATA / "invalid" / "Process-enum-unknown-purpose.yaml").read_text(encoding="utf-8")
    policy = policy.replace("dpv:DirectMarketting", '"dpv:Direct\\e[2K\\r\\u202eMarketting' + "x" * 5000 + '"')
    hostile.write_text(policy, encoding="utf-8")
    result = dpvconv("validate", str(hostile))
    assert_clean_failure(result)
    shown = result.stdout + result.stderr
    assert "\x1b" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "\\x1b[2K\\x0d\\u202e" in shown
    assert len(max(shown.splitlines(), key=len)) < 2500, "long values are shortened"

"""Fuzz test of the command line (issue "Hardening"): every command run on generated hostile input.

The inputs come from ``tests/support/fuzz_strategies.py``: policies generated from the schema and then
mutated (wrong types, near-miss CURIEs, hostile strings, missing and repeated fields, deep nesting,
huge numbers, YAML tags and aliases, damaged bytes); RDF and JSON-LD that dpvconv wrote and that was
then changed (in its graph, its JSON or its bytes); web pages with JSON-LD; SPARQL from a small
grammar, token soup and random text; and file names with every character a file system allows.

Each command runs in process through click's ``CliRunner`` (a bug is run again with ``--debug`` to
record its traceback), in a new temporary folder per example, and must:

- exit 0, 1 or 2 and never show a traceback or "internal error";
- on failure, say what is wrong: ``FILE:LINE:COL: error: ...`` (a line the file has) for an invalid
  input, ``dpvconv COMMAND: error: ...`` for a usage error; messages on standard error carry no raw
  control or bidirectional-formatting characters;
- on success, write outputs that parse: RDF with pyoxigraph (and RDF/XML with expat too), JSON-LD with
  pyld offline, YAML that validates, web pages with html5lib (no script but the JSON-LD, no event
  handler, no ``javascript:`` link, every link to a file of the site), query answers in their format;
- leave the inputs as they were (bytes and modification time), and no file but the outputs;
- reach no network: Python-level connections are refused by an audit hook and counted, every URL the
  generators write is on loopback port 9, and a query with ``SERVICE`` must be refused.

CI runs a bounded, derandomized number of examples per test (the ``dpvconv-fuzz-ci`` profile: the same
examples every run, so a failure reproduces). ``test_fuzz_findings`` replays every failure the fuzzer
has found, minimised, under the same checks. To search longer, with new random examples each run::

    DPVCONV_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py

(``DPVCONV_FUZZ_EXAMPLES=N`` selects the ``dpvconv-fuzz-long`` profile: N examples per test, randomized;
a failure prints the ``@reproduce_failure`` blob that replays it.)
"""

from __future__ import annotations

import copy
import csv
import html as html_module
import io
import json
import os
import random
import re
import shlex
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import html5lib
import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpvconv.cli import main
from dpvconv.diff import KINDS
from dpvconv.escape import echo, terminal_safe
from dpvconv.policy.checks import MAX_PROCESS_NESTING
from dpvconv.policy.loader import load_text
from dpvconv.policy.validate import validate_document
from dpvconv.publish.site import INDEX, MARKER, STYLESHEET_NAME, VOCABULARY_NAME
from dpvconv.resources import JSON_SCHEMA_PATH

from .support.fuzz_strategies import (
    MINIMAL,
    RDF_FORMATS,
    DumpStyle,
    PolicyCase,
    QueryCase,
    RdfCase,
    dump,
    dump_styles,
    file_stems,
    html_pages,
    mutated,
    output_stems,
    policies,
    queries,
    rdf_documents,
)

# ---------------------------------------------------------------------------------------------------
# Bounds: a small derandomized run in CI, a long random one on request
# ---------------------------------------------------------------------------------------------------

_REQUESTED = os.environ.get("DPVCONV_FUZZ_EXAMPLES", "").strip()
if _REQUESTED and not _REQUESTED.isdigit():
    raise ValueError(f"DPVCONV_FUZZ_EXAMPLES must be a number of examples, not {_REQUESTED!r}")

settings.register_profile(
    "dpvconv-fuzz-ci",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)
settings.register_profile(
    "dpvconv-fuzz-long",
    parent=settings.get_profile("dpvconv-fuzz-ci"),
    max_examples=int(_REQUESTED or 0) or 1000,
    derandomize=False,
)
PROFILE = settings.get_profile("dpvconv-fuzz-long" if _REQUESTED else "dpvconv-fuzz-ci")


def fuzz(ci_examples: int) -> settings:
    """The settings of one test: ``ci_examples`` examples in CI, ``$DPVCONV_FUZZ_EXAMPLES`` on request."""
    return settings(PROFILE, max_examples=int(_REQUESTED) if _REQUESTED else ci_examples)


# ---------------------------------------------------------------------------------------------------
# No network: Python-level connections are refused while a command runs
# ---------------------------------------------------------------------------------------------------

NETWORK_ATTEMPTS: list[str] = []
_GUARDING = [False]
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"})


def _refuse_network(event: str, args: tuple[Any, ...]) -> None:
    if _GUARDING[0] and event in _NETWORK_EVENTS:
        NETWORK_ATTEMPTS.append(f"{event}{args!r}")
        raise ConnectionRefusedError(f"the fuzz test allows no network access ({event})")


sys.addaudithook(_refuse_network)  # inert outside invoke(); an audit hook cannot be removed

# ---------------------------------------------------------------------------------------------------
# Running the command line and judging what it did
# ---------------------------------------------------------------------------------------------------

# What a terminal could act on: C0 controls but the line feed, DEL, C1 controls, bidi formatting.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
LOCATION = re.compile(r"(\d+):(\d+): (error|warning): \S")
MESSAGE_LOCATION = re.compile(r":\d+:\d+: (error|warning): \S")
LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


@dataclass
class Run:
    """One command run: how to repeat it, and what it did."""

    cwd: Path
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes
    trace: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def __str__(self) -> str:
        return (
            f"\n$ cd {shlex.quote(str(self.cwd))} && dpvconv {shlex.join(self.args)}\n"
            f"exit status {self.code}\nstdout: {self.stdout[:3000]!r}\nstderr: {self.stderr[:3000]!r}\n{self.trace}"
        )


def _invoke(cwd: Path, args: list[str]) -> Any:
    previous = os.getcwd()
    os.chdir(cwd)
    NETWORK_ATTEMPTS.clear()
    _GUARDING[0] = True
    try:
        return CliRunner().invoke(main, args)
    finally:
        _GUARDING[0] = False
        os.chdir(previous)


def invoke(cwd: Path, *args: str) -> Run:
    """Run ``dpvconv ARGS`` in process, in the folder ``cwd``, with the network guard on. A bug (exit
    status 3, or an exception that escapes) is run again with ``--debug`` to record its traceback."""
    result = _invoke(cwd, list(args))
    escaped = result.exception is not None and not isinstance(result.exception, SystemExit)
    trace = ""
    if escaped or result.exit_code == 3:
        again = _invoke(cwd, ["--debug", *args])
        if again.exc_info is not None and not isinstance(again.exception, SystemExit):
            trace = "".join(traceback.format_exception(*again.exc_info))
        trace = trace or "(exit status 3: a bug in dpvconv, by its own account)"
    return Run(cwd, args, result.exit_code, result.stdout, result.stderr, result.stdout_bytes, trace)


def check_sane(run: Run, command: str) -> None:
    """What every run must do, whatever its input."""
    assert not run.trace, f"an exception escaped the command:{run}"
    assert run.code in (0, 1, 2), f"exit status {run.code}:{run}"
    for text in (run.stdout, run.stderr):
        assert "Traceback" not in text and "internal error" not in text, f"a traceback or internal error:{run}"
    raw = sorted(set(RAW_CONTROL.findall(run.stderr)))
    assert not raw, f"standard error holds raw control or bidi characters {raw!r}:{run}"
    assert not NETWORK_ATTEMPTS, f"the command tried to reach the network: {NETWORK_ATTEMPTS}:{run}"


def is_message(line: str, command: str) -> bool:
    """A line that says what is wrong: located, a usage error of dpvconv, or click's own usage error."""
    return line.startswith((f"dpvconv {command}: error: ", "Error: ")) or bool(MESSAGE_LOCATION.search(line))


def check_says_why(run: Run, command: str) -> None:
    """A failed run says what is wrong, on a line of its own."""
    assert run.output.strip(), f"a failure must say what is wrong:{run}"
    assert any(is_message(line, command) for line in run.output.split("\n")), f"no error message:{run}"


def line_count(content: bytes) -> int:
    text = content.decode("utf-8", "replace")
    return 1 + sum(text.count(b) for b in LINE_BREAKS)


def located(text: str, display: str, content: bytes) -> list[tuple[int, int]]:
    """The ``FILE:LINE:COL: error:`` positions ``text`` gives for the file shown as ``display``, each
    checked to be a line the file has."""
    shown = terminal_safe(display)
    positions = []
    for line in text.split("\n"):
        if not line.startswith(shown + ":"):
            continue
        match = LOCATION.match(line[len(shown) + 1 :])
        if match:
            row, column = int(match.group(1)), int(match.group(2))
            assert 1 <= row <= line_count(content), f"line {row} of a file of {line_count(content)} lines: {line}"
            assert column >= 1, line
            positions.append((row, column))
    return positions


def require_located(run: Run, display: str, content: bytes) -> list[tuple[int, int]]:
    positions = located(run.output, display, content)
    assert positions, f"no {terminal_safe(display)}:LINE:COL: error: line for the invalid input:{run}"
    return positions


Snapshot = dict[str, tuple[bytes, int] | None]


def snapshot(folder: Path) -> Snapshot:
    """Every file (bytes and modification time) and folder (None) under ``folder``."""
    found: Snapshot = {}
    for root, folders, files in os.walk(folder):
        for name in folders:
            found[os.path.relpath(os.path.join(root, name), folder)] = None
        for name in files:
            path = os.path.join(root, name)
            found[os.path.relpath(path, folder)] = (Path(path).read_bytes(), os.stat(path).st_mtime_ns)
    return found


def check_files(folder: Path, before: Snapshot, outputs: set[str]) -> Snapshot:
    """The inputs are as they were, and nothing is new under ``folder`` but ``outputs`` (paths, with
    the folders that hold them); returns the new entries."""
    after = snapshot(folder)
    changed = sorted(k for k, v in before.items() if after.get(k, "gone") != v and k not in outputs)
    assert not changed, f"inputs changed or removed: {changed}"
    new = {k: v for k, v in after.items() if k not in before}
    expected = set(outputs)
    for path in outputs:
        parent = os.path.dirname(path)
        while parent:
            expected.add(parent)
            parent = os.path.dirname(parent)
    stray = sorted(set(new) - expected)
    assert not stray, f"files left behind that are not outputs: {stray}"
    return new


def workspace() -> Any:
    """A new temporary folder for one example (function-scoped fixtures are not reset between examples)."""
    return tempfile.TemporaryDirectory(prefix="dpvconv-fuzz-")


def names() -> st.SearchStrategy[str]:
    """A file stem: usually plain, so the content is what varies; often hostile."""
    return st.one_of(st.just("p"), file_stems())


def positional(stem_list: list[str]) -> list[str]:
    """``--`` before paths that click would take for options."""
    return ["--"] if any(s.startswith("-") for s in stem_list) else []


# ---------------------------------------------------------------------------------------------------
# Parsing outputs
# ---------------------------------------------------------------------------------------------------


def jsonld_quads(text: str | bytes) -> list[ox.Quad]:
    """The quads of a JSON-LD document, expanded offline (only dpvconv's bundled context is served)."""
    from pyld import jsonld

    from dpvconv.rdf.jsonld import document_loader

    nquads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads", "documentLoader": document_loader})
    return list(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def parse_rdf_output(data: bytes, fmt: str) -> None:
    """Output of ``convert --to fmt`` parses: pyoxigraph for RDF, expat for RDF/XML too, pyld for JSON-LD."""
    rdf_format = RDF_FORMATS[fmt][1]
    if rdf_format is None:
        assert jsonld_quads(data), "the JSON-LD states no quad"
        return
    quads = list(ox.parse(data, format=rdf_format))
    assert quads, "the output states no triple"
    if fmt == "rdfxml":
        ElementTree.fromstring(data)  # well-formed XML (pyoxigraph is lenient with characters XML forbids)


def canonical(value: Any) -> Any:
    """Equal data once loaded: lists as sets (no list in a policy is ordered, and RDF states a value once)."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [canonical(v) for v in value]
        unique = {json.dumps(v, sort_keys=True, ensure_ascii=False): v for v in items}
        return [unique[key] for key in sorted(unique)]
    return value


def difference(a: Any, b: Any, path: str = "") -> str | None:
    """Where two values first differ, and how (for messages)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                return f"{path}.{key}: {a.get(key, '<absent>')!r:.300} != {b.get(key, '<absent>')!r:.300}"
            found = difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            found = difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r:.300} != {b!r:.300}"


def check_valid_yaml(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict), text[:500]
    problems = validate_document(load_text(text, "readback.yaml"))
    assert problems == [], [d.text() for d in problems]
    return data


def parse_html(text: str) -> Any:
    return html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)


def check_page(site: Path, name: str) -> None:
    """A published page is inert (no script but JSON-LD, no handler, no javascript: link) and every
    link into the site names a file of it."""
    page = parse_html((site / name).read_text(encoding="utf-8"))
    for script in page.iter("script"):
        assert script.get("type") == "application/ld+json", f"{name}: a <script> that is not JSON-LD"
        assert jsonld_quads(script.text or ""), f"{name}: embedded JSON-LD states nothing"
    for element in page.iter():
        handlers = [a for a in element.attrib if a.lower().startswith("on")]
        assert not handlers, f"{name}: event handler {handlers}"
        for attribute in ("href", "src", "action", "formaction"):
            value = "".join((element.get(attribute) or "").split()).lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), f"{name}: {attribute}={value}"
        href = element.get("href")
        if element.tag in ("a", "link") and href is not None:
            address = urlsplit(urljoin("https://site.example/dir/" + quote(name, errors="surrogateescape"), href))
            assert address.scheme in ("https", "http", "mailto", "tel"), f"{name}: link {href!r}"
            if address.netloc == "site.example" and address.path.startswith("/dir/"):
                target = unquote(address.path[len("/dir/") :], errors="surrogateescape")
                assert (site / target).is_file(), f"{name}: link {href!r} names no file of the site"


def check_query_output(data: bytes, fmt: str, form: str) -> None:
    """A query's answer parses in its format: results in ``fmt``, a graph as Turtle."""
    text = data.decode("utf-8")
    if form in ("construct", "describe"):
        list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        return
    if fmt != "json" and text in ("true\n", "false\n"):
        return
    try:
        if fmt == "json":
            answer = json.loads(text)
            assert "boolean" in answer or ("head" in answer and "results" in answer), text[:500]
        elif fmt == "csv":
            assert list(csv.reader(io.StringIO(text, newline=""))), "no header"
        elif fmt == "tsv":
            lines = text.split("\n")
            assert lines[-1] == "" and len({line.count("\t") for line in lines[:-1]}) <= 1, text[:500]
        else:
            assert not RAW_CONTROL.findall(text), f"raw control characters in a table: {text[:500]!r}"
            assert re.search(r"\((\d+) rows?\)\n\Z", text), text[-200:]
    except (AssertionError, ValueError):
        if form in ("select", "ask"):
            raise
        list(ox.parse(data, format=ox.RdfFormat.TURTLE))  # a graph answers in Turtle whatever the format


# ---------------------------------------------------------------------------------------------------
# validate
# ---------------------------------------------------------------------------------------------------


@fuzz(30)
@given(
    policy=policies(),
    stem=names(),
    suffix=st.sampled_from((".yaml", ".yml", ".YAML")),
    fmt=st.sampled_from(("text", "json", "github")),
    quiet=st.booleans(),
)
def test_validate(policy: PolicyCase, stem: str, suffix: str, fmt: str, quiet: bool) -> None:
    with workspace() as tmp:
        folder = Path(tmp)
        name = stem + suffix
        (folder / name).write_bytes(policy.text)
        before = snapshot(folder)
        run = invoke(folder, "validate", "--format", fmt, *(["-q"] if quiet else []), *positional([name]), name)
        check_sane(run, "validate")
        check_files(folder, before, set())
        assert run.code in (0, 1), f"a file that exists is no usage error:{run}"
        if fmt == "json":
            found = json.loads(run.stdout)
            assert all(d["file"] == name and d["line"] >= 1 and d["column"] >= 1 for d in found), run
            assert (run.code == 1) == any(d["severity"] == "error" for d in found), run
        elif fmt == "github":
            lines = [line for line in run.stdout.split("\n") if line]
            assert all(line.startswith(("::error ", "::warning ")) for line in lines), run
            assert (run.code == 1) == any(line.startswith("::error ") for line in lines), run
            raw = sorted(set(RAW_CONTROL.findall(run.stdout)))
            assert not raw, f"annotations hold raw control or bidi characters {raw!r}:{run}"
        else:
            raw = sorted(set(RAW_CONTROL.findall(run.stdout)))
            assert not raw, f"diagnostics hold raw control or bidi characters {raw!r}:{run}"
            if run.code == 1:
                check_says_why(run, "validate")
                require_located(run, name, policy.text)
            else:
                assert not run.stdout.strip(), run


# ---------------------------------------------------------------------------------------------------
# convert --to each format
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("to", sorted(RDF_FORMATS))
@fuzz(6)
@given(
    policy=policies(),
    stem=names(),
    destination=st.sampled_from(("stdout", "file", "folder")),
    out=st.one_of(st.just("out"), output_stems()),
)
def test_convert(to: str, policy: PolicyCase, stem: str, destination: str, out: str) -> None:
    suffix = RDF_FORMATS[to][0]
    with workspace() as tmp:
        folder = Path(tmp)
        name = f"{stem}.yaml"
        (folder / name).write_bytes(policy.text)
        before = snapshot(folder)
        target = {"stdout": None, "file": f"{out}{suffix}", "folder": f"{out}/{stem}{suffix}"}[destination]
        option = {"stdout": [], "file": ["-o", f"{out}{suffix}"], "folder": ["-o", f"{out}/"]}[destination]
        run = invoke(folder, "convert", "--to", to, *option, *positional([name]), name)
        check_sane(run, "convert")
        check_files(folder, before, {target} if run.code == 0 and target else set())
        validation = invoke(folder, "validate", *positional([name]), name)
        if run.code == 2:
            check_says_why(run, "convert")
            return
        assert (run.code == 0) == (validation.code == 0), f"convert and validate disagree:{run}{validation}"
        if run.code == 1:
            check_says_why(run, "convert")
            require_located(run, name, policy.text)
            shown = {line for line in run.stderr.split("\n") if LOCATION.search(line)}
            reported = {line for line in validation.stdout.split("\n") if LOCATION.search(line)}
            assert shown == reported, f"not as validate reports it:{run}{validation}"
            return
        parse_rdf_output(run.stdout_bytes if target is None else (folder / target).read_bytes(), to)


# ---------------------------------------------------------------------------------------------------
# convert --to yaml on RDF and JSON-LD
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
@fuzz(8)
@given(data=st.data(), stem=names(), to_folder=st.booleans())
def test_convert_rdf_to_yaml(fmt: str, data: st.DataObject, stem: str, to_folder: bool) -> None:
    case: RdfCase = data.draw(rdf_documents(fmt), label="case")
    with workspace() as tmp:
        folder = Path(tmp)
        name = stem + case.suffix
        (folder / name).write_bytes(case.data)
        before = snapshot(folder)
        option = ["-o", "back/"] if to_folder else []
        run = invoke(folder, "convert", "--to", "yaml", *option, *positional([name]), name)
        check_sane(run, "convert")
        check_files(folder, before, {f"back/{stem}.yaml"} if run.code == 0 and to_folder else set())
        if not case.changes:
            assert run.code == 0, f"convert cannot read back what it wrote from a valid policy:{run}"
        if run.code == 0:
            text = (folder / "back" / f"{stem}.yaml").read_text(encoding="utf-8") if to_folder else run.stdout
            back = check_valid_yaml(text)
            if not case.changes:
                changed = difference(canonical(back), canonical(case.policy))
                assert changed is None, f"read back differs from the policy (read back != written) at {changed}:{run}"
        elif run.code == 1:
            check_says_why(run, "convert")
            require_located(run, name, case.data)
        else:
            check_says_why(run, "convert")


# ---------------------------------------------------------------------------------------------------
# query: generated SPARQL
# ---------------------------------------------------------------------------------------------------

QUERY_FORMATS = ("table", "csv", "tsv", "json")


def _at(text: str, row: int, column: int) -> str:
    lines = text.split("\n")
    return lines[row - 1][column - 1 :] if 0 < row <= len(lines) else ""


@fuzz(30)
@given(case=queries(), fmt=st.sampled_from(QUERY_FORMATS), from_file=st.booleans(), stem=names(), dash=st.booleans())
def test_query(case: QueryCase, fmt: str, from_file: bool, stem: str, dash: bool) -> None:
    with workspace() as tmp:
        folder = Path(tmp)
        (folder / "p.yaml").write_bytes(MINIMAL.read_bytes())
        query_file = from_file or "\x00" in case.text
        if query_file:
            argument = f"{stem}.rq"
            (folder / argument).write_bytes(case.text.encode("utf-8"))
        else:
            argument = case.text
        before = snapshot(folder)
        separator = ["--"] if dash or argument.startswith("-") else []
        run = invoke(folder, "query", "--format", fmt, "--timeout", "20", *separator, argument, "p.yaml")
        check_sane(run, "query")
        check_files(folder, before, set())
        label = echo(argument) if query_file else "<query>"
        if case.service or case.update:
            assert run.code == 1, f"a query with SERVICE or SPARQL Update ran:{run}"
            assert "SERVICE is refused" in run.stderr or "is SPARQL Update" in run.stderr, run
            row, column = require_located(run, label, case.text.encode("utf-8"))[0]
            word = _at(case.text, row, column).upper()
            assert word.startswith(("SERVICE", *("LOAD CLEAR DROP CREATE ADD MOVE COPY INSERT DELETE WITH".split()))), (
                f"the refusal does not point at the keyword:{run}"
            )
        if run.code == 0:
            check_query_output(run.stdout_bytes, fmt, case.form)
        elif run.code == 1:
            check_says_why(run, "query")
            if not run.stderr.startswith("dpvconv query: error: "):
                require_located(run, label, case.text.encode("utf-8"))
        else:
            check_says_why(run, "query")
            assert run.stderr.startswith(("dpvconv query: error: ", "Usage: ")), run


# ---------------------------------------------------------------------------------------------------
# query: hostile RDF, JSON-LD and web pages as inputs
# ---------------------------------------------------------------------------------------------------

SOURCE_QUERIES = (
    ("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "select"),
    ("ASK {}", "ask"),
    ("SELECT * { ?s ?p ?o } LIMIT 20", "select"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "construct"),
)


@fuzz(20)
@given(
    data=st.data(),
    fmt=st.sampled_from((*sorted(RDF_FORMATS), "html")),
    query=st.sampled_from(SOURCE_QUERIES),
    answer=st.sampled_from(QUERY_FORMATS),
    stem=names(),
)
def test_query_reads_hostile_sources(
    data: st.DataObject, fmt: str, query: tuple[str, str], answer: str, stem: str
) -> None:
    case: RdfCase = data.draw(rdf_documents("jsonld" if fmt == "html" else fmt), label="case")
    content, suffix, changes = case.data, case.suffix, case.changes
    if fmt == "html":
        content, kind = data.draw(html_pages(case.data), label="page")
        suffix, changes = ".html", (*changes, f"page: {kind}")
    with workspace() as tmp:
        folder = Path(tmp)
        name = stem + suffix
        (folder / name).write_bytes(content)
        before = snapshot(folder)
        run = invoke(folder, "query", "--format", answer, "--timeout", "20", "--", query[0], name)
        check_sane(run, "query")
        check_files(folder, before, set())
        if not changes:
            assert run.code == 0, f"query cannot read what convert wrote from a valid policy:{run}"
        if run.code == 0:
            check_query_output(run.stdout_bytes, answer, query[1])
        elif run.code == 1:
            check_says_why(run, "query")
            if not run.stderr.startswith("dpvconv query: error: "):
                require_located(run, name, content)
        else:
            check_says_why(run, "query")


# ---------------------------------------------------------------------------------------------------
# publish
# ---------------------------------------------------------------------------------------------------

SITE_FILES = (INDEX, STYLESHEET_NAME, MARKER, VOCABULARY_NAME)


@fuzz(8)
@given(
    first=policies(),
    second=st.none() | policies(),
    stems=st.tuples(names(), names()),
    second_place=st.sampled_from(("in/", "in/sub/")),
    site_name=st.one_of(st.just("site"), output_stems()),
    existing=st.sampled_from(("none", "site", "empty", "foreign")),
    force=st.booleans(),
    as_folder=st.booleans(),
)
def test_publish(
    first: PolicyCase,
    second: PolicyCase | None,
    stems: tuple[str, str],
    second_place: str,
    site_name: str,
    existing: str,
    force: bool,
    as_folder: bool,
) -> None:
    with workspace() as tmp:
        folder = Path(tmp)
        (folder / "in" / "sub").mkdir(parents=True)
        (folder / "out").mkdir()
        inputs = {f"in/{stems[0]}.yaml": first.text}
        if second is not None:
            inputs[f"{second_place}{stems[1]}.yaml"] = second.text
        for path, text in inputs.items():
            (folder / path).write_bytes(text)
        site = f"out/{site_name}"
        if existing == "site":
            (folder / "old").mkdir()
            (folder / "old" / "old.yaml").write_bytes(MINIMAL.read_bytes())
            assert invoke(folder, "publish", "old", "-o", site).code == 0
        elif existing in ("empty", "foreign"):
            (folder / site).mkdir()
            if existing == "foreign":
                (folder / site / "keep.txt").write_text("mine\n", encoding="utf-8")
        before = snapshot(folder)
        paths = ["in"] if as_folder else sorted(inputs)
        run = invoke(folder, "publish", "-o", site, *(["--force"] if force else []), "--", *paths)
        check_sane(run, "publish")
        stems_in = sorted({Path(p).stem for p in inputs})
        outputs = {f"{site}/{s}{ext}" for s in stems_in for ext in (".html", ".jsonld", ".ttl")}
        outputs |= {f"{site}/{n}" for n in SITE_FILES}
        if run.code == 0:
            replaced = {k for k in before if k.startswith(site + "/")}
            current = snapshot(folder)
            for gone in replaced - set(current):
                before.pop(gone)  # the old site's files are replaced, as documented
            for kept in replaced & set(current):
                before[kept] = current[kept]
            check_files(folder, before, outputs)
            written = {
                os.path.relpath(os.path.join(r, n), folder / site) for r, _, ns in os.walk(folder / site) for n in ns
            }
            assert written == {o[len(site) + 1 :] for o in outputs}, f"the site is not its files:{run}"
            assert sorted(os.listdir(folder / "out")) == [site_name], f"left beside the site:{run}"
            for stem in stems_in:
                check_page(folder / site, f"{stem}.html")
                assert jsonld_quads((folder / site / f"{stem}.jsonld").read_bytes())
                assert list(ox.parse((folder / site / f"{stem}.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
            check_page(folder / site, "index.html")
            return
        check_files(folder, before, set())
        check_says_why(run, "publish")
        if run.code == 1:
            invalid = [p for p, text in inputs.items() if invoke(folder, "validate", "--", p).code != 0]
            assert invalid, f"publish refused valid inputs:{run}"
            for path in invalid:
                require_located(run, path, inputs[path])


# ---------------------------------------------------------------------------------------------------
# diff OLD NEW
# ---------------------------------------------------------------------------------------------------


def shuffled(value: Any, rng: random.Random) -> Any:
    """The same data with mappings and lists in another order."""
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: shuffled(v, rng) for k, v in items}
    if isinstance(value, list):
        items = [shuffled(v, rng) for v in value]
        rng.shuffle(items)
        return items
    return value


def _github_html(markdown: str) -> str | None:
    try:
        import cmarkgfm
        from cmarkgfm.cmark import Options
    except ImportError:  # not a declared test dependency: the check is made where it is installed
        return None
    html: str = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    return html


@fuzz(20)
@given(
    data=st.data(),
    relation=st.sampled_from(("same", "reformatted", "mutated", "other")),
    fmt=st.sampled_from(("text", "markdown", "json")),
    fail_on=st.none()
    | st.lists(st.sampled_from(KINDS), min_size=1, max_size=3).map(",".join)
    | st.text(st.characters(exclude_categories=("Cc", "Cf", "Cs")), max_size=10),
    stems=st.tuples(names(), names()),
)
def test_diff(data: st.DataObject, relation: str, fmt: str, fail_on: str | None, stems: tuple[str, str]) -> None:
    old: PolicyCase = data.draw(policies(), label="old")
    new_text = old.text
    if relation == "reformatted" and old.data is not None:
        style = data.draw(dump_styles(), label="style")
        new_text = dump(shuffled(copy.deepcopy(old.data), data.draw(st.randoms(), label="order")), style).encode()
    elif relation == "mutated" and old.data is not None:
        changed, _steps = data.draw(mutated(copy.deepcopy(old.data)), label="changes")
        new_text = dump(changed, DumpStyle()).encode()
    elif relation == "other":
        new_text = data.draw(policies(), label="new").text
    with workspace() as tmp:
        folder = Path(tmp)
        old_name, new_name = f"{stems[0]}.yaml", f"{stems[1]}.yaml"
        if new_name == old_name:
            new_name = f"{stems[1]}.new.yaml"
        (folder / old_name).write_bytes(old.text)
        (folder / new_name).write_bytes(new_text)
        before = snapshot(folder)
        option = ["--fail-on", fail_on] if fail_on is not None else []
        run = invoke(folder, "diff", "--format", fmt, *option, "--", old_name, new_name)
        check_sane(run, "diff")
        check_files(folder, before, set())
        valid = [invoke(folder, "validate", "--", n).code == 0 for n in (old_name, new_name)]
        bad_option = fail_on is not None and not all(k.strip() in KINDS for k in fail_on.split(",") if k.strip())
        bad_option = bad_option or (fail_on is not None and not fail_on.replace(",", "").strip())
        if run.code == 2:
            check_says_why(run, "diff")
            if not run.stderr.startswith("dpvconv diff: error: "):
                versions = ((old_name, old.text, valid[0]), (new_name, new_text, valid[1]))
                shown = [located(run.output, name, content) for name, content, ok in versions if not ok]
                assert any(shown), f"no FILE:LINE:COL: error: line for an invalid version:{run}"
            assert bad_option or not all(valid), f"diff refused two valid versions:{run}"
            return
        assert all(valid) and not bad_option, f"diff compared an invalid version:{run}"
        if relation == "same" or (relation == "reformatted" and old.data is not None):
            assert run.code == 0, f"the same policy, reordered or reformatted, has changes:{run}"
        if fmt == "json":
            answer = json.loads(run.stdout)
            assert isinstance(answer["changes"], list) and "summary" in answer, run
            if relation == "same":
                assert answer["changes"] == [], run
        elif fmt == "text":
            raw = sorted(set(RAW_CONTROL.findall(run.stdout)))
            assert not raw, f"raw control characters in the text diff {raw!r}:{run}"
        else:
            raw = sorted(set(RAW_CONTROL.findall(run.stdout)))
            assert not raw, f"raw control characters in the markdown diff {raw!r}:{run}"
            html = _github_html(run.stdout)
            if html is not None:
                tags = set(re.findall(r"<(\w+)", html))
                assert tags <= {"p", "strong", "h4", "ul", "li"}, f"the comment renders {tags}:{run}"
                rendered = html_module.unescape(re.sub(r"<[^>]+>", "", html))
                mention = re.search(r"(?<!\w)[@#][A-Za-z0-9]|GH-\d", rendered)
                assert not mention, f"the comment mentions or references {mention.group()!r}:{run}"


# ---------------------------------------------------------------------------------------------------
# schema -o FILE
# ---------------------------------------------------------------------------------------------------


@fuzz(5)
@given(stem=output_stems(), nested=st.booleans())
def test_schema(stem: str, nested: bool) -> None:
    with workspace() as tmp:
        folder = Path(tmp)
        target = f"sub/{stem}.json" if nested else f"{stem}.json"
        before = snapshot(folder)
        run = invoke(folder, "schema", "-o", target)
        check_sane(run, "schema")
        check_files(folder, before, {target} if run.code == 0 else set())
        if run.code == 0:
            written = (folder / target).read_text(encoding="utf-8")
            assert written == JSON_SCHEMA_PATH.read_text(encoding="utf-8")
            json.loads(written)
        else:
            check_says_why(run, "schema")


# ---------------------------------------------------------------------------------------------------
# What the fuzzer found, minimised: each input must pass the checks any fuzzed input must pass
# ---------------------------------------------------------------------------------------------------


def _nested_processes(levels: int) -> bytes:
    """``minimal.yaml`` with a chain of ``levels`` processes, each inside the one before: a valid policy."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    child: dict[str, Any] = {}
    for level in reversed(range(levels)):
        more = {"processes": [child]} if child else {}
        child = {"id": f"deep-{level}", "title": {"en": f"level {level}"}, "evidence": [{"quote": "q"}], **more}
    data["processes"].append(child)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


_MINIMAL_TEXT = MINIMAL.read_text(encoding="utf-8")
_NOT_UTF8 = os.fsdecode(b"t\xff.yaml")
_ESCAPED = "a\x1b[2Kb.yaml"

#: name -> (files to write, then steps: (arguments, the exit statuses that are right, the file a failure
#: must locate)). Where a fix could go either way (accept the input, or refuse it in plain words), both
#: are right; a step that refuses a policy (``REFUSED``) ends the finding there.
REFUSED = "refused"
FINDINGS: dict[str, tuple[dict[str, bytes], list[tuple[tuple[str, ...], set[int | str], str | None]]]] = {
    "jsonld-number-of-4301-digits": (
        {"big.jsonld": b'{"@id": "http://e/s", "http://e/p": ' + b"9" * 4301 + b"}\n"},
        [
            (("query", "ASK {}", "big.jsonld"), {1}, "big.jsonld"),
            (("convert", "big.jsonld", "--to", "yaml"), {1}, "big.jsonld"),
        ],
    ),
    "jsonld-language-tag-pyoxigraph-refuses": (
        {"lang.jsonld": b'{"@id": "http://e/s", "http://e/p": {"@value": "x", "@language": "en_US"}}\n'},
        [
            (("query", "ASK {}", "lang.jsonld"), {0, 1}, "lang.jsonld"),
            (("convert", "lang.jsonld", "--to", "yaml"), {1}, "lang.jsonld"),
        ],
    ),
    "jsonld-iri-pyoxigraph-refuses": (
        {"iri.jsonld": b'{"@id": "http://e/s", "http://e/p": {"@id": "http://e/<>"}}\n'},
        [(("query", "ASK {}", "iri.jsonld"), {0, 1}, "iri.jsonld")],
    ),
    "html-jsonld-language-tag": (
        {
            "page.html": b'<script type="application/ld+json">'
            b'{"@id": "http://e/s", "http://e/p": {"@value": "x", "@language": "1x"}}</script>\n'
        },
        [(("query", "ASK {}", "page.html"), {0, 1}, "page.html")],
    ),
    "yaml-float-tag-on-text": (
        {"p.yaml": _MINIMAL_TEXT.replace('version: "2"', "version: !!float x").encode()},
        [(("validate", "p.yaml"), {1}, "p.yaml"), (("convert", "p.yaml", "--to", "turtle"), {1}, "p.yaml")],
    ),
    "yaml-bool-and-int-tags-on-text": (
        {
            "b.yaml": _MINIMAL_TEXT.replace('version: "2"', "version: !!bool x").encode(),
            "i.yaml": _MINIMAL_TEXT.replace('version: "2"', "version: !!int 0x").encode(),
        },
        [(("validate", "b.yaml"), {1}, "b.yaml"), (("validate", "i.yaml"), {1}, "i.yaml")],
    ),
    "yaml-syntax-error-at-the-end-is-on-a-line-of-the-file": (
        {"eof.yaml": b"id: example-notice\ns", "flow.yaml": b"["},
        [(("validate", "eof.yaml"), {1}, "eof.yaml"), (("validate", "flow.yaml"), {1}, "flow.yaml")],
    ),
    "json-output-with-a-file-name-that-is-not-utf8": (
        {
            _NOT_UTF8: _MINIMAL_TEXT.replace("dpv:DirectMarketing", "dpv:DirectMarketting").encode(),
            "m.yaml": MINIMAL.read_bytes(),
        },
        [
            (("validate", "--format", "json", _NOT_UTF8), {1}, None),
            (("diff", "--format", "json", "m.yaml", _NOT_UTF8), {2}, None),
        ],
    ),
    "publish-message-with-control-characters-in-an-input-name": (
        {f"in/{_ESCAPED}": MINIMAL.read_bytes(), f"in/sub/{_ESCAPED}": MINIMAL.read_bytes()},
        [(("publish", "in", "-o", "site"), {2}, None)],
    ),
    "policy-with-processes-nested-too-deep-is-refused": (
        {"deeper.yaml": _nested_processes(MAX_PROCESS_NESTING + 1)},
        [(("validate", "deeper.yaml"), {REFUSED}, "deeper.yaml")],
    ),
    "policy-with-processes-nested-as-deep-as-allowed-reads-back": (
        {"deep.yaml": _nested_processes(MAX_PROCESS_NESTING)},
        [
            (("validate", "deep.yaml"), {0}, None),
            (("convert", "deep.yaml", "--to", "jsonld", "-o", "deep.jsonld"), {0}, None),
            (("query", "ASK {}", "deep.jsonld"), {0}, None),
            (("convert", "deep.yaml", "--to", "turtle", "-o", "deep.ttl"), {0}, None),
            (("convert", "deep.ttl", "--to", "yaml"), {0}, None),
        ],
    ),
}


@pytest.mark.parametrize("finding", sorted(FINDINGS))
def test_fuzz_findings(finding: str) -> None:
    files, steps = FINDINGS[finding]
    with workspace() as tmp:
        folder = Path(tmp)
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
        for args, right, invalid in steps:
            run = invoke(folder, *args)
            check_sane(run, args[0])
            refused = REFUSED in right and run.code == 1
            assert run.code in right or refused, f"expected exit status {right}:{run}"
            if run.code and "json" not in args:
                check_says_why(run, args[0])
            if run.code and invalid is not None:
                require_located(run, invalid, (folder / invalid).read_bytes())
            if "json" in args and run.stdout:
                json.loads(run.stdout)
            if refused:
                return

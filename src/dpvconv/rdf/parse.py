"""Reading linked data from what companies publish: policy YAML, any RDF serialization, and web pages
with embedded JSON-LD. Each source becomes one named graph of quads.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from dpvconv.diagnostics import Diagnostic, DiagnosticsError
from dpvconv.escape import echo
from dpvconv.inputs import MAX_SOURCE_BYTES, InputFileError, discover, read_input
from dpvconv.policy.validate import POLICY_SUFFIXES
from dpvconv.rdf.mapping import DEFAULT_BASE, policy_namespace

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
JSONLD_SUFFIXES = (".jsonld", ".json")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (*RDF_SUFFIXES, *JSONLD_SUFFIXES, *HTML_SUFFIXES, *POLICY_SUFFIXES)


class SourceError(DiagnosticsError):
    """A source cannot be read, or a policy in it is invalid."""


@dataclass
class Source:
    """One input as a named graph."""

    path: Path
    graph: ox.NamedNode
    quads: Iterable[ox.Quad]


class _JsonLdScripts(HTMLParser):
    """Collects the text of every ``<script type="application/ld+json">`` element, with its line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[tuple[int, str]] = []
        self._inside: int | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        if tag == "script" and kind == "application/ld+json":
            self._inside = self.getpos()[0]
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._inside is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inside is not None:
            self.blocks.append((self._inside, "".join(self._text)))
            self._inside = None


def _jsonld_quads(document: Any, file: str, line: int) -> list[ox.Quad]:
    from pyld import jsonld

    from dpvconv.rdf.jsonld import RemoteDocumentRefused, document_loader

    try:
        nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": document_loader})
    except RecursionError:  # pyld recurses per level; _parse_json keeps documents well below its limit
        raise SourceError(
            [Diagnostic(file, line, 1, "the JSON-LD nests too deeply to process", "flatten the document")]
        ) from None
    except Exception as err:  # noqa: BLE001 - pyld raises its own error types, all meaning "not usable JSON-LD"
        root = _root_cause(err)
        if isinstance(root, RemoteDocumentRefused):
            raise SourceError(
                [Diagnostic(file, line, 1, echo(str(root)))]  # the refusal says what to do
            ) from None
        message = " ".join(str(root.args[0] if root.args else root).split())
        raise SourceError(
            [Diagnostic(file, line, 1, f"not usable JSON-LD: {echo(message)}", "check the @context and the document")]
        ) from None
    try:
        return list(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    except (SyntaxError, ValueError):
        # pyld passes on some terms RDF does not allow (a language tag "en_US", an IRI with "<>");
        # pyoxigraph refuses them when it reads pyld's N-Quads. Name the statement, not a line of
        # N-Quads the user never saw.
        raise SourceError(
            [
                Diagnostic(
                    file,
                    line,
                    1,
                    f"the JSON-LD gives a statement RDF does not allow: {echo(_first_refused(nquads))}",
                    "check its IRIs (no spaces, < > or quotes) and language tags (such as en-US, with a hyphen)",
                )
            ]
        ) from None


def _first_refused(nquads: str) -> str:
    """The first line of ``nquads`` that pyoxigraph refuses."""
    for statement in nquads.splitlines():
        try:
            list(ox.parse(statement.encode("utf-8"), format=ox.RdfFormat.N_QUADS))  # parse is lazy
        except (SyntaxError, ValueError):
            return statement.strip()
    return "(no single statement; the whole is refused)"  # not seen: pyld writes one statement per line


def _root_cause(err: BaseException) -> BaseException:
    """The innermost error pyld wrapped (it chains them with ``raise ... from``, older versions in
    ``.cause``)."""
    seen = {id(err)}
    while True:
        inner = getattr(err, "cause", None) or err.__cause__ or err.__context__
        if not isinstance(inner, BaseException) or id(inner) in seen:
            return err
        seen.add(id(inner))
        err = inner


#: The deepest nesting of objects and arrays read from JSON. What dpvconv writes nests about ten
#: levels; Python's json module and pyld recurse once or more per level, and pyld runs out of stack
#: near 450, so deeper input is refused before either sees it.
MAX_JSON_DEPTH = 100
# A JSON string (skipped whole: brackets inside it do not nest) or a bracket.
_JSON_NESTING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _too_deep(text: str) -> int | None:
    """The offset of the first bracket in ``text`` that opens a level deeper than MAX_JSON_DEPTH."""
    if text.count("{") + text.count("[") <= MAX_JSON_DEPTH:
        return None  # too few brackets to nest that deep: no need to scan
    depth = 0
    for match in _JSON_NESTING.finditer(text):
        char = text[match.start()]
        if char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return match.start()
        elif char in "]}":
            depth -= 1
    return None


def _parse_json(text: str, file: str, line_offset: int = 0) -> Any:
    deep = _too_deep(text)
    if deep is not None:
        line = text.count("\n", 0, deep) + 1 + line_offset
        column = deep - (text.rfind("\n", 0, deep) + 1) + 1
        raise SourceError(
            [
                Diagnostic(
                    file,
                    line,
                    column,
                    f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep",
                    "JSON-LD needs a few levels; flatten it (a node can name another by its @id)",
                )
            ]
        )
    try:
        return json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as err:
        raise SourceError(
            [Diagnostic(file, err.lineno + line_offset, err.colno, f"invalid JSON: {err.msg}", "fix the JSON")]
        ) from None
    except _LongNumber as err:
        offset = max(text.find(err.digits), 0)
        raise SourceError(
            [
                Diagnostic(
                    file,
                    text.count("\n", 0, offset) + 1 + line_offset,
                    offset - (text.rfind("\n", 0, offset) + 1) + 1,
                    f"a number written with {len(err.digits):,} digits, more than {MAX_INTEGER_DIGITS:,}",
                    'if it is an identifier or a code, write it as a string ("..."); otherwise shorten it',
                )
            ]
        ) from None


#: The most digits of an integer read from JSON: Python refuses to convert longer ones (its guard
#: against quadratic-time conversion, ``sys.get_int_max_str_digits``), and no notice needs more.
MAX_INTEGER_DIGITS = 4300


class _LongNumber(Exception):
    def __init__(self, digits: str):
        super().__init__(digits)
        self.digits = digits


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _LongNumber(digits)
    return int(digits)


def _scope_blank_nodes(quads: list[ox.Quad], path: Path) -> list[ox.Quad]:
    """Give blank nodes labels unique to this file: parsers keep the file's own labels (``_:b0``), and
    two files loaded into one store must not share a node because both wrote ``_:b0``."""
    scope = "s" + hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:8]
    renamed: dict[str, ox.BlankNode] = {}

    def term(node: Any) -> Any:
        if isinstance(node, ox.BlankNode):
            if node.value not in renamed:
                renamed[node.value] = ox.BlankNode(f"{scope}_{node.value}")
            return renamed[node.value]
        return node

    return [ox.Quad(term(q.subject), q.predicate, term(q.object), term(q.graph_name)) for q in quads]


# XML's document type declaration is where entities are declared, and entities are how a few hundred
# bytes expand into gigabytes ("billion laughs") or pull in other files. RDF/XML never needs one.
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _locate_bytes(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, len(raw[line_start:offset].decode("utf-8", "replace")) + 1


def parse_rdf(raw: bytes, rdf_format: ox.RdfFormat, file: str, base_iri: str | None = None) -> list[ox.Quad]:
    """The quads of an RDF document, parsed by pyoxigraph; ``file`` names it in messages.

    Raises:
        SourceError: located where the parser stopped: the bytes are not UTF-8, RDF/XML declares a
            document type (refused before parsing: entity expansion), or the syntax is wrong.
    """
    try:
        raw.decode("utf-8")
        if b"\x00" in raw:  # valid UTF-8, but a sign of UTF-16, which would hide a DOCTYPE from the check
            raise UnicodeDecodeError("utf-8", raw, raw.index(b"\x00"), raw.index(b"\x00") + 1, "NUL byte")
    except UnicodeDecodeError as err:
        line, column = _locate_bytes(raw, err.start)
        raise SourceError([Diagnostic(file, line, column, "the file is not UTF-8 text", "save it as UTF-8")]) from None
    if rdf_format == ox.RdfFormat.RDF_XML:
        found = _DOCTYPE.search(raw)
        if found:
            line, column = _locate_bytes(raw, found.start())
            raise SourceError(
                [
                    Diagnostic(
                        file,
                        line,
                        column,
                        "RDF/XML with a document type declaration (<!DOCTYPE or <!ENTITY) is refused: "
                        "entities can expand a small file into gigabytes",
                        "remove the DOCTYPE and write entity references out in full",
                    )
                ]
            )
    try:
        return list(ox.parse(raw, format=rdf_format, base_iri=base_iri))
    except SyntaxError as err:
        line, column = getattr(err, "lineno", None) or 1, getattr(err, "offset", None) or 1
        message = str(err).splitlines()[0] if str(err) else "syntax error"
        raise SourceError(
            [Diagnostic(file, line, column, f"invalid RDF: {echo(message)}", "fix the file at this point")]
        ) from None


def _name_graph(path: Path, quads: list[ox.Quad]) -> ox.NamedNode:
    """The graph of a source: its notice's IRI where it holds exactly one notice, else the file's URI."""
    notice_type = ox.NamedNode("https://w3id.org/dpv#PrivacyNotice")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    notices = {q.subject for q in quads if q.predicate == rdf_type and q.object == notice_type}
    if len(notices) == 1:
        notice = next(iter(notices))
        if isinstance(notice, ox.NamedNode):
            return notice
    return ox.NamedNode(path.resolve().as_uri())


def read_source(path: Path, base: str = DEFAULT_BASE) -> Source:
    """Read one input file as a named graph.

    Raises:
        SourceError: the file is invalid (policy YAML is validated first) or cannot be parsed.
    """
    file = str(path)
    suffix = path.suffix.lower()
    if suffix in POLICY_SUFFIXES:
        from dpvconv.policy.validate import load_valid
        from dpvconv.rdf.triples import to_quads

        try:
            data = load_valid(path)
        except DiagnosticsError as err:
            raise SourceError(err.diagnostics) from None
        return Source(path, ox.NamedNode(policy_namespace(data["id"], base)), to_quads(data, base))
    try:
        raw = read_input(path, MAX_SOURCE_BYTES, file)
    except InputFileError as err:
        raise SourceError(err.diagnostics) from None
    if suffix in RDF_SUFFIXES:
        quads = parse_rdf(raw, RDF_SUFFIXES[suffix], file, base_iri=path.resolve().as_uri())
    elif suffix in JSONLD_SUFFIXES:
        quads = _jsonld_quads(_parse_json(raw.decode("utf-8", "replace"), file), file, 1)
    elif suffix in HTML_SUFFIXES:
        parser = _JsonLdScripts()
        parser.feed(raw.decode("utf-8", "replace"))
        quads = []
        for line, text in parser.blocks:
            quads.extend(_jsonld_quads(_parse_json(text, file, line - 1), file, line))
    else:
        raise SourceError(
            [Diagnostic(file, 1, 1, f"unknown kind of file '{suffix}'", f"use one of {', '.join(SUFFIXES)}")]
        )
    quads = _scope_blank_nodes(quads, path)
    graph = _name_graph(path, quads)
    if suffix in RDF_SUFFIXES and RDF_SUFFIXES[suffix].supports_datasets:
        return Source(path, graph, quads)  # keep the graphs the file names
    return Source(path, graph, [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads])


def source_files(paths: list[Path]) -> list[Path]:
    """The input files under ``paths`` that ``query`` reads (directories searched recursively), in order.

    Raises:
        UsageError: see :func:`dpvconv.inputs.discover`.
    """
    return discover(paths, SUFFIXES, "policy, RDF, JSON-LD or HTML files")


# Below this many policy files the worker processes cost more to start than they save.
PARALLEL_THRESHOLD = 16


def read_sources(paths: Sequence[Path], base: str = DEFAULT_BASE, jobs: int | None = None) -> Iterator[Source]:
    """Read many inputs as :func:`read_source` does, in input order.

    Reading policy YAML is pure Python (parse, validate, map to RDF), so with many files it runs in
    ``jobs`` worker processes (default: one per CPU); each worker hands back its graph as N-Quads bytes,
    which pyoxigraph parses far faster than Python objects could be pickled.

    Raises:
        SourceError: for the first input, in order, that is invalid or cannot be parsed.
    """
    import os

    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers < 2 or len(paths) < PARALLEL_THRESHOLD:
        for path in paths:
            yield read_source(path, base)
        return
    import multiprocessing

    with multiprocessing.get_context().Pool(workers) as pool:
        for path, outcome in zip(
            paths, pool.imap(_serialized_source, [(p, base) for p in paths], chunksize=8), strict=True
        ):
            if isinstance(outcome, list):
                raise SourceError(outcome)
            graph, nquads = outcome
            yield Source(path, ox.NamedNode(graph), ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


def _serialized_source(task: tuple[Path, str]) -> tuple[str, bytes] | list[Diagnostic]:
    """In a worker: one source as (graph IRI, N-Quads), or the diagnostics that stop it."""
    try:
        source = read_source(*task)
    except SourceError as err:
        return err.diagnostics
    return source.graph.value, ox.serialize(source.quads, format=ox.RdfFormat.N_QUADS) or b""

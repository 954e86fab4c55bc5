"""SPARQL 1.1 across policies, on pyoxigraph: each policy in its own named graph, the default graph
their union; DPV's hierarchy and the dpvconv vocabulary in named graphs of their own, outside it.

pyoxigraph (Oxigraph's Rust engine) answers a cross-company join over 1,000 policies in milliseconds
where rdflib takes seconds, and holds the data compactly. A query is untrusted input, so:

- what reaches outside (``SERVICE``, SPARQL Update) is refused before anything runs
  (:mod:`dpvconv.query_guard`);
- everything else, parsing included, happens in a forked worker process that has no network (a new,
  empty network namespace where the system allows one), a cap on its address space, and a time limit;
  the parent stops it when either runs out;
- results stream from the worker to the output in chunks, so a large answer is never held whole.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import multiprocessing
import os
import re
import resource
import signal
import time
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import BinaryIO, cast

import pyoxigraph as ox

from dpvconv.diagnostics import Diagnostic
from dpvconv.errors import InputError, UsageError
from dpvconv.escape import echo, terminal_safe
from dpvconv.inputs import MAX_SOURCE_BYTES, InputFileError, read_input
from dpvconv.query_guard import refusal
from dpvconv.rdf.isomorphism import NotAForest, same_graph
from dpvconv.rdf.mapping import mapping
from dpvconv.rdf.parse import RDF_SUFFIXES, Source, SourceError, parse_rdf

#: The named graphs dpvconv fills with vocabularies; no input may state a graph under this namespace.
GRAPH_NAMESPACE = "https://w3id.org/dpvconv/graph/"
#: DPV: its hierarchy and English labels (bundled), and all of DPV given with ``--with-dpv``.
DPV_GRAPH = ox.NamedNode(GRAPH_NAMESPACE + "dpv")
#: The dpvconv vocabulary: our own terms and their places in DPV.
DPVCONV_GRAPH = ox.NamedNode(GRAPH_NAMESPACE + "dpvconv")
#: Both: a property path cannot leave a graph, and our concepts' ``skos:broader`` point into DPV.
VOCABULARIES_GRAPH = ox.NamedNode(GRAPH_NAMESPACE + "vocabularies")
VOCABULARY_GRAPHS = (DPV_GRAPH, DPVCONV_GRAPH, VOCABULARIES_GRAPH)
DPV_FILES = ("dpv.ttl", "pd.ttl", "eu-gdpr.ttl", "legal-eu.ttl", "legal-fi.ttl", "loc.ttl", "tech.ttl", "legal.ttl")
RESULT_FORMATS = ("table", "csv", "tsv", "json")
_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)


class QueryError(InputError):
    """The query is not valid SPARQL; ``line`` and ``column`` locate the problem in the query text."""

    def __init__(self, message: str, line: int = 1, column: int = 1, hint: str = "fix the SPARQL at this point"):
        super().__init__(message)
        self.line, self.column, self.hint = line, column, hint


class QueryTimeout(InputError):
    """The query ran longer than allowed."""


class QueryMemoryExceeded(InputError):
    """The query needed more memory than allowed."""


def build_store(sources: Iterable[Source], dpv_dir: Path | None = None, *, vocabularies: bool = True) -> ox.Store:
    """An in-memory store with each source in its named graph, the default graph their union, and
    the vocabularies in named graphs outside it.

    One notice, one named graph: a source names its graph after the notice it holds, so the .html,
    .jsonld and .ttl of a published policy (or the policy and its site, or a file named twice) all
    state one graph. The first source to state a graph fills it; a later one that states the same
    graph is skipped when it says the same, up to blank node labels, and refused when it does not.
    Only such a collision costs a comparison.

    With ``vocabularies`` (``dpvconv query`` without ``--no-vocab``), DPV's hierarchy (bundled,
    :data:`~dpvconv.resources.DPV_HIERARCHY_PATH`) goes to :data:`DPV_GRAPH` and the dpvconv vocabulary
    (:data:`~dpvconv.resources.VOCABULARY_PATH`) to :data:`DPVCONV_GRAPH`; the Turtle files of
    ``dpv_dir`` go to :data:`DPV_GRAPH` too; and :data:`VOCABULARIES_GRAPH` holds all of them. Before
    they are loaded, the policies' graphs are copied into the store's default graph, which queries then
    take as theirs (:func:`holds_vocabularies`): pyoxigraph can take a list of graphs as the default
    graph, but it looks each one up in turn, which makes a join over 1,000 policies take minutes, not a
    second. Without vocabularies nothing is copied: the default graph is the union of all graphs.

    Raises:
        SourceError: a source, or a DPV file, cannot be read or parsed (located); a source states
            a graph an earlier source gave, differently; or it states a graph under
            :data:`GRAPH_NAMESPACE`.
        UsageError: ``dpv_dir`` holds none of :data:`DPV_FILES`.
    """
    store = ox.Store()
    given: dict[ox.NamedNode, Path] = {}  # each named graph, and the source that filled it
    for source in sources:
        for graph, quads in _graphs(source):
            if graph is not None and graph.value.startswith(GRAPH_NAMESPACE):
                raise SourceError([_reserved(source.path, graph)])
            if graph is None or graph not in given:
                if graph is not None:
                    given[graph] = source.path
                # bulk_extend skips per-call transactions; nothing else writes to this in-memory store.
                store.bulk_extend(quads)
            else:
                _check_restated(store, graph, list(quads), given[graph], source.path)
    found: list[Path] = []
    if dpv_dir is not None:
        found = [dpv_dir / name for name in DPV_FILES if (dpv_dir / name).exists()]
        if not found:
            raise UsageError(f"{dpv_dir}: holds none of DPV's Turtle files ({', '.join(DPV_FILES)})")
    if not vocabularies and not found:
        return store  # queries take the union of the named graphs as the default graph
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    if vocabularies:
        from dpvconv.resources import DPV_HIERARCHY_PATH, VOCABULARY_PATH

        # Files of the package: trusted, and parsed by the engine without a Python object per triple.
        store.load(path=DPV_HIERARCHY_PATH, format=ox.RdfFormat.TURTLE, to_graph=DPV_GRAPH)
        if VOCABULARY_PATH.is_file():
            store.load(path=VOCABULARY_PATH, format=ox.RdfFormat.TURTLE, to_graph=DPVCONV_GRAPH)
    for path in found:
        try:
            raw = read_input(path, MAX_SOURCE_BYTES)
        except InputFileError as err:
            raise SourceError(err.diagnostics) from None
        base_iri = path.resolve().as_uri()
        try:  # parsed by the engine, twice as fast as through Python objects; a failed load writes nothing
            store.load(raw, format=ox.RdfFormat.TURTLE, base_iri=base_iri, to_graph=DPV_GRAPH)
        except SyntaxError:
            parse_rdf(raw, ox.RdfFormat.TURTLE, str(path), base_iri)  # raises SourceError, located
            raise
    union = VOCABULARIES_GRAPH.value
    store.update(f"ADD SILENT <{DPV_GRAPH.value}> TO <{union}> ; ADD SILENT <{DPVCONV_GRAPH.value}> TO <{union}>")
    return store


def may_read_vocabularies(query: str) -> bool:
    """Whether ``query`` could read the vocabularies' graphs. A query reaches a named graph only with
    ``GRAPH`` (a ``FROM`` would name ours by an IRI that says ``graph`` too), so a query that never
    says "graph", in any case, nor escapes a character (``\\u0047``), answers the same without them;
    ``dpvconv query`` then skips loading them, and the copy of the policies they need."""
    lowered = query.lower()
    return "graph" in lowered or "\\u" in lowered


def holds_vocabularies(store: ox.Store) -> bool:
    """Whether :func:`build_store` loaded vocabularies into ``store``, and so copied the policies'
    graphs into its default graph: queries then take that graph as their default graph, else the
    union of all graphs, which are the policies' alone."""
    return any(store.contains_named_graph(graph) for graph in VOCABULARY_GRAPHS)


def _reserved(path: Path, graph: ox.NamedNode) -> Diagnostic:
    return Diagnostic(
        str(path),
        1,
        1,
        f"states the graph <{echo(graph.value)}>: graphs under <{GRAPH_NAMESPACE}> hold the vocabularies",
        "name the notice, or the file's graphs, with IRIs of your own",
    )


def _graphs(source: Source) -> Iterable[tuple[ox.NamedNode | None, Iterable[ox.Quad]]]:
    """A source's quads by named graph (None: quads in no named graph, never compared). Only N-Quads
    and TriG keep the graphs the file names; every other source is one graph, passed on unread."""
    fmt = RDF_SUFFIXES.get(source.path.suffix.lower())
    if fmt is None or not fmt.supports_datasets:
        return [(source.graph, source.quads)]
    graphs: dict[ox.NamedNode | None, list[ox.Quad]] = {}
    for quad in source.quads:
        name = quad.graph_name if isinstance(quad.graph_name, ox.NamedNode) else None
        graphs.setdefault(name, []).append(quad)
    return list(graphs.items())


def _check_restated(store: ox.Store, graph: ox.NamedNode, quads: list[ox.Quad], first: Path, second: Path) -> None:
    """Return when ``quads`` say what ``graph`` in ``store`` (from ``first``) says; else refuse ``second``."""
    before = ox.Dataset(store.quads_for_pattern(None, None, None, graph))
    # Through a store of its own, as the first was: a store writes some values in canonical form
    # ("P12M" as "P1Y"), and one file may have written them either way.
    staged = ox.Store()
    staged.bulk_extend(quads)
    after = ox.Dataset(staged)
    if len(before) == len(after) and before == after:
        return  # the same file twice: even the blank node labels agree
    why = "with different statements"
    if len(before) == len(after):
        try:
            if same_graph(before, after):
                return
        except NotAForest:
            # General canonical labelling takes time exponential in the worst case, which blank nodes
            # in cycles or shared between subjects can reach; a policy's nested objects never need it.
            why = "and whether both say the same cannot be checked: their blank nodes are not nested objects"
    raise SourceError(
        [
            Diagnostic(
                str(second),
                1,
                1,
                f"states the notice <{graph.value}>, as {first} does, {why}",
                "pass only one of the two files (of a published site, only its .ttl files, for example)",
            )
        ]
    )


QUERY_SUFFIXES = (".rq", ".sparql")


def read_query(argument: str) -> tuple[str, str]:
    """The query that a command-line argument names: a query file (``.rq``, ``.sparql`` or any existing
    file) or the query text itself. Returns the label that locates errors in it, and its text.

    Raises:
        UsageError: it names a directory, or a query file that does not exist.
        SourceError: the query file cannot be read, is too large, or is not UTF-8 (located).
    """
    path = Path(argument)
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except (OSError, ValueError):  # too long for a path, or a NUL in it: only query text can be that
        exists = is_dir = False
    if is_dir:
        raise UsageError(f"{echo(argument)}: is a directory; give a query file (.rq) or the query text")
    if not exists:
        if path.suffix.lower() in QUERY_SUFFIXES and "\n" not in argument:
            raise UsageError(f"{echo(argument)}: no such query file")
        return "<query>", argument
    label = echo(argument)
    try:
        raw = read_input(path, MAX_QUERY_BYTES, label)
    except InputFileError as err:
        raise SourceError(err.diagnostics) from None
    try:
        return label, raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise SourceError(
            [Diagnostic(label, line, column, "the query file is not UTF-8 text", "save it as UTF-8")]
        ) from None


def _prefixes() -> dict[str, str]:
    """The schema's prefixes, available to every query without PREFIX lines."""
    return {p: ns for p, ns in mapping().info.prefixes.items() if p != "linkml"}


#: Rows a table is measured on before it starts to stream; later rows keep those column widths.
TABLE_MEASURED_ROWS = 1000
#: The most bytes of query text accepted.
MAX_QUERY_BYTES = 1 << 20
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MIB = 4096
_CHUNK = 1 << 16
# Frames from the worker: a tag byte, then the payload.
_DATA, _DONE, _ERROR = b"D", b"K", b"E"


@dataclass
class Result:
    """A query's answer: ``kind`` is ``select``, ``ask`` or ``graph``; ``text`` is the answer when it
    was collected rather than streamed to an output."""

    kind: str
    text: str = ""


def run_query(
    store: ox.Store,
    query: str,
    fmt: str = "table",
    timeout: float = DEFAULT_TIMEOUT,
    *,
    out: BinaryIO | None = None,
    memory_mib: int = DEFAULT_MEMORY_MIB,
) -> Result:
    """Answer ``query`` over ``store`` in ``fmt`` (one of :data:`RESULT_FORMATS`).

    The answer streams to ``out`` when given, else it is collected into :attr:`Result.text`.
    ``timeout`` counts the seconds the worker computes, not the time the reader of ``out`` takes.

    Raises:
        QueryError: the query is refused, is not valid SPARQL (located), or failed while running.
        QueryTimeout: it ran longer than ``timeout`` seconds and was stopped.
        QueryMemoryExceeded: it needed more than ``memory_mib`` MiB and was stopped.
    """
    if len(query.encode("utf-8", "surrogatepass")) > MAX_QUERY_BYTES:
        raise QueryError(f"the query is longer than {MAX_QUERY_BYTES >> 20} MiB", hint="shorten the query")
    refused = refusal(query)
    if refused is not None:
        raise QueryError(refused.message, refused.line, refused.column, refused.hint)
    sink = io.BytesIO() if out is None else out
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_worker, args=(store, query, fmt, memory_mib, sender), daemon=True)
    worker.start()
    sender.close()
    try:
        kind = _relay(receiver, sink, timeout)
    except EOFError:
        worker.join()
        if worker.exitcode in (-signal.SIGABRT, _OUT_OF_MEMORY):
            raise QueryMemoryExceeded(
                f"the query needed more than {memory_mib} MiB of memory and was stopped (see --memory)"
            ) from None
        raise RuntimeError(f"the query worker ended unexpectedly (exit code {worker.exitcode})") from None
    finally:
        receiver.close()
        if worker.is_alive():
            worker.kill()
        worker.join()
    return Result(kind, sink.getvalue().decode("utf-8") if isinstance(sink, io.BytesIO) and out is None else "")


def _relay(receiver: Connection, sink: BinaryIO, timeout: float) -> str:
    """Copy the worker's output to ``sink`` until it is done; return the kind of answer."""
    budget = timeout
    while True:
        started = time.monotonic()
        if not receiver.poll(max(budget, 0)):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped (see --timeout)")
        budget -= time.monotonic() - started  # time spent writing to the reader is not the query's
        frame = receiver.recv_bytes()
        tag, payload = frame[:1], frame[1:]
        if tag == _DATA:
            sink.write(payload)
        elif tag == _DONE:
            return payload.decode("ascii")
        else:
            line, column, message = payload.decode("utf-8").split("\n", 2)
            raise QueryError(message, int(line), int(column))


_OUT_OF_MEMORY = 86  # the worker's exit status when Python itself runs out of memory


class _FrameWriter(io.RawIOBase):
    """A binary stream that sends what is written to the parent in chunks."""

    def __init__(self, pipe: Connection):
        super().__init__()
        self.pipe = pipe
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.buffer += data
        if len(self.buffer) >= _CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.pipe.send_bytes(_DATA + bytes(self.buffer))
            self.buffer.clear()


def _worker(store: ox.Store, query: str, fmt: str, memory_mib: int, pipe: Connection) -> None:
    """In the forked worker: confine the process, answer the query, send it back in frames."""
    _confine(memory_mib)
    writer = _FrameWriter(pipe)
    try:
        kind = _answer(store, query, fmt, cast(BinaryIO, writer))
        writer.flush()
        pipe.send_bytes(_DONE + kind.encode("ascii"))
    except SyntaxError as err:
        line, column, message = _locate(err)
        pipe.send_bytes(_ERROR + f"{line}\n{column}\n{message}".encode())
    except MemoryError:
        os._exit(_OUT_OF_MEMORY)
    except Exception as err:  # noqa: BLE001 - the engine's own errors are about the query, reported to the parent
        pipe.send_bytes(_ERROR + f"1\n1\n{err.__class__.__name__}: {err}".encode())
    finally:
        pipe.close()


def _confine(memory_mib: int) -> None:
    """No network, no writes to the terminal, and at most ``memory_mib`` MiB more address space."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # the engine's own abort message would only confuse; the parent explains
    os.close(devnull)
    _leave_network()
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            in_use = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return  # not Linux: the time limit still holds
    limit = in_use + memory_mib * (1 << 20)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _leave_network() -> None:
    """Move this process into a new network namespace with no interfaces but a downed loopback, so
    nothing it does can reach a server, should a query ever get past the guard. Where the system does
    not allow it (no user namespaces, not Linux) the guard in :mod:`dpvconv.query_guard` stands alone."""
    clone_newuser, clone_newnet = 0x10000000, 0x40000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(clone_newnet) != 0:  # enough with CAP_SYS_ADMIN (root)
            libc.unshare(clone_newuser | clone_newnet)  # an unprivileged user namespace, where allowed
    except (OSError, AttributeError):
        pass


def network_isolated() -> bool:
    """Whether a query worker on this system runs without network (used by the tests and docs)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def probe() -> None:
        _leave_network()
        sender.send(os.readlink("/proc/self/ns/net") if os.path.exists("/proc/self/ns/net") else "")

    worker = context.Process(target=probe, daemon=True)
    worker.start()
    sender.close()
    inside = receiver.recv() if receiver.poll(10) else ""
    worker.join()
    outside = os.readlink("/proc/self/ns/net") if os.path.exists("/proc/self/ns/net") else ""
    return bool(inside) and inside != outside


def _locate(err: SyntaxError) -> tuple[int, int, str]:
    match = _POSITION.match(str(err))
    if match:
        detail = " ".join(match.group(3).split())
        detail = detail if len(detail) <= 140 else detail[:137] + "..."
        return int(match.group(1)), int(match.group(2)), detail
    return 1, 1, str(err).splitlines()[0] if str(err) else "invalid SPARQL"


def check_syntax(query: str, timeout: float = 10.0) -> None:
    """Raise :class:`QueryError`, located, if ``query`` is refused or not SPARQL 1.1.

    Oxigraph cannot parse without evaluating, so the query runs on an empty store, bounded like any
    other query."""
    run_query(ox.Store(), query, "json", timeout)


def _answer(store: ox.Store, query: str, fmt: str, out: BinaryIO) -> str:
    if holds_vocabularies(store):
        answer = store.query(query, prefixes=_prefixes(), default_graph=ox.DefaultGraph())
    else:
        answer = store.query(query, prefixes=_prefixes(), use_default_graph_as_union=True)
    if isinstance(answer, ox.QueryBoolean):
        if fmt == "json":
            answer.serialize(out, format=ox.QueryResultsFormat.JSON)
        else:
            out.write(b"true\n" if bool(answer) else b"false\n")
        return "ask"
    if isinstance(answer, ox.QueryTriples):
        ox.serialize(answer, out, format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
        return "graph"
    if fmt == "table":
        _table(answer, out)
    else:
        result_format = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}.get(
            fmt, ox.QueryResultsFormat.JSON
        )
        answer.serialize(out, format=result_format)
    return "select"


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = mapping().compact(term.value) or term.value
    elif isinstance(term, ox.Literal):
        text = term.value + (f"@{term.language}" if term.language else "")
    else:
        text = str(term)
    return terminal_safe(text)


def _table(solutions: ox.QuerySolutions, out: BinaryIO) -> None:
    """An aligned table for people; column widths come from the first rows, the rest stream."""
    names = [v.value for v in solutions.variables]
    rows = iter(solutions)
    first = [[_cell(solution[name]) for name in names] for solution in itertools.islice(rows, TABLE_MEASURED_ROWS)]
    widths = [max([len(n), *(len(r[i]) for r in first)]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> bytes:
        return (" | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n").encode()

    out.write(line(names) + ("-+-".join("-" * w for w in widths) + "\n").encode())
    count = 0
    for cells in itertools.chain(first, ([_cell(s[name]) for name in names] for s in rows)):
        out.write(line(cells))
        count += 1
    out.write(f"({count} row{'s' if count != 1 else ''})\n".encode())

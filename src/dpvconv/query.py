"""SPARQL 1.1 across policies, on pyoxigraph: each policy in its own named graph, the default graph
their union.

pyoxigraph (Oxigraph's Rust engine) answers a cross-company join over 1,000 policies in milliseconds
where rdflib takes seconds, and holds the data compactly. The query runs in a forked child process
so a runaway query can be stopped after ``timeout`` seconds without stopping dpvconv.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .convert import text_of
from .rdfmap import mapping
from .sources import Source

DPV_GRAPH = ox.NamedNode("https://w3id.org/dpv")
DPV_FILES = ("dpv.ttl", "pd.ttl", "eu-gdpr.ttl", "legal-eu.ttl", "legal-fi.ttl", "loc.ttl", "tech.ttl", "legal.ttl")
RESULT_FORMATS = ("table", "csv", "tsv", "json")
_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)


class QueryError(Exception):
    """The query is not valid SPARQL; ``line`` and ``column`` locate the problem in the query text."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line, self.column = line, column


class QueryTimeout(Exception):
    """The query ran longer than allowed."""


def build_store(sources: Iterable[Source], dpv_dir: Path | None = None) -> ox.Store:
    """An in-memory store with each source in its named graph, and DPV 2.3 in its own where asked."""
    store = ox.Store()
    for source in sources:
        # bulk_extend skips per-call transactions; nothing else writes to this in-memory store.
        store.bulk_extend(source.quads)
    if dpv_dir is not None:
        for name in DPV_FILES:
            path = dpv_dir / name
            if path.exists():
                store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=DPV_GRAPH)
    return store


def check_syntax(query: str) -> None:
    """Raise :class:`QueryError`, located, if ``query`` is not SPARQL 1.1."""
    try:
        ox.Store().query(query, prefixes=_prefixes())
    except SyntaxError as err:
        match = _POSITION.match(str(err))
        if match:
            detail = " ".join(match.group(3).split())
            detail = detail if len(detail) <= 140 else detail[:137] + "..."
            raise QueryError(detail, int(match.group(1)), int(match.group(2))) from None
        raise QueryError(str(err).splitlines()[0]) from None


def _prefixes() -> dict[str, str]:
    """The schema's prefixes, available to every query without PREFIX lines."""
    return {p: ns for p, ns in mapping().info.prefixes.items() if p != "linkml"}


@dataclass
class Result:
    """A query's answer: ``kind`` is ``select``, ``ask`` or ``graph``."""

    kind: str
    text: str


def _run(store: ox.Store, query: str, fmt: str) -> Result:
    answer = store.query(query, prefixes=_prefixes(), use_default_graph_as_union=True)
    if isinstance(answer, ox.QueryBoolean):
        value = bool(answer)
        if fmt == "json":
            return Result("ask", text_of(answer.serialize(format=ox.QueryResultsFormat.JSON)))
        return Result("ask", "true\n" if value else "false\n")
    if isinstance(answer, ox.QueryTriples):
        return Result("graph", text_of(ox.serialize(answer, format=ox.RdfFormat.TURTLE, prefixes=_prefixes())))
    if fmt == "table":
        return Result("select", _table(answer))
    result_format = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}.get(
        fmt, ox.QueryResultsFormat.JSON
    )
    return Result("select", text_of(answer.serialize(format=result_format)))


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return mapping().compact(term.value) or term.value
    if isinstance(term, ox.Literal):
        return term.value + (f"@{term.language}" if term.language else "")
    return str(term)


def _table(solutions: ox.QuerySolutions) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in solutions]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def _child(store: ox.Store, query: str, fmt: str, pipe: multiprocessing.connection.Connection) -> None:
    try:
        pipe.send(("ok", _run(store, query, fmt)))
    except Exception as err:  # noqa: BLE001 - reported to the parent, which decides
        pipe.send(("error", f"{err.__class__.__name__}: {err}"))


def run_query(store: ox.Store, query: str, fmt: str = "table", timeout: float = 60.0) -> Result:
    """Answer ``query`` over ``store`` in ``fmt`` (one of :data:`RESULT_FORMATS`).

    Raises:
        QueryError: the query is not valid SPARQL (located), or failed while running.
        QueryTimeout: it ran longer than ``timeout`` seconds and was stopped.
    """
    check_syntax(query)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_child, args=(store, query, fmt, sender), daemon=True)
    worker.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped (see --timeout)")
        status, payload = receiver.recv()
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
    if status == "error":
        raise QueryError(str(payload))
    return payload

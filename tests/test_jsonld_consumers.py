"""The JSON-LD ``dpvconv convert`` writes, read as people who have never heard of dpvconv read it.

Every example's and every valid test policy's default JSON-LD is read offline by four processors —
rdflib, pyld with its own default document loader while every network connection is refused,
pyoxigraph, and jsonld.js (the reference JavaScript processor, run by node) — and each must give the
same graph as the policy's N-Quads. None of them is handed dpvconv's document loader: the document
carries everything it needs.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld

from .conftest import DATA, EXAMPLES, ROOT, dpvconv, require_tool
from .support.graphs import canonical, nquads_graph

POLICY_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]
JSONLD_JS = ROOT / "tests" / "js"
HOSTED = "https://example.org/contexts/dpvconv.context.jsonld"


class Outputs:
    """Every policy converted by the command line, once per set of options, in folders of a temporary
    directory (created once per module, so every test reads the same files)."""

    def __init__(self, root: Path):
        self.root = root
        self.made: dict[tuple[str, ...], Path] = {}
        self.graphs: dict[str, object] = {}

    def folder(self, *options: str) -> Path:
        if options not in self.made:
            out = self.root / str(len(self.made))
            result = dpvconv("convert", *map(str, POLICY_FILES), *options, "-o", f"{out}/")
            assert result.returncode == 0, result.stderr
            self.made[options] = out
        return self.made[options]

    def jsonld(self, path: Path) -> Path:
        return self.folder("--to", "jsonld") / f"{path.stem}.jsonld"

    def hosted(self, path: Path) -> Path:
        return self.folder("--to", "jsonld", "--context-url", HOSTED) / f"{path.stem}.jsonld"

    def reference(self, stem: str) -> object:
        """The policy's graph as its N-Quads state it (graph names dropped: JSON-LD states triples)."""
        if stem not in self.graphs:
            nquads = (self.folder("--to", "nquads") / f"{stem}.nq").read_text(encoding="utf-8")
            self.graphs[stem] = canonical(nquads_graph(nquads))
        return self.graphs[stem]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    return Outputs(tmp_path_factory.mktemp("converted"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every attempt to open a network connection from this process fails, and is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args[1] if len(args) > 1 else args)
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield attempts


def test_the_default_document_carries_its_context(outputs: Outputs):
    document = json.loads(outputs.jsonld(EXAMPLES / "vimana.yaml").read_text(encoding="utf-8"))
    contexts = document["@context"]
    assert all(isinstance(c, dict) for c in contexts), "every context is written into the document"
    assert contexts[0]["dpv"] == "https://w3id.org/dpv#"


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_rdflib_reads_it(path: Path, outputs: Outputs, no_network: list[object]):
    """Compared with rdflib's own reading of the N-Triples: rdflib may normalise a typed literal's
    lexical form (``"P12M"^^xsd:duration`` as ``"P1Y"``, the same value), the same way for both."""
    graph = rdflib.Graph().parse(outputs.jsonld(path), format="json-ld")
    ntriples = rdflib.Graph().parse(outputs.folder("--to", "ntriples") / f"{path.stem}.nt", format="nt")
    assert len(graph) == sum(outputs.reference(path.stem).values()) and canonical(graph) == canonical(ntriples)
    assert no_network == []


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_pyld_reads_it_with_its_default_loader_offline(path: Path, outputs: Outputs, no_network: list[object]):
    document = json.loads(outputs.jsonld(path).read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})  # pyld's own loader: requests
    assert canonical(nquads_graph(nquads)) == outputs.reference(path.stem)
    assert no_network == []


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
def test_pyoxigraph_reads_it(path: Path, outputs: Outputs):
    triples = ox.parse(outputs.jsonld(path).read_bytes(), format=ox.RdfFormat.JSON_LD)
    assert canonical(triples) == outputs.reference(path.stem)


def jsonld_js(*files: Path) -> dict[str, str]:
    """The N-Quads jsonld.js makes of each file, with a document loader that refuses every URL."""
    node = require_tool("node", "runs jsonld.js, the reference JavaScript JSON-LD processor")
    if not (JSONLD_JS / "node_modules" / "jsonld").is_dir():
        reason = "jsonld.js is not installed; `npm ci --prefix tests/js` installs it (`bash .ci/run` does)"
        if os.environ.get("DPVCONV_REQUIRE_TOOLS") == "1":
            pytest.fail(f"DPVCONV_REQUIRE_TOOLS=1 but {reason}")
        pytest.skip(reason)
    result = subprocess.run(
        [node, str(JSONLD_JS / "to_nquads.mjs"), *map(str, files)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_jsonld_js_reads_every_document_offline(outputs: Outputs):
    files = [outputs.jsonld(path) for path in POLICY_FILES]
    read = jsonld_js(*files)
    for path, file in zip(POLICY_FILES, files, strict=True):
        assert canonical(nquads_graph(read[str(file)])) == outputs.reference(path.stem), path.name


def test_jsonld_js_fails_on_a_document_that_needs_the_network(outputs: Outputs):
    """The check above can fail: a document referring to a hosted context is refused, not fetched."""
    hosted = outputs.hosted(EXAMPLES / "vimana.yaml")
    node = require_tool("node", "runs jsonld.js, the reference JavaScript JSON-LD processor")
    jsonld_js()  # skips or fails as above where jsonld.js is missing
    result = subprocess.run(
        [node, str(JSONLD_JS / "to_nquads.mjs"), str(hosted)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and f"refused to fetch {HOSTED}" in result.stderr


def test_a_document_referring_to_a_hosted_context_states_the_same_graph(outputs: Outputs):
    """``--context-url`` writes a reference instead; served the context ``dpvconv context`` writes,
    a processor reads the same graph."""
    hosted = outputs.hosted(EXAMPLES / "vimana.yaml")
    document = json.loads(hosted.read_text(encoding="utf-8"))
    assert document["@context"][0] == HOSTED
    served = json.loads(dpvconv("context").stdout)

    def loader(url: str, options: object = None) -> dict[str, object]:
        assert url == HOSTED
        return {"contextUrl": None, "documentUrl": url, "document": served}

    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
    assert canonical(nquads_graph(nquads)) == outputs.reference("vimana")

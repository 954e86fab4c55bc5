"""Published pages survive hostile text: every text field of a policy is filled with markup, script
endings, comment openers, entities, bidi and zero-width characters and a ``javascript:`` URL, and the
pages are read back the way a browser and extruct read them."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
import rdflib
import yaml
from click.testing import CliRunner
from pyld import jsonld

from dpvconv.cli import main
from dpvconv.policy.loader import load_text
from dpvconv.policy.schema_info import SlotKind, schema_info
from dpvconv.policy.validate import validate_document
from dpvconv.publish.html import script_json
from dpvconv.publish.page import policy_page
from dpvconv.rdf.jsonld import document_loader
from dpvconv.rdf.mapping import DEFAULT_BASE

from .conftest import DATA
from .support.graphs import canonical, nquads_graph

HOSTILE = (
    '</script><script>alert(1)</script> <!-- "><img src=x onerror=alert(1)> &amp; ]]> '
    "\u202eevil\u202c zero\u200bwidth javascript:alert(1)"
)
LANGUAGES = ("en", "fi", "sv")


def _text_slots(class_name: str) -> tuple[list[str], list[str]]:
    """The slots of a class that hold free text: plain strings, and language maps."""
    info = schema_info()
    plain, maps = [], []
    for name, slot in info.classes[class_name].items():
        if slot.identifier or any(r in info.enums for r in slot.ranges):
            continue
        if slot.ranges == ("LangText",):
            maps.append(name)
        elif slot.ranges == ("string",):
            plain.append(name)
    return plain, maps


def hostile_policy() -> tuple[dict[str, Any], list[str], set[str]]:
    """The minimal example with every text field of every object hostile, each value numbered so a
    test can find it; the values, and the classes the walk visited."""
    data = yaml.safe_load((DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8"))
    # minimal.yaml has no representative: add one, so that every class is walked.
    data["organisations"][0]["representatives"] = [
        {"contact_points": [{"id": "rep-post", "evidence": [{"quote": "x"}]}], "evidence": [{"quote": "x"}]}
    ]
    info = schema_info()
    values: list[str] = []
    visited: set[str] = set()

    def fill(node: dict[str, Any], class_name: str) -> None:
        visited.add(class_name)
        plain, maps = _text_slots(class_name)
        for name in plain:
            node[name] = f"[{len(values)}] {HOSTILE}"
            values.append(node[name])
        for name in maps:
            node[name] = {}
            for lang in LANGUAGES:
                node[name][lang] = f"[{len(values)}] {HOSTILE}"
                values.append(node[name][lang])
        for name, value in list(node.items()):
            slot = info.slot(class_name, name)
            if slot is None or slot.kind is not SlotKind.NESTED:
                continue
            for child in value if isinstance(value, list) else [value]:
                fill(child, slot.target or "")

    fill(data, info.root_class)
    return data, values, visited


@cache
def hostile() -> tuple[dict[str, Any], list[str]]:
    data, values, _ = hostile_policy()
    return data, values


def test_every_class_and_text_field_is_made_hostile():
    data, values, visited = hostile_policy()
    # Every class but the language map itself and the abstract Statement that others extend.
    expected = {name for name in schema_info().classes if name not in ("LangText", "Statement")}
    assert visited == expected
    assert len(values) > 100
    # Still a valid policy: publish refuses invalid ones, and these must be published.
    document = load_text(yaml.safe_dump(data, allow_unicode=True), "hostile.yaml")
    assert validate_document(document) == []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.yaml"
    source.write_text(yaml.safe_dump(hostile()[0], allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(source), "-o", str(folder / "site")])
    assert result.exit_code == 0, result.output
    return folder / "site"


def parse(text: str) -> Element:
    return html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)


def assert_inert(page: Element, scripts: int) -> None:
    """No script but the JSON-LD, no event handler, no javascript: link, no injected element."""
    found = list(page.iter("script"))
    assert len(found) == scripts
    assert all(s.get("type") == "application/ld+json" for s in found)
    for element in page.iter():
        assert not [name for name in element.attrib if name.lower().startswith("on")], element.attrib
        for name in ("href", "src", "action", "formaction"):
            value = "".join((element.get(name) or "").split()).lower()
            assert not value.startswith("javascript:"), (element.tag, value)
    assert not list(page.iter("img"))


@pytest.mark.parametrize("name", ["hostile.html", "index.html"])
def test_pages_stay_inert(site: Path, name: str):
    assert_inert(parse((site / name).read_text(encoding="utf-8")), 1 if name == "hostile.html" else 0)


def test_hostile_texts_are_shown_as_text(site: Path):
    """Every English and Finnish value is on the page as text (Swedish ones only in the JSON-LD)."""
    page = parse((site / "hostile.html").read_text(encoding="utf-8"))
    shown = "".join(page.find("body").itertext())
    data, values = hostile()
    missing = [v for v in values if v not in shown and not _only_swedish(data, v)]
    assert missing == []
    index = "".join(parse((site / "index.html").read_text(encoding="utf-8")).find("body").itertext())
    assert data["organisations"][0]["name"] in index


def _only_swedish(node: Any, value: str) -> bool:
    if isinstance(node, dict):
        if node.get("sv") == value:
            return True
        return any(_only_swedish(v, value) for v in node.values())
    if isinstance(node, list):
        return any(_only_swedish(v, value) for v in node)
    return False


def test_extruct_reads_the_hostile_strings_back_exactly(site: Path):
    import extruct

    html = (site / "hostile.html").read_text(encoding="utf-8")
    items = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
    assert len(items) == 1
    graph = rdflib.Graph().parse(data=json.dumps(items[0]), format="json-ld")
    result = CliRunner().invoke(main, ["convert", str(site.parent / "hostile.yaml"), "--to", "jsonld"])
    assert result.exit_code == 0, result.output
    nquads = jsonld.to_rdf(
        json.loads(result.output), {"format": "application/n-quads", "documentLoader": document_loader}
    )
    assert canonical(graph) == canonical(nquads_graph(nquads))
    literals = {str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)}
    assert set(hostile()[1]) <= literals


def test_script_json_keeps_the_value_and_cannot_close_the_script():
    document = {"a": HOSTILE, "b": ["<!--", "-->", "</SCRIPT >", "&lt;", "\\</script>"]}
    text = script_json(json.dumps(document, ensure_ascii=False))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == document


def test_unsafe_web_addresses_never_become_links():
    """Validation refuses a javascript: URL; the page does not rely on that and shows it as text."""
    data = copy.deepcopy(hostile()[0])
    data["url"] = "javascript:alert(1)"
    data["organisations"][0]["homepage"] = "JaVaScRiPt:alert(document.cookie)"
    data["technologies"][0]["url"] = "data:text/html,<script>alert(1)</script>"
    data["scope"][0]["url"] = " javascript:alert(1)"
    document = load_text(yaml.safe_dump(data, allow_unicode=True), "hostile.yaml")
    assert any("WebAddress" in d.message for d in validate_document(document))
    page = parse(policy_page(data, "hostile", DEFAULT_BASE))
    assert_inert(page, 1)
    hrefs = {a.get("href") for a in page.iter("a")}
    assert not [h for h in hrefs if h and h.lower().lstrip().startswith(("javascript:", "data:"))]
    shown = "".join(page.find("body").itertext())
    for address in ("javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", "data:text/html,<script>"):
        assert address in shown

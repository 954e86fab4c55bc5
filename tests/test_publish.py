"""``dpvconv publish``: the site a visitor gets, read back the way a browser and a structured-data
consumer (extruct) read it."""

from __future__ import annotations

import itertools
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
from dpvconv.policy.labels import concept_label, slot_label
from dpvconv.policy.schema_info import SlotKind
from dpvconv.publish.page import policy_page
from dpvconv.publish.site import MARKER
from dpvconv.publish.strings import UI
from dpvconv.publish.views import View
from dpvconv.rdf.jsonld import document_loader
from dpvconv.rdf.mapping import DEFAULT_BASE, mapping

from .conftest import DATA, EXAMPLES, POLICIES
from .support.graphs import canonical
from .support.pages import element_text

STEMS = sorted(POLICIES)
SECTION_KEYS = ["about", "who", "data", "purposes", "legal", "recipients", "retention", "where", "safeguards"]
SECTION_KEYS += ["technologies", "rights", "not_done", "contact", "linked_data"]
ROW_KEYS = [
    "row_purposes",
    "row_data",
    "row_legal",
    "row_recipients",
    "row_transfers",
    "row_retention",
    "row_rights",
    "row_not_done",
]


def publish(*args: str) -> Any:
    return CliRunner().invoke(main, ["publish", *args])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("publish") / "site"
    result = publish(str(EXAMPLES), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


@cache
def parse(path: Path) -> Element:
    """The page as a browser's parser builds it (html5lib implements the HTML standard's parsing).

    Cached: the site under test is written once per module and only read afterwards."""
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)


def parse_text(html: str) -> Element:
    return html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)


def view(page: Element, lang: str) -> Element:
    found = page.find(f".//article[@id='{lang}']")
    assert found is not None, f"no view for {lang}"
    return found


@cache
def convert_graph(path: Path) -> rdflib.Graph:
    """The graph of ``dpvconv convert --to jsonld``, expanded offline with the bundled context."""
    result = CliRunner().invoke(main, ["convert", str(path), "--to", "jsonld"])
    assert result.exit_code == 0, result.output
    nquads = jsonld.to_rdf(
        json.loads(result.output), {"format": "application/n-quads", "documentLoader": document_loader}
    )
    return rdflib.Graph().parse(data=nquads, format="nt")


def policy_data(stem: str) -> dict[str, Any]:
    return yaml.safe_load((EXAMPLES / f"{stem}.yaml").read_text(encoding="utf-8"))


def test_six_pages_and_their_files(site: Path):
    pages = sorted(p.name for p in site.glob("*.html"))
    assert pages == sorted(["index.html", *(f"{stem}.html" for stem in STEMS)])
    for stem in STEMS:
        assert (site / f"{stem}.jsonld").is_file() and (site / f"{stem}.ttl").is_file()
    assert (site / "style.css").read_text(encoding="utf-8").strip()
    assert (site / MARKER).is_file()


@pytest.mark.parametrize("stem", STEMS)
def test_policy_page_has_both_languages_with_their_headings(site: Path, stem: str):
    page = parse(site / f"{stem}.html")
    notice_lang = policy_data(stem)["languages"][0]
    assert page.get("lang") == notice_lang  # the page opens in the notice's own language
    for lang in ("fi", "en"):
        article = view(page, lang)
        assert article.get("lang") == lang
        headings = [element_text(h) for h in article.iter("h2")]
        assert headings == [UI[key][lang] for key in SECTION_KEYS]
        assert [a.get("href") for a in article.iter("a") if a.get("href") == f"index.html#{lang}"]
    switch = [a for a in page.iter("a") if a.get("hreflang")]
    assert [(a.get("href"), a.get("lang")) for a in switch] == [("#fi", "fi"), ("#en", "en")]


def outside_the_views(page: Element) -> list[Element]:
    """The elements of the page's body that are not in a language view (<article class="view">)."""
    inside = {
        id(e) for article in page.iter("article") if "view" in article.get("class", "").split() for e in article.iter()
    }
    return [e for e in page.find("body").iter() if id(e) not in inside]


@pytest.mark.parametrize("name", ["index", *STEMS])
def test_everything_outside_the_views_is_written_in_each_language(site: Path, name: str):
    """The site's name, the switch's label and the embed snippet's heading stand outside the articles:
    each is there once per language, marked with its lang for the style sheet to show the view's."""
    page = parse(site / f"{name}.html")
    following = [e for e in outside_the_views(page) if "follows-view" in e.get("class", "").split()]
    by_lang = {lang: [e for e in following if e.get("lang") == lang] for lang in ("fi", "en")}
    assert len(following) == sum(len(found) for found in by_lang.values())  # each has one of the languages
    for lang, found in by_lang.items():
        assert [element_text(e) for e in found][:2] == [UI["site_title"][lang], UI["language_switch"][lang]]
        [site_name] = [e for e in found if e.tag == "a"]
        assert site_name.get("href") == f"index.html#{lang}"
    # Every word outside the views is in one of those parts, or is the switch (each link in its own
    # language) or the snippet (code, in no language).
    for element in outside_the_views(page):
        own = ((element.text or "") + "".join(child.tail or "" for child in element)).strip()
        if own and element.tag not in ("title", "script", "style"):
            assert _marked_language(page, element), f"{name}.html: {element.tag} {own[:40]!r} is in no view's language"


def _marked_language(page: Element, element: Element) -> bool:
    parents = {child: parent for parent in page.iter() for child in parent}
    node: Element | None = element
    while node is not None:
        if "follows-view" in node.get("class", "").split() or node.get("hreflang") or node.get("translate") == "no":
            return True
        node = parents.get(node)
    return False


@pytest.mark.parametrize(
    ("stem", "names"), [("vimana", {"fi": "englanti", "en": "English"}), ("inmics", {"fi": "suomi", "en": "Finnish"})]
)
def test_notice_language_is_named_in_the_views_language(site: Path, stem: str, names: dict[str, str]):
    page = parse(site / f"{stem}.html")
    [tag] = policy_data(stem)["languages"]
    for lang, expected in names.items():
        [shown] = [dd for dt, dd in _rows(view(page, lang)) if element_text(dt) == _languages_label(lang)]
        assert element_text(shown) == expected
        assert shown.find("data").get("value") == tag  # the BCP 47 tag stays in the page


def _rows(element: Element) -> list[tuple[Element, Element]]:
    rows = []
    for dl in element.iter("dl"):
        children = list(dl)
        rows += [(dt, dd) for dt, dd in itertools.pairwise(children) if dt.tag == "dt" and dd.tag == "dd"]
    return rows


def _languages_label(lang: str) -> str:
    """The row that names the notice's languages is headed with the schema's label of the slot."""
    return slot_label("languages", lang, "PrivacyNotice").text


def test_language_names_cover_the_languages_the_schema_allows():
    """LangText's attributes are the languages a notice's texts can be in; the site names each of them,
    in each of its languages, by the attribute's label in the schema."""
    allowed = set(mapping().info.classes["LangText"])
    assert allowed == {"fi", "en", "sv"}
    for lang in ("fi", "en"):
        names = {View(lang).language_name(code) for code in allowed}
        assert None not in names and len(names) == len(allowed)
    assert View("fi").language_name("en") == "englanti" and View("en").language_name("sv-FI") == "Swedish (sv-FI)"


def test_a_language_without_a_name_is_shown_as_its_tag():
    data = yaml.safe_load((DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8"))
    data["languages"] = ["sv-FI", "de-AT", "EN"]
    page = parse_text(policy_page(data, "minimal", DEFAULT_BASE))
    for lang, expected in (("fi", "ruotsi (sv-FI), de-AT, englanti"), ("en", "Swedish (sv-FI), de-AT, English")):
        [shown] = [dd for dt, dd in _rows(view(page, lang)) if element_text(dt) == _languages_label(lang)]
        assert element_text(shown) == expected
        assert [c.text for c in shown.iter("code")] == ["de-AT"]
        assert [d.get("value") for d in shown.iter("data")] == ["sv-FI", "EN"]


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_on_the_page_in_both_views(site: Path, stem: str):
    data = policy_data(stem)
    quotes: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            quotes.update(e["quote"] for e in node.get("evidence") or [])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    page = parse(site / f"{stem}.html")
    for lang in ("fi", "en"):
        shown = view(page, lang).findall(".//details/blockquote")
        assert {element_text(q) for q in shown} == quotes
        assert all(q.get("id") for q in shown)
        # Quotes are in the notice's language; in the other view they say so.
        assert {q.get("lang") for q in shown} == ({None} if lang == data["languages"][0] else {data["languages"][0]})


@pytest.mark.parametrize("stem", STEMS)
def test_concepts_carry_schema_labels_and_link_to_dpv(site: Path, stem: str):
    page = parse(site / f"{stem}.html")
    iris = {mapping().expand(c): c for c in _curies(policy_data(stem))}
    for lang in ("fi", "en"):
        links = [a for a in view(page, lang).iter("a") if a.get("href") in iris]
        assert {a.get("href") for a in links} == set(iris)
        for a in links:
            label = concept_label(iris[a.get("href")], lang)
            assert element_text(a) == label.text
            assert a.get("lang") == (label.lang if label.lang != lang else None)


def _curies(node: Any) -> set[str]:
    info = mapping().info
    found: set[str] = set()

    def walk(value: Any, class_name: str) -> None:
        for key, item in value.items():
            slot = info.slot(class_name, key)
            if slot is None:
                continue
            values = item if isinstance(item, list) else [item]
            if slot.kind in (SlotKind.CONCEPT, SlotKind.TYPES):
                found.update(values)
            elif slot.kind is SlotKind.NESTED:
                for child in values:
                    walk(child, slot.target or "")

    walk(node, info.root_class)
    return found


def test_texts_missing_in_a_language_are_shown_in_their_own(site: Path):
    """Vimana's notice is English only: its Finnish view shows the English texts, marked as English."""
    data = policy_data("vimana")
    assert set(data["description"]) == {"en"}
    fi = view(parse(site / "vimana.html"), "fi")
    paragraph = next(p for p in fi.iter("p") if element_text(p) == data["description"]["en"])
    assert paragraph.get("lang") == "en"
    assert element_text(fi.find(".//h1")) == data["title"]["en"]
    assert fi.find(".//h1/span").get("lang") == "en"


@pytest.mark.parametrize("stem", STEMS)
def test_download_links_point_at_files_with_the_converted_graph(site: Path, stem: str):
    page = parse(site / f"{stem}.html")
    downloads = {a.get("href") for a in page.iter("a") if a.get("download") is not None}
    assert downloads == {f"{stem}.jsonld", f"{stem}.ttl"}
    expected = convert_graph(EXAMPLES / f"{stem}.yaml")
    # The download states its context in full, so any JSON-LD processor reads it offline.
    document = json.loads((site / f"{stem}.jsonld").read_text(encoding="utf-8"))
    assert isinstance(document["@context"][0], dict)
    assert canonical(rdflib.Graph().parse(site / f"{stem}.jsonld", format="json-ld")) == canonical(expected)
    assert canonical(rdflib.Graph().parse(site / f"{stem}.ttl", format="turtle")) == canonical(expected)


@pytest.mark.parametrize("stem", STEMS)
def test_extruct_reads_the_same_graph_as_convert(site: Path, stem: str):
    import extruct

    html = (site / f"{stem}.html").read_text(encoding="utf-8")
    items = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
    assert len(items) == 1
    graph = rdflib.Graph().parse(data=json.dumps(items[0]), format="json-ld")
    assert canonical(graph) == canonical(convert_graph(EXAMPLES / f"{stem}.yaml"))


@pytest.mark.parametrize("stem", STEMS)
def test_embed_snippet_is_the_pages_own_script_once(site: Path, stem: str):
    """The snippet is the same in both languages, so the page has it once, after the views, with its
    heading and help in each language."""
    page = parse(site / f"{stem}.html")
    scripts = [s for s in page.iter("script")]
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    for lang in ("fi", "en"):
        assert view(page, lang).find(".//pre") is None
    [snippet] = page.findall(".//pre")
    assert element_text(snippet) == f'<script type="application/ld+json">\n{scripts[0].text.lstrip()}</script>'
    main = page.find(".//main")
    block = next(child for child in main if snippet in child.iter())
    assert [child.tag for child in main] == ["article", "article", "section"] and main[-1] is block
    for lang in ("fi", "en"):
        [part] = [e for e in block if e.get("lang") == lang and "follows-view" in e.get("class", "")]
        assert [element_text(e) for e in part] == [UI["embed"][lang], UI["embed_help"][lang]]
        assert part[0].tag == "h2"


def test_index_compares_the_companies_row_by_row(site: Path):
    page = parse(site / "index.html")
    companies = []
    for stem in STEMS:
        data = policy_data(stem)
        companies.append(next(o["name"] for o in data["organisations"] if o["id"] == data["controller"]))
    for lang in ("fi", "en"):
        table = view(page, lang).find(".//table")
        header = [element_text(th) for th in table.findall("./thead/tr/th")]
        assert header == [UI["topic"][lang], *companies]
        assert all(th.get("scope") == "col" for th in table.findall("./thead/tr/th"))
        rows = table.findall("./tbody/tr")
        assert [element_text(r.find("th")) for r in rows] == [UI[key][lang] for key in ROW_KEYS]
        assert all(r.find("th").get("scope") == "row" for r in rows)


def _mentions(node: Any, key: str) -> bool:
    if isinstance(node, dict):
        return bool(node.get(key)) or any(_mentions(v, key) for v in node.values())
    if isinstance(node, list):
        return any(_mentions(v, key) for v in node)
    return False


def test_index_says_not_stated_where_a_notice_is_silent(site: Path):
    """Vimana's notice says nothing about transfers; the others do."""
    silent = [stem for stem in STEMS if not _mentions(policy_data(stem), "transfers")]
    assert "vimana" in silent
    page = parse(site / "index.html")
    for lang in ("fi", "en"):
        row = view(page, lang).findall(".//table/tbody/tr")[ROW_KEYS.index("row_transfers")]
        for stem, cell in zip(STEMS, row.findall("td"), strict=True):
            if stem in silent:
                assert element_text(cell).strip() == UI["not_stated"][lang]
                assert cell.find(".//a") is None
            else:
                assert UI["not_stated"][lang] not in element_text(cell)
                assert all(a.get("href").startswith(f"{stem}.html#{lang}-transfers-") for a in cell.iter("a"))


def test_every_link_on_the_site_resolves(site: Path):
    """Every in-site link names a file of the site and, where it has one, an id on that page."""
    ids = {p.name: {e.get("id") for e in parse(p).iter() if e.get("id")} for p in site.glob("*.html")}
    checked = 0
    for name in ids:
        for a in parse(site / name).iter("a"):
            href = a.get("href") or ""
            if href.startswith(("https://", "http://", "mailto:", "tel:")):
                continue
            file, _, fragment = href.partition("#")
            target = file or name
            assert (site / target).is_file(), f"{name}: {href}"
            if fragment:
                assert fragment in ids[target], f"{name}: {href}"
            checked += 1
    assert checked > 1000


def test_index_links_each_entry_to_a_statement_with_quotes(site: Path):
    page = parse(site / "index.html")
    pages = {stem: parse(site / f"{stem}.html") for stem in STEMS}
    for lang in ("fi", "en"):
        for cell in view(page, lang).iter("td"):
            for a in cell.iter("a"):
                stem, _, fragment = a.get("href").partition(".html#")
                target = next(e for e in pages[stem].iter() if e.get("id") == fragment)
                assert target.findall(".//blockquote"), a.get("href")


def test_publishing_twice_gives_the_same_bytes(site: Path, tmp_path: Path):
    again = tmp_path / "again"
    assert publish(str(EXAMPLES), "-o", str(again)).exit_code == 0
    names = sorted(p.name for p in site.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (site / name).read_bytes() == (again / name).read_bytes(), name


def test_publishing_again_replaces_the_site(tmp_path: Path):
    out = tmp_path / "site"
    assert publish(str(EXAMPLES), "-o", str(out)).exit_code == 0
    (out / "stale.html").write_text("old", encoding="utf-8")
    result = publish(str(EXAMPLES / "vimana.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MARKER, "dpvconv.vocab.ttl", "index.html", "style.css", "vimana.html", "vimana.jsonld", "vimana.ttl"]
    )
    assert not [p for p in tmp_path.iterdir() if p.name != "site"]  # no staging folder left behind


def test_no_inputs_is_a_usage_error(tmp_path: Path):
    result = publish("-o", str(tmp_path / "site"))
    assert result.exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = publish(str(empty), "-o", str(tmp_path / "site"))
    assert result.exit_code == 2
    assert "no policy files" in result.output
    assert not (tmp_path / "site").exists()


def test_invalid_policy_is_located_and_nothing_is_written(tmp_path: Path):
    bad = DATA / "invalid" / "Process-enum-unknown-purpose.yaml"
    result = publish(str(EXAMPLES / "vimana.yaml"), str(bad), "-o", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert f"{bad}:56:16: error: 'dpv:DirectMarketting' is not a known value" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_output_over_an_input_is_refused(tmp_path: Path):
    policy = tmp_path / "vimana.yaml"
    policy.write_bytes((EXAMPLES / "vimana.yaml").read_bytes())
    before = policy.read_bytes()
    for target in (policy, tmp_path):  # the input itself, and a folder that holds it
        result = publish(str(policy), "-o", str(target))
        assert result.exit_code == 2, result.output
        assert "refusing to publish over an input" in result.output
    result = publish(str(policy), "-o", str(tmp_path), "--force")
    assert result.exit_code == 2
    assert policy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vimana.yaml"]


def test_a_folder_dpvconv_did_not_make_needs_force(tmp_path: Path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    result = publish(str(EXAMPLES / "vimana.yaml"), "-o", str(out))
    assert result.exit_code == 2
    assert "--force" in result.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    result = publish(str(EXAMPLES / "vimana.yaml"), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert not (out / "notes.txt").exists() and (out / "vimana.html").is_file()


def test_two_inputs_with_one_name_are_refused(tmp_path: Path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notice.yaml").write_bytes((EXAMPLES / "vimana.yaml").read_bytes())
    result = publish(str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(tmp_path / "site"))
    assert result.exit_code == 2
    assert "notice.html" in result.output and "rename" in result.output


def test_the_current_folder_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    for target in (".", ".."):
        result = publish(str(EXAMPLES / "vimana.yaml"), "-o", target, "--force")
        assert result.exit_code == 2
        assert "current folder" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["here"] and not list(here.iterdir())

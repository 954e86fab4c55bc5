"""The published site as a visitor sees it: served on 127.0.0.1 and loaded in Debian's headless Chromium.

The first tests prove the harness (scripts/browser.py) on a small page written here: that JavaScript is
really off, that a request leaving the server is caught, that axe-core reports what it should. The
rest load the site that ``dpvconv publish examples/`` makes.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
import yaml
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, expect
from pyld import jsonld

from dpvconv.cli import main
from dpvconv.publish.strings import ui
from dpvconv.rdf.jsonld import document_loader
from scripts.browser import (
    chromium,
    describe_violations,
    embedded_jsonld,
    executable_scripts,
    serve,
    severe_violations,
    visit,
)

from .conftest import EXAMPLES, ROOT, require_tool
from .support.graphs import canonical

pytestmark = pytest.mark.slow  # drives a real browser: about a minute for the module

LANGUAGES = ("fi", "en")


def view(lang: str) -> str:
    """The selector of a page's view in ``lang``: each language is one child of <main> that carries it."""
    return f'main > [lang="{lang}"]'


def switch(lang: str) -> str:
    """The selector of the language switch's link to ``lang``."""
    return f'nav a[hreflang="{lang}"]'


def other(lang: str) -> str:
    [rest] = [code for code in LANGUAGES if code != lang]
    return rest


def visible_headings(page: Page) -> list[str]:
    """The texts of the h1 and h2 headings a visitor can see (display: none ones are left out)."""
    return page.locator("main :is(h1, h2):visible").all_inner_texts()


# A page that does everything right: two languages switched by CSS :target, no script but JSON-LD.
GOOD_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harness: good page</title>
<style>
  #fi { display: none; }
  #fi:target { display: block; }
  #fi:target ~ #en { display: none; }
</style>
<script type="application/ld+json">{"@context": {"name": "https://schema.org/name"}, "name": "Esimerkki Oy"}</script>
</head>
<body>
<header><nav aria-label="Language"><a href="#fi" hreflang="fi" lang="fi">suomeksi</a>
<a href="#en" hreflang="en" lang="en">in English</a></nav></header>
<main>
<section id="fi" lang="fi"><h1>Kuka käsittelee tietojasi</h1><p>Esimerkki Oy</p></section>
<section id="en" lang="en"><h1>Who processes your data</h1><p>Esimerkki Oy</p></section>
</main>
</body>
</html>
"""

# A page that does three things wrong: runs a script, requests an image from off the site (TEST-NET-3,
# an address that is never routed, and the harness aborts the request anyway) and has no alt text.
BAD_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harness: bad page</title></head>
<body>
<main>
<h1>Bad page</h1>
<img src="http://203.0.113.7/tracker.png" width="1" height="1">
<p id="marker">static text</p>
<script>document.getElementById("marker").textContent = "script ran";</script>
</main>
</body>
</html>
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = require_tool("chromium", "renders the published site as a visitor's browser would")
    with chromium(executable) as launched:
        yield launched


@pytest.fixture(scope="module")
def harness_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("harness-site")
    (root / "good.html").write_text(GOOD_PAGE, encoding="utf-8")
    (root / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    with serve(root) as base_url:
        yield base_url


def test_harness_runs_no_script_with_javascript_off(browser: Browser, harness_site: str):
    with visit(browser, harness_site, javascript=False) as site:
        page = site.open("bad.html")
        assert page.inner_text("#marker") == "static text"
        assert executable_scripts(page) == 1
    with visit(browser, harness_site, javascript=True) as site:
        assert site.open("bad.html").inner_text("#marker") == "script ran"


def test_harness_catches_and_blocks_requests_off_the_site(browser: Browser, harness_site: str):
    with visit(browser, harness_site, javascript=False) as site:
        site.open("good.html")
        assert site.offsite_requests() == []
        assert site.requests == [harness_site + "good.html"]
        page = site.open("bad.html")
        assert site.offsite_requests() == ["http://203.0.113.7/tracker.png"]
        # The image was aborted, not fetched: the browser reports it as not loaded.
        assert page.eval_on_selector("img", "img => img.complete && img.naturalWidth === 0")


def test_harness_axe_reports_severe_violations_with_rule_impact_and_target(browser: Browser, harness_site: str):
    with visit(browser, harness_site, javascript=True) as site:
        assert severe_violations(site.open("good.html")) == []
        violations = severe_violations(site.open("bad.html"))
    report = describe_violations(violations)
    assert "image-alt (critical)" in report
    assert "at img" in report


def test_harness_switches_language_without_javascript_and_reads_json_ld(browser: Browser, harness_site: str):
    with visit(browser, harness_site, javascript=False) as site:
        page = site.open("good.html")
        assert page.is_visible(view("en")) and not page.is_visible(view("fi"))
        assert visible_headings(page) == ["Who processes your data"]
        assert "Kuka käsittelee tietojasi" not in page.inner_text("body")
        page.click(switch("fi"))
        assert page.is_visible(view("fi")) and not page.is_visible(view("en"))
        assert visible_headings(page) == ["Kuka käsittelee tietojasi"]
        assert "Who processes your data" not in page.inner_text("body")
        [block] = embedded_jsonld(page)
    assert json.loads(block)["name"] == "Esimerkki Oy"


def test_harness_fails_on_a_page_the_server_does_not_have(browser: Browser, harness_site: str):
    with visit(browser, harness_site, javascript=False) as site, pytest.raises(AssertionError, match="404"):
        site.open("missing.html")


# --- The site published from examples/ ------------------------------------------------------------

POLICY_STEMS = sorted(path.stem for path in EXAMPLES.glob("*.yaml"))
PAGES = ["index", *POLICY_STEMS]

# The sections the issue asks every policy page for: who, what data, why, on what legal basis, to
# whom, for how long, where, safeguards, rights and how to use them, contact. The wording is the
# publisher's own (dpvconv.publish.strings), in each language.
POLICY_SECTIONS = (
    "who",
    "data",
    "purposes",
    "legal",
    "recipients",
    "retention",
    "where",
    "safeguards",
    "rights",
    "contact",
)
INDEX_SECTIONS = ("compare_title",)


def company_name(stem: str) -> str:
    """The controller's name, read from the policy file (not from the publisher's code)."""
    policy = yaml.safe_load((EXAMPLES / f"{stem}.yaml").read_text(encoding="utf-8"))
    [name] = [org["name"] for org in policy["organisations"] if org["id"] == policy["controller"]]
    return str(name)


def companies_on(name: str) -> list[str]:
    return [company_name(stem) for stem in POLICY_STEMS] if name == "index" else [company_name(name)]


def headings(name: str, lang: str) -> set[str]:
    return {ui(key, lang) for key in (INDEX_SECTIONS if name == "index" else POLICY_SECTIONS)}


def remote_contexts(node: Any) -> list[str]:
    """Every ``@context`` in a JSON-LD document that is a URL (to be fetched) rather than written in."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                found += [c for c in (value if isinstance(value, list) else [value]) if isinstance(c, str)]
            found += remote_contexts(value)
    elif isinstance(node, list):
        for item in node:
            found += remote_contexts(item)
    return found


def converted_graph(stem: str) -> rdflib.Graph:
    """The graph of ``dpvconv convert --to jsonld`` of the policy, expanded offline by pyld."""
    result = CliRunner().invoke(main, ["convert", str(EXAMPLES / f"{stem}.yaml"), "--to", "jsonld"])
    assert result.exit_code == 0, result.output
    nquads = jsonld.to_rdf(
        json.loads(result.stdout), {"format": "application/n-quads", "documentLoader": document_loader}
    )
    return rdflib.Graph().parse(data=nquads, format="nt")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site_dir = tmp_path_factory.mktemp("published") / "site"
    result = CliRunner().invoke(main, ["publish", str(EXAMPLES), "-o", str(site_dir)])
    assert result.exit_code == 0, result.output
    assert sorted(path.stem for path in site_dir.glob("*.html")) == sorted(PAGES)
    with serve(site_dir) as base_url:
        yield base_url


@pytest.mark.parametrize("name", PAGES)
def test_page_reads_in_both_languages_without_javascript(browser: Browser, site_url: str, name: str):
    with visit(browser, site_url, javascript=False) as site:
        page = site.open(f"{name}.html")
        assert executable_scripts(page) == 0, "the site's pages must work without JavaScript"
        opening = page.get_attribute("html", "lang")
        assert opening in LANGUAGES
        # The view the page opens in, then the other one through the switch, then back again.
        for step, lang in enumerate((opening, other(opening), opening)):
            if step:
                page.click(switch(lang))
            assert page.is_visible(view(lang)), f"{name}: the {lang} view is hidden after choosing {lang}"
            assert not page.is_visible(view(other(lang))), f"{name}: the {other(lang)} view shows with {lang}"
            shown = set(visible_headings(page))
            assert headings(name, lang) <= shown, f"{name} ({lang}) lacks {headings(name, lang) - shown}"
            assert not headings(name, other(lang)) & shown, f"{name} ({lang}) shows {other(lang)} headings"
            text = page.inner_text("body")
            for company in companies_on(name):
                assert company in text, f"{name} ({lang}): {company} is not on the page"
            assert_outside_the_views_follows(page, name, lang)
        assert site.requests[0] == f"{site_url}{name}.html" and f"{site_url}style.css" in site.requests
        assert site.offsite_requests() == [], f"{name}.html asked for addresses off 127.0.0.1 (blocked)"


def assert_outside_the_views_follows(page: Page, name: str, lang: str) -> None:
    """What stands outside the articles (the site's name, the switch's label, the embed snippet's
    heading) shows in the view's language only."""
    header = page.inner_text("header")
    assert ui("site_title", lang) in header, f"{name} ({lang}): the site's name is not in {lang}"
    assert ui("site_title", other(lang)) not in header, f"{name} ({lang}): the site's name shows in {other(lang)}"
    expect(page.locator("nav.languages")).to_have_accessible_name(ui("language_switch", lang))
    if name != "index":
        shown = set(page.locator("main > :not(.view) :is(h1, h2):visible").all_inner_texts())
        assert shown == {ui("embed", lang)}, f"{name} ({lang}): the embed snippet is headed {shown}"
    # Nothing visible outside the views is marked as another language; the switch's links are each in
    # their own language by design.
    visible = page.locator("body [lang]:not(main > .view, main > .view *, nav a[hreflang]):visible")
    marked = visible.evaluate_all("found => found.map(e => e.lang)")
    assert marked and set(marked) == {lang}, f"{name} ({lang}): visible outside the views: {marked}"


def test_a_link_into_a_view_opens_it_with_everything_around_it(browser: Browser, site_url: str):
    """An address that targets a statement (``inmics.html#en-rights-0``, as the comparison links)
    shows that statement's view, and the header and snippet heading in its language, without a click."""
    with visit(browser, site_url, javascript=False) as site:
        page = site.open("inmics.html#en-rights-0")
        assert page.get_attribute("html", "lang") == "fi"  # the page opens in Finnish otherwise
        assert page.is_visible("#en-rights-0") and not page.is_visible(view("fi"))
        assert_outside_the_views_follows(page, "inmics", "en")


@pytest.mark.parametrize("stem", POLICY_STEMS)
def test_embedded_json_ld_is_the_graph_convert_writes(browser: Browser, site_url: str, stem: str):
    with visit(browser, site_url, javascript=False) as site:
        blocks = embedded_jsonld(site.open(f"{stem}.html"))
        assert site.offsite_requests() == [], f"{stem}.html asked for addresses off 127.0.0.1 (blocked)"
    assert len(blocks) == 1, f"{stem}.html: {len(blocks)} JSON-LD blocks, expected one"
    document = json.loads(blocks[0])
    # A page's JSON-LD must carry its context: a consumer should not have to fetch anything.
    assert remote_contexts(document) == []
    embedded = canonical(rdflib.Graph().parse(data=blocks[0], format="json-ld"))
    expected = canonical(converted_graph(stem))
    assert embedded == expected, (
        f"{stem}.html: the embedded JSON-LD is not the graph of convert: {len(embedded)} triples against "
        f"{len(expected)}; only on the page: {sorted(embedded - expected)[:3]}; "
        f"only from convert: {sorted(expected - embedded)[:3]}"
    )


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_nothing_serious_or_critical(browser: Browser, site_url: str, name: str):
    with visit(browser, site_url, javascript=True) as site:
        page = site.open(f"{name}.html")
        # The style sheet prints every language view; emulating print media lets one axe pass check
        # both languages (a hidden view is skipped by axe). Make sure that premise holds.
        page.emulate_media(media="print")
        assert all(page.is_visible(view(lang)) for lang in LANGUAGES), f"{name}: print shows one language only"
        violations = severe_violations(page)
        assert site.offsite_requests() == [], f"{name}.html asked for addresses off 127.0.0.1 (blocked)"
    assert violations == [], f"{name}.html:\n{describe_violations(violations)}"


# --- The screenshot step -----------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_screenshot_script_writes_a_full_page_png_per_page_and_language(tmp_path: Path):
    require_tool("chromium", "takes the screenshots")
    site = tmp_path / "site"
    site.mkdir()
    (site / "good.html").write_text(GOOD_PAGE, encoding="utf-8")
    out = tmp_path / "shots"
    script = ROOT / "scripts" / "screenshot_site.py"
    result = subprocess.run(
        [sys.executable, str(script), "--site", str(site), "-o", str(out), "--width", "800"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shots = {path.name: path.read_bytes() for path in out.iterdir()}
    assert sorted(shots) == ["good.en.png", "good.fi.png"]
    for data in shots.values():
        assert data.startswith(PNG_SIGNATURE)
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
        assert width == 800 and height > 0
    assert shots["good.en.png"] != shots["good.fi.png"], "both languages gave the same picture"

    # An output folder inside the site would be published with it: refused, nothing written.
    inside = subprocess.run(
        [sys.executable, str(script), "--site", str(site), "-o", str(site / "shots")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert inside.returncode == 2
    assert "inside the site" in inside.stderr and "Traceback" not in inside.stderr
    assert not (site / "shots").exists()

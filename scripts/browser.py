"""A visitor's browser for the published site: a local web server and Debian's headless Chromium.

The browser tests (tests/test_site_browser.py) and the screenshot step (scripts/screenshot_site.py)
share this harness. It serves a folder on 127.0.0.1, drives the system's ``chromium`` through
Playwright (never a browser Playwright downloads), confines every page to the local server, and asks
axe-core (bundled with axe-playwright-python) for accessibility violations.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, Route, sync_playwright

# The flags the issue asks for, plus the ones that keep a fresh profile from phoning home
# (first-run pages, component updates, sync, QUIC probes). Playwright adds --headless and
# --no-sandbox itself; they are listed anyway so the command line says what the issue says.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
)

# URL schemes a page may use without making a network request.
LOCAL_SCHEMES = ("data:", "about:", "blob:")

# axe-core's impact levels that fail the site; "minor" and "moderate" are reported by axe but tolerated.
SEVERE_IMPACTS = ("serious", "critical")


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr, which would bury test output."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` over HTTP on 127.0.0.1 on a free port; yields the base URL (ending in ``/``)."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=f"serve {root}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def chromium(executable: str) -> Iterator[Browser]:
    """Launch the Chromium at ``executable`` headless through Playwright; closed on exit."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=list(CHROMIUM_FLAGS))
        try:
            yield browser
        finally:
            browser.close()


class Visit:
    """A browser context confined to one local site.

    Every request any page makes is recorded; one that would leave the site is aborted before it goes
    out, so a page that links a web font or a tracker fails the test without touching the network.
    """

    def __init__(self, context: BrowserContext, base_url: str):
        self.context = context
        self.base_url = base_url
        self.requests: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        context.route("**/*", self._confine)

    def is_local(self, url: str) -> bool:
        """Whether ``url`` stays on the local server (or needs no network at all)."""
        return url.startswith(self.base_url) or url.startswith(LOCAL_SCHEMES)

    def _confine(self, route: Route) -> None:
        if self.is_local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def offsite_requests(self) -> list[str]:
        """The recorded requests that tried to leave the local server."""
        return [url for url in self.requests if not self.is_local(url)]

    def open(self, path: str) -> Page:
        """A new page showing ``path`` (relative to the site's base URL), fully loaded."""
        page = self.context.new_page()
        response = page.goto(self.base_url + path, wait_until="load")
        if response is None or not response.ok:
            status = response.status if response else "no response"
            raise AssertionError(f"{self.base_url + path}: {status}")
        return page


@contextmanager
def visit(browser: Browser, base_url: str, *, javascript: bool) -> Iterator[Visit]:
    """A fresh, confined browser context on the site at ``base_url``, with JavaScript on or off."""
    context = browser.new_context(java_script_enabled=javascript)
    try:
        yield Visit(context, base_url)
    finally:
        context.close()


def embedded_jsonld(page: Page) -> list[str]:
    """The texts of the page's ``<script type="application/ld+json">`` blocks, as the browser parsed them."""
    return page.locator('script[type="application/ld+json"]').all_text_contents()


def executable_scripts(page: Page) -> int:
    """How many ``<script>`` elements the browser would run (anything but JSON-LD data blocks)."""
    return page.locator('script:not([type="application/ld+json"])').count()


def severe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations of impact serious or critical on ``page`` (which needs JavaScript on)."""
    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in SEVERE_IMPACTS]


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """One line per violation: rule id, impact, what it means, and the CSS selectors of the elements."""
    lines = []
    for violation in violations:
        targets = "; ".join(", ".join(map(str, node["target"])) for node in violation["nodes"])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — at {targets}")
    return "\n".join(lines)


def screenshot(page: Page) -> bytes:
    """A PNG of the whole page, not just the viewport, so a person can review all of it."""
    return page.screenshot(full_page=True, type="png")

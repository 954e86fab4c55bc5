"""Reading HTML the way a browser does (html5lib implements the HTML standard's parsing)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

import html5lib


def parse_html(html: str | bytes) -> Element:
    """The document tree a browser would build from ``html``, without XHTML namespaces."""
    return html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)


def element_text(element: Element) -> str:
    """All the text inside ``element``, as a reader sees it (markup removed)."""
    return "".join(element.itertext())

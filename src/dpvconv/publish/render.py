"""The Jinja2 environment the pages are rendered with, and JSON made safe for a ``<script>`` element.

Jinja2 with autoescaping is used rather than strings built in Python: every value a template shows is
HTML-escaped unless a template says otherwise, so escaping cannot be forgotten at one call site among
many. The only value marked safe is the JSON-LD, which :func:`script_json` escapes for its context.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .strings import LANGUAGE_NAMES, SITE_LANGUAGES, ui

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STYLESHEET = Path(__file__).resolve().parent / "style.css"


@cache
def environment() -> jinja2.Environment:
    """Templates from the package; autoescaping on; an undefined name is an error, not empty text."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> str:
    """A template rendered with ``context``."""
    return environment().get_template(template).render(**context)


def page_shell(
    *, lang: str, title: str, articles: list[Markup], alternates: list[tuple[str, str]], jsonld_script: Markup | None
) -> str:
    """A whole page: the head, the site header with the language switch, and one article per language.

    The articles are rendered (and escaped) already; the views are ordered with the one the page
    opens in first, and the switch links to each by its language (``#fi``, ``#en``).
    """
    return render(
        "page_shell.html",
        page_lang=lang,
        title=title,
        site_title=ui("site_title", lang),
        switch_label=ui("language_switch", lang),
        switch=[(code, LANGUAGE_NAMES[code], f"#{code}") for code in SITE_LANGUAGES],
        articles=articles,
        alternates=alternates,
        jsonld_script=jsonld_script,
    )


def script_json(text: str) -> Markup:
    """JSON text that can stand inside ``<script type="application/ld+json">`` as it is.

    ``<``, ``>`` and ``&`` are written as JSON escapes (``\\u003c``, ``\\u003e``, ``\\u0026``). They can
    only occur inside JSON strings, where the escape means the same character, so the JSON value is
    unchanged; and no ``</script>`` or ``<!--`` can end or derail the script element.
    """
    escaped = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(escaped)  # noqa: S704 - escaped for a script element just above


def stylesheet() -> str:
    """The site's style sheet, shipped with the package."""
    return STYLESHEET.read_text(encoding="utf-8")

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

from dpvconv.publish.strings import SITE_LANGUAGES, SWITCH_LABELS, ui

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
    *,
    lang: str,
    title: str,
    articles: list[Markup],
    alternates: list[tuple[str, str]],
    jsonld_script: Markup | None,
    after_articles: Markup | None = None,
) -> str:
    """A whole page: the head, the site header with the language switch, and one article per language.

    The articles are rendered (and escaped) already; the views are ordered with the one the page
    opens in first, and the switch links to each by its language (``#fi``, ``#en``). What stands
    outside the articles (the site's name, the switch's label, ``after_articles``) is written in every
    language, each marked ``class="follows-view"`` and ``lang``, and the style sheet shows the one of
    the view on screen (see :func:`view_switch_css`).
    """
    languages = sorted(SITE_LANGUAGES, key=lambda code: code != lang)
    return render(
        "page_shell.html",
        page_lang=lang,
        title=title,
        site_names=[(code, ui("site_title", code)) for code in languages],
        switch_labels=[(code, ui("language_switch", code)) for code in languages],
        switch=[(code, SWITCH_LABELS[code], f"#{code}") for code in SITE_LANGUAGES],
        articles=articles,
        after_articles=after_articles,
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


def view_switch_css(languages: tuple[str, ...] = SITE_LANGUAGES) -> str:
    """The rules that show, of the parts of a page outside its articles (``.follows-view``), only those
    in the language of the view on screen.

    CSS cannot compare the ``lang`` of two elements, so there is one rule per site language, made here
    from :data:`SITE_LANGUAGES` so that a language added there is switched too. A view is on screen
    when the address targets it or something in it (``#en``, ``#en-rights-0``); otherwise the page's
    first view is, whose language is the page's ``<html lang>``. Each rule needs ``:has()``: a browser
    without it drops the rule and shows every language, as it does with the articles.
    """
    rules = []
    for lang in languages:
        others = f'.follows-view:not([lang="{lang}"])'
        rules.append(
            f'html[lang="{lang}"]:not(:has(.view:target, .view :target)) {others},\n'
            f"html:has(#{lang}:target, #{lang} :target) {others} {{ display: none; }}\n"
        )
    return "".join(rules)


def stylesheet() -> str:
    """The site's style sheet, shipped with the package, followed by :func:`view_switch_css`."""
    return STYLESHEET.read_text(encoding="utf-8") + "\n" + view_switch_css()

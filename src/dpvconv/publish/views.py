"""What a template needs to show one policy in one language: texts with their language, concepts
with their labels and IRIs, the schema's labels of slots, anchors, durations and the web addresses
that may become links.

A :class:`View` is the only thing templates call into, so every decision about wording and language
is made here, in Python, and the templates only arrange the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dpvconv.policy.durations import DurationPart, duration_in_words
from dpvconv.policy.labels import concept_label, slot_label
from dpvconv.policy.schema_info import LANG_TEXT
from dpvconv.publish.strings import DURATION_UNITS, ui
from dpvconv.rdf.mapping import mapping


@dataclass(frozen=True)
class Text:
    """A text and the language it is written in (BCP 47); ``lang`` is "" where it has none."""

    text: str
    lang: str


@dataclass(frozen=True)
class Concept:
    """A DPV (or dpvconv) concept: its label in some language, and its IRI."""

    text: str
    lang: str
    iri: str


# Web addresses that may become links: http(s), or a host name and path without a scheme (as the
# schema's WebAddress allows). Anything else (javascript:, data:, ...) is shown as text only.
_WEB_ADDRESS = re.compile(r"^(?P<scheme>https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]+)?(/\S*)?$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_TELEPHONE = re.compile(r"^\+?[0-9][0-9 ()-]{4,}$")


def safe_href(address: str | None) -> str | None:
    """The link target of a web address, or None where it must not become a link.

    A scheme-less address (``www.example.org/privacy``, as a notice may write it) links over https;
    the page still shows the address as written.
    """
    if not address:
        return None
    match = _WEB_ADDRESS.match(address)
    if match is None:
        return None
    return address if match.group("scheme") else f"https://{address}"


def mailto(address: str | None) -> str | None:
    """A ``mailto:`` link for a plain e-mail address; None for anything else (e.g. 'name(at)host')."""
    return f"mailto:{address}" if address and _EMAIL.match(address) else None


def tel(number: str | None) -> str | None:
    """A ``tel:`` link for a telephone number made of digits, spaces, dashes and brackets."""
    return "tel:" + re.sub(r"[^0-9+]", "", number) if number and _TELEPHONE.match(number) else None


def anchor(lang: str, *parts: str | int) -> str:
    """The HTML id of something on a policy page, in the view of ``lang``.

    Every id starts with the view's language, so an address such as ``vimana.html#fi-rights-0``
    also selects the language the page opens in.
    """
    return "-".join([lang, *(str(p) for p in parts)])


class View:
    """One policy (or the index) seen in one language.

    Args:
        lang: The language of this view (``fi`` or ``en``).
        notice_lang: The language the notice is written in: its quotes are in this language, and
            its texts fall back to it where they lack ``lang``.
    """

    def __init__(self, lang: str, notice_lang: str = "en"):
        self.lang = lang
        self.notice_lang = notice_lang

    def ui(self, key: str) -> str:
        """The site's own text ``key`` in this view's language."""
        return ui(key, self.lang)

    def label(self, class_name: str | None, slot: str) -> Text:
        """The schema's label of ``slot`` as ``class_name`` shows it (None: the slot's own), in this
        view's language: what a row of the page is headed with."""
        found = slot_label(slot, self.lang, class_name)
        return Text(found.text, found.lang)

    def anchor(self, *parts: str | int) -> str:
        """An id in this view (see :func:`anchor`)."""
        return anchor(self.lang, *parts)

    def text(self, value: dict[str, str] | str | None) -> Text | None:
        """A language map (``{fi: ..., en: ...}``) in this view's language, or else in the notice's
        language, or else in the first language it has; never translated. Plain strings have no
        language of their own (names, addresses) and are shown as they are.
        """
        if value is None:
            return None
        if isinstance(value, str):
            return Text(value, "")
        for lang in (self.lang, self.notice_lang, *value):
            if value.get(lang):
                return Text(value[lang], lang)
        return None

    def concept(self, curie: str) -> Concept:
        """A concept's label in this view's language (or the language the schema has it in), and its IRI."""
        label = concept_label(curie, self.lang)
        m = mapping()
        prefix = curie.partition(":")[0]
        iri = m.expand(curie) if prefix in m.info.prefixes else curie
        return Concept(label.text, label.lang, iri)

    def concepts(self, curies: list[str] | str | None) -> list[Concept]:
        """:meth:`concept` of each CURIE (a single one counts as a list of one)."""
        if not curies:
            return []
        return [self.concept(c) for c in ([curies] if isinstance(curies, str) else curies)]

    def duration(self, value: str | None) -> str:
        """An ISO 8601 duration in words ('3 vuotta 6 kuukautta', '3 years 6 months'); as written
        where it cannot be read."""
        if not value:
            return ""

        def word(part: DurationPart) -> str:
            fi_one, fi_many, en_one, en_many = DURATION_UNITS[part.unit]
            if self.lang == "fi":
                return f"{part.amount} {fi_one if part.is_one else fi_many}"
            return f"{part.amount} {en_one if part.is_one else en_many}"

        return duration_in_words(value, word)

    def language_name(self, tag: str) -> str | None:
        """A notice language in words in this view ('englanti', 'English'); a tag with more than the
        language ('sv-FI') keeps it in brackets ('ruotsi (sv-FI)'). None where the site has no name
        for the language: the template then shows the tag as it is.

        The names are the labels of the schema's ``LangText`` attributes, one per language a notice's
        texts may be in, judged by the tag's primary subtag.
        """
        try:
            name = slot_label(tag.split("-", 1)[0].lower(), self.lang, LANG_TEXT).text
        except KeyError:
            return None
        return name if "-" not in tag else f"{name} ({tag})"

    def quote_count(self, count: int) -> str:
        """'2 quotes', '1 lainaus'."""
        return f"{count} {self.ui('quote') if count == 1 else self.ui('quotes')}"

    def different(self, lang: str) -> bool:
        """Whether text in ``lang`` needs its own ``lang`` attribute in this view."""
        return bool(lang) and lang != self.lang

    safe_href = staticmethod(safe_href)
    mailto = staticmethod(mailto)
    tel = staticmethod(tel)


def evidence_of(statement: dict[str, Any]) -> list[str]:
    """The quotes that support a statement, in order."""
    return [e["quote"] for e in statement.get("evidence") or [] if e.get("quote")]

"""Every class and every slot of the schema is on a published page, or publish says why it is not.

The counterpart of diff's ``test_every_slot_of_the_schema_has_words``: a slot added to the schema must
make this fail, naming it, until the page shows it or ``dpvconv.publish.page.HIDDEN`` gives the reason.

The schema is read with LinkML's own SchemaView, not with dpvconv's reader. A policy is made that fills
every slot of every class with a value written nowhere else; its page is read back as a browser reads it,
and each value must be in a language view of it:

- a text in the view of its language (and a language a view does not offer, where it is all there is);
- a concept as a link to its IRI; a reference as a link to the entry it names;
- a nested entry by its quote; any other value as it is written (or in the ``title``, ``value`` or
  ``datetime`` attribute that keeps it beside the words shown).

Where a value stands in a row (``<dt>``/``<dd>``), the row must be headed with the label the schema gives
the slot in that class (its ``title`` in English, its ``label_fi`` in Finnish), read here from the schema.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
from linkml_runtime.linkml_model.meta import SlotDefinition
from linkml_runtime.utils.formatutils import items
from linkml_runtime.utils.schemaview import SchemaView

from dpvconv.publish.page import HIDDEN, policy_page
from dpvconv.rdf.mapping import DEFAULT_BASE

from .conftest import ROOT
from .support.pages import element_text

SCHEMA = ROOT / "schema" / "dpvconv.yaml"
LANG_TEXT = "LangText"
#: The site's languages: each article of the page is a view in one of them.
VIEWS = ("fi", "en")
#: Attributes that carry, beside the words a reader sees, the value as written (a duration's ISO 8601
#: form, a language's BCP 47 tag, a date).
KEEPING_ATTRIBUTES = ("title", "value", "datetime")


@cache
def schema() -> SchemaView:
    return SchemaView(str(SCHEMA))


@cache
def slots_of(class_name: str) -> tuple[SlotDefinition, ...]:
    return tuple(schema().class_induced_slots(class_name))


def root_class() -> str:
    return next(name for name, c in schema().all_classes().items() if c.tree_root)


def concrete_classes() -> list[str]:
    return [name for name, c in schema().all_classes().items() if not (c.abstract or c.mixin)]


def ranges(slot: SlotDefinition) -> list[str]:
    if slot.any_of:
        return [str(option.range) for option in slot.any_of]
    return [str(slot.range or schema().schema.default_range)]


def schema_label(class_name: str, slot: str, lang: str) -> str:
    """The label of ``slot`` in ``class_name``, as the schema writes it (not as dpvconv generated it)."""
    induced = schema().induced_slot(slot, class_name)
    if lang == "en":
        return str(induced.title)
    notes = {tag: getattr(note, "value", note) for tag, note in items(induced.annotations or {})}
    return str(notes[f"label_{lang}"])


# ---------------------------------------------------------------------------------------------------
# A policy with every slot filled
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """A value put into the policy, and how the page must show it.

    Attributes:
        where: ``Class.slot``.
        path: Where in the policy, for messages.
        how: ``text`` (``value`` is {lang: text}), ``literal``, ``concept`` (``value`` is the IRI),
            ``reference`` or ``entry`` (``value`` is the quote of the entry named or nested).
    """

    where: str
    path: str
    how: str
    value: Any


class Filler:
    """Makes the policy: each value unique (a number in it), each concept used once, each reference to
    an entry of its own that nothing else refers to."""

    def __init__(self) -> None:
        self.number = 100
        self.concepts: set[str] = set()
        self.expected: list[Expected] = []
        self.references: list[tuple[dict[str, Any], str, str, Expected]] = []  # node, slot, target class
        self.reached: set[str] = set()
        self.problems: list[str] = []

    def next(self) -> int:
        self.number += 1
        return self.number

    def entry(self, class_name: str, path: str, ancestors: tuple[str, ...]) -> dict[str, Any]:
        """An entry of ``class_name`` with every slot filled (a class nests in itself once)."""
        self.reached.add(class_name)
        node: dict[str, Any] = {}
        for slot in slots_of(class_name):
            target = next((r for r in ranges(slot) if r in schema().all_classes()), None)
            if target and target != LANG_TEXT and target in ancestors:
                continue
            value = self.value(class_name, slot, node, f"{path}.{slot.name}", (*ancestors, class_name))
            if value is not None:
                node[slot.name] = [value] if slot.multivalued else value
        return node

    def value(
        self, class_name: str, slot: SlotDefinition, node: dict[str, Any], path: str, ancestors: tuple[str, ...]
    ) -> Any:
        where = f"{class_name}.{slot.name}"
        kinds = ranges(slot)
        classes, enums = schema().all_classes(), schema().all_enums()
        n = self.next()
        if kinds == [LANG_TEXT]:
            texts = {str(lang.name): f"[{n}] {lang.name} {where}" for lang in slots_of(LANG_TEXT)}
            self.expected.append(Expected(where, path, "text", texts))
            return texts
        if kinds[0] in classes:
            target = kinds[0]
            if schema().get_identifier_slot(target) is not None and not (slot.inlined or slot.inlined_as_list):
                expected = Expected(where, path, "reference", None)
                self.references.append((node, slot.name, target, expected))
                return None  # filled in once the whole policy is made (see refer)
            child = self.entry(target, path, ancestors)
            self.expected.append(Expected(where, path, "entry", first_quote(child)))
            return child
        if any(r in enums for r in kinds):
            values = [v for r in kinds if r in enums for v in enums[r].permissible_values]
            curie = next((v for v in values if v not in self.concepts), None)
            if curie is None:  # a small enum, used up: the slot is checked where it has a value
                if not any(e.where == where for e in self.expected):
                    self.problems.append(f"{where}: every value of {kinds} is used already; the test needs one more")
                return None
            self.concepts.add(curie)
            self.expected.append(Expected(where, path, "concept", schema().expand_curie(curie)))
            return curie
        literal = self.literal(kinds[0], n, where)
        if literal is None:
            self.problems.append(f"{where}: the test cannot write a value of type {kinds[0]}; teach Filler.literal")
            return None
        self.expected.append(Expected(where, path, "literal", literal))
        return literal

    @staticmethod
    def literal(type_name: str, n: int, where: str) -> str | None:
        values = {
            "string": f"[{n}] {where}",
            "LocalId": f"id-{n}",
            "IsoDuration": f"P{n}D",
            "WebAddress": f"https://example.org/v{n}",
            "Sha256": hashlib.sha256(str(n).encode()).hexdigest(),
            "LanguageTag": f"en-x-v{n}",
            "SchemaVersion": f"{n}.{n}",
            "date": f"1987-06-{n % 28 + 1:02d}",
        }
        return values.get(type_name)

    def refer(self, policy: dict[str, Any]) -> None:
        """Each reference names an entry made for it alone, put where the policy lists such entries."""
        for node, slot, target, expected in self.references:
            identifier = schema().get_identifier_slot(target)
            assert identifier is not None
            n = self.next()
            entry = {str(identifier.name): f"ref-{n}", "evidence": [{"quote": f"[{n}] quote of the {target} named"}]}
            holder = holding(policy, root_class(), target)
            assert holder is not None, f"{expected.where}: no list in the policy holds a {target}"
            holder.append(entry)
            multivalued = schema().induced_slot(slot, expected.where.split(".")[0]).multivalued
            node[slot] = [entry[str(identifier.name)]] if multivalued else entry[str(identifier.name)]
            self.expected.append(Expected(expected.where, expected.path, "reference", first_quote(entry)))


def first_quote(node: Any) -> str:
    """The quote that marks an entry on the page: its own, or its first evidence's."""
    if isinstance(node, dict):
        if isinstance(node.get("quote"), str):
            return str(node["quote"])
        return first_quote(node.get("evidence") or [])
    return first_quote(node[0]) if node else ""


def holding(node: dict[str, Any], class_name: str, target: str) -> list[Any] | None:
    """The first list of inlined ``target`` entries in the policy (depth first, in schema order)."""
    for slot in slots_of(class_name):
        value = node.get(slot.name)
        kinds = ranges(slot)
        if value is None or kinds[0] not in schema().all_classes() or kinds[0] == LANG_TEXT:
            continue
        if kinds[0] == target and isinstance(value, list):
            return value
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict) and (found := holding(child, kinds[0], target)) is not None:
                return found
    return None


@cache
def filled() -> tuple[dict[str, Any], Filler]:
    filler = Filler()
    policy = filler.entry(root_class(), root_class(), ())
    filler.refer(policy)
    return policy, filler


def only_language(node: Any, lang: str) -> Any:
    """The policy with every text in ``lang`` alone."""
    if isinstance(node, dict):
        languages = {str(s.name) for s in slots_of(LANG_TEXT)}
        if node and set(node) <= languages and all(isinstance(v, str) for v in node.values()):
            return {lang: node[lang]}
        return {key: only_language(value, lang) for key, value in node.items()}
    if isinstance(node, list):
        return [only_language(value, lang) for value in node]
    return node


# ---------------------------------------------------------------------------------------------------
# The page, read back
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """The language views of a page, and each element's parent."""

    views: dict[str, Element]
    parents: dict[int, Element]


@cache
def page(lang_only: str = "") -> Page:
    policy = filled()[0]
    data = only_language(copy.deepcopy(policy), lang_only) if lang_only else policy
    tree = html5lib.parse(policy_page(data, "coverage", DEFAULT_BASE), treebuilder="etree", namespaceHTMLElements=False)
    views = {a.get("id", ""): a for a in tree.iter("article") if "view" in a.get("class", "").split()}
    assert set(views) == set(VIEWS)
    parents = {id(child): parent for parent in tree.iter() for child in parent}
    return Page(views, parents)


def carriers(view: Element, value: str) -> Iterator[Element]:
    """The elements of ``view`` that show ``value``: in their own text or a tail they hold, or in an
    attribute that keeps the value beside the words shown."""
    for element in view.iter():
        own = (element.text or "") + "".join(child.tail or "" for child in element)
        if value in own or any(value in (element.get(name) or "") for name in KEEPING_ATTRIBUTES):
            yield element


def shows_only(element: Element, value: str | dict[str, str], lang: str) -> bool:
    """Whether ``element`` shows the value and nothing else (its text, or an attribute keeping it)."""
    written = value[lang] if isinstance(value, dict) else value
    return element_text(element).strip() == written or any(element.get(name) == written for name in KEEPING_ATTRIBUTES)


def statement_of(page: Page, element: Element) -> Element | None:
    """The entry an element is in: its nearest ancestor of class ``statement``."""
    node: Element | None = element
    while node is not None:
        if "statement" in node.get("class", "").split():
            return node
        node = page.parents.get(id(node))
    return None


def found(page: Page, lang: str, expected: Expected) -> list[Element]:
    """Where the view in ``lang`` shows an expected value (empty: it does not)."""
    view = page.views[lang]
    if expected.how == "text":
        return list(carriers(view, expected.value[lang]))
    if expected.how == "literal":
        return list(carriers(view, expected.value))
    if expected.how == "concept":
        return [a for a in view.iter("a") if a.get("href") == expected.value]
    quotes = [q for q in view.iter("blockquote") if element_text(q).strip() == expected.value]
    if expected.how == "entry":
        return quotes
    # A reference: a link to the entry it names.
    targets = {id(s) for q in quotes if (s := statement_of(page, q)) is not None}
    ids = {e.get("id"): e for e in view.iter() if e.get("id")}
    return [
        a
        for a in view.iter("a")
        if (a.get("href") or "").startswith("#") and id(ids.get(a.get("href")[1:])) in targets  # type: ignore[arg-type]
    ]


def row_label(page: Page, element: Element) -> str | None:
    """The heading of the row an element is in (the ``<dt>`` before its ``<dd>``); None outside rows."""
    node: Element | None = element
    while node is not None and node.tag != "dd":
        node = page.parents.get(id(node))
    if node is None:
        return None
    row = page.parents[id(node)]
    children = list(row)
    index = next(i for i, child in enumerate(children) if child is node)
    heading = next((c for c in reversed(children[:index]) if c.tag == "dt"), None)
    return element_text(heading).strip() if heading is not None else None


# ---------------------------------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------------------------------


def shown_everywhere(expected: Expected) -> list[str]:
    """What is wrong with how the page shows ``expected``: missing from a view, or under a wrong label."""
    class_name, slot = expected.where.split(".")
    problems = []
    for lang in VIEWS:
        places = found(page(), lang, expected)
        if not places:
            problems.append(f"not in the {lang} view")
        label = schema_label(class_name, slot, lang)
        for place in places:
            if expected.how in ("text", "literal") and not shows_only(place, expected.value, lang):
                continue  # part of something else (the notice's id in its IRI): not this slot's row
            heading = row_label(page(), place)
            if heading is not None and heading != label:
                problems.append(f"in the {lang} view under {heading!r}, not the schema's label {label!r}")
    return problems


def test_every_slot_of_every_class_is_on_the_page_or_hidden_with_a_reason():
    _, filler = filled()
    assert not filler.problems, filler.problems
    by_slot: dict[str, list[Expected]] = {}
    for expected in filler.expected:
        by_slot.setdefault(expected.where, []).append(expected)
    failures = []
    for class_name in concrete_classes():
        if class_name == LANG_TEXT:
            continue  # its slots are languages: see the next test
        for slot in slots_of(class_name):
            where = f"{class_name}.{slot.name}"
            values = by_slot.get(where)
            if not values:
                failures.append(f"{where}: the test put no value in it (a class it cannot reach?)")
                continue
            problems = [f"{e.path}: {p}" for e in values for p in shown_everywhere(e)]
            if where in HIDDEN:
                if not any("not in the" in p for p in problems):
                    failures.append(f"{where} is on the page: remove it from dpvconv.publish.page.HIDDEN")
                continue
            if problems:
                failures.append(
                    f"{where} is not shown as it should be ({'; '.join(sorted(set(problems)))}): show it on the "
                    "policy page (src/dpvconv/publish/templates/policy_view.html), or add it to "
                    "dpvconv.publish.page.HIDDEN with the reason"
                )
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", [str(s.name) for s in schema().class_induced_slots(LANG_TEXT)])
def test_texts_in_every_language_of_the_schema_are_shown(lang: str):
    """LangText's slots are the languages a text may be in: where a text is in one language alone, the
    page shows it in that language, whatever the view's."""
    if f"{LANG_TEXT}.{lang}" in HIDDEN:
        pytest.skip(HIDDEN[f"{LANG_TEXT}.{lang}"])
    texts = [e for e in filled()[1].expected if e.how == "text"]
    assert texts
    shown = page(lang)
    missing = [e.path for e in texts if not any(list(carriers(shown.views[view], e.value[lang])) for view in VIEWS)]
    assert not missing, f"{LANG_TEXT}.{lang}: texts only in {lang} are not on the page: {missing}"


def test_every_class_is_reached_and_every_hidden_slot_is_in_the_schema():
    _, filler = filled()
    unreached = set(concrete_classes()) - filler.reached - {LANG_TEXT, root_class()}
    assert not unreached, f"no slot leads to {sorted(unreached)}: the page cannot show them"
    known = {f"{c}.{s.name}" for c in concrete_classes() for s in slots_of(c)}
    assert set(HIDDEN) <= known, f"HIDDEN names slots the schema does not have: {sorted(set(HIDDEN) - known)}"
    assert all(reason.strip() for reason in HIDDEN.values())


def test_the_check_finds_a_slot_the_page_does_not_show():
    """The test can fail: a value the page does not show is reported, and a row with another label too."""
    assert shown_everywhere(Expected("Organisation.name", "x", "literal", "[0] never written anywhere")) == [
        "not in the fi view",
        "not in the en view",
    ]
    business_id = next(e for e in filled()[1].expected if e.where == "Organisation.business_id")
    assert shown_everywhere(business_id) == []
    assert shown_everywhere(Expected("Organisation.address", "x", "literal", business_id.value)) == [
        "in the fi view under 'Y-tunnus', not the schema's label 'Osoite'",
        "in the en view under 'Business ID', not the schema's label 'Address'",
    ]

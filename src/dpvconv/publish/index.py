"""The index page: the companies side by side, one column per notice, one row per topic.

A cell lists what the notice says on the topic, each entry linked to the place on the notice's page
where its quotes are; a cell whose notice has nothing for the topic says "not stated" ("ei mainittu").
Silence is judged on the data: a topic is not stated when the policy has no value for it at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from dpvconv.escape import file_href
from dpvconv.policy.tree import NestedProcess, nested_processes
from dpvconv.publish.html import page_shell, render
from dpvconv.publish.page import company_name, placed
from dpvconv.publish.strings import SITE_LANGUAGES
from dpvconv.publish.views import Text, View
from dpvconv.resources import VOCABULARY_PATH

if TYPE_CHECKING:
    from dpvconv.policy.validate import ValidPolicy


#: What a legitimate interest is, where the notice does not say whose it is.
LEGITIMATE_INTEREST = "dpv:LegitimateInterest"


@dataclass(frozen=True)
class PolicyEntry:
    """A policy on the site: its data and the stem of its files (``stem.html``)."""

    stem: str
    data: ValidPolicy


def _link(stem: str, anchor: str) -> str:
    """The address of a place on a policy's page, whatever characters its file name holds."""
    return f"{file_href(stem + '.html')}#{anchor}"


@dataclass(frozen=True)
class Item:
    """One entry of a cell: what the notice says, and the link to its quotes on the notice's page."""

    parts: tuple[Text, ...]
    href: str


@dataclass(frozen=True)
class Row:
    """A topic and its cells; a cell of None is a notice silent on the topic."""

    key: str
    cells: tuple[tuple[Item, ...] | None, ...]


def _concept_items(view: View, stem: str, found: Iterator[tuple[str, tuple[str | int, ...]]]) -> tuple[Item, ...]:
    """One item per distinct concept, linked to the first statement that names it."""
    items: dict[str, Item] = {}
    for curie, key in found:
        if curie not in items:
            concept = view.concept(curie)
            items[curie] = Item((Text(concept.text, concept.lang),), _link(stem, view.anchor(*key)))
    return tuple(items.values())


def _process_concepts(
    processes: list[NestedProcess], slot: str, topic: str
) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    for entry in processes:
        for curie in entry.data.get(slot) or []:
            yield curie, (topic, "p", entry.pid)


def _purposes(view: View, policy: PolicyEntry, processes: list[NestedProcess]) -> tuple[Item, ...]:
    return _concept_items(view, policy.stem, _process_concepts(processes, "purposes", "purposes"))


def _data(view: View, policy: PolicyEntry, processes: list[NestedProcess]) -> tuple[Item, ...]:
    return _concept_items(view, policy.stem, _process_concepts(processes, "personal_data", "data"))


def _legal(view: View, policy: PolicyEntry, processes: list[NestedProcess]) -> tuple[Item, ...]:
    bases = _concept_items(view, policy.stem, _process_concepts(processes, "legal_bases", "legal"))
    interests = []
    for item in placed(policy.data, processes, "legitimate_interests"):
        described = view.text(item.statement.get("description"))
        # Whose interest, or else what it is: a legitimate interest (DPV's concept, in the view's words).
        kinds = view.concepts(item.statement.get("interest_of") or LEGITIMATE_INTEREST)
        parts = [Text(c.text, c.lang) for c in kinds]
        if described:
            parts.append(described)
        interests.append(Item(tuple(parts), _link(policy.stem, view.anchor(*item.key))))
    return (*bases, *interests)


def _statement_items(
    view: View, policy: PolicyEntry, processes: list[NestedProcess], slot: str, describe: Callable[..., list[Text]]
) -> tuple[Item, ...]:
    return tuple(
        Item(tuple(describe(view, item.statement)), _link(policy.stem, view.anchor(*item.key)))
        for item in placed(policy.data, processes, slot)
    )


def _labels(view: View, curies: Any) -> list[Text]:
    return [Text(c.text, c.lang) for c in view.concepts(curies)]


def _heading(view: View, class_name: str, slot: str) -> Text:
    """A slot's label (the schema's) ending in a colon, to stand before what the cell says of it."""
    label = view.label(class_name, slot)
    return Text(f"{label.text}:", label.lang)


def _recipient(view: View, statement: dict[str, Any]) -> list[Text]:
    parts = _labels(view, statement.get("kinds"))
    if statement.get("name"):
        parts.append(Text(statement["name"], ""))
    if title := view.text(statement.get("title")):
        parts.append(title)
    return parts


def _transfer(view: View, statement: dict[str, Any]) -> list[Text]:
    parts = _labels(view, statement.get("locations"))
    safeguards = _labels(view, statement.get("safeguards"))
    if safeguards:
        parts.append(_heading(view, "Transfer", "safeguards"))
        parts.extend(safeguards)
    return parts


def _retention(view: View, statement: dict[str, Any]) -> list[Text]:
    parts = []
    for slot in ("duration", "minimum_duration", "maximum_duration"):
        if statement.get(slot):
            if slot != "duration":  # a period alone is the retention period
                parts.append(_heading(view, "Retention", slot))
            parts.append(Text(view.duration(statement[slot]), view.lang))
    for slot in ("until_event", "after_event"):
        if text := view.text(statement.get(slot)):
            parts.append(_heading(view, "Retention", slot))
            parts.append(text)
    if not parts and (described := view.text(statement.get("description"))):
        parts.append(described)
    return parts or _labels(view, statement.get("end_of_retention"))


def _prohibition(view: View, statement: dict[str, Any]) -> list[Text]:
    if described := view.text(statement.get("description")):
        return [described]
    slots = ("processing", "purposes", "personal_data", "decision_making", "recipient_kinds")
    return [label for slot in slots for label in _labels(view, statement.get(slot))]


def _recipients(view: View, policy: PolicyEntry, processes: list[NestedProcess]) -> tuple[Item, ...]:
    processors = []
    organisations = {o["id"]: o for o in policy.data.get("organisations") or []}
    for entry in processes:
        for slot, role in (("data_controllers", "dpv:DataController"), ("data_processors", "dpv:DataProcessor")):
            for ref in entry.data.get(slot) or []:
                name = (organisations.get(ref) or {}).get("name") or ref
                parts = (*_labels(view, role), Text(str(name), ""))
                processors.append(Item(parts, _link(policy.stem, view.anchor("recipients", "p", entry.pid))))
    return (*_statement_items(view, policy, processes, "recipients", _recipient), *processors)


def _rights(view: View, policy: PolicyEntry, processes: list[NestedProcess]) -> tuple[Item, ...]:
    rights = ((r["right"], ("rights", i)) for i, r in enumerate(policy.data.get("rights") or []))
    return _concept_items(view, policy.stem, rights)


#: The rows of the comparison, in order: the key of their heading (see strings.py) and their cells.
ROWS: tuple[tuple[str, Callable[[View, PolicyEntry, list[NestedProcess]], tuple[Item, ...]]], ...] = (
    ("row_purposes", _purposes),
    ("row_data", _data),
    ("row_legal", _legal),
    ("row_recipients", _recipients),
    ("row_transfers", lambda v, p, ps: _statement_items(v, p, ps, "transfers", _transfer)),
    ("row_retention", lambda v, p, ps: _statement_items(v, p, ps, "retention", _retention)),
    ("row_rights", _rights),
    ("row_not_done", lambda v, p, ps: _statement_items(v, p, ps, "prohibitions", _prohibition)),
)


def comparison(view: View, policies: list[PolicyEntry]) -> list[Row]:
    """The rows of the comparison in one language."""
    processes = [list(nested_processes(p.data)) for p in policies]
    return [
        Row(key, tuple(build(view, policy, procs) or None for policy, procs in zip(policies, processes, strict=True)))
        for key, build in ROWS
    ]


#: The language the index opens in: the companies are Finnish, so the Finnish view comes first.
INDEX_LANGUAGE = "fi"


def index_page(policies: list[PolicyEntry]) -> str:
    """The index: the comparison table in each language, with links to every policy's page and to the
    dpvconv vocabulary the site carries."""
    views = [View(lang, lang) for lang in sorted(SITE_LANGUAGES, key=lambda lang: lang != INDEX_LANGUAGE)]
    companies = [(file_href(p.stem + ".html"), company_name(p.data)) for p in policies]
    articles = [
        Markup(  # noqa: S704
            render(
                "index_view.html",
                v=view,
                companies=companies,
                rows=comparison(view, policies),
                vocabulary=file_href(VOCABULARY_PATH.name),
            )
        )
        for view in views
    ]
    return page_shell(
        lang=INDEX_LANGUAGE,
        title=views[0].ui("compare_title") + " \u2013 " + views[0].ui("site_title"),
        articles=articles,
        alternates=[],
        jsonld_script=None,
    )

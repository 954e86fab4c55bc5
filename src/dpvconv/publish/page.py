"""One policy's page: every statement of the notice, by topic, in Finnish and English, each with the
quotes that support it; the policy's JSON-LD embedded for machines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from dpvconv.escape import file_href
from dpvconv.policy.tree import NestedProcess, controller_name, nested_processes
from dpvconv.publish.html import page_shell, render, script_json
from dpvconv.publish.strings import SITE_LANGUAGES
from dpvconv.publish.views import View, evidence_of
from dpvconv.rdf.formats import convert
from dpvconv.rdf.mapping import policy_namespace

if TYPE_CHECKING:
    from dpvconv.policy.validate import ValidPolicy

#: The slots whose statements the page shows by process (and, for some, also at the notice level).
GROUPED_SLOTS = (
    "data_sources",
    "legitimate_interests",
    "recipients",
    "retention",
    "storage_locations",
    "transfers",
    "measures",
    "prohibitions",
)

_ANCHOR = "an id names the entry for links (its anchor on the page, its IRI in the JSON-LD); readers know it by name"

#: The slots of the schema a policy page does not show, ``Class.slot``, each with the reason. Every
#: other slot of every class is on the page: tests/test_publish_coverage.py fills each one and finds it,
#: so a slot added to the schema fails that test, naming it, until the page shows it or it is listed here.
HIDDEN: dict[str, str] = {
    "Organisation.id": _ANCHOR,
    "ContactPoint.id": _ANCHOR,
    "Technology.id": _ANCHOR,
    "Process.id": _ANCHOR,
}


@dataclass(frozen=True)
class Placed:
    """A statement, where it stands on the page (its anchor without the language) and its process."""

    statement: dict[str, Any]
    key: tuple[str | int, ...]
    process: NestedProcess | None


@dataclass(frozen=True)
class Group:
    """The statements of one slot made by one process (``process`` None: by the notice itself)."""

    process: NestedProcess | None
    items: tuple[Placed, ...]


def placed(policy: dict[str, Any], processes: list[NestedProcess], slot: str) -> list[Placed]:
    """The statements of ``slot``: the notice's own first, then each process's in document order."""
    items = [Placed(s, (slot, i), None) for i, s in enumerate(policy.get(slot) or [])]
    for entry in processes:
        items.extend(Placed(s, (slot, "p", entry.pid, i), entry) for i, s in enumerate(entry.data.get(slot) or []))
    return items


def grouped(policy: dict[str, Any], processes: list[NestedProcess], slot: str) -> list[Group]:
    """:func:`placed`, grouped by the process that makes the statements."""
    groups: list[Group] = []
    for item in placed(policy, processes, slot):
        if groups and groups[-1].process is item.process:
            groups[-1] = Group(item.process, (*groups[-1].items, item))
        else:
            groups.append(Group(item.process, (item,)))
    return groups


def contact_holders(organisation: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Who in an organisation has contact points: the organisation, its DPO, its representatives."""
    holders: list[tuple[str, dict[str, Any]]] = [("organisation", organisation)]
    if organisation.get("data_protection_officer"):
        holders.append(("dpo", organisation["data_protection_officer"]))
    holders.extend(("representative", r) for r in organisation.get("representatives") or [])
    return holders


def has_contacts(organisation: dict[str, Any]) -> bool:
    """Whether the page has anything under the organisation in its Contact section."""
    holders = contact_holders(organisation)
    return len(holders) > 1 or any(holder.get("contact_points") for _, holder in holders)


def contact_points(policy: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every contact point of the notice by id (the ids rights' ``channels`` name)."""
    points: dict[str, dict[str, Any]] = {}
    for organisation in policy.get("organisations") or []:
        for _, holder in contact_holders(organisation):
            for point in holder.get("contact_points") or []:
                points[str(point["id"])] = point
    return points


def notice_language(policy: dict[str, Any]) -> str:
    """The language the notice is written in (its quotes are in it): the first of its ``languages``."""
    languages = policy.get("languages") or ["en"]
    return str(languages[0]).split("-", 1)[0].lower()


def default_language(policy: dict[str, Any]) -> str:
    """The language a policy's page opens in: the notice's own, where the site offers it."""
    lang = notice_language(policy)
    return lang if lang in SITE_LANGUAGES else SITE_LANGUAGES[0]


def company_name(policy: dict[str, Any]) -> str:
    """The controller's name as the notice gives it, for headings and the comparison's columns; the
    notice's id where it gives none."""
    return controller_name(policy) or str(policy["id"])


def embedded_jsonld(jsonld: str) -> Markup:
    """JSON-LD text (its context written in), made compact and safe inside ``<script>`` (see :func:`script_json`)."""
    # Written without indentation: the page carries it twice (the script and the snippet to copy).
    document = json.loads(jsonld)
    return script_json(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def policy_page(policy: ValidPolicy, stem: str, base: str, *, jsonld: str | None = None) -> str:
    """The HTML page of one validated policy; ``stem`` names its files (``stem.html``, ``stem.jsonld``, ...).

    ``jsonld`` is the policy's JSON-LD with its context embedded, where the caller has converted it
    already (the site writes the same text as the download); otherwise it is converted here.
    """
    processes = list(nested_processes(policy))
    notice_lang = notice_language(policy)
    first = default_language(policy)
    views = [View(lang, notice_lang) for lang in sorted(SITE_LANGUAGES, key=lambda lang: lang != first)]
    common = {
        "policy": policy,
        "stem": stem,
        "file_href": file_href,
        "company": company_name(policy),
        "processes": processes,
        "groups": {slot: grouped(policy, processes, slot) for slot in GROUPED_SLOTS},
        "organisations": {str(o["id"]): o for o in policy.get("organisations") or []},
        "contact_points": contact_points(policy),
        "technologies": {str(t["id"]): t for t in policy.get("technologies") or []},
        "contact_holders": contact_holders,
        "has_contacts": has_contacts,
        "evidence_of": evidence_of,
        "notice_iri": policy_namespace(policy["id"], base),
    }
    if jsonld is None:
        jsonld = convert(policy, "jsonld", base)
    script = embedded_jsonld(jsonld)
    articles = [Markup(render("policy_view.html", v=view, **common)) for view in views]  # noqa: S704
    snippet = f'<script type="application/ld+json">\n{script}</script>'
    embed = Markup(render("embed.html", views=views, snippet=snippet))  # noqa: S704 - rendered with autoescape
    title = views[0].text(policy["title"])
    return page_shell(
        lang=first,
        title=f"{title.text if title else policy['id']} \u2013 {common['company']}",
        articles=articles,
        alternates=[("application/ld+json", file_href(f"{stem}.jsonld")), ("text/turtle", file_href(f"{stem}.ttl"))],
        jsonld_script=script,
        after_articles=embed,
    )

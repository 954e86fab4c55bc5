"""The kinds of change ``dpvconv diff`` reports: stable machine names, used by ``--fail-on`` and JSON.

A kind is ``TOPIC-ACTION``: the topic is what the notice talks about (a purpose, a recipient, a
right, ...) and the action is ``added``, ``removed`` or ``changed``. Some kinds stand apart:
``transfer-outside-eea-added`` (its own kind, so a pull request can be stopped on it),
``text-reworded`` (a title or description says something else), and the two low-priority kinds,
``evidence-changed`` and ``provenance-changed``, which do not count as semantic changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dpvconv.diff.marks import Part

# topic -> (singular noun, plural noun, actions the differ can report for it). The nouns make the
# summary line ("1 recipient added, 2 legal bases removed"); docs/diff.md lists the same table.
TOPICS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "process": ("processing activity", "processing activities", ("added", "removed", "changed")),
    "purpose": ("purpose", "purposes", ("added", "removed")),
    "data-category": ("data category", "data categories", ("added", "removed")),
    "data-subject": ("data subject", "data subjects", ("added", "removed")),
    "legal-basis": ("legal basis", "legal bases", ("added", "removed", "changed")),
    "processing": ("processing operation", "processing operations", ("added", "removed")),
    "data-source": ("data source", "data sources", ("added", "removed", "changed")),
    "controller": ("controller", "controllers", ("added", "removed", "changed")),
    "processor": ("processor", "processors", ("added", "removed")),
    "recipient": ("recipient", "recipients", ("added", "removed", "changed")),
    "transfer": ("transfer", "transfers", ("added", "removed", "changed")),
    "transfer-outside-eea": ("transfer outside the EU/EEA", "transfers outside the EU/EEA", ("added",)),
    "safeguard": ("safeguard", "safeguards", ("added", "removed")),
    "retention": ("retention rule", "retention rules", ("added", "removed", "changed")),
    "storage-location": ("storage location", "storage locations", ("added", "removed", "changed")),
    "measure": ("measure", "measures", ("added", "removed")),
    "technology": ("technology", "technologies", ("added", "removed", "changed")),
    "decision-making": ("decision-making statement", "decision-making statements", ("added", "removed", "changed")),
    "necessity": ("necessity", "necessities", ("changed",)),
    "involvement": ("data-subject control", "data-subject controls", ("added", "removed")),
    "right": ("right", "rights", ("added", "removed", "changed")),
    "contact": ("contact", "contacts", ("added", "removed", "changed")),
    "organisation": ("organisation", "organisations", ("added", "removed", "changed")),
    "prohibition": ("not-done statement", "not-done statements", ("added", "removed", "changed")),
    "scope": ("scope entry", "scope entries", ("added", "removed", "changed")),
    "change-notice": ("change notice", "change notices", ("added", "removed")),
    "law": ("law", "laws", ("added", "removed")),
    "authority": ("supervisory authority", "supervisory authorities", ("added", "removed")),
    "notice": ("notice detail", "notice details", ("added", "removed", "changed")),
    "text": ("text", "texts", ("reworded",)),
    "evidence": ("evidence update", "evidence updates", ("changed",)),
    "provenance": ("provenance update", "provenance updates", ("changed",)),
}

KINDS: tuple[str, ...] = tuple(f"{topic}-{action}" for topic, (_, _, actions) in TOPICS.items() for action in actions)

#: Changes that leave what the notice says as it was: listed last, and they alone exit 0.
LOW_PRIORITY: frozenset[str] = frozenset({"evidence-changed", "provenance-changed"})

_RANK = {kind: index for index, kind in enumerate(KINDS)}


def kind_rank(kind: str) -> int:
    """The position of ``kind`` in :data:`KINDS`, for sorting."""
    return _RANK[kind]


def split_kind(kind: str) -> tuple[str, str]:
    """``'transfer-outside-eea-added'`` as ``('transfer-outside-eea', 'added')``."""
    topic, _, action = kind.rpartition("-")
    return topic, action


def count_phrase(kind: str, count: int) -> str:
    """``'recipient-added', 2`` as ``'2 recipients added'``."""
    topic, action = split_kind(kind)
    singular, plural, _ = TOPICS[topic]
    noun = singular if count == 1 else plural
    if topic in ("evidence", "provenance"):
        return f"{count} {noun}"
    return f"{count} {noun} {action}"


@dataclass(frozen=True)
class Change:
    """One change between two versions of a notice.

    Attributes:
        kind: One of :data:`KINDS`.
        section: The notice-level section (``rights``, ``measures``, ``notice``, ...) or ``processes``.
        process: The id of the processing activity the change is in, or None at notice level.
        path: Where in the policy, as the review checklists write it (a list step is an id or an index).
        old: The value before (None when added).
        new: The value after (None when removed).
        message: The change as a reviewer would say it.
        parts: ``message`` in pieces, each saying whether it came from the policy (see
            :mod:`.marks`), so the renderer escapes those; empty means all of it may have.
    """

    kind: str
    section: str
    process: str | None
    path: str
    old: Any
    new: Any
    message: str
    parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)

    @property
    def semantic(self) -> bool:
        """Whether the change alters what the notice says (evidence and provenance updates do not)."""
        return self.kind not in LOW_PRIORITY

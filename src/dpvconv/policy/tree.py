"""Finding things in a loaded policy: every processing activity wherever it nests, and the notice's
controller.

Both ``publish`` and ``diff`` need them; they are defined here once (a test keeps it so).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_DONE = object()


@dataclass(frozen=True)
class NestedProcess:
    """A processing activity of the notice, wherever it nests.

    Attributes:
        data: The process as the policy holds it (its sub-processes included).
        pid: Its id.
        parents: The processes it is part of, outermost first.
        path: Where it is, as a dotted path (:mod:`dpvconv.policy.places`): ``processes.crm.processes.newsletter``.
        place: Where it is, as keys and list indexes (``("processes", 0, "processes", 1)``), the form
            diagnostics are located by.
    """

    data: dict[str, Any]
    pid: str
    parents: tuple[dict[str, Any], ...]
    path: str
    place: tuple[str | int, ...]

    @property
    def parent_id(self) -> str | None:
        """The id of the process it is directly part of; None at the top level."""
        return str(self.parents[-1]["id"]) if self.parents else None


def nested_processes(policy: dict[str, Any]) -> Iterator[NestedProcess]:
    """Every process of the notice, depth first, in the order the file gives them.

    An entry that is not a mapping with an id (only in a policy that is not valid) is skipped, with
    whatever nests in it.
    """
    # Depth first without recursion: (the processes still to visit at a level, numbered; their parents;
    # their dotted path; their place).
    Level = tuple[Iterator[tuple[int, Any]], tuple[dict[str, Any], ...], str, tuple[str | int, ...]]
    top = policy.get("processes")
    stack: list[Level] = [(enumerate(top if isinstance(top, list) else []), (), "processes", ("processes",))]
    while stack:
        siblings, parents, path, place = stack[-1]
        index, process = next(siblings, (0, _DONE))
        if process is _DONE:
            stack.pop()
            continue
        if not isinstance(process, dict) or "id" not in process:
            continue
        here, at = f"{path}.{process['id']}", (*place, index)
        yield NestedProcess(process, str(process["id"]), parents, here, at)
        children = process.get("processes")
        listed = children if isinstance(children, list) else []
        stack.append((enumerate(listed), (*parents, process), f"{here}.processes", (*at, "processes")))


def controller(policy: dict[str, Any]) -> dict[str, Any] | None:
    """The organisation the notice names as its ``controller``; None where it names none, or no
    organisation of the notice has that id."""
    wanted = policy.get("controller")
    if wanted is None:
        return None
    for organisation in policy.get("organisations") or []:
        if isinstance(organisation, dict) and organisation.get("id") == wanted:
            return organisation
    return None


def controller_name(policy: dict[str, Any]) -> str | None:
    """The controller's name as the notice gives it; None where the notice gives none."""
    organisation = controller(policy)
    name = organisation.get("name") if organisation else None
    return str(name) if name else None

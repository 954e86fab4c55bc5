"""Addressing a place in a policy document by a dotted path such as ``processes.newsletter.purposes``.

A path step into a mapping is a key; a step into a list is the ``id`` of an item, or its index
where items have no id. Checklists and error messages use these paths.
"""

from __future__ import annotations

from typing import Any

_MISSING = object()


def step(node: Any, key: str) -> Any:
    """Follow one path step from ``node``; return ``_MISSING`` where there is nothing."""
    if isinstance(node, dict):
        return node.get(key, _MISSING)
    if isinstance(node, list):
        for item in node:
            if isinstance(item, dict) and item.get("id") == key:
                return item
        if key.isdigit() and int(key) < len(node):
            return node[int(key)]
    return _MISSING


def resolve(document: Any, path: str) -> Any:
    """Return the value at ``path`` in ``document``.

    Raises:
        KeyError: naming the first step that leads nowhere.
    """
    node = document
    for key in path.split("."):
        node = step(node, key)
        if node is _MISSING:
            raise KeyError(f"{path}: no '{key}' here")
    return node

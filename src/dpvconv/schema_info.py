"""What the validator needs to know about the schema, read from the LinkML schema itself.

The checks that JSON Schema cannot make (references, identifiers, dates, language tags) walk a
policy class by class; this module gives them each class's slots with their ranges, induced the
way LinkML does (inherited slots, attributes, slot_usage), without importing linkml, which would
cost a second at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from . import resources

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True)
class SlotInfo:
    """A slot as one class sees it."""

    name: str
    ranges: tuple[str, ...]
    multivalued: bool
    inlined: bool
    identifier: bool
    uri: str = ""
    required: bool = False
    node_class: str | None = None
    node_value: str | None = None


@dataclass(frozen=True)
class SchemaInfo:
    """Classes, slots, enums and prefixes of the dpvconv schema."""

    version: str
    root_class: str
    prefixes: dict[str, str]
    classes: dict[str, dict[str, SlotInfo]]
    parents: dict[str, str | None]
    enums: dict[str, tuple[str, ...]]
    types: dict[str, dict[str, Any]]
    class_uris: dict[str, str]

    def slot(self, class_name: str, slot_name: str) -> SlotInfo | None:
        """The slot ``slot_name`` of ``class_name``, or None where the class has no such slot."""
        return self.classes.get(class_name, {}).get(slot_name)

    def is_a(self, class_name: str, ancestor: str) -> bool:
        """Whether ``class_name`` is ``ancestor`` or inherits from it."""
        current: str | None = class_name
        while current:
            if current == ancestor:
                return True
            current = self.parents.get(current)
        return False

    def enum_values(self, ranges: tuple[str, ...]) -> tuple[str, ...]:
        """All permissible values of the enums among ``ranges``."""
        return tuple(v for r in ranges for v in self.enums.get(r, ()))


def _read_yaml(name: str) -> dict[str, Any]:
    with open(resources.schema_dir() / name, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def _ranges(definition: dict[str, Any], default: str) -> tuple[str, ...]:
    if definition.get("any_of"):
        return tuple(option["range"] for option in definition["any_of"])
    return (definition.get("range") or default,)


def _merge(base: dict[str, Any], *overrides: dict[str, Any] | None) -> dict[str, Any]:
    merged = dict(base)
    for override in overrides:
        if override:
            merged.update(override)
            if "any_of" in override:
                merged.pop("range", None)
            elif "range" in override:
                merged.pop("any_of", None)
    return merged


def _induce(schema: dict[str, Any]) -> tuple[dict[str, dict[str, SlotInfo]], dict[str, str | None]]:
    classes = schema.get("classes") or {}
    global_slots = schema.get("slots") or {}
    default_range = schema.get("default_range", "string")
    parents = {name: (c or {}).get("is_a") for name, c in classes.items()}

    def lineage(name: str) -> list[str]:
        chain: list[str] = []
        current: str | None = name
        while current:
            chain.insert(0, current)
            current = parents.get(current)
        return chain

    induced: dict[str, dict[str, SlotInfo]] = {}
    for name in classes:
        definitions: dict[str, dict[str, Any]] = {}
        for ancestor in lineage(name):
            spec = classes.get(ancestor) or {}
            for slot_name in spec.get("slots") or []:
                definitions[slot_name] = _merge(global_slots.get(slot_name) or {}, definitions.get(slot_name))
            for slot_name, attribute in (spec.get("attributes") or {}).items():
                definitions[slot_name] = _merge(definitions.get(slot_name, {}), attribute or {})
            for slot_name, usage in (spec.get("slot_usage") or {}).items():
                definitions[slot_name] = _merge(definitions.get(slot_name, {}), usage or {})
        induced[name] = {
            slot_name: SlotInfo(
                name=slot_name,
                ranges=_ranges(d, default_range),
                multivalued=bool(d.get("multivalued")),
                # A class-ranged slot holds nested objects unless the schema says it holds ids.
                inlined=d.get("inlined") is not False,
                identifier=bool(d.get("identifier")),
                uri=str(d.get("slot_uri", "")),
                required=bool(d.get("required")),
                node_class=(d.get("annotations") or {}).get("dpvconv_node_class"),
                node_value=(d.get("annotations") or {}).get("dpvconv_node_value"),
            )
            for slot_name, d in definitions.items()
        }
    return induced, parents


@cache
def schema_info() -> SchemaInfo:
    """The dpvconv schema's structure (read once per process)."""
    schema = _read_yaml("dpvconv.yaml")
    classes, parents = _induce(schema)
    with open(resources.JSON_SCHEMA_PATH, encoding="utf-8") as handle:
        definitions = json.load(handle).get("$defs", {})
    enums = {name: tuple(d["enum"]) for name, d in definitions.items() if "enum" in d}
    prefixes = dict(schema.get("prefixes", {}))
    root = next(name for name, c in (schema.get("classes") or {}).items() if (c or {}).get("tree_root"))
    return SchemaInfo(
        version=str(schema.get("version", "0")),
        root_class=root,
        prefixes=prefixes,
        classes=classes,
        parents=parents,
        enums=enums,
        types=schema.get("types") or {},
        class_uris={name: (c or {}).get("class_uri", "") for name, c in (schema.get("classes") or {}).items()},
    )

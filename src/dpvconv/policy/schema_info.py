"""The schema's structure, read from the LinkML schema itself: the one walk of the schema.

Every walker of a policy (the RDF and JSON-LD writers, the read-back, the SHACL shapes, the checks,
the validator's messages, diff) goes class by class; this module gives each class's slots, induced
the way LinkML does (inherited slots, attributes, slot_usage), without importing linkml, which would
cost a second at start-up. It also decides, once, what kind of value each slot holds
(:class:`SlotKind`); walkers match on that kind rather than look at ranges themselves, and a test holds
every slot's kind and facets to LinkML's own ``SchemaView``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any

import yaml

from dpvconv import resources

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


#: The class whose slots are languages: a slot of this range holds a language map ({fi: ..., en: ...}).
LANG_TEXT = "LangText"
#: The slot URI of a slot that lists the DPV concepts an entry is, besides its class.
RDF_TYPE = "rdf:type"


class SlotKind(Enum):
    """What a slot holds, and so how every walker treats its values."""

    IDENTIFIER = "identifier"  # the entry's own id: its IRI, not a statement
    TYPES = "types"  # concept CURIEs the entry is (rdf:type), besides its class
    WRAPPED = "wrapped"  # a literal (or language map) inside a node of its own, as DPV writes durations
    LANGUAGE_MAP = "language map"  # {language: text}: one language-tagged literal per language
    CONCEPT = "concept"  # CURIEs of enum values: DPV or dpvconv concepts
    REFERENCE = "reference"  # the id of another entry of the policy
    NESTED = "nested"  # entries written inside this one
    LITERAL = "literal"  # a plain or typed literal


@dataclass(frozen=True)
class SlotInfo:
    """A slot as one class sees it.

    Attributes:
        kind: What it holds (see :class:`SlotKind`).
        target: The class of its values: of the entries it holds (NESTED) or names (REFERENCE), and
            ``LangText`` for a LANGUAGE_MAP; None for other kinds.
        node_classes, node_value: For a WRAPPED slot, the classes of the wrapping node (the DPV class
            first, then any of ours that tells it apart from its siblings, such as a minimum
            duration) and the property that carries the value inside it (``rdf:value`` where None).
        inner: The slot is written on its entry's inner node (:class:`InnerNode`), not on the entry.
        kinds_term: For a NESTED slot, the JSON-LD key under which the entry holding it also links,
            by the slot's own property, to the concepts each nested entry is (its TYPES): the notice
            states ``dpv:hasRight eu-gdpr:A20`` beside the right it describes, as DPV's examples do.
    """

    name: str
    ranges: tuple[str, ...]
    multivalued: bool
    kind: SlotKind
    target: str | None = None
    uri: str = ""
    required: bool = False
    node_classes: tuple[str, ...] = ()
    node_value: str | None = None
    inner: bool = False
    kinds_term: str | None = None

    @property
    def identifier(self) -> bool:
        """Whether the slot is its entry's id."""
        return self.kind is SlotKind.IDENTIFIER

    @property
    def language_tagged(self) -> bool:
        """Whether its values are language maps: a LANGUAGE_MAP slot, or a WRAPPED one around a LangText."""
        return self.kind is SlotKind.LANGUAGE_MAP or (self.kind is SlotKind.WRAPPED and LANG_TEXT in self.ranges)


@dataclass(frozen=True)
class InnerNode:
    """A node DPV puts between an entry and some of its details, which the YAML keeps on the entry:
    a right's how-to-exercise details are on ``[a dpv:RightExerciseNotice]`` under
    ``dpv:isExercisedAt``. The class's ``dpvconv_inner_*`` annotations declare it; the slots marked
    ``dpvconv_inner`` go on it.

    Attributes:
        term: Its key in JSON-LD.
        property: The property from the entry to it (a CURIE).
        node_class: Its class (a CURIE).
    """

    term: str
    property: str
    node_class: str


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
    #: Classes whose nodes are also of other classes (``dpvconv_also_types``): a prohibited process is
    #: a ``dpv:Process`` and a ``dpv:Prohibition``.
    also_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    inner_nodes: dict[str, InnerNode] = field(default_factory=dict)

    def types_of(self, class_name: str) -> tuple[str, ...]:
        """The CURIEs of the classes every node of ``class_name`` is: its class_uri, then its also-types."""
        return (self.class_uris[class_name], *self.also_types.get(class_name, ()))

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


def entry_kinds(info: SchemaInfo, slot: SlotInfo, entry: dict[str, Any]) -> list[str]:
    """The concept CURIEs that ``entry``, a value of the NESTED ``slot``, is (the values of its TYPES slots)."""
    kinds: list[str] = []
    for child_slot in info.classes.get(slot.target or "", {}).values():
        if child_slot.kind is SlotKind.TYPES and entry.get(child_slot.name) is not None:
            value = entry[child_slot.name]
            kinds.extend(value if isinstance(value, list) else [value])
    return kinds


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


def _kind(definition: dict[str, Any], ranges: tuple[str, ...], classes: Any, enums: Any) -> SlotKind:
    """The one place that decides what a slot holds."""
    class_ranges = [r for r in ranges if r in classes]
    if definition.get("identifier"):
        return SlotKind.IDENTIFIER
    if (definition.get("annotations") or {}).get("dpvconv_node_class"):
        return SlotKind.WRAPPED
    if class_ranges == [LANG_TEXT]:
        return SlotKind.LANGUAGE_MAP
    if class_ranges:
        # A class-ranged slot holds nested entries unless the schema says it holds ids.
        return SlotKind.NESTED if definition.get("inlined") is not False else SlotKind.REFERENCE
    if ranges and all(r in enums for r in ranges):
        return SlotKind.TYPES if definition.get("slot_uri") == RDF_TYPE else SlotKind.CONCEPT
    return SlotKind.LITERAL


def _induce(schema: dict[str, Any], enums: Any) -> tuple[dict[str, dict[str, SlotInfo]], dict[str, str | None]]:
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
            slot_name: _slot(slot_name, d, default_range, classes, enums) for slot_name, d in definitions.items()
        }
    return induced, parents


_CLASS_VALUED = (SlotKind.NESTED, SlotKind.REFERENCE, SlotKind.LANGUAGE_MAP)


def _slot(name: str, d: dict[str, Any], default_range: str, classes: Any, enums: Any) -> SlotInfo:
    ranges = _ranges(d, default_range)
    kind = _kind(d, ranges, classes, enums)
    notes = d.get("annotations") or {}
    return SlotInfo(
        name=name,
        ranges=ranges,
        multivalued=bool(d.get("multivalued")),
        kind=kind,
        target=next((r for r in ranges if r in classes), None) if kind in _CLASS_VALUED else None,
        uri=str(d.get("slot_uri", "")),
        # LinkML makes an identifier required whether or not the schema says so.
        required=bool(d.get("required") or d.get("identifier")),
        node_classes=tuple(str(notes.get("dpvconv_node_class") or "").split()),
        node_value=notes.get("dpvconv_node_value"),
        inner=bool(notes.get("dpvconv_inner")),
        kinds_term=notes.get("dpvconv_kinds_term"),
    )


@cache
def schema_info() -> SchemaInfo:
    """The dpvconv schema's structure (read once per process)."""
    schema = _read_yaml("dpvconv.yaml")
    with open(resources.JSON_SCHEMA_PATH, encoding="utf-8") as handle:
        definitions = json.load(handle).get("$defs", {})
    enums = {name: tuple(d["enum"]) for name, d in definitions.items() if "enum" in d}
    classes, parents = _induce(schema, enums)
    prefixes = dict(schema.get("prefixes", {}))
    declared = {name: c or {} for name, c in (schema.get("classes") or {}).items()}
    root = next(name for name, c in declared.items() if c.get("tree_root"))
    notes = {name: c.get("annotations") or {} for name, c in declared.items()}
    return SchemaInfo(
        version=str(schema.get("version", "0")),
        root_class=root,
        prefixes=prefixes,
        classes=classes,
        parents=parents,
        enums=enums,
        types=schema.get("types") or {},
        class_uris={name: c.get("class_uri", "") for name, c in declared.items()},
        also_types={
            name: tuple(str(n["dpvconv_also_types"]).split())
            for name, n in notes.items()
            if n.get("dpvconv_also_types")
        },
        inner_nodes={
            name: InnerNode(n["dpvconv_inner_term"], n["dpvconv_inner_property"], n["dpvconv_inner_class"])
            for name, n in notes.items()
            if n.get("dpvconv_inner_term")
        },
    )

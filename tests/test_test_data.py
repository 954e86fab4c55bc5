"""The valid test data, taken together, uses every class of the schema and every slot of every class.

The other tests that read tests/data/valid/ (round trips, SHACL, JSON Schema, LinkML's validator,
byte stability) only exercise what the files say, so a slot no file uses is a slot nothing tests.
The schema is read through LinkML's own SchemaView, not through dpvconv's schema reader, so a
mistake in that reader cannot hide a gap here. tests/data/valid/complete.yaml is the file to extend.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest
import yaml
from linkml_runtime.linkml_model.meta import SlotDefinition
from linkml_runtime.utils.schemaview import SchemaView

from dpvconv.resources import schema_path

from .conftest import DATA

VALID = sorted((DATA / "valid").glob("*.yaml"))

Pair = tuple[str, str]  # (class, slot)


@cache
def view() -> SchemaView:
    return SchemaView(str(schema_path()))


@cache
def induced(class_name: str) -> dict[str, SlotDefinition]:
    return {slot.name: slot for slot in view().class_induced_slots(class_name)}


def concrete_classes() -> list[str]:
    """The classes a policy can hold entries of: all but abstract classes and mixins."""
    classes = view().all_classes()
    return sorted(name for name, cls in classes.items() if not cls.abstract and not cls.mixin)


def everything() -> set[Pair]:
    return {(c, s) for c in concrete_classes() for s in induced(c)}


def root_class() -> str:
    roots = [name for name, cls in view().all_classes().items() if cls.tree_root]
    assert len(roots) == 1, roots
    return roots[0]


def class_ranges(slot: SlotDefinition) -> list[str]:
    """The classes among the slot's range and its ``any_of`` ranges."""
    ranges = [slot.range, *(alternative.range for alternative in slot.any_of or [])]
    classes = view().all_classes()
    return [r for r in dict.fromkeys(ranges) if r in classes]


def holds_entries(slot: SlotDefinition, class_name: str) -> bool:
    """Whether the slot's values are nested entries of ``class_name``, not ids naming them elsewhere."""
    if slot.inlined or slot.inlined_as_list:
        return True
    # A class without an identifier can only be written inline (LangText, Evidence, a retention rule).
    return view().get_identifier_slot(class_name) is None


def entry_class(value: dict[str, Any], candidates: list[str], where: str) -> str:
    """Of the slot's range classes, the one the entry is of: where ``any_of`` offers several, the one
    whose slots hold all of the entry's keys."""
    fitting = [c for c in candidates if set(value) <= set(induced(c))]
    assert len(fitting) == 1, f"{where}: cannot tell which of {candidates} the entry {sorted(value)} is"
    return fitting[0]


def walk(node: Any, class_name: str, where: str, used: set[Pair], seen: set[str]) -> None:
    """Record the (class, slot) pairs ``node``, an entry of ``class_name``, and its nested entries use."""
    assert isinstance(node, dict), f"{where}: a {class_name} entry must be a mapping"
    seen.add(class_name)
    slots = induced(class_name)
    for key, value in node.items():
        assert key in slots, f"{where}: '{key}' is not a slot of {class_name} (the walk lost its way)"
        used.add((class_name, key))
        candidates = class_ranges(slots[key])
        if not candidates:
            continue  # a type or an enum: a value, nothing nested
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            here = f"{where}.{key}[{index}]" if isinstance(value, list) else f"{where}.{key}"
            if isinstance(item, dict):
                target = entry_class(item, candidates, here)
                assert holds_entries(slots[key], target), f"{here}: {class_name}.{key} holds ids, not entries"
                walk(item, target, here, used, seen)
            else:
                assert not all(holds_entries(slots[key], c) for c in candidates), (
                    f"{here}: {class_name}.{key} holds {candidates} entries, not the id {item!r}"
                )


def coverage(policies: Iterable[tuple[str, Any]]) -> tuple[set[Pair], set[str]]:
    """The (class, slot) pairs and the classes the policies use, taken together."""
    used: set[Pair] = set()
    seen: set[str] = set()
    for name, policy in policies:
        walk(policy, root_class(), name, used, seen)
    return used, seen


def gaps(policies: Iterable[tuple[str, Any]]) -> list[str]:
    """What no policy uses: classes by name, slots as Class.slot."""
    used, seen = coverage(policies)
    unused_classes = sorted(set(concrete_classes()) - seen)
    unused_slots = sorted(f"{c}.{s}" for c, s in everything() - used)
    return [*unused_classes, *unused_slots]


@cache
def valid_policies() -> tuple[tuple[str, Any], ...]:
    return tuple((path.name, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in VALID)


def without(node: Any, key: str) -> Any:
    """A copy of ``node`` with ``key`` removed from every mapping in it."""
    if isinstance(node, dict):
        return {k: without(v, key) for k, v in node.items() if k != key}
    if isinstance(node, list):
        return [without(v, key) for v in node]
    return node


def test_valid_data_uses_every_class_and_every_slot_of_every_class():
    missing = gaps(valid_policies())
    assert not missing, (
        "no file in tests/data/valid/ uses these classes or class.slot pairs of the schema; "
        f"add them to tests/data/valid/complete.yaml: {', '.join(missing)}"
    )


def test_the_schema_is_read_in_full():
    """The walk sees the schema as LinkML does: inherited slots, attributes, any_of ranges, ids."""
    pairs = everything()
    assert ("Process", "evidence") in pairs  # from the abstract Statement
    assert ("Retention", "applies_to") in pairs  # an attribute with an any_of range
    assert ("LangText", "sv") in pairs
    assert "Statement" not in concrete_classes()
    assert class_ranges(induced("Process")["technology_refs"]) == ["Technology"]
    assert not holds_entries(induced("Process")["technology_refs"], "Technology")
    assert holds_entries(induced("Process")["retention"], "Retention")
    assert holds_entries(induced("Organisation")["data_protection_officer"], "DataProtectionOfficer")
    assert holds_entries(induced("PrivacyNotice")["title"], "LangText")


@pytest.mark.parametrize(
    ("key", "reported"),
    [
        ("sv", ["LangText.sv"]),  # a slot of a class nested as a language map
        ("human_involvement", ["Process.human_involvement"]),  # an enum slot of a nested process
        ("recipient_refs", ["Transfer.recipient_refs"]),  # a slot holding ids
        ("applies_to", ["Retention.applies_to"]),  # an any_of range
        ("representatives", ["Organisation.representatives", "Representative", "Representative.evidence"]),
    ],
)
def test_a_slot_no_file_uses_is_named(key: str, reported: list[str]):
    """The check can fail: with one key taken out of every file, exactly what it covered is reported."""
    found = gaps((name, without(policy, key)) for name, policy in valid_policies())
    assert all(item in found for item in reported), found
    assert all(item.endswith(f".{key}") or item.split(".")[0] in reported for item in found), found


def test_an_unknown_key_stops_the_walk():
    """A key the schema does not have for that class means the walk took a wrong turn: it says so."""
    name, policy = valid_policies()[0]
    with pytest.raises(AssertionError, match="'nonsense' is not a slot of PrivacyNotice"):
        coverage([(name, {**policy, "nonsense": 1})])

"""dpvconv's own reading of the schema (``dpvconv.policy.schema_info``) against LinkML's ``SchemaView``.

``schema_info`` induces every class's slots itself (importing linkml at run time costs a second) and
decides, once, what kind of value each slot holds; every walker of a policy matches on that kind. This
test holds both to LinkML, slot by slot: a slot whose facets or kind disagree is named.
"""

from __future__ import annotations

from functools import cache

import pytest
from linkml_runtime.linkml_model.meta import SlotDefinition
from linkml_runtime.utils.schemaview import SchemaView

from dpvconv import resources
from dpvconv.policy.schema_info import LANG_TEXT, RDF_TYPE, SlotKind, schema_info


@cache
def schema_view() -> SchemaView:
    return SchemaView(str(resources.schema_path()))


def linkml_ranges(slot: SlotDefinition) -> tuple[str, ...]:
    return tuple(option.range for option in slot.any_of) if slot.any_of else (slot.range,)


def linkml_kind(view: SchemaView, slot: SlotDefinition) -> SlotKind:
    """The kind of a slot, decided from what LinkML says of it: the oracle for ``schema_info``."""
    ranges = linkml_ranges(slot)
    classes, enums = set(view.all_classes()), set(view.all_enums())
    if slot.identifier:
        return SlotKind.IDENTIFIER
    if "dpvconv_node_class" in slot.annotations:
        return SlotKind.WRAPPED
    if ranges == (LANG_TEXT,):
        return SlotKind.LANGUAGE_MAP
    if any(r in classes for r in ranges):
        return SlotKind.NESTED if view.is_inlined(slot) else SlotKind.REFERENCE
    if all(r in enums for r in ranges):
        return SlotKind.TYPES if slot.slot_uri == RDF_TYPE else SlotKind.CONCEPT
    return SlotKind.LITERAL


def test_the_same_classes():
    assert sorted(schema_info().classes) == sorted(schema_view().all_classes())


@pytest.mark.parametrize("class_name", sorted(schema_view().all_classes()))
def test_every_slot_agrees_with_linkml(class_name: str):
    view, info = schema_view(), schema_info()
    linkml = {slot.name: slot for slot in view.class_induced_slots(class_name)}
    ours = info.classes[class_name]
    assert sorted(ours) == sorted(linkml), f"{class_name}: the slots differ"
    disagreements = []
    for name, theirs in linkml.items():
        mine = ours[name]
        expected = {
            "ranges": linkml_ranges(theirs),
            "multivalued": bool(theirs.multivalued),
            "required": bool(theirs.required or theirs.identifier),
            "uri": theirs.slot_uri or "",
            "kind": linkml_kind(view, theirs),
        }
        actual = {key: getattr(mine, key) for key in expected}
        if actual != expected:
            wrong = {key: (actual[key], expected[key]) for key in expected if actual[key] != expected[key]}
            disagreements.append(f"{class_name}.{name}: (ours, LinkML's) {wrong}")
        if mine.kind in (SlotKind.NESTED, SlotKind.REFERENCE, SlotKind.LANGUAGE_MAP):
            assert mine.target in linkml_ranges(theirs), f"{class_name}.{name}: target {mine.target}"
        else:
            assert mine.target is None, f"{class_name}.{name}: a {mine.kind.value} slot has no target class"
    assert not disagreements, "\n".join(disagreements)


def test_every_kind_is_used():
    """A kind no slot has is dead code in every walker."""
    used = {slot.kind for slots in schema_info().classes.values() for slot in slots.values()}
    assert used == set(SlotKind)

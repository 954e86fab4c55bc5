"""English and Finnish labels of the concepts a policy names: coverage, fallbacks, and that the labels
come from the schema (schema/labels.yaml merged into dpv_terms.yaml, dpvconv.yaml's own annotations)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from dpvconv import resources
from dpvconv.policy import labels
from dpvconv.policy.labels import Label, concept_label, has_label
from dpvconv.policy.schema_info import SchemaInfo, SlotKind, schema_info

from .conftest import EXAMPLES, ROOT

SCHEMA = ROOT / "schema"


@cache
def label_table() -> dict[str, dict[str, str]]:
    return json.loads(labels.LABELS_PATH.read_text(encoding="utf-8"))


def enum_values(node: dict[str, Any], class_name: str, info: SchemaInfo) -> Iterator[str]:
    """Every enum value in a policy node, found through the schema's slot ranges (not by its looks)."""
    for key, value in node.items():
        slot = info.slot(class_name, key)
        if slot is None or value is None:
            continue
        items = value if slot.multivalued and isinstance(value, list) else [value]
        for item in items:
            if slot.kind is SlotKind.NESTED and isinstance(item, dict):
                yield from enum_values(item, slot.target or "", info)
            elif slot.kind in (SlotKind.CONCEPT, SlotKind.TYPES) and isinstance(item, str):
                yield item


def used_concepts() -> dict[str, set[str]]:
    """Concept -> the example files that use it."""
    info = schema_info()
    used: dict[str, set[str]] = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        policy = yaml.safe_load(path.read_text(encoding="utf-8"))
        for concept in enum_values(policy, info.root_class, info):
            used.setdefault(concept, set()).add(path.name)
    return used


# --- coverage -----------------------------------------------------------------------------------


def test_the_walk_finds_the_concepts_of_the_examples():
    """The walk sees every kind of enum slot, so the coverage test below has something to check."""
    used = used_concepts()
    assert len(used) > 200
    for concept in ("dpv:DirectMarketing", "eu-gdpr:A6-1-f", "pd:EmailAddress", "loc:non-EEA", "dpvconv:Email"):
        assert concept in used


def test_every_concept_used_in_the_examples_has_a_finnish_label():
    missing = {c: sorted(files) for c, files in used_concepts().items() if not has_label(c, "fi")}
    hint = "add DPV's to schema/labels.yaml, dpvconv's own to schema/dpvconv.yaml"
    assert not missing, f"concepts without a Finnish label ({hint}): " + ", ".join(
        f"{c} ({', '.join(files)})" for c, files in sorted(missing.items())
    )


# The legal bases, rights, roles, places and measures a notice names most: labelled whether or not an
# example uses them yet.
COMMON = [
    *(f"eu-gdpr:A6-1-{x}" for x in "abcdef"),
    *(f"eu-gdpr:A{n}" for n in range(13, 23)),
    "eu-gdpr:A7-3",
    "eu-gdpr:A77",
    *(f"eu-gdpr:A46-2-{x}" for x in "abcdef"),
    "eu-gdpr:A45-3",
    "eu-gdpr:SCCByCommission",
    "eu-gdpr:StandardContractualClauses",
    "eu-gdpr:BindingCorporateRules",
    "dpv:LegalBasis",
    "dpv:Consent",
    "dpv:Contract",
    "dpv:LegalObligation",
    "dpv:LegitimateInterest",
    "dpv:VitalInterest",
    "dpv:PublicInterest",
    "dpv:Purpose",
    "dpv:Marketing",
    "dpv:DirectMarketing",
    "dpv:Advertising",
    "dpv:ServiceProvision",
    "dpv:CustomerCare",
    "dpv:EnforceSecurity",
    "dpv:LegalCompliance",
    "dpv:ResearchAndDevelopment",
    "dpv:HumanResourceManagement",
    "dpv:PersonalData",
    "dpv:SensitivePersonalData",
    "dpv:SpecialCategoryPersonalData",
    "pd:Name",
    "pd:EmailAddress",
    "pd:TelephoneNumber",
    "pd:PhysicalAddress",
    "pd:IPAddress",
    "pd:Financial",
    "pd:Health",
    "dpv:DataController",
    "dpv:DataProcessor",
    "dpv:DataSubProcessor",
    "dpv:Recipient",
    "dpv:ThirdParty",
    "dpv:DataProtectionOfficer",
    "dpv:DataProtectionAuthority",
    "legal-fi:DPA-FI",
    "dpv:DataSubject",
    "dpv:Customer",
    "dpv:Employee",
    "dpv:JobApplicant",
    "dpv:TechnicalOrganisationalMeasure",
    "dpv:TechnicalMeasure",
    "dpv:OrganisationalMeasure",
    "dpv:PhysicalMeasure",
    "dpv:LegalMeasure",
    "dpv:Encryption",
    "dpv:AccessControlMethod",
    "dpv:Pseudonymisation",
    "dpv:Anonymisation",
    "dpv:StaffTraining",
    "loc:FI",
    "loc:EU",
    "loc:EEA",
    "loc:US",
    "loc:non-EEA",
    "loc:non-EU",
    "legal-eu:law-GDPR",
    "tech:Cookie",
    "dpv:DataSource",
    "dpv:Required",
    "dpv:Optional",
    "dpv:AutomatedDecisionMaking",
]


@pytest.mark.parametrize("curie", COMMON)
def test_common_concepts_have_a_finnish_label(curie: str):
    assert has_label(curie, "fi"), f"{curie} has no Finnish label: add it to schema/labels.yaml"


def test_a_few_hundred_concepts_have_finnish_labels():
    assert sum("fi" in entry for entry in label_table().values()) >= 300


def test_every_enum_value_of_the_schema_has_a_label():
    """labels.json covers the whole schema: no concept a policy may name shows as a bare CURIE."""
    values = {v for values in schema_info().enums.values() for v in values}
    assert values <= label_table().keys(), sorted(values - label_table().keys())[:20]


# --- the labels themselves ----------------------------------------------------------------------


def test_every_label_is_a_clean_non_empty_line():
    for curie, entry in label_table().items():
        assert set(entry) <= {"en", "fi"} and "en" in entry, curie
        for lang, text in entry.items():
            assert text and text == text.strip() and "\n" not in text, (curie, lang, text)
            assert text != curie, f"the {lang} label of {curie} is its CURIE"


def test_finnish_labels_are_not_english_copies():
    """A Finnish label that is word for word the English one was not translated (names excepted)."""
    same_in_both = {"Internet", "Bluetooth", "Australia", "Israel", "Singapore", "Latvia", "Autonominen"}
    copies = {
        curie: entry["fi"]
        for curie, entry in label_table().items()
        if "fi" in entry and entry["fi"] == entry["en"] and entry["fi"] not in same_in_both
    }
    assert not copies, copies


def test_established_finnish_gdpr_terms():
    assert concept_label("dpv:DataController", "fi").text == "Rekisterinpitäjä"
    assert concept_label("dpv:DataProcessor", "fi").text == "Henkilötietojen käsittelijä"
    assert concept_label("dpv:DataProtectionOfficer", "fi").text == "Tietosuojavastaava"
    assert concept_label("dpv:DataSubject", "fi").text == "Rekisteröity"
    assert concept_label("dpv:LegitimateInterest", "fi").text == "Oikeutettu etu"
    assert concept_label("dpv:ContractPerformance", "fi").text == "Sopimuksen täytäntöönpano"
    assert concept_label("dpv:LegalObligation", "fi").text == "Lakisääteinen velvoite"
    assert concept_label("eu-gdpr:StandardContractualClauses", "fi").text == "Vakiosopimuslausekkeet"
    assert "oikeus tulla unohdetuksi" in concept_label("eu-gdpr:A17", "fi").text
    assert concept_label("dpv:DirectMarketing", "fi") == Label("Suoramarkkinointi", "fi")
    assert concept_label("dpv:DirectMarketing", "en") == Label("Direct marketing", "en")


def test_english_override_replaces_a_title_that_reads_badly():
    dpv_title = dpv_terms_values()["eu-gdpr:A6-1-f"]["title"]
    label = concept_label("eu-gdpr:A6-1-f", "en")
    assert label.lang == "en"
    assert label.text != dpv_title
    assert label.text.startswith("Legitimate interests")


def test_dpvconv_own_concepts_are_labelled_in_both_languages():
    assert concept_label("dpvconv:PersonalIdentityCode", "fi") == Label("Henkilötunnus", "fi")
    assert concept_label("dpvconv:PersonalIdentityCode", "en") == Label("Personal identity code", "en")
    # Without label_en, the English label is the title written in dpvconv.yaml.
    assert concept_label("dpvconv:Firewall", "en") == Label("Firewall", "en")


# --- fallbacks ----------------------------------------------------------------------------------


def english_only() -> str:
    return next(curie for curie, entry in sorted(label_table().items()) if "fi" not in entry)


def test_no_finnish_label_falls_back_to_english():
    curie = english_only()
    assert not has_label(curie, "fi")
    assert has_label(curie, "en")
    assert concept_label(curie, "fi") == Label(label_table()[curie]["en"], "en")


def test_english_label_defaults_to_the_dpv_title():
    curie = english_only()
    assert concept_label(curie, "en").text == dpv_terms_values()[curie]["title"]


def test_other_languages_fall_back_to_english():
    assert concept_label("dpv:DirectMarketing", "sv") == Label("Direct marketing", "en")
    assert not has_label("dpv:DirectMarketing", "sv")


def test_regional_tags_count_as_their_language():
    assert concept_label("dpv:DirectMarketing", "fi-FI") == Label("Suoramarkkinointi", "fi")
    assert has_label("dpv:DirectMarketing", "FI")


@pytest.mark.parametrize("curie", ["dpv:NoSuchConcept", "ex:Thing", "dpvconv:Unknown", "loc:XX"])
def test_unknown_concepts_fall_back_to_the_curie(curie: str):
    assert concept_label(curie, "fi") == Label(curie, "")
    assert concept_label(curie, "en") == Label(curie, "")
    assert not has_label(curie, "fi")
    assert not has_label(curie, "en")


@pytest.mark.parametrize("text", ["", "DirectMarketing", "dpv:", ":Thing", "dpv: DirectMarketing"])
def test_a_malformed_curie_is_refused(text: str):
    with pytest.raises(ValueError, match="not a CURIE"):
        concept_label(text, "en")


def test_labels_are_read_from_the_package_not_the_schema():
    """An installed dpvconv has no schema/labels.yaml to read: the labels ship in generated/."""
    assert labels.LABELS_PATH.parent == resources.GENERATED_DIR
    assert labels.LABELS_PATH.is_file()


# --- the labels come from the schema -------------------------------------------------------------


@cache
def dpv_terms_values() -> dict[str, dict[str, Any]]:
    terms = yaml.safe_load((SCHEMA / "dpv_terms.yaml").read_text(encoding="utf-8"))
    return {k: v for enum in terms["enums"].values() for k, v in enum["permissible_values"].items()}


def test_labels_yaml_is_merged_into_the_dpv_enums():
    """Every hand-written label is in schema/dpv_terms.yaml as annotations (run `make gen-dpv` if not)."""
    source = yaml.safe_load((SCHEMA / "labels.yaml").read_text(encoding="utf-8"))
    values = dpv_terms_values()
    for curie, entry in source.items():
        notes = values[curie].get("annotations", {})
        assert notes == {f"label_{lang}": text for lang, text in sorted(entry.items())}, curie


def test_labels_json_states_what_the_schema_says():
    """Read the two schema files directly, independently of the generator, and compare."""
    own = yaml.safe_load((SCHEMA / "dpvconv.yaml").read_text(encoding="utf-8"))
    values = dict(dpv_terms_values())
    for enum in own["enums"].values():
        values.update(enum["permissible_values"])
    expected = {}
    for curie, value in values.items():
        notes = value.get("annotations") or {}
        expected[curie] = {"en": notes.get("label_en", value["title"])}
        if "label_fi" in notes:
            expected[curie]["fi"] = notes["label_fi"]
    assert label_table() == expected


# --- the generator's checks on schema/labels.yaml ------------------------------------------------


@cache
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_dpv_terms", ROOT / "scripts" / "gen_dpv_terms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_dpv_terms"] = module
    spec.loader.exec_module(module)
    return module


ENUMS = {
    "DpvPurpose": {"permissible_values": {"dpv:DirectMarketing": {"title": "Direct Marketing"}}},
    "DpvOther": {"permissible_values": {"dpv:DirectMarketing": {"title": "Direct Marketing"}}},
}


def merge(tmp_path: Path, text: str) -> dict[str, Any]:
    path = tmp_path / "labels.yaml"
    path.write_text(text, encoding="utf-8")
    enums = json.loads(json.dumps(ENUMS))
    generator().apply_labels(enums, *generator().read_labels(path))
    return enums


def test_generator_puts_labels_on_every_enum_value_of_the_concept(tmp_path: Path):
    enums = merge(tmp_path, "dpv:DirectMarketing:\n  en: Direct marketing\n  fi: Suoramarkkinointi\n")
    for enum in enums.values():
        assert enum["permissible_values"]["dpv:DirectMarketing"]["annotations"] == {
            "label_en": "Direct marketing",
            "label_fi": "Suoramarkkinointi",
        }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dpv:DirectMarketting:\n  fi: Suoramarkkinointi\n", "1:1: error: dpv:DirectMarketting is not a DPV concept"),
        ("dpv:DirectMarketing:\n  en: Direct marketing\n", "1:1: error: dpv:DirectMarketing has no Finnish label"),
        ("dpv:DirectMarketing:\n  fi: Suoramarkkinointi\n  sv: Direktmarknadsföring\n", "3:3: error: unknown label"),
        ("dpv:DirectMarketing:\n  fi: ''\n", "2:7: error: the fi label of dpv:DirectMarketing is not a text"),
        ("dpv:DirectMarketing:\n  fi: dpv:DirectMarketing\n", "2:7: error: the fi label of dpv:DirectMarketing is"),
        ("dpv:DirectMarketing:\n  en: Direct Marketing\n  fi: Suoramarkkinointi\n", "2:7: error: the en label of"),
        ("dpv:DirectMarketing:\n  fi: a\ndpv:DirectMarketing:\n  fi: b\n", "3:1: error: duplicate key"),
        ("dpvconv:Email:\n  fi: Sähköposti\n", "label dpvconv's own concepts in schema/dpvconv.yaml"),
    ],
    ids=["typo", "no-finnish", "unknown-language", "empty", "curie", "same-as-title", "duplicate", "own-concept"],
)
def test_generator_refuses_bad_labels_with_a_located_message(tmp_path: Path, text: str, message: str):
    with pytest.raises(generator().LabelError) as caught:
        merge(tmp_path, text)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "labels.yaml") + ":")


# --- slot labels ---------------------------------------------------------------------------------
#
# Each slot's label is in the schema too: its `title` (English) and its `label_fi` annotation, as the
# class sees the slot (slot_usage may give a class its own). publish heads its rows with them and diff
# names slots with them; scripts/gen_artifacts.py collects them into generated/slot_labels.json.


@cache
def slot_table() -> dict[str, dict[str, dict[str, str]]]:
    return json.loads(labels.SLOT_LABELS_PATH.read_text(encoding="utf-8"))


def schema_slot_labels() -> dict[str, dict[str, str]]:
    """``Class.slot`` -> labels, read from dpvconv.yaml directly (independently of the generator and of
    LinkML): a class's slot_usage, else its own attribute, else an ancestor's, else the slot under ``slots:``."""
    own = yaml.safe_load((SCHEMA / "dpvconv.yaml").read_text(encoding="utf-8"))
    classes, slots = own["classes"], own["slots"]

    def label(definition: dict[str, Any]) -> dict[str, str]:
        return {"en": definition["title"], "fi": definition["annotations"]["label_fi"]}

    def lineage(name: str | None) -> list[str]:
        return [name, *lineage(classes[name].get("is_a"))] if name else []

    found: dict[str, dict[str, str]] = {}
    for name, spec in classes.items():
        if spec.get("abstract"):
            continue
        chain = lineage(name)
        names = [s for c in chain for s in [*(classes[c].get("slots") or []), *(classes[c].get("attributes") or {})]]
        for slot in dict.fromkeys(names):
            usage = next(
                (classes[c]["slot_usage"][slot] for c in chain if slot in (classes[c].get("slot_usage") or {})), {}
            )
            attribute = next(
                (classes[c]["attributes"][slot] for c in chain if slot in (classes[c].get("attributes") or {})), None
            )
            definition = {**(attribute or slots[slot]), **usage}
            found[f"{name}.{slot}"] = label(definition)
    return found


def test_slot_labels_json_states_what_the_schema_says():
    assert slot_table()["classes"] == schema_slot_labels()
    own = yaml.safe_load((SCHEMA / "dpvconv.yaml").read_text(encoding="utf-8"))["slots"]
    for name, definition in own.items():
        assert slot_table()["slots"][name] == {"en": definition["title"], "fi": definition["annotations"]["label_fi"]}


def test_every_slot_of_every_class_has_both_labels():
    """Every slot as dpvconv's own reader sees it, for publish and diff to find its label."""
    info = schema_info()
    missing = [
        f"{class_name}.{slot}"
        for class_name, slots in info.classes.items()
        for slot in slots
        if class_name != "Statement" and f"{class_name}.{slot}" not in slot_table()["classes"]
    ]
    assert not missing, missing
    names = {slot for slots in info.classes.values() for slot in slots}
    assert names == set(slot_table()["slots"]), names ^ set(slot_table()["slots"])


def test_slot_labels_are_clean_lines_and_translated():
    for key, entry in [*slot_table()["classes"].items(), *slot_table()["slots"].items()]:
        assert set(entry) == {"en", "fi"}, key
        for lang, text in entry.items():
            assert text and text == text.strip() and "\n" not in text and not text.endswith((":", ".")), (key, lang)
        assert entry["fi"] != entry["en"], f"the Finnish label of {key} is the English one"


def test_slot_labels_in_use():
    assert labels.slot_label("legal_bases", "fi") == Label("Oikeusperusteet", "fi")
    assert labels.slot_label("legal_bases", "en-GB") == Label("Legal bases", "en")
    assert labels.slot_label("legal_bases", "sv") == Label("Legal bases", "en")  # English for any other
    # A class may give a slot its own label (slot_usage): a transfer's locations are its destinations.
    assert labels.slot_label("locations", "en", "Transfer") == Label("Destinations", "en")
    assert labels.slot_label("locations", "en", "Recipient") == Label("Locations", "en")
    assert labels.slot_label("locations", "en") == Label("Locations", "en")
    with pytest.raises(KeyError, match=r"Process\.no_such_slot"):
        labels.slot_label("no_such_slot", "en", "Process")


@cache
def artifacts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_artifacts", ROOT / "scripts" / "gen_artifacts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_refuses_a_slot_without_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A slot added without its labels, or an attribute given two, stops `make gen`, naming it."""
    for name in ("dpvconv.yaml", "dpv_terms.yaml"):
        (tmp_path / name).write_text((SCHEMA / name).read_text(encoding="utf-8"), encoding="utf-8")
    schema = tmp_path / "dpvconv.yaml"
    text = schema.read_text(encoding="utf-8")
    for old, new in (
        # Process's last slot, then a slot of its own with no title or label_fi.
        ("      - processes\n    slot_usage:", "      - processes\n      - data_exporters\n    slot_usage:"),
        ("\nenums:\n", "\n  data_exporters:\n    description: Organisations the data is exported by.\n\nenums:\n"),
        # The first class's attribute kinds labelled otherwise than the others'.
        (
            "        title: Kinds\n        annotations:\n          label_fi: Lajit\n",
            "        title: Types\n        annotations:\n          label_fi: Tyypit\n",
        ),
    ):
        assert old in text, old
        text = text.replace(old, new, 1)
    schema.write_text(text, encoding="utf-8")
    monkeypatch.setattr(artifacts(), "SCHEMA", schema)
    monkeypatch.setattr(artifacts(), "ROOT", tmp_path)
    with pytest.raises(SystemExit) as caught:
        artifacts().slot_labels()
    message = str(caught.value)
    assert "error: dpvconv.yaml: slot data_exporters has no title and no label_fi annotation" in message
    assert "error: dpvconv.yaml: Process.data_exporters has no title and no label_fi annotation" in message
    assert "the attribute kinds has different labels" in message and "DataSource: " in message

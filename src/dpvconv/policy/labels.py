"""Human-readable English and Finnish labels: of the concepts a policy names (DPV's and dpvconv's own)
and of the slots that hold them, which is how ``publish`` heads a row and ``diff`` names a field.

The labels come from the schema: each enum value's ``title`` and its ``label_en``/``label_fi``
annotations, each slot's ``title`` and its ``label_fi`` annotation (see docs/modelling.md, "Labels").
``scripts/gen_artifacts.py`` collects them into ``generated/labels.json`` and
``generated/slot_labels.json``, which ship inside the package, so nothing here reads the schema YAML
at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from dpvconv import resources
from dpvconv.policy.curies import is_curie

LABELS_PATH = resources.GENERATED_DIR / "labels.json"
SLOT_LABELS_PATH = resources.GENERATED_DIR / "slot_labels.json"

#: The languages labels are written in; English is the fallback for every other one.
LANGUAGES = ("en", "fi")
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Label:
    """A label and the language it is actually in.

    Attributes:
        text: What to show a reader.
        lang: The BCP 47 tag of ``text``: the language asked for, ``"en"`` where the concept has no
            label in that language, or ``""`` where ``text`` is the bare CURIE of an unknown concept.
    """

    text: str
    lang: str


@cache
def _labels() -> dict[str, dict[str, str]]:
    with open(LABELS_PATH, encoding="utf-8") as handle:
        data: dict[str, dict[str, str]] = json.load(handle)
    return data


def concept_label(curie: str, lang: str) -> Label:
    """The label of the concept ``curie`` in ``lang``, falling back to English, then to the CURIE.

    Args:
        curie: A concept as a policy writes it, e.g. ``"dpv:DirectMarketing"``.
        lang: ``"en"`` or ``"fi"``; a regional tag such as ``"fi-FI"`` counts as its language.

    Returns:
        The label in ``lang`` where the schema has one, otherwise the English label (``lang == "en"``),
        otherwise the CURIE itself (``lang == ""``) for a concept the schema does not know.

    Raises:
        ValueError: if ``curie`` is not of the form ``prefix:local``.
    """
    if not is_curie(curie):
        raise ValueError(f"{curie!r} is not a CURIE (prefix:local)")
    known = _labels().get(curie)
    if known is None:
        return Label(curie, "")
    wanted = lang.split("-", 1)[0].lower()
    if wanted in known:
        return Label(known[wanted], wanted)
    return Label(known[FALLBACK_LANGUAGE], FALLBACK_LANGUAGE)


def has_label(curie: str, lang: str) -> bool:
    """Whether the schema gives the concept ``curie`` a label in ``lang`` itself (no fallback)."""
    return lang.split("-", 1)[0].lower() in _labels().get(curie, {})


@cache
def _slot_labels() -> dict[str, dict[str, dict[str, str]]]:
    with open(SLOT_LABELS_PATH, encoding="utf-8") as handle:
        data: dict[str, dict[str, dict[str, str]]] = json.load(handle)
    return data


def slot_label(slot: str, lang: str, class_name: str | None = None) -> Label:
    """The label of the slot ``slot`` in ``lang``, falling back to English.

    Args:
        slot: A slot name as a policy writes it, e.g. ``"legal_bases"``.
        lang: ``"en"`` or ``"fi"``; a regional tag such as ``"fi-FI"`` counts as its language.
        class_name: The class whose slot it is: a class may give a slot a label of its own (a
            ``Transfer``'s ``locations`` are its destinations). Without it, the slot's own label.

    Raises:
        KeyError: the schema has no such slot (in that class), which is a bug in the caller.
    """
    table = _slot_labels()
    key = f"{class_name}.{slot}" if class_name else slot
    known = table["classes" if class_name else "slots"].get(key)
    if known is None:
        raise KeyError(f"the schema has no slot {key}")
    wanted = lang.split("-", 1)[0].lower()
    if wanted in known:
        return Label(known[wanted], wanted)
    return Label(known[FALLBACK_LANGUAGE], FALLBACK_LANGUAGE)


def slot_labels() -> dict[str, dict[str, str]]:
    """Every slot of every class, ``Class.slot``, with its labels by language (for tests and tools)."""
    return dict(_slot_labels()["classes"])

"""Where the schema, the bundled examples and the generated artifacts are.

An installed wheel carries ``schema/`` and ``examples/`` inside the package (see pyproject.toml);
a source checkout (editable install, tests) has them at the repository root. Both are found here,
in one place, so no other module guesses paths.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
GENERATED_DIR = PACKAGE_DIR / "generated"
JSON_SCHEMA_PATH = GENERATED_DIR / "dpvconv.schema.json"
#: The dpvconv vocabulary (Turtle): the classes, properties and concepts of our own namespace, with
#: their labels, definitions and places in DPV (see :mod:`dpvconv.rdf.vocabulary`).
VOCABULARY_PATH = GENERATED_DIR / "dpvconv.vocab.ttl"
#: DPV 2.3's concept, class and property hierarchy and English labels (Turtle), which ``dpvconv query``
#: loads by default. GENERATED from the DPV Turtle files by scripts/gen_dpv_hierarchy.py; it carries
#: the W3C licence notice DPV asks of a derived work.
DPV_HIERARCHY_PATH = GENERATED_DIR / "dpv" / "dpv-2.3-hierarchy.ttl"


def _bundled(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = PACKAGE_DIR.parents[1] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"dpvconv's {name}/ folder is missing from this installation")


@cache
def schema_dir() -> Path:
    """The folder holding ``dpvconv.yaml`` and ``dpv_terms.yaml``."""
    return _bundled("schema")


@cache
def examples_dir() -> Path:
    """The folder holding the curated example policies."""
    return _bundled("examples")


def schema_path() -> Path:
    """The main LinkML schema file."""
    return schema_dir() / "dpvconv.yaml"

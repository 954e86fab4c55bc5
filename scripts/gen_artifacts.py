"""Generate what the package needs from the LinkML schema, or check that the committed copies match.

    python scripts/gen_artifacts.py          # write src/dpvconv/generated/* and docs/schema/*
    python scripts/gen_artifacts.py --check  # exit 1, naming the files, if any differs

Everything here is made by LinkML's own generators from ``schema/dpvconv.yaml``; the only change
made afterwards is dropping the lines that carry a generation timestamp, so that regenerating an
unchanged schema gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "dpvconv.yaml"
GENERATED = ROOT / "src" / "dpvconv" / "generated"
DOCS = ROOT / "docs" / "schema"

_TIMESTAMP = re.compile(
    r"^.*(generation_date|Generation date|generated on|# Auto generated from .* by|"
    r"\"generation_date\"|source_file_date|source_file_size).*\n",
    re.MULTILINE,
)


def _strip(text: str) -> str:
    return _TIMESTAMP.sub("", text)


def json_schema() -> str:
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    return JsonSchemaGenerator(str(SCHEMA), top_class="PrivacyNotice", include_null=False).serialize()


def jsonld_context() -> str:
    from linkml.generators.jsonldcontextgen import ContextGenerator

    return ContextGenerator(str(SCHEMA), mergeimports=True, metadata=False).serialize()


def shacl() -> str:
    from linkml.generators.shaclgen import ShaclGenerator

    return ShaclGenerator(str(SCHEMA), mergeimports=True, metadata=False).serialize()


def python_model() -> str:
    from linkml.generators.pydanticgen import PydanticGenerator

    return PydanticGenerator(str(SCHEMA), metadata_mode=None).serialize()


def dpvconv_context() -> str:
    """dpvconv's own JSON-LD context (language maps, concept IRIs, datatypes), derived from the schema."""
    import json

    sys.path.insert(0, str(ROOT / "src"))
    from dpvconv.jsonld import build_context

    return json.dumps(build_context(), ensure_ascii=False, indent=2) + "\n"


def dpvconv_shapes() -> str:
    """SHACL shapes for the RDF dpvconv writes (DPV's patterns), derived from the schema."""
    sys.path.insert(0, str(ROOT / "src"))
    from dpvconv.shapes import build_shapes

    return build_shapes().serialize(format="turtle")


def concept_labels() -> str:
    """English and Finnish labels of every enum value, for ``dpvconv.labels`` (see docs/modelling.md).

    Read through LinkML's SchemaView, so the labels are what LinkML itself sees in the schema: the
    value's ``title`` (English), overridden by its ``label_en`` annotation, and its ``label_fi``.
    """
    import json

    from linkml_runtime.utils.schemaview import SchemaView

    view = SchemaView(str(SCHEMA))
    labels: dict[str, dict[str, str]] = {}
    for enum in view.all_enums().values():
        for curie, value in enum.permissible_values.items():
            notes = {tag: str(note.value) for tag, note in (value.annotations or {}).items()}
            entry = {"en": notes.get("label_en") or value.title}
            if "label_fi" in notes:
                entry["fi"] = notes["label_fi"]
            if labels.setdefault(curie, entry) != entry:
                raise SystemExit(f"{curie} has different labels in two enums: {labels[curie]} and {entry}")
    # One concept a line: small, and a changed label is a one-line diff.
    lines = [f"{json.dumps(curie)}: {json.dumps(entry, ensure_ascii=False)}" for curie, entry in sorted(labels.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


ARTIFACTS: dict[Path, Callable[[], str]] = {
    GENERATED / "labels.json": concept_labels,
    GENERATED / "dpvconv.shapes.ttl": dpvconv_shapes,
    ROOT / "src" / "dpvconv" / "contexts" / "dpvconv.context.jsonld": dpvconv_context,
    GENERATED / "dpvconv.schema.json": json_schema,
    GENERATED / "dpvconv.context.jsonld": jsonld_context,
    GENERATED / "dpvconv.shacl.ttl": shacl,
    GENERATED / "dpvconv_model.py": python_model,
}


def docs(target: Path) -> None:
    """Write the schema's Markdown documentation into ``target``."""
    from linkml.generators.docgen import DocGenerator

    DocGenerator(str(SCHEMA), directory=str(target), mergeimports=False, metadata=False).serialize()
    for page in target.glob("*.md"):
        page.write_text(_strip(page.read_text(encoding="utf-8")), encoding="utf-8")


def _tree(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))} if folder.is_dir() else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    args = parser.parse_args(argv)
    drift = []
    for path, make in ARTIFACTS.items():
        text = _strip(make())
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                drift.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        docs(fresh)
        if args.check:
            if _tree(fresh) != _tree(DOCS):
                drift.append(DOCS)
        else:
            DOCS.mkdir(parents=True, exist_ok=True)
            for old in DOCS.glob("*.md"):
                old.unlink()
            for page in fresh.glob("*.md"):
                (DOCS / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    if drift:
        for path in drift:
            print(f"error: {path.relative_to(ROOT)} differs from what the schema generates", file=sys.stderr)
        print("run `make gen` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate what the package needs from the LinkML schema, or check that the committed copies match.

    python scripts/gen_artifacts.py                  # write src/dpvconv/generated/*, the context, docs/schema/*
    python scripts/gen_artifacts.py --check          # exit 1, naming the files, if any differs
    python scripts/gen_artifacts.py --out DIR [--check]   # the same, in a tree laid out like this one

Only what something reads is generated and committed: the JSON Schema (``validate``, ``schema``,
editors), dpvconv's own JSON-LD context (``convert``), SHACL shapes (``tests/test_shacl.py``), the
labels of concepts and of slots (``publish``, ``diff``), the dpvconv vocabulary (``vocab``,
``publish``, ``query``), and the schema's documentation pages.
LinkML's gen-shacl, gen-jsonld-context and gen-pydantic outputs are not: nothing reads them, and a
test that wants LinkML as an oracle runs LinkML on the schema itself.

Everything is made from ``schema/dpvconv.yaml``, by LinkML's generators or dpvconv's own; the only
change made afterwards is dropping the lines that carry a generation timestamp, so that regenerating
an unchanged schema gives the same bytes. ``--check`` also reports a file in ``generated/`` that
this script no longer makes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "dpvconv.yaml"
#: Where the outputs go, relative to the repository root (or to ``--out``).
GENERATED = Path("src") / "dpvconv" / "generated"
CONTEXTS = Path("src") / "dpvconv" / "contexts"
DOCS = Path("docs") / "schema"
#: Files in ``generated/`` that are not generated.
HAND_WRITTEN = {"__init__.py"}
#: Folders in ``generated/`` that another generator makes and checks: DPV's hierarchy, derived from DPV
#: itself (not from the schema) by scripts/gen_dpv_hierarchy.py.
MADE_ELSEWHERE = {"dpv": "scripts/gen_dpv_hierarchy.py"}

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


def dpvconv_context() -> str:
    """dpvconv's own JSON-LD context (language maps, concept IRIs, datatypes), derived from the schema."""
    import json

    from dpvconv.rdf.jsonld import build_context

    return json.dumps(build_context(), ensure_ascii=False, indent=2) + "\n"


def dpvconv_shapes() -> str:
    """SHACL shapes for the RDF dpvconv writes (DPV's patterns), derived from the schema."""
    from dpvconv.rdf.shapes import build_shapes

    return build_shapes().serialize(format="turtle")


def dpvconv_vocabulary() -> str:
    """The dpvconv vocabulary (Turtle): every class, property and concept of our own namespace, with its
    labels, definition and place in DPV (see dpvconv.rdf.vocabulary)."""
    from dpvconv.rdf.vocabulary import VocabularyError, build_vocabulary

    try:
        return build_vocabulary(SCHEMA)
    except VocabularyError as err:
        raise SystemExit(
            "\n".join(f"error: {SCHEMA.relative_to(ROOT)}: {line}" for line in str(err).splitlines())
        ) from None


def concept_labels() -> str:
    """English and Finnish labels of every enum value, for ``dpvconv.policy.labels`` (see docs/modelling.md).

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


def _notes(element: Any) -> dict[str, str]:
    """An element's annotations as tag -> text (SchemaView gives a dict or a JsonObj)."""
    from linkml_runtime.utils.formatutils import items

    return {str(tag): str(getattr(note, "value", note)) for tag, note in items(element.annotations or {})}


def _slot_label(slot: Any, where: str, problems: list[str]) -> dict[str, str] | None:
    """A slot's label as ``{"en": title, "fi": label_fi}``; a problem, naming ``where``, if it lacks one."""
    notes = _notes(slot)
    if "label_en" in notes:
        problems.append(f"{where}: a slot's English label is its title; drop the label_en annotation")
    missing = [
        what for what, text in (("title", slot.title), ("label_fi annotation", notes.get("label_fi"))) if not text
    ]
    if missing:
        problems.append(f"{where} has no {' and no '.join(missing)}: give it its English and Finnish labels")
        return None
    return {"en": str(slot.title), "fi": notes["label_fi"]}


def slot_labels() -> str:
    """English and Finnish labels of every slot, for publish and diff (see docs/modelling.md, "Labels").

    Read through LinkML's SchemaView: a slot's label is its ``title`` (English) and its ``label_fi``
    annotation, as the class sees it (``classes``, keyed ``Class.slot``: slot_usage may give a class its
    own), and the slot's own label without a class (``slots``: its definition under ``slots:``, or
    for an attribute, the one label every class that has it gives it). A slot without both labels,
    or an attribute with two labels, stops generation with a message naming it.
    """
    import json

    from linkml_runtime.utils.schemaview import SchemaView

    view = SchemaView(str(SCHEMA))
    problems: list[str] = []
    by_class: dict[str, dict[str, str]] = {}
    own: dict[str, dict[str, str]] = {}
    for name, slot in view.all_slots(attributes=False).items():
        if (label := _slot_label(slot, f"slot {name}", problems)) is not None:
            own[name] = label
    attributes: dict[str, dict[str, tuple[str, ...]]] = {}  # attribute -> label -> the classes giving it
    for class_name, cls in view.all_classes().items():
        if cls.abstract or cls.mixin:
            continue
        for slot in view.class_induced_slots(class_name):
            label = _slot_label(slot, f"{class_name}.{slot.name}", problems)
            if label is None:
                continue
            by_class[f"{class_name}.{slot.name}"] = label
            if slot.name in (cls.attributes or {}):
                key = json.dumps(label, ensure_ascii=False)
                attributes.setdefault(slot.name, {})[key] = (*attributes.get(slot.name, {}).get(key, ()), class_name)
    for name, labels in attributes.items():
        if name in own:
            continue
        if len(labels) > 1:
            given = "; ".join(f"{', '.join(classes)}: {label}" for label, classes in labels.items())
            problems.append(f"the attribute {name} has different labels ({given}); give it one label")
            continue
        own[name] = json.loads(next(iter(labels)))
    if problems:
        raise SystemExit("\n".join(f"error: {SCHEMA.relative_to(ROOT)}: {problem}" for problem in problems))

    def table(entries: dict[str, dict[str, str]]) -> str:
        # One slot a line, as labels.json has one concept a line.
        return ",\n".join(
            f"    {json.dumps(key)}: {json.dumps(entry, ensure_ascii=False)}" for key, entry in sorted(entries.items())
        )

    return '{\n  "classes": {\n' + table(by_class) + '\n  },\n  "slots": {\n' + table(own) + "\n  }\n}\n"


ARTIFACTS: dict[Path, Callable[[], str]] = {
    GENERATED / "labels.json": concept_labels,
    GENERATED / "slot_labels.json": slot_labels,
    GENERATED / "dpvconv.shapes.ttl": dpvconv_shapes,
    GENERATED / "dpvconv.vocab.ttl": dpvconv_vocabulary,
    GENERATED / "dpvconv.schema.json": json_schema,
    CONTEXTS / "dpvconv.context.jsonld": dpvconv_context,
}


def docs(target: Path) -> None:
    """Write the schema's Markdown documentation into ``target``."""
    from linkml.generators.docgen import DocGenerator

    DocGenerator(str(SCHEMA), directory=str(target), mergeimports=False, metadata=False).serialize()
    for page in target.glob("*.md"):
        page.write_text(_strip(page.read_text(encoding="utf-8")), encoding="utf-8")


def _tree(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))} if folder.is_dir() else {}


def _stale(out: Path) -> list[Path]:
    """Files anywhere in ``generated/`` that no generator makes (a removed artifact left behind)."""
    folder = out / GENERATED
    if not folder.is_dir():
        return []
    made = {path.relative_to(GENERATED).as_posix() for path in ARTIFACTS if GENERATED in path.parents}
    made |= HAND_WRITTEN
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.relative_to(folder).parts[0] not in MADE_ELSEWHERE
        and path.relative_to(folder).as_posix() not in made
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT,
        metavar="DIR",
        help="the tree to write into or check, laid out like the repository (default: the repository)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    drift: list[tuple[Path, str]] = []
    for relative, make in ARTIFACTS.items():
        text = _strip(make())
        path = out / relative
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                drift.append((relative, "differs from what the schema generates"))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        docs(fresh)
        target = out / DOCS
        if args.check:
            if _tree(fresh) != _tree(target):
                drift.append((DOCS, "differs from what the schema generates"))
        else:
            target.mkdir(parents=True, exist_ok=True)
            for old in target.glob("*.md"):
                old.unlink()
            for page in fresh.glob("*.md"):
                (target / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    stale = _stale(out)
    if args.check:
        drift += [(path.relative_to(out), "is not generated any more: delete it") for path in stale]
    else:
        for path in stale:
            print(f"note: {path.relative_to(out)} is not generated any more: delete it", file=sys.stderr)
    if drift:
        for relative, problem in drift:
            print(f"error: {relative.as_posix()} {problem}", file=sys.stderr)
        print("run `make gen` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The floor for ``dpvconv convert``: YAML read with libyaml, N-Triples written by string formatting,
no validation. It states the same graph as ``dpvconv convert --to ntriples`` (the benchmark checks
that on a sample), so the ratio between the two is what validation, the model and pyoxigraph cost.

    python bench/floor_ntriples.py OUT_DIR FILE...
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from dpvconv.policy.schema_info import RDF_TYPE, SlotKind, entry_kinds
from dpvconv.rdf.mapping import DEFAULT_BASE, RDF_VALUE, mapping, policy_namespace

M = mapping()
UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def literal(text: str, language: str | None = None, datatype: str | None = None) -> str:
    body = json.dumps(text, ensure_ascii=False)
    if language:
        return f"{body}@{language}"
    return f"{body}^^<{M.expand(datatype)}>" if datatype else body


def write(policy: dict[str, Any], out: list[str]) -> None:
    ns = policy_namespace(policy["id"], DEFAULT_BASE)
    scope = "b" + hashlib.sha256(ns.encode()).hexdigest()[:8]

    def blank(label: str) -> str:
        return f"_:{scope}_{UNSAFE.sub('_', label).strip('_')}"

    def node(data: dict[str, Any], cls: str, node_subject: str, label: str) -> None:
        for curie in M.info.types_of(cls):
            out.append(f"{node_subject} <{M.expand(RDF_TYPE)}> <{M.expand(curie)}> .\n")
        inner_node = M.info.inner_nodes.get(cls)
        inner_subject = blank(f"{label}.{inner_node.term}") if inner_node else ""
        if inner_node and any(s.inner for k in data if (s := M.info.slot(cls, k)) is not None):
            out.append(f"{node_subject} <{M.expand(inner_node.property)}> {inner_subject} .\n")
            out.append(f"{inner_subject} <{M.expand(RDF_TYPE)}> <{M.expand(inner_node.node_class)}> .\n")
        for key, value in data.items():
            slot = M.info.slot(cls, key)
            if slot is None or slot.identifier:
                continue
            subject = inner_subject if slot.inner else node_subject
            values = value if slot.multivalued else [value]
            for index, item in enumerate(values):
                here = (
                    f"{label}.{inner_node.term}.{key}.{index}"
                    if slot.inner and inner_node
                    else f"{label}.{key}.{index}"
                )
                p = f"<{M.expand(slot.uri)}>"
                kind = slot.kind
                if kind is SlotKind.WRAPPED:
                    w = blank(here)
                    out.append(f"{subject} {p} {w} .\n")
                    for curie in slot.node_classes:
                        out.append(f"{w} <{M.expand(RDF_TYPE)}> <{M.expand(curie)}> .\n")
                    inner = f"<{M.expand(slot.node_value or RDF_VALUE)}>"
                    if isinstance(item, dict):
                        out.extend(f"{w} {inner} {literal(t, lang)} .\n" for lang, t in item.items())
                    else:
                        out.append(f"{w} {inner} {literal(str(item), datatype=M.datatype(slot))} .\n")
                elif kind is SlotKind.LANGUAGE_MAP:
                    out.extend(f"{subject} {p} {literal(t, lang)} .\n" for lang, t in item.items())
                elif kind is SlotKind.LITERAL:
                    out.append(f"{subject} {p} {literal(str(item), datatype=M.datatype(slot))} .\n")
                elif kind is SlotKind.CONCEPT or kind is SlotKind.TYPES:
                    out.append(f"{subject} {p} <{M.expand(item)}> .\n")
                elif kind is SlotKind.REFERENCE:
                    out.append(f"{subject} {p} <{ns}{item}> .\n")
                else:
                    child = f"<{ns}{item['id']}>" if "id" in item else blank(here)
                    out.append(f"{subject} {p} {child} .\n")
                    if slot.kinds_term:
                        out.extend(f"{subject} {p} <{M.expand(k)}> .\n" for k in entry_kinds(M.info, slot, item))
                    node(item, slot.target or "", child, item.get("id", here))

    node(policy, M.info.root_class, f"<{ns}>", "notice")


def main(out_dir: str, *files: str) -> int:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for name in files:
        with open(name, encoding="utf-8") as handle:
            policy = yaml.load(handle, Loader=yaml.CSafeLoader)
        out: list[str] = []
        write(policy, out)
        (target / (Path(name).stem + ".nt")).write_text("".join(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *sys.argv[2:]))

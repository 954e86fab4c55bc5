"""The checks a JSON Schema cannot make, run after schema validation.

- identifiers are unique within a file;
- references (``controller``, ``channels``, ``technology_refs``, ...) name an entry of the right class;
- dates are real calendar dates;
- language tags are valid BCP 47 (registered subtags, not only the right shape);
- CURIEs in enum-valued fields use a prefix the schema declares;
- a ``kinds``/``roles`` list does not repeat the concept its class already is;
- a duration is not negative (the schema's pattern, like ``xsd:duration``, allows ``-P1D``);
- a retention rule's minimum is not longer than its maximum;
- the file was written for this schema's MAJOR.MINOR version;
- every key and text holds only characters XML 1.0 can carry (RDF/XML is XML);
- processes nest at most :data:`MAX_PROCESS_NESTING` levels deep, so every reader of the output takes it.

LinkML's validator cannot judge any of these (it checks one value at a time against the schema).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dpvconv.diagnostics import Diagnostic
from dpvconv.policy.durations import duration_days, parse_duration
from dpvconv.policy.loader import Document, JsonPath
from dpvconv.policy.schema_info import SchemaInfo, SlotInfo, SlotKind
from dpvconv.policy.tree import nested_processes


@dataclass
class _Entry:
    class_name: str
    path: JsonPath


@dataclass
class _Reference:
    target: str
    ranges: tuple[str, ...]
    path: JsonPath


class _Walk:
    def __init__(self, document: Document, info: SchemaInfo):
        self.doc = document
        self.info = info
        self.ids: dict[str, _Entry] = {}
        self.references: list[_Reference] = []
        self.problems: list[Diagnostic] = []

    def error(self, path: JsonPath, message: str, hint: str) -> None:
        self.problems.append(self.doc.diagnostic(path, message, hint))

    def visit(self, node: dict[str, Any], class_name: str, path: JsonPath) -> None:
        for key, value in node.items():
            slot = self.info.slot(class_name, key)
            if slot is None or value is None:
                continue  # unknown fields and nulls are reported by the schema validation
            if slot.identifier and isinstance(value, str):
                self.identifier(value, class_name, (*path, key))
            if slot.uri == "rdf:type" and isinstance(value, list):
                self.own_kind(value, class_name, slot, (*path, key))
            if slot.multivalued and isinstance(value, list):
                for index, item in enumerate(value):
                    self.value(item, slot, (*path, key, index))
            else:
                self.value(value, slot, (*path, key))

    def own_kind(self, values: list[Any], class_name: str, slot: SlotInfo, path: JsonPath) -> None:
        """Every node is typed with its class's concept already; naming it again says nothing, and the RDF
        could not tell the two apart. It is needed only as the one kind where a kind is required."""
        own = self.info.class_uris.get(class_name)
        if own in values and (len(values) > 1 or not slot.required):
            index = values.index(own)
            self.error(
                (*path, index),
                f"'{own}' is what every {class_name} is already",
                f"remove it from {slot.name}" + (" (keep the more specific kinds)" if len(values) > 1 else ""),
            )

    def identifier(self, value: str, class_name: str, path: JsonPath) -> None:
        first = self.ids.get(value)
        if first is None:
            self.ids[value] = _Entry(class_name, path)
            return
        line = self.doc.position(first.path)[0]
        self.error(path, f"id '{value}' is used twice (first at line {line})", "give each entry its own id")

    def value(self, value: Any, slot: SlotInfo, path: JsonPath) -> None:
        kind = slot.kind
        if kind is SlotKind.REFERENCE:
            if isinstance(value, str):
                self.references.append(_Reference(value, slot.ranges, path))
        elif kind is SlotKind.NESTED:
            if isinstance(value, dict):
                self.visit(value, slot.target or "", path)
        elif not isinstance(value, str) or slot.language_tagged:
            return  # a language map's keys and texts are checked by the schema and _xml_characters
        elif kind is SlotKind.CONCEPT or kind is SlotKind.TYPES:
            self.curie(value, path)
        elif slot.ranges[0] == "date":
            self.date(value, path)
        elif slot.ranges[0] == "LanguageTag":
            self.language(value, path)
        elif slot.ranges[0] == "IsoDuration":
            self.duration(value, path)

    def date(self, value: str, path: JsonPath) -> None:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            self.error(path, f"'{value}' is not a real date", "write a calendar date as YYYY-MM-DD, e.g. 2023-07-26")
            return
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.error(path, f"'{value}' is not a date in YYYY-MM-DD form", "write the date as YYYY-MM-DD")

    def duration(self, value: str, path: JsonPath) -> None:
        """Every duration a policy holds is a length of time (how long data is kept, how soon a request
        is answered): one that runs backwards says nothing."""
        parsed = parse_duration(value)
        if parsed is not None and parsed.negative:
            self.error(
                path,
                f"'{value}' is a negative duration",
                f"a length of time cannot be negative: write it without the '-', e.g. {value[1:]}",
            )

    def language(self, value: str, path: JsonPath) -> None:
        import langcodes  # loaded only when a file names its languages

        if not langcodes.tag_is_valid(value):
            self.error(path, f"'{value}' is not a valid BCP 47 language tag", "use a tag such as fi, en, sv or sv-FI")

    def curie(self, value: str, path: JsonPath) -> None:
        prefix, colon, _ = value.partition(":")
        if colon and prefix not in self.info.prefixes:
            known = ", ".join(sorted(p for p in self.info.prefixes if p not in {"linkml"}))
            self.error(path, f"unknown prefix '{prefix}' in '{value}'", f"use one of the schema's prefixes: {known}")

    def resolve_references(self) -> None:
        for ref in self.references:
            entry = self.ids.get(ref.target)
            if entry is None:
                self.error(
                    ref.path,
                    f"'{ref.target}' does not name any entry in this file",
                    f"use the id of an entry of class {' or '.join(ref.ranges)} defined in the file",
                )
            elif not any(self.info.is_a(entry.class_name, r) for r in ref.ranges):
                self.error(
                    ref.path,
                    f"'{ref.target}' names a {entry.class_name}, not a {' or '.join(ref.ranges)}",
                    f"use the id of an entry of class {' or '.join(ref.ranges)}",
                )


def _retention_ranges(document: Document) -> Iterator[Diagnostic]:
    """A minimum retention longer than the maximum is a curation slip the schema cannot see."""

    def walk(node: Any, path: JsonPath) -> Iterator[Diagnostic]:
        if isinstance(node, dict):
            low, high = node.get("minimum_duration"), node.get("maximum_duration")
            if isinstance(low, str) and isinstance(high, str):
                low_days, high_days = duration_days(low), duration_days(high)
                # A negative one is reported on its own (_Walk.duration); comparing it adds nothing.
                if low_days is not None and high_days is not None and 0 <= high_days < low_days:
                    yield document.diagnostic(
                        (*path, "minimum_duration"),
                        f"minimum_duration {low} is longer than maximum_duration {high}",
                        "swap them, or correct the one that is wrong",
                    )
            for key, value in node.items():
                yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, (*path, index))

    yield from walk(document.data, ())


# Every character XML 1.0 cannot carry (outside its production Char): C0 controls but tab and line
# breaks, surrogates, U+FFFE and U+FFFF. libyaml refuses them in the file's text, but a double-quoted
# string lets them in through escapes ("\x0b", "\ufffe"), and RDF/XML written with one is no XML at all.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _character(char: str) -> str:
    """``U+000B (a control character)``: a character named so that a reader can find it."""
    code = ord(char)
    kind = "a control character" if code < 0x20 else "a surrogate" if code < 0xE000 else "a noncharacter"
    return f"U+{code:04X} ({kind})"


def _escape(char: str) -> str:
    """How the character is written in a double-quoted YAML string, where it most likely came from."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _xml_characters(document: Document) -> Iterator[Diagnostic]:
    """Keys and texts that hold a character XML cannot carry, each at its key or value."""
    if not _NOT_XML.search("\n".join(_texts(document.data))):
        return  # the usual case, found with one search rather than one per text

    def problem(path: JsonPath, text: str, what: str, key: bool) -> Diagnostic | None:
        found = _NOT_XML.search(text)
        if found is None:
            return None
        char = found.group()
        return document.diagnostic(
            path,
            f"{what} holds the character {_character(char)}, which XML cannot carry",
            f"delete it (in a double-quoted string, look for the escape {_escape(char)}); no RDF/XML file can hold it",
            key=key,
        )

    def walk(node: Any, path: JsonPath) -> Iterator[Diagnostic]:
        if isinstance(node, str):
            found = problem(path, node, f"the text of '{_field_name(path)}'", False)
            if found:
                yield found
        elif isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str):
                    found = problem((*path, key), key, f"the key '{key}'", True)
                    if found:
                        yield found
                yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, (*path, index))

    yield from walk(document.data, ())


def _texts(data: Any) -> list[str]:
    """Every key and text in ``data``."""
    texts: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            texts.extend(k for k in node if isinstance(k, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return texts


def _field_name(path: JsonPath) -> str:
    names = [step for step in path if isinstance(step, str)]
    return names[-1] if names else "the policy"


def _schema_version(document: Document, info: SchemaInfo) -> Iterator[Diagnostic]:
    declared = document.data.get("schema_version")
    if not isinstance(declared, str) or "." not in declared:
        return  # missing or malformed: the schema validation says so
    supported = ".".join(info.version.split(".")[:2])
    if declared != supported:
        yield document.diagnostic(
            ("schema_version",),
            f"written for schema version {declared}, but this dpvconv reads {supported}",
            f"update the file to schema {supported} (see docs/schema/index.md) or use a dpvconv that reads {declared}",
        )


#: How deep processes may nest (a process inside a process ... ). Notices describe two or three levels;
#: the limit keeps every output within what its readers accept (``query`` refuses JSON nested more than
#: ``sources.MAX_JSON_DEPTH`` levels, the Turtle read-back nodes nested more than
#: ``readback.MAX_NESTING``), so a policy that validates also converts, loads and reads back.
MAX_PROCESS_NESTING = 12


def _process_nesting(document: Document) -> Iterator[Diagnostic]:
    for process in nested_processes(document.data):
        if len(process.parents) == MAX_PROCESS_NESTING:  # the first level too deep, once per branch
            yield document.diagnostic(
                process.place,
                f"processes nest more than {MAX_PROCESS_NESTING} levels deep here",
                "list this process beside its parent, and say in its description what it is part of",
            )


def run_checks(document: Document, info: SchemaInfo) -> list[Diagnostic]:
    """Every problem the schema cannot see, in file order."""
    walk = _Walk(document, info)
    walk.visit(document.data, info.root_class, ())
    walk.resolve_references()
    problems = walk.problems
    problems.extend(_retention_ranges(document))
    problems.extend(_schema_version(document, info))
    problems.extend(_xml_characters(document))
    problems.extend(_process_nesting(document))
    return problems

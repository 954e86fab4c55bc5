"""Validating policy files: JSON Schema (generated from the LinkML schema) plus dpvconv's own checks.

The schema validation uses the JSON Schema that ``gen-json-schema`` makes from ``schema/dpvconv.yaml``,
run by jsonschema-rs (compiled, so a cold ``dpvconv validate`` needs no linkml import). Its errors
are rephrased for people and located in the YAML; :mod:`dpvconv.policy.checks` adds what a schema cannot
express.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NewType

from dpvconv import resources
from dpvconv.diagnostics import MAX_PER_FILE, Diagnostic, DiagnosticsError, cap
from dpvconv.inputs import discover
from dpvconv.policy.checks import run_checks
from dpvconv.policy.loader import Document, JsonPath, LoadError, load
from dpvconv.policy.schema_info import SchemaInfo, SlotInfo, SlotKind, schema_info

POLICY_SUFFIXES = (".yaml", ".yml")


@dataclass
class Report:
    """The outcome of validating some files."""

    files: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file has an error."""
        return not any(d.severity == "error" for d in self.diagnostics)

    @property
    def invalid_files(self) -> list[str]:
        """The files that have at least one error, in order."""
        return sorted({d.file for d in self.diagnostics if d.severity == "error"})


@cache
def _validator() -> Any:
    import jsonschema_rs

    with open(resources.JSON_SCHEMA_PATH, encoding="utf-8") as handle:
        return jsonschema_rs.validator_for(json.load(handle))


def _slot_at(info: SchemaInfo, path: JsonPath) -> tuple[str, SlotInfo | None]:
    """The class that holds the last key of ``path``, and that key's slot."""
    class_name, slot = info.root_class, None
    for step in path:
        if isinstance(step, int):
            continue
        if slot is not None:
            class_name = slot.target or class_name
        slot = info.slot(class_name, step)
        if slot is None:
            return class_name, None
    return class_name, slot


def _class_at(info: SchemaInfo, path: JsonPath) -> str:
    """The class of the object at ``path``."""
    if not path:
        return info.root_class
    _, slot = _slot_at(info, path)
    if slot is None:
        return info.root_class
    return slot.target or info.root_class


def _field(path: JsonPath) -> str:
    names = [step for step in path if isinstance(step, str)]
    return names[-1] if names else "the policy"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value}'"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _type_problem(doc: Document, info: SchemaInfo, path: JsonPath, value: Any, expected: list[str]) -> Diagnostic:
    name = _field(path)
    if value is None:
        return doc.diagnostic(path, f"'{name}' has no value", "give it a value, or remove the line")
    _, slot = _slot_at(info, path)
    if slot is not None and slot.language_tagged and "object" in expected:
        return doc.diagnostic(path, f"'{name}' must be a language map", f"write it as {name}: {{en: ..., fi: ...}}")
    if "array" in expected:
        return doc.diagnostic(path, f"'{name}' must be a list, not {_describe(value)}", f"write it as {name}: [a, b]")
    if "object" in expected:
        return doc.diagnostic(
            path, f"'{name}' must be a mapping of fields, not {_describe(value)}", "nest its fields under it"
        )
    if "string" in expected:
        return doc.diagnostic(
            path, f"'{name}' must be text, not {_describe(value)}", 'put the value in quotes, e.g. "2"'
        )
    return doc.diagnostic(path, f"'{name}' must be {' or '.join(expected)}, not {_describe(value)}", "change the value")


@lru_cache(maxsize=4096)
def _close_matches(word: str, choices: tuple[str, ...], n: int) -> tuple[str, ...]:
    """The ``n`` choices most like ``word``. A fuzzy match costs milliseconds against a large enum, and
    a file may repeat one misspelt value thousands of times: each distinct word is matched once."""
    return tuple(difflib.get_close_matches(word, choices, n=n, cutoff=0.6))


class _Suggestions:
    """Did-you-mean hints, worked out only for the problems that are shown (see
    :data:`~dpvconv.diagnostics.MAX_PER_FILE`): a problem is made with its plain hint, and the
    suggestion replaces it once the problems to show are chosen."""

    def __init__(self) -> None:
        self.pending: dict[Diagnostic, Callable[[], str]] = {}

    def defer(self, problem: Diagnostic, hint: Callable[[], str]) -> Diagnostic:
        """``problem``, whose hint is to be ``hint()`` if it is shown."""
        self.pending[problem] = hint
        return problem

    def fill(self, problems: list[Diagnostic]) -> list[Diagnostic]:
        """``problems`` with their deferred hints worked out."""
        return [replace(p, hint=self.pending[p]()) if p in self.pending else p for p in problems]


def _enum_problem(
    doc: Document, info: SchemaInfo, path: JsonPath, value: str, slot: SlotInfo, suggestions: _Suggestions
) -> Diagnostic | None:
    prefix, colon, _ = value.partition(":")
    if colon and prefix not in info.prefixes:
        return None  # reported once, by the prefix check
    enums = ", ".join(r for r in slot.ranges if r in info.enums)
    values = f"(values: {enums} in the schema)"

    def hint() -> str:
        close = _close_matches(value, info.enum_values(slot.ranges), 3)
        if close:
            return f"did you mean {' or '.join(repr(c) for c in close)}? {values}"
        return f"choose a value of {enums} {values}"

    problem = doc.diagnostic(
        path, f"'{value}' is not a known value for '{slot.name}'", f"choose a value of {enums} {values}"
    )
    return suggestions.defer(problem, hint)


def _unknown_fields(
    doc: Document, info: SchemaInfo, path: JsonPath, unexpected: list[str], suggestions: _Suggestions
) -> Iterator[Diagnostic]:
    class_name = _class_at(info, path)
    known = tuple(sorted(info.classes.get(class_name, {})))
    listing = f"the fields of {class_name} are: {', '.join(known)}"
    for name in unexpected:

        def hint(name: str = name) -> str:
            close = _close_matches(name, known, 1)
            return f"did you mean '{close[0]}'?" if close else listing

        problem = doc.diagnostic((*path, name), f"unknown field '{name}' in {class_name}", listing, key=True)
        yield suggestions.defer(problem, hint)


def _pattern_problem(doc: Document, info: SchemaInfo, path: JsonPath, value: Any, pattern: str) -> Diagnostic:
    for type_name, spec in info.types.items():
        if spec.get("pattern") == pattern:
            what = " ".join(str(spec.get("description", type_name)).split())
            return doc.diagnostic(path, f"'{value}' is not a valid {type_name}", f"expected {what}")
    return doc.diagnostic(path, f"'{value}' does not have the expected form", f"it must match {pattern}")


class _Screen:
    """A copy of a policy's data for the schema validator, with most unknown enum values replaced.

    The validator's error for a value outside an enum carries a sub-error per enum, each listing every
    value, so it costs some 20 KB and 0.1 ms: 100,000 unknown values in a 1 MB file took 2 GB. Only
    the first :data:`~dpvconv.diagnostics.MAX_PER_FILE` problems are shown, so once one more unknown
    value than that has been seen (in file order, which is the order of the walk), the rest are
    replaced by a known value and only counted, in :attr:`uncounted`.
    """

    def __init__(self, info: SchemaInfo):
        self.info = info
        self.unknown = 0  # unknown values left in the copy
        self.uncounted = 0  # problems the validator would have reported for the values replaced
        self.choices: dict[tuple[str, ...], frozenset[str]] = {}

    def mapping(self, node: dict[str, Any], class_name: str) -> dict[str, Any]:
        """``node`` (an instance of ``class_name``) with its unknown values past the limit replaced."""
        out = dict(node)
        for key, value in node.items():
            slot = self.info.slot(class_name, key)
            if slot is None or value is None:
                continue
            if slot.kind is SlotKind.NESTED:
                out[key] = self.nested(value, slot.target or "")
            elif slot.kind is SlotKind.CONCEPT or slot.kind is SlotKind.TYPES:
                if slot.multivalued and isinstance(value, list):
                    out[key] = [self.value(item, slot.ranges) for item in value]
                elif not slot.multivalued:
                    out[key] = self.value(value, slot.ranges)
        return out

    def nested(self, value: Any, class_name: str) -> Any:
        if isinstance(value, dict):
            return self.mapping(value, class_name)
        if isinstance(value, list):
            return [self.mapping(item, class_name) if isinstance(item, dict) else item for item in value]
        return value

    def value(self, value: Any, ranges: tuple[str, ...]) -> Any:
        known = self.choices.get(ranges)
        if known is None:
            known = self.choices[ranges] = frozenset(self.info.enum_values(ranges))
        if (isinstance(value, str) and value in known) or not known:
            return value
        if self.unknown <= MAX_PER_FILE:  # one past the limit, so a real problem says where the rest start
            self.unknown += 1
            return value
        prefix, colon, _ = value.partition(":") if isinstance(value, str) else ("", "", "")
        if not (colon and prefix not in self.info.prefixes):  # an unknown prefix is reported by the checks
            self.uncounted += 1
        return min(known)


def _schema_problems(
    doc: Document, info: SchemaInfo, suggestions: _Suggestions, data: dict[str, Any]
) -> Iterator[Diagnostic]:
    """The schema's findings on ``data`` (``doc.data`` or a copy from :class:`_Screen`), rephrased."""
    for error in _validator().iter_errors(data):
        path: JsonPath = tuple(error.instance_path)
        kind = type(error.kind).__name__
        value = error.instance
        if kind == "Required":
            field_name = error.kind.property
            yield doc.diagnostic(path, f"missing required field '{field_name}'", f"add '{field_name}:' here")
        elif kind == "AdditionalProperties":
            yield from _unknown_fields(doc, info, path, list(error.kind.unexpected), suggestions)
        elif kind == "Type":
            yield _type_problem(doc, info, path, value, [str(t) for t in error.kind.types])
        elif kind in ("AnyOf", "Enum") and isinstance(value, str) and (slot := _slot_at(info, path)[1]):
            problem = _enum_problem(doc, info, path, value, slot, suggestions)
            if problem:
                yield problem
        elif kind == "AnyOf" and value is None:
            yield _type_problem(doc, info, path, value, [])
        elif kind == "Pattern":
            yield _pattern_problem(doc, info, path, value, error.kind.pattern)
        else:
            yield doc.diagnostic(path, error.message, "see the schema documentation for this field")


def validate_document(doc: Document) -> list[Diagnostic]:
    """The problems in a loaded policy, in file order: the first :data:`~dpvconv.diagnostics.MAX_PER_FILE`
    of them, and then one that counts the rest."""
    info = schema_info()
    suggestions = _Suggestions()
    screen = _Screen(info)
    problems = list(doc.problems)
    if not _validator().is_valid(doc.data):  # the screen copies the data: only where there are errors
        screened = screen.mapping(doc.data, info.root_class)
        problems.extend(_schema_problems(doc, info, suggestions, screened))
    problems.extend(run_checks(doc, info))
    unique = {(d.line, d.column, d.message): d for d in problems}
    ordered = sorted(unique.values(), key=lambda d: (d.line, d.column, d.message))
    return suggestions.fill(cap(ordered, uncounted=screen.uncounted))


#: A policy that has passed validation: what every converter, ``publish`` and ``diff`` take. A NewType
#: costs nothing at run time (it is the loaded dict itself), and mypy holds every caller of a converter
#: to passing one, which only :func:`require_valid` and :func:`load_valid` make.
ValidPolicy = NewType("ValidPolicy", dict[str, Any])


def require_valid(doc: Document) -> ValidPolicy:
    """The data of a loaded policy, once it is known to have no problems.

    Raises:
        DiagnosticsError: the policy has problems; they say where and why.
    """
    problems = validate_document(doc)
    if problems:
        raise DiagnosticsError(problems)
    return ValidPolicy(doc.data)


def load_valid(path: Path, display: str | None = None) -> ValidPolicy:
    """The one way a policy file is read: loaded (see :func:`dpvconv.policy.loader.load`), then validated as
    ``dpvconv validate`` does; ``display`` is the name diagnostics give the file.

    Raises:
        DiagnosticsError: the file cannot be read, or the policy has problems; located.
    """
    return require_valid(load(path, display))


def validate_file(path: Path, display: str | None = None) -> list[Diagnostic]:
    """All problems in one policy file."""
    try:
        document = load(path, display)
    except LoadError as err:
        return err.diagnostics
    return validate_document(document)


def policy_files(paths: Iterable[Path]) -> list[Path]:
    """The policy files named by ``paths``: files as given, directories searched recursively.

    Raises:
        UsageError: see :func:`dpvconv.inputs.discover`.
    """
    return discover(paths, POLICY_SUFFIXES, "policy files")


def validate_paths(paths: Iterable[Path]) -> Report:
    """Validate every policy file under ``paths``.

    Raises:
        UsageError: see :func:`policy_files`.
    """
    report = Report()
    for path in policy_files(paths):
        report.files.append(str(path))
        report.diagnostics.extend(validate_file(path))
    return report

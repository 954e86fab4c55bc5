"""Reading policy YAML with the position of every node, so errors can point at ``FILE:LINE:COL``.

libyaml (through PyYAML's C binding, where installed) builds the node tree; this module turns it
into plain Python data itself, which lets it refuse what a policy never needs and a YAML loader
would happily accept: duplicate keys (YAML keeps the last one silently), aliases (the way to an
"alias bomb"), merge keys and custom tags. Timestamps stay text: a date is checked as a date later,
and JSON Schema sees the string the author wrote.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dpvconv.diagnostics import Diagnostic, DiagnosticsError
from dpvconv.escape import echo
from dpvconv.inputs import MAX_POLICY_BYTES, InputFileError, read_input

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

JsonPath = tuple[str | int, ...]
Position = tuple[int, int]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_MAX_DEPTH = 200
#: The most YAML nodes (mappings, lists, keys and values) in one policy file. The largest curated
#: notice has some 1,500; every layer of validation costs time and memory per node (a million empty
#: entries in a 3 MB file took a minute and 3 GB), so a file with more is refused before it is built.
MAX_NODES = 50_000
#: The longest number read as a number. No field of a policy holds a number (the schema asks for text),
#: and Python refuses to turn more than 4,300 digits into an int, so a longer one is kept as text.
MAX_NUMBER_CHARS = 100
# Every node but the first starts after one of these (a line break, or an indicator of a flow collection,
# a key, a value or a list item), and at most two start at one place (a block mapping and its first key),
# so three times their count bounds the number of nodes.
_NODE_STARTS = "\n,[{:-?"


class LoadError(DiagnosticsError):
    """The file cannot be read as one YAML mapping."""


@dataclass
class Document:
    """A loaded policy: its data, and where each value and each key stands in the file."""

    file: str
    data: dict[str, Any]
    values: dict[JsonPath, Position] = field(default_factory=dict)
    keys: dict[JsonPath, Position] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)

    def position(self, path: JsonPath, *, key: bool = False) -> Position:
        """Where ``path`` stands (its key with ``key=True``), or its nearest ancestor that exists."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            found = table.get(path[:end]) or self.values.get(path[:end])
            if found:
                return found
        return (1, 1)

    def diagnostic(self, path: JsonPath, message: str, hint: str = "", *, key: bool = False) -> Diagnostic:
        """A diagnostic located at ``path`` in this document."""
        line, column = self.position(path, key=key)
        return Diagnostic(self.file, line, column, message, hint, format_path(path))


def format_path(path: JsonPath) -> str:
    """``('processes', 0, 'purposes')`` as ``processes[0].purposes``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _mark(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise LoadError(
            [
                Diagnostic(
                    file,
                    line,
                    column,
                    f"byte 0x{raw[err.start]:02x} is not UTF-8",
                    "save the file as UTF-8 (policy files are UTF-8 text)",
                )
            ]
        ) from None


def _syntax_error(err: yaml.MarkedYAMLError, text: str, file: str) -> Diagnostic:
    mark = err.problem_mark or err.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines() or [""]
    if line > len(lines):  # the parser stops past the last line break: point at the end of the last line
        line, column = len(lines), len(lines[-1]) + 1
    problem = err.problem or "invalid YAML"
    offending = lines[line - 1] if mark else ""
    if "\t" in problem or (mark and "\t" in offending[: column + 1]):
        tab_column = offending.find("\t") + 1 if "\t" in offending else column
        return Diagnostic(
            file, line, tab_column, "a tab character where YAML needs spaces", "indent with spaces, not tabs"
        )
    if "expected a single document" in problem:
        return Diagnostic(file, line, column, "more than one YAML document in the file", "keep one policy per file")
    context = f" ({err.context})" if err.context and err.context != problem else ""
    return Diagnostic(
        file,
        line,
        column,
        f"YAML syntax error: {problem}{context}",
        "check the brackets, quotes and indentation here; quote text that contains ': ' or '#'",
    )


class _Builder:
    """Turns a composed node tree into data, recording positions and refusing what policies never need."""

    def __init__(self, document: Document):
        self.doc = document
        self.seen: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        self.doc.values[path] = _mark(node)
        if id(node) in self.seen:
            # Fatal, and reported once: expanding aliases is how an "alias bomb" exhausts memory.
            raise LoadError(
                [
                    self.doc.diagnostic(
                        path,
                        "a YAML alias (*name) repeats an earlier node",
                        "write the value out in full; dpvconv does not expand anchors and aliases",
                    )
                ]
            )
        self.seen.add(id(node))
        if len(path) > _MAX_DEPTH:
            raise LoadError(
                [self.doc.diagnostic(path, "the YAML is nested too deeply", "a policy is at most a few levels deep")]
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                self.doc.problems.append(
                    Diagnostic(self.doc.file, *_mark(key_node), "a YAML merge key (<<)", "write the fields out in full")
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _BOOL, _INT, _FLOAT, _NULL):
                self.doc.problems.append(
                    Diagnostic(self.doc.file, *_mark(key_node), "a key that is not plain text", "use a field name")
                )
                continue
            key = key_node.value
            child = (*path, key)
            if key in out:
                first = self.doc.keys[child]
                self.doc.problems.append(
                    Diagnostic(
                        self.doc.file,
                        *_mark(key_node),
                        f"duplicate key '{key}' (first at line {first[0]})",
                        "keep one of them; YAML would silently drop the first",
                        format_path(child),
                    )
                )
                continue
            self.doc.keys[child] = _mark(key_node)
            out[key] = self.build(value_node, child)
        return out

    def _scalar(self, node: yaml.ScalarNode, path: JsonPath) -> Any:
        tag = node.tag
        if tag in (_STR, _TIMESTAMP):
            return node.value
        if tag == _NULL:
            return None
        if tag in (_INT, _FLOAT) and len(node.value) > MAX_NUMBER_CHARS:
            self.doc.problems.append(
                self.doc.diagnostic(
                    path,
                    f"a number written with {len(node.value)} characters, more than any policy needs",
                    "if it is text, put it in quotes; otherwise shorten it",
                )
            )
            return node.value
        if tag in _CONSTRUCT:
            return self._typed(node, path)
        self.doc.problems.append(
            self.doc.diagnostic(path, f"unsupported YAML tag {tag}", "remove the tag; policies are plain YAML")
        )
        return node.value

    def _typed(self, node: yaml.ScalarNode, path: JsonPath) -> Any:
        """A boolean or number; an explicit tag (``!!float x``) can put any text here, so the value is
        checked rather than trusted."""
        kind, construct = _CONSTRUCT[node.tag]
        try:
            value = construct(self.constructor, node)
        except (ValueError, KeyError):  # PyYAML's constructors assume the text matched the tag's pattern
            value = None
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self.doc.problems.append(
                self.doc.diagnostic(
                    path,
                    f"'{echo(node.value)}' is not {kind}",
                    "if it is text, put it in quotes and drop any !! tag; otherwise write the number out plainly",
                )
            )
            return node.value
        return value


#: The YAML tags read as booleans or numbers: what the value must be, and how PyYAML builds it.
_CONSTRUCT: dict[str, tuple[str, Any]] = {
    _BOOL: ("a boolean (true or false)", yaml.constructor.SafeConstructor.construct_yaml_bool),
    _INT: ("a whole number", yaml.constructor.SafeConstructor.construct_yaml_int),
    _FLOAT: ("a finite number", yaml.constructor.SafeConstructor.construct_yaml_float),
}


def _count_nodes(text: str, file: str) -> None:
    """Refuse a file of more than :data:`MAX_NODES` nodes before building any: composing a node tree
    holds every node in memory, while parsing into events streams and stops at the limit.

    Raises:
        LoadError: the text has more than ``MAX_NODES`` nodes, located at the first one too many.
        yaml.YAMLError: the text is not YAML (the caller reports it).
    """
    if 3 * (sum(text.count(c) for c in _NODE_STARTS) + 1) <= MAX_NODES:
        return  # too few places where a node can start: no need to parse twice
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.NodeEvent):
            count += 1
            if count > MAX_NODES:
                mark = event.start_mark
                raise LoadError(
                    [
                        Diagnostic(
                            file,
                            mark.line + 1 if mark else 1,
                            mark.column + 1 if mark else 1,
                            f"the file holds more than {MAX_NODES:,} YAML values, far more than a policy has",
                            "split it into several policy files",
                        )
                    ]
                )


def load_text(text: str, file: str) -> Document:
    """Parse policy YAML from text.

    Raises:
        LoadError: the text is not one YAML mapping (syntax error, empty, a list at the top).
    """
    try:
        _count_nodes(text, file)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        raise LoadError([_syntax_error(err, text, file)]) from None
    except yaml.YAMLError as err:  # e.g. a reader error on a control character
        raise LoadError([Diagnostic(file, 1, 1, f"cannot read the YAML: {err}", "fix the file's text")]) from None
    if root is None:
        raise LoadError(
            [Diagnostic(file, 1, 1, "the file is empty", "a policy is a YAML mapping that starts with 'id:'")]
        )
    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
        raise LoadError(
            [
                Diagnostic(
                    file,
                    *_mark(root),
                    f"the top level is {kind}, not a mapping",
                    "a policy file is one mapping of fields (id:, title:, ...); put one policy in each file",
                )
            ]
        )
    document = Document(file=file, data={})
    try:
        document.data = _Builder(document).build(root, ())
    except RecursionError:
        raise LoadError(
            [Diagnostic(file, 1, 1, "the YAML is nested too deeply", "a policy is at most a few levels deep")]
        ) from None
    return document


def load(path: Path, display: str | None = None) -> Document:
    """Read and parse a policy file; ``display`` is the name used in diagnostics.

    Raises:
        LoadError: the file cannot be read (not a regular file, too large), is not UTF-8, or is not one
            YAML mapping.
    """
    file = display or str(path)
    try:
        raw = read_input(path, MAX_POLICY_BYTES, file)
    except InputFileError as err:
        raise LoadError(err.diagnostics) from None
    return load_bytes(raw, file)


def load_bytes(raw: bytes, file: str) -> Document:
    """Parse policy YAML from the bytes of a file (read from disk, or from git); ``file`` names it.

    Raises:
        LoadError: the bytes are not UTF-8, or not one YAML mapping.
    """
    return load_text(_decode(raw, file), file)

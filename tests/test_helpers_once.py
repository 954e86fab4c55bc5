"""Helpers that were once copied are defined once in ``src/``, and stay so.

- ISO 8601 durations: :mod:`dpvconv.policy.durations` (was three regexes: ``checks``, ``diff/phrases``,
  ``publish/views``, none of which accepted the schema's leading '-');
- CURIEs: :mod:`dpvconv.policy.curies` (was ``labels`` and ``diff/phrases``);
- the process tree and the controller: :mod:`dpvconv.policy.tree` (was ``publish/page``,
  ``diff/compare`` and ``diff/__init__``; ``publish/page`` and ``diff/__init__``).

The guards read the source as Python syntax trees, so comments and docstrings that show a pattern
are not mistaken for code, and judge a string literal by what it does as a regular expression (it
matches every duration and nothing else), not by how it is spelt. Each guard is also shown the old
copies it was written against, to prove it finds them.
"""

from __future__ import annotations

import ast
import itertools
import re
import textwrap
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from dpvconv.diff.phrases import duration_words
from dpvconv.policy.curies import is_curie
from dpvconv.policy.durations import UNITS, Duration, DurationPart, duration_days, duration_in_words, parse_duration
from dpvconv.policy.loader import load_text
from dpvconv.policy.schema_info import schema_info
from dpvconv.policy.tree import controller, controller_name, nested_processes
from dpvconv.policy.validate import validate_document
from dpvconv.publish.strings import DURATION_UNITS
from dpvconv.publish.views import View

from .conftest import DATA, ROOT

SRC = ROOT / "src" / "dpvconv"
# Written by LinkML from the schema, where the duration pattern is defined: not a copy by hand.
GENERATED = SRC / "generated"

HOMES = {
    "an ISO 8601 duration regex": SRC / "policy" / "durations.py",
    "a CURIE regex": SRC / "policy" / "curies.py",
    "a process-tree walk": SRC / "policy" / "tree.py",
    "a controller lookup": SRC / "policy" / "tree.py",
}


# ---------------------------------------------------------------------------------------------------
# The detectors
# ---------------------------------------------------------------------------------------------------


def _string_literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string constant the code uses; docstrings and other bare string statements, which run
    nothing, are left out (comments are not in the tree at all)."""
    bare = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in bare:
            yield node.lineno, node.value


def _regex(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text)
    except (re.error, OverflowError, RecursionError):
        return None


def _matches_exactly(text: str, good: tuple[str, ...], bad: tuple[str, ...]) -> bool:
    pattern = _regex(text)
    if pattern is None:
        return False
    return all(pattern.fullmatch(g) for g in good) and not any(pattern.fullmatch(b) for b in bad)


def is_duration_regex(text: str) -> bool:
    """Whether ``text``, read as a regular expression, recognises ISO 8601 durations."""
    return _matches_exactly(
        text, ("P1Y6M", "PT36H", "P2W", "P1DT12H"), ("1Y6M", "P1Q", "Y6M1P", "hello", "", "P1Y6M P2W")
    )


def is_curie_regex(text: str) -> bool:
    """Whether ``text``, read as a regular expression, recognises CURIEs."""
    return _matches_exactly(
        text, ("dpv:Marketing", "eu-gdpr:A20", "loc:FI", "dpvconv:X_1"), ("dpv:", ":Marketing", "dpv Marketing", "")
    )


def _reads_key(node: ast.AST, key: str) -> bool:
    """``x.get("key", ...)`` or ``x["key"]``, read (not written)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        return bool(node.args) and isinstance(node.args[0], ast.Constant) and node.args[0].value == key
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        return isinstance(node.slice, ast.Constant) and node.slice.value == key
    return False


class _KeyReads(ast.NodeVisitor):
    """Where code reads the key ``processes`` in a loop or a recursive function (walking the tree of
    processes), and where it reads the key ``controller`` at all (looking the controller up)."""

    def __init__(self) -> None:
        self.functions: list[str] = []
        self.loops = 0
        self.recursive: set[str] = set()
        self.process_reads: list[tuple[int, str | None, bool]] = []  # line, function, in a loop
        self.controller_reads: list[int] = []

    def _visit(self, nodes: list[ast.AST] | ast.AST | None, repeated: bool) -> None:
        self.loops += repeated
        for node in nodes if isinstance(nodes, list) else [nodes]:
            if node is not None:
                self.visit(node)
        self.loops -= repeated

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for child in ast.walk(node):
            if isinstance(child, ast.Call):
                called = child.func.id if isinstance(child.func, ast.Name) else getattr(child.func, "attr", None)
                if called == node.name:
                    self.recursive.add(node.name)
        outer, self.loops = self.loops, 0  # a loop around a definition does not repeat its body
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()
        self.loops = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        # The iterable is evaluated once, before the loop; the body is what repeats.
        self._visit([node.target, node.iter], repeated=False)
        self._visit([*node.body, *node.orelse], repeated=True)

    visit_AsyncFor = visit_For

    def visit_While(self, node: ast.While) -> None:
        self._visit([node.test, *node.body, *node.orelse], repeated=True)

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        for index, generator in enumerate(node.generators):
            self._visit(generator.iter, repeated=index > 0)  # the first iterable is evaluated once
            self._visit([generator.target, *generator.ifs], repeated=True)
        if isinstance(node, ast.DictComp):
            self._visit([node.key, node.value], repeated=True)
        else:
            self._visit(node.elt, repeated=True)

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def generic_visit(self, node: ast.AST) -> None:
        if _reads_key(node, "processes"):
            function = self.functions[-1] if self.functions else None
            self.process_reads.append((getattr(node, "lineno", 0), function, self.loops > 0))
        if _reads_key(node, "controller"):
            self.controller_reads.append(getattr(node, "lineno", 0))
        super().generic_visit(node)


def findings(source: str) -> dict[str, list[int]]:
    """The lines of ``source`` holding each kind of helper (the keys of :data:`HOMES`)."""
    tree = ast.parse(source)
    reads = _KeyReads()
    reads.visit(tree)
    literals = list(_string_literals(tree))
    return {
        "an ISO 8601 duration regex": [line for line, text in literals if is_duration_regex(text)],
        "a CURIE regex": [line for line, text in literals if is_curie_regex(text)],
        "a process-tree walk": [
            line for line, function, looped in reads.process_reads if looped or function in reads.recursive
        ],
        "a controller lookup": reads.controller_reads,
    }


def source_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if GENERATED not in p.parents)


@cache
def src_findings() -> dict[Path, dict[str, list[int]]]:
    return {path: findings(path.read_text(encoding="utf-8")) for path in source_files()}


# ---------------------------------------------------------------------------------------------------
# The guards
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("what", sorted(HOMES))
def test_each_helper_is_defined_once_in_src(what: str):
    home = HOMES[what]
    found = {path: kinds[what] for path, kinds in src_findings().items()}
    elsewhere = [f"{path.relative_to(ROOT)}:{line}" for path, lines in found.items() if path != home for line in lines]
    assert not elsewhere, f"{what} outside {home.relative_to(ROOT)}: {elsewhere}; use the one there"
    assert found[home], f"{home.relative_to(ROOT)} no longer holds {what}: update this test"


def test_no_two_modules_share_a_file_name_among_the_new_ones():
    for home in set(HOMES.values()):
        same = [p for p in source_files() if p.name == home.name]
        assert same == [home], same


# The copies the guards were written against, as they were before they were merged.
OLD_COPIES = {
    "an ISO 8601 duration regex": [
        """
        _DURATION = re.compile(
            r"^P(?:(?P<Y>\\d+)Y)?(?:(?P<M>\\d+)M)?(?:(?P<W>\\d+)W)?(?:(?P<D>\\d+)D)?"
            r"(?:T(?:(?P<h>\\d+)H)?(?:(?P<m>\\d+)M)?(?:(?P<s>\\d+(?:\\.\\d+)?)S)?)?$"
        )
        """,
        """
        _DURATION = re.compile(
            r"^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"
        )
        """,
        """
        def f(value):
            pattern = (
                "^-?P(?=\\\\d|T\\\\d)(\\\\d+Y)?(\\\\d+M)?(\\\\d+W)?(\\\\d+D)?"
                "(T(\\\\d+H)?(\\\\d+M)?(\\\\d+S)?)?$"
            )
            return re.match(pattern, value)
        """,
    ],
    "a CURIE regex": ['_CURIE = re.compile(r"^[A-Za-z][\\w.-]*:\\S+$")'],
    "a process-tree walk": [
        """
        def flatten_processes(policy):
            found = []

            def walk(processes, parents):
                for process in processes:
                    found.append(ProcessEntry(process, str(process["id"]), parents))
                    walk(process.get("processes") or [], (*parents, process))

            walk(policy.get("processes") or [], ())
            return found
        """,
        """
        def _flatten(processes, path, parent):
            for process in processes:
                if not isinstance(process, dict) or "id" not in process:
                    continue
                here = f"{path}.{process['id']}"
                yield process["id"], (process, parent, here)
                yield from _flatten(process.get("processes") or [], f"{here}.processes", process["id"])
        """,
        """
        def _titles(*documents):
            titles = {}

            def walk(processes):
                for process in processes:
                    titles.setdefault(process["id"], text_of(process.get("title")) or process["id"])
                    walk(process.get("processes") or [])

            for document in documents:
                walk(document.get("processes") or [])
            return titles
        """,
        """
        def walk(policy):
            stack = list(policy["processes"])
            while stack:
                process = stack.pop()
                stack.extend(process["processes"])
        """,
    ],
    "a controller lookup": [
        """
        def company_name(policy):
            for organisation in policy.get("organisations") or []:
                if organisation.get("id") == policy.get("controller") and organisation.get("name"):
                    return str(organisation["name"])
            return str(policy["id"])
        """,
        """
        def _notice_name(*documents):
            for document in documents:
                controller = document.get("controller")
                for organisation in document.get("organisations") or []:
                    if organisation.get("id") == controller and organisation.get("name"):
                        return f"{mark(organisation['name'])}'s privacy notice"
        """,
    ],
}


@pytest.mark.parametrize(
    ("what", "source"), [(what, source) for what, sources in OLD_COPIES.items() for source in sources]
)
def test_the_guard_finds_the_old_copies(what: str, source: str):
    assert findings(textwrap.dedent(source))[what]


def test_the_guard_is_not_fooled_by_comments_docstrings_or_other_uses():
    source = textwrap.dedent(
        '''
        r"""A docstring may show r"^P(?:(\\d+)Y)?(?:(\\d+)M)?$" and policy.get("controller")."""
        # _DURATION = re.compile(r"^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?)?$")
        # _CURIE = re.compile(r"^[A-Za-z][\\w.-]*:\\S+$")


        def top_level(policy):
            """Reads the top level only: no walk of the tree."""
            first = policy.get("processes") or []
            for process in policy.get("processes") or []:
                print(process["id"])
            policy["processes"] = first  # written, not read
            return {"controller": 1, "processes": 2}  # keys of a new mapping
        '''
    )
    assert findings(source) == {what: [] for what in HOMES}


# ---------------------------------------------------------------------------------------------------
# The shared helpers
# ---------------------------------------------------------------------------------------------------


def _schema_accepts(text: str) -> bool:
    """The schema's IsoDuration pattern, read as its validator reads it (``$`` is the end of the text)."""
    pattern = schema_info().types["IsoDuration"]["pattern"]
    return re.search(pattern.removesuffix("$") + r"\Z", text) is not None


def _written_durations() -> Iterator[str]:
    """Every combination of sign, parts and time designator, each part written two ways."""
    for sign in ("", "-"):
        for date_parts in itertools.product(("", "1Y", "12Y"), ("", "6M"), ("", "2W"), ("", "30D", "1D")):
            for time_parts in itertools.product(("", "T"), ("", "36H"), ("", "1M"), ("", "7S", "0.5S", "1.S")):
                yield sign + "P" + "".join(date_parts) + "".join(time_parts)


def test_the_parser_and_the_schema_agree_on_every_shape_of_duration():
    written = list(_written_durations())
    disagree = [text for text in written if (parse_duration(text) is not None) != _schema_accepts(text)]
    assert not disagree, disagree
    assert sum(map(_schema_accepts, written)) > len(written) // 3  # the sample holds many valid durations


@pytest.mark.parametrize(
    "text",
    [
        *("P", "PT", "P1", "p1y", "P1.5Y", "-P1Y", "--P1Y", "+P1Y", "P1Y2M3W4DT5H6M7.5S", "P1DT", "PT1.S", "P1Y\n"),
        *(" P1Y", "P\u0661Y", "-PT0S", "P1M1Y", "PT1M1H", "P12M", "-P", "P-1Y"),
    ],
)
def test_the_parser_accepts_what_the_schema_accepts(text: str):
    assert (parse_duration(text) is not None) == _schema_accepts(text), text


def test_a_negative_duration_parses_as_the_schema_allows():
    assert parse_duration("-P1D") == Duration(negative=True, parts=(DurationPart("D", "1"),))
    assert duration_days("-P1D") == -1.0
    assert duration_days("-P1Y6M") == -duration_days("P1Y6M")  # type: ignore[operator]


def test_a_negative_duration_is_refused_in_a_policy_with_a_clear_message():
    """Every duration a notice holds is a length of time, so validation refuses one that runs
    backwards, saying how to write it instead (tests/data/invalid/Retention-duration-negative.yaml
    shows where it points)."""
    text = (DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    assert "response_time: P1M" in text and "maximum_duration: P6Y" in text
    for negative in (text.replace("response_time: P1M", "response_time: -P1M"),
                     text.replace("maximum_duration: P6Y", "maximum_duration: -P6Y")):  # fmt: skip
        problems = validate_document(load_text(negative, "negative.yaml"))
        assert len(problems) == 1, [p.text() for p in problems]  # not also "minimum longer than maximum"
        assert "is a negative duration" in problems[0].message
        assert "without the '-'" in problems[0].hint


def test_a_negative_duration_is_never_put_into_words():
    """It cannot reach a page or a diff (it is refused); if it did, it would be shown as written."""
    assert duration_words("-P1D") == "-P1D"
    assert View("en").duration("-P1D") == "-P1D"
    assert View("fi").duration("-P1D") == "-P1D"


def test_durations_in_words():
    assert duration_words("P1Y2M3W4DT5H6M7.5S") == "1 year 2 months 3 weeks 4 days 5 hours 6 minutes 7.5 seconds"
    assert View("en").duration("P1Y2M3W4DT1H6M1S") == "1 year 2 months 3 weeks 4 days 1 hour 6 minutes 1 second"
    assert View("fi").duration("P1Y6M") == "1 vuosi 6 kuukautta"
    assert View("fi").duration("3 years") == "3 years"  # as written where it cannot be read
    assert duration_in_words("P2W", lambda part: f"{part.number}{part.unit}") == "2W"
    assert set(DURATION_UNITS) == set(UNITS)


def test_durations_compare_in_days():
    assert duration_days("P12M") == pytest.approx(duration_days("P1Y"))
    assert duration_days("PT36H") == pytest.approx(1.5)
    assert duration_days("3 years") is None


@pytest.mark.parametrize("text", ["dpv:Marketing", "eu-gdpr:A20", "loc:FI-18", "dpvconv:X_1", "a.b-c:d"])
def test_curies(text: str):
    assert is_curie(text)


@pytest.mark.parametrize("text", ["dpv:", ":Marketing", "dpv Marketing", "1dpv:x", "dpv: x", ""])
def test_not_curies(text: str):
    assert not is_curie(text)


POLICY = {
    "id": "n",
    "controller": "acme",
    "organisations": [{"id": "other", "name": "Other Oy"}, {"id": "acme", "name": "Acme Oy"}],
    "processes": [
        {"id": "a", "processes": [{"id": "a1", "processes": [{"id": "a1x"}]}, {"id": "a2"}]},
        {"id": "b"},
    ],
}


def test_nested_processes_depth_first_in_file_order():
    found = list(nested_processes(POLICY))
    assert [p.pid for p in found] == ["a", "a1", "a1x", "a2", "b"]
    assert [p.parent_id for p in found] == [None, "a", "a1", "a", None]
    assert [[q["id"] for q in p.parents] for p in found] == [[], ["a"], ["a", "a1"], ["a"], []]
    assert found[2].path == "processes.a.processes.a1.processes.a1x"
    assert found[2].data is POLICY["processes"][0]["processes"][0]["processes"][0]  # type: ignore[index]
    assert list(nested_processes({"id": "empty"})) == []


def test_nested_processes_do_not_recurse():
    deep: dict[str, object] = {"id": "p0"}
    node = deep
    for depth in range(1, 1500):
        child: dict[str, object] = {"id": f"p{depth}"}
        node["processes"] = [child]
        node = child
    assert len(list(nested_processes({"processes": [deep]}))) == 1500


def test_controller():
    assert controller(POLICY) == {"id": "acme", "name": "Acme Oy"}
    assert controller_name(POLICY) == "Acme Oy"
    assert controller_name({**POLICY, "controller": "nobody"}) is None
    assert controller_name({"id": "n"}) is None
    assert controller_name({**POLICY, "organisations": [{"id": "acme"}]}) is None

"""Hypothesis strategies for ``tests/test_fuzz.py``: hostile policies, RDF and JSON-LD, queries and file
names, generated from the dpvconv schema rather than listed by hand.

- :func:`policies`: a curated policy (``minimal.yaml`` or an example) changed by mutations that walk the
  schema (:func:`dpvconv.policy.schema_info.schema_info`): a slot of any class set to a value its range allows
  (nested objects generated from their class, enum values, patterned types), to a value of the wrong
  type, to a near-miss CURIE or pattern, to a hostile string; a required slot deleted, an id repeated,
  a reference broken, processes nested deeply, huge numbers, YAML tags, anchors and aliases. Then it
  is written as YAML in some style and, sometimes, damaged byte by byte (truncated, bytes flipped,
  tabs, bytes that are not UTF-8, UTF-16).
- :func:`rdf_documents`: a valid policy converted with the library to one RDF format, then changed in
  its graph (cycles, shared nodes, a second notice, wrong literals, deep nesting, triple terms), in
  its JSON (remote ``@context``, deep nesting, huge numbers, stray keywords) or in its text
  (truncated, tokens spliced in, a DOCTYPE). :func:`html_pages` embeds JSON-LD in a web page.
- :func:`queries`: SPARQL from a small grammar (every query form, FILTERs, VALUES, property paths,
  sub-queries, ``SERVICE`` in any case, SPARQL Update, comments and strings that hold keywords), then
  token soup and random text.
- :func:`file_stems`: names with ``:``, ``#``, ``?``, ``%``, quotes, ``<``, newlines, a leading ``-``,
  bidi and control characters, and bytes that are not UTF-8 (through :func:`os.fsdecode`).

Every URL a generated input names is on loopback, port 9 (discard), where nothing listens.
"""

from __future__ import annotations

import copy
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml
from hypothesis import strategies as st

from dpvconv.policy.loader import load_text
from dpvconv.policy.schema_info import LANG_TEXT, RDF_TYPE, SlotInfo, SlotKind, schema_info
from dpvconv.policy.validate import validate_document
from dpvconv.rdf.formats import convert
from dpvconv.rdf.mapping import CONTEXT_URL, DEFAULT_BASE, mapping, policy_namespace

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal.yaml"
BASES = {"minimal": MINIMAL, **{p.stem: p for p in sorted((ROOT / "examples").glob("*.yaml"))}}
#: Where every generated URL points: loopback, the discard port, where nothing listens.
LOOPBACK = "http://127.0.0.1:9/"

JsonPath = tuple[str | int, ...]

# ---------------------------------------------------------------------------------------------------
# Hostile text
# ---------------------------------------------------------------------------------------------------

HOSTILE_TEXTS: tuple[str, ...] = (
    "\x1b[2K\x1b[31mred\x1b[0m\r",
    "\u202eevil\u202c and \u2066isolate\u2069",
    "vertical\x0btab\x0cfeed",
    "not\ufffecharacters\uffff",
    "nul\x00byte",
    "del\x7f next\x85line csi\x9b",
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<!-- --> ]]> <![CDATA[ x",
    "javascript:alert(1)",
    "[click](javascript:alert(1)) ![x](http://127.0.0.1:9/x.png)",
    "@everyone #1 GH-1 www.example.org a@b.fi",
    "| a | b |\n|---|---|",
    "# heading\n- item\n> quote\n1. one",
    "`code` *em* _u_ ~~s~~ $x$ <b>bold</b> &amp; &lt; &#0; &e;",
    "${{ secrets.GITHUB_TOKEN }} {{ 7*7 }} {% raw %}",
    "::error file=x,line=1::injected\n::warning::x %0A",
    "\\",
    '"""',
    "'''",
    '"',
    "@prefix p: <http://127.0.0.1:9/> .",
    "_:b0",
    "<http://127.0.0.1:9/>",
    "\r\n",
    "\u2028\u2029",
    "\ufeffbom",
    "zero\u200bwidth\u200djoiner",
    "e\u0301\u0301\u0301\u0301",
    "\U0001f600\U0001f3f3\ufe0f\u200d\U0001f308",
    "\ufdfa",
    "",
    " ",
    "  padded  ",
    "yes",
    "null",
    "~",
    "2024-05-01",
    "1e3",
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "dpv:Purpose",
    "%s%n%x",
)

YAML_FRAGMENTS: tuple[str, ...] = (
    "9" * 4301,
    "-" + "9" * 5000,
    "9" * 20000,
    "0x" + "F" * 5000,
    "1e999",
    "-.inf",
    ".NaN",
    "1." + "0" * 5000,
    "9" * 5000 + ".5",
    "1_000",
    "0b1010",
    "0o777",
    "12:30:45",
    "+12",
    "~",
    "yes",
    "No",
    "on",
    "2024-05-01",
    "2001-12-14t21:59:43.10-05:00",
    "2024-02-30",
    "*undefined",
    "&anchor [1, 2]",
    "&a [*a]",
    "[&a x, *a, *a]",
    "!custom x",
    "!!binary aGVsbG8=",
    "!!python/object/apply:os.system [echo]",
    "!!python/name:os.system",
    "!!set {a, b}",
    "!!omap [{a: 1}]",
    "!!float x",
    "!!int 12",
    "!!str 12",
    "!!null ''",
    "!<tag:example.org,2024:x> y",
    "{<<: {a: 1}}",
    '"\\uD800"',
    '"\\x00\\x0b\\ufffe"',
    '"\\e[2K\\r"',
    '"\\L\\P\\N\\_"',
    "'it''s'",
    '"\\u202e"',
    "[" * 300 + "]" * 300,
    "{a: " * 300 + "1" + "}" * 300,
    "[" * 50000 + "]" * 50000,
)

HUGE_NUMBERS: tuple[str, ...] = YAML_FRAGMENTS[:10]


def short_texts() -> st.SearchStrategy[str]:
    """Text a policy may hold: hostile strings, random text, and both spliced."""
    pieces = st.sampled_from(HOSTILE_TEXTS) | st.text(max_size=8)
    return st.one_of(
        st.sampled_from(HOSTILE_TEXTS),
        st.text(max_size=30),
        st.lists(pieces, min_size=2, max_size=4).map("".join),
    )


def texts() -> st.SearchStrategy[str]:
    """Hostile text, now and then very long."""
    long = st.builds(
        lambda piece, count: piece * count,
        st.sampled_from(("x", "\u00e9", "\u202e", "<", "\\", "\n", "a b ", "\U0001f600")),
        st.sampled_from((1000, 20_000)),
    )
    return st.one_of(short_texts(), short_texts(), short_texts(), long)


# ---------------------------------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fragment:
    """A piece of YAML written into the document as it stands (a tag, an alias, a huge number)."""

    text: str


@cache
def _base(name: str) -> str:
    return BASES[name].read_text(encoding="utf-8")


@cache
def _base_data(name: str) -> dict[str, Any]:
    return load_text(_base(name), f"{name}.yaml").data


def base_policy(name: str) -> dict[str, Any]:
    """A curated policy as dpvconv's loader reads it (a fresh copy)."""
    return copy.deepcopy(_base_data(name))


def base_names() -> st.SearchStrategy[str]:
    """Mostly ``minimal``: it is small and uses every kind of statement; sometimes an example."""
    return st.one_of(st.just("minimal"), st.sampled_from(sorted(BASES)))


def _class_range(slot: SlotInfo | None) -> str | None:
    """The class of a slot's values, LangText for a language map however it is written."""
    if slot is None:
        return None
    return slot.target or (LANG_TEXT if slot.language_tagged else None)


@dataclass(frozen=True)
class Place:
    """A mapping in a policy, and the schema class it is an instance of."""

    path: JsonPath
    class_name: str


def places(data: Any) -> list[Place]:
    """Every mapping of a policy that the schema gives a class, found by walking the schema's slots."""
    info = schema_info()
    found: list[Place] = []

    def walk(node: Any, class_name: str, path: JsonPath) -> None:
        if not isinstance(node, dict):
            return
        found.append(Place(path, class_name))
        for key, value in node.items():
            slot = info.slot(class_name, key) if isinstance(key, str) else None
            target = _class_range(slot)
            if slot is None or target is None or slot.kind is SlotKind.REFERENCE:
                continue
            if isinstance(value, list):
                for index, item in enumerate(value):
                    walk(item, target, (*path, key, index))
            else:
                walk(value, target, (*path, key))

    walk(data, info.root_class, ())
    return found


def get(data: Any, path: JsonPath) -> Any:
    for step in path:
        data = data[step]
    return data


def ids_by_class(data: Any) -> dict[str, list[str]]:
    """The ids in a policy, by the class of the entry that has them."""
    found: dict[str, list[str]] = {}
    for place in places(data):
        value = get(data, place.path).get("id")
        if isinstance(value, str) and place.path:
            found.setdefault(place.class_name, []).append(value)
    return found


KNOWN_VALID: dict[str, tuple[str, ...]] = {
    "IsoDuration": ("P1Y", "P6M", "PT12H", "P3Y", "P1Y6M", "P2W", "P30D", "PT0.5S"),
    "WebAddress": ("https://example.org/privacy", "www.example.org", "example.fi/a?b=c#d", "HTTP://EXAMPLE.ORG:8080/"),
    "Sha256": ("c2103e19cf8049a7a1cbf47af05de5560fac600994ab9f2794f7cdc0750751c7", "0" * 64),
    "LanguageTag": ("fi", "en", "sv", "sv-FI", "en-GB", "se", "smn", "de", "zh-Hant-TW"),
    "SchemaVersion": (".".join(schema_info().version.split(".")[:2]),),
}

NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "IsoDuration": ("P", "PT", "P1", "p1y", "P1.5Y", "-P1Y", "P1Y2M3W4DT5H6M7.5S", "P" + "9" * 400 + "Y", "P\u0661Y"),
    "WebAddress": (
        "javascript:alert(1)",
        "https://",
        "http://[::1]/",
        "https://exa mple.org",
        "https://example.org/\u202e",
        "ftp://x.y",
        "//x.y",
        "https://a.b:99999",
        "https://example.org/<script>",
        "data:text/html,<script>alert(1)</script>",
        "example",
        LOOPBACK,
    ),
    "Sha256": ("C2103E19CF8049A7A1CBF47AF05DE5560FAC600994AB9F2794F7CDC0750751C7", "0" * 63, "0" * 65, "g" * 64),
    "LanguageTag": ("x", "en-", "EN", "i-klingon", "zz", "und", "qaa", "root", "en--US", "x-private", "fi_FI", "a" * 9),
    "SchemaVersion": ("0.2", "1.0", "0.10", "00.1", "0.1.0", "0", ".1", "0.\u0663", "9" * 30 + ".1", "v0.1"),
    "LocalId": ("-x", ".x", "x y", "\u00e9", "x/y", "x#y", "x:y", "", "a" * 1000, "_x", "x\n"),
    "date": (
        "2024-02-30",
        "2024-13-01",
        "2024-5-1",
        "20240501",
        "2024-05-01T00:00:00Z",
        "+002024-05-01",
        "0000-01-01",
        "\uff12\uff10\uff12\uff14-05-01",
        "2024-W18-3",
        "2024-123",
        "2023-02-29",
        "\u0662\u0660\u0662\u0664-\u0660\u0665-\u0660\u0661",
    ),
}


def _patterned(kind: str, valid: bool) -> st.SearchStrategy[str]:
    pattern = schema_info().types[kind]["pattern"]
    if valid:
        return (
            st.sampled_from(KNOWN_VALID[kind])
            if kind == "SchemaVersion"
            else (st.sampled_from(KNOWN_VALID.get(kind, ("x",))) | st.from_regex(pattern, fullmatch=True))
        )
    return st.sampled_from(NEAR_MISSES[kind]) | st.from_regex(pattern, fullmatch=True)


def fresh_ids() -> st.SearchStrategy[str]:
    """An id no other entry has (in practice), of the LocalId form."""
    return st.builds(lambda stem, n: f"{stem}-{n}", st.sampled_from(("p", "gen", "X.9", "a_b")), st.integers(0, 10**9))


def lang_texts(text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[dict[str, str]]:
    values = text if text is not None else short_texts()
    return st.dictionaries(st.sampled_from(("en", "fi", "sv")), values, min_size=1, max_size=3)


def conformant_item(slot: SlotInfo, ids: dict[str, list[str]], depth: int) -> st.SearchStrategy[Any]:
    """One value that the slot's range allows: a nested object of its class, an existing id of the right
    class, an enum value, a value of a patterned type, a date, text."""
    info = schema_info()
    target = _class_range(slot)
    if target == "LangText":
        return lang_texts()
    if target is not None:
        if slot.kind is not SlotKind.REFERENCE:
            return objects(target, ids, depth + 1)
        known = [i for c, values in ids.items() if info.is_a(c, target) for i in values]
        return st.sampled_from(known) if known else fresh_ids()
    values = info.enum_values(slot.ranges)
    if values:
        return st.sampled_from(values)
    kind = slot.ranges[0]
    if slot.identifier:
        return fresh_ids()
    if kind in info.types and "pattern" in info.types[kind]:
        return _patterned(kind, valid=True)
    if kind == "date":
        return st.dates().map(date.isoformat)
    return short_texts()


def slot_values(slot: SlotInfo, ids: dict[str, list[str]], depth: int) -> st.SearchStrategy[Any]:
    item = conformant_item(slot, ids, depth)
    return st.lists(item, min_size=1, max_size=3) if slot.multivalued else item


@st.composite
def objects(draw: st.DrawFn, class_name: str, ids: dict[str, list[str]], depth: int = 0) -> dict[str, Any]:
    """An instance of ``class_name`` generated from the schema: every required slot, some optional ones
    (nested objects only near the top), each with a value its range allows."""
    info = schema_info()
    out: dict[str, Any] = {}
    for name, slot in info.classes[class_name].items():
        nested = slot.kind is SlotKind.NESTED
        if not slot.required and ((nested and depth >= 2) or not draw(st.booleans())):
            continue
        out[name] = draw(slot_values(slot, ids, depth))
    return out


def wrong_values() -> st.SearchStrategy[Any]:
    """Values of the wrong type for any slot (and some of the right type with the wrong content)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(),
        st.sampled_from(YAML_FRAGMENTS).map(Fragment),
        texts(),
    )
    return st.one_of(
        scalars,
        st.lists(scalars, max_size=3),
        st.dictionaries(st.text(max_size=6), scalars, max_size=3),
        st.sampled_from(([], {}, [[]], [{}], {"en": None}, {"en": ["x"]}, {"xx-invalid": "x"}, {"EN": "x"})),
    )


CURIE_CHANGES = (
    "upper",
    "lower",
    "swapcase",
    "drop",
    "double",
    "swap",
    "unknown-prefix",
    "no-prefix",
    "colon-only",
    "prefix-only",
    "iri",
    "angle",
    "trailing-space",
    "leading-space",
    "homoglyph",
    "fullwidth-colon",
    "suffix",
    "other-prefix",
)


def near_curie(value: str, change: str, n: int) -> str:
    """``value`` (a CURIE) changed slightly, in the way ``change`` names."""
    prefix, _, local = value.partition(":")
    i = n % max(len(value), 1)
    if change == "upper":
        return value.upper()
    if change == "lower":
        return value.lower()
    if change == "swapcase":
        return value.swapcase()
    if change == "drop":
        return value[:i] + value[i + 1 :]
    if change == "double":
        return value[:i] + value[i : i + 1] * 2 + value[i + 1 :]
    if change == "swap" and len(value) > 1:
        i = min(i, len(value) - 2)
        return value[:i] + value[i + 1] + value[i] + value[i + 2 :]
    if change == "unknown-prefix":
        return f"foo:{local}"
    if change == "no-prefix":
        return local
    if change == "colon-only":
        return f":{local}"
    if change == "prefix-only":
        return f"{prefix}:"
    if change in ("iri", "angle"):
        iri = schema_info().prefixes.get(prefix, LOOPBACK) + local
        return iri if change == "iri" else f"<{iri}>"
    if change == "trailing-space":
        return value + " "
    if change == "leading-space":
        return " " + value
    if change == "homoglyph":
        return value.replace("a", "\u0430", 1).replace("e", "\u0435", 1)
    if change == "fullwidth-colon":
        return value.replace(":", "\uff1a", 1)
    if change == "other-prefix":
        return f"{'dpvconv' if prefix == 'dpv' else 'dpv'}:{local}"
    return value + "x"


def near_misses(slot: SlotInfo) -> st.SearchStrategy[str]:
    """A value that is almost what the slot's range allows."""
    info = schema_info()
    values = info.enum_values(slot.ranges)
    if values:
        every = sorted({v for e in info.enums.values() for v in e})
        return st.one_of(
            st.builds(near_curie, st.sampled_from(values), st.sampled_from(CURIE_CHANGES), st.integers(0, 100)),
            st.sampled_from(every),
        )
    kind = slot.ranges[0]
    if kind in NEAR_MISSES:
        return st.sampled_from(NEAR_MISSES[kind])
    if kind in info.types and "pattern" in info.types[kind]:
        return _patterned(kind, valid=False)
    return texts()


def unknown_keys(class_name: str) -> st.SearchStrategy[Any]:
    names = sorted(schema_info().classes[class_name]) or ["id"]
    return st.one_of(
        st.builds(near_curie, st.sampled_from(names), st.sampled_from(CURIE_CHANGES), st.integers(0, 100)),
        st.sampled_from(("\u202eid", "<script>", "__proto__", "@context", "$ref", "", " ", "id ", "Id", "type")),
        st.sampled_from((Fragment("<<"), Fragment("!!python/name:os.system"), Fragment("? [a]"), Fragment("*a"))),
        st.text(max_size=10),
    )


MUTATIONS_CONFORMANT = ("set", "text", "add-entry", "nest")
MUTATIONS_BREAKING = (
    "wrong-type",
    "near-miss",
    "delete",
    "unknown-key",
    "duplicate-id",
    "reference",
    "huge-number",
    "fragment",
    "alias",
    "root",
)


def _text_slots(class_name: str) -> list[str]:
    info = schema_info()
    return [
        n
        for n, s in info.classes[class_name].items()
        if not s.identifier and not info.enum_values(s.ranges) and s.ranges in (("string",), ("LangText",))
    ]


def _choose(draw: st.DrawFn, items: list[Any]) -> Any:
    return draw(st.sampled_from(items))


def mutate(draw: st.DrawFn, data: Any, kind: str) -> tuple[Any, str]:
    """Apply one mutation of ``kind`` to ``data`` (in place where it can); return the data and a label."""
    info = schema_info()
    found = places(data)
    if not found:
        return data, f"{kind}: no place"
    if kind == "root":
        root = draw(st.sampled_from(("list", "text", "null", "wrapped", "empty")))
        value: Any = {"list": [], "text": "policy", "null": None, "wrapped": [data], "empty": {}}[root]
        return value, f"root: {root}"
    place = _choose(draw, found)
    node = get(data, place.path)
    slots = info.classes[place.class_name]
    ids = ids_by_class(data)
    if kind == "set":
        name = _choose(draw, sorted(slots))
        node[name] = draw(slot_values(slots[name], ids, 1))
        return data, f"set {place.class_name}.{name}"
    if kind == "text":
        with_text = [p for p in found if _text_slots(p.class_name)]
        place = _choose(draw, with_text)
        node = get(data, place.path)
        name = _choose(draw, _text_slots(place.class_name))
        slot = info.classes[place.class_name][name]
        node[name] = draw(lang_texts(texts()) if slot.ranges == ("LangText",) else texts())
        return data, f"hostile text in {place.class_name}.{name}"
    if kind == "add-entry":
        lists = [
            (p, n)
            for p in found
            for n, s in info.classes[p.class_name].items()
            if s.multivalued and s.kind is SlotKind.NESTED
        ]
        place, name = _choose(draw, lists)
        node = get(data, place.path)
        target = _class_range(info.classes[place.class_name][name])
        assert target is not None
        entry = draw(objects(target, ids, 1))
        node[name] = [*(node.get(name) if isinstance(node.get(name), list) else []), entry]
        return data, f"add a {target} to {place.class_name}.{name}"
    if kind == "nest":
        levels = draw(st.integers(2, 110))
        child: dict[str, Any] = {}
        for level in reversed(range(levels)):
            child = {
                "id": f"deep-{level}",
                "title": {"en": f"level {level}"},
                "evidence": [{"quote": "q"}],
                **({"processes": [child]} if child else {}),
            }
        if isinstance(data, dict):
            data["processes"] = [*(data.get("processes") or []), child]
        return data, f"nest {levels} processes"
    if kind == "wrong-type":
        name = _choose(draw, sorted(node) if node and draw(st.booleans()) else sorted(slots) or ["id"])
        node[name] = draw(wrong_values())
        return data, f"wrong type for {place.class_name}.{name}"
    if kind == "near-miss":
        candidates = [
            (p, n)
            for p in found
            for n, s in info.classes[p.class_name].items()
            if info.enum_values(s.ranges) or s.ranges[0] in NEAR_MISSES or s.ranges[0] in info.types
        ]
        place, name = _choose(draw, candidates)
        node = get(data, place.path)
        slot = info.classes[place.class_name][name]
        value = draw(near_misses(slot))
        node[name] = [value] if slot.multivalued else value
        return data, f"near miss for {place.class_name}.{name}: {value!r}"
    if kind == "delete":
        if not node:
            return data, "delete: empty mapping"
        required = [n for n, s in slots.items() if s.required and n in node]
        use_required = bool(required) and draw(st.booleans())
        name = _choose(draw, required if use_required else sorted(node, key=str))
        del node[name]
        return data, f"delete {place.class_name}.{name}"
    if kind == "unknown-key":
        name = draw(unknown_keys(place.class_name))
        node[name] = draw(st.one_of(texts(), wrong_values()))
        return data, f"unknown key {name!r} in {place.class_name}"
    if kind == "duplicate-id":
        with_id = [p for p in found if p.path and isinstance(get(data, p.path).get("id"), str)]
        listed = [p for p in found if p.path and isinstance(p.path[-1], int)]
        if len(with_id) >= 2 and draw(st.booleans()):
            first, second = draw(st.lists(st.sampled_from(with_id), min_size=2, max_size=2, unique=True))
            get(data, second.path)["id"] = get(data, first.path)["id"]
            return data, f"id of {first.class_name} given to {second.class_name}"
        if listed:
            place = _choose(draw, listed)
            get(data, place.path[:-1]).append(copy.deepcopy(get(data, place.path)))
            return data, f"{place.class_name} entry repeated"
        return data, "duplicate-id: nothing to repeat"
    if kind == "reference":
        references = [
            (p, n) for p in found for n, s in info.classes[p.class_name].items() if s.kind is SlotKind.REFERENCE
        ]
        if not references:
            return data, "reference: none"
        place, name = _choose(draw, references)
        node = get(data, place.path)
        slot = info.classes[place.class_name][name]
        every = [i for values in ids.values() for i in values]
        target = draw(st.one_of(fresh_ids(), st.sampled_from(every or ["x"]), wrong_values()))
        node[name] = [target] if slot.multivalued and draw(st.booleans()) else target
        return data, f"reference {place.class_name}.{name} -> {target!r}"
    if kind == "huge-number":
        name = "version" if place.path == () and draw(st.booleans()) else _choose(draw, sorted(slots) or ["id"])
        node[name] = Fragment(draw(st.sampled_from(HUGE_NUMBERS)))
        return data, f"huge number in {place.class_name}.{name}"
    if kind == "fragment":
        name = _choose(draw, sorted(slots) or ["id"])
        node[name] = Fragment(draw(st.sampled_from(YAML_FRAGMENTS)))
        return data, f"YAML fragment in {place.class_name}.{name}"
    if kind == "alias":
        shared = [(p, k) for p in found for k, v in get(data, p.path).items() if isinstance(v, (list, dict))]
        if not shared:
            return data, "alias: nothing to share"
        source, key = _choose(draw, shared)
        name = _choose(draw, sorted(slots) or ["id"])
        node[name] = get(data, source.path)[key]
        return data, f"{place.class_name}.{name} aliases {source.class_name}.{key}"
    raise AssertionError(kind)


@st.composite
def mutated(draw: st.DrawFn, data: Any, conformant_only: bool = False, most: int = 3) -> tuple[Any, tuple[str, ...]]:
    """``data`` after up to ``most`` mutations, schema-conformant ones only where asked."""
    kinds = MUTATIONS_CONFORMANT if conformant_only else MUTATIONS_CONFORMANT + MUTATIONS_BREAKING
    steps: list[str] = []
    for kind in draw(st.lists(st.sampled_from(kinds), max_size=most)):
        data, label = mutate(draw, data, kind)
        steps.append(label)
    return data, tuple(steps)


@dataclass(frozen=True)
class DumpStyle:
    """How a policy is written as YAML."""

    flow: bool | None = False
    unicode: bool = True
    indent: int = 2
    width: int = 100
    explicit_start: bool = False
    canonical: bool = False
    crlf: bool = False


def dump_styles() -> st.SearchStrategy[DumpStyle]:
    return st.one_of(
        st.just(DumpStyle()),
        st.builds(
            DumpStyle,
            flow=st.sampled_from((False, None, True)),
            unicode=st.booleans(),
            indent=st.sampled_from((2, 4, 9)),
            width=st.sampled_from((20, 100, 10_000)),
            explicit_start=st.booleans(),
            canonical=st.booleans(),
            crlf=st.booleans(),
        ),
    )


def dump(data: Any, style: DumpStyle = DumpStyle()) -> str:
    """``data`` as YAML, with each :class:`Fragment` written into the text as it stands."""
    fragments: list[Fragment] = []

    class Dumper(yaml.CSafeDumper):
        pass

    def represent_fragment(dumper: yaml.CSafeDumper, fragment: Fragment) -> yaml.Node:
        fragments.append(fragment)
        return dumper.represent_scalar("tag:yaml.org,2002:str", f"fuzzfragment{len(fragments) - 1}x")

    Dumper.add_representer(Fragment, represent_fragment)
    text = yaml.dump(
        data,
        Dumper=Dumper,
        sort_keys=False,
        default_flow_style=style.flow,
        allow_unicode=style.unicode,
        indent=style.indent,
        width=style.width,
        explicit_start=style.explicit_start,
        canonical=style.canonical,
        line_break="\r\n" if style.crlf else None,
    )
    for index, fragment in enumerate(fragments):
        text = text.replace(f"fuzzfragment{index}x", fragment.text, 1)
    return text


INSERT_BYTES: tuple[bytes, ...] = (
    b"\xff",
    b"\xc3",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"\x00",
    b"\t",
    b"\r",
    b"\x1b[2K",
    b"\xc2\x85",
    b"\xe2\x80\xae",
    b"\xef\xbf\xbe",
    b"\x0b",
    b"\x7f",
    b": ",
    b"- ",
    b"#",
    b"&a ",
    b"*a",
    b"!!python/name:os.system ",
    b"---\n",
    b"...\n",
    b"%YAML 1.1\n",
    b"{",
    b"[",
    b'"',
    b"'",
    b"|",
    b">",
    b"? ",
    b"@",
    b"`",
    b"<!DOCTYPE r [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
    b"&e;",
)

DAMAGE = ("truncate", "flip", "insert", "delete", "tab", "crlf", "cr", "utf16", "bom", "duplicate-line", "swap-lines")


@st.composite
def damaged(draw: st.DrawFn, raw: bytes, tokens: tuple[bytes, ...] = INSERT_BYTES) -> tuple[bytes, str]:
    """``raw`` damaged in one way: truncated, a bit flipped, bytes inserted or deleted, a tab where
    indentation is, other line ends, UTF-16, a byte-order mark, lines repeated or swapped."""
    kind = draw(st.sampled_from(DAMAGE))
    at = draw(st.integers(0, len(raw)))
    if kind == "truncate":
        return raw[:at], f"truncated at byte {at}"
    if kind == "flip" and raw:
        at = min(at, len(raw) - 1)
        bit = draw(st.integers(0, 7))
        return raw[:at] + bytes([raw[at] ^ (1 << bit)]) + raw[at + 1 :], f"bit {bit} of byte {at} flipped"
    if kind == "insert" or not raw:
        token = draw(st.sampled_from(tokens) | st.binary(min_size=1, max_size=4))
        return raw[:at] + token + raw[at:], f"{token!r} inserted at byte {at}"
    if kind == "delete":
        count = draw(st.integers(1, 64))
        return raw[:at] + raw[at + count :], f"{count} bytes deleted at {at}"
    lines = raw.split(b"\n")
    line = draw(st.integers(0, len(lines) - 1))
    if kind == "tab":
        lines[line] = b"\t" + lines[line]
        return b"\n".join(lines), f"tab at the start of line {line + 1}"
    if kind == "crlf":
        return raw.replace(b"\n", b"\r\n"), "CRLF line ends"
    if kind == "cr":
        return raw.replace(b"\n", b"\r"), "CR line ends"
    if kind == "utf16":
        try:
            return raw.decode("utf-8").encode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            return raw, "UTF-16 (not decodable)"
    if kind == "bom":
        return b"\xef\xbb\xbf" + raw, "byte-order mark"
    if kind == "duplicate-line":
        lines.insert(line, lines[line])
        return b"\n".join(lines), f"line {line + 1} repeated"
    other = draw(st.integers(0, len(lines) - 1))
    lines[line], lines[other] = lines[other], lines[line]
    return b"\n".join(lines), f"lines {line + 1} and {other + 1} swapped"


@dataclass(frozen=True)
class PolicyCase:
    """A generated policy file: its bytes, the data they were written from (None when the bytes were
    damaged after), and the steps that made it."""

    text: bytes
    data: Any
    steps: tuple[str, ...]

    def __repr__(self) -> str:
        return f"PolicyCase(steps={self.steps!r}, text={self.text!r})"


@st.composite
def policies(draw: st.DrawFn, conformant_only: bool = False, damage: bool = True) -> PolicyCase:
    """A policy file from a curated one through schema-driven mutations, written in some YAML style and
    then, sometimes, damaged byte by byte. A third of them have only schema-conformant mutations, so
    that many are valid and the commands get past validation."""
    name = draw(base_names())
    conformant_only = conformant_only or draw(st.integers(0, 2)) == 0
    data, steps = draw(mutated(base_policy(name), conformant_only))
    style = draw(dump_styles())
    raw = dump(data, style).encode("utf-8")
    all_steps = [f"from {name}.yaml", *steps] + ([f"written as {style}"] if style != DumpStyle() else [])
    if damage and not conformant_only and draw(st.integers(0, 3)) == 0:
        for _ in range(draw(st.integers(1, 2))):
            raw, label = draw(damaged(raw))
            all_steps.append(label)
        return PolicyCase(raw, None, tuple(all_steps))
    return PolicyCase(raw, data, tuple(all_steps))


def is_valid(data: Any) -> bool:
    """Whether ``data`` written as YAML is a valid policy, as dpvconv validate judges it."""
    try:
        return validate_document(load_text(dump(data), "generated.yaml")) == []
    except Exception:  # noqa: BLE001 - unloadable data is simply not valid
        return False


@st.composite
def valid_policies(draw: st.DrawFn) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A valid policy: a curated one after schema-conformant mutations, or as it is where those made it
    invalid (a generated kind can repeat its class's concept, a minimum exceed a maximum)."""
    name = draw(base_names())
    data, steps = draw(mutated(base_policy(name), conformant_only=True))
    if not steps or (isinstance(data, dict) and is_valid(data)):
        return data, (f"from {name}.yaml", *steps)
    return base_policy(name), (f"from {name}.yaml",)


# ---------------------------------------------------------------------------------------------------
# RDF and JSON-LD
# ---------------------------------------------------------------------------------------------------

RDF_FORMATS: dict[str, tuple[str, ox.RdfFormat | None]] = {
    "turtle": (".ttl", ox.RdfFormat.TURTLE),
    "ntriples": (".nt", ox.RdfFormat.N_TRIPLES),
    "nquads": (".nq", ox.RdfFormat.N_QUADS),
    "trig": (".trig", ox.RdfFormat.TRIG),
    "rdfxml": (".rdf", ox.RdfFormat.RDF_XML),
    "jsonld": (".jsonld", None),
}

TEXT_TOKENS: tuple[bytes, ...] = (
    b"<",
    b">",
    b"<http://127.0.0.1:9/x>",
    b'"',
    b'"""',
    b"'",
    b"@prefix p: <http://127.0.0.1:9/> .\n",
    b"@base <file:///etc/> .\n",
    b"PREFIX",
    b"_:b0",
    b"[",
    b"]",
    b"(",
    b")",
    b"{",
    b"}",
    b";",
    b",",
    b" . ",
    b" a ",
    b"^^",
    b"@en",
    b"@",
    b"\\u0000",
    b"\\U0010FFFF",
    b"\\uD800",
    b"\\",
    b"#",
    b"\n",
    b"GRAPH",
    b"<<",
    b">>",
    b"<<(",
    b")>>",
    b"~",
    b"true",
    b"1e999",
    b"9" * 5000,
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xae",
    b"\xff",
)

XML_TOKENS: tuple[bytes, ...] = (
    b'<!DOCTYPE r [<!ENTITY e "x">]>',
    b"<!doctype r>",
    b"<! DOCTYPE r>",
    b"<!ENTITY",
    b"&e;",
    b"&amp;",
    b"&#0;",
    b"&#x1F;",
    b"&#xFFFE;",
    b"<![CDATA[",
    b"]]>",
    b"<?xml version='1.0' encoding='UTF-16'?>",
    b"<?xml-stylesheet href='http://127.0.0.1:9/x.xsl'?>",
    b' rdf:parseType="Literal"',
    b' rdf:parseType="Collection"',
    b' rdf:parseType="Resource"',
    b' xml:base="file:///etc/"',
    b' xml:lang="x x"',
    b"<rdf:li/>",
    b"</rdf:RDF>",
    b'<rdf:Description rdf:about="http://127.0.0.1:9/"/>',
    b' xmlns:x="http://e/"',
    b"<x:y/>",
    b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd"/>',
    b"\x0b",
    b"\xef\xbf\xbe",
)

JSONLD_CONTEXTS: tuple[Any, ...] = (
    LOOPBACK + "context.jsonld",
    [CONTEXT_URL, LOOPBACK + "c"],
    {"@import": LOOPBACK + "c"},
    "file:///etc/passwd",
    CONTEXT_URL,
    [CONTEXT_URL, {"@base": "javascript:alert(1)/"}],
    {"@vocab": LOOPBACK},
    {"@version": 1.1, "@protected": True, "title": {"@id": "http://e/x"}},
    None,
    [],
    42,
    {"@base": None},
    {"@propagate": False},
    [CONTEXT_URL] * 50,
    CONTEXT_URL + "#frag",
    "HTTPS://W3ID.ORG/dpvconv/context.jsonld",
    "//w3id.org/dpvconv/context.jsonld",
    "context.jsonld",
    [CONTEXT_URL, {"@context": LOOPBACK}],
    {"x": {"@id": "http://e/x", "@context": LOOPBACK}},
)

JSONLD_ENTRIES: tuple[dict[str, Any], ...] = (
    {"@type": "@json"},
    {"@reverse": {"http://e/p": {"@id": "http://e/o"}}},
    {"@included": [{"@id": "http://e/i", "@type": "https://w3id.org/dpv#PrivacyNotice"}]},
    {"@nest": {"http://e/p": "x"}},
    {"@index": 1},
    {"@language": "not a tag!"},
    {"@direction": "sideways"},
    {"@id": ""},
    {"@id": " "},
    {"@id": "javascript:alert(1)"},
    {"@id": "_:"},
    {"@id": "http://e/ x"},
    {"@id": 42},
    {"@id": None},
    {"@id": LOOPBACK},
    {"@value": {"a": 1}},
    {"@list": [[1]]},
    {"@set": [{"@set": []}]},
    {"@type": ["https://w3id.org/dpv#PrivacyNotice", "https://w3id.org/dpv#Process"]},
    {"http://e/p": {"@value": "x", "@type": "http://www.w3.org/2001/XMLSchema#integer"}},
    {"http://e/p": 1e308},
    {"http://e/p": -0.0},
    {"@graph": {"@graph": {"@graph": []}}},
    {"@context": {"@vocab": "http://e/"}, "x": "y"},
)


@dataclass(frozen=True)
class RdfCase:
    """A generated RDF or JSON-LD file: its format, bytes, the valid policy it was written from, and the
    changes made after ``dpvconv convert`` wrote it (none: it is exactly what convert writes)."""

    fmt: str
    suffix: str
    data: bytes
    policy: dict[str, Any]
    changes: tuple[str, ...]
    origin: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"RdfCase(fmt={self.fmt!r}, origin={self.origin!r}, changes={self.changes!r}, data={self.data!r})"


def _nodes(quads: list[ox.Quad]) -> list[Any]:
    return sorted({q.subject for q in quads}, key=str)


def _jsonld_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        return {"@value": term.value, "@type": term.datatype.value}
    raise ValueError(f"JSON-LD cannot state {term}")


def expanded_jsonld(quads: list[ox.Quad]) -> list[dict[str, Any]]:
    """Quads as expanded JSON-LD (pyld's own from_rdf takes quadratic time)."""
    rdf_type = mapping().expand(RDF_TYPE)
    graphs: dict[Any, dict[str, dict[str, Any]]] = {}
    for q in quads:
        graph = graphs.setdefault(q.graph_name, {})
        subject = _jsonld_term(q.subject)["@id"]
        node = graph.setdefault(subject, {"@id": subject})
        if q.predicate.value == rdf_type and isinstance(q.object, ox.NamedNode):
            node.setdefault("@type", []).append(q.object.value)
        else:
            node.setdefault(q.predicate.value, []).append(_jsonld_term(q.object))
    document: list[dict[str, Any]] = list(graphs.pop(ox.DefaultGraph(), {}).values())
    for name, nodes in graphs.items():
        document.append({"@id": _jsonld_term(name)["@id"], "@graph": list(nodes.values())})
    return document


def _serialize(quads: list[ox.Quad], fmt: str) -> bytes:
    rdf_format = RDF_FORMATS[fmt][1]
    if rdf_format is None:
        return json.dumps(expanded_jsonld(quads), ensure_ascii=False, indent=1).encode("utf-8")
    if not rdf_format.supports_datasets:
        return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=rdf_format) or b""
    return ox.serialize(quads, format=rdf_format) or b""


def _literals() -> st.SearchStrategy[Any]:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    typed = (
        ("abc", "duration"),
        ("P1Y", "duration"),
        ("9" * 5000, "integer"),
        ("NaN", "double"),
        ("2024-02-30", "date"),
        ("x y", "anyURI"),
        ("javascript:alert(1)", "anyURI"),
        ("", "string"),
        ("\u0662\u0660\u0662\u0664-\u0660\u0665-\u0660\u0661", "date"),
    )
    return st.one_of(
        texts().map(ox.Literal),
        st.builds(
            lambda text, lang: ox.Literal(text, language=lang),
            texts(),
            st.sampled_from(("en", "fi", "x-bad", "en-us", "i-default", "zz-zzzz-zz", "en-a-bbb-x-a-ccc", "sv")),
        ),
        st.sampled_from(typed).map(lambda t: ox.Literal(t[0], datatype=ox.NamedNode(xsd + t[1]))),
        st.sampled_from((LOOPBACK + "x", "javascript:alert(1)", DEFAULT_BASE + "other/x")).map(ox.NamedNode),
    )


GRAPH_CHANGES = (
    "drop",
    "cycle",
    "share",
    "self",
    "second-notice",
    "rename-notice",
    "blank-notice",
    "literal",
    "iri-object",
    "retype",
    "untype",
    "deep",
    "triple-term",
    "graph",
    "wide",
)


def _graph_change(draw: st.DrawFn, quads: list[ox.Quad], notice: ox.NamedNode, kind: str) -> tuple[list[ox.Quad], str]:
    m = mapping()
    rdf_type = ox.NamedNode(m.expand(RDF_TYPE))
    graph = quads[0].graph_name if quads else ox.DefaultGraph()
    subjects = set(_nodes(quads))
    linked = [q for q in quads if q.object in subjects]
    if kind == "drop" and quads:
        index = draw(st.integers(0, len(quads) - 1))
        return quads[:index] + quads[index + 1 :], f"dropped {quads[index]}"
    if kind == "cycle" and linked:
        q = _choose(draw, linked)
        return [*quads, ox.Quad(q.object, q.predicate, q.subject, q.graph_name)], f"cycle back from {q.object}"
    if kind == "share" and len(linked) >= 2:
        a, b = draw(st.lists(st.sampled_from(linked), min_size=2, max_size=2, unique=True))
        return [*quads, ox.Quad(b.subject, b.predicate, a.object, b.graph_name)], f"{a.object} shared"
    if kind == "self" and linked:
        q = _choose(draw, linked)
        return [*quads, ox.Quad(q.subject, q.predicate, q.subject, q.graph_name)], f"{q.subject} inside itself"
    if kind == "second-notice":
        other = ox.NamedNode(draw(st.sampled_from((DEFAULT_BASE + "other/", LOOPBACK, notice.value + "x/"))))
        return [*quads, ox.Quad(other, rdf_type, ox.NamedNode(m.class_iri("PrivacyNotice")), graph)], "second notice"
    if kind in ("rename-notice", "blank-notice"):
        if kind == "rename-notice":
            renamed_to = draw(
                st.sampled_from(
                    (
                        notice.value.rstrip("/"),
                        notice.value + "#",
                        "urn:x:",
                        DEFAULT_BASE,
                        DEFAULT_BASE + "a/b/",
                        LOOPBACK,
                        DEFAULT_BASE + "%C3%A9/",
                        DEFAULT_BASE + "..%2F/",
                        DEFAULT_BASE + "\u00e9\u202e/",
                    )
                )
            )
            new: Any = ox.NamedNode(renamed_to)
        else:
            new = ox.BlankNode("notice")

        def swap(term: Any) -> Any:
            return new if term == notice else term

        renamed = [
            ox.Quad(swap(q.subject), q.predicate, swap(q.object), q.graph_name if q.graph_name != notice else new)
            for q in quads
        ]
        if isinstance(new, ox.BlankNode):
            renamed = [
                ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph() if q.graph_name == new else q.graph_name)
                for q in renamed
            ]
        return renamed, f"notice is now {new}"
    if kind == "literal":
        with_literal = [i for i, q in enumerate(quads) if isinstance(q.object, ox.Literal)]
        if with_literal:
            index = _choose(draw, with_literal)
            q = quads[index]
            value: Any = draw(_literals())
            return [*quads[:index], ox.Quad(q.subject, q.predicate, value, q.graph_name), *quads[index + 1 :]], (
                f"{q.predicate} of {q.subject} is {value}"
            )
    if kind == "iri-object":
        with_iri = [i for i, q in enumerate(quads) if isinstance(q.object, ox.NamedNode)]
        if with_iri:
            index = _choose(draw, with_iri)
            q = quads[index]
            value = draw(
                st.sampled_from(
                    (
                        ox.NamedNode(m.expand("dpv:NotAConcept")),
                        ox.NamedNode("javascript:alert(1)"),
                        ox.NamedNode(LOOPBACK + "x"),
                        ox.NamedNode(notice.value + "missing"),
                        ox.Literal("dpv:Purpose"),
                        ox.BlankNode("nowhere"),
                    )
                )
            )
            return [*quads[:index], ox.Quad(q.subject, q.predicate, value, q.graph_name), *quads[index + 1 :]], (
                f"{q.predicate} of {q.subject} is {value}"
            )
    if kind == "retype" and subjects:
        node = _choose(draw, sorted(subjects, key=str))
        cls = draw(st.sampled_from(sorted(schema_info().class_uris)))
        return [*quads, ox.Quad(node, rdf_type, ox.NamedNode(m.class_iri(cls)), graph)], f"{node} is also a {cls}"
    if kind == "untype":
        typed = [i for i, q in enumerate(quads) if q.predicate == rdf_type]
        if typed:
            index = _choose(draw, typed)
            return quads[:index] + quads[index + 1 :], f"type dropped: {quads[index]}"
    if kind == "deep":
        levels = draw(st.integers(2, 120))
        process, evidence = ox.NamedNode(m.class_iri("Process")), ox.NamedNode(m.class_iri("Evidence"))
        has_process = ox.NamedNode(m.expand(schema_info().classes["Process"]["processes"].uri))
        title = ox.NamedNode(m.expand(schema_info().classes["Process"]["title"].uri))
        source = ox.NamedNode(m.expand(schema_info().classes["Process"]["evidence"].uri))
        quote = ox.NamedNode(m.expand(schema_info().classes["Evidence"]["quote"].uri))
        added: list[ox.Quad] = []
        parent: Any = notice
        for level in range(levels):
            node = ox.NamedNode(f"{notice.value}deep-{level}")
            proof = ox.BlankNode(f"deep{level}_0")
            added += [
                ox.Quad(parent, has_process, node, graph),
                ox.Quad(node, rdf_type, process, graph),
                ox.Quad(node, title, ox.Literal(f"level {level}", language="en"), graph),
                ox.Quad(node, source, proof, graph),
                ox.Quad(proof, rdf_type, evidence, graph),
                ox.Quad(proof, quote, ox.Literal("q"), graph),
            ]
            parent = node
        return [*quads, *added], f"{levels} processes nested"
    if kind == "triple-term" and quads:
        q = _choose(draw, quads)
        return [*quads, ox.Quad(q.subject, q.predicate, ox.Triple(q.subject, q.predicate, q.object), q.graph_name)], (
            "a triple term"
        )
    if kind == "graph" and quads:
        target: Any = draw(st.sampled_from((ox.DefaultGraph(), ox.NamedNode(LOOPBACK + "g"), ox.BlankNode("g"))))
        moved = draw(st.lists(st.integers(0, len(quads) - 1), max_size=20))
        return [
            ox.Quad(q.subject, q.predicate, q.object, target if i in moved else q.graph_name)
            for i, q in enumerate(quads)
        ], f"{len(set(moved))} quads moved to graph {target}"
    if kind == "wide":
        count = draw(st.sampled_from((100, 2000)))
        title = ox.NamedNode(m.expand(schema_info().classes["PrivacyNotice"]["title"].uri))
        return [*quads, *(ox.Quad(notice, title, ox.Literal(f"t{i}", language="en"), graph) for i in range(count))], (
            f"{count} more titles"
        )
    return quads, f"{kind}: nothing to change"


def _json_nodes(document: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document)
    return found


JSON_CHANGES = ("context", "deep-array", "deep-object", "number", "entry", "top", "duplicate-key")


def _json_change(draw: st.DrawFn, text: bytes, kind: str) -> tuple[bytes, str]:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # already damaged or nested too deeply to read
        document = None
    if kind == "deep-array":
        depth = draw(st.sampled_from((50, 900, 3000, 100_000)))
        return b"[" * depth + text + b"]" * depth, f"nested in {depth} arrays"
    if kind == "deep-object":
        depth = draw(st.sampled_from((50, 900, 3000, 100_000)))
        return b'{"@graph":' * depth + text + b"}" * depth, f"nested in {depth} @graph objects"
    if kind == "number":
        number = draw(st.sampled_from(("9" * 5000, "1e400", "-0", "NaN", "Infinity", "1" + "0" * 400 + ".5")))
        body = text.rstrip()
        if body.endswith(b"}"):
            return body[:-1] + f', "{LOOPBACK}n": {number}}}'.encode(), f"number {number[:20]}"
        return text, "number: not an object"
    if kind == "duplicate-key":
        if text.lstrip().startswith(b"{"):
            start = text.index(b"{") + 1
            return text[:start] + b'"@id": "http://127.0.0.1:9/dup", ' + text[start:], "a duplicate @id"
        return text, "duplicate-key: not an object"
    if document is None:
        return text, f"{kind}: not JSON"
    if kind == "context":
        context = draw(st.sampled_from(JSONLD_CONTEXTS))
        nodes = _json_nodes(document)
        if nodes:
            _choose(draw, nodes)["@context"] = context
        return json.dumps(document, ensure_ascii=False).encode("utf-8"), f"@context {context!r}"
    if kind == "entry":
        nodes = _json_nodes(document)
        entry = draw(st.sampled_from(JSONLD_ENTRIES))
        if nodes:
            _choose(draw, nodes).update(copy.deepcopy(entry))
        return json.dumps(document, ensure_ascii=False).encode("utf-8"), f"entry {entry!r}"
    top = draw(st.sampled_from(("list", "string", "number", "null", "empty", "twice")))
    value = {"list": [], "string": "x", "number": 42, "null": None, "empty": {}, "twice": [document, document]}[top]
    return json.dumps(value).encode("utf-8"), f"top level is {top}"


@st.composite
def rdf_documents(draw: st.DrawFn, fmt: str) -> RdfCase:
    """A valid policy as dpvconv convert writes it in ``fmt``, then (mostly) changed: in its graph, its
    JSON, or its bytes."""
    policy, origin = draw(valid_policies())
    text = convert(policy, fmt).encode("utf-8")
    notice = ox.NamedNode(policy_namespace(policy["id"]))
    changes: list[str] = []
    layers = ["text", "text"] + (["json", "json", "json"] if fmt == "jsonld" else [])
    graph = draw(st.sampled_from((False, True, True)))
    for layer in (["graph"] if graph else []) + draw(st.lists(st.sampled_from(layers), max_size=2)):
        if layer == "graph":
            source = convert(policy, "nquads").encode("utf-8") if fmt == "jsonld" else text
            try:
                quads = list(ox.parse(source, format=RDF_FORMATS[fmt][1] or ox.RdfFormat.N_QUADS))
            except SyntaxError:
                changes.append("graph: the text no longer parses")
                continue
            for kind in draw(st.lists(st.sampled_from(GRAPH_CHANGES), min_size=1, max_size=3)):
                quads, label = _graph_change(draw, quads, notice, kind)
                changes.append(label)
            try:
                text = _serialize(quads, fmt)
            except Exception as err:  # noqa: BLE001 - a graph this format cannot state: keep the text
                changes.append(f"not serializable in {fmt}: {err.__class__.__name__}")
        elif layer == "json":
            text, label = _json_change(draw, text, draw(st.sampled_from(JSON_CHANGES)))
            changes.append(label)
        else:
            tokens = XML_TOKENS + TEXT_TOKENS if fmt == "rdfxml" else TEXT_TOKENS
            text, label = draw(damaged(text, tokens))
            changes.append(label)
    return RdfCase(fmt, RDF_FORMATS[fmt][0], text, policy, tuple(changes), origin)


SCRIPT_TYPES = (
    "application/ld+json",
    "application/ld+json; charset=utf-8",
    "APPLICATION/LD+JSON",
    " application/ld+json ",
    "application/json",
    "",
)


@st.composite
def html_pages(draw: st.DrawFn, jsonld: bytes) -> tuple[bytes, str]:
    """A web page with the JSON-LD embedded, in one of the ways pages do it (and some they should not)."""
    kind = draw(st.sampled_from(("plain", "two", "unclosed", "script-end", "comment", "lines", "entity", "nested")))
    script_type = draw(st.sampled_from(SCRIPT_TYPES))
    body = jsonld.decode("utf-8", "replace")
    open_tag = f'<script type="{script_type}">'
    if kind == "two":
        junk = draw(st.sampled_from(("{", "[]", "null", f'{{"@context": "{LOOPBACK}"}}', '{"@id": "http://e/x"}', "")))
        body = f"{body}</script>\n{open_tag}{junk}"
    elif kind == "script-end":
        body = body.replace('"', '"</script><script>alert(1)</script>', 1)
    elif kind == "entity":
        body = body.replace('"', "&quot;", 2)
    elif kind == "nested":
        body = f"<script>{body}</script>"
    head = "\n" * 40 if kind == "lines" else ""
    close = "" if kind == "unclosed" else "</script>"
    page = f"<!DOCTYPE html>\n<html><head>{head}{open_tag}{body}{close}</head><body><p>x</p></body></html>\n"
    if kind == "comment":
        page = f"<!-- {page} -->"
    return page.encode("utf-8", "surrogatepass"), kind


# ---------------------------------------------------------------------------------------------------
# SPARQL
# ---------------------------------------------------------------------------------------------------

VARIABLES = ("?s", "?p", "?o", "?g", "?x", "$y", "?label", "?n", "?service", "?SERVICE")
IRIS = (
    "<https://w3id.org/dpv#PrivacyNotice>",
    "<https://w3id.org/dpvconv/id/example-notice/>",
    "<http://127.0.0.1:9/sparql>",
    "<http://example.com/SERVICE>",
    "<>",
    "<#frag>",
    "<relative>",
    "<urn:x>",
    "<file:///etc/passwd>",
)
PREFIXED = (
    "dpv:hasPurpose",
    "dpv:Purpose",
    "dpv:hasProcess",
    "rdf:type",
    "rdfs:label",
    "dct:title",
    "skos:broader",
    "pd:EmailAddress",
    "loc:FI",
    "xsd:string",
    "dpvconv:Email",
    "eu-gdpr:A15",
    "ex:SERVICE",
    "ex:undeclared",
    "_:SERVICE",
    "_:b0",
    "[]",
)
LITERALS = (
    '"x"',
    '"SERVICE <http://127.0.0.1:9/> { }"',
    "'LOAD <http://127.0.0.1:9/x>'",
    '"""INSERT DATA { <a> <b> <c> }\n# not a comment"""',
    "'''SERVICE'''",
    '"# SERVICE"',
    '"fi"@fi',
    '"Example"@en',
    '"1"^^xsd:integer',
    '"P3Y"^^xsd:duration',
    "42",
    "-1.5e3",
    "0.0",
    "true",
    "false",
    '"\\u0053ERVICE"',
    '"a\\"b"',
    '"\\\\"',
    '""',
    '"\u00e9\u202e\x1b[2K"',
    "9" * 400,
)
FUNCTIONS = (
    "STR",
    "LANG",
    "DATATYPE",
    "BOUND",
    "IRI",
    "BNODE",
    "ABS",
    "CEIL",
    "ROUND",
    "CONCAT",
    "STRLEN",
    "UCASE",
    "ENCODE_FOR_URI",
    "CONTAINS",
    "STRSTARTS",
    "STRBEFORE",
    "YEAR",
    "NOW",
    "UUID",
    "MD5",
    "SHA256",
    "COALESCE",
    "IF",
    "STRLANG",
    "STRDT",
    "sameTerm",
    "isIRI",
    "isLiteral",
    "isNumeric",
    "REGEX",
    "SUBSTR",
    "REPLACE",
    "LANGMATCHES",
)
OPERATORS = ("=", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/")
SEPARATORS = (" ", " ", " ", "\n", "\t", "\n  ", " # SERVICE <http://127.0.0.1:9/> LOAD\n", "\r\n")
UPDATES = (
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "LOAD SILENT <http://127.0.0.1:9/x.ttl> INTO GRAPH <http://127.0.0.1:9/g>",
    "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "DELETE DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "CLEAR SILENT GRAPH <http://e/g>",
    "DROP DEFAULT",
    "CREATE GRAPH <http://e/g>",
    "ADD DEFAULT TO <http://e/g>",
    "MOVE <http://e/a> TO DEFAULT",
    "COPY DEFAULT TO <http://e/g>",
    "WITH <http://e/g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
)
SOUP = (
    "SELECT",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "WHERE",
    "FILTER",
    "OPTIONAL",
    "UNION",
    "MINUS",
    "GRAPH",
    "VALUES",
    "BIND",
    "AS",
    "SERVICE",
    "service",
    "SILENT",
    "LOAD",
    "INSERT",
    "DATA",
    "PREFIX",
    "BASE",
    "LIMIT",
    "ORDER",
    "BY",
    "GROUP",
    "HAVING",
    "DISTINCT",
    "*",
    "{",
    "}",
    "(",
    ")",
    ".",
    ";",
    ",",
    "a",
    "|",
    "/",
    "^",
    "!",
    "#",
    "\n",
    '"',
    "'",
    "<",
    ">",
    "?",
    *VARIABLES,
    *IRIS,
    *PREFIXED,
    *LITERALS,
)


@dataclass(frozen=True)
class QueryCase:
    """A generated query. ``service`` and ``update`` say whether it has a ``SERVICE`` keyword (outside
    strings, IRIs and comments) or is SPARQL Update; None where a random change makes that unknown."""

    text: str
    form: str
    service: bool | None
    update: bool | None


class _Grammar:
    def __init__(self, draw: st.DrawFn):
        self.draw = draw
        self.services: list[str] = []

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.draw(st.sampled_from(options))

    def chance(self) -> bool:
        return self.draw(st.booleans())

    def kw(self, word: str) -> str:
        case = self.pick(("upper", "upper", "lower", "title", "mixed"))
        if case == "lower":
            return word.lower()
        if case == "title":
            return word.title()
        if case == "mixed":
            return "".join(c.lower() if i % 2 else c.upper() for i, c in enumerate(word))
        return word.upper()

    def sep(self) -> str:
        return self.pick(SEPARATORS)

    def term(self) -> str:
        return self.pick(self.draw(st.sampled_from((VARIABLES, IRIS, PREFIXED, LITERALS))))

    def predicate(self, depth: int = 1) -> str:
        base = self.pick(("dpv:hasPurpose", "rdf:type", "a", "dct:title", "dpv:hasProcess", "skos:broader", "?p"))
        if depth <= 0 or base == "?p":
            return base
        shape = self.pick(("plain", "inverse", "sequence", "alternative", "star", "plus", "optional", "negated"))
        other = self.predicate(depth - 1).replace("?p", "dct:title")
        base = base.replace("?p", "dct:title") if shape != "plain" else base
        return {
            "plain": base,
            "inverse": f"^{base}",
            "sequence": f"{base}/{other}",
            "alternative": f"({base}|{other})",
            "star": f"{base}*",
            "plus": f"{base}+",
            "optional": f"{base}?",
            "negated": f"!({base}|^dct:title)",
        }[shape]

    def triple(self) -> str:
        subject = self.pick(("?s", "?x", "<https://w3id.org/dpvconv/id/example-notice/>", "_:b0", "[]"))
        return f"{subject} {self.predicate()} {self.term()} ."

    def expression(self, depth: int) -> str:
        if depth <= 0:
            return self.term()
        shape = self.pick(("atom", "not", "binary", "call", "in", "exists"))
        if shape == "atom":
            return self.term()
        if shape == "not":
            return f"!({self.expression(depth - 1)})"
        if shape == "binary":
            return f"({self.expression(depth - 1)} {self.pick(OPERATORS)} {self.expression(depth - 1)})"
        if shape == "call":
            args = ", ".join(self.expression(depth - 1) for _ in range(self.draw(st.integers(0, 3))))
            return f"{self.kw(self.pick(FUNCTIONS))}({args})"
        if shape == "in":
            return f"{self.expression(depth - 1)} {self.kw('IN')} ({self.term()}, {self.term()})"
        return f"{self.kw('NOT') + ' ' if self.chance() else ''}{self.kw('EXISTS')} {self.group(depth - 1)}"

    def element(self, depth: int) -> str:
        shape = self.pick(
            ("triple", "triple", "optional", "union", "minus", "filter", "bind", "values", "graph", "service", "sub")
        )
        if depth <= 0 or shape == "triple":
            return self.triple()
        if shape == "optional":
            return f"{self.kw('OPTIONAL')} {self.group(depth - 1)}"
        if shape == "union":
            return f"{self.group(depth - 1)} {self.kw('UNION')} {self.group(depth - 1)}"
        if shape == "minus":
            return f"{self.kw('MINUS')} {self.group(depth - 1)}"
        if shape == "filter":
            return f"{self.kw('FILTER')}({self.expression(2)})"
        if shape == "bind":
            return f"{self.kw('BIND')}({self.expression(1)} {self.kw('AS')} ?bound{self.draw(st.integers(0, 3))})"
        if shape == "values":
            if self.chance():
                return f"{self.kw('VALUES')} ?x {{ {self.term()} {self.term()} }}"
            return f"{self.kw('VALUES')} (?x ?y) {{ ({self.term()} {self.kw('UNDEF')}) ({self.term()} {self.term()}) }}"
        if shape == "graph":
            return f"{self.kw('GRAPH')} {self.pick(('?g', '<http://e/g>', 'dpv:x'))} {self.group(depth - 1)}"
        if shape == "service":
            target = self.pick(("<http://127.0.0.1:9/sparql>", "?g", "<http://[::1]:9/>", "ex:sparql"))
            silent = f" {self.kw('SILENT')}" if self.chance() else ""
            # Nothing between the keyword and an IRI or a variable; a prefixed name needs a space.
            space = self.pick((" ", "\n")) if silent or target == "ex:sparql" else self.pick((" ", "", "\n"))
            element = f"{self.kw('SERVICE')}{silent}{space}{target}{space}{self.group(depth - 1)}"
            self.services.append(element)
            return element
        return f"{{ {self.kw('SELECT')} * {self.kw('WHERE')} {self.group(depth - 1)} {self.kw('LIMIT')} 5 }}"

    def group(self, depth: int) -> str:
        count = self.draw(st.integers(1, 2))
        return "{" + self.sep() + self.sep().join(self.element(depth) for _ in range(count)) + self.sep() + "}"

    def modifiers(self) -> str:
        out = ""
        if self.chance():
            out += f" {self.kw('ORDER')} {self.kw('BY')} {self.pick(('?s', 'DESC(?o)', 'ASC(?x)', 'STR(?p)'))}"
        if self.chance():
            out += f" {self.kw('LIMIT')} {self.pick(('0', '5', '100', '9' * 30))}"
        if self.chance():
            out += f" {self.kw('OFFSET')} {self.pick(('1', '3'))}"
        return out

    def prologue(self) -> str:
        lines = self.draw(
            st.lists(
                st.sampled_from(
                    (
                        "PREFIX ex: <http://127.0.0.1:9/ns#>",
                        "BASE <http://127.0.0.1:9/>",
                        "# a comment: SERVICE <http://127.0.0.1:9/> and LOAD",
                        "PREFIX : <http://e/>",
                        "prefix dpv: <https://w3id.org/dpv#>",
                    )
                ),
                max_size=2,
            )
        )
        return "".join(line + "\n" for line in lines)

    def query(self) -> tuple[str, str, bool]:
        form = self.pick(("select", "select", "ask", "construct", "describe", "update"))
        prologue = self.prologue()
        where = self.group(2)
        if form == "select":
            projection = self.pick(("*", "?s", "?s ?o", "(COUNT(*) AS ?count)", "DISTINCT ?s", "REDUCED *"))
            if projection.startswith("(") and self.chance():
                projection = f"({self.expression(1)} AS ?z)"
            group = f" {self.kw('GROUP')} {self.kw('BY')} ?s" if self.chance() and "COUNT" in projection else ""
            dataset = f" {self.kw('FROM')} <http://127.0.0.1:9/g>" if self.chance() else ""
            body = f"{self.kw('SELECT')} {projection}{dataset} {self.kw('WHERE')} {where}{group}{self.modifiers()}"
        elif form == "ask":
            body = f"{self.kw('ASK')} {where}"
        elif form == "construct":
            if self.chance():
                body = f"{self.kw('CONSTRUCT')} {{ ?s ?p ?o }} {self.kw('WHERE')} {where}{self.modifiers()}"
            else:
                body = f"{self.kw('CONSTRUCT')} {self.kw('WHERE')} {{ ?s dct:title ?o }}"
        elif form == "describe":
            body = f"{self.kw('DESCRIBE')} {self.pick(('?s', '*', '<https://w3id.org/dpvconv/id/example-notice/>'))}"
            body += f" {self.kw('WHERE')} {where}" if self.chance() or "?" in body or "*" in body else ""
        else:
            body = self.pick(UPDATES)
            body = body.replace("{ ?s ?p ?o }", where, 1) if self.chance() else body
            body = " ".join(self.kw(w) if w.isalpha() and w.isupper() else w for w in body.split(" "))
        return prologue + body, form, form == "update"


@st.composite
def grammar_queries(draw: st.DrawFn) -> QueryCase:
    grammar = _Grammar(draw)
    text, form, update = grammar.query()
    return QueryCase(text, form, any(element in text for element in grammar.services), update)


@st.composite
def queries(draw: st.DrawFn) -> QueryCase:
    """A SPARQL query from the grammar (mostly), sometimes changed at random, or token soup or text."""
    kind = draw(st.sampled_from(("grammar", "grammar", "grammar", "changed", "soup", "text")))
    if kind == "soup":
        words = draw(st.lists(st.sampled_from(SOUP), max_size=25))
        return QueryCase(" ".join(words), "soup", None, None)
    if kind == "text":
        return QueryCase(draw(st.text(max_size=120)), "text", None, None)
    case = draw(grammar_queries())
    if kind == "grammar":
        return case
    raw, label = draw(damaged(case.text.encode("utf-8"), tuple(w.encode() for w in SOUP)))
    return QueryCase(raw.decode("utf-8", "replace"), f"{case.form}, {label}", None, None)


# ---------------------------------------------------------------------------------------------------
# File names
# ---------------------------------------------------------------------------------------------------

NAME_SPECIALS = (
    *":#?%\"'<>|&;$`*[]{}()!~\\=+,@^ ",
    "\n",
    "\t",
    "\r",
    "\x1b[2K",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\x7f",
    "\x85",
    "..",
    "-",
    ".",
)
NAME_SAMPLES = (
    "index",
    "style",
    "-p",
    "--help",
    ".hidden",
    "p.yaml",
    "javascript:alert(1)",
    "100%",
    "a#b",
    "a?b",
    "foo:bar",
    "a b",
    'q"uote',
    "<script>",
    ".dpvconv-site",
    "x" * 230,
    "\u00e9" * 110,
)


def _clean(name: str) -> str:
    """A name the file system takes: no '/' or NUL, not '.' or '..', at most 235 bytes (room for a suffix)."""
    name = name.replace("/", "_").replace("\x00", "_") or "_"
    if name in (".", ".."):
        name += "_"
    while len(os.fsencode(name)) > 235:
        name = name[:-1]
    return name


_TERMINAL_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def output_stems() -> st.SearchStrategy[str]:
    """Names for outputs (``-o``): as hostile, but without control or bidi characters. The user chose
    them, and the threat model trusts options (docs/security.md), so messages may show them as typed."""
    return file_stems().map(lambda name: _clean(_TERMINAL_CONTROLS.sub("_", name)))


def file_stems() -> st.SearchStrategy[str]:
    """File names (without suffix): plain, hostile, random unicode, or bytes that are not UTF-8."""
    pieces = st.sampled_from(NAME_SPECIALS) | st.characters(exclude_categories=["Cs"])
    return st.one_of(
        st.just("p"),
        st.sampled_from(NAME_SAMPLES),
        st.lists(pieces, min_size=1, max_size=24).map("".join),
        st.binary(min_size=1, max_size=12).map(os.fsdecode),
        st.tuples(st.text(max_size=6), st.binary(min_size=1, max_size=3)).map(lambda t: t[0] + os.fsdecode(t[1])),
    ).map(_clean)

"""Words for the values a policy holds: concept titles, durations, names of entries, EEA membership.

A reviewer reads "Advertising", "12 months" and "Hotjar", not ``dpv:Advertising``, ``P12M`` and a
list index; this module turns one into the other. Concept titles come from the schema through
:mod:`dpvconv.policy.labels`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from dpvconv.diff.marks import mark
from dpvconv.policy.curies import is_curie
from dpvconv.policy.durations import DurationPart, duration_in_words
from dpvconv.policy.labels import concept_label
from dpvconv.policy.text import normalise

# The members of loc:EEA in DPV 2.3 (its skos:narrower; a test checks this list against loc.ttl),
# and the unions that lie inside it. A destination not known to be inside is treated as outside:
# for a reviewer a false alarm costs less than a transfer that slips through (loc:non-EU may be
# Norway, but a notice that says "outside the EU" is worth a look).
EEA_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK".split()
)
_INSIDE_EEA_UNIONS = re.compile(r"^loc:(EU|EEA)\d*$")

_ARTICLE_PREFIX = re.compile(r"^A\d+(-\d+)*(-[a-z])?\s+")
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*(\([^()]*\)[^()]*)*\)$")
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second"}


def inside_eea(location: str) -> bool:
    """Whether the DPV location ``location`` (``loc:FI``, ``loc:FI-18``, ``loc:EU``) lies in the EU/EEA."""
    if _INSIDE_EEA_UNIONS.match(location):
        return True
    if not location.startswith("loc:"):
        return False
    return location[4:].split("-", 1)[0] in EEA_COUNTRIES


def concept(curie: str) -> str:
    """The title of a DPV (or dpvconv) concept, or the CURIE itself where the schema has none."""
    if not is_curie(curie):
        return curie
    return concept_label(curie, "en").text


def right_phrase(curie: str) -> str:
    """``eu-gdpr:A20`` as ``the right to data portability (eu-gdpr:A20)``: the title without the
    article number it may carry (before it, or in brackets after it), since the CURIE follows."""
    title = _TRAILING_BRACKETS.sub("", _ARTICLE_PREFIX.sub("", concept(curie)))
    if title.lower().startswith("right "):
        return f"the {title[0].lower()}{title[1:]} ({curie})"
    return f"the right '{title}' ({curie})"


def concepts(values: Iterable[str]) -> str:
    """Several concepts' titles, in order, joined as a reviewer would list them."""
    return join_words([concept(v) for v in values])


def join_words(words: list[str]) -> str:
    """``['a', 'b', 'c']`` as ``'a, b and c'``."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def duration_words(value: str) -> str:
    """``P1Y6M`` as ``1 year 6 months``; a value that is not an ISO 8601 duration (or is negative)
    comes back as it is."""
    return duration_in_words(value, _english)


def _english(part: DurationPart) -> str:
    return f"{part.number} {_DURATION_UNITS[part.unit]}{'' if part.is_one else 's'}"


def english_text(value: Any) -> str:
    """The English text of a language map (else its first language), normalised; '' for nothing."""
    if not isinstance(value, dict) or not value:
        return str(value) if value else ""
    language = "en" if "en" in value else sorted(value)[0]
    return normalise(str(value[language]))


def short(text: str, limit: int = 80) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "\u2026"


def quoted(text: str) -> str:
    """``text``, a string from the policy, in single quotes, as messages quote names and texts;
    marked as the policy's (:mod:`.marks`)."""
    return f"'{mark(text)}'"


def text_edits(old: str, new: str, limit: int = 3) -> str:
    """What a rewording changed, word by word: ``removes 'Google Analytics,'``; '' when it changed in
    more than ``limit`` places (then the reader compares the texts, which the JSON output carries)."""
    before, after = old.split(), new.split()
    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        gone, came = short(" ".join(before[i1:i2]), 60), short(" ".join(after[j1:j2]), 60)
        if tag == "delete":
            edits.append(f"removes {quoted(gone)}")
        elif tag == "insert":
            edits.append(f"adds {quoted(came)}")
        elif tag == "replace":
            edits.append(f"{quoted(gone)} becomes {quoted(came)}")
    return "; ".join(edits) if len(edits) <= limit else ""

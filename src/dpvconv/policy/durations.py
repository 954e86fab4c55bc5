"""ISO 8601 durations as the schema's ``IsoDuration`` type writes them (``P12M``, ``P1Y6M``, ``PT36H``).

The one place that reads a duration: :func:`parse_duration` gives its parts, :func:`duration_days`
an estimate in days for comparing two durations (``checks``), and :func:`duration_in_words` the
skeleton every wording fills with its own unit names (``diff`` in English, ``publish`` in Finnish
and English).

The form accepted is exactly the schema's pattern, leading ``-`` included (``xsd:duration`` allows a
negative duration, and so does the schema). Every duration a policy holds is a length of time (how
long data is kept, how soon a request is answered), so ``checks`` refuses a negative one with its own
message; here it parses, with :attr:`Duration.negative` set and a negative :func:`duration_days`, and
is never put into words (it comes back as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: The designators of a duration's parts, in the order they are written; the time part's ``M``
#: (minutes) is ``MIN`` here, to tell it from months.
UNITS = ("Y", "M", "W", "D", "H", "MIN", "S")

# The schema's IsoDuration pattern (schema/dpvconv.yaml), with a named group per part; a test checks
# that the two accept the same strings. ``\d`` is any Unicode digit, as the schema's validator reads it.
_ISO_DURATION = re.compile(
    r"(?P<sign>-?)P(?=\d|T\d)(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MIN>\d+)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?"
)

# Average lengths in days: a Gregorian year and month; the rest exact.
_DAYS = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0, "H": 1 / 24, "MIN": 1 / 1440, "S": 1 / 86400}


@dataclass(frozen=True)
class DurationPart:
    """One part of a duration: ``unit`` one of :data:`UNITS`, ``amount`` as written (``"12"``, ``"0.5"``)."""

    unit: str
    amount: str

    @property
    def number(self) -> int | float:
        """The amount as a number: an int unless it has a fraction (seconds only)."""
        return float(self.amount) if "." in self.amount else int(self.amount)

    @property
    def is_one(self) -> bool:
        """Whether the amount is one, so the unit is named in the singular."""
        return float(self.amount) == 1


@dataclass(frozen=True)
class Duration:
    """A parsed duration: its sign and the parts it gives, in the order written."""

    negative: bool
    parts: tuple[DurationPart, ...]

    def days(self) -> float:
        """The length in (average) days; negative for a negative duration."""
        total = sum(float(part.amount) * _DAYS[part.unit] for part in self.parts)
        return -total if self.negative else total


def parse_duration(text: str) -> Duration | None:
    """``text`` as a :class:`Duration`, or None where it is not a duration the schema allows."""
    match = _ISO_DURATION.fullmatch(text)
    if match is None:
        return None
    parts = tuple(DurationPart(unit, match[unit]) for unit in UNITS if match[unit] is not None)
    return Duration(negative=match["sign"] == "-", parts=parts)


def duration_days(text: str) -> float | None:
    """An ISO 8601 duration in (average) days, for comparing two durations; None if not a duration."""
    duration = parse_duration(text)
    return None if duration is None else duration.days()


def duration_in_words(text: str, word: Callable[[DurationPart], str]) -> str:
    """The duration ``text`` as its parts in words, each worded by ``word`` and joined by spaces
    (``P1Y6M`` as ``1 year 6 months``); ``text`` as written where it is not a duration or is negative."""
    duration = parse_duration(text)
    if duration is None or duration.negative:
        return text
    return " ".join(word(part) for part in duration.parts)

"""Diagnostics: what is wrong, where, and how to fix it, in the formats people and CI read."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from dpvconv.errors import InputError
from dpvconv.escape import echo, terminal_safe, without_surrogates

#: The longest message or hint printed; a message quoting a long value from a file is shortened.
MESSAGE_LIMIT = 1000
#: The most problems reported for one file; the rest are counted in one closing diagnostic. A file
#: with more has one mistake repeated (or was generated to be hostile), and thousands of lines help
#: nobody fix it, while each one costs time (a did-you-mean is a fuzzy match) and memory.
MAX_PER_FILE = 100


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in one file, located at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""
    path: str = ""
    severity: str = "error"

    def text(self) -> str:
        """``FILE:LINE:COL: error: what is wrong — how to fix it``, on one line whatever the file name
        and the message quote: control characters are shown as escapes, long quotes are shortened."""
        return f"{terminal_safe(self.file)}:{self.line}:{self.column}: {self.severity}: {self._body()}"

    def github(self) -> str:
        """A GitHub Actions workflow command, so the problem shows as an annotation on the line."""
        return (
            f"::{self.severity} file={_escape_property(terminal_safe(self.file))},line={self.line},"
            f"col={self.column},title=dpvconv::{_escape_data(self._body())}"
        )

    def _body(self) -> str:
        fix = f" \u2014 {echo(self.hint, MESSAGE_LIMIT)}" if self.hint else ""
        return f"{echo(self.message, MESSAGE_LIMIT)}{fix}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class DiagnosticsError(InputError):
    """An input cannot be used; ``diagnostics`` say where and why."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.text() for d in diagnostics))
        self.diagnostics = diagnostics


def cap(diagnostics: list[Diagnostic], limit: int = MAX_PER_FILE, uncounted: int = 0) -> list[Diagnostic]:
    """The first ``limit`` of one file's ``diagnostics`` (in file order), and, if there are more, one
    more that counts the rest, located at the first of them. ``uncounted`` more problems were found
    but never made into diagnostics; they all come after the first ``limit``."""
    if len(diagnostics) <= limit:
        return diagnostics
    hidden = diagnostics[limit:]
    first = hidden[0]
    return [
        *diagnostics[:limit],
        Diagnostic(
            first.file,
            first.line,
            first.column,
            f"{len(hidden) + uncounted} more problems in this file, from here on, not shown (at most {limit} are)",
            "fix the problems above and validate again to see the rest",
            first.path,
        ),
    ]


FORMATS = ("text", "json", "github")


def render(diagnostics: list[Diagnostic], fmt: str) -> str:
    """Render diagnostics in one of :data:`FORMATS`."""
    if fmt == "json":
        # Exact text for programs, but no lone surrogates (from file names that are not UTF-8), which
        # no UTF-8 output can carry.
        text = json.dumps([asdict(d) for d in diagnostics], ensure_ascii=False, indent=2)
        return without_surrogates(text)
    if fmt == "github":
        return "\n".join(d.github() for d in diagnostics)
    return "\n".join(d.text() for d in diagnostics)

"""What a query may ask for, decided before anything runs: dpvconv answers read-only queries over the
data it was given, so ``SERVICE`` (which makes the engine send HTTP requests to any address the query
names, loopback included) and SPARQL Update (``LOAD`` fetches, ``INSERT`` writes) are refused here.

pyoxigraph offers no switch to turn federation off, and it exposes no query algebra to inspect, so the
query text is scanned token by token. Strings, comments, IRIs, variables and prefixed names are skipped
whole, which leaves keywords as the only bare words: ``SERVICE`` as a word anywhere else is the keyword,
whatever its case. The scan errs on the side of refusing; it never evaluates anything, and it is linear
in the length of the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One alternative per kind of token the scan must not look inside; ``word`` is what is left.
_TOKENS = re.compile(
    r"""
      \#[^\n\r]*                                        # comment, to the end of the line
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|\Z)         # long strings (unterminated: to the end)
    | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|\Z)
    | "(?:[^"\\\n\r]|\\.)*"?                             # short strings
    | '(?:[^'\\\n\r]|\\.)*'?
    | <[^<>"{}|^`\\\x00-\x20]*>                          # IRI
    | [?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*         # variable
    | [\w.\-\u00B7]*:(?:[\w.:%\-\u00B7]|\\.)*            # prefixed name or blank node label
    | (?P<word>[^\W\d_]\w*)                              # a keyword (or a function name)
    | .                                                  # anything else: punctuation, operators
    """,
    re.VERBOSE | re.DOTALL,
)

UPDATE_KEYWORDS = frozenset({"LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "INSERT", "DELETE", "WITH"})
PROLOGUE_KEYWORDS = frozenset({"BASE", "PREFIX"})


@dataclass(frozen=True)
class Refusal:
    """Why a query is refused, and where in its text (1-based line and column)."""

    message: str
    hint: str
    line: int
    column: int


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def refusal(query: str) -> Refusal | None:
    """The reason ``query`` must not run, or None when it only reads the given data."""
    first_word = True
    for token in _TOKENS.finditer(query):
        word = token.group("word")
        if word is None:
            continue
        keyword = word.upper()
        if keyword == "SERVICE":
            return Refusal(
                "SERVICE is refused: it would send the query to another server over the network",
                "dpvconv queries only the files it is given; download the other data and pass it as an input",
                *_position(query, token.start()),
            )
        if first_word and keyword not in PROLOGUE_KEYWORDS:
            first_word = False
            if keyword in UPDATE_KEYWORDS:
                return Refusal(
                    f"{keyword} is SPARQL Update; dpvconv query runs read-only queries",
                    "write a SELECT, ASK, CONSTRUCT or DESCRIBE query",
                    *_position(query, token.start()),
                )
    return None

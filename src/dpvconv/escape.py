"""Strings from someone else, made safe for where they are shown.

A policy, an RDF file, a query or a file name is written by someone else, and what dpvconv prints of it
lands somewhere that gives some characters power: a terminal runs escape sequences, a pull-request
comment renders Markdown and mentions, a link's address can name a scheme. Each function here is for
one such place; everything dpvconv shows of untrusted text goes through one of them.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# C0 and C1 controls (tab and newline included: in one line of output they would break it), DEL, and
# the bidirectional formatting characters that make text display in another order than it is read.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]")
#: The longest piece of untrusted text echoed in a message; the rest is elided.
ECHO_LIMIT = 200


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control and bidirectional-formatting character written as a visible escape
    (``\\x1b``), and lone surrogates (from file names that are not UTF-8) as ``\\udcxx``."""
    text = _TERMINAL_UNSAFE.sub(_escape_char, text)
    if any("\ud800" <= c <= "\udfff" for c in text):
        text = "".join(f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def shorten(text: str, limit: int = ECHO_LIMIT) -> str:
    """At most ``limit`` characters of ``text``, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\u2026 ({len(text) - limit} more characters)"


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """Untrusted text as a message may quote it: shortened, then made terminal-safe."""
    return terminal_safe(shorten(text, limit))


def file_href(name: str) -> str:
    """A relative link to the file ``name`` in the same folder: every character that could end the
    path or start a scheme, query or fragment is percent-encoded, so ``javascript:x.html`` links to
    that file and not to a script."""
    return quote(name, safe="", errors="surrogateescape")


# Markdown that GitHub renders with effect: emphasis, code, links, images, headings, lists, tables,
# quotes, HTML, and mentions or references (@user, #123) that notify people.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~@:&])")


def markdown_inline(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` as inert Markdown on one line: control characters and line breaks escaped, every
    character Markdown gives meaning to backslash-escaped, and ``@`` and ``#`` kept from mentioning
    or linking (a zero-width joiner after them stops GitHub's autolinking)."""
    text = terminal_safe(shorten(unicodedata.normalize("NFC", text), limit))
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text.replace("\\@", "@\u200d").replace("\\#", "#\u200d")

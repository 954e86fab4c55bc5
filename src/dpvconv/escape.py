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
    return without_surrogates(_TERMINAL_UNSAFE.sub(_escape_char, text))


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as ``\\udcxx``: a file name that is not UTF-8 comes
    into Python with its odd bytes as surrogates, which no UTF-8 output can carry."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join(f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in text)


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


# Inline Markdown that GitHub renders with effect anywhere in a line: backslash escapes, code,
# emphasis and strikethrough, links and images ([), autolinks and HTML (<), entity references (&),
# table cells (|) and math ($). Backslash-escaping these is enough: the rest of ASCII punctuation
# ((, ., -, !, ...) only has meaning next to one of them or at the start of a line.
_MARKDOWN_INLINE = re.compile(r"([\\`*_~\[\]<>&|$])")
# Block syntax, which only counts at the start of a line: a list item, heading, quote, setext
# underline, or an ordered list's "1." or "1)".
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(?:([-+*#>=])|(\d{1,9})([.)]))")
# GitHub links some plain text too: a scheme ("https:", "mailto:", "xmpp:") unless its colon is
# escaped, and "www." unless its dot is.
_AUTOLINK_COLON = re.compile(r"(?<=[A-Za-z0-9]):(?=\S)")
_AUTOLINK_WWW = re.compile(r"(?i)\b(www)\.")
# Mentions (@team), issue references (#12, GH-12) and e-mail addresses (a@b.fi) are found in the
# rendered text, where a backslash is gone; a zero-width joiner after the sign stops each of them.
_REFERENCE = re.compile(r"[@#]|(?i:\bGH-)(?=\d)")


def _line_start(match: re.Match[str]) -> str:
    space, sign, number, dot = match.groups()
    return f"{space}\\{sign}" if sign else f"{space}{number}\\{dot}"


def markdown_inline(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` as inert Markdown on one line, anywhere in it: shortened to ``limit`` characters,
    control characters and line breaks written as visible escapes (``\\x0a``), what Markdown would
    format, link or turn into HTML backslash-escaped, and GitHub's mentions, references and autolinks
    broken by an escaped colon or dot or a zero-width joiner. The rendered text reads as the original."""
    text = terminal_safe(shorten(unicodedata.normalize("NFC", text), limit))
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    text = _MARKDOWN_LINE_START.sub(_line_start, text, count=1)
    text = _AUTOLINK_COLON.sub(r"\\:", text)
    text = _AUTOLINK_WWW.sub(r"\1\\.", text)
    return _REFERENCE.sub(lambda m: m.group() + "\u200d", text)

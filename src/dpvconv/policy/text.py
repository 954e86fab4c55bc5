"""Normalising notice text so that quotes and sentences can be matched against the source.

Both the curated quotes and the source notice pass through :func:`normalise` before comparison, so
typographic differences (curly quotes, dashes, markdown emphasis, line wrapping) do not matter while
the words themselves must match exactly.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_BACKSLASH_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SPACE = re.compile(r"\s+")
ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")


def normalise(text: str) -> str:
    """Return ``text`` in the form quotes and sources are compared in.

    Unicode NFC; curly quotes and apostrophes to straight ones; en and em dashes to ``-``; markdown
    emphasis (``**``) and backslash escapes removed; runs of white space to one space.
    """
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    text = text.replace("**", "")
    text = _BACKSLASH_ESCAPE.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def quote_parts(quote: str) -> list[str]:
    """Split a quote at its ellipses (``...``) into the parts that must each occur in the source."""
    return [part for part in (normalise(p) for p in ELLIPSIS.split(quote)) if part]


def quote_in_source(quote: str, normalised_source: str) -> bool:
    """Tell whether every part of ``quote`` occurs in a source already passed through :func:`normalise`."""
    parts = quote_parts(quote)
    return bool(parts) and all(part in normalised_source for part in parts)


def word_count(quote: str) -> int:
    """Count the words of a quote, ellipses left out."""
    return sum(len(part.split()) for part in quote_parts(quote))


# A sentence ends at ., ! or ? followed by white space and a capital letter, digit or opening quote.
# Lines are split first, so headings and bullets are sentences of their own.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-Z\u00c0-\u00de0-9])")
_BULLET = re.compile(r"^(?:[-*\u2022\u25cf\u25aa]|\d+[.)])\s+")


def sentences(source: str) -> list[str]:
    """Split a notice into normalised sentences: each line on its own, bullets marks removed.

    The split is deliberately simple and deterministic, so a reviewer's checklist written against
    it stays valid: an abbreviation that splits a sentence in two gives two checklist rows.
    """
    out: list[str] = []
    for line in source.splitlines():
        line = _BULLET.sub("", normalise(line))
        if not line:
            continue
        out.extend(part for part in _SENTENCE_END.split(line) if part.strip())
    return out

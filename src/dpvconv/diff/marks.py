"""Strings from a policy inside the sentences ``dpvconv diff`` writes, marked so that each output can
make them safe for where it goes.

A sentence mixes dpvconv's words with what a policy says ("adds the technology Hotjar"). The
policy's part may carry Markdown, mentions, terminal escapes or 200 KB of text; dpvconv's words may
not be escaped away. So the differ wraps every policy string in a pair of Unicode noncharacters,
which the standard sets aside for a program's internal use and which :func:`mark` removes from the
string itself. :func:`split` turns a marked sentence into parts, and the renderer escapes each
policy part for text or Markdown; JSON gets the plain sentence (:func:`plain`), raw.
"""

from __future__ import annotations

from collections.abc import Iterable

_START, _END = "\ufdd0", "\ufdd1"
_MARKS = str.maketrans("", "", _START + _END)

#: A piece of a sentence and whether it came from the policy.
Part = tuple[str, bool]


def mark(value: object) -> str:
    """``value`` as a policy string inside a sentence ('' stays '', so ``mark(x) or y`` works)."""
    text = str(value).translate(_MARKS)
    return f"{_START}{text}{_END}" if text else ""


def split(sentence: str) -> tuple[Part, ...]:
    """The parts of a marked sentence, in order. A mark out of place (which :func:`mark` never
    makes) counts against the text: what follows an unclosed start is the policy's."""
    parts: list[Part] = []
    rest, inside = sentence, False
    while rest:
        sign = _END if inside else _START
        text, found, rest = rest.partition(sign)
        text = text.translate(_MARKS)
        if text:
            parts.append((text, inside))
        if not found:
            break
        inside = not inside
    return tuple(parts)


def join(parts: Iterable[Part]) -> str:
    """The marked sentence of ``parts`` (the inverse of :func:`split`)."""
    return "".join(mark(text) if untrusted else text for text, untrusted in parts)


def plain(sentence: str) -> str:
    """A marked sentence as it reads, marks removed."""
    return sentence.translate(_MARKS)

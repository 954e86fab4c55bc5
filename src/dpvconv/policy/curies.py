"""What counts as a CURIE (``prefix:local``, as the schema's enum values name concepts: ``dpv:Marketing``,
``eu-gdpr:A20``, ``loc:FI``). Whether the prefix is one the schema declares is for ``checks`` to say;
expanding a CURIE to an IRI is :meth:`dpvconv.rdf.mapping.Mapping.expand`."""

from __future__ import annotations

import re

# A letter, then letters, digits, '_', '.' or '-', a colon, and at least one non-space character.
_CURIE = re.compile(r"^[A-Za-z][\w.-]*:\S+$")


def is_curie(text: str) -> bool:
    """Whether ``text`` has the form ``prefix:local``."""
    return _CURIE.match(text) is not None

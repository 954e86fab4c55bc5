"""Writing output files safely: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """An output cannot be written where asked (it would replace an input, or the folder is unusable)."""


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it into place.

    A reader sees the old file or the new one, never half of one; on failure nothing is left behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set back at once)."""
    current = os.umask(0)
    os.umask(current)
    return current


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Raise :class:`OutputError` if any output would overwrite one of the inputs."""
    protected = {p.resolve() for p in inputs}
    for output in outputs:
        if output.resolve() in protected:
            raise OutputError(f"{output}: refusing to overwrite an input file; choose another output path")

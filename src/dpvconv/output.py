"""Writing output files safely: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dpvconv.errors import UsageError
from dpvconv.escape import terminal_safe


class OutputError(UsageError):
    """An output cannot be written where asked (it would replace an input, or the folder is unusable)."""


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename it into place.

    A reader sees the old file or the new one, never half of one; on failure nothing is left behind.

    Raises:
        OutputError: the file cannot be written there (no such folder, no permission, a full disk).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise unwritable(path, err) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~current_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, path)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise unwritable(path, err) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def unwritable(path: Path, err: OSError) -> OutputError:
    """The error for a file or folder that cannot be written at ``path``."""
    return OutputError(f"{terminal_safe(str(path))}: {err.strerror} \u2014 choose a writable place")


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
            raise OutputError(
                f"{terminal_safe(str(output))}: refusing to overwrite an input file; choose another output path"
            )


def plan_outputs(
    inputs: list[Path], output: str | None, suffix: str, *, keep_existing: bool = False
) -> dict[Path, Path | None]:
    """Where the output of each input goes (None: standard output), decided and checked before
    anything is written, so that a run either writes every output or stops before the first.

    ``output`` is ``-o`` as the user typed it: a trailing separator, an existing folder or several
    inputs make it a folder, which receives ``<input stem><suffix>`` for each input. With
    ``keep_existing`` no existing file is replaced (for outputs that look like hand-written files).

    Raises:
        OutputError: several inputs and no folder; ``-o`` a file where a folder is needed; two inputs
            with the same output; an output that is an input, or exists while ``keep_existing``.
    """
    if output is None:
        if len(inputs) > 1:
            raise OutputError("several inputs need -o DIRECTORY")
        return {path: None for path in inputs}
    target = Path(output)
    to_folder = len(inputs) > 1 or output.endswith(("/", os.sep)) or target.is_dir()
    if to_folder and target.exists() and not target.is_dir():
        raise OutputError(f"{terminal_safe(output)}: is a file, not a folder; name a folder for the outputs")
    planned: dict[Path, Path | None] = {
        path: (target / f"{path.stem}{suffix}" if to_folder else target) for path in inputs
    }
    claimed: dict[Path, Path] = {}
    for path, destination in planned.items():
        assert destination is not None
        first = claimed.setdefault(destination.resolve(), path)
        if first != path:
            raise OutputError(
                f"{terminal_safe(str(path))} and {terminal_safe(str(first))} would both be written to "
                f"{terminal_safe(str(destination))}; convert them in separate runs or rename one"
            )
        if keep_existing and destination.exists():
            raise OutputError(
                f"{terminal_safe(str(destination))}: exists and is not replaced (it may be a hand-written "
                "policy); choose a new folder or remove the file first"
            )
    refuse_inputs([d for d in planned.values() if d is not None], inputs)
    return planned

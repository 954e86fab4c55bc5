"""Reading an input file someone else wrote: only a regular file, and only up to a size limit.

A path can name a device (``/dev/zero`` never ends), a FIFO (opening one waits for a writer that may
never come) or a file far larger than any policy. The file is opened without blocking, checked to be
a regular file through the open handle (so it cannot be swapped between the check and the read), and
read to one byte past its limit, which is enough to say it is too large.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from dpvconv.diagnostics import Diagnostic, DiagnosticsError
from dpvconv.errors import UsageError
from dpvconv.escape import terminal_safe

#: Policy YAML: the largest curated notice is under 100 KB; parsing and validating is pure Python.
MAX_POLICY_BYTES = 4 << 20
#: RDF, JSON-LD and web pages from other companies, each parsed into memory whole.
MAX_SOURCE_BYTES = 32 << 20


class InputFileError(DiagnosticsError):
    """An input file cannot be read: not a regular file, unreadable, or too large."""


def _refuse(file: str, message: str, hint: str) -> InputFileError:
    return InputFileError([Diagnostic(file, 1, 1, message, hint)])


def read_input(path: Path, limit: int, file: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; ``file`` names it in messages.

    Raises:
        InputFileError: the path is not a regular file, cannot be read, or holds more than ``limit`` bytes.
    """
    file = file if file is not None else str(path)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise _refuse(file, f"cannot read the file: {err.strerror}", "check the path and its permissions") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise _refuse(
                file, "not a regular file (a device, FIFO or socket)", "name a file; dpvconv reads only regular files"
            )
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as err:
        raise _refuse(file, f"cannot read the file: {err.strerror}", "check the path and its permissions") from None
    finally:
        os.close(handle)
    data = b"".join(chunks)
    if len(data) > limit:
        raise _refuse(
            file,
            f"the file is larger than {_size(limit)}, the most dpvconv reads of one input",
            "split it into smaller files",
        )
    return data


def _size(count: int) -> str:
    return f"{count >> 20} MiB" if count >= 1 << 20 else f"{count} bytes"


def discover(paths: Iterable[Path], suffixes: Iterable[str], kind: str) -> list[Path]:
    """The input files ``paths`` name, in order: a file as given, a directory searched recursively
    for files whose suffix, in any case, is one of ``suffixes`` (sorted). This is the one rule every
    command finds its inputs by; ``kind`` names them in messages ("policy files").

    Raises:
        UsageError: a path does not exist or is not a regular file or directory, or a directory holds
            no file of the kind.
    """
    wanted = {suffix.lower() for suffix in suffixes}
    found: list[Path] = []
    for path in paths:
        shown = terminal_safe(str(path))
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix.lower() in wanted and p.is_file())
            if not inside:
                raise UsageError(f"{shown}: no {kind} ({', '.join(sorted(wanted))}) in this directory")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise UsageError(f"{shown}: not a regular file (a device, FIFO or socket); name a file")
        else:
            raise UsageError(f"{shown}: no such file or directory")
    return found

"""``dpvconv diff``: what changed between two versions of a privacy notice, as a reviewer says it.

Both versions are read and validated (:mod:`.sources`), compared slot by slot along the schema
(:mod:`.compare`, pairing entries with :mod:`.match`), and each change gets a kind (:mod:`.kinds`)
and a sentence (:mod:`.wording`); :mod:`.render` writes text, markdown or JSON. docs/diff.md
describes the kinds and the choices made.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dpvconv.diff.kinds import KINDS, Change
from dpvconv.diff.marks import mark, plain, split
from dpvconv.diff.phrases import english_text
from dpvconv.diff.report import FORMATS, DiffResult, render
from dpvconv.diff.versions import DiffUsageError, read_at_revision, read_file
from dpvconv.diff.walk import compare
from dpvconv.policy.tree import controller_name, nested_processes

__all__ = [
    "FORMATS",
    "KINDS",
    "Change",
    "DiffResult",
    "DiffUsageError",
    "compare",
    "diff_files",
    "diff_git",
    "exit_status",
    "fail_on_kinds",
    "render",
]


def _notice_name(*documents: dict[str, Any]) -> str:
    """``Vimana Oy's privacy notice``: the controller's name, else the notice's title (marked as the
    policy's, :mod:`.marks`)."""
    for document in documents:
        name = controller_name(document)
        if name:
            return f"{mark(name)}'s privacy notice"
    for document in documents:
        if document.get("title"):
            return f"the privacy notice '{english_text(document['title'])}'"
    return "the privacy notice"


def _titles(*documents: dict[str, Any]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for document in documents:
        for process in nested_processes(document):
            titles.setdefault(process.pid, english_text(process.data.get("title")) or process.pid)
    return titles


def _result(old: dict[str, Any] | None, new: dict[str, Any], old_name: str, new_name: str) -> DiffResult:
    notice = _notice_name(new, old or {})
    return DiffResult(
        old_name=old_name,
        new_name=new_name,
        notice=plain(notice),
        notice_parts=split(notice),
        changes=compare(old or {}, new),
        new_notice=old is None,
        titles=_titles(new, old or {}),
    )


def diff_files(old: Path, new: Path) -> DiffResult:
    """The changes from the policy file ``old`` to the policy file ``new``.

    Raises:
        DiffUsageError: a file does not exist.
        DiagnosticsError: a file is not a valid policy.
    """
    return _result(read_file(old), read_file(new), str(old), str(new))


def diff_git(revision: str, path: Path) -> DiffResult:
    """The changes to the policy file ``path`` since git ``revision``; the whole notice shows as added
    when the file did not exist at ``revision``.

    Raises:
        DiffUsageError: no such file, not a git repository, or no such revision.
        DiagnosticsError: a version is not a valid policy.
    """
    new = read_file(path)
    old, old_name = read_at_revision(revision, path)
    return _result(old, new, old_name, str(path))


def fail_on_kinds(text: str) -> frozenset[str]:
    """The kinds named in a ``--fail-on`` value (``right-removed,transfer-outside-eea-added``).

    Raises:
        ValueError: a name is not one of :data:`KINDS`; the message lists the valid ones.
    """
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in KINDS]
    if unknown or not names:
        wrong = ", ".join(unknown) if unknown else "nothing"
        raise ValueError(f"unknown kind {wrong}; the kinds are: {', '.join(KINDS)}")
    return frozenset(names)


def exit_status(result: DiffResult, fail_on: Iterable[str] | None = None) -> int:
    """``1`` when there is a semantic change (or, with ``fail_on``, a change of one of those kinds), else ``0``."""
    if fail_on is None:
        return 1 if result.semantic else 0
    wanted = set(fail_on)
    return 1 if any(change.kind in wanted for change in result.changes) else 0

"""The three outputs of ``dpvconv diff``: plain text, markdown for a pull-request comment, and JSON.

All three put the same changes in the same order (the order :func:`.compare.compare` sorts them in):
a one-line summary, then the changes grouped by notice-level section and by processing activity, the
low-priority ones (evidence quotes, provenance) last. No change at all gives no text and no markdown.

What a policy says reaches a terminal or a pull-request comment, so every string from it (marked by
the differ, :mod:`.marks`) goes through :func:`dpvconv.escape.echo` for text and
:func:`dpvconv.escape.markdown_inline` for markdown: shortened, control characters visible, no
Markdown, mention or link of its own. JSON is for tools and carries the strings raw.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from dpvconv.diff.kinds import KINDS, LOW_PRIORITY, Change, count_phrase
from dpvconv.diff.marks import Part, join, mark, plain, split
from dpvconv.escape import echo, markdown_inline, without_surrogates

FORMATS = ("text", "markdown", "json")

_SECTION_TITLES = {
    "notice": "The notice",
    "scope": "Scope",
    "change_notices": "Change notices",
    "organisations": "Organisations and contacts",
    "technologies": "Technologies",
    "rights": "Rights",
    "measures": "Measures",
    "prohibitions": "What the notice says is not done",
}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


@dataclass(frozen=True)
class DiffResult:
    """The changes between two versions of one notice, and what the reader needs to frame them.

    Attributes:
        old_name: How the old version is shown (a file name, or ``REV:PATH``).
        new_name: How the new version is shown.
        notice: Whose notice it is: ``Vimana Oy's privacy notice``.
        notice_parts: ``notice`` in pieces, saying which came from the policy (:mod:`.marks`);
            empty means all of it may have.
        changes: The changes, sorted.
        new_notice: True when the old version did not exist (``--git`` at a revision without the file).
        titles: The processing activities' titles by id, for the headings.
    """

    old_name: str
    new_name: str
    notice: str
    changes: list[Change]
    new_notice: bool = False
    titles: dict[str, str] = field(default_factory=dict)
    notice_parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)

    @property
    def semantic(self) -> list[Change]:
        """The changes that alter what the notice says."""
        return [c for c in self.changes if c.semantic]


def summary(result: DiffResult) -> str:
    """One line: how many changes of which kinds, e.g. ``3 changes to Vimana Oy's privacy notice: ...``."""
    return plain(_summary(result))


def _summary(result: DiffResult) -> str:
    """:func:`summary` with the policy's strings, and the file names, marked."""
    notice = join(result.notice_parts) if result.notice_parts else mark(result.notice)
    counts = Counter(c.kind for c in result.changes)
    semantic = [k for k in KINDS if counts[k] and k not in LOW_PRIORITY]
    minor = [k for k in KINDS if counts[k] and k in LOW_PRIORITY]
    total = sum(counts[k] for k in semantic)
    what = (
        f"{notice} (new in {mark(result.new_name)}, absent from {mark(result.old_name)})"
        if result.new_notice
        else notice
    )
    if total:
        head = f"{total} change{'s' if total != 1 else ''} to {what}"
        details = ", ".join(count_phrase(k, counts[k]) for k in semantic)
        line = f"{head}: {details}"
    else:
        line = f"No semantic change to {what}"
    if minor:
        line += "; also " + ", ".join(count_phrase(k, counts[k]) for k in minor)
    return line


def _groups(result: DiffResult) -> list[tuple[str, str | None, list[Change]]]:
    """(section, process, changes) in order, the low-priority changes in one group at the end."""
    groups: dict[tuple[str, str | None], list[Change]] = {}
    for change in result.semantic:
        groups.setdefault((change.section, change.process), []).append(change)
    out = [(section, process, changes) for (section, process), changes in groups.items()]
    minor = [c for c in result.changes if not c.semantic]
    if minor:
        out.append(("minor", None, minor))
    return out


def _heading(section: str, process: str | None, titles: dict[str, str]) -> str:
    """A group's heading, the process's title and id marked as the policy's."""
    if section == "minor":
        return "Evidence and provenance (no change in meaning)"
    if process is not None:
        return f"Processing activity '{mark(titles.get(process, process))}' ({mark(process)})"
    return _SECTION_TITLES.get(section, section.replace("_", " ").capitalize())


def render(result: DiffResult, fmt: str) -> str:
    """``result`` in one of :data:`FORMATS`. Text and markdown are empty when nothing changed; JSON
    always gives its object."""
    if fmt == "json":
        return without_surrogates(json.dumps(_json(result), ensure_ascii=False, indent=2)) + "\n"
    if not result.changes:
        return ""
    lines: list[str] = []
    if fmt == "markdown":
        lines.append(_bold_count(_markdown(split(_summary(result)))))
        for section, process, changes in _groups(result):
            lines += ["", f"#### {_markdown(split(_heading(section, process, result.titles)))}", ""]
            lines += [f"- {_markdown(_parts(c))}" for c in changes]
    else:
        lines.append(_text(split(_summary(result))))
        for section, process, changes in _groups(result):
            lines += ["", _text(split(_heading(section, process, result.titles)))]
            lines += [f"  {c.kind}: {_text(_parts(c))}" for c in changes]
    return "\n".join(lines) + "\n"


def _parts(change: Change) -> tuple[Part, ...]:
    """A change's message in parts; one made without them is taken as all the policy's."""
    return change.parts or ((change.message, True),)


def _markdown(parts: tuple[Part, ...]) -> str:
    """Parts as one line of Markdown: the policy's inert, dpvconv's own words lightly escaped."""
    return "".join(markdown_inline(text) if untrusted else _escape(text) for text, untrusted in parts)


def _text(parts: tuple[Part, ...]) -> str:
    """Parts as one line for a terminal: the policy's shortened, with control characters shown."""
    return "".join(echo(text) if untrusted else text for text, untrusted in parts)


def _bold_count(line: str) -> str:
    """``3 changes to ...`` as ``**3 changes** to ...``, so the count stands out in a comment."""
    return re.sub(r"^(\d+ changes?|No semantic change)", r"**\1**", line)


def _escape(text: str) -> str:
    """dpvconv's own words (concept titles from the schema among them) as Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _json(result: DiffResult) -> dict[str, Any]:
    counts = Counter(c.kind for c in result.changes)
    return {
        "old": result.old_name,
        "new": result.new_name,
        "notice": result.notice,
        "new_notice": result.new_notice,
        "summary": {
            "text": summary(result),
            "changes": len(result.semantic),
            "low_priority": len(result.changes) - len(result.semantic),
            "kinds": {kind: counts[kind] for kind in KINDS if counts[kind]},
        },
        "changes": [{k: v for k, v in asdict(c).items() if k != "parts"} for c in result.changes],
    }

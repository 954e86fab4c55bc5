"""Comparing two versions of a policy, slot by slot, as the schema describes them.

The walk is driven by :mod:`dpvconv.policy.schema_info`: a slot that holds nested entries is matched entry
by entry (:mod:`.match`), a multivalued slot of concepts or ids compares as a set, a language map as
normalised text, anything else as one value. What is particular to the notice model (which topic a
slot is about, how a reviewer says a change) is in the tables of :mod:`.wording`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from dpvconv.diff import wording
from dpvconv.diff.kinds import Change, kind_rank
from dpvconv.diff.marks import mark, plain, split
from dpvconv.diff.match import canonical, match_by_content, match_by_id, same
from dpvconv.diff.phrases import concept, duration_words, english_text, inside_eea, quoted, short, text_edits
from dpvconv.policy.schema_info import SchemaInfo, SlotInfo, SlotKind, schema_info
from dpvconv.policy.text import normalise
from dpvconv.policy.tree import nested_processes

# What an added or removed processing activity (or a notice that did not exist) does not repeat as
# changes of its own: its texts, quotes and provenance are part of "adds the processing activity 'X'".
_NOT_REPEATED = frozenset({"id", "title", "description", "evidence", "processes", "schema_version", "source_sha256"})


@dataclass(frozen=True)
class _Context:
    """Where the walk is: the section and process a change belongs to, and how to name the place."""

    section: str
    process: str | None
    path: str
    where: str = ""  # " in 'Website analytics'", " of Vimana Oy", or "" at notice level
    topic: str | None = None  # the topic of the entry being compared; None in a notice or process
    subject: str = "the notice"  # the entry (or process) as messages name it

    @property
    def named(self) -> str:
        """The entry with where it is (``recipient Hotjar in 'Website'``); a process or the notice alone."""
        return self.subject if self.topic is None else self.subject + self.where


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]):
        self.info: SchemaInfo = schema_info()
        self.old = old
        self.new = new
        self.names = {**_names(old), **_names(new)}
        self.changes: list[Change] = []

    # ------------------------------------------------------------------ bookkeeping

    def add(self, kind: str, ctx: _Context, path: str, old: Any, new: Any, message: str) -> None:
        """Record a change; ``message`` has the policy's strings marked (:mod:`.marks`), and the
        change keeps it plain for JSON and in parts for the renderer to escape."""
        self.changes.append(Change(kind, ctx.section, ctx.process, path, old, new, plain(message), split(message)))

    def value_words(self, slot: SlotInfo, value: Any) -> str:
        """A slot's value as a reviewer reads it: a name for an id, a title for a concept."""
        if isinstance(value, str) and self.is_reference(slot):
            return self.names.get(value) or mark(value)
        if isinstance(value, str) and slot.kind in (SlotKind.CONCEPT, SlotKind.TYPES):
            return concept(value)  # a title from the schema: the value is one of its enum's
        if isinstance(value, str) and "IsoDuration" in slot.ranges:
            return f"{mark(value)} ({mark(duration_words(value))})"
        return mark(value)

    @staticmethod
    def is_reference(slot: SlotInfo) -> bool:
        return slot.kind is SlotKind.REFERENCE

    @staticmethod
    def entry_class(slot: SlotInfo) -> str | None:
        return slot.target if slot.kind is SlotKind.NESTED else None

    # ------------------------------------------------------------------ the walk

    def run(self) -> list[Change]:
        root = self.info.root_class
        ctx = _Context(section="notice", process=None, path="")
        skip = _NOT_REPEATED if not self.old else frozenset({"processes"})
        self.fields(root, self.old, self.new, ctx, skip)
        self.processes()
        return self.changes

    def fields(
        self, class_name: str, old: dict[str, Any], new: dict[str, Any], ctx: _Context, skip: frozenset[str]
    ) -> None:
        for name, slot in self.info.classes[class_name].items():
            if name in skip or slot.identifier:
                continue
            before, after = old.get(name), new.get(name)
            if before is None and after is None:
                continue
            path = f"{ctx.path}.{name}" if ctx.path else name
            here = ctx
            if ctx.process is None and ctx.topic is None and self.entry_class(slot):
                here = replace(ctx, section=name)  # a notice-level list of entries is its own section
            self.slot(class_name, slot, before, after, here, path)

    def slot(self, class_name: str, slot: SlotInfo, before: Any, after: Any, ctx: _Context, path: str) -> None:
        if slot.name == "evidence":
            self.evidence(before, after, ctx, path)
        elif slot.language_tagged:
            self.text(slot, before, after, ctx, path)
        elif (entry_class := self.entry_class(slot)) is not None:
            self.entries(entry_class, slot, before, after, ctx, path)
        elif slot.multivalued:
            self.values(class_name, slot, before or [], after or [], ctx, path)
        elif not same(before, after):
            self.single(class_name, slot, before, after, ctx, path)

    def evidence(self, before: Any, after: Any, ctx: _Context, path: str) -> None:
        old_quotes = {canonical(e.get("quote", "")) for e in before or []}
        new_quotes = {canonical(e.get("quote", "")) for e in after or []}
        if old_quotes == new_quotes:
            return
        gained, lost = len(new_quotes - old_quotes), len(old_quotes - new_quotes)
        self.add(
            "evidence-changed",
            ctx,
            path,
            sorted(old_quotes - new_quotes),
            sorted(new_quotes - old_quotes),
            f"updates the evidence quotes of {ctx.named} ({gained} added, {lost} removed)",
        )

    def text(self, slot: SlotInfo, before: Any, after: Any, ctx: _Context, path: str) -> None:
        before, after = before or {}, after or {}
        languages = sorted(
            lang
            for lang in set(before) | set(after)
            if canonical(before.get(lang) or "") != canonical(after.get(lang) or "")
        )
        if not languages:
            return
        language = "en" if "en" in languages else languages[0]
        tags = ", ".join(mark(tag) for tag in languages)
        old_text, new_text = normalise(before.get(language) or ""), normalise(after.get(language) or "")
        edits = text_edits(old_text, new_text) if old_text and new_text else ""
        if slot.name in ("title", "description") or ctx.topic is None:
            if slot.name == "title" and old_text and new_text:
                message = f"retitles {ctx.named} as {quoted(short(new_text))} ({tags})"
            else:
                message = f"rewords the {wording.label(slot.name)} of {ctx.named} ({tags})"
                message += f": {edits}" if edits else ""
            self.add("text-reworded", ctx, path, before or None, after or None, message)
            return
        subject = ctx.subject + ctx.where
        if ctx.topic == "retention":
            subject = wording.retention_subject(ctx.subject, ctx.where)
        message = wording.text_changed(slot.name, subject, old_text, new_text, edits)
        self.add(f"{ctx.topic}-changed", ctx, path, before or None, after or None, message)

    def values(
        self, class_name: str, slot: SlotInfo, before: list[Any], after: list[Any], ctx: _Context, path: str
    ) -> None:
        old_set, new_set = set(before), set(after)
        if old_set == new_set:
            return
        leftover: dict[str, list[str]] = {"added": [], "removed": []}
        for action, items in (("added", sorted(new_set - old_set)), ("removed", sorted(old_set - new_set))):
            for value in items:
                words = self.value_words(slot, value)
                old, new = (None, value) if action == "added" else (value, None)
                if ctx.topic is None:
                    kind, message = wording.container_value(slot.name, action, words, ctx.where)
                elif class_name == "Transfer" and slot.name == "safeguards":
                    kind = f"safeguard-{action}"
                    verb = "adds the safeguard" if action == "added" else "drops the safeguard"
                    prep = "to" if action == "added" else "from"
                    message = f"{verb} {words} {prep} {ctx.subject}{ctx.where}"
                elif (
                    class_name == "Transfer"
                    and slot.name == "locations"
                    and action == "added"
                    and not inside_eea(value)
                ):
                    kind = "transfer-outside-eea-added"
                    message = f"extends {ctx.subject}{ctx.where} outside the EU/EEA, to {words}"
                elif class_name == "Measure" and slot.name == "kinds":
                    kind = f"measure-{action}"
                    message = f"{'adds' if action == 'added' else 'drops'} the measure {words}{ctx.where}"
                else:
                    leftover[action].append(words)
                    continue
                self.add(kind, ctx, path, old, new, message)
        if leftover["added"] or leftover["removed"]:
            # Any other set inside an entry is one change of that entry: "the kinds of recipient
            # Google go from Third party to Processor" reads better than an addition and a removal.
            message = wording.set_changed(
                leftover["added"], leftover["removed"], wording.label(slot.name), ctx.subject + ctx.where
            )
            self.add(f"{ctx.topic}-changed", ctx, path, sorted(old_set), sorted(new_set), message)

    def single(self, class_name: str, slot: SlotInfo, before: Any, after: Any, ctx: _Context, path: str) -> None:
        old_words = self.value_words(slot, before) if before is not None else ""
        new_words = self.value_words(slot, after) if after is not None else ""
        if ctx.topic is None:
            topic = wording.CONTAINER_SINGLE_TOPICS[slot.name]
            subject = "the notice" if ctx.process is None else ctx.where.removeprefix(" in ")
        else:
            topic, subject = ctx.topic, ctx.subject + ctx.where
        if class_name == "Retention" and slot.name in wording.DURATION_LABELS:
            subject = wording.retention_subject(ctx.subject, ctx.where)
            message = wording.moved(wording.DURATION_LABELS[slot.name], subject, before, after)
        else:
            message = wording.changed(wording.label(slot.name), subject, old_words, new_words)
        self.add(f"{topic}-changed", ctx, path, before, after, message)

    # ------------------------------------------------------------------ entries

    def entries(self, class_name: str, slot: SlotInfo, before: Any, after: Any, ctx: _Context, path: str) -> None:
        old_list = _as_list(before)
        new_list = _as_list(after)
        has_id = any(s.identifier for s in self.info.classes[class_name].values())
        pairs: list[tuple[int, int]]
        removed: list[int]
        added: list[int]
        if not slot.multivalued and old_list and new_list:
            pairs, removed, added = [(0, 0)], [], []  # one entry on each side: the same one, changed
        else:
            matcher = match_by_id if has_id else match_by_content
            pairs, removed, added = matcher(old_list, new_list)
        topic = wording.ENTRY_TOPICS[slot.name]
        for i, j in pairs:
            entry_path = _entry_path(path, new_list[j], j, slot.multivalued)
            # Named as it was: a change to what names an entry reads "recipient X goes from ... to ...".
            inner = self.entry_context(class_name, topic, old_list[i], ctx, entry_path)
            self.fields(class_name, old_list[i], new_list[j], inner, frozenset())
        for action, entries, indexes in (("removed", old_list, removed), ("added", new_list, added)):
            for index in indexes:
                entry = entries[index]
                entry_path = _entry_path(path, entry, index, slot.multivalued)
                kind, message = self.entry_message(class_name, topic, action, entry, ctx)
                old, new = (entry, None) if action == "removed" else (None, entry)
                self.add(kind, ctx, entry_path, old, new, message)

    def entry_context(self, class_name: str, topic: str, entry: dict[str, Any], ctx: _Context, path: str) -> _Context:
        subject = wording.entry_subject(class_name, entry, self.names)
        where = ctx.where
        if ctx.topic is not None:  # an entry inside an entry: "contact point 'x' of Vimana Oy"
            where = f" of {ctx.subject}"
        return replace(ctx, path=path, where=where, topic=topic, subject=subject)

    def entry_message(
        self, class_name: str, topic: str, action: str, entry: dict[str, Any], ctx: _Context
    ) -> tuple[str, str]:
        where = ctx.where if ctx.topic is None else f" of {ctx.subject}"
        name = wording.entry_name(class_name, entry, self.names)
        if class_name == "Transfer":
            locations = entry.get("locations") or []
            outside = action == "added" and any(not inside_eea(loc) for loc in locations)
            return wording.transfer_message(action, outside, entry, where)
        if class_name == "Retention":
            return f"retention-{action}", wording.retention_message(action, entry, where)
        return f"{topic}-{action}", wording.entry_message(class_name, topic, action, name, where)

    # ------------------------------------------------------------------ processing activities

    def processes(self) -> None:
        # By id: ids are unique in a file, so a process that moves under another parent is still the
        # same process.
        old = {process.pid: process for process in nested_processes(self.old)}
        new = {process.pid: process for process in nested_processes(self.new)}
        for process_id in sorted(set(old) | set(new)):
            before, after = old.get(process_id), new.get(process_id)
            current = after or before
            assert current is not None  # the id comes from one side or the other
            entry, path = current.data, current.path
            # Named as it was, so that "retitles 'Old' as 'New'" says both.
            title = english_text((before or current).data.get("title")) or process_id
            ctx = _Context(
                section="processes",
                process=process_id,
                path=path,
                where=f" in {quoted(title)}",
                subject=quoted(title),
            )
            if before and after:
                if before.parent_id != after.parent_id:
                    self.add(
                        "process-changed",
                        ctx,
                        path,
                        before.parent_id,
                        after.parent_id,
                        f"moves {quoted(title)} from {self.parent_words(before.parent_id)} "
                        f"to {self.parent_words(after.parent_id)}",
                    )
                self.fields("Process", before.data, after.data, ctx, frozenset({"processes"}))
                continue
            action = "added" if after else "removed"
            verb = "adds" if after else "drops"
            self.add(
                f"process-{action}",
                ctx,
                path,
                None if after else _without_children(entry),
                _without_children(entry) if after else None,
                f"{verb} the processing activity {quoted(title)}",
            )
            empty: dict[str, Any] = {}
            self.fields("Process", before.data if before else empty, after.data if after else empty, ctx, _NOT_REPEATED)

    def parent_words(self, parent: str | None) -> str:
        return "the top level" if parent is None else f"under {self.names.get(parent, quoted(parent))}"


def _as_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else [value]


def _entry_path(path: str, entry: dict[str, Any], index: int, multivalued: bool) -> str:
    if not multivalued:
        return path
    return f"{path}.{entry['id']}" if entry.get("id") else f"{path}[{index}]"


def _without_children(process: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in process.items() if key != "processes"}


def _names(document: dict[str, Any]) -> dict[str, str]:
    """What each id in ``document`` is called: an organisation's name, a process's title, ..."""
    names: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                names[node["id"]] = wording.entry_name("", node, {}) or mark(node["id"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for key, value in document.items():
        if key != "id":
            walk(value)
    return names


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes from ``old`` to ``new``, two valid policies as loaded (``old`` may be ``{}``: a new
    notice), in a stable order: notice-level sections first, then processing activities by id.

    Both must be valid: the walk trusts the schema's shapes.
    """
    info = schema_info()
    # The notice's own sections in schema order, then the processing activities.
    sections = ["notice", *(s for s in info.classes[info.root_class] if s != "processes"), "processes"]

    def order(change: Change) -> tuple[int, str, int, str, str]:
        return (
            sections.index(change.section),
            change.process or "",
            kind_rank(change.kind),
            change.path,
            change.message,
        )

    return sorted(_Differ(old, new).run(), key=order)

"""How a reviewer says each change: which topic a slot is about, and the sentence for each action.

The schema says what shape a slot has, and what a slot is called (its label, which the published
pages use too: see :func:`label`); it does not say that ``recipients`` are "recipients of data" or
that a prohibition is something the notice "says it does not do". Those words are here, in tables
keyed by slot name, so that the walk in :mod:`.compare` stays generic.
"""

from __future__ import annotations

from typing import Any

from dpvconv.diff.marks import mark
from dpvconv.diff.phrases import (
    concept,
    concepts,
    duration_words,
    english_text,
    join_words,
    quoted,
    right_phrase,
    short,
)
from dpvconv.policy.labels import slot_label

# The topic of each slot that holds entries (see kinds.TOPICS).
ENTRY_TOPICS = {
    "organisations": "organisation",
    "contact_points": "contact",
    "data_protection_officer": "contact",
    "representatives": "contact",
    "technologies": "technology",
    "rights": "right",
    "measures": "measure",
    "prohibitions": "prohibition",
    "scope": "scope",
    "change_notices": "change-notice",
    "recipients": "recipient",
    "retention": "retention",
    "storage_locations": "storage-location",
    "transfers": "transfer",
    "legitimate_interests": "legal-basis",
    "data_sources": "data-source",
}

# Single values of the notice or of a process, by the topic they are about.
CONTAINER_SINGLE_TOPICS = {
    "controller": "controller",
    "url": "notice",
    "version": "notice",
    "last_updated": "notice",
    "necessity": "necessity",
    "automation_level": "decision-making",
    "source_sha256": "provenance",
    "schema_version": "provenance",
}

# Sets of concepts or ids held by the notice or a process: topic, and the sentence when a value is
# added and when it is removed ({v} the value's title or name, {w} " in 'Process'" or "").
CONTAINER_VALUES = {
    "purposes": ("purpose", "adds the purpose {v}{w}", "drops the purpose {v}{w}"),
    "personal_data": (
        "data-category",
        "adds {v} to the data processed{w}",
        "no longer lists {v} among the data processed{w}",
    ),
    "data_subjects": ("data-subject", "adds {v} to the data subjects{w}", "drops {v} from the data subjects{w}"),
    "legal_bases": ("legal-basis", "adds the legal basis {v}{w}", "drops the legal basis {v}{w}"),
    "processing": ("processing", "adds the operation {v}{w}", "drops the operation {v}{w}"),
    "data_controllers": ("controller", "adds {v} as a controller{w}", "drops {v} as a controller{w}"),
    "data_processors": ("processor", "adds {v} as a processor{w}", "drops {v} as a processor{w}"),
    "technology_refs": ("technology", "adds the use of {v}{w}", "drops the use of {v}{w}"),
    "decision_making": ("decision-making", "adds {v}{w}", "drops {v}{w}"),
    "human_involvement": ("decision-making", "adds the human involvement {v}{w}", "drops the human involvement {v}{w}"),
    "entity_involvement": (
        "involvement",
        "adds {v} to what people can do{w}",
        "drops {v} from what people can do{w}",
    ),
    "applicable_laws": ("law", "cites the law {v}{w}", "no longer cites the law {v}{w}"),
    "supervisory_authorities": (
        "authority",
        "names the supervisory authority {v}{w}",
        "no longer names the supervisory authority {v}{w}",
    ),
    "languages": ("notice", "adds the language {v}{w}", "drops the language {v}{w}"),
}

# Entries added or removed: the sentence for each topic, or class where a topic has several
# ({e} the entry's name, {w} where it is).
_ENTRY_SENTENCES = {
    "recipient": ("adds {e} as a recipient of data{w}", "drops {e} as a recipient of data{w}"),
    "measure": ("adds the measure {e}{w}", "drops the measure {e}{w}"),
    "legal-basis": ("adds the legitimate interest {e}{w}", "drops the legitimate interest {e}{w}"),
    "data-source": ("adds the data source {e}{w}", "drops the data source {e}{w}"),
    "storage-location": ("adds storage in {e}{w}", "drops storage in {e}{w}"),
    "prohibition": ("now says it does not do {e}{w}", "no longer says it does not do {e}{w}"),
    "right": ("adds {e}", "drops {e}"),
    "organisation": ("adds the organisation {e}", "drops the organisation {e}"),
    "technology": ("adds the technology {e}", "drops the technology {e}"),
    "ContactPoint": ("adds the contact point {e}{w}", "drops the contact point {e}{w}"),
    "DataProtectionOfficer": (
        "names {e} as data protection officer{w}",
        "no longer names {e} as data protection officer{w}",
    ),
    "Representative": ("names {e} as representative{w}", "no longer names {e} as representative{w}"),
    "scope": ("adds {e} to what the notice covers", "drops {e} from what the notice covers"),
    "change-notice": (
        "adds a statement on how changes are announced: {e}",
        "drops the statement on how changes are announced: {e}",
    ),
}


# Texts inside an entry whose change is a change of what the entry says, not a rewording.
_TEXT_SENTENCES = {
    "until_event": ("retention of {s} now runs until {new}", "retention of {s} no longer runs until {old}"),
    "after_event": ("retention of {s} is now counted from {new}", "retention of {s} is no longer counted from {old}"),
}


def label(slot: str) -> str:
    """A slot as a sentence names it: the schema's English label, its first letter in lower case
    ("the business ID of ...") unless its first word is an abbreviation ("SHA-256 of the source text").

    Raises:
        KeyError: the schema has no such slot.
    """
    words = slot_label(slot, "en").text
    first = words.split(" ", 1)[0]
    return words if first.isupper() and len(first) > 1 else words[:1].lower() + words[1:]


# The durations of a retention rule, as "the retention period of 'X' goes from P12M to P24M" names them.
DURATION_LABELS = {slot: label(slot) for slot in ("duration", "minimum_duration", "maximum_duration")}


def container_value(slot: str, action: str, words: str, where: str) -> tuple[str, str]:
    """The kind and sentence for a value added to or removed from a set of the notice or a process."""
    topic, added, removed = CONTAINER_VALUES[slot]
    return f"{topic}-{action}", (added if action == "added" else removed).format(v=words, w=where)


def set_changed(added: list[str], removed: list[str], slot_words: str, subject: str) -> str:
    """Values added to and removed from a set inside an entry, as one change of the entry."""
    if added and removed:
        return f"the {slot_words} of {subject} go from {join_words(removed)} to {join_words(added)}"
    if added:
        return f"adds {join_words(added)} to the {slot_words} of {subject}"
    return f"drops {join_words(removed)} from the {slot_words} of {subject}"


def changed(slot_words: str, subject: str, old: str, new: str, *, quote: bool = False) -> str:
    """A single value set, changed or removed."""
    before, after = (quoted(old), quoted(new)) if quote else (old, new)
    if not old:
        return f"sets the {slot_words} of {subject} to {after}"
    if not new:
        return f"removes the {slot_words} of {subject} (was {before})"
    return f"the {slot_words} of {subject} goes from {before} to {after}"


def text_changed(slot: str, subject: str, old: str, new: str, edits: str) -> str:
    """A text inside an entry set, changed or removed: an exception, a retention event, an identity check."""
    if slot in _TEXT_SENTENCES:
        now, gone = _TEXT_SENTENCES[slot]
        if not new:
            return gone.format(s=subject, old=quoted(short(old, 100)))
        message = now.format(s=subject, new=quoted(short(new, 100)))
        return message + (f" (was {quoted(short(old, 100))})" if old else "")
    what = label(slot)
    if not new:
        return f"removes the {what} of {subject}"
    if not old:
        return f"adds the {what} {quoted(short(new, 100))} to {subject}"
    return f"changes the {what} of {subject}: " + (edits or f"now {quoted(short(new, 100))}")


def moved(what: str, subject: str, old: Any, new: Any) -> str:
    """A duration set, changed or removed: ``the retention period of 'X' goes from P12M to P24M (12 months
    to 24 months)``."""
    if old is None:
        return f"sets the {what} of {subject} to {mark(new)} ({mark(duration_words(new))})"
    if new is None:
        return f"removes the {what} of {subject} (was {mark(old)}, {mark(duration_words(old))})"
    return (
        f"the {what} of {subject} goes from {mark(old)} to {mark(new)} "
        f"({mark(duration_words(old))} to {mark(duration_words(new))})"
    )


def retention_subject(subject: str, where: str) -> str:
    """What a retention rule keeps: ``Email Address in 'Newsletter'``, or the process, ``'Newsletter'``."""
    if subject:
        return f"{subject}{where}"
    return where.removeprefix(" in ") or "the data"


def entry_name(class_name: str, entry: dict[str, Any], names: dict[str, str]) -> str:
    """The name a reviewer knows an entry by: its proper name, the organisation's, its title, its concepts."""
    if class_name == "RightStatement":
        return right_phrase(str(entry.get("right", "")))
    if entry.get("name") or entry.get("product_name"):
        return mark(entry.get("name") or entry["product_name"])
    if entry.get("organisation"):
        return names.get(entry["organisation"]) or mark(entry["organisation"])
    if class_name == "ProhibitedProcess":
        return _prohibition_words(entry)
    if entry.get("title"):
        return quoted(short(english_text(entry["title"])))
    for slot in ("kinds", "locations", "applies_to"):
        if entry.get(slot):
            return concepts(entry[slot])
    for slot in ("email", "telephone", "url"):
        if entry.get(slot):
            return mark(entry[slot])
    for slot in ("kind", "interest_of", "channel"):
        if entry.get(slot):
            return concept(entry[slot])
    if entry.get("description"):
        return quoted(short(english_text(entry["description"]), 60))
    return mark(entry.get("id", ""))


def entry_subject(class_name: str, entry: dict[str, Any], names: dict[str, str]) -> str:
    """An entry as the subject of a sentence about a change inside it: ``recipient Hotjar``."""
    if class_name == "Retention":
        return concepts(entry.get("applies_to") or [])
    if class_name == "Transfer":
        return f"the transfer to {concepts(entry.get('locations') or [])}"
    if class_name == "ProhibitedProcess":
        return f"the statement that it does not do {_prohibition_words(entry, exception=False)}"
    if class_name == "LegitimateInterest":
        return "the legitimate interest"
    prefixes = {
        "Recipient": "recipient",
        "Measure": "the measure",
        "Organisation": "",
        "ContactPoint": "contact point",
        "Technology": "technology",
        "DataSource": "data source",
        "StorageLocation": "storage in",
        "Scope": "scope",
        "ChangeNotice": "the change notice",
        "DataProtectionOfficer": "the data protection officer",
        "Representative": "representative",
    }
    prefix = prefixes.get(class_name, "")
    return f"{prefix} {entry_name(class_name, entry, names)}".strip()


def entry_message(class_name: str, topic: str, action: str, name: str, where: str) -> str:
    """An entry added or removed."""
    added, removed = _ENTRY_SENTENCES.get(class_name) or _ENTRY_SENTENCES[topic]
    return (added if action == "added" else removed).format(e=name, w=where)


def transfer_message(action: str, outside: bool, entry: dict[str, Any], where: str) -> tuple[str, str]:
    """``adds a transfer outside the EU/EEA to United States of America on SCCs adopted by Commission``."""
    destination = concepts(entry.get("locations") or [])
    safeguards = entry.get("safeguards") or []
    if action == "removed":
        return "transfer-removed", f"drops the transfer to {destination}{where}"
    basis = f" on {concepts(safeguards)}" if safeguards else " with no safeguard named"
    if outside:
        return "transfer-outside-eea-added", f"adds a transfer outside the EU/EEA to {destination}{basis}{where}"
    return "transfer-added", f"adds a transfer to {destination}{basis}{where}"


def retention_message(action: str, entry: dict[str, Any], where: str) -> str:
    """``adds a retention rule in 'Newsletter': Email Address kept for 12 months (P12M)``."""
    data = concepts(entry.get("applies_to") or []) or "data"
    rule = f"{data} kept {_retention_words(entry)}"
    if action == "added":
        return f"adds a retention rule{where}: {rule}"
    return f"drops the retention rule{where} ({rule})"


def _retention_words(entry: dict[str, Any]) -> str:
    parts = []
    if entry.get("duration"):
        parts.append(f"for {mark(duration_words(entry['duration']))} ({mark(entry['duration'])})")
    low, high = entry.get("minimum_duration"), entry.get("maximum_duration")
    if low and high:
        parts.append(f"for {mark(duration_words(low))} to {mark(duration_words(high))} ({mark(low)} to {mark(high)})")
    elif low or high:
        bound = str(low or high)
        parts.append(f"for at {'least' if low else 'most'} {mark(duration_words(bound))} ({mark(bound)})")
    if entry.get("after_event"):
        parts.append(f"from {quoted(short(english_text(entry['after_event'])))}")
    if entry.get("until_event"):
        parts.append(f"until {quoted(short(english_text(entry['until_event'])))}")
    if entry.get("end_of_retention"):
        parts.append(f"then {concepts(entry['end_of_retention'])}")
    return " ".join(parts) or "for a period the notice does not give"


def _prohibition_words(entry: dict[str, Any], *, exception: bool = True) -> str:
    what = [concept(v) for slot in ("purposes", "processing", "decision_making") for v in entry.get(slot) or []]
    data = [concept(v) for v in entry.get("personal_data") or []]
    recipients = [concept(v) for v in entry.get("recipient_kinds") or []]
    words = join_words(what) or "processing"
    if data:
        words += f" of {join_words(data)}"
    if recipients:
        words += f" to {join_words(recipients)}"
    if exception and entry.get("exception"):
        words += f" (except: {quoted(short(english_text(entry['exception']), 60))})"
    return words

"""Pairing the entries of two versions of a list, so that reordering a file changes nothing.

Entries with an id are paired by id. Most entries have none (a recipient, a retention rule, a right
statement, a transfer), so they are paired by content: first the ones that are the same up to
formatting, then, among the rest, the pairs that share the most, provided their proper names agree
(a recipient named Hotjar is never "the same recipient" as one named Google, nor as one with no name).
"""

from __future__ import annotations

import json
from typing import Any

from dpvconv.policy.text import normalise

# Slots that name what an entry is about: two entries whose values here differ are different entries.
_NAMING_SLOTS = ("name", "product_name", "organisation", "right")
# Slots that are about where an entry's statements come from, not what they say.
_IGNORED_FOR_LIKENESS = ("evidence",)

Pair = tuple[int, int]


def canonical(value: Any) -> Any:
    """``value`` with formatting differences taken out: lists sorted, texts normalised."""
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        items = [canonical(item) for item in value]
        return sorted(items, key=_key)
    if isinstance(value, str):
        return normalise(value)
    return value


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def same(old: Any, new: Any) -> bool:
    """Whether two values say the same thing once formatting is taken out."""
    return _key(canonical(old)) == _key(canonical(new))


def match_by_id(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> tuple[list[Pair], list[int], list[int]]:
    """Pair entries with the same ``id``; return the pairs, the unpaired old and the unpaired new indexes."""
    new_index = {entry.get("id"): j for j, entry in enumerate(new)}
    pairs = [(i, new_index[entry.get("id")]) for i, entry in enumerate(old) if entry.get("id") in new_index]
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    return (
        pairs,
        [i for i in range(len(old)) if i not in paired_old],
        [j for j in range(len(new)) if j not in paired_new],
    )


def _likeness(old: dict[str, Any], new: dict[str, Any]) -> int:
    """How much two entries share: 2 per slot with the same value, 1 per list slot that overlaps; -1
    when a naming slot differs, which rules the pair out."""
    for slot in _NAMING_SLOTS:
        if (slot in old or slot in new) and not same(old.get(slot), new.get(slot)):
            return -1
    score = 0
    for slot in set(old) & set(new):
        if slot in _IGNORED_FOR_LIKENESS:
            continue
        before, after = canonical(old[slot]), canonical(new[slot])
        if _key(before) == _key(after):
            score += 2
        elif isinstance(before, list) and isinstance(after, list):
            if {_key(v) for v in before} & {_key(v) for v in after}:
                score += 1
    return score


def match_by_content(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> tuple[list[Pair], list[int], list[int]]:
    """Pair entries that have no id: equal ones first, then the most alike (see module docstring)."""
    pairs: list[Pair] = []
    waiting: dict[str, list[int]] = {}
    for j, entry in enumerate(new):
        waiting.setdefault(_key(canonical(entry)), []).append(j)
    left_old: list[int] = []
    for i, entry in enumerate(old):
        candidates = waiting.get(_key(canonical(entry)))
        if candidates:
            pairs.append((i, candidates.pop(0)))
        else:
            left_old.append(i)
    left_new = sorted(j for group in waiting.values() for j in group)
    scored = sorted((-score, i, j) for i in left_old for j in left_new if (score := _likeness(old[i], new[j])) > 0)
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return (
        sorted(pairs),
        [i for i in left_old if i not in used_old],
        [j for j in left_new if j not in used_new],
    )

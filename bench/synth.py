"""Synthetic policies for benchmarks: variations of the curated examples, some made invalid on purpose.

Every ``invalid_every``-th file carries exactly one error that both dpvconv and LinkML's validator
report, so a validator that checks less cannot look faster: the benchmark asserts the error count.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]

# One error each, judged the same way by dpvconv and by linkml-validate.
MUTATIONS = ("unknown-purpose", "missing-title", "version-not-text")


def _bases() -> list[dict[str, Any]]:
    files = sorted((ROOT / "examples").glob("*.yaml")) or [ROOT / "tests" / "data" / "valid" / "minimal.yaml"]
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in files]


def _vary(policy: dict[str, Any], index: int, rng: random.Random) -> dict[str, Any]:
    policy = copy.deepcopy(policy)
    policy["id"] = f"{policy['id']}-{index}"
    policy["title"] = {lang: f"{text} ({index})" for lang, text in policy["title"].items()}
    for process in policy.get("processes", []):
        for key in ("purposes", "personal_data", "data_subjects"):
            if isinstance(process.get(key), list):
                rng.shuffle(process[key])
        if process.get("recipients") and rng.random() < 0.3:
            process["recipients"] = process["recipients"][:1]
    return policy


def _break(policy: dict[str, Any], mutation: str) -> None:
    if mutation == "unknown-purpose":
        process = next(p for p in policy["processes"])
        process["purposes"] = ["dpv:NotAPurposeAtAll"]
    elif mutation == "missing-title":
        del policy["title"]
    elif mutation == "version-not-text":
        policy["version"] = 3
    else:  # pragma: no cover
        raise ValueError(mutation)


def write_policies(out: Path, count: int, invalid_every: int = 10, seed: int = 2023) -> int:
    """Write ``count`` policies into ``out``; return how many errors a correct validator reports."""
    rng = random.Random(seed)
    bases = _bases()
    out.mkdir(parents=True, exist_ok=True)
    errors = 0
    for index in range(count):
        policy = _vary(bases[index % len(bases)], index, rng)
        if invalid_every and index % invalid_every == invalid_every - 1:
            _break(policy, MUTATIONS[errors % len(MUTATIONS)])
            errors += 1
        text = yaml.safe_dump(policy, sort_keys=False, allow_unicode=True, width=100)
        (out / f"policy-{index:05d}.yaml").write_text(text, encoding="utf-8")
    return errors

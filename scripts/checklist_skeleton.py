"""Write a review checklist skeleton for a notice: one row per sentence, to be filled in by hand.

    python scripts/checklist_skeleton.py SEED.txt examples/NAME.yaml docs/checklists/NAME.yaml

Each row gets either ``paths`` (where in the policy the sentence landed) or ``omitted`` (why it
states no fact about the processing). Refuses to overwrite an existing checklist.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from dpvconv.policy.text import sentences


def main(seed: str, policy: str, out: str) -> int:
    target = Path(out)
    if target.exists():
        print(f"error: {out} exists; not overwriting it", file=sys.stderr)
        return 1
    rows = [{"text": s, "paths": []} for s in sentences(Path(seed).read_text(encoding="utf-8"))]
    doc = {"source": Path(seed).name, "policy": policy, "sentences": rows}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    print(f"{out}: {len(rows)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""RDF back to YAML: every format of every example reads back to the same policy, from the graph alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.policy.schema_info import RDF_TYPE
from dpvconv.policy.validate import load_valid
from dpvconv.rdf.formats import FORMATS, convert
from dpvconv.rdf.mapping import RDF_VALUE, mapping
from dpvconv.rdf.readback import ReadbackError, read_policy, read_policy_file
from dpvconv.rdf.triples import to_triples

from .conftest import DATA, EXAMPLES

POLICY_FILES = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]


def canonical(value: Any) -> Any:
    """Equal data once loaded: mappings as mappings, lists as multisets (no list in a policy is ordered)."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reads_back_to_the_same_policy(tmp_path: Path, path: Path, fmt: str):
    policy = load_valid(path)
    written = tmp_path / f"{path.stem}{FORMATS[fmt].suffix}"
    written.write_text(convert(policy, fmt), encoding="utf-8")
    assert canonical(read_policy_file(written)) == canonical(policy)


def test_readback_reads_only_the_schemas_predicates():
    """No copy of the YAML rides along: every predicate written is a slot's IRI, the link to an inner
    node (a right's dpv:isExercisedAt) or part of DPV's duration pattern."""
    m = mapping()
    allowed = {m.expand(s.uri) for c in m.info.classes.values() for s in c.values() if s.uri}
    allowed |= {m.expand(inner.property) for inner in m.info.inner_nodes.values()}
    allowed |= {m.expand(RDF_TYPE), m.expand(RDF_VALUE)}
    for path in POLICY_FILES:
        used = {t.predicate.value for t in to_triples(load_valid(path))}
        assert used <= allowed, used - allowed


def test_a_triple_less_is_a_value_less():
    policy = load_valid(EXAMPLES / "vimana.yaml")
    triples = [t for t in to_triples(policy) if not t.predicate.value.endswith("hasApplicableLaw")]
    assert "applicable_laws" not in read_policy(triples)


def test_not_a_policy_is_refused():
    with pytest.raises(ReadbackError, match="expected one dpv:PrivacyNotice, found 0"):
        read_policy([])


def test_cli_to_yaml(tmp_path: Path):
    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(EXAMPLES), "--to", "turtle", "-o", str(tmp_path / "ttl")]).exit_code == 0
    result = runner.invoke(main, ["convert", str(tmp_path / "ttl"), "--to", "yaml", "-o", str(tmp_path / "yaml")])
    assert result.exit_code == 0, result.output
    for path in EXAMPLES.glob("*.yaml"):
        back = yaml.safe_load((tmp_path / "yaml" / path.name).read_text(encoding="utf-8"))
        assert canonical(back) == canonical(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert runner.invoke(main, ["validate", str(tmp_path / "yaml")]).exit_code == 0
    refused = runner.invoke(main, ["convert", str(EXAMPLES / "vimana.yaml"), "--to", "yaml"])
    assert refused.exit_code == 2 and "--to yaml reads RDF" in refused.output

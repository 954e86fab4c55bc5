"""``dpvconv diff``: each kind of change between two versions of a notice, said as a reviewer would.

The pairs are in tests/data/diff/: ``base.yaml`` is the old version of every pair, ``<case>.yaml`` the
new one, ``<case>.md`` the markdown expected. ``DPVCONV_UPDATE_GOLDEN=1 python -m pytest
tests/test_diff.py`` rewrites the .md files after a deliberate change of wording; review their diff.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from dpvconv.cli import main
from dpvconv.diff import KINDS, compare, fail_on_kinds, wording
from dpvconv.diff.kinds import LOW_PRIORITY
from dpvconv.diff.match import match_by_content
from dpvconv.diff.phrases import EEA_COUNTRIES, duration_words, inside_eea, right_phrase
from dpvconv.policy.loader import load
from dpvconv.policy.schema_info import SlotKind, schema_info

from .conftest import DATA, EXAMPLES, ROOT, require_tool

PAIRS = DATA / "diff"
BASE = PAIRS / "base.yaml"
CASES = sorted(p.stem for p in PAIRS.glob("*.yaml") if p.stem != "base")
# Cases that change nothing a notice says: no output (or only low-priority lines), exit 0.
UNCHANGED = {"reformat", "evidence-only"}
UPDATE = os.environ.get("DPVCONV_UPDATE_GOLDEN") == "1"

# The kinds of change the issue names, each of which some pair must show.
ISSUE_KINDS = {
    "purposes": {"purpose-added", "purpose-removed"},
    "data categories": {"data-category-added", "data-category-removed"},
    "data subjects": {"data-subject-added", "data-subject-removed"},
    "legal bases": {"legal-basis-added", "legal-basis-removed", "legal-basis-changed"},
    "recipients": {"recipient-added", "recipient-removed", "recipient-changed"},
    "transfers and safeguards": {"transfer-outside-eea-added", "safeguard-added"},
    "retention": {"retention-added", "retention-changed"},
    "measures": {"measure-added", "measure-removed"},
    "technologies": {"technology-added", "technology-removed"},
    "rights": {"right-added", "right-removed", "right-changed"},
    "contacts": {"contact-added", "contact-changed"},
    "not-done statements": {"prohibition-added", "prohibition-changed"},
    "processing activities": {"process-added", "process-removed"},
    "notice-level sections": {"law-added", "authority-added", "notice-changed", "text-reworded"},
}


def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["diff", *args])


def diff_json(old: Path, new: Path) -> dict[str, Any]:
    result = run(str(old), str(new), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------- the pairs


def test_there_is_a_pair_for_every_kind_of_change_the_issue_names():
    seen = {change["kind"] for case in CASES for change in diff_json(BASE, PAIRS / f"{case}.yaml")["changes"]}
    for what, kinds in ISSUE_KINDS.items():
        assert kinds <= seen, f"no pair shows {sorted(kinds - seen)} ({what})"
    assert {"reformat", "evidence-only"} <= set(CASES)
    assert {p.stem for p in PAIRS.glob("*.md")} == set(CASES), "every pair has a golden and every golden a pair"


@pytest.mark.parametrize("case", CASES)
def test_pair_gives_the_expected_markdown(case):
    result = run(str(BASE), str(PAIRS / f"{case}.yaml"), "--format", "markdown")
    assert result.exit_code == (0 if case in UNCHANGED else 1), result.output
    golden = PAIRS / f"{case}.md"
    if UPDATE:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8"), (
        f"run with DPVCONV_UPDATE_GOLDEN=1 to accept:\n{result.stdout}"
    )


def test_a_pure_reformat_says_nothing_in_any_format():
    for fmt in ("text", "markdown"):
        result = run(str(BASE), str(PAIRS / "reformat.yaml"), "--format", fmt)
        assert (result.exit_code, result.stdout) == (0, ""), result.output
    assert diff_json(BASE, PAIRS / "reformat.yaml")["changes"] == []


def reformatted(data: Any) -> Any:
    """The same policy data with every mapping's keys and every list in reverse order."""
    if isinstance(data, dict):
        return {key: reformatted(value) for key, value in reversed(list(data.items()))}
    if isinstance(data, list):
        return [reformatted(value) for value in reversed(data)]
    return data


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_reordered_and_restyled_has_an_empty_diff(example, tmp_path):
    data = reformatted(load(EXAMPLES / example).data)
    restyled = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=60, default_flow_style=True)
    (tmp_path / example).write_text("# restyled\n" + restyled, encoding="utf-8")
    result = run(str(EXAMPLES / example), str(tmp_path / example))
    assert (result.exit_code, result.stdout) == (0, ""), result.output


def test_every_example_against_itself_is_empty():
    for example in sorted(EXAMPLES.glob("*.yaml")):
        assert compare(load(example).data, load(example).data) == []


def test_any_two_examples_compare_into_known_kinds_with_messages():
    """Five unrelated notices against each other walk every part of the schema."""
    examples = [load(p).data for p in sorted(EXAMPLES.glob("*.yaml"))]
    for old, new in itertools.permutations(examples, 2):
        changes = compare(old, new)
        assert changes
        for change in changes:
            assert change.kind in KINDS and change.message and change.path, change
            json.dumps([change.old, change.new])  # the JSON output can carry them


# ---------------------------------------------------------------------------- phrasing and matching


def test_changes_are_phrased_with_names_and_titles_not_ids():
    messages = [c["message"] for c in diff_json(BASE, PAIRS / "recipients.yaml")["changes"]]
    assert "adds Hotjar as a recipient of data in 'Google Analytics on our website'" in messages
    retention = [c["message"] for c in diff_json(BASE, PAIRS / "retention.yaml")["changes"]]
    assert (
        "the retention period of 'Google Analytics on our website' goes from P26M to P14M (26 months to 14 months)"
        in retention
    )
    rights = [c["message"] for c in diff_json(BASE, PAIRS / "rights.yaml")["changes"]]
    assert "drops the right to data portability (eu-gdpr:A20)" in rights
    transfers = diff_json(BASE, PAIRS / "transfers.yaml")["changes"]
    outside = next(c for c in transfers if c["kind"] == "transfer-outside-eea-added")
    assert outside["message"].startswith("adds a transfer outside the EU/EEA to United States on Standard contractual")
    assert outside["process"] == "website-analytics"


def test_a_changed_entry_without_id_is_matched_not_removed_and_added():
    old = [{"kinds": ["dpv:ThirdParty"], "name": "Google"}, {"kinds": ["dpv:Authority"], "title": {"en": "police"}}]
    new = [
        {"kinds": ["dpv:Authority"], "title": {"en": "the police"}},
        {"kinds": ["dpv:DataProcessor"], "name": "Google"},
    ]
    assert match_by_content(old, new) == ([(0, 1), (1, 0)], [], [])
    # A different proper name is a different entry, however alike the rest.
    assert match_by_content(old[:1], [{"kinds": ["dpv:ThirdParty"], "name": "Hotjar"}]) == ([], [0], [0])


def test_a_process_moved_under_another_parent_is_the_same_process():
    old = load(BASE).data
    new = copy.deepcopy(old)
    crm = new["processes"][0]
    marketing = next(p for p in crm["processes"] if p["id"] == "crm-direct-marketing")
    crm["processes"].remove(marketing)
    new["processes"].append(marketing)
    changes = compare(old, new)
    assert [(c.kind, c.message) for c in changes] == [
        (
            "process-changed",
            "moves 'Direct sales and direct marketing' from under 'Processing of personal data in the customer "
            "relationship management system' to the top level",
        )
    ]


def test_every_slot_of_the_schema_has_words():
    """A slot added to the schema must get its topic and sentences in dpvconv.diff.wording; what the slot
    is called comes from the schema (its label, which the published pages show too)."""
    info = schema_info()
    containers = (info.root_class, "Process")
    for class_name, slots in info.classes.items():
        for name, slot in slots.items():
            assert wording.label(name), (class_name, name)
            if name == "evidence" or slot.identifier or slot.language_tagged:
                continue
            if slot.kind is SlotKind.NESTED:
                assert name in wording.ENTRY_TOPICS or name == "processes", (class_name, name)
            elif class_name in containers and slot.multivalued:
                assert name in wording.CONTAINER_VALUES, (class_name, name)
            elif class_name in containers:
                assert name in wording.CONTAINER_SINGLE_TOPICS, (class_name, name)


def test_phrases():
    assert duration_words("P1Y6M") == "1 year 6 months"
    assert duration_words("PT36H") == "36 hours"
    assert duration_words("P12M") == "12 months"
    assert right_phrase("eu-gdpr:A20") == "the right to data portability (eu-gdpr:A20)"
    assert inside_eea("loc:FI") and inside_eea("loc:FI-18") and inside_eea("loc:EEA") and inside_eea("loc:NO")
    assert not inside_eea("loc:US") and not inside_eea("loc:non-EEA") and not inside_eea("loc:non-EU")


def test_the_eea_list_is_dpv_s(shared):
    """EEA_COUNTRIES must be what DPV 2.3 says loc:EEA is made of."""
    turtle = (shared / "dpv" / "2.3" / "loc.ttl").read_text(encoding="utf-8")
    block = re.search(r"^loc:EEA a .*?\s\.$", turtle, re.MULTILINE | re.DOTALL)
    assert block, "loc:EEA not found in loc.ttl"
    narrower = block.group(0).split("skos:narrower", 1)[1]
    assert set(re.findall(r"loc:([A-Z]{2})\b", narrower)) == EEA_COUNTRIES


def test_a_notice_that_did_not_exist_is_all_added():
    changes = compare({}, load(BASE).data)
    kinds = {c.kind for c in changes}
    assert {"process-added", "right-added", "transfer-added"} - kinds == {"transfer-added"}  # non-EEA: its own kind
    assert "transfer-outside-eea-added" in kinds
    assert not [c for c in changes if c.kind.endswith("-removed") or not c.semantic or c.kind == "text-reworded"]


# ---------------------------------------------------------------------------- output formats and exit codes


def test_json_output_shape():
    report = diff_json(BASE, PAIRS / "rights.yaml")
    assert set(report) == {"old", "new", "notice", "new_notice", "summary", "changes"}
    assert report["notice"] == "Vitec Futursoft Oy's privacy notice"
    assert report["summary"]["changes"] == 3
    assert report["summary"]["kinds"] == {"right-added": 1, "right-removed": 1, "right-changed": 1}
    for change in report["changes"]:
        assert set(change) == {"kind", "section", "process", "path", "old", "new", "message"}
        assert change["kind"] in KINDS
    removed = next(c for c in report["changes"] if c["kind"] == "right-removed")
    assert removed["section"] == "rights" and removed["process"] is None and removed["new"] is None
    assert removed["old"]["right"] == "eu-gdpr:A20" and removed["path"] == "rights[3]"


def test_text_output_groups_by_section_with_kinds():
    result = run(str(BASE), str(PAIRS / "recipients.yaml"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3 changes to Vitec Futursoft Oy's privacy notice: 1 recipient added")
    assert "Processing activity 'Google Analytics on our website' (website-analytics)" in lines
    assert "  recipient-added: adds Hotjar as a recipient of data in 'Google Analytics on our website'" in lines


def test_evidence_only_is_low_priority_and_exits_0():
    report = diff_json(BASE, PAIRS / "evidence-only.yaml")
    assert [c["kind"] for c in report["changes"]] == ["evidence-changed"]
    assert report["summary"]["changes"] == 0 and report["summary"]["low_priority"] == 1
    assert "evidence-changed" in LOW_PRIORITY
    strict = run(str(BASE), str(PAIRS / "evidence-only.yaml"), "--fail-on", "evidence-changed")
    assert strict.exit_code == 1


def test_fail_on_selects_the_kinds_that_fail():
    transfers = str(PAIRS / "transfers.yaml")
    assert run(str(BASE), transfers, "--fail-on", "right-removed").exit_code == 0
    assert run(str(BASE), transfers, "--fail-on", "right-removed,transfer-outside-eea-added").exit_code == 1
    result = run(str(BASE), transfers, "--fail-on", "transfer-outside-eu")
    assert result.exit_code == 2
    assert "unknown kind transfer-outside-eu" in result.stderr and "transfer-outside-eea-added" in result.stderr
    with pytest.raises(ValueError):
        fail_on_kinds(" , ")


def test_usage_errors_exit_2():
    assert run(str(BASE)).exit_code == 2
    assert run(str(BASE), str(BASE), str(BASE)).exit_code == 2
    missing = run(str(BASE), "no-such-file.yaml")
    assert missing.exit_code == 2 and "no-such-file.yaml: no such file" in missing.stderr
    assert "Traceback" not in missing.output


def test_an_invalid_side_is_reported_where_it_is_wrong():
    invalid = DATA / "invalid" / "Process-enum-unknown-purpose.yaml"
    result = run(str(DATA / "valid" / "minimal.yaml"), str(invalid))
    assert result.exit_code == 2
    assert f"{invalid}:56:16: error: 'dpv:DirectMarketting' is not a known value" in result.stderr
    assert result.stdout == ""


def test_every_kind_is_documented():
    doc = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"`{kind}`" in doc, kind


# ---------------------------------------------------------------------------- --git


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    require_tool("git", "dpvconv diff --git reads the old version with git show")
    git(tmp_path, "init", "-q")
    (tmp_path / "notice.yaml").write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    git(tmp_path, "add", "notice.yaml")
    git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def test_git_compares_with_the_committed_version(repo, monkeypatch):
    notice = repo / "notice.yaml"
    notice.write_text((PAIRS / "recipients.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--git", "HEAD", str(notice), "--format", "markdown")
    assert result.exit_code == 1, result.output
    assert result.stdout == (PAIRS / "recipients.md").read_text(encoding="utf-8")
    monkeypatch.chdir(repo)  # a relative path, from inside the working tree
    assert run("--git", "HEAD", "notice.yaml", "--fail-on", "right-removed").exit_code == 0


def test_git_a_file_new_since_the_revision_is_a_whole_notice_added(repo):
    (repo / "new.yaml").write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--git", "HEAD", str(repo / "new.yaml"), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["new_notice"] is True and report["old"] == f"HEAD:{repo / 'new.yaml'}"
    assert "process-added" in report["summary"]["kinds"]
    assert "new in" in report["summary"]["text"]


def test_git_errors_are_usage_errors(repo, tmp_path_factory):
    assert "no such revision" in run("--git", "no-such-rev", str(repo / "notice.yaml")).stderr
    outside = tmp_path_factory.mktemp("not-a-repo") / "notice.yaml"
    outside.write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--git", "HEAD", str(outside))
    assert result.exit_code == 2 and "not in a git repository" in result.stderr
    assert run("--git", "HEAD", str(BASE), str(BASE)).exit_code == 2


def test_git_an_invalid_old_version_is_located(repo):
    (repo / "notice.yaml").write_text("id: x\ntitle: [\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "broken")
    (repo / "notice.yaml").write_text(BASE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--git", "HEAD", str(repo / "notice.yaml"))
    assert result.exit_code == 2
    assert re.search(r"HEAD:\S*notice\.yaml:2:9: error: YAML syntax error", result.stderr), result.stderr

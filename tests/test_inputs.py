"""One rule finds every command's inputs (dpvconv.inputs.discover), and input files are read safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpvconv.errors import UsageError
from dpvconv.inputs import discover, read_input
from dpvconv.policy.validate import policy_files
from dpvconv.rdf.parse import source_files

from .conftest import DATA, dpvconv

MINIMAL = DATA / "valid" / "minimal.yaml"


def test_suffixes_match_in_any_case_for_every_command(tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "VIMANA.YAML").write_bytes(MINIMAL.read_bytes())
    assert policy_files([folder]) == source_files([folder]) == [folder / "VIMANA.YAML"]
    assert dpvconv("validate", str(folder)).returncode == 0
    assert dpvconv("query", "ASK { ?n a dpv:PrivacyNotice }", str(folder)).stdout == "true\n"
    assert dpvconv("convert", str(folder), "--to", "turtle", "-o", str(tmp_path / "out") + "/").returncode == 0
    assert (tmp_path / "out" / "VIMANA.ttl").is_file()


def test_a_folder_without_inputs_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("no policy here\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no policy files"):
        policy_files([tmp_path])
    result = dpvconv("query", "ASK {}", str(tmp_path))
    assert result.returncode == 2 and "no policy, RDF, JSON-LD or HTML files" in result.stderr


def test_discovery_keeps_the_order_given_and_sorts_inside_folders(tmp_path: Path) -> None:
    for name in ("b.yml", "a.yaml"):
        (tmp_path / name).write_bytes(MINIMAL.read_bytes())
    assert discover([MINIMAL, tmp_path], [".yaml", ".yml"], "policy files") == [
        MINIMAL,
        tmp_path / "a.yaml",
        tmp_path / "b.yml",
    ]


def test_read_input_reads_to_its_limit_and_no_further(tmp_path: Path) -> None:
    from dpvconv.inputs import InputFileError

    exact = tmp_path / "exact"
    exact.write_bytes(b"x" * 10)
    assert read_input(exact, 10) == b"x" * 10
    with pytest.raises(InputFileError, match="larger than 9 bytes"):
        read_input(exact, 9)

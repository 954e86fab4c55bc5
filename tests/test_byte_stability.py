"""Output is the same bytes in every fresh process, whatever Python's hash seed.

test_convert.py's byte-stability test converts twice in one process, where sets and dicts of strings
iterate in the same order both times; a writer that leaks that order (a set of prefixes, of types, of
blank-node labels) only shows in another process with another ``PYTHONHASHSEED``. Here every example
and every valid test policy is converted by the command line to every output format, and read back
into YAML, in fresh processes under two hash seeds, and every file written must be byte-identical.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dpvconv.rdf.formats import FORMATS

from .conftest import DATA, EXAMPLES, dpvconv

INPUTS = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((DATA / "valid").glob("*.yaml"))]
SEEDS = ("1", "2")
#: Output folder -> the `dpvconv convert` options that write it: every format, and JSON-LD that refers
#: to a hosted context.
RUNS = {name: ("--to", name) for name in FORMATS} | {
    "jsonld-hosted-context": ("--to", "jsonld", "--context-url", "https://example.org/dpvconv.context.jsonld")
}
#: The outputs read back with --to yaml: JSON-LD (parsed by pyld, which names the blank nodes itself)
#: and, parsed by pyoxigraph, a triples and a dataset format (whose blank-node labels dpvconv wrote).
#: Reading back costs about a second a format, and the reader after the parser is the same for all.
READ_BACK = ("jsonld", "turtle", "trig")
MINIMAL = DATA / "valid" / "minimal.yaml"


def suffix(options: tuple[str, ...]) -> str:
    return FORMATS[options[options.index("--to") + 1]].suffix


def convert_all(out: Path, inputs: list[Path], runs: dict[str, tuple[str, ...]], read_back: tuple[str, ...]):
    """One `dpvconv convert` process per entry of ``runs`` on all ``inputs``, and one ``--to yaml``
    on the outputs of the runs in ``read_back``: every file they wrote, by its path under ``out``."""
    for folder, options in runs.items():
        result = dpvconv("convert", *map(str, inputs), *options, "-o", f"{out / folder}/")
        assert result.returncode == 0, result.stderr
    rdf = out.parent / "read-back"  # copies of the outputs to read back, named apart: <stem>.<folder><suffix>
    rdf.mkdir()
    for folder in read_back:
        for path in (out / folder).iterdir():
            shutil.copyfile(path, rdf / f"{path.stem}.{folder}{path.suffix}")
    result = dpvconv("convert", str(rdf), "--to", "yaml", "-o", f"{out / 'yaml'}/")
    assert result.returncode == 0, result.stderr
    shutil.rmtree(rdf)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def expected_files(inputs: list[Path], runs: dict[str, tuple[str, ...]], read_back: tuple[str, ...]) -> set[str]:
    stems = [path.stem for path in inputs]
    names = {f"{folder}/{stem}{suffix(options)}" for folder, options in runs.items() for stem in stems}
    return names | {f"yaml/{stem}.{folder}.yaml" for folder in read_back for stem in stems}


def outputs_by_seed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    inputs: list[Path],
    runs: dict[str, tuple[str, ...]],
    read_back: tuple[str, ...],
) -> dict[str, dict[str, bytes]]:
    """What the processes write under each seed. They take turns in one folder, so no path differs."""
    out = tmp_path / "out"
    written = {}
    for seed in SEEDS:
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        written[seed] = convert_all(out, inputs, runs, read_back)
        assert set(written[seed]) == expected_files(inputs, runs, read_back), f"PYTHONHASHSEED={seed}"
        shutil.rmtree(out)
    return written


def differences(written: dict[str, dict[str, bytes]]) -> list[str]:
    first, second = (written[seed] for seed in SEEDS)
    return sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))


def test_every_format_is_byte_stable_across_hash_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    changed = differences(outputs_by_seed(tmp_path, monkeypatch, INPUTS, RUNS, READ_BACK))
    assert not changed, f"these outputs differ between PYTHONHASHSEED={' and '.join(SEEDS)}: {changed}"


# Stands in for a writer that leaks the order of a set of strings into what it writes: it appends a
# comment listing a set of words, whose order depends on the hash seed.
LEAKY_WRITER = """
import dpvconv.rdf.formats as convert

_convert_file = convert.convert_file


def convert_file(*args, **kwargs):
    words = {"purpose", "processing", "recipient", "retention", "transfer", "measure", "right",
             "controller", "processor", "source", "location", "technology", "evidence", "scope"}
    return _convert_file(*args, **kwargs) + "# " + " ".join(words) + "\\n"


convert.convert_file = convert_file
"""


def test_output_that_depends_on_the_hash_seed_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The check can fail: the seeds reach the processes, and a writer leaking set order is caught."""
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(LEAKY_WRITER, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(inject), os.environ.get("PYTHONPATH")])))
    runs = {"ntriples": RUNS["ntriples"]}
    written = outputs_by_seed(tmp_path, monkeypatch, [MINIMAL], runs, ("ntriples",))
    assert differences(written) == ["ntriples/minimal.nt", "yaml/minimal.ntriples.yaml"]

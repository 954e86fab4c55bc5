"""Benchmark: ``dpvconv convert`` against a floor, ``linkml-convert``, and ``dpvconv query`` at scale.

    python bench/bench_convert.py           # N = 1,000 synthetic policies (a few minutes)
    python bench/bench_convert.py --smoke   # N = 20 (CI)

- convert: ``dpvconv convert DIR --to ntriples`` and ``--to jsonld``, one cold call each over N files,
  against ``bench/floor_ntriples.py`` (libyaml + string formatting, no validation) on the same files;
  the floor's output is checked isomorphic to convert's on a sample, so the ratio is honest.
- linkml-convert: per file, JSON-LD, on a sample of 5 files, against ``dpvconv convert --to jsonld`` per
  file (``linkml-convert -t ttl`` fails on this schema: "Unknown CURIE prefix: @base").
- memory: peak RSS of ``dpvconv convert`` at N=100 and N (files are converted one at a time).
- query: time to load N policies (validated, converted) into the store, and to answer a
  cross-company join (examples/queries/rights.rq).
Results are printed and written to bench/results/convert.json with the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from bench_validate import BIN, ROOT, machine, save_report
from rdflib.compare import isomorphic
from synth import write_policies

PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def median_of(command: list[str], runs: int) -> float:
    return statistics.median(seconds(command) for _ in range(runs))


def peak_rss_mib(command: list[str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return round(int(out.stdout.strip()) / 1024, 1)


def check_floor(floor_dir: Path, convert_dir: Path, sample: list[Path]) -> None:
    for path in sample:
        ours = rdflib.Graph().parse(convert_dir / f"{path.stem}.nt", format="nt")
        floor = rdflib.Graph().parse(floor_dir / f"{path.stem}.nt", format="nt")
        if not isomorphic(ours, floor):
            raise SystemExit(f"the floor's graph differs from convert's for {path.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("-n", type=int, default=None)
    args = parser.parse_args(argv)
    count = args.n or (20 if args.smoke else 1000)
    runs = 1 if args.smoke else 3
    report: dict[str, object] = {"machine": machine(), "n": count, "smoke": args.smoke}
    dpvconv = str(BIN / "dpvconv")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        policies = root / "policies"
        write_policies(policies, count, invalid_every=0)
        files = sorted(policies.glob("*.yaml"))
        nt = median_of([dpvconv, "convert", str(policies), "--to", "ntriples", "-o", str(root / "nt")], runs)
        jl = median_of([dpvconv, "convert", str(policies), "--to", "jsonld", "-o", str(root / "jl")], runs)
        floor_command = [sys.executable, "bench/floor_ntriples.py", str(root / "floor"), *map(str, files)]
        floor = median_of(floor_command, runs)
        check_floor(root / "floor", root / "nt", files[:5])
        report["convert"] = {
            "floor_s": round(floor, 3),
            "ntriples_s": round(nt, 3),
            "jsonld_s": round(jl, 3),
            "ntriples_vs_floor": round(nt / floor, 2),
            "jsonld_vs_floor": round(jl / floor, 2),
        }
        sample = files[: 1 if args.smoke else 5]
        linkml = statistics.median(
            seconds(
                [
                    str(BIN / "linkml-convert"),
                    "-s",
                    "schema/dpvconv.yaml",
                    "-C",
                    "PrivacyNotice",
                    "-t",
                    "json-ld",
                    "-o",
                    str(root / f"{p.stem}.linkml.jsonld"),
                    str(p),
                ]
            )
            for p in sample
        )
        ours = statistics.median(
            seconds([dpvconv, "convert", str(p), "--to", "jsonld", "-o", str(root / f"{p.stem}.jsonld")])
            for p in sample
        )
        report["per_file_vs_linkml_convert"] = {
            "linkml_convert_s": round(linkml, 3),
            "dpvconv_s": round(ours, 3),
            "ratio": round(linkml / ours, 1),
        }
        report["peak_rss_mib"] = {
            str(n): peak_rss_mib(
                [dpvconv, "convert", *map(str, files[:n]), "--to", "ntriples", "-o", str(root / f"rss{n}")]
            )
            for n in sorted({min(100, count), count})
        }
        from dpvconv.query import build_store, may_read_vocabularies, run_query
        from dpvconv.rdf.parse import read_sources

        query = (ROOT / "examples" / "queries" / "rights.rq").read_text(encoding="utf-8")
        # As the command loads for this query: the vocabularies only for a query that can reach them.
        vocabularies = may_read_vocabularies(query)
        # `dpvconv query` reads YAML in one worker per CPU; one worker shows what that buys.
        start = time.perf_counter()
        build_store(read_sources(files, jobs=1), vocabularies=vocabularies)
        loaded_one_worker = time.perf_counter() - start
        start = time.perf_counter()
        store = build_store(read_sources(files), vocabularies=vocabularies)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        answer = run_query(store, query, "json")
        answered = time.perf_counter() - start
        report["query"] = {
            "load_s": round(loaded, 3),
            "load_one_worker_s": round(loaded_one_worker, 3),
            "query_s": round(answered, 3),
            "rows": len(json.loads(answer.text)["results"]["bindings"]),
            "quads": len(store),
        }
    print(json.dumps(report, indent=2))
    save_report("convert", report, args.smoke)
    return 0


if __name__ == "__main__":
    sys.exit(main())

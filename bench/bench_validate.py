"""Benchmark: ``dpvconv validate`` against ``linkml-validate``, side by side in one run, on the same files.

    python bench/bench_validate.py           # full run: the five examples, and 1,000 synthetic policies
    python bench/bench_validate.py --smoke   # CI: a few repeats and 20 synthetic policies

Both are run as cold processes, as a user or a CI job runs them. The synthetic set mixes in invalid
files and the run fails unless both tools report exactly the expected number of errors. Results are
printed as a table and written to bench/results/validate.json with a description of the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synth import write_policies

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines() if "model name" in ln), "")
    return {
        "platform": platform.platform(),
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
    }


def save_report(name: str, report: dict[str, object], smoke: bool) -> None:
    """Write a benchmark's figures to bench/results/NAME.json (NAME-smoke.json for a smoke run)."""
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}{'-smoke' if smoke else ''}.json").write_text(json.dumps(report, indent=2))


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed, result.stdout + result.stderr


def dpvconv_command(paths: list[str]) -> list[str]:
    return [str(BIN / "dpvconv"), "validate", "--format", "json", *paths]


def linkml_command(paths: list[str]) -> list[str]:
    return [str(BIN / "linkml-validate"), "-s", "schema/dpvconv.yaml", "-C", "PrivacyNotice", *paths]


def dpvconv_errors(output: str) -> int:
    start = output.find("[")
    return len(json.loads(output[start : output.rfind("]") + 1])) if start >= 0 else 0


def linkml_errors(output: str) -> int:
    return sum(1 for line in output.splitlines() if line.startswith("[ERROR]"))


def repeat(label: str, command: list[str], count_errors: Callable[[str], int], expected: int, runs: int) -> list[float]:
    """Run ``command`` ``runs`` times; fail unless it reports exactly ``expected`` errors each time."""
    times = []
    for _ in range(runs):
        seconds, output = timed(command)
        found = count_errors(output)
        if found != expected:
            raise SystemExit(f"{label}: {Path(command[0]).name} reported {found} errors, expected {expected}")
        times.append(seconds)
    return times


def compare(label: str, files: list[str], expected: int, runs_dpvconv: int, runs_linkml: int) -> dict[str, object]:
    ours = repeat(label, dpvconv_command(files), dpvconv_errors, expected, runs_dpvconv)
    theirs = repeat(label, linkml_command(files), linkml_errors, expected, runs_linkml)
    return {
        "case": label,
        "files": len(files),
        "expected_errors": expected,
        "dpvconv_median_s": round(statistics.median(ours), 3),
        "linkml_median_s": round(statistics.median(theirs), 3),
        "ratio": round(statistics.median(theirs) / statistics.median(ours), 1),
        "runs": {"dpvconv": len(ours), "linkml": len(theirs)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="small N and few repeats (CI)")
    parser.add_argument("-n", type=int, default=None, help="number of synthetic policies (default 1000, smoke 20)")
    args = parser.parse_args(argv)
    count = args.n or (20 if args.smoke else 1000)
    examples = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.yaml"))
    rows = [compare("examples", examples, 0, 2 if args.smoke else 7, 1 if args.smoke else 5)]
    with tempfile.TemporaryDirectory() as scratch:
        expected = write_policies(Path(scratch), count)
        files = sorted(str(p) for p in Path(scratch).glob("*.yaml"))
        rows.append(compare(f"synthetic-{count}", files, expected, 1 if args.smoke else 3, 1))
    report = {"machine": machine(), "smoke": args.smoke, "results": rows}
    print("| case | files | dpvconv median (s) | linkml-validate median (s) | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        cells = [row["case"], row["files"], row["dpvconv_median_s"], row["linkml_median_s"], f"{row['ratio']}x"]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")
    print(json.dumps(report["machine"]))
    save_report("validate", report, args.smoke)
    return 0


if __name__ == "__main__":
    sys.exit(main())

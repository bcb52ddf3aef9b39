"""Peak memory per worker of ``extractor batch`` as the input grows: it must stay flat.

    python bench/bench_memory.py [--sizes 250,1000,2000] [--workers 2] [INPUT.jsonl]

Builds inputs of each size by repeating the records of INPUT (default: the bulk
corpus in ../shared) under new ids, runs one batch per size, and polls the peak
resident set size (``VmHWM``) of the driver and of every worker process while
it runs (Linux /proc). The driver holds only the chunks in flight and each
worker one chunk, so both peaks should not depend on the input size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "corpora" / "bulk" / "education-news.jsonl"
BATCH = "import typer; from extractor.batch.command import batch; typer.run(batch)"


def make_input(source: Path, size: int, path: Path) -> None:
    records = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for number in range(size):
            record = dict(records[number % len(records)])
            record["id"] = f"{record.get('id', 'record')}-{number}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def peak_kib(pid: int) -> int:
    """VmHWM: the highest resident set size the process has had so far."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(source: Path, out: Path, workers: int) -> dict:
    command = [sys.executable, "-c", BATCH, str(source), "-o", str(out), "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    driver = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    roles: dict[int, str] = {}
    while process.poll() is None:
        try:
            for child in driver.children(recursive=True):
                # pool workers are forked by the forkserver, the driver's child: so workers are grandchildren
                roles.setdefault(child.pid, "worker" if child.ppid() != process.pid else "helper")
                peaks[child.pid] = max(peaks.get(child.pid, 0), peak_kib(child.pid))
            peaks[process.pid] = max(peaks.get(process.pid, 0), peak_kib(process.pid))
        except psutil.Error:
            pass
        time.sleep(0.1)
    if process.returncode != 0:
        raise SystemExit(f"batch failed with status {process.returncode}")
    workers_mib = sorted(round(peaks[pid] / 1024) for pid, role in roles.items() if role == "worker")
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "driver_mib": round(peaks.get(process.pid, 0) / 1024),
        "workers_mib": workers_mib,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--sizes", default="250,1000,2000", help="Articles per run, comma-separated.")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not args.input.is_file():
        sys.exit(f"{args.input}: no such file")
    sizes = [int(size) for size in args.sizes.split(",")]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            source = Path(folder) / f"in-{size}.jsonl"
            make_input(args.input, size, source)
            result = measure(source, Path(folder) / f"out-{size}.jsonl", args.workers)
            results[size] = result
            print(
                f"{size:>6} articles: {result['seconds']:>6.1f} s, driver peak {result['driver_mib']} MiB, "
                f"worker peaks {result['workers_mib']} MiB"
            )
            os.remove(source)
    smallest, largest = results[sizes[0]], results[sizes[-1]]
    growth = max(largest["workers_mib"], default=0) / max(max(smallest["workers_mib"], default=1), 1)
    print(f"worker peak growth from {sizes[0]} to {sizes[-1]} articles: x{growth:.2f} (flat is x1.0)")
    print(json.dumps({"sizes": results, "worker_peak_growth": round(growth, 2)}))


if __name__ == "__main__":
    main()

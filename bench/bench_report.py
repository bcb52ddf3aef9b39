"""Time ``extractor report`` on the batch output of a corpus (issue 14: under 60 s for the 405 bulk articles).

    python bench/bench_report.py [RECORDS.jsonl]

Without an argument, first writes the records of the bulk corpus in ../shared with
``extractor batch --workers 1`` (not timed), then runs ``extractor report`` on them three times,
each in a fresh process, and prints the wall-clock and CPU seconds and what the report found.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpora" / "bulk" / "education-news.jsonl"
CLI = [sys.executable, "-m", "extractor.cli"]
RUNS = 3


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        records = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(scratch) / "bulk.jsonl"
        if len(sys.argv) == 1:
            subprocess.run([*CLI, "batch", str(BULK), "-o", str(records), "--workers", "1"], check=True, cwd=ROOT)
        walls, cpus, said = [], [], ""
        for _ in range(RUNS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [*CLI, "report", str(records), "-o", str(Path(scratch) / "report")],
                check=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            said = done.stderr.strip().splitlines()[-1]
        print(said)
        found = dict(
            zip(
                ("articles", "series", "conflicts", "events", "checked"),
                map(int, re.findall(r"([\d,]+) (?:articles|series|conflicts|events|checked)", said.replace(",", ""))),
            )
        )
        print(json.dumps({"wall_seconds": round(min(walls), 2), "cpu_seconds": round(min(cpus), 2), **found}))


if __name__ == "__main__":
    main()

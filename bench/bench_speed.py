"""Time ``extractor batch`` against underthesea's ``word_tokenize`` on the same texts, in one run.

    python bench/bench_speed.py [INPUT.jsonl] [--skip-two]

Default input: ``../shared/corpora/bulk/education-news.jsonl`` (news-please records).
Every measurement runs in a fresh process, and is taken twice, on the whole
input and on its first record only; the difference is the steady-state time
(model loading and imports cancel out). Wall time and CPU time (of the process
and all its workers) are both reported: on a machine shared with other jobs the
CPU ratio is the one to trust for batch vs word_tokenize, while the 2-worker
speed-up can only be measured in wall time on an otherwise idle machine. Prints articles/s and the ratios the
issue sets targets for: batch --workers 1 at most 1.5x word_tokenize (aim < 1.0),
and --workers 2 at least 1.7x faster than --workers 1.
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
TOKENIZE = """
import sys, time
from underthesea import word_tokenize
from extractor.io.readers import iter_inputs
texts = [item.text for item in iter_inputs([sys.argv[1]]) if hasattr(item, "text")]
word_tokenize("Khởi động mô hình.")
started, cpu = time.perf_counter(), time.process_time()
for text in texts:
    word_tokenize(text)
print(len(texts), time.perf_counter() - started, time.process_time() - cpu)
"""


def batch_command() -> list[str]:
    """``extractor batch`` once the CLI registers it; until then the same function through typer."""
    probe = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "batch", "--help"], cwd=ROOT, capture_output=True, check=False
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "extractor.cli", "batch"]
    return [sys.executable, "-c", BATCH]


def run_batch(command: list[str], source: Path, workers: int, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one batch; CPU summed over the driver and every process under it.

    Polled, because pool workers are reaped by the forkserver, whose own time may never reach us.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, str(source), "-o", str(out), "--workers", str(workers)], cwd=ROOT, stderr=subprocess.DEVNULL
    )
    cpu: dict[int, float] = {}
    driver = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            for member in [driver, *driver.children(recursive=True)]:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode != 0:
        raise SystemExit(f"batch failed with status {process.returncode}")
    return time.perf_counter() - started, sum(cpu.values())


def steady_batch(command: list[str], source: Path, first: Path, workers: int, tmp: Path) -> dict[str, float]:
    """Whole-run wall time, and steady-state wall and CPU time for all records but the first."""
    whole, whole_cpu = run_batch(command, source, workers, tmp / f"out-{workers}.jsonl")
    startup, startup_cpu = run_batch(command, first, workers, tmp / f"first-{workers}.jsonl")
    records = sum(1 for _ in (tmp / f"out-{workers}.jsonl").open(encoding="utf-8"))
    print(f"  batch --workers {workers}: {records} records, {whole:.1f} s wall, {startup:.1f} s for one record")
    return {"whole": whole, "wall": whole - startup, "cpu": whole_cpu - startup_cpu}


def tokenize_time(source: Path) -> tuple[int, float, float]:
    """(articles, wall seconds, CPU seconds) of word_tokenize over the texts, model already loaded."""
    result = subprocess.run(
        [sys.executable, "-c", TOKENIZE, str(source)], cwd=ROOT, check=True, capture_output=True, text=True
    )
    count, seconds, cpu = result.stdout.split()
    return int(count), float(seconds), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--skip-two", action="store_true", help="Do not time --workers 2.")
    args = parser.parse_args()
    source: Path = args.input
    if not source.is_file():
        sys.exit(f"{source}: no such file (the bulk corpus lives in ../shared)")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        first = tmp / "first.jsonl"
        with source.open(encoding="utf-8") as handle:
            first.write_text(handle.readline(), encoding="utf-8")
        command = batch_command()
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        articles, tokenize, tokenize_cpu = tokenize_time(source)
        # the steady-state batch time covers all records but the first: scale word_tokenize the same way
        share = (articles - 1) / articles
        tokenize, tokenize_cpu = tokenize * share, tokenize_cpu * share
        print(f"input: {source} ({articles} articles)")
        print(f"  word_tokenize: {articles / tokenize * share:.2f} articles/s")
        one = steady_batch(command, source, first, 1, tmp)
        figures = {
            "articles": articles,
            "word_tokenize_articles_per_second": round(articles * share / tokenize, 2),
            "batch1_articles_per_second": round((articles - 1) / one["wall"], 2),
            "ratio_batch1_to_word_tokenize_wall": round(one["wall"] / tokenize, 2),
            "ratio_batch1_to_word_tokenize_cpu": round(one["cpu"] / tokenize_cpu, 2),
        }
        print(f"  batch --workers 1: {(articles - 1) / one['wall']:.2f} articles/s steady")
        print(
            f"ratio batch --workers 1 / word_tokenize: {one['wall'] / tokenize:.2f} wall, "
            f"{one['cpu'] / tokenize_cpu:.2f} CPU (target <= 1.5, aim < 1.0)"
        )
        if not args.skip_two:
            two = steady_batch(command, source, first, 2, tmp)
            figures.update(
                batch2_articles_per_second=round((articles - 1) / two["wall"], 2),
                speedup_2_workers=round(one["wall"] / two["wall"], 2),
                speedup_2_workers_whole_run=round(one["whole"] / two["whole"], 2),
            )
            print(f"  batch --workers 2: {(articles - 1) / two['wall']:.2f} articles/s steady")
            figures["cpu_2_workers_over_1"] = round(two["cpu"] / one["cpu"], 2)
            print(
                f"speed-up 2 workers / 1: {one['wall'] / two['wall']:.2f} steady, "
                f"{one['whole'] / two['whole']:.2f} whole run (target >= 1.7); CPU spent with 2 workers "
                f"/ with 1: {two['cpu'] / one['cpu']:.2f} (1.0 = no parallel overhead)"
            )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""Time the extractor against underthesea's ``word_tokenize`` on the same texts, all in one run.

    python bench/bench_speed.py [INPUT.jsonl] [--articles 150] [--repeat 2] [--skip-two]

Default input: ``../shared/corpora/bulk/education-news.jsonl`` (news-please records).
The package is compiled to bytecode first, as a regular install does (an editable install under a
shell with PYTHONDONTWRITEBYTECODE would otherwise compile it from source in every process).
Every measurement is a fresh process, timed as a whole (wall clock, and CPU of the
process and every process under it), repeated ``--repeat`` times; the fastest run
counts, since on a shared machine a slower one only measured the neighbours.
The reference is a process that imports underthesea and runs ``word_tokenize``
over the very texts the extractor reads (the same records, read the same way).

The ratios printed (extractor time / word_tokenize time; below 1.0 the whole
extractor is faster than underthesea's segmenter alone):

- cold start: ``extractor extract`` of one article, whole process;
- whole run: ``extractor batch --workers 1`` over the first ``--articles`` records,
  start-up included;
- steady state: ``batch --workers 1`` over the whole input minus the same batch over
  its first record (imports and model loading cancel out), against ``word_tokenize``
  over all texts but the first with its model already loaded;
- two workers: ``batch --workers 2`` steady and whole, and its speed-up over one worker;
- the machine's own ceiling for that speed-up: ``word_tokenize`` over all the texts in one process
  against the same texts cut in two halves, segmented by two processes at once (steady state, models
  loaded). A machine whose two cores are not both ours (an overcommitted virtual machine) caps every
  program's speed-up, and this figure says by how much, in the same run.

Targets (issue 13): cold start of one article at most 1.5 s, the whole run at most
1.0x (aim 0.7x), two workers at least 1.8x one worker. Quote ratios from one run only.
"""

from __future__ import annotations

import argparse
import compileall
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
EXTRACTOR = [sys.executable, "-m", "extractor.cli"]
# A user's Python keeps bytecode caches, as underthesea's installed files already have; a shell that sets
# PYTHONDONTWRITEBYTECODE would otherwise make every extractor process compile the package from source.
USER_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
# The reference: a whole process that loads underthesea and segments the texts (a JSON list) given.
TOKENIZE = """
import json, sys, time
from underthesea import word_tokenize
texts = json.load(open(sys.argv[1], encoding="utf-8"))
word_tokenize(texts[0])
loaded, cpu = time.perf_counter(), time.process_time()
for text in texts[1:]:
    word_tokenize(text)
print(time.perf_counter() - loaded, time.process_time() - cpu)
"""


def timed(command: list[str]) -> tuple[float, float, str]:
    """(wall, CPU, standard output) of one process; CPU summed over it and every process under it.

    Polled, because pool workers are reaped by the forkserver, whose own time may never reach us.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=USER_ENV)
    cpu: dict[int, float] = {}
    driver = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            for member in [driver, *driver.children(recursive=True)]:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.02)
    out = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {process.returncode}")
    return time.perf_counter() - started, sum(cpu.values()), out


def timed_together(commands: list[list[str]]) -> float:
    """Steady wall seconds of reference ``commands`` started at once: the slowest of the times they print (model
    loading left out, as in the steady state of the extractor)."""
    processes = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                  env=USER_ENV) for command in commands]
    outputs = [process.communicate()[0] for process in processes]
    if any(process.returncode != 0 for process in processes):
        raise SystemExit("a reference process failed")
    return max(float(out.split()[0]) for out in outputs)


def fastest(command: list[str], repeat: int, reference: bool = False) -> dict[str, float]:
    """The fastest of ``repeat`` runs: wall and CPU seconds (and the steady seconds a reference prints)."""
    runs = [timed(command) for _ in range(repeat)]
    figures = {"wall": min(run[0] for run in runs), "cpu": min(run[1] for run in runs)}
    if reference:
        printed = [run[2].split() for run in runs]
        figures["steady_wall"] = min(float(wall) for wall, _ in printed)
        figures["steady_cpu"] = min(float(cpu) for _, cpu in printed)
    return figures


def write_inputs(source: Path, tmp: Path, articles: int) -> dict[str, Path]:
    """The input cut to one record and to ``articles`` records, and the texts the extractor reads from each."""
    from extractor.io.readers import iter_inputs

    lines = [line for line in source.open(encoding="utf-8") if line.strip()]
    paths = {}
    for name, count in (("one", 1), ("part", articles), ("all", len(lines))):
        path = tmp / f"{name}.jsonl"
        path.write_text("".join(lines[:count]), encoding="utf-8")
        texts = [item.text for item in iter_inputs([str(path)]) if hasattr(item, "text")]
        (tmp / f"{name}.texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        paths[name] = path
        if name == "all":  # two halves for the machine's ceiling, each opening with the same first text
            middle = 1 + (len(texts) - 1) // 2
            for half, part in (("half1", texts[:middle]), ("half2", texts[:1] + texts[middle:])):
                (tmp / f"{half}.texts.json").write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
    return paths


def ratio(a: float, b: float) -> float:
    return round(a / b, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--articles", type=int, default=150, help="Records in the whole-run comparison.")
    parser.add_argument("--repeat", type=int, default=2, help="Runs of each measurement; the fastest counts.")
    parser.add_argument("--skip-two", action="store_true", help="Do not time --workers 2.")
    args = parser.parse_args()
    source: Path = args.input
    if not source.is_file():
        sys.exit(f"{source}: no such file (the bulk corpus lives in ../shared)")
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    # What a regular install does: the package compiled to bytecode once, before anything is timed.
    compileall.compile_dir(ROOT / "extractor", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        paths = write_inputs(source, tmp, args.articles)
        count = len(json.loads((tmp / "all.texts.json").read_text(encoding="utf-8")))
        part = min(args.articles, count)

        def tokenize(name: str) -> dict[str, float]:
            return fastest([sys.executable, "-c", TOKENIZE, str(tmp / f"{name}.texts.json")], args.repeat, True)

        def batch(name: str, workers: int) -> dict[str, float]:
            out = tmp / f"out-{name}-{workers}.jsonl"
            return fastest([*EXTRACTOR, "batch", str(paths[name]), "-o", str(out), "--workers", str(workers)],
                           args.repeat)

        help_run = fastest([*EXTRACTOR, "--help"], args.repeat)
        cold = fastest([*EXTRACTOR, "extract", str(paths["one"])], args.repeat)
        cold_ref = tokenize("one")
        whole = batch("part", 1)
        whole_ref = tokenize("part")
        one_all, one_first = batch("all", 1), batch("one", 1)
        all_ref = tokenize("all")
        steady = {k: one_all[k] - one_first[k] for k in ("wall", "cpu")}
        figures: dict[str, float] = {
            "articles": count,
            "help_seconds": round(help_run["wall"], 2),
            "cold_start_seconds": round(cold["wall"], 2),
            "cold_start_word_tokenize_seconds": round(cold_ref["wall"], 2),
            "ratio_cold_start_wall": ratio(cold["wall"], cold_ref["wall"]),
            "ratio_cold_start_cpu": ratio(cold["cpu"], cold_ref["cpu"]),
            f"whole_{part}_seconds": round(whole["wall"], 2),
            f"whole_{part}_word_tokenize_seconds": round(whole_ref["wall"], 2),
            f"ratio_whole_{part}_wall": ratio(whole["wall"], whole_ref["wall"]),
            f"ratio_whole_{part}_cpu": ratio(whole["cpu"], whole_ref["cpu"]),
            "steady_articles_per_second": round((count - 1) / steady["wall"], 2),
            "ratio_steady_wall": ratio(steady["wall"], all_ref["steady_wall"]),
            "ratio_steady_cpu": ratio(steady["cpu"], all_ref["steady_cpu"]),
        }
        print(f"input: {source} ({count} articles)")
        print(f"  extractor --help: {help_run['wall']:.2f} s (target <= 0.5)")
        print(f"cold start, one article: extract {cold['wall']:.2f} s (target <= 1.5), word_tokenize "
              f"{cold_ref['wall']:.2f} s: ratio {figures['ratio_cold_start_wall']} wall, "
              f"{figures['ratio_cold_start_cpu']} CPU")
        print(f"whole run, {part} articles, one worker: batch {whole['wall']:.2f} s, word_tokenize "
              f"{whole_ref['wall']:.2f} s: ratio {figures[f'ratio_whole_{part}_wall']} wall, "
              f"{figures[f'ratio_whole_{part}_cpu']} CPU (target <= 1.0, aim 0.7)")
        print(f"steady state, {count - 1} articles, one worker: {figures['steady_articles_per_second']} articles/s, "
              f"ratio {figures['ratio_steady_wall']} wall, {figures['ratio_steady_cpu']} CPU")
        if not args.skip_two:
            two_all, two_first = batch("all", 2), batch("one", 2)
            two_steady = two_all["wall"] - two_first["wall"]
            halves = [[sys.executable, "-c", TOKENIZE, str(tmp / f"{half}.texts.json")] for half in ("half1", "half2")]
            together = min(timed_together(halves) for _ in range(args.repeat))
            figures.update(
                ratio_two_workers_steady_wall=ratio(two_steady, all_ref["steady_wall"]),
                speedup_two_workers_steady=ratio(steady["wall"], two_steady),
                speedup_two_workers_whole_run=ratio(one_all["wall"], two_all["wall"]),
                cpu_two_workers_over_one=ratio(two_all["cpu"] - two_first["cpu"], steady["cpu"]),
                speedup_word_tokenize_two_processes=ratio(all_ref["steady_wall"], together),
            )
            print(f"two workers, {count} articles: ratio {figures['ratio_two_workers_steady_wall']} steady wall; "
                  f"speed-up over one worker {figures['speedup_two_workers_steady']} steady, "
                  f"{figures['speedup_two_workers_whole_run']} whole run (target >= 1.8); CPU spent with 2 "
                  f"workers / with 1: {figures['cpu_two_workers_over_one']} (1.0 = no parallel overhead)")
            print(f"  the machine's ceiling: word_tokenize over the same texts in two processes at once is "
                  f"{figures['speedup_word_tokenize_two_processes']}x faster than in one (steady state)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

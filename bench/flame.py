"""Where the time of one worker goes: a flame graph of ``extractor batch --workers 1`` on the bulk corpus.

    pip install py-spy
    python bench/flame.py [INPUT.jsonl] [--articles 150] [--out bench/flame.svg]

py-spy samples the whole process (start-up included, native frames of the
Rust tagger and of the regex engine shown as such) and writes an SVG flame
graph; open it in a browser and click a frame to zoom. It also prints the
functions with the most samples of their own, the first list to read when
deciding what to cut.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "corpora" / "bulk" / "education-news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "flame.svg")
    parser.add_argument("--rate", type=int, default=250, help="Samples per second.")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy")
    if py_spy is None:
        sys.exit("py-spy is not installed: pip install py-spy")
    if not args.input.is_file():
        sys.exit(f"{args.input}: no such file (the bulk corpus lives in ../shared)")
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "part.jsonl"
        with args.input.open(encoding="utf-8") as source:
            part.write_text("".join(line for _, line in zip(range(args.articles), source)), encoding="utf-8")
        command = [sys.executable, "-m", "extractor.cli", "batch", str(part), "-o", str(Path(folder) / "out.jsonl"),
                   "--workers", "1"]
        for fmt, out in (("flamegraph", args.out), ("raw", Path(folder) / "stacks.txt")):
            subprocess.run([py_spy, "record", "--native", "--rate", str(args.rate), "--format", fmt, "-o", str(out),
                            "--", *command], cwd=ROOT, check=True, capture_output=True)
        own: dict[str, int] = {}
        total = 0
        for line in (Path(folder) / "stacks.txt").read_text(encoding="utf-8").splitlines():
            stack, _, count = line.rpartition(" ")
            leaf = stack.rsplit(";", 1)[-1]
            own[leaf] = own.get(leaf, 0) + int(count)
            total += int(count)
    print(f"flame graph: {args.out} ({total} samples)")
    for leaf, count in sorted(own.items(), key=lambda item: -item[1])[:25]:
        print(f"{100 * count / total:5.1f}%  {leaf}")


if __name__ == "__main__":
    main()

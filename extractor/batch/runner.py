"""One batch from start to finish: read, skip what is done, run an engine, append, count, summarise.

The driver (this module) is the only writer of the output. It appends each
finished chunk's lines and flushes, so a crash loses at most the chunks in
flight and leaves at most one cut-off line, which ``--resume`` repairs. Records
are written in the order they complete, not in input order: sort by ``doc_id``
when order matters (``extractor extract`` keeps input order).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol, TextIO

from extractor.batch.progress import Progress
from extractor.batch.resume import ResumeState, repair_and_scan
from extractor.batch.work import ChunkResult, ReadFailure, WorkItem, with_official_checks
from extractor.errors import ExtractorError, InputError
from extractor.settings import SETTINGS

__all__ = ["BatchSummary", "BatchUsageError", "run_batch"]


class BatchUsageError(ExtractorError, ValueError):
    """A batch asked for something impossible (the output is also an input, an unknown engine)."""


class Engine(Protocol):
    def run(self, chunks: Iterable[list[WorkItem]]) -> Iterator[ChunkResult]: ...


@dataclass
class BatchSummary:
    """What a batch did; ``articles`` counts the records written by this run."""

    articles: int = 0
    facts: int = 0
    events: int = 0
    errors: int = 0
    skipped: int = 0
    # Error records a resumed output already held (``--strict`` counts them too).
    earlier_errors: int = 0
    repaired_bytes: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        text = (
            f"batch {'interrupted' if self.interrupted else 'done'}: {self.articles:,} articles "
            f"({self.errors:,} errors), {self.facts:,} facts, {self.events:,} events "
            f"in {self.seconds:.1f} s, {self.rate:.2f} articles/s"
        )
        if self.skipped:
            text += f"; {self.skipped:,} already in the output, skipped"
        if self.earlier_errors:
            text += f" (the output already held {self.earlier_errors:,} error records)"
        if self.repaired_bytes:
            text += f"; a cut-off last line ({self.repaired_bytes:,} bytes) was removed"
        if self.interrupted:
            text += "; rerun with --resume to finish"
        return text


def run_batch(
    inputs: list[str],
    output: Path,
    *,
    workers: int | None = None,
    resume: bool = False,
    include_text: bool = False,
    official_check: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Extract every article of ``inputs`` into ``output`` (JSONL), one record each; see the module docstring.

    ``workers`` defaults to the number of cores. Without ``resume`` the output is
    overwritten. ``official_check`` adds the verdicts of :mod:`extractor.check.official`.
    Ctrl-C stops cleanly: the summary says so and ``--resume`` continues.
    """

    started = time.monotonic()
    workers = workers or SETTINGS.workers
    paths = _input_paths(inputs, output)
    state = repair_and_scan(output) if resume else ResumeState()
    summary = BatchSummary(repaired_bytes=state.repaired_bytes, earlier_errors=state.errors)
    progress = progress or Progress(every_seconds=SETTINGS.batch_log_every_seconds)
    progress.count_in_background(paths, state.records)
    runner, chunk_size = _engine(engine, workers, scheduler, include_text)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with output.open("a" if resume else "w", encoding="utf-8", newline="\n") as out:
            items = _pending_items(paths, state, summary)
            try:
                for result in runner.run(_chunks(items, chunk_size)):
                    if official_check:
                        result = with_official_checks(result)
                    _write(out, result, summary)
                    progress.advance(len(result.lines), result.errors)
            except KeyboardInterrupt:
                summary.interrupted = True
    finally:
        progress.close()
        summary.seconds = time.monotonic() - started
    return summary


def _input_paths(inputs: list[str], output: Path) -> list[str]:
    """The input files, without the output itself (an output inside an input folder is not an input)."""
    from extractor.io.readers import iter_paths

    target = os.path.abspath(output)
    if any(name != "-" and os.path.abspath(name) == target for name in inputs):
        raise BatchUsageError(f"{output} is both an input and the output; write the output elsewhere")
    return [path for path in iter_paths(inputs) if path == "-" or os.path.abspath(path) != target]


def _engine(name: str, workers: int, scheduler: str | None, include_text: bool) -> tuple[Engine, int]:
    if name == "local":
        from extractor.batch.local import LocalEngine

        engine = LocalEngine(
            workers, include_text=include_text, in_flight_per_worker=SETTINGS.batch_in_flight_per_worker
        )
        return engine, SETTINGS.batch_chunk_size
    if name == "dask":
        from extractor.batch.dask_engine import DaskEngine

        dask_engine = DaskEngine(
            scheduler=scheduler,
            workers=workers,
            include_text=include_text,
            in_flight_per_worker=SETTINGS.batch_in_flight_per_worker,
            connect_timeout=SETTINGS.batch_connect_timeout_seconds,
        )
        return dask_engine, SETTINGS.batch_partition_size
    raise BatchUsageError(f"unknown engine {name!r}: use 'local' or 'dask'")


def _pending_items(paths: list[str], state: ResumeState, summary: BatchSummary) -> Iterator[WorkItem]:
    """The input articles not yet in the output, as picklable work items."""
    from extractor.io.readers import iter_inputs

    for item in iter_inputs(paths):
        if state.take(item.doc_id or "unknown"):
            summary.skipped += 1
            continue
        yield ReadFailure.from_error(item) if isinstance(item, InputError) else item


def _chunks(items: Iterator[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    while chunk := list(islice(items, max(1, size))):
        yield chunk


def _write(out: TextIO, result: ChunkResult, summary: BatchSummary) -> None:
    out.write("".join(result.lines))
    out.flush()
    summary.articles += len(result.lines)
    summary.facts += result.facts
    summary.events += result.events
    summary.errors += result.errors

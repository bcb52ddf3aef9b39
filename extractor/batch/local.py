"""The local engine: a pool of worker processes on this machine, each loading the pipeline once.

Tasks are chunks of a few articles, submitted a bounded number ahead of the
workers, so memory stays flat however large the input and a crash loses at
most the chunks in flight. Results come back as they complete (not in input
order). With one worker the chunks run in this process: no pool, no pickling.

A worker that dies (out of memory, a segfault in a native library) breaks the
pool. The chunks that were in flight are then run again one article at a time
in a fresh pool, one task in flight, so the article that kills a worker is
found and given an ``internal`` error record while every other article gets
its real one. Workers that die at start-up, or on article after article, stop
the batch with :class:`~extractor.batch.work.BatchAborted` instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from extractor.batch.work import (
    BatchAborted,
    ChunkResult,
    PipelineUnavailable,
    WorkItem,
    extract_chunk,
    load_pipeline,
)
from extractor.io.writers import record_line
from extractor.record import error_record

__all__ = ["LocalEngine", "crash_result"]

log = logging.getLogger(__name__)

# Articles that each killed a worker, one after the other, before the batch gives up on the machine.
_MAX_CRASHES_IN_A_ROW = 5
# New pools tried before deciding that worker processes cannot start at all.
_START_ATTEMPTS = 2


def crash_result(item: WorkItem, reason: str) -> ChunkResult:
    """The error record standing in for an article whose worker died."""
    record = error_record(item.doc_id, "internal", f"the worker processing this article died ({reason})")
    return ChunkResult([record_line(record)], errors=1)


def _init_worker() -> None:
    # Ctrl-C goes to the whole process group; the driver alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        load_pipeline()
    except PipelineUnavailable:
        # Raised here it would break the pool, and look like a crash on every article; the first
        # task loads again and raises it as an ordinary exception, which stops the batch.
        log.exception("worker: the pipeline does not load")


def _context() -> multiprocessing.context.BaseContext:
    """forkserver on Linux: workers fork from a clean server that has loaded the pipeline once."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extractor.batch.preload"])
        return context
    return multiprocessing.get_context("spawn")


class LocalEngine:
    """Runs chunks of articles on ``workers`` processes (in this process when ``workers`` is 1)."""

    def __init__(
        self,
        workers: int,
        *,
        include_text: bool = False,
        in_flight_per_worker: int = 2,
        task: Callable[[list[WorkItem], bool], ChunkResult] = extract_chunk,
    ) -> None:
        self.task = task  # a module-level function, so workers can unpickle it; tests swap in their own
        self.workers = max(1, workers)
        self.include_text = include_text
        self.limit = self.workers * (1 + max(0, in_flight_per_worker))

    def run(self, chunks: Iterable[list[WorkItem]]) -> Iterator[ChunkResult]:
        if self.workers == 1:
            load_pipeline()
            for chunk in chunks:
                yield self.task(chunk, self.include_text)
            return
        yield from self._run_pool(iter(chunks))

    def _new_pool(self) -> ProcessPoolExecutor:
        """A pool whose workers are known to start: workers that die at start-up stop the batch."""
        for _ in range(_START_ATTEMPTS):
            pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(), initializer=_init_worker)
            try:
                pool.submit(_ping).result()
                return pool
            except BrokenProcessPool as error:
                pool.shutdown(wait=True, cancel_futures=True)
                failure = error
        raise BatchAborted(
            f"worker processes die at start-up ({failure}). Worker processes re-import the main script: "
            "a script calling run_batch needs `if __name__ == '__main__':` and must be a file, "
            "not standard input; or use one worker"
        )

    def _run_pool(self, chunks: Iterator[list[WorkItem]]) -> Iterator[ChunkResult]:
        pool = self._new_pool()
        pending: dict[Future[ChunkResult], list[WorkItem]] = {}
        suspects: deque[list[WorkItem]] = deque()  # single articles to rerun after a worker died
        exhausted = False
        crashes_in_a_row = 0
        try:
            while True:
                # While suspects are pending, one task at a time: a death then names its article.
                isolating = bool(suspects) or self._isolating(pending)
                limit = 1 if isolating else self.limit
                broken = False
                while len(pending) < limit:
                    if suspects:
                        chunk = suspects.popleft()
                    elif not exhausted and not isolating:
                        chunk = next(chunks, None)
                        if chunk is None:
                            exhausted = True
                            break
                    else:
                        break
                    try:
                        pending[pool.submit(self.task, chunk, self.include_text)] = chunk
                    except BrokenProcessPool:  # a worker died since the last wait: nothing ran this chunk
                        suspects.extendleft(reversed(_isolated(chunk)))
                        broken = True
                        break
                if not pending and not broken:
                    return
                if not broken:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        chunk = pending.pop(future)
                        try:
                            result = future.result()
                        except BrokenProcessPool as error:
                            broken = True
                            if not self._is_isolated(chunk):
                                suspects.extend(_isolated(chunk))
                                continue
                            log.error("article %s killed its worker", chunk[0].doc_id)
                            crashes_in_a_row += 1
                            if crashes_in_a_row >= _MAX_CRASHES_IN_A_ROW:
                                raise BatchAborted(
                                    f"worker processes died on {crashes_in_a_row} articles in a row "
                                    f"(last: {chunk[0].doc_id}); something is wrong beyond one article"
                                ) from error
                            yield crash_result(chunk[0], str(error) or "the process ended abruptly")
                        else:
                            crashes_in_a_row = 0
                            yield result
                if broken:
                    for future, chunk in pending.items():
                        future.cancel()
                        suspects.extend(_isolated(chunk))
                    pending.clear()
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._new_pool()
        finally:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    @staticmethod
    def _is_isolated(chunk: list[WorkItem]) -> bool:
        return isinstance(chunk, _IsolatedChunk)

    def _isolating(self, pending: dict[Future[ChunkResult], list[WorkItem]]) -> bool:
        return any(self._is_isolated(chunk) for chunk in pending.values())


class _IsolatedChunk(list):
    """One article rerun alone after a worker died: if it breaks the pool again, it is the cause."""


def _isolated(chunk: list[WorkItem]) -> list[_IsolatedChunk]:
    return [chunk] if isinstance(chunk, _IsolatedChunk) else [_IsolatedChunk([item]) for item in chunk]


def _ping() -> bool:
    """A first task for a new pool: it returns once a worker has started and loaded the pipeline."""
    return True

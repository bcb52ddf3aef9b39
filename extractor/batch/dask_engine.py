"""The Dask engine: the same chunks as the local engine, run as futures on a Dask distributed cluster.

The driver reads the input, submits partitions of ``partition_size`` articles a
bounded number ahead of the workers, and appends each partition's lines to the
output as it completes, so ``--resume`` and the one-record-per-article rule work
exactly as with the local engine. A worker plugin loads the pipeline once per
worker process, including workers that join later.

Without ``--scheduler`` a :class:`distributed.LocalCluster` of ``workers``
single-threaded processes is started (one thread each: the pipeline is
CPU-bound Python, threads would only contend for the GIL).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from extractor.batch.local import crash_result
from extractor.batch.work import ChunkResult, WorkItem, extract_chunk, load_pipeline

__all__ = ["DaskEngine"]

log = logging.getLogger(__name__)

_LOG_VARIABLE = "DASK_LOGGING__DISTRIBUTED"


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask logs every worker start and stop at INFO on standard error, where the batch's progress goes.

    Worker processes configure their logging from the environment when they start, hence the variable.
    """
    logger = logging.getLogger("distributed")
    level = logger.level
    saved = os.environ.get(_LOG_VARIABLE)
    logger.setLevel(max(level, logging.WARNING))
    os.environ.setdefault(_LOG_VARIABLE, "warning")
    try:
        yield
    finally:
        logger.setLevel(level)
        if saved is None:
            os.environ.pop(_LOG_VARIABLE, None)


def _pipeline_plugin() -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Loads the pipeline when a worker starts, so no task pays for it."""

        name = "extractor-pipeline"

        def setup(self, worker: Any) -> None:
            load_pipeline()

    return PipelinePlugin()


class DaskEngine:
    """Runs chunks on a Dask cluster: the one at ``scheduler``, else a local one of ``workers`` processes."""

    def __init__(
        self,
        *,
        scheduler: str | None,
        workers: int,
        include_text: bool = False,
        in_flight_per_worker: int = 2,
        connect_timeout: float = 60.0,
    ) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.include_text = include_text
        self.in_flight_per_worker = max(0, in_flight_per_worker)
        self.connect_timeout = connect_timeout

    def run(self, chunks: Iterable[list[WorkItem]]) -> Iterator[ChunkResult]:
        from distributed import as_completed

        with ExitStack() as stack:
            stack.enter_context(_quiet_dask())
            client = self._client(stack)
            client.register_plugin(_pipeline_plugin())
            workers = len(client.scheduler_info().get("workers", {})) or self.workers
            limit = workers * (1 + self.in_flight_per_worker)
            source = iter(chunks)
            pending: dict[Any, tuple[list[WorkItem], bool]] = {}
            completed = as_completed()

            def submit(chunk: list[WorkItem], alone: bool = False) -> None:
                future = client.submit(extract_chunk, chunk, self.include_text, pure=False)
                pending[future] = (chunk, alone)
                completed.add(future)

            for chunk in source:
                submit(chunk)
                if len(pending) >= limit:
                    break
            for future in completed:
                chunk, alone = pending.pop(future)
                try:
                    yield future.result()
                except Exception as error:
                    yield from self._after_failure(chunk, alone, error, submit)
                if len(pending) < limit:
                    next_chunk = next(source, None)
                    if next_chunk is not None:
                        submit(next_chunk)

    def _after_failure(
        self, chunk: list[WorkItem], alone: bool, error: Exception, submit: Any
    ) -> Iterator[ChunkResult]:
        """A task that failed killed its workers (extract_chunk itself does not raise for an article)."""
        from distributed import KilledWorker

        if not isinstance(error, KilledWorker):
            raise error
        if alone:
            log.error("article %s killed its Dask workers", chunk[0].doc_id)
            yield crash_result(chunk[0], f"Dask: {error}")
        else:
            for item in chunk:
                submit([item], True)

    def _client(self, stack: ExitStack) -> Any:
        from distributed import Client, LocalCluster

        if self.scheduler:
            return stack.enter_context(Client(self.scheduler, timeout=self.connect_timeout))
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",
                silence_logs=logging.WARNING,
                timeout=self.connect_timeout,
            )
        )
        return stack.enter_context(Client(cluster, timeout=self.connect_timeout))

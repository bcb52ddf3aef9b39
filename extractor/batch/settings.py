"""Knobs of the batch engines, kept beside them (the global limits stay in :mod:`extractor.settings`).

Override any of them with an ``EXTRACTOR_BATCH_<NAME>`` environment variable,
e.g. ``EXTRACTOR_BATCH_CHUNK_SIZE=16``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["BATCH_SETTINGS", "BatchSettings"]


@dataclass(frozen=True)
class BatchSettings:
    """How work is cut up and how often progress is reported."""

    # Articles per task of the local process pool. Small, because an article takes tens of
    # milliseconds (task overhead is well under one) and a crash loses at most the tasks in flight.
    chunk_size: int = 4
    # Articles per task of the Dask engine: a scheduler round trip costs more than a pipe write.
    partition_size: int = 32
    # Tasks queued per worker beyond the one it runs: keeps workers busy while bounding memory
    # and what a crash can lose.
    in_flight_per_worker: int = 2
    # Seconds between two progress lines when standard error is not a terminal.
    log_every_seconds: float = 10.0
    # Seconds to wait for a Dask scheduler (``--scheduler``) or a local cluster to come up.
    connect_timeout_seconds: float = 60.0

    @classmethod
    def from_environment(cls) -> BatchSettings:
        values = {}
        for name, default in cls().__dict__.items():
            raw = os.environ.get(f"EXTRACTOR_BATCH_{name.upper()}")
            if raw is not None:
                values[name] = type(default)(raw)
        return cls(**values)


BATCH_SETTINGS = BatchSettings.from_environment()

"""Defaults in one place: limits and knobs every stage reads from one object."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["SETTINGS", "Settings"]


@dataclass(frozen=True)
class Settings:
    """Limits of the tool; override with ``EXTRACTOR_<NAME>`` environment variables."""

    # An article longer than this is refused with a ``too_large`` error record:
    # real articles are under 100,000 characters, and segmentation time grows with length.
    max_input_chars: int = 1_000_000
    # Bytes read from one file or one JSONL line before giving up on it.
    max_input_bytes: int = 8_000_000
    # Request body limit of the web app.
    max_request_bytes: int = 2_000_000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    # Batch: articles per task of the local process pool. Small, because an article takes tens of
    # milliseconds (task overhead is well under one) and a crash loses at most the tasks in flight.
    batch_chunk_size: int = 4
    # Batch: articles per task of the Dask engine: a scheduler round trip costs more than a pipe write.
    batch_partition_size: int = 32
    # Batch: tasks queued per worker beyond the one it runs: keeps workers busy while bounding
    # memory and what a crash can lose.
    batch_in_flight_per_worker: int = 2
    # Batch: seconds between two progress lines when standard error is not a terminal.
    batch_log_every_seconds: float = 10.0
    # Batch: seconds to wait for a Dask scheduler (``--scheduler``) or a local cluster to come up.
    batch_connect_timeout_seconds: float = 60.0

    @classmethod
    def from_environment(cls) -> Settings:
        values = {}
        for name, default in cls().__dict__.items():
            raw = os.environ.get(f"EXTRACTOR_{name.upper()}")
            if raw is not None:
                values[name] = type(default)(raw)
        return cls(**values)


SETTINGS = Settings.from_environment()

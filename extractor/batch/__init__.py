"""Batch processing: many articles in, one record each out, on this machine or on a Dask cluster.

- :func:`run_batch` runs a whole batch (``extractor batch``): resume, engines, progress, summary.
- :func:`extract_partition` is the unit of work, a plain function over a partition of
  records, for Spark's ``mapPartitions`` or Dask's ``map_partitions``.
- :func:`write_tables` writes flat Parquet and CSV tables from an output (``extractor tables``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.batch.runner import BatchSummary, run_batch
    from extractor.batch.tables import write_tables
    from extractor.batch.work import extract_partition

__all__ = ["BatchSummary", "extract_partition", "run_batch", "write_tables"]

# Imported on first use, so that the CLI, which imports this package's command module, starts fast.
_HOMES = {
    "BatchSummary": "extractor.batch.runner",
    "extract_partition": "extractor.batch.work",
    "run_batch": "extractor.batch.runner",
    "write_tables": "extractor.batch.tables",
}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

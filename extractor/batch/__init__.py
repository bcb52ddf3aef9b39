"""Batch processing: many articles in, one record each out, on this machine or on a Dask cluster.

- :func:`run_batch` runs a whole batch (``extractor batch``): resume, engines, progress, summary.
- :func:`extract_partition` is the unit of work, a plain function over a partition of
  records, for Spark's ``mapPartitions`` or Dask's ``map_partitions``.
- :func:`write_tables` writes flat Parquet and CSV tables from an output (``extractor tables``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_exports

if TYPE_CHECKING:
    from extractor.batch.runner import BatchSummary, run_batch
    from extractor.batch.tables import write_tables
    from extractor.batch.work import extract_partition

__all__ = ["BatchSummary", "extract_partition", "run_batch", "write_tables"]

# Imported on first use, so that the CLI, which imports this package's command module, starts fast.
__getattr__ = lazy_exports(__name__, {
    "BatchSummary": "extractor.batch.runner",
    "extract_partition": "extractor.batch.work",
    "run_batch": "extractor.batch.runner",
    "write_tables": "extractor.batch.tables",
})


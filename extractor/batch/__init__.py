"""Batch processing: many articles in, one record each out, on this machine or on a Dask cluster.

- :func:`run_batch` runs a whole batch (``extractor batch``): resume, engines, progress, summary.
- :func:`extract_partition` is the unit of work, a plain function over a partition of
  records, for Spark's ``mapPartitions`` or Dask's ``map_partitions``.
- :func:`write_tables` writes flat Parquet and CSV tables from an output (``extractor tables``).
"""

from extractor.batch.runner import BatchSummary, run_batch
from extractor.batch.tables import write_tables
from extractor.batch.work import extract_partition

__all__ = ["BatchSummary", "extract_partition", "run_batch", "write_tables"]

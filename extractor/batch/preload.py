"""Imported by the local engine's fork server: loads the pipeline there, once, before any worker forks.

Workers then start with the models already in memory (shared copy-on-write
between them) instead of each loading its own. A failure here is left to the
workers, which load again and report it as :class:`~extractor.batch.work.PipelineUnavailable`.
"""

import contextlib

from extractor.batch.work import PipelineUnavailable, load_pipeline

with contextlib.suppress(PipelineUnavailable):
    load_pipeline()

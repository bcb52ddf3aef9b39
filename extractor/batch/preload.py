"""Imported by the local engine's fork server: loads the pipeline there, once, before any worker forks.

Workers then start with the models already in memory (shared copy-on-write
between them) instead of each loading its own. A failure here is left to the
workers, which load again and report it as :class:`~extractor.batch.work.PipelineUnavailable`.
"""

import contextlib
import gc

from extractor.batch.work import PipelineUnavailable, load_pipeline

with contextlib.suppress(PipelineUnavailable):
    load_pipeline()
# Objects that live as long as the server (models, compiled patterns) move out of the collector's
# reach: a collection in a worker would otherwise write to every one of their pages, copying the
# pages the workers share with the server into each worker.
gc.freeze()

"""Evaluation against gold annotations, with the referee scorer's rules and numbers.

>>> from extractor.evaluation import evaluate, load_records
>>> result = evaluate(load_records("gold.jsonl"), load_records("pred.jsonl"))  # doctest: +SKIP
>>> result.totals["value_unit"]["f1"]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_exports

if TYPE_CHECKING:
    from extractor.evaluation.records import RecordFileError, load_records
    from extractor.evaluation.scoring import Evaluation, evaluate

__all__ = ["Evaluation", "RecordFileError", "evaluate", "load_records"]

# Imported on first use, so that the CLI, which imports this package's command module, starts fast.
__getattr__ = lazy_exports(__name__, {
    "Evaluation": "extractor.evaluation.scoring",
    "RecordFileError": "extractor.evaluation.records",
    "evaluate": "extractor.evaluation.scoring",
    "load_records": "extractor.evaluation.records",
})


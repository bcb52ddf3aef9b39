"""Evaluation against gold annotations, with the referee scorer's rules and numbers.

>>> from extractor.evaluation import evaluate, load_records
>>> result = evaluate(load_records("gold.jsonl"), load_records("pred.jsonl"))  # doctest: +SKIP
>>> result.totals["value_unit"]["f1"]  # doctest: +SKIP
"""

from extractor.evaluation.records import RecordFileError, load_records
from extractor.evaluation.scoring import Evaluation, evaluate

__all__ = ["Evaluation", "RecordFileError", "evaluate", "load_records"]

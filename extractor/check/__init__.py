"""Checks journalists run on an article's figures: consistency rules and claim lookup."""

from extractor.check.claim import check_claim
from extractor.check.rules import RULES, run_checks

__all__ = ["RULES", "check_claim", "run_checks"]

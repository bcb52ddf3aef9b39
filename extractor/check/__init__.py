"""Checks journalists run on an article's figures: consistency rules and claim lookup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_exports

if TYPE_CHECKING:
    from extractor.check.claim import check_claim
    from extractor.check.rules import RULES, run_checks

__all__ = ["RULES", "check_claim", "run_checks"]

# Imported on first use: the CLI imports this package's command module, and ``extractor --help``
# should not load the language data the rules are built from.
__getattr__ = lazy_exports(__name__, {
    "RULES": "extractor.check.rules",
    "check_claim": "extractor.check.claim",
    "run_checks": "extractor.check.rules",
})


"""Checks journalists run on an article's figures: consistency rules and claim lookup."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.check.claim import check_claim
    from extractor.check.rules import RULES, run_checks

__all__ = ["RULES", "check_claim", "run_checks"]

# Imported on first use: the CLI imports this package's command module, and ``extractor --help``
# should not load the language data the rules are built from.
_HOMES = {
    "RULES": "extractor.check.rules",
    "check_claim": "extractor.check.claim",
    "run_checks": "extractor.check.rules",
}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

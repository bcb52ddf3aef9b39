"""The analyst's corpus report: ``extractor report OUT.jsonl... -o REPORT_DIR``.

Reads records written by ``extract`` or ``batch`` as a stream (:mod:`.collect`), groups figures
into series and finds conflicts between articles (:mod:`.series`), checks local-unit events
against the official 2025 map (:mod:`extractor.check.official`), and writes a static
``index.html`` that opens from disk with nothing fetched (:mod:`.render`, :mod:`.svg`) and the
tables behind it (:mod:`.tables`). docs/report.md explains how series and conflicts are formed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_exports

if TYPE_CHECKING:
    from extractor.report.build import ReportSummary, build_report
    from extractor.report.collect import ReportInputError

__all__ = ["ReportInputError", "ReportSummary", "build_report"]

# Imported on first use, so that the CLI, which imports this package's command module, starts fast.
__getattr__ = lazy_exports(__name__, {
    "ReportInputError": "extractor.report.collect",
    "ReportSummary": "extractor.report.build",
    "build_report": "extractor.report.build",
})

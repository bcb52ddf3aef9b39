"""Build the report: collect the records, form series and conflicts, write the page and its tables."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from extractor.report.collect import collect
from extractor.report.render import render_page, write_page
from extractor.report.series import find_conflicts, group_series
from extractor.report.tables import write_report_tables

__all__ = ["ReportSummary", "build_report"]


@dataclass(frozen=True)
class ReportSummary:
    """What a report holds, for the command's last line."""

    page: Path
    articles: int
    series: int
    conflicts: int
    events: int
    checked_events: int
    seconds: float

    def describe(self) -> str:
        return (
            f"report written to {self.page}: {self.articles:,} articles, {self.series:,} series in 2+ articles, "
            f"{self.conflicts:,} conflicts, {self.events:,} events ({self.checked_events:,} checked against the "
            f"official map) in {self.seconds:.1f} s"
        )


def build_report(records: list[Path], out_dir: Path) -> ReportSummary:
    """Write ``out_dir/index.html`` and ``out_dir/tables/*`` from JSONL files of records."""
    started = time.monotonic()
    corpus = collect(records)
    series = group_series(corpus.points)
    conflicts = find_conflicts(series)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = write_report_tables(corpus, series, conflicts, out_dir)
    page = write_page(render_page(corpus, series, conflicts, tables), out_dir)
    return ReportSummary(
        page=page,
        articles=len(corpus.articles),
        series=sum(s.articles >= 2 for s in series),
        conflicts=len(conflicts),
        events=len(corpus.events),
        checked_events=sum(e["verdict"] is not None for e in corpus.events),
        seconds=time.monotonic() - started,
    )

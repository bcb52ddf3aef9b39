"""``extractor report RECORDS.jsonl... -o REPORT_DIR``, a typer-compatible function registered by the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["report"]


def report(
    records: Annotated[
        list[Path], typer.Argument(help="JSONL files of records written by extract or batch.", show_default=False)
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for index.html and its tables.")],
) -> None:
    """An analyst's report on a corpus: figures over time, conflicts between articles, events, official check.

    Writes OUTPUT/index.html (opens from disk, fetches nothing) and OUTPUT/tables/*.parquet and *.csv.
    """
    from extractor.report import ReportInputError, build_report

    try:
        summary = build_report(records, output)
    except ReportInputError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(summary.describe(), err=True)

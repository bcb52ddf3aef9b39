"""The ``batch`` and ``tables`` commands, as plain typer-compatible functions.

The CLI registers them with ``app.command()(batch)`` and ``app.command()(tables)``;
they only parse arguments and call :func:`extractor.batch.run_batch` and
:func:`extractor.batch.write_tables`, like every other command.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["EngineName", "batch", "tables"]


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .html, news-please .json, .jsonl, .jsonl.gz), folders, globs, or '-'.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The JSONL file to write (overwritten unless --resume).")
    ],
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, help="Worker processes (default: the number of cores).", show_default=False
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Keep OUTPUT, repair a cut-off last line, skip the articles already in it."),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with status 1 if any article gives an error record.")
    ] = False,
    tables_dir: Annotated[
        Path | None,
        typer.Option("--tables", help="Also write articles/facts/events/organizations tables (Parquet, CSV) here."),
    ] = None,
    engine: Annotated[EngineName, typer.Option("--engine", help="Run on this machine, or on a Dask cluster.")] = (
        EngineName.local
    ),
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT); default: a local Dask cluster."),
    ] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Add the normalised text that every span points into.")
    ] = False,
    official_check: Annotated[
        bool,
        typer.Option(
            "--official-check", help="Compare merges of local units with the official 2025 map (underthesea)."
        ),
    ] = False,
) -> None:
    """Extract every article into OUTPUT, one JSON record per article, in the order they complete.

    Progress goes to standard error: a bar on a terminal, a line every few seconds otherwise.
    A crash loses at most the articles in flight; rerun with --resume to finish.
    Exit status: 0 done; 1 --strict and some error records; 2 bad usage; 3 the batch could not go on;
    130 interrupted.
    """
    from extractor.batch.runner import BatchUsageError, run_batch
    from extractor.batch.work import BatchAborted

    if scheduler and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    try:
        summary = run_batch(
            inputs,
            output,
            workers=workers,
            resume=resume,
            include_text=include_text,
            official_check=official_check,
            engine=engine.value,
            scheduler=scheduler,
        )
    except BatchUsageError as error:
        raise typer.BadParameter(str(error), param_hint="--output") from None
    except BatchAborted as error:
        kept = "The records written so far are kept; fix the cause, then rerun with --resume."
        typer.echo(f"batch stopped: {error}. {kept}", err=True)
        raise typer.Exit(code=3) from None
    typer.echo(summary.describe(), err=True)
    if summary.interrupted:
        raise typer.Exit(code=130)
    if tables_dir is not None:
        tables(output, tables_dir)
    errors = summary.errors + summary.earlier_errors
    if strict and errors:
        typer.echo(f"--strict: {errors:,} article(s) in {output} are error records.", err=True)
        raise typer.Exit(code=1)


def tables(
    records: Annotated[
        Path, typer.Argument(help="A JSONL of records written by extract or batch.", show_default=False)
    ],
    out_dir: Annotated[Path, typer.Argument(help="Folder for the tables.", show_default=False)],
) -> None:
    """Write flat articles, facts, events and organizations tables (Parquet and CSV) from a JSONL of records."""
    from extractor.batch.tables import write_tables

    if not records.is_file():
        raise typer.BadParameter(f"{records}: no such file", param_hint="RECORDS")
    counts = write_tables(records, out_dir)
    described = ", ".join(f"{rows:,} {name}" for name, rows in counts.rows.items())
    typer.echo(f"tables written to {out_dir}: {described}", err=True)

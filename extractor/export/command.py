"""``extractor export RECORDS.jsonl --to FORMAT OUT_DIR``: write records in a format other tools read.

A typer-compatible function; ``extractor.cli`` registers it as ``export``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from extractor.export import FORMATS, ExportError, export

__all__ = ["export_command"]


def export_command(
    records: Annotated[str, typer.Argument(help="Extractor output (JSONL), e.g. from `extractor batch`.")],
    to: Annotated[str, typer.Option("--to", help=f"Format: {', '.join(FORMATS)}.")],
    out_dir: Annotated[str, typer.Argument(help="Folder to write into (created if missing).")],
) -> None:
    """Export records as Parquet or CSV tables, a spaCy DocBin, CoNLL-U, or sentence examples (JSONL)."""
    try:
        paths = export(records, to, out_dir)
    except ExportError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from error
    for path in paths:
        typer.echo(str(path))

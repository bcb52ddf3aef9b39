"""Command line: argument parsing only; every command calls the same functions as the API."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

app = typer.Typer(
    name="extractor",
    help="Turn Vietnamese news on administrative reform into validated JSON: "
    "numeric facts, organizations and restructuring events, with exact offsets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, news-please .json, .jsonl, .jsonl.gz) or '-' for standard input.",
        show_default=False,
    ),
]
IncludeText = Annotated[
    bool, typer.Option("--include-text", help="Add the normalised text that every span points into.")
]
Strict = Annotated[bool, typer.Option("--strict", help="Exit with status 1 if any article gives an error record.")]
OfficialCheck = Annotated[
    bool,
    typer.Option("--official-check", help="Compare merges of local units with the official 2025 map (underthesea)."),
]


@app.command()
def extract(
    inputs: Inputs, include_text: IncludeText = False, strict: Strict = False, official_check: OfficialCheck = False
) -> None:
    """Extract one JSON record per article and write them to standard output as JSONL, in input order."""
    from extractor.check.official import add_official_checks
    from extractor.io.readers import iter_inputs
    from extractor.io.writers import write_record
    from extractor.pipeline import extract_input

    errors = 0
    for item in iter_inputs(inputs):
        record = extract_input(item, include_text=include_text)
        if official_check:
            add_official_checks(record)
        errors += "error" in record
        write_record(record)
        sys.stdout.flush()
    if errors:
        typer.echo(f"{errors} article(s) could not be read; see the error records.", err=True)
    if strict and errors:
        raise typer.Exit(code=1)


@app.command()
def schema() -> None:
    """Print the JSON Schema that every output record validates against."""
    from extractor.schema import load_schema

    typer.echo(json.dumps(load_schema(), ensure_ascii=False, indent=2))


def _register_commands() -> None:
    """Commands that live beside the code they drive; the functions are plain and typer-compatible."""
    from extractor.batch.command import batch, tables
    from extractor.check.command import check, serve
    from extractor.evaluation.command import eval_command
    from extractor.export.command import export_command
    from extractor.report.command import report

    app.command()(batch)
    app.command()(tables)
    app.command()(check)
    app.command()(serve)
    app.command("eval")(eval_command)
    app.command("export")(export_command)
    app.command()(report)


_register_commands()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()

"""``extractor eval GOLD.jsonl [PRED.jsonl | --run INPUT...]``: score predictions against gold.

A typer-compatible function; ``extractor.cli`` registers it as the ``eval``
command. ``--run`` is a flag rather than an option with values because a shell
glob (``--run ../corpora/dev/*.txt``) expands to many words: with the flag the
positional words after GOLD are inputs to extract, without it they are one
prediction file.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from extractor.evaluation.records import RecordFileError, load_records

__all__ = ["eval_command", "predict"]


def predict(inputs: list[str]) -> dict[str, dict]:
    """Run the extractor over ``inputs`` (files, folders, globs) and key the records by ``doc_id``."""
    from extractor.io.readers import iter_inputs
    from extractor.pipeline import extract_input

    return {str(record["doc_id"]): record for record in map(extract_input, iter_inputs(inputs))}


def eval_command(
    gold: Annotated[str, typer.Argument(help="Gold annotations, JSONL (format: ../shared/eval/README.md).")],
    pred: Annotated[
        list[str] | None,
        typer.Argument(help="A prediction file (extractor output, JSONL); with --run, the inputs to extract.",
                       show_default=False),
    ] = None,
    run: Annotated[
        bool, typer.Option("--run", help="Extract the given INPUT files now and score those records.")
    ] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List missed and extra facts and events.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Precision, recall and F1 of facts and events, with the same numbers as the referee scorer."""
    # imported here, not above: the CLI imports this module to register the command
    from extractor.evaluation.report import render_report
    from extractor.evaluation.scoring import evaluate

    inputs = list(pred or [])
    if not inputs:
        raise typer.BadParameter("give a prediction file, or --run and the inputs", param_hint="PRED")
    if not run and len(inputs) > 1:
        raise typer.BadParameter(
            f"got {len(inputs)} prediction files; give one, or add --run to extract inputs", param_hint="PRED"
        )
    try:
        gold_docs = load_records(gold)
        pred_docs = predict(inputs) if run else load_records(inputs[0])
    except RecordFileError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from error
    evaluation = evaluate(gold_docs, pred_docs)
    if json_output:
        report = {**evaluation.totals, "articles": evaluation.articles}
        if errors:
            report["errors"] = evaluation.errors
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo(render_report(evaluation, errors=errors))

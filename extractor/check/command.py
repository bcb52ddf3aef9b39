"""The journalists' commands, as plain typer-compatible functions that ``extractor.cli`` registers:
``extractor check FILE [--claim ...] [--json]`` and ``extractor serve [--host] [--port]``.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

__all__ = ["check", "serve"]

File = Annotated[
    str,
    typer.Argument(help="An article: .txt, .html, news-please .json, or a .jsonl batch (every record is checked)."),
]
Claim = Annotated[
    str | None,
    typer.Option(
        "--claim",
        help='A figure someone quoted, e.g. "cắt giảm 603 ngày"; reported as supported, '
        "contradicted or not mentioned, with the article's words.",
    ),
]
JsonOutput = Annotated[bool, typer.Option("--json", help="Write the report as JSON (one object per article).")]
Host = Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 to stay local.")]
Port = Annotated[int, typer.Option("--port", help="Port to listen on.")]


def check(file: File, claim: Claim = None, json_output: JsonOutput = False) -> None:
    """Show an article's figures in their words, its consistency checks and, with --claim, whether it
    supports a quoted figure. Exits with status 1 if the article cannot be read."""
    from extractor.check.claim import check_claim
    from extractor.check.report import print_report, report_data
    from extractor.io.readers import iter_inputs
    from extractor.pipeline import extract, extract_input

    claim_record = extract(claim, validate=False) if claim else None
    failed = False
    for item in iter_inputs([file]):
        record = extract_input(item, include_text=True)
        failed = failed or "error" in record
        verdict = None
        if claim and "error" not in record:
            verdict = check_claim(record, claim, claim_record=claim_record)
        if json_output:
            typer.echo(json.dumps(report_data(record, verdict), ensure_ascii=False))
        else:
            print_report(record, verdict)
    if failed:
        raise typer.Exit(code=1)


def serve(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the journalists' page: paste or upload an article, see every figure and organization
    highlighted, the facts, events and checks, look up a claim, download the JSON."""
    import uvicorn

    from extractor.web import create_app

    typer.echo(f"extractor: open http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")
